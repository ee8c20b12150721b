"""Stage 1 on HTML files: main text, metadata and clutter removal."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from corpus import read_corpus
from corpus.model import Source

FIXTURES = Path(__file__).resolve().parent / "corpus_fixtures"
CLUTTER = (
    "SCRIPT-SHOULD-NOT-APPEAR", "STYLE-SHOULD-NOT-APPEAR", "COMMENT-SHOULD-NOT-APPEAR",
    "cookies", "Home", "Share on", "Share this article", "Leave a Reply", "Your email address",
    "Most Read", "Another story", "All rights reserved", "Read more", "September 29",
)


def _read(path: Path) -> Source:
    corpus = read_corpus([str(path)])
    assert corpus.skipped == ()
    assert len(corpus.sources) == 1
    return corpus.sources[0]


@pytest.fixture(scope="module")
def cluttered() -> Source:
    return _read(FIXTURES / "cluttered.html")


def test_metadata_from_html(cluttered: Source) -> None:
    assert cluttered.title == "Kim arrives in Russia for summit with Putin"
    assert cluttered.publisher == "Example News"
    assert cluttered.published == date(2023, 9, 12)
    assert cluttered.published_from == "metadata"
    assert cluttered.url == "https://news.example.com/world/kim-arrives"
    assert cluttered.path == str(FIXTURES / "cluttered.html")


def test_main_text_is_exactly_the_article_paragraphs(cluttered: Source) -> None:
    assert cluttered.text.split("\n\n") == [
        "North Korean leader Kim Jong Un arrived in Russia on Tuesday, September 12, for a summit "
        "with President Vladimir Putin, the Kremlin said.",
        "The two leaders are expected to discuss military cooperation, according to officials in "
        "Moscow and Seoul.",
        "Kim travelled by armoured train from Pyongyang, a journey that took more than a day, "
        "state media reported.",
        "The United States has warned that any arms deal would violate United Nations Security "
        "Council resolutions.",
    ]


@pytest.mark.parametrize("clutter", CLUTTER)
def test_no_clutter_in_text(cluttered: Source, clutter: str) -> None:
    assert clutter not in cluttered.text


def test_clutter_that_trafilatura_keeps_is_dropped_with_reasons(cluttered: Source) -> None:
    reasons = {d.text: d.reason for d in cluttered.dropped}
    assert reasons["Kim arrives in Russia for summit with Putin"] == "repeated headline"
    assert reasons["Read more: Putin hosts economic forum in Vladivostok"] == "navigation"
    assert reasons["Arms deal feared"] == "caption or heading"


def test_metadata_date_long_after_the_text_is_rejected() -> None:
    source = _read(FIXTURES / "stale_header.html")
    assert source.published == date(2023, 9, 14)
    assert source.published_from == "text"
    assert source.publisher == "Daily Example"
    reasons = {d.text: d.reason for d in source.dropped}
    assert reasons["• September 14, 2023"] == "date line"
    assert reasons["2023-09-30"] == (
        "metadata date (rejected as publication date: 16 days after the latest date in the text)"
    )


def test_sidecar_overrides_html_metadata(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "cluttered.html", tmp_path / "page.html")
    (tmp_path / "page.meta.json").write_text(
        '{"published": "2023-09-13", "publisher": "Wire Copy"}', encoding="utf-8")
    source = _read(tmp_path / "page.html")
    assert (source.published, source.published_from) == (date(2023, 9, 13), "sidecar")
    assert source.publisher == "Wire Copy"
    assert source.title == "Kim arrives in Russia for summit with Putin"


def test_page_without_article_text_is_skipped(tmp_path: Path) -> None:
    page = tmp_path / "empty.html"
    page.write_text("<html><head><script>var x = 1;</script></head><body><nav><a href='/'>Home"
                    "</a></nav></body></html>", encoding="utf-8")
    corpus = read_corpus([str(page)])
    assert corpus.sources == ()
    assert len(corpus.skipped) == 1
    assert corpus.skipped[0].path == str(page)
    assert corpus.skipped[0].reason.startswith("no article text found in HTML")


def test_declared_charset_is_honoured(tmp_path: Path) -> None:
    body = ("<html><head><meta charset='windows-1252'><title>Café summit</title></head><body>"
            "<article><p>The leaders met at a café in Vladivostok on Tuesday, officials said, and "
            "talked for three hours about rockets, satellites and the war in Ukraine.</p>"
            "<p>Both sides called the meeting a success in statements released afterwards.</p>"
            "</article></body></html>")
    page = tmp_path / "cp1252.html"
    page.write_bytes(body.encode("cp1252"))
    source = _read(page)
    assert "café in Vladivostok" in source.text


def test_undeclared_non_utf8_html_is_skipped(tmp_path: Path) -> None:
    page = tmp_path / "latin.html"
    page.write_bytes("<html><body><p>Café à Vladivostok.</p></body></html>".encode("latin-1"))
    corpus = read_corpus([str(page)])
    assert [s.reason for s in corpus.skipped] == ["not UTF-8 text; re-save it as UTF-8"]
