"""End to end on the bundled demo corpus, against its labels in tests/gold/demo.json."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from crossfact.gold import load_gold, score
from crossfact.pipeline import Analysis

pytestmark = pytest.mark.model

GOLD = load_gold(Path(__file__).parent / "gold" / "demo.json")


def test_publication_dates_and_where_they_came_from(demo_analysis: Analysis) -> None:
    got = {
        Path(s.path or "").name: (s.published, s.published_from)
        for s in demo_analysis.corpus.sources
    }
    for name, label in GOLD["articles"].items():
        assert got[name] == (date.fromisoformat(label["published"]), label["published_from"]), name


def test_every_planted_contradiction_is_found(demo_analysis: Analysis) -> None:
    result = score(demo_analysis, GOLD)
    assert result.missed == []
    assert result.contradiction_recall == 1.0


def test_no_variant_is_flagged(demo_analysis: Analysis) -> None:
    assert score(demo_analysis, GOLD).variant_flags == []


def test_flags_are_the_planted_ones(demo_analysis: Analysis) -> None:
    result = score(demo_analysis, GOLD)
    assert result.false_flags == []


def test_wire_copy_counts_as_one_origin(demo_analysis: Analysis) -> None:
    hits, total = score(demo_analysis, GOLD).same_origin
    assert total >= 1 and hits == total


def test_no_boilerplate_became_a_statement(demo_analysis: Analysis) -> None:
    texts = [s.text for s in demo_analysis.segmentation.statements]
    for line in GOLD["boilerplate"]:
        assert not any(line == t or (len(line) > 12 and line in t) for t in texts), line
