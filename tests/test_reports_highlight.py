"""Cutting sentences into highlighted segments."""

from __future__ import annotations

from comparison.model import Conflict, Fact, Side
from reports.highlight import fact_spans, segments
from reports.page import safe_link
from reports.views import Segment

TEXT = "They met on Wednesday in Kazan, not on Thursday."
WEDNESDAY = Fact("date", "on Wednesday", 9, 21, "2023-09-13", "meet")
THURSDAY = Fact("date", "on Thursday", 36, 47, "2023-09-14", "return")
KAZAN = Fact("place", "Kazan", 25, 30, "Kazan")
MEET = Conflict("date", "x", (Side("2023-09-13", ("a:1",)), Side("2023-09-14", ("b:1",))), "meet")


def test_conflicting_value_is_marked_and_pieces_join_back() -> None:
    pieces = segments(TEXT, fact_spans(TEXT, (WEDNESDAY, KAZAN, THURSDAY), MEET))
    assert "".join(p.text for p in pieces) == TEXT
    assert [p for p in pieces if p.kind] == [
        Segment("on Wednesday", "date", True),
        Segment("Kazan", "place", False),
        Segment("on Thursday", "date", False),  # same value kind, other role: not marked
    ]


def test_without_a_conflict_nothing_is_marked() -> None:
    pieces = segments(TEXT, fact_spans(TEXT, (WEDNESDAY,)))
    assert pieces == (Segment("They met "), Segment("on Wednesday", "date"), Segment(TEXT[21:]))


def test_value_matching_by_text_and_planned_note() -> None:
    fact = Fact("place", "Khasan", 0, 6, "khasan-raion", None, "planned")
    conflict = Conflict("place", "x", (Side("Khasan", ()), Side("Kazan", ())))
    assert segments("Khasan.", fact_spans("Khasan.", (fact,), conflict)) == (
        Segment("Khasan", "place", True, "planned"), Segment("."),
    )


def test_wrong_offsets_fall_back_to_the_fact_text_and_bad_ones_are_dropped() -> None:
    moved = Fact("place", "Kazan", 0, 5, "Kazan")
    lost = Fact("place", "Omsk", 40, 99, "Omsk")
    pieces = segments(TEXT, fact_spans(TEXT, (moved, lost)))
    assert [p.text for p in pieces if p.kind] == ["Kazan"]
    assert "".join(p.text for p in pieces) == TEXT


def test_overlapping_facts_keep_the_marked_one() -> None:
    wide = Fact("place", "Wednesday in Kazan", 12, 30, "x")
    pieces = segments(TEXT, fact_spans(TEXT, (wide, WEDNESDAY), MEET))
    assert [(p.text, p.marked) for p in pieces if p.kind] == [("on Wednesday", True)]
    assert "".join(p.text for p in pieces) == TEXT


def test_empty_text_gives_one_empty_piece() -> None:
    assert segments("", []) == (Segment(""),)


def test_safe_link_accepts_only_plain_web_urls() -> None:
    assert safe_link("https://example.com/a?b=1&c=2") == "https://example.com/a?b=1&c=2"
    assert safe_link("HTTP://EXAMPLE.COM") == "HTTP://EXAMPLE.COM"
    for bad in ("javascript:alert(1)", " https://x.org", "https://x.org/\nx", "data:text/html,x",
                "//x.org", "httpx://x.org", None):
        assert safe_link(bad) is None
