"""A small hand-made story for the report tests (imported by the other test_reports_* files).

Six sources. About the Kim-Putin summit: s1 (wire text), s2 (an outlet that contradicts it
on the meeting day and the border town), s3 (a copy of s1's wire text) and s4 (hostile:
markup and script in its text, title, publisher, path and URL). About an earthquake, a day
apart: s5 (79 dead, 300 injured, magnitude 6.1) and s6 (the toll rose to 112, 450 injured,
magnitude 5.9). Two skipped inputs. Eight claims, given out of status order: c1 contradicted
(date), c3 corroborated, c6 updated (death toll), c2 contradicted (place), c5 and c4
single-source, c8 contradicted (magnitude) and updated (injured, with a hostile summary),
c7 corroborated.

``build()`` passes no events (every statement in event 0); ``build(events=two_events())``
puts the summit (s1-s4) in event 0 and the earthquake (s5, s6) in event 1.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

import reports
from claims.model import Segmentation, Statement
from comparison.model import (
    CONTRADICTED,
    CORROBORATED,
    SINGLE_SOURCE,
    UPDATED,
    Claim,
    Conflict,
    Fact,
    Side,
    Update,
    UpdateSide,
)
from corpus.model import Corpus, Dropped, Skipped, Source

GENERATED_AT = datetime(2026, 1, 1, 12, 30, 5, tzinfo=UTC)
HOSTILE_TEXT = (
    "<script>alert(1)</script> The armoured train crossed the border at Kazan "
    "<img src=x onerror=alert(1)>."
)
HOSTILE_LINK_TEXT = 'Putin showed Kim the launch pads <a href="javascript:alert(1)">x</a>.'
HOSTILE_TITLE = '"><script>alert(2)</script>'
HOSTILE_PUBLISHER = "<b onmouseover=alert(3)>Evil</b> Times"
HOSTILE_PATH = "<svg onload=alert(4)>.html"
HOSTILE_URL = "javascript:alert(5)"
S1_URL = "https://example.com/news/kim-russia?ref=a&b=1"
HOSTILE_SUMMARY = "injured: 300 (14 Oct 2025) -> 450 (15 Oct 2025) <svg onload=alert(7)>"
TOLL_SUMMARY = "death toll: 79 (14 Oct 2025) -> 112 (15 Oct 2025)"


@dataclass(frozen=True)
class Story:
    corpus: Corpus
    segmentation: Segmentation
    facts: dict[str, tuple[Fact, ...]]
    claims: tuple[Claim, ...]


def fact(
    sentence: str, kind: str, text: str, value: str, role: str | None = None,
    modality: str = "asserted",
) -> Fact:
    start = sentence.index(text)
    return Fact(kind, text, start, start + len(text), value, role, modality)


def source_with_statements(
    source: Source, sentences: list[str]
) -> tuple[Source, tuple[Statement, ...]]:
    """``source`` with ``text`` = its sentences joined; statements for those not dropped."""
    text = " ".join(sentences)
    statements: list[Statement] = []
    position = 0
    for sentence in sentences:
        start = text.index(sentence, position)
        position = start + len(sentence)
        if sentence not in DROPPED_SENTENCES:
            n = len(statements) + 1
            statements.append(Statement(f"{source.id}:{n}", source.id, sentence, start, position))
    return replace(source, text=text), tuple(statements)


DROPPED_SENTENCES = {"Read more.": "fragment"}

S1 = [
    "Kim Jong Un arrived in Russia on Tuesday to meet Vladimir Putin.",
    "The two leaders will meet on Wednesday at the Vostochny Cosmodrome.",
    "Read more.",
]
S2 = [
    "Putin and Kim met on Thursday at the Vostochny Cosmodrome.",
    "Kim Jong-un arrived in Russia on Tuesday.",
    "His armoured train crossed the border at Khasan.",
    "The Kremlin confirmed the summit.",
]
S3 = [
    "Kim Jong Un arrived in Russia on Tuesday to meet Vladimir Putin.",
    "The visit is his first trip abroad since 2019.",
]
S4 = [HOSTILE_TEXT, HOSTILE_LINK_TEXT]
S5 = [
    "The earthquake killed 79 people, officials said.",
    "Rescuers searched the rubble in Hatay through the night.",
    "The magnitude 6.1 quake injured 300 people.",
]
S6 = [
    "The death toll from the earthquake rose to 112.",
    "Rescue teams searched the rubble in Hatay.",
    "The magnitude 5.9 quake injured 450 people.",
]


def sources() -> list[tuple[Source, tuple[Statement, ...]]]:
    return [
        source_with_statements(
            Source("s1", None, S1_URL, "Kim arrives in Russia for talks with Putin",
                   "Northern Wire", date(2023, 9, 12), "metadata", "",
                   (Dropped("Share this article", "boilerplate"),)),
            S1,
        ),
        source_with_statements(
            Source("s2", "corpus/daily-planet.html", None, "Putin and Kim meet at spaceport",
                   "Daily Planet", date(2023, 9, 14), "text", ""),
            S2,
        ),
        source_with_statements(
            Source("s3", "corpus/herald.txt", "http://herald.example.org/kim", "Kim in Russia",
                   None, None, None, ""),
            S3,
        ),
        source_with_statements(
            Source("s4", HOSTILE_PATH, HOSTILE_URL, HOSTILE_TITLE, HOSTILE_PUBLISHER,
                   date(2023, 9, 13), "sidecar", "",
                   (Dropped('<iframe src="https://evil.example/x"></iframe>', "embed"),)),
            S4,
        ),
        source_with_statements(
            Source("s5", "corpus/coast-herald.txt", None, "Earthquake kills 79", "Coast Herald",
                   date(2025, 10, 14), "text", ""),
            S5,
        ),
        source_with_statements(
            Source("s6", "corpus/valley-times.txt", None, "Toll rises to 112", "Valley Times",
                   date(2025, 10, 15), "text", ""),
            S6,
        ),
    ]


def facts() -> dict[str, tuple[Fact, ...]]:
    return {
        "s1:1": (
            fact(S1[0], "person", "Kim Jong Un", "Kim Jong Un"),
            fact(S1[0], "date", "on Tuesday", "2023-09-12", "arrive"),
            fact(S1[0], "person", "Vladimir Putin", "Vladimir Putin"),
        ),
        "s1:2": (
            fact(S1[1], "date", "on Wednesday", "2023-09-13", "meet", "planned"),
            fact(S1[1], "place", "Vostochny Cosmodrome", "Vostochny Cosmodrome"),
        ),
        "s2:1": (
            fact(S2[0], "date", "on Thursday", "2023-09-14", "meet"),
            fact(S2[0], "place", "Vostochny Cosmodrome", "Vostochny Cosmodrome"),
        ),
        "s2:2": (fact(S2[1], "date", "on Tuesday", "2023-09-12", "arrive"),),
        "s2:3": (fact(S2[2], "place", "Khasan", "Khasan", "border crossing"),),
        "s3:1": (fact(S3[0], "date", "on Tuesday", "2023-09-12", "arrive"),),
        "s3:2": (fact(S3[1], "date", "2019", "2019"),),
        "s4:1": (fact(S4[0], "place", "Kazan", "Kazan", "border crossing"),),
        "s5:1": (fact(S5[0], "quantity", "79 people", "79 person", "death toll"),),
        "s5:2": (fact(S5[1], "place", "Hatay", "Hatay"),),
        "s5:3": (
            fact(S5[2], "quantity", "magnitude 6.1", "6.1 magnitude"),
            fact(S5[2], "quantity", "300 people", "300 person", "injured"),
        ),
        "s6:1": (fact(S6[0], "quantity", "112", "112 person", "death toll"),),
        "s6:2": (fact(S6[1], "place", "Hatay", "Hatay"),),
        "s6:3": (
            fact(S6[2], "quantity", "magnitude 5.9", "5.9 magnitude"),
            fact(S6[2], "quantity", "450 people", "450 person", "injured"),
        ),
    }


def claims() -> tuple[Claim, ...]:
    meet = Conflict(
        "date", "Wed 13 Sep 2023 vs Thu 14 Sep 2023",
        (Side("2023-09-13", ("s1:2",)), Side("2023-09-14", ("s2:1",))), "meet",
    )
    border = Conflict(
        "place", "Khasan vs Kazan",
        (Side("Khasan", ("s2:3",)), Side("Kazan", ("s4:1",))), "border crossing",
    )
    toll = Update(
        "quantity", TOLL_SUMMARY,
        (UpdateSide("79 person", ("s5:1",), date(2025, 10, 14)),
         UpdateSide("112 person", ("s6:1",), date(2025, 10, 15))),
        "death toll",
    )
    magnitude = Conflict(
        "quantity", "6.1 magnitude vs 5.9 magnitude",
        (Side("6.1 magnitude", ("s5:3",)), Side("5.9 magnitude", ("s6:3",))),
    )
    injured = Update(
        "quantity", HOSTILE_SUMMARY,
        (UpdateSide("300 person", ("s5:3",), date(2025, 10, 14)),
         UpdateSide("450 person", ("s6:3",), date(2025, 10, 15))),
        "injured",
    )
    quake = (("s5",), ("s6",))
    return (
        Claim("c1", CONTRADICTED, S1[1], ("s1:2", "s2:1", "s2:4"), ("s1", "s2"), 2,
              (("s1",), ("s2",)), (meet,)),
        Claim("c3", CORROBORATED, S1[0], ("s1:1", "s2:2", "s3:1"), ("s1", "s2", "s3"), 2,
              (("s1", "s3"), ("s2",))),
        Claim("c6", UPDATED, S6[0], ("s5:1", "s6:1"), ("s5", "s6"), 2, quake, updates=(toll,)),
        Claim("c2", CONTRADICTED, S2[2], ("s2:3", "s4:1"), ("s2", "s4"), 2,
              (("s2",), ("s4",)), (border,)),
        Claim("c5", SINGLE_SOURCE, S4[1], ("s4:2",), ("s4",), 1, (("s4",),)),
        Claim("c4", SINGLE_SOURCE, S3[1], ("s3:2",), ("s3",), 1, (("s3",),)),
        Claim("c8", CONTRADICTED, S5[2], ("s5:3", "s6:3"), ("s5", "s6"), 2, quake,
              (magnitude,), (injured,)),
        Claim("c7", CORROBORATED, S5[1], ("s5:2", "s6:2"), ("s5", "s6"), 2, quake),
    )


def story() -> Story:
    pairs = sources()
    corpus = Corpus(
        tuple(source for source, _ in pairs),
        (Skipped("corpus/empty.txt", "empty file"),
         Skipped(HOSTILE_PATH.replace(".html", ".pdf"), "unsupported type <b>pdf</b>")),
    )
    statements = tuple(statement for _, group in pairs for statement in group)
    dropped = tuple(("s1", Dropped(text, reason)) for text, reason in DROPPED_SENTENCES.items())
    return Story(corpus, Segmentation(statements, dropped), facts(), claims())


def two_events() -> tuple[int, ...]:
    """Event 0 for the summit's statements (s1-s4), event 1 for the earthquake's (s5, s6)."""
    return tuple(
        1 if st.source_id in ("s5", "s6") else 0 for st in story().segmentation.statements
    )


def build(
    generated_at: datetime = GENERATED_AT, events: Sequence[int] = ()
) -> reports.ReportModel:
    s = story()
    return reports.build_report(
        s.corpus, s.segmentation, s.facts, s.claims,
        model_name="all-MiniLM-L6-v2", generated_at=generated_at, events=events,
    )


def test_fixture_offsets_hold_their_text() -> None:
    s = story()
    texts = {source.id: source.text for source in s.corpus.sources}
    for statement in s.segmentation.statements:
        assert texts[statement.source_id][statement.start : statement.end] == statement.text
        for f in s.facts.get(statement.id, ()):
            assert statement.text[f.start : f.end] == f.text


def test_fixture_puts_every_statement_in_exactly_one_claim() -> None:
    s = story()
    in_claims = [sid for claim in s.claims for sid in claim.statements]
    assert sorted(in_claims) == sorted(st.id for st in s.segmentation.statements)
    assert len(in_claims) == len(set(in_claims)) == 16


def test_fixture_claims_never_span_events() -> None:
    s = story()
    event_of = dict(zip((st.id for st in s.segmentation.statements), two_events(), strict=True))
    for claim in s.claims:
        assert len({event_of[sid] for sid in claim.statements}) == 1, claim.id
