"""Scoring against gold labels (crossfact.gold): a flag a label calls right is never also a
variant flag, though its two statements also form a must-not-flag pair."""

from __future__ import annotations

from pathlib import Path

import pytest

from crossfact.gold import Label, score
from crossfact.pipeline import analyse
from crossfact.settings import Settings

pytestmark = pytest.mark.model

EARLY = "Crews have been on strike since 5 a.m. on Tuesday and extended it by 24 hours."
LATE = "Crews walked out at 6 a.m. on Tuesday and extended the strike by a day."


def _corpus(folder: Path) -> None:
    for name, date, text in (("a.txt", "June 24, 2026", EARLY), ("b.txt", "June 24, 2026", LATE)):
        (folder / name).write_text(f"Ferry strike\n{date}\n\n{text}\n", encoding="utf-8")


def _labels(with_contradiction: bool) -> Label:
    pair = {"files": ["a.txt", "b.txt"], "sentences": [EARLY, LATE]}
    contradictions = [{"kind": "time", "values": ["05:00", "06:00"], **pair}]
    return {
        "contradictions": contradictions if with_contradiction else [],
        "must_not_flag": [{"why": "24 hours = a day", **pair}],
    }


def test_a_right_flag_between_a_variant_pair_is_no_variant_flag(tmp_path: Path) -> None:
    _corpus(tmp_path)
    analysis = analyse([str(tmp_path)], Settings())
    labelled = score(analysis, _labels(with_contradiction=True))
    assert labelled.contradiction_recall == 1.0 and labelled.variant_flags == []
    unlabelled = score(analysis, _labels(with_contradiction=False))
    assert unlabelled.variant_flags == ["24 hours = a day"]
