"""The five real seed articles (../shared/seeds; skipped when absent): the comparison stage
must find in them what a careful human finds, at the fact level and at the claim level.

Publication dates are given here as the corpus stage finds them (000: Tue 12 Sep 2023,
001: Thu 14 Sep 2023, the others none), so this test depends on no other stage. Claims are
built with a deterministic fake embedding: statements put in one cluster share a vector.
"""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from claims.model import Cluster, Statement
from comparison import extract_all_facts, judge_claims
from comparison.model import CONTRADICTED, CORROBORATED, Claim, Fact
from corpus.model import Source

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"{SEEDS} not found")

PUBLISHED = {"000": date(2023, 9, 12), "001": date(2023, 9, 14)}

# (seed, first words, last words) of the sentences under test, exactly as the seeds have them.
SENTENCES = {
    "left_tuesday": ("000", "After four years without", "the Russian government."),
    "meet_tuesday": ("000", "The leader of North Korea, Kim", "and financial assistance."),
    "left_sunday": ("000", "Together with members", "this Sunday afternoon."),
    "peskov_000": ("000", "“No, we cannot", "spokesman Dmitri Peskov."),
    "wednesday_summit": ("001", "Following the Wednesday summit", "Kim in Russia."),
    "meeting_wednesday": ("001", "Kim Jong Un “courteously", "name of the nation."),
    "kcna_thursday": ("001", "Who has accepted", "Thursday, September 14."),
    "peskov_001": ("001", "Dmitry Peskov was quoted", "North Korean side wishes.”"),
    "missiles": ("001", "The latest in a series", "the South Korean military."),
    "trip_wednesday": ("002", "Kim Jong Un's trip to Russia", "took place on Wednesday."),
    "vostochny": ("002", "The highly anticipated meet", "in Amur region, Russia."),
    "leader_002": ("002", "As North Korean leader Kim", "against that nation."),
    "chosun": ("003", "South Korea’s Chosun Ilbo", "12 at the earliest."),
    "kazan": ("003", "The Japanese press reported", "border city Kazan."),
    "met_2019": ("003", "Kim last met with Putin", "Vladivostok in 2019."),
    "boarded": ("004", "He boarded his armored train", "to return to North Korea."),
    "arrived": ("004", "Kim it arrived to Russia", "and military cooperation."),
    "april_2019": ("004", "The previous meeting it was made", "in April 2019."),
    "six_day": ("004", "North Korean leader Kim Jong-un ended", "trip to Russia."),
    "second_meeting": ("004", "This was the 2nd meeting", "between Kim and Putin."),
}
# Statements no seed has, written to test a near miss and a variant against the seeds.
EXTRA = {
    "khasan": "Security was increased at the train station in Russia’s border city Khasan.",
    "artem": "He boarded his armored train on Sunday (September 17) in Artem, in Russia’s Far "
    "East, to return to North Korea.",
    "farewell_artyom": "The farewell meeting took place in Artyom.",
    "farewell_artem": "The farewell meeting took place in Artem.",
    "farewell_kazan": "The farewell meeting took place in Kazan.",
}


def _seed_text(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def _corpus() -> tuple[list[Statement], list[Source], dict[str, int]]:
    """Every sentence under test as a statement: source s<n> is seed 00<n-1>, each extra
    statement a source of its own (s6, s7...)."""
    texts = {prefix: _seed_text(prefix) for prefix in ("000", "001", "002", "003", "004")}
    sources = [
        Source(f"s{n}", None, None, None, None, PUBLISHED.get(prefix), None, text)
        for n, (prefix, text) in enumerate(texts.items(), start=1)
    ]
    extra = [f"s{n}" for n in range(6, 6 + len(EXTRA))]
    sources += [Source(sid, None, None, None, None, None, None, "") for sid in extra]
    statements: list[Statement] = []
    index: dict[str, int] = {}
    counts: dict[str, int] = {}
    for name, (prefix, first, last) in SENTENCES.items():
        text = texts[prefix]
        start = text.index(first)
        end = text.index(last, start) + len(last)
        source = f"s{int(prefix) + 1}"
        counts[source] = counts.get(source, 0) + 1
        index[name] = len(statements)
        statements.append(
            Statement(f"{source}:{counts[source]}", source, text[start:end], start, end)
        )
    for source, (name, text) in zip(extra, EXTRA.items(), strict=True):
        index[name] = len(statements)
        statements.append(Statement(f"{source}:1", source, text, 0, len(text)))
    return statements, sources, index


@pytest.fixture(scope="module")
def corpus() -> tuple[list[Statement], dict[str, tuple[Fact, ...]], dict[str, int]]:
    statements, sources, index = _corpus()
    return statements, extract_all_facts(statements, sources), index


Corpus = tuple[list[Statement], dict[str, tuple[Fact, ...]], dict[str, int]]


def _facts(corpus: Corpus, name: str, kind: str | None = None) -> list[tuple[str, ...]]:
    statements, facts, index = corpus
    found = facts[statements[index[name]].id]
    return [
        (f.kind, f.text, f.value, f.role or "", f.modality)
        for f in found
        if kind is None or f.kind == kind
    ]


# --- facts -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("left_tuesday", ("date", "this Tuesday", "2023-09-12", "depart", "asserted")),
        ("meet_tuesday", ("date", "this Tuesday", "2023-09-12", "meet", "planned")),
        ("left_sunday", ("date", "this Sunday afternoon", "2023-09-10", "depart", "asserted")),
        ("peskov_000", ("date", "a week ago", "2023-09-05", "statement", "asserted")),
        ("wednesday_summit", ("date", "Wednesday", "2023-09-13", "meet", "asserted")),
        ("meeting_wednesday", ("date", "Wednesday", "2023-09-13", "meet", "asserted")),
        (
            "kcna_thursday",
            ("date", "Thursday, September 14", "2023-09-14", "statement", "asserted"),
        ),
        ("missiles", ("date", "Wednesday", "2023-09-13", "launch", "asserted")),
        ("trip_wednesday", ("weekday", "Wednesday", "wednesday", "trip", "asserted")),
        ("met_2019", ("date", "2019", "2019", "meet (previous)", "asserted")),
        ("boarded", ("date", "Sunday (September 17)", "2023-09-17", "depart", "asserted")),
        ("arrived", ("date", "Tuesday (September 12)", "2023-09-12", "arrive", "asserted")),
        ("april_2019", ("date", "April 2019", "2019-04", "meet (previous)", "asserted")),
    ],
)
def test_one_date_per_statement(corpus: Corpus, name: str, expected: tuple[str, ...]) -> None:
    assert _facts(corpus, name, "date") + _facts(corpus, name, "weekday") == [expected]


