"""Score an analysis against a labelled gold corpus (label format: tests/gold/README.md).

A label names sentences by a verbatim substring and the file they come from. A statement
matches a label sentence when it comes from a source with that file name and its text
contains the substring (or is contained in it, when the splitter cut the sentence shorter).

- contradiction found: some conflict puts the two labelled statements on different sides,
  or puts one of them against a side with the other labelled value (labels name one
  representative pair; reprints and other sources repeating a value may stand in);
- found conflict correct: it opposes the statements of one labelled contradiction and has
  as many sides as the label has values, or every side's value is one of them (a conflict
  that adds wrong values, or pairs unlabelled statements, counts against precision, under
  the kind the tool gave it);
- update found: some claim's update has the two labelled statements (or one of them and
  the other labelled value) on different sides;
- corroboration found: the labelled statements share one claim whose status is corroborated;
- must-not-flag violated: some conflict puts the two labelled statements on different sides;
- same origin found: the labelled statements share one claim whose origins group their sources.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from comparison.model import CORROBORATED, Claim, Conflict, Side, Update, UpdateSide

from .pipeline import Analysis

Label = dict[str, Any]


@dataclass
class Score:
    labelled: Counter[str] = field(default_factory=Counter)  # contradictions per kind
    found: Counter[str] = field(default_factory=Counter)
    flagged: Counter[str] = field(default_factory=Counter)  # conflicts per kind given
    flagged_correct: Counter[str] = field(default_factory=Counter)
    corroborations: tuple[int, int] = (0, 0)  # (found, labelled)
    same_origin: tuple[int, int] = (0, 0)
    updates: tuple[int, int] = (0, 0)
    missed: list[str] = field(default_factory=list)
    false_flags: list[str] = field(default_factory=list)
    variant_flags: list[str] = field(default_factory=list)

    @property
    def contradiction_recall(self) -> float:
        return sum(self.found.values()) / max(1, sum(self.labelled.values()))

    @property
    def contradiction_precision(self) -> float:
        flagged = sum(self.flagged.values())
        return sum(self.flagged_correct.values()) / flagged if flagged else 1.0

    @property
    def corroboration_recall(self) -> float:
        return self.corroborations[0] / max(1, self.corroborations[1])

    @property
    def update_recall(self) -> float:
        return self.updates[0] / max(1, self.updates[1])

    @property
    def same_origin_recall(self) -> float:
        return self.same_origin[0] / max(1, self.same_origin[1])


def load_gold(path: Path) -> Label:
    data: Label = json.loads(path.read_text(encoding="utf-8"))
    return data


def matching(analysis: Analysis, file: str, text: str) -> set[str]:
    """Ids of statements of ``file`` whose text contains ``text`` (or is part of it)."""
    files = {s.id: Path(s.path or s.url or "").name for s in analysis.corpus.sources}
    return {
        s.id for s in analysis.segmentation.statements
        if files[s.source_id] == file and (text in s.text or s.text in text)
    }


def _label_sets(analysis: Analysis, label: Label) -> list[set[str]]:
    pairs = zip(label["files"], label["sentences"], strict=True)
    return [matching(analysis, file, text) for file, text in pairs]


def _opposed(conflict: Conflict | Update, a: set[str], b: set[str]) -> bool:
    sides: Sequence[Side | UpdateSide] = conflict.sides
    for one, two in combinations(sides, 2):
        x, y = set(one.statements), set(two.statements)
        if (x & a and y & b) or (x & b and y & a):
            return True
    return False


def _represented(conflict: Conflict | Update, label: Label, sets: list[set[str]]) -> bool:
    """One labelled statement on a side, the other labelled value on another side."""
    values = [_plain(v) for v in label["values"]]
    sides: Sequence[Side | UpdateSide] = conflict.sides
    for one, two in combinations(sides, 2):
        for first, second in ((one, two), (two, one)):
            for mine, other in ((0, 1), (1, 0)):
                got = _plain(second.value)
                if set(first.statements) & sets[mine] and values[other] and (
                    values[other] in got or got in values[other]
                ):
                    return True
    return False


def _plain(value: object) -> str:
    return re.sub(r"[^0-9a-z\-]", "", str(value).lower())


def _values_match(conflict: Conflict, label: Label) -> bool:
    """As many sides as labelled values, or every side's value is one of them."""
    wanted = [_plain(v) for v in label["values"]]
    if len(conflict.sides) == len(set(wanted)):
        return True
    return all(
        any(w and (w in _plain(side.value) or _plain(side.value) in w) for w in wanted)
        for side in conflict.sides
    )


