"""The five real articles the project was created from (../shared/seeds; skipped if absent):
the tool must find in them what a careful human finds."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from comparison.model import CONTRADICTED, Conflict
from crossfact.pipeline import Analysis

pytestmark = pytest.mark.model

BOILERPLATE = (
    "Leave a Reply", "Your email address will not be published", "Required fields are marked",
    "Most Read", "Latest Posts", "Read more:", "Dark Mode", "Share this article",
    "Comment / Reply From", "About Author", "min read",
)


def _source_ids(analysis: Analysis) -> dict[str, str]:
    """Seed file prefix ("000") -> source id."""
    return {Path(s.path or "").name[:3]: s.id for s in analysis.corpus.sources}


def _conflicts(analysis: Analysis) -> list[Conflict]:
    return [k for c in analysis.claims if c.status == CONTRADICTED for k in c.conflicts]


def _side_sources(conflict: Conflict, value: str) -> set[str]:
    return {
        sid.split(":")[0] for side in conflict.sides if side.value == value
        for sid in side.statements
    }


def test_publication_dates(seeds_analysis: Analysis) -> None:
    published = {Path(s.path or "").name[:3]: s.published for s in seeds_analysis.corpus.sources}
    assert published["000"] == date(2023, 9, 12)
    assert published["001"] == date(2023, 9, 14)
    assert published["003"] != date(2023, 9, 27)


def _date_conflicts(analysis: Analysis, role: str, *sides: tuple[str, str]) -> list[Conflict]:
    """Date conflicts of ``role`` with each (seed prefix, ISO date) on one of their sides."""
    ids = _source_ids(analysis)
    return [
        k for k in _conflicts(analysis)
        if k.kind == "date" and k.role == role
        and all(ids[seed] in _side_sources(k, value) for seed, value in sides)
    ]


def test_meeting_date_conflict_tuesday_vs_wednesday(seeds_analysis: Analysis) -> None:
    found = _date_conflicts(seeds_analysis, "meet", ("000", "2023-09-12"), ("001", "2023-09-13"))
    assert found, [k.summary for k in _conflicts(seeds_analysis)]


def test_departure_day_conflict(seeds_analysis: Analysis) -> None:
    found = _date_conflicts(seeds_analysis, "depart", ("000", "2023-09-12"), ("003", "2023-09-10"))
    assert found, [k.summary for k in _conflicts(seeds_analysis)]


def test_arrival_is_not_the_meeting(seeds_analysis: Analysis) -> None:
    """004: "arrived ... on Tuesday (September 12) to meet" dates the arrival, not the summit."""
    ids = _source_ids(seeds_analysis)
    for conflict in _conflicts(seeds_analysis):
        if conflict.role == "meet":
            assert ids["004"] not in _side_sources(conflict, "2023-09-12"), conflict.summary


def test_no_boilerplate_became_a_claim(seeds_analysis: Analysis) -> None:
    for statement in seeds_analysis.segmentation.statements:
        assert not any(b in statement.text for b in BOILERPLATE), statement.text
