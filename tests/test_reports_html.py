"""report.html, parsed: sections, summary, highlighted conflicts, escaping, self-containment."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from test_reports_fixtures import (
    GENERATED_AT,
    HOSTILE_LINK_TEXT,
    HOSTILE_PATH,
    HOSTILE_PUBLISHER,
    HOSTILE_SUMMARY,
    HOSTILE_TEXT,
    HOSTILE_TITLE,
    HOSTILE_URL,
    S1_URL,
    TOLL_SUMMARY,
    build,
    story,
    two_events,
)

import reports

SECTIONS = ["summary", "contradicted", "updated", "corroborated", "single-source", "sources",
            "skipped", "dropped"]
STATUS_SECTIONS = ["contradicted", "updated", "corroborated", "single-source"]


@pytest.fixture(scope="module")
def html_text(tmp_path_factory: pytest.TempPathFactory) -> str:
    out: Path = tmp_path_factory.mktemp("report")
    reports.write_outputs(build(), out)
    return (out / "report.html").read_text("utf-8")


@pytest.fixture(scope="module")
def doc(html_text: str) -> Any:
    return lxml.html.document_fromstring(html_text)


@pytest.fixture(scope="module")
def doc2(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The report with two events: the summit (s1-s4) and the earthquake (s5, s6)."""
    out: Path = tmp_path_factory.mktemp("report2")
    reports.write_outputs(build(events=two_events()), out)
    return lxml.html.document_fromstring((out / "report.html").read_text("utf-8"))


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


def summary_pairs(doc: Any) -> dict[str, str]:
    return {
        text_of(div.find("dt")): text_of(div.find("dd"))
        for div in by_id(doc, "summary").xpath(".//dl/div")
    }


def test_summary_counts(doc: Any) -> None:
    assert summary_pairs(doc) == {
        "Sources": "6", "Skipped inputs": "2", "Statements": "16",
        "contradicted claims": "3", "updated claims": "1", "corroborated claims": "2",
        "single-source claims": "2", "Dropped sentences": "3",
    }
    cards = [div.get("class") for div in by_id(doc, "summary").xpath(".//dl/div[@class]")]
    assert cards == [f"status-{status}" for status in STATUS_SECTIONS]


def test_summary_counts_events_only_when_there_are_several(doc: Any, doc2: Any) -> None:
    assert "Events" not in summary_pairs(doc)
    assert summary_pairs(doc2)["Events"] == "2"


def test_updated_badge_has_its_own_colour(html_text: str) -> None:
    style = re.search(r"<style>(.*?)</style>", html_text, re.S)
    assert style is not None
    rules = dict(re.findall(r"\.badge-([a-z-]+) \{ ([^}]*) \}", style.group(1)))
    assert rules["updated"] not in (rules["contradicted"], rules["corroborated"],
                                    rules["single-source"], rules["planned"])


def test_navigation_links_every_section(doc: Any) -> None:
    links = [(a.get("href"), text_of(a)) for a in doc.xpath("//nav/a")]
    assert [href for href, _ in links] == [f"#{section}" for section in SECTIONS]
    assert ("#updated", "Updated (1)") in links


def claim_ids(doc: Any, section: str) -> list[str]:
    return [e.get("id") for e in by_id(doc, section).xpath(".//*[@id][not(self::h2)]")]


def test_claims_are_grouped_by_status(doc: Any) -> None:
    assert claim_ids(doc, "contradicted") == ["c1", "c2", "c8"]
    assert claim_ids(doc, "updated") == ["c6"]
    assert claim_ids(doc, "corroborated") == ["c3", "c7"]
    assert claim_ids(doc, "single-source") == ["c5", "c4"]


def test_conflicting_values_are_marked_in_their_sentences(doc: Any) -> None:
    c1, c2 = by_id(doc, "c1"), by_id(doc, "c2")
    assert [m.text for m in c1.iter("mark")] == ["on Wednesday", "on Thursday"]
    assert [m.text for m in c2.iter("mark")] == ["Khasan", "Kazan"]
    assert text_of(c1.find(".//h4")) == "date · meet Wed 13 Sep 2023 vs Thu 14 Sep 2023"
    sides = [text_of(p) for p in c1.xpath('.//p[@class="side-value"]')]
    assert sides == ["Side 1: 2023-09-13", "Side 2: 2023-09-14"]


def test_updated_claim_shows_its_values_in_time_order_marked(doc: Any) -> None:
    c6 = by_id(doc, "c6")
    assert c6.xpath("ancestor::section/@id") == ["updated"]
    assert text_of(c6.find(".//h3")).startswith("updated The death toll")
    assert text_of(c6.find(".//h4")) == f"quantity · death toll {TOLL_SUMMARY}"
    steps = c6.xpath('.//ol[@class="timeline"]/li')
    assert [text_of(step.find("p")) for step in steps] == [
        "79 person · 2025-10-14 earliest", "112 person · 2025-10-15 latest",
    ]
    assert [[m.text for m in step.iter("mark")] for step in steps] == [["79 people"], ["112"]]
    assert {m.get("title") for m in c6.iter("mark")} == {"updated quantity"}
    cites = [text_of(span) for span in c6.xpath('.//span[@class="cite"]')]
    assert cites == ["Coast Herald · 2025-10-14 · s5:1", "Valley Times · 2025-10-15 · s6:1"]
    assert c6.find('.//details[@class="others"]') is None


