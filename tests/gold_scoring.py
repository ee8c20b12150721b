"""Score a crossfact analysis against a labelled gold corpus (tests/gold/*.json).

A label names sentences by a verbatim substring and the file they come from. A statement
"matches" a label sentence when it comes from a source whose file name is the label's and
its text contains the substring (or is contained in it, when the splitter cut the labelled
sentence shorter).

- contradiction found: some claim has a conflict with the two labelled statements on
  different sides;
- found conflict correct: its sides pair two statements of one labelled contradiction
  (every other found conflict counts against precision);
- corroboration found: the labelled statements share one claim whose status is corroborated;
- must-not-flag violated: some conflict puts two of its statements on different sides;
- same origin found: the labelled statements share one claim whose origins group their sources.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from comparison.model import CORROBORATED, Claim, Conflict
from crossfact.pipeline import Analysis


@dataclass
class Score:
    found: Counter[str] = field(default_factory=Counter)  # contradictions found, per kind
    labelled: Counter[str] = field(default_factory=Counter)
    flagged: int = 0
    flagged_correct: int = 0
    corroborations: tuple[int, int] = (0, 0)
    same_origin: tuple[int, int] = (0, 0)
    variant_flags: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    false_flags: list[str] = field(default_factory=list)

    @property
    def contradiction_recall(self) -> float:
        return sum(self.found.values()) / max(1, sum(self.labelled.values()))

    @property
    def contradiction_precision(self) -> float:
        return self.flagged_correct / self.flagged if self.flagged else 1.0


def load_gold(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _file_of(analysis: Analysis) -> dict[str, str]:
    return {
        s.id: Path(s.path or s.url or "").name for s in analysis.corpus.sources
    }


def matching(analysis: Analysis, file: str, text: str) -> set[str]:
    """Ids of statements of ``file`` whose text contains ``text`` (or is part of it)."""
    files = _file_of(analysis)
    return {
        s.id for s in analysis.segmentation.statements
        if files[s.source_id] == file and (text in s.text or s.text in text)
    }


def _label_sets(analysis: Analysis, label: dict[str, Any]) -> list[set[str]]:
    pairs = zip(label["files"], label["sentences"], strict=True)
    return [matching(analysis, file, text) for file, text in pairs]


def _opposed(conflict: Conflict, a: set[str], b: set[str]) -> bool:
    for one, two in combinations(conflict.sides, 2):
        x, y = set(one.statements), set(two.statements)
        if (x & a and y & b) or (x & b and y & a):
            return True
    return False


def _conflicts(analysis: Analysis) -> list[tuple[Claim, Conflict]]:
    return [(c, k) for c in analysis.claims for k in c.conflicts]


def _claim_of(analysis: Analysis) -> dict[str, Claim]:
    return {sid: c for c in analysis.claims for sid in c.statements}


def _together(analysis: Analysis, sets: list[set[str]]) -> Claim | None:
    claim_of = _claim_of(analysis)
    claims = [{claim_of[s].id for s in group} for group in sets]
    common = set.intersection(*claims) if claims else set()
    by_id = {c.id: c for c in analysis.claims}
    return by_id[min(common)] if common else None


def score(analysis: Analysis, gold: dict[str, Any]) -> Score:
    result = Score()
    conflicts = _conflicts(analysis)
    labelled_pairs = []
    for label in gold.get("contradictions", []):
        a, b = _label_sets(analysis, label)
        labelled_pairs.append((a, b))
        result.labelled[label["kind"]] += 1
        if any(_opposed(k, a, b) for _, k in conflicts):
            result.found[label["kind"]] += 1
        else:
            result.missed.append(f"{label['kind']}: {label['values']} {label['files']}")
    for claim, conflict in conflicts:
        result.flagged += 1
        if any(_opposed(conflict, a, b) for a, b in labelled_pairs):
            result.flagged_correct += 1
        else:
            result.false_flags.append(f"{claim.id} {conflict.kind}: {conflict.summary}")
    for label in gold.get("must_not_flag", []):
        a, b = _label_sets(analysis, label)
        if any(_opposed(k, a, b) for _, k in conflicts):
            result.variant_flags.append(label["why"])
    hits = 0
    for label in gold.get("corroborations", []):
        claim = _together(analysis, _label_sets(analysis, label))
        hits += claim is not None and claim.status == CORROBORATED
    result.corroborations = (hits, len(gold.get("corroborations", [])))
    hits = 0
    for label in gold.get("same_origin", []):
        sets = _label_sets(analysis, label)
        claim = _together(analysis, sets)
        sources = {sid.split(":")[0] for group in sets for sid in group}
        hits += claim is not None and any(sources <= set(o) for o in claim.origins)
    result.same_origin = (hits, len(gold.get("same_origin", [])))
    return result


