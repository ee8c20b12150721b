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

One slot in common is not enough: many statements of a story date the same meeting. One
precise figure is (a count of 20 or more, not a multiple of ten, stated exactly, whatever
it counts: "312 services being cancelled" / "312 trains were axed or cut short"), down to
a cosine of FIGURE_SIMILARITY (0.4, the alignment bound of claims.align), when no shared
slot disagrees. Measured in the fifth session: +1 corroboration on the fifteenth batch
(read), nothing on the 46 development sets or BASIL.
A loner may also be a lone group: a claim whose statements all share one origin (a wire
story and its reprints, given as ``linked`` source pairs: it corroborates nothing yet).
Among several partners of another origin (of any member) the group takes the one sharing
most facts, then the most similar, then the earliest. Each lone group moves at most once,
and a lone group that took one in does not move, so nothing chains; claims of several
origins never merge.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import numpy as np
import numpy.typing as npt

from claims.model import Statement
from comparison.model import Fact

from . import conflicts, independence, numbers

MIN_SHARED = 2

Slots = dict[conflicts.GroupKey, conflicts.Entry]


Collected = Mapping[conflicts.GroupKey, Sequence[conflicts.Entry]]


def slots_of(
    statements: Sequence[Statement], facts: Mapping[str, tuple[Fact, ...]],
    collected: Collected | None = None,
) -> dict[int, Slots]:
    """Statement index -> its entry in each comparison and anchored group it has facts in
    (``collected``, else collected here)."""
    found: dict[int, Slots] = {}
    if collected is None:
        collected = conflicts.collect(range(len(statements)), statements, facts, anchored=True)
    for key, entries in collected.items():
        for entry in entries:
            found.setdefault(entry.index, {})[key] = entry
    return found


def agreeing(a: Slots, b: Slots) -> int:
    """How many facts of ``a`` fill a slot that ``b`` fills alike (a role group, or an
    anchored group whose anchors match), or DISAGREE when any shared slot disagrees. A
    fact in a role group and an anchored group counts once."""
    agreed: set[Fact] = set()
    for key in sorted(a.keys() & b.keys()):
        x, y = a[key], b[key]
        if not conflicts.one_slot(x, y):
            continue
        if conflicts.disagree(key, x, y) or conflicts.may_change(key, x, y):
            return DISAGREE
        agreed.update(x.facts)
    return len(agreed)


DISAGREE = -1


Rank = tuple[int, float, int]


Excluded = Callable[[int], bool]


def _partner(
    loner: int, slots: Mapping[int, Slots], excluded: Excluded,
    similarity: npt.NDArray[np.float32], threshold: float,
) -> Rank | None:
    """The loner's best agreeing partner as (shared facts, similarity, -index): most shared,
    most similar, earliest; ``excluded`` statements are no partners."""
    best: Rank | None = None
    for other in np.flatnonzero(similarity >= FIGURE_SIMILARITY).tolist():
        if other not in slots or excluded(other):
            continue
        shared = agreeing(slots[loner], slots[other])
        if similarity[other] < threshold or shared < MIN_SHARED:
            shared = MIN_SHARED if _one_figure(slots[loner], slots[other], shared) else 0
        rank = (shared, float(similarity[other]), -other)
        if shared >= MIN_SHARED and (best is None or rank > best):
            best = rank
    return best


FIGURE_SIMILARITY = 0.4


def _one_figure(a: Slots, b: Slots, shared: int) -> bool:
    """Whether two statements that disagree on nothing give one precise figure (not round:
    "312 services being cancelled" / "312 trains were axed"), whatever they count."""
    if shared < 0:
        return False
    return bool(_precise(a) & _precise(b))


def _precise(slots: Slots) -> set[float]:
    found = set()
    for entry in slots.values():
        for fact in entry.facts:
            if fact.kind != numbers.NUMBER:
                continue
            qualifier, value, ordinal, _ = numbers.split_value(fact.value)
            if not qualifier and not ordinal and value >= 20 and value % 10:
                found.add(value)
    return found


def gather_agreements(
    groups: list[list[int]],
    statements: Sequence[Statement],
    facts: Mapping[str, tuple[Fact, ...]],
    embeddings: npt.NDArray[np.float32],
    events: Sequence[int] | None = None,
    threshold: float = 0.5,
    linked: Sequence[tuple[str, str]] = (),
    collected: Collected | None = None,
) -> list[list[int]]:
    """``groups`` after each lone group (its statements all of one origin: one statement,
    or a wire story and its reprints, ``linked``) has joined the group of its best agreeing
    partner of another origin (module doc). ``collected``: the statements' comparison and
    anchored groups, when the caller has them (conflicts.collect)."""
    components = independence.linked_sources({s.source_id for s in statements}, linked)
    origin = [components[s.source_id] for s in statements]
    event_of = np.asarray(events) if events is not None else None
    group_of = {index: number for number, members in enumerate(groups) for index in members}
    slots = slots_of(statements, facts, collected)
    joined = [list(members) for members in groups]
    settled: set[int] = set()  # group numbers that moved or took a group in
    for number, members in enumerate(groups):
        origins = {origin[i] for i in members}
        if number in settled or len(origins) != 1 or not set(members) & slots.keys():
            continue

        def excluded(i: int, origins: set[str] = origins) -> bool:
            return origin[i] in origins or group_of[i] in settled

        best = _best(members, slots, excluded, embeddings, event_of, threshold)
        if best is None:
            continue
        target = group_of[-best[2]]
        joined[target].extend(joined[number])
        joined[number] = []
        settled.add(number)
        if len({origin[i] for i in groups[target]}) == 1:
            settled.add(target)
    return [sorted(members) for members in joined if members]


def _best(
    members: Sequence[int], slots: Mapping[int, Slots], excluded: Excluded,
    embeddings: npt.NDArray[np.float32], event_of: npt.NDArray[np.int_] | None,
    threshold: float,
) -> Rank | None:
    """The best partner of any member of a lone group (``_partner``)."""
    best: Rank | None = None
    for member in members:
        if member not in slots:
            continue
        similarity = embeddings @ embeddings[member]
        if event_of is not None:
            similarity[event_of != event_of[member]] = -np.inf
        rank = _partner(member, slots, excluded, similarity, threshold)
        if rank is not None and (best is None or rank > best):
            best = rank
    return best