def test_contradicted_claim_shows_its_updates_too(doc: Any) -> None:
    c8 = by_id(doc, "c8")
    conflict, update = c8.find('.//section[@class="conflict"]'), c8.find(
        './/section[@class="update"]'
    )
    assert [m.text for m in conflict.iter("mark")] == ["magnitude 6.1", "magnitude 5.9"]
    assert [m.text for m in update.iter("mark")] == ["300 people", "450 people"]
    assert {m.get("title") for m in update.iter("mark")} == {"updated quantity"}
    assert HOSTILE_SUMMARY in text_of(update.find("h4"))
    assert "not a conflict" in text_of(c8)


def test_update_sides_are_shown_earliest_first() -> None:
    s = story()
    c6 = s.claims[2]
    backwards = replace(c6.updates[0], sides=c6.updates[0].sides[::-1])
    claims = (*s.claims[:2], replace(c6, updates=(backwards,)), *s.claims[3:])
    model = reports.build_report(
        s.corpus, s.segmentation, s.facts, claims, model_name="m", generated_at=GENERATED_AT,
    )
    (view,) = model.page.updated
    assert [side.published for side in view.updates[0].sides] == ["2025-10-14", "2025-10-15"]
    assert model.document["claims"][2]["updates"][0]["sides"][0]["value"] == "112 person"


def test_one_event_has_no_event_headings(doc: Any) -> None:
    assert doc.xpath('//*[@class="event-head"]') == []
    assert len(doc.xpath('//h3[@class="claim-title"]')) == 6
    assert doc.xpath('//h4[@class="claim-title"]') == []
    headers = [text_of(th) for th in by_id(doc, "sources").xpath(".//th")]
    assert "Event" not in headers


def test_two_events_group_claims_under_event_headings(doc2: Any) -> None:
    def grouped(section: str) -> list[tuple[str, list[str]]]:
        groups: list[tuple[str, list[str]]] = []
        for element in by_id(doc2, section).xpath(
            './/*[@class="event-head"] | .//*[@id][not(self::h2)]'
        ):
            if element.get("class") == "event-head":
                groups.append((text_of(element).split(" ·")[0], []))
            else:
                groups[-1][1].append(element.get("id"))
        return groups

    assert grouped("contradicted") == [("Event 1", ["c1", "c2"]), ("Event 2", ["c8"])]
    assert grouped("updated") == [("Event 2", ["c6"])]
    assert grouped("corroborated") == [("Event 1", ["c3"]), ("Event 2", ["c7"])]
    assert grouped("single-source") == [("Event 1", ["c5", "c4"])]
    heads = {text_of(h) for h in doc2.xpath('//h3[@class="event-head"]')}
    assert heads == {
        f"Event 1 · 4 sources: Northern Wire, Daily Planet, Kim in Russia, {HOSTILE_PUBLISHER}",
        "Event 2 · 2 sources: Coast Herald, Valley Times",
    }
    assert len(doc2.xpath('//h4[@class="claim-title"]')) == 6
    assert doc2.xpath('//h3[@class="claim-title"]') == []
    assert [text_of(h) for h in by_id(doc2, "c8").xpath('.//h5[@class="part-title"]')] == [
        "quantity 6.1 magnitude vs 5.9 magnitude", f"quantity · injured {HOSTILE_SUMMARY}",
    ]


def test_two_events_add_an_event_column_to_the_sources_table(doc2: Any) -> None:
    table = by_id(doc2, "sources")
    headers = [text_of(th) for th in table.xpath(".//th")]
    column = headers.index("Event")
    rows = table.xpath(".//tbody/tr")
    assert [text_of(row.findall("td")[column]) for row in rows] == ["1", "1", "1", "1", "2", "2"]


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
    assert [text_of(row.find("td")) for row in rows] == ["s1", "s2", "s3", "s4", "s5", "s6"]
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


@pytest.mark.parametrize("which", ["doc", "doc2"])
def test_hostile_text_is_inert_in_every_layout(which: str, request: pytest.FixtureRequest) -> None:
    doc = request.getfixturevalue(which)
    assert doc.xpath("//script") == []
    assert doc.xpath("//img | //iframe | //svg | //b | //object | //embed") == []
    for element in doc.iter():
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), (element.tag, name)
            if name.lower() in ("href", "src", "action", "formaction"):
                assert not value.strip().lower().startswith("javascript:"), value
    whole = text_of(doc.body)
    for hostile in (HOSTILE_TEXT, HOSTILE_LINK_TEXT, HOSTILE_TITLE, HOSTILE_PUBLISHER,
                    HOSTILE_SUMMARY):
        assert " ".join(hostile.split()) in whole


def test_hostile_markup_is_escaped(html_text: str) -> None:
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
