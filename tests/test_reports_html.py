"""report.html, parsed: sections, summary, highlighted conflicts, escaping, self-containment."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from test_reports_fixtures import (
    HOSTILE_LINK_TEXT,
    HOSTILE_PATH,
    HOSTILE_PUBLISHER,
    HOSTILE_TEXT,
    HOSTILE_TITLE,
    HOSTILE_URL,
    S1_URL,
    build,
)

import reports

SECTIONS = ["summary", "contradicted", "corroborated", "single-source", "sources", "skipped",
            "dropped"]


@pytest.fixture(scope="module")
def html_text(tmp_path_factory: pytest.TempPathFactory) -> str:
    out: Path = tmp_path_factory.mktemp("report")
    reports.write_outputs(build(), out)
    return (out / "report.html").read_text("utf-8")


@pytest.fixture(scope="module")
def doc(html_text: str) -> Any:
    return lxml.html.document_fromstring(html_text)


def text_of(element: Any) -> str:
    return " ".join(element.text_content().split())


def by_id(doc: Any, element_id: str) -> Any:
    (element,) = doc.xpath(f'//*[@id="{element_id}"]')
    return element


def test_header_names_title_time_and_model(doc: Any) -> None:
    assert doc.findtext(".//title") == "crossfact report"
    assert text_of(doc.find(".//h1")) == "crossfact report"
    meta = text_of(doc.find(".//header/p"))
    assert "2026-01-01T12:30:05Z" in meta and "all-MiniLM-L6-v2" in meta


def test_sections_come_in_order(doc: Any) -> None:
    assert [s.get("id") for s in doc.xpath("//main/section")] == SECTIONS


def test_summary_counts(doc: Any) -> None:
    pairs = {
        text_of(div.find("dt")): text_of(div.find("dd"))
        for div in by_id(doc, "summary").xpath(".//dl/div")
    }
    assert pairs == {
        "Sources": "4", "Skipped inputs": "2", "Statements": "10",
        "contradicted claims": "2", "corroborated claims": "1", "single-source claims": "2",
        "Dropped sentences": "3",
    }


def test_claims_are_grouped_by_status(doc: Any) -> None:
    def claim_ids(section: str) -> list[str]:
        return [e.get("id") for e in by_id(doc, section).xpath(".//*[@id][not(self::h2)]")]

    assert claim_ids("contradicted") == ["c1", "c2"]
    assert claim_ids("corroborated") == ["c3"]
    assert claim_ids("single-source") == ["c5", "c4"]


def test_conflicting_values_are_marked_in_their_sentences(doc: Any) -> None:
    c1, c2 = by_id(doc, "c1"), by_id(doc, "c2")
    assert [m.text for m in c1.iter("mark")] == ["on Wednesday", "on Thursday"]
    assert [m.text for m in c2.iter("mark")] == ["Khasan", "Kazan"]
    assert text_of(c1.find(".//h4")) == "date · meet Wed 13 Sep 2023 vs Thu 14 Sep 2023"
    sides = [text_of(p) for p in c1.xpath('.//p[@class="side-value"]')]
    assert sides == ["Side 1: 2023-09-13", "Side 2: 2023-09-14"]


def test_side_statements_name_outlet_source_and_date(doc: Any) -> None:
    items = by_id(doc, "c1").xpath('.//div[@class="side"]//li')
    assert [[text_of(span) for span in li.xpath("span")] for li in items] == [
        ["The two leaders will meet on Wednesday at the Vostochny Cosmodrome.",
         "Northern Wire · 2023-09-12 · s1:2 planned"],
        ["Putin and Kim met on Thursday at the Vostochny Cosmodrome.",
         "Daily Planet · 2023-09-14 · s2:1"],
    ]


def test_statements_on_no_side_are_shown_apart(doc: Any) -> None:
    others = by_id(doc, "c1").find('.//details[@class="others"]')
    assert "The Kremlin confirmed the summit." in text_of(others)
    assert "s2:4" in text_of(others)


def test_only_conflicts_are_marked(doc: Any) -> None:
    for section in ("corroborated", "single-source", "sources", "dropped"):
        assert list(by_id(doc, section).iter("mark")) == []
    facts = [e.text for e in by_id(doc, "c3").xpath('.//span[@class="fact"]')]
    assert facts[:3] == ["Kim Jong Un", "on Tuesday", "Vladimir Putin"]


def test_corroborated_claim_groups_statements_by_source(doc: Any) -> None:
    c3 = by_id(doc, "c3")
    heads = [text_of(p) for p in c3.xpath('.//p[@class="group-head"]')]
    assert heads == [
        "Northern Wire s1 · 2023-09-12", "Daily Planet s2 · 2023-09-14",
        "Kim in Russia s3 · date unknown",
    ]
    assert "3 statements from 3 sources · 2 independent" in text_of(c3)
    origins = text_of(c3.find('.//ul[@class="origins"]'))
    assert origins == "One origin: Northern Wire s1, Kim in Russia s3"


def test_single_source_claims_and_dropped_text_are_in_details(doc: Any) -> None:
    assert by_id(doc, "c4").xpath("ancestor::details")
    dropped = by_id(doc, "dropped").findall(".//details")
    assert [text_of(d.find("summary")) for d in dropped] == [
        "Northern Wire s1 · 2 dropped", f"{HOSTILE_PUBLISHER} s4 · 1 dropped",
    ]
    rows = [[text_of(td) for td in tr.findall("td")] for tr in dropped[0].iter("tr")][1:]
    assert rows == [["Share this article", "boilerplate"], ["Read more.", "fragment"]]


def test_sources_table_links_only_web_urls(doc: Any) -> None:
    rows = by_id(doc, "sources").xpath(".//tbody/tr")
    assert [text_of(row.find("td")) for row in rows] == ["s1", "s2", "s3", "s4"]
    assert [a.get("href") for a in by_id(doc, "sources").iter("a")] == [
        S1_URL, "http://herald.example.org/kim",
    ]
    assert text_of(rows[0]).count("from metadata") == 1
    assert HOSTILE_URL in text_of(rows[3]) and HOSTILE_PATH in text_of(rows[3])


def test_skipped_inputs_are_listed(doc: Any) -> None:
    rows = [[text_of(td) for td in tr.findall("td")] for tr in by_id(doc, "skipped").iter("tr")]
    assert rows[1:] == [
        ["corpus/empty.txt", "empty file"],
        ["<svg onload=alert(4)>.pdf", "unsupported type <b>pdf</b>"],
    ]


def test_hostile_text_is_inert(doc: Any, html_text: str) -> None:
    assert doc.xpath("//script") == []
    assert doc.xpath("//img | //iframe | //svg | //b | //object | //embed") == []
    for element in doc.iter():
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), (element.tag, name)
            if name.lower() in ("href", "src", "action", "formaction"):
                assert not value.strip().lower().startswith("javascript:"), value
    whole = text_of(doc.body)
    for hostile in (HOSTILE_TEXT, HOSTILE_LINK_TEXT, HOSTILE_TITLE, HOSTILE_PUBLISHER):
        assert " ".join(hostile.split()) in whole
    assert "<script>" not in html_text and "&lt;script&gt;alert(1)&lt;/script&gt;" in html_text


def test_no_external_resources_and_no_script(doc: Any, html_text: str) -> None:
    assert "<script" not in html_text.lower()
    assert doc.xpath("//*[@src] | //link | //object | //embed | //iframe") == []
    assert doc.xpath("//*[@style]") == []
    style = "".join(e.text or "" for e in doc.iter("style"))
    assert re.search(r"url\(|@import|//", style) is None
    hrefs = {a.get("href") for a in doc.iter("a")}
    assert {h for h in hrefs if not h.startswith("#")} == {S1_URL, "http://herald.example.org/kim"}
    assert {h[1:] for h in hrefs if h.startswith("#")} <= set(SECTIONS)
