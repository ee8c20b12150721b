"""Stage 1 on plain text: titles, date lines, boilerplate, captions, publication dates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from corpus import read_corpus
from corpus.boilerplate import boilerplate_reason, is_caption_like
from corpus.clean import clean_lines
from corpus.dates import parse_date_line, text_dates
from corpus.model import Source
from corpus.plaintext import logical_lines
from corpus.published import Candidate, choose_published

ARTICLE = """\
Kim Jong-un traveled to Russia to meet with Putin

Kim Jong-un traveled to Russia to meet with Putin
September 12, 2023 – 09:04

The leader of North Korea left Pyongyang this Tuesday at the invitation of the Russian government.

Uncertainty over possible agreement

Kremlin spokesman Dmitri Peskov said there was nothing to say on the issue.

Kim Jong-un

Kim Jong-un, supreme leader of North Korea

Kim Jong-un, supreme leader of North Korea

Source: Ambito

Leave a Reply

Your email address will not be published. Required fields are marked *

Most Read

Latest Posts"""


def _read_one(tmp_path: Path, text: str, name: str = "article.txt") -> Source:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    corpus = read_corpus([str(path)])
    assert corpus.skipped == ()
    assert len(corpus.sources) == 1
    return corpus.sources[0]


def _reasons(source: Source) -> dict[str, str]:
    return {d.text: d.reason for d in source.dropped}


def test_title_date_line_and_source_line_become_metadata(tmp_path: Path) -> None:
    source = _read_one(tmp_path, ARTICLE)
    assert source.id == "s1"
    assert source.title == "Kim Jong-un traveled to Russia to meet with Putin"
    assert source.publisher == "Ambito"
    assert source.published == date(2023, 9, 12)
    assert source.published_from == "text"
    assert [d.reason for d in source.dropped[:3]] == ["title", "repeated headline", "date line"]
    assert _reasons(source)["Source: Ambito"] == "source line"


def test_clean_text_keeps_only_sentences_with_blank_line_paragraphs(tmp_path: Path) -> None:
    source = _read_one(tmp_path, ARTICLE)
    assert source.text == (
        "The leader of North Korea left Pyongyang this Tuesday at the invitation of the Russian "
        "government.\n\nKremlin spokesman Dmitri Peskov said there was nothing to say on the issue."
    )


def test_boilerplate_and_captions_are_dropped_with_reasons(tmp_path: Path) -> None:
    reasons = _reasons(_read_one(tmp_path, ARTICLE))
    assert reasons["Leave a Reply"] == "comment form"
    assert reasons["Your email address will not be published. Required fields are marked *"] == (
        "comment form"
    )
    assert reasons["Most Read"] == "navigation"
    assert reasons["Latest Posts"] == "navigation"
    assert reasons["Kim Jong-un"] == "caption or heading"
    assert reasons["Uncertainty over possible agreement"] == "caption or heading"
    captions = [d for d in _read_one(tmp_path, ARTICLE).dropped if "supreme leader" in d.text]
    assert [d.reason for d in captions] == ["caption or heading"] * 2


def test_every_input_line_is_in_text_or_dropped(tmp_path: Path) -> None:
    source = _read_one(tmp_path, ARTICLE)
    kept = [d.text for d in source.dropped]
    for line in filter(None, (x.strip() for x in ARTICLE.splitlines())):
        assert line in source.text or line in kept, line


def test_whitespace_is_normalised_inside_lines(tmp_path: Path) -> None:
    text = "Title here\n\n  The   summit\u00a0took place\ton Tuesday, officials said.  \r\n"
    source = _read_one(tmp_path, text)
    assert source.text == "The summit took place on Tuesday, officials said."


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Leave a Reply", "comment form"),
        ("Comment / Reply From", "comment form"),
        ("Most Read", "navigation"),
        ("Latest Posts", "navigation"),
        ("Read more: UK lawmakers pass a measure of amnesty", "navigation"),
        ("Read more:UK lawmakers pass a measure of amnesty related to the “Troubles”",
         "navigation"),
        ("Share this article on WhatsApp, LinkedIn and Twitter", "share prompt"),
        ("Dark Mode", "boilerplate"),
        ("About Author", "boilerplate"),
        ("• 2 min read", "boilerplate"),
        ("•", "boilerplate"),
        ("* * *", "boilerplate"),
        ("Facebook Twitter WhatsApp", "share prompt"),
        ("We use cookies to improve your experience. Accept all cookies", "boilerplate"),
        ("Vladimir Putin greets Kim Jong-un at the Vostochny Cosmodrome. Photo: pool",
         "caption or heading"),
        ("Subscribe to Maritime Bulletin Daily", "boilerplate"),
        ("Related coverage: Bay Area hardware start-ups face funding squeeze", "navigation"),
    ],
)
def test_boilerplate_rules(line: str, reason: str) -> None:
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Readers left 200 comments under the article, the editor said.",
        "Share prices in Seoul fell after the summit.",
        "Most read the statement as a warning to Washington.",
        "Copyright lawsuits rose sharply last year.",
        "The EU requires consent before websites set cookies.",
    ],
)
def test_sentences_that_mention_boilerplate_words_are_kept(line: str) -> None:
    assert boilerplate_reason(line) is None
    assert not is_caption_like(line)


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Kim Jong-un", True),
        ("President Putin & Supreme Leader Kim Jong Un", True),
        ("Military cooperation “Possibilities”", True),
        ("Kim arrived.", False),
        ("“We will win.”", False),
        ("Did Kim meet Putin?", False),
        ("Kim Jong-un, supreme leader of North Korea", True),
        ("The two leaders met at the cosmodrome and talked for hours about rockets, "
         "satellites and weapons", False),
        ("Putin said: ", False),
    ],
)
def test_caption_rule_is_conservative(line: str, caption: bool) -> None:
    assert is_caption_like(line) is caption


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("September 12, 2023 – 09:04", date(2023, 9, 12)),
        ("• September 14, 2023", date(2023, 9, 14)),
        ("Çar. Eyl 27th, 2023", date(2023, 9, 27)),
        ("12 de septiembre de 2023", date(2023, 9, 12)),
        ("By Jane Doe • September 12, 2023", date(2023, 9, 12)),
        ("Updated: Sep 12, 2023, 9:04 AM EDT", date(2023, 9, 12)),
        ("Vladivostok, September 12, 2023", date(2023, 9, 12)),
        ("12.09.2023", date(2023, 9, 12)),
        ("2023-09-12T09:04:00Z", date(2023, 9, 12)),
        ("Posted September 13, 2023 by Dana Whitfield", date(2023, 9, 13)),
        ("Published 13 Sep 2023 | Updated 18:40", date(2023, 9, 13)),
    ],
)
def test_date_lines(line: str, value: date) -> None:
    assert parse_date_line(line) == (True, value)


@pytest.mark.parametrize(
    "line",
    ["2 min read", "Kim met Putin on September 12, 2023, in Vostochny.", "September 2023", "2019",
     "Tuesday, September 12", "Kim Jong-un"],
)
def test_not_date_lines(line: str) -> None:
    assert parse_date_line(line) == (False, None)


def test_ambiguous_numeric_date_line_has_no_date() -> None:
    assert parse_date_line("05/06/2023") == (True, None)


def test_text_dates_place_yearless_dates_near_the_reference() -> None:
    text = "Kim left on Sunday, September 10, and met Putin on Tuesday, September 12."
    assert text_dates(text, date(2023, 9, 27)) == [date(2023, 9, 10), date(2023, 9, 12)]
    assert text_dates("He arrived on December 30.", date(2024, 1, 3)) == [date(2023, 12, 30)]
    assert text_dates("In April 2019 they met; on 25 April 2019 too.", None) == [date(2019, 4, 25)]
    assert text_dates("Kim met Putin on September 12.", None) == []


def test_a_sole_date_after_a_plan_the_text_still_expects_is_rejected() -> None:
    body = "Kim left on Sunday, September 10, and will meet Putin on Tuesday, September 12."
    header = Candidate(date(2023, 9, 27), "text", "Çar. Eyl 27th, 2023")
    choice = choose_published([header], body)
    assert choice.published is None
    assert choice.rejected == {header: "15 days after the latest date in the text"}
    # past events only: an ongoing story names earlier dates; its only date line stands
    past = "Kim left on Sunday, September 10, and met Putin on Tuesday, September 12."
    assert choose_published([header], past).published == date(2023, 9, 27)
    # with another candidate to choose, the gap alone rejects
    byline = Candidate(date(2023, 9, 13), "text", "• September 13, 2023")
    assert choose_published([header, byline], past).published == date(2023, 9, 13)


def test_site_header_above_byline_is_rejected_without_text_dates(tmp_path: Path) -> None:
    text = ("Thursday, October 5, 2023\nDark Mode\n\nKim wraps up Russia visit\n"
            "September 17, 2023 – 19:40\nBy our foreign desk\n\nKim said goodbye to his hosts on "
            "Sunday at the station in Artyom.\n\nRelated story\n• September 1, 2023\n")
    source = _read_one(tmp_path, text)
    assert (source.published, source.published_from) == (date(2023, 9, 17), "text")
    reasons = _reasons(source)
    assert reasons["Thursday, October 5, 2023"] == (
        "date line (rejected as publication date: 18 days after the earlier date line "
        "'September 17, 2023 – 19:40')"
    )
    assert reasons["September 17, 2023 – 19:40"] == "date line"
    assert reasons["• September 1, 2023"] == "date line"  # below the text: not preferred


def test_earliest_date_line_wins_and_sidecar_beats_everything() -> None:
    body = "KCNA reported on Thursday, September 14, that Putin had accepted."
    header = Candidate(date(2023, 9, 22), "text", "September 22, 2023")
    byline = Candidate(date(2023, 9, 14), "text", "• September 14, 2023")
    assert choose_published([header, byline], body).published == date(2023, 9, 14)
    late_sidecar = Candidate(date(2023, 10, 30), "sidecar")
    choice = choose_published([late_sidecar, header, byline], body)
    assert (choice.published, choice.origin) == (date(2023, 10, 30), "sidecar")


def test_background_dates_do_not_reject_a_publication_date() -> None:
    body = "The two leaders last met on April 25, 2019, in Vladivostok."
    line = Candidate(date(2023, 9, 12), "text", "September 12, 2023")
    assert choose_published([line], body).published == date(2023, 9, 12)


def test_rejected_date_line_is_recorded_in_dropped(tmp_path: Path) -> None:
    text = ("Çar. Eyl 27th, 2023\n\nKim left Pyongyang on Sunday, September 10, and is expected "
            "to meet Putin on Tuesday, September 12.\n")
    source = _read_one(tmp_path, text)
    assert source.published is None
    assert source.published_from is None
    assert source.title is None
    assert source.dropped[0].reason == (
        "date line (rejected as publication date: 15 days after the latest date in the text)"
    )


def test_lede_with_sentences_is_not_taken_as_title(tmp_path: Path) -> None:
    text = "South Korean media wrote that Kim left. The Kremlin confirmed it.\n\nMore text here.\n"
    source = _read_one(tmp_path, text)
    assert source.title is None
    assert source.text.startswith("South Korean media wrote that Kim left.")


def test_duplicate_paragraph_is_dropped_once(tmp_path: Path) -> None:
    para = "Kim arrived in Russia on Tuesday, officials said."
    source = _read_one(tmp_path, f"Headline\n\n{para}\n\n{para}\n")
    assert source.text == para
    assert _reasons(source)[para] == "duplicate paragraph"


def test_hard_wrapped_paragraphs_are_joined() -> None:
    wrapped = (
        "Kim Jong Un arrived in Russia on Tuesday for a summit with Vladimir\n"
        "Putin at the Vostochny Cosmodrome in the Amur region, the Kremlin said\n"
        "on Wednesday morning in a short statement to reporters in Moscow.\n"
        "\n"
        "The two leaders discussed military cooperation and the possibility of\n"
        "sending a North Korean cosmonaut into space, according to TASS and RIA\n"
        "Novosti, which cited the Kremlin spokesman Dmitry Peskov in Moscow.\n"
    )
    lines = [x for x in logical_lines(wrapped) if x]
    assert len(lines) == 2
    assert lines[0].startswith("Kim Jong Un arrived") and lines[0].endswith("in Moscow.")
    assert "Vladimir Putin" in lines[0]


def test_lowercase_continuation_is_joined_but_lines_of_items_are_not() -> None:
    assert logical_lines("The summit was held\nin the Far East.") == [
        "The summit was held in the Far East."
    ]
    assert logical_lines("• September 14, 2023\n• 2 min read\nHeadline") == [
        "• September 14, 2023", "• 2 min read", "Headline"
    ]


def test_markdown_headings_links_and_emphasis(tmp_path: Path) -> None:
    text = ("# Kim meets Putin\n\n**Moscow** – Kim met [Putin](https://x.test/p) on Wednesday.\n\n"
            "![Kim at the station](kim.jpg)\n\n## Arms deal feared\n")
    source = _read_one(tmp_path, text, "article.md")
    assert source.title == "Kim meets Putin"
    assert source.text == "Moscow – Kim met Putin on Wednesday."
    assert _reasons(source)["Arms deal feared"] == "caption or heading"


def test_clean_lines_with_known_title_drops_repeats_only() -> None:
    cleaned = clean_lines(["Kim meets Putin", "Kim met Putin on Wednesday, officials said."],
                          known_title="Kim meets Putin", find_title=False)
    assert cleaned.title is None
    assert [d.reason for d in cleaned.dropped] == ["repeated headline"]
    assert cleaned.paragraphs == ["Kim met Putin on Wednesday, officials said."]


def test_a_background_date_a_month_earlier_does_not_reject_the_date_line() -> None:
    body = "The strike began on Monday. The previous contract expired on March 31."
    line = Candidate(date(2026, 5, 5), "text", "Tuesday, 5 May 2026")
    assert choose_published([line], body).published == date(2026, 5, 5)