def test_chosun_dates_the_departure_and_the_planned_meeting(corpus: Corpus) -> None:
    """003 has no publication date: the story date (the corpus median) gives the year."""
    assert _facts(corpus, "chosun", "date") == [
        ("date", "Sunday, September 10", "2023-09-10", "depart", "asserted"),
        ("date", "Tuesday, September 12", "2023-09-12", "meet", "planned"),
    ]
    assert _facts(corpus, "chosun", "number") == [
        ("number", "second summit", "2nd meeting", "meet", "asserted"),
    ]


def test_peskov_is_one_person(corpus: Corpus) -> None:
    assert _facts(corpus, "peskov_000", "person") == [
        ("person", "Dmitri Peskov", "Dmitry Peskov", "kremlin spokesperson", "asserted"),
    ]
    assert [f[2] for f in _facts(corpus, "peskov_001", "person")] == ["Dmitry Peskov"]


def test_places(corpus: Corpus) -> None:
    vostochny = {(f[2], f[3]) for f in _facts(corpus, "vostochny", "place")}
    assert {("Vostochny Cosmodrome", "meet"), ("Amur region", "meet")} <= vostochny
    assert ("place", "Kazan", "Kazan", "border crossing", "asserted") in _facts(
        corpus, "kazan", "place"
    )
    assert ("Artyom", "depart") in {(f[2], f[3]) for f in _facts(corpus, "boarded", "place")}
    assert ("Vladivostok", "meet (previous)") in {
        (f[2], f[3]) for f in _facts(corpus, "met_2019", "place")
    }


def test_numbers(corpus: Corpus) -> None:
    assert _facts(corpus, "six_day", "number") == [
        ("number", "6-day", "6 day", "trip", "asserted"),
    ]
    assert [f[2:4] for f in _facts(corpus, "second_meeting", "number")] == [
        ("2nd meeting", "meet"),
    ]
    assert [f[2:4] for f in _facts(corpus, "missiles", "number")] == [("2 missile", "launch")]


def test_kim_jong_un_spellings_are_one_person(corpus: Corpus) -> None:
    six_day = _facts(corpus, "six_day", "person")
    leader = _facts(corpus, "leader_002", "person")
    assert six_day[0][1:4] == ("Kim Jong-un", "Kim Jong Un", "north korean leader")
    assert leader[0][1:4] == ("Kim Jong Un", "Kim Jong Un", "north korean leader")


# --- claims ----------------------------------------------------------------------------------


def _judge(
    corpus: Corpus, clusters: list[list[str]], vectors: np.ndarray | None = None
) -> tuple[Claim, ...]:
    statements, facts, index = corpus
    members = [tuple(sorted(index[name] for name in names)) for names in clusters]
    if vectors is None:  # one direction per cluster: cosine 1 inside, 0 across
        vectors = np.zeros((len(statements), len(statements)), dtype=np.float32)
        for number, group in enumerate(members):
            vectors[list(group), number] = 1.0
        covered = {i for group in members for i in group}
        for i in sorted(set(range(len(statements))) - covered):
            vectors[i, i] = 1.0
    return judge_claims([Cluster(m) for m in members], statements, facts, vectors)


def _claim_of(claims: tuple[Claim, ...], statement_id: str) -> Claim:
    return next(c for c in claims if statement_id in c.statements)


