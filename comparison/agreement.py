"""Gathering agreements: a statement left alone joins another source's statement that fills
the same slots with the same values.

Embeddings keep apart some restatements whose wording differs ("the pair's first summit was
held in Vladivostok in 2019" / "Kim and Putin had met only once before, in Vladivostok in
April 2019", cosine 0.57), and claims.align needs shared rare words as well. Their facts say
more: both put Vladivostok and 2019 in the previous meeting. A statement alone in its
claim (after the conflicting ones are gathered) joins the claim of a statement of another
source, of the same event, when

- their cosine similarity is at least RELATED_SIMILARITY (0.5, the bound judge.py uses for
  conflicts across claims: statements below it are about other things),
- at least MIN_SHARED (2) facts of the loner fill slots the partner fills alike: shared
  comparison groups (conflicts.GroupKey: same kind family, role and unit) or anchored
  groups whose anchors match (anchors.py); a fact in both counts once, and
- no shared group disagrees or holds a running count that may have changed (such pairs are
  judge.py's to gather as conflicts or updates).

One slot in common is not enough: many statements of a story date the same meeting.
Among several partners the loner takes the one sharing most groups, then the most similar,
then the earliest. Each loner moves at most once, and a loner that took one in does not
move, so nothing chains; claims of several statements never merge.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import numpy.typing as npt

from claims.model import Statement
from comparison.model import Fact

from . import conflicts

MIN_SHARED = 2

Slots = dict[conflicts.GroupKey, conflicts.Entry]


def slots_of(
    statements: Sequence[Statement], facts: Mapping[str, tuple[Fact, ...]]
) -> dict[int, Slots]:
    """Statement index -> its entry in each comparison group it has facts in."""
    found: dict[int, Slots] = {}
    collected = conflicts.collect(range(len(statements)), statements, facts, anchored=True)
    for key, entries in collected.items():
        for entry in entries:
            found.setdefault(entry.index, {})[key] = entry
    return found


def agreeing(a: Slots, b: Slots) -> int:
    """How many facts of ``a`` fill a slot that ``b`` fills alike (a role group, or an
    anchored group whose anchors match), or 0 when any shared slot disagrees. A fact in a
    role group and an anchored group counts once."""
    agreed: set[Fact] = set()
    for key in sorted(a.keys() & b.keys()):
        x, y = a[key], b[key]
        if not conflicts.one_slot(x, y):
            continue
        if conflicts.disagree(key, x, y) or conflicts.may_change(key, x, y):
            return 0
        agreed.update(x.facts)
    return len(agreed)


def _partner(
    loner: int, slots: Mapping[int, Slots], statements: Sequence[Statement],
    similarity: npt.NDArray[np.float32], threshold: float,
) -> int | None:
    """The loner's best agreeing partner (most shared groups, most similar, earliest)."""
    best: tuple[int, float, int] | None = None
    for other in np.flatnonzero(similarity >= threshold).tolist():
        if other not in slots or statements[other].source_id == statements[loner].source_id:
            continue
        shared = agreeing(slots[loner], slots[other])
        rank = (shared, float(similarity[other]), -other)
        if shared >= MIN_SHARED and (best is None or rank > best):
            best = rank
    return None if best is None else -best[2]


def gather_agreements(
    groups: list[list[int]],
    statements: Sequence[Statement],
    facts: Mapping[str, tuple[Fact, ...]],
    embeddings: npt.NDArray[np.float32],
    events: Sequence[int] | None = None,
    threshold: float = 0.5,
) -> list[list[int]]:
    """``groups`` after each loner has joined its agreeing partner's group (module doc)."""
    group_of = {index: number for number, members in enumerate(groups) for index in members}
    slots = slots_of(statements, facts)
    joined = [list(members) for members in groups]
    settled: set[int] = set()
    for loner in sorted(i for i in slots if len(groups[group_of[i]]) == 1):
        if loner in settled:
            continue
        similarity = embeddings @ embeddings[loner]
        if events is not None:
            similarity[np.asarray(events) != events[loner]] = -np.inf
        similarity[sorted(settled)] = -np.inf
        partner = _partner(loner, slots, statements, similarity, threshold)
        if partner is None:
            continue
        joined[group_of[partner]].append(loner)
        joined[group_of[loner]] = []
        settled.update({loner, partner} if len(groups[group_of[partner]]) == 1 else {loner})
    return [sorted(members) for members in joined if members]
