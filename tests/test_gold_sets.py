"""The accuracy gate: crossfact on the labelled gold corpora (tests/gold/*, written by us),
scored by crossfact.gold, against pinned floors.

The floors are the scores measured when they were pinned (see the closing notes of the
issues), rounded down: a change that lowers a score below its floor fails CI. Raise them
when the tool improves; never lower them to make a change pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crossfact.gold import Label, Score, combine, load_gold, matching, score
from crossfact.pipeline import Analysis, analyse
from crossfact.settings import Settings

pytestmark = pytest.mark.model

GOLD = Path(__file__).parent / "gold"
NAMES = (
    "quake", "launch", "ship", "summit", "flood", "takeover", "trial", "wildfire", "election",
    "recall", "derailment", "heist", "strike", "outbreak", "bridge", "landing", "mine",
    "storm", "transfer", "cyberattack", "festival", "volcano", "factory", "marathon", "rescue",
    "avalanche", "portfire", "wolves", "rocket", "escape", "spill", "ferry", "water", "coach",
    "cablecar", "blackout", "studyhalt", "dambreak", "rockslide", "bankoutage", "crane",
    "whales", "sinkhole", "drones", "balloon", "heatwave", "tunnelfire", "bombscare", "hailstorm",
    "fishingboat", "schoolpoison", "mergerbank", "gasblast", "concertcancel", "glacierlake",
    "planecrash", "museumreopen", "ferrystrike",
)

# Pinned floors over the fifty-eight corpora together, measured 2026-11-23 (fifth session).
# History: the first four corpora were read while the typed rules were written. Eighteen
# batches were then written by writers who never saw the rules, and each was scored once
# before its failures were read (contradictions found, flags right, corroborations):
# flood/takeover/trial 5/12, 4/6, 6/18; wildfire/election/recall 3/12, 3/6, 6/18;
# derailment/heist/strike 1/13, 1/2, 13/20; outbreak/bridge/landing 2/14, 2/4, 12/18;
# mine/storm/transfer 5/12, 5/10, 14/20; cyberattack/festival/volcano 3/14, 3/4, 11/20;
# factory/marathon/rescue 1/13, 1/2, 10/20; avalanche/portfire/wolves 0/15, 0/1, 14/21;
# rocket/escape/spill 3/15, 3/4, 12/21; ferry/water/coach 2/15, 2/4, 10/21;
# cablecar/blackout/studyhalt 3/15, 3/3, 13/21; dambreak/rockslide/bankoutage 1/15, 1/2,
# 11/21; crane/whales/sinkhole 7/25, 6/7, 12/16; drones/balloon/heatwave 7/24, 7/9, 10/18;
# tunnelfire/bombscare/hailstorm 18/27, 19/20, 11/19; fishingboat/schoolpoison/mergerbank
# 7/23, 7/11, 10/20; gasblast/concertcancel/glacierlake 9/27, 9/12, 10/18;
# planecrash/museumreopen/ferrystrike 7/24, 6/9, 15/27. All are development sets now. All
# fifty-eight: contradictions 159/327 found (0.486), 157/164 flags right (0.957), updates
# 42/120 (0.350), same origin 126/126, corroborations 239/372 (0.642), no variant flagged.
# Each
# batch that joins lowers the pooled recall a little (its own failures are only partly
# fixed), so the floors follow the pooled figures; the code's own gains are in the commit
# messages (same corpora before and after). The targets (contradiction recall >=
# 0.9, corroboration recall >= 0.9) are not reached: the honest figure is the next batch,
# in gold/unseen/.
FLOORS = {
    "contradiction_recall": 0.48,
    "contradiction_precision": 0.95,
    "update_recall": 0.35,
    "same_origin_recall": 1.0,
    "corroboration_recall": 0.64,
}
MAX_VARIANT_FLAGS = 0


Run = tuple[Analysis, Label]


@pytest.fixture(scope="module")
def runs() -> dict[str, Run]:
    found = {}
    for name in NAMES:
        gold = load_gold(GOLD / f"{name}.json")
        found[name] = (analyse([str(GOLD.parent.parent / gold["corpus"])], Settings()), gold)
    return found


@pytest.fixture(scope="module")
def total(runs: dict[str, Run]) -> Score:
    return combine(score(analysis, gold) for analysis, gold in runs.values())


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_scores_stay_above_their_floors(total: Score, measure: str) -> None:
    value = getattr(total, measure)
    assert value >= FLOORS[measure], (measure, value, total.missed, total.false_flags)


def test_variants_are_not_flagged(total: Score) -> None:
    assert len(total.variant_flags) <= MAX_VARIANT_FLAGS, total.variant_flags


def test_every_labelled_sentence_is_found_in_the_corpus(runs: dict[str, Run]) -> None:
    """A label whose sentence no statement matches would silently score nothing."""
    for name, (analysis, gold) in runs.items():
        for key in ("contradictions", "corroborations", "must_not_flag", "same_origin"):
            for label in gold.get(key, []):
                for file, text in zip(label["files"], label["sentences"], strict=True):
                    assert matching(analysis, file, text), (name, key, file, text)