def _ids(corpus: Corpus, *names: str) -> tuple[str, ...]:
    statements, _, index = corpus
    return tuple(statements[index[n]].id for n in names)


def test_meeting_date_conflict(corpus: Corpus) -> None:
    names = ["meet_tuesday", "wednesday_summit", "meeting_wednesday", "arrived"]
    claim = _claim_of(_judge(corpus, [names]), _ids(corpus, "meet_tuesday")[0])
    assert claim.status == CONTRADICTED
    (conflict,) = claim.conflicts
    assert conflict.summary == "meet date: Tue 12 Sep 2023 (planned) vs Wed 13 Sep 2023"
    sides = {side.value: side.statements for side in conflict.sides}
    assert sides == {
        "2023-09-12": _ids(corpus, "meet_tuesday"),
        "2023-09-13": _ids(corpus, "wednesday_summit", "meeting_wednesday"),
    }


def test_departure_day_conflict(corpus: Corpus) -> None:
    names = ["left_tuesday", "left_sunday", "chosun", "boarded"]
    claim = _claim_of(_judge(corpus, [names]), _ids(corpus, "chosun")[0])
    (conflict,) = [c for c in claim.conflicts if c.role == "depart"]
    # 000 dates the departure twice; its Sunday agrees with 003, its Tuesday does not.
    # The departure from Artyom (004) is another leg of the journey: on no side.
    sides = {side.value: side.statements for side in conflict.sides}
    assert sides == {
        "2023-09-10": _ids(corpus, "chosun"),
        "2023-09-12": _ids(corpus, "left_tuesday"),
    }
    assert conflict.summary == "depart date: Sun 10 Sep 2023 vs Tue 12 Sep 2023"


def test_arrival_is_not_the_meeting(corpus: Corpus) -> None:
    claim = _claim_of(_judge(corpus, [["arrived", "wednesday_summit"]]), _ids(corpus, "arrived")[0])
    assert claim.conflicts == ()
    assert claim.status == CORROBORATED


def test_spellings_of_one_person_do_not_conflict(corpus: Corpus) -> None:
    claims = _judge(corpus, [["six_day", "leader_002"], ["peskov_000", "peskov_001"]])
    for name in ("six_day", "peskov_000"):
        assert _claim_of(claims, _ids(corpus, name)[0]).conflicts == ()


def test_kazan_versus_khasan_is_a_place_conflict(corpus: Corpus) -> None:
    claim = _claim_of(_judge(corpus, [["kazan", "khasan"]]), _ids(corpus, "kazan")[0])
    assert [c.summary for c in claim.conflicts] == ["border crossing: Kazan vs Khasan"]
    assert claim.conflicts[0].kind == "place"


def test_artyom_versus_artem_is_no_conflict(corpus: Corpus) -> None:
    for name in ("artem", "farewell_artem"):
        assert "Artyom" in [f[2] for f in _facts(corpus, name, "place")]
    claims = _judge(corpus, [["boarded", "artem"], ["farewell_artyom", "farewell_artem"]])
    assert _claim_of(claims, _ids(corpus, "boarded")[0]).conflicts == ()
    assert _claim_of(claims, _ids(corpus, "farewell_artyom")[0]).conflicts == ()
    control = _judge(corpus, [["farewell_artyom", "farewell_kazan"]])
    assert _claim_of(control, _ids(corpus, "farewell_artyom")[0]).status == CONTRADICTED


def test_previous_meeting_does_not_conflict_with_this_one(corpus: Corpus) -> None:
    names = ["met_2019", "april_2019", "vostochny", "wednesday_summit"]
    claim = _claim_of(_judge(corpus, [names]), _ids(corpus, "met_2019")[0])
    assert claim.conflicts == ()


def test_related_clusters_are_merged_into_one_contradicted_claim(corpus: Corpus) -> None:
    statements, _, index = corpus
    clusters = [["meet_tuesday"], ["wednesday_summit"]]
    vectors = np.zeros((len(statements), 2), dtype=np.float32)
    vectors[:, 1] = 1.0
    gap = math.acos(0.6)  # the two statements at cosine 0.6, the others orthogonal to one
    vectors[index["meet_tuesday"]] = (1.0, 0.0)
    vectors[index["wednesday_summit"]] = (math.cos(gap), math.sin(gap))
    claims = _judge(corpus, clusters, vectors)
    claim = _claim_of(claims, _ids(corpus, "meet_tuesday")[0])
    assert set(_ids(corpus, "meet_tuesday", "wednesday_summit")) <= set(claim.statements)
    assert claim.status == CONTRADICTED


def test_every_statement_is_in_exactly_one_claim(corpus: Corpus) -> None:
    statements = corpus[0]
    claims = _judge(corpus, [["meet_tuesday", "wednesday_summit"], ["kazan", "khasan"]])
    seen = sorted(s for c in claims for s in c.statements)
    assert seen == sorted(s.id for s in statements)
    assert [c.id for c in claims] == [f"c{n}" for n in range(1, len(claims) + 1)]