def _together(analysis: Analysis, sets: list[set[str]]) -> Claim | None:
    """The claim holding a statement of every set, if there is one."""
    claim_of = {sid: c for c in analysis.claims for sid in c.statements}
    common = set.intersection(*({claim_of[s].id for s in group} for group in sets))
    return next((c for c in analysis.claims if c.id in common), None)


def _score_contradictions(analysis: Analysis, gold: Label, result: Score) -> None:
    conflicts = [(c, k) for c in analysis.claims for k in c.conflicts]
    labels = [(*_label_sets(analysis, lb), lb) for lb in gold.get("contradictions", [])]
    def matches(conflict: Conflict, a: set[str], b: set[str], label: Label) -> bool:
        return _opposed(conflict, a, b) or _represented(conflict, label, [a, b])

    for a, b, label in labels:
        result.labelled[label["kind"]] += 1
        if any(matches(k, a, b, label) for _, k in conflicts):
            result.found[label["kind"]] += 1
        else:
            result.missed.append(f"{label['kind']}: {label['values']} {label['files']}")

    def right(conflict: Conflict) -> bool:
        return any(matches(conflict, a, b, lb) and _values_match(conflict, lb)
                   for a, b, lb in labels)

    for claim, conflict in conflicts:
        result.flagged[conflict.kind] += 1
        if right(conflict):
            result.flagged_correct[conflict.kind] += 1
        else:
            result.false_flags.append(f"{claim.id} {conflict.kind}: {conflict.summary}")
    for label in gold.get("must_not_flag", []):
        a, b = _label_sets(analysis, label)
        if any(_opposed(k, a, b) and not right(k) for _, k in conflicts):
            result.variant_flags.append(label["why"])  # a labelled conflict is no variant


def _corroborated(analysis: Analysis, label: Label) -> bool:
    claim = _together(analysis, _label_sets(analysis, label))
    return claim is not None and claim.status == CORROBORATED


def _updated(analysis: Analysis, label: Label, changes: list[Update]) -> bool:
    a, b = _label_sets(analysis, label)
    return any(_opposed(u, a, b) or _represented(u, label, [a, b]) for u in changes)


def _one_origin(analysis: Analysis, label: Label) -> bool:
    sets = _label_sets(analysis, label)
    claim = _together(analysis, sets)
    sources = {sid.split(":")[0] for group in sets for sid in group}
    return claim is not None and any(sources <= set(o) for o in claim.origins)


def score(analysis: Analysis, gold: Label) -> Score:
    result = Score()
    _score_contradictions(analysis, gold, result)
    corroborations = gold.get("corroborations", [])
    result.corroborations = (
        sum(_corroborated(analysis, lb) for lb in corroborations), len(corroborations)
    )
    changes = [u for claim in analysis.claims for u in claim.updates]
    updates = gold.get("updates", [])
    result.updates = (sum(_updated(analysis, lb, changes) for lb in updates), len(updates))
    origins = gold.get("same_origin", [])
    result.same_origin = (sum(_one_origin(analysis, lb) for lb in origins), len(origins))
    return result


def combine(scores: Iterable[Score]) -> Score:
    """One score over several corpora."""
    total = Score()
    for result in scores:
        for part in ("labelled", "found", "flagged", "flagged_correct"):
            getattr(total, part).update(getattr(result, part))
        total.corroborations = _add(total.corroborations, result.corroborations)
        total.same_origin = _add(total.same_origin, result.same_origin)
        total.updates = _add(total.updates, result.updates)
        total.missed += result.missed
        total.false_flags += result.false_flags
        total.variant_flags += result.variant_flags
    return total


def _add(one: tuple[int, int], two: tuple[int, int]) -> tuple[int, int]:
    return one[0] + two[0], one[1] + two[1]
