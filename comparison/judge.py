"""Judging claims: pull statements that contradict each other into one claim, find conflicts, count
independent origins, decide each claim's status.

1. The clusters must partition the statements: an index out of range or in two clusters
   raises ClusterError; a statement in no cluster becomes a claim of its own.
2. Cross-cluster conflicts. Embeddings put paraphrases together, but "will meet this
   Tuesday" and "the Wednesday summit" may land in two clusters. For every comparison group
   (conflicts.GroupKey: same kind family, role and unit) the statements having facts in it
   are compared pairwise across clusters, when they come from different sources and their
   cosine similarity is at least ``related_similarity`` (default RELATED_SIMILARITY = 0.5:
   with all-MiniLM-L6-v2, the seed statements that date the same meeting or departure
   differently have cosines 0.58-0.68, most statements about other things 0.1-0.46; two
   different departures reach 0.55, which the role and leg rules keep apart). People, and
   the toll of the dead or injured (counts of people of role kill or injure: "leaving one
   man dead" / "bringing the number of people killed in the collapse to two", cosine 0.31),
   and the time of day of its incident (INCIDENTS: a blast, a fire, a collapse...) are
   compared down to PERSON_SIMILARITY (0.2): an event has one toll and one blast, and the
   holder of an office ("Kessler chief executive Katrin Albers said..." / "Kessler chief
   executive Katrin Vollmer told analysts...", cosine 0.48; a health office's head quoted on
   the outbreak and on the case count, 0.25) is one slot of the story, whatever else the two
   statements say. Pairs inside one cluster are compared whatever their similarity.
   The two statements of each conflicting pair leave their clusters,
   each taking along the cluster-mates that have facts in the same group (its
   paraphrases), and form one focused claim: the claim about that fact, holding both
   sides. Running counts that differ (a toll that rises) are gathered the same way, so
   that their update can be seen. Pairs that share a statement share a claim. Whole
   clusters are never merged, so a contradicted claim stays about one fact instead of
   growing into a topic. The
   work is bounded: only statements sharing a group are paired, similarities come from
   one matrix product per group (in blocks of BLOCK rows), and compatibility is decided
   once per pair of distinct fact signatures.
   Two statements of different clusters and sources of one event where one explicitly
   denies what the other asserts ("denied that there had been a second explosion";
   negation.denial_pairs: a denial word, not a bare "not") form one claim too, when their
   cosine is at least NEGATION_SIMILARITY (0.4: the matched proposition is itself strong
   evidence; "a second, smaller explosion shook the site" / "officers denied that there
   had been a second explosion, saying..." score 0.46).
3. Agreements (agreement.py): a statement still alone joins another source's statement of
   the same event that fills two comparison groups with agreeing values.
4. Each claim: its conflicts and updates (conflicts.py: a figure that changed between an
   earlier and a later publication, given ``published``, is an update, not a conflict),
   its negation conflicts (negation.py: one source asserts what another denies),
   its origins (independence.py; reprints found once over the corpus by
   independence.copied_sources are one origin in every claim), its status:
   contradicted with at least one conflict, else updated with at least one update, else
   corroborated with two or more independent origins, else single-source. Its text is
   its medoid statement (the one with the highest summed cosine similarity to the
   others; ties go to the earliest).
   Claims are numbered c1, c2... in the order of their first statement.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

import numpy as np
import numpy.typing as npt
from scipy.cluster.hierarchy import DisjointSet

from claims.model import Cluster, Statement
from comparison.model import (
    CONTRADICTED,
    CORROBORATED,
    SINGLE_SOURCE,
    UPDATED,
    Claim,
    Conflict,
    Fact,
    Update,
)

from . import agreement, conflicts, independence, negation
from .errors import ClusterError, EmbeddingShapeError
from .text import natural_key

RELATED_SIMILARITY = 0.5
PERSON_SIMILARITY = 0.2
NEGATION_SIMILARITY = 0.4
BLOCK = 2048

Matrix = npt.NDArray[np.float32]


def _check_embeddings(embeddings: Matrix, count: int) -> None:
    if embeddings.ndim != 2 or embeddings.shape[0] != count:
        raise EmbeddingShapeError(
            f"embeddings of shape {embeddings.shape} for {count} statements: "
            "pass one row per statement, in statement order"
        )


def partition(clusters: Sequence[Cluster], count: int) -> list[list[int]]:
    """Sorted member lists; statements in no cluster become singletons."""
    seen: set[int] = set()
    groups: list[list[int]] = []
    for cluster in clusters:
        for index in cluster.members:
            if not 0 <= index < count:
                raise ClusterError(
                    f"cluster member {index} is not a statement index (0-{count - 1})"
                )
            if index in seen:
                raise ClusterError(f"statement index {index} is in two clusters")
            seen.add(index)
        if cluster.members:
            groups.append(sorted(cluster.members))
    groups.extend([i] for i in range(count) if i not in seen)
    return groups


def _incompatible(
    key: conflicts.GroupKey, entries: Sequence[conflicts.Entry]
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.bool_]]:
    """Signature number of each entry, and which pairs of signatures disagree (or give a
    running count that may have been updated: conflicts.may_change)."""
    numbering: dict[tuple[tuple[str, str, str], ...], int] = {}
    representatives: list[conflicts.Entry] = []
    codes = []
    for entry in entries:
        sig = conflicts.signature(entry)
        if sig not in numbering:
            numbering[sig] = len(representatives)
            representatives.append(entry)
        codes.append(numbering[sig])
    size = len(representatives)
    bad = np.zeros((size, size), dtype=bool)
    for i in range(size):
        for j in range(i + 1, size):
            a, b = representatives[i], representatives[j]
            bad[i, j] = bad[j, i] = conflicts.disagree(key, a, b) or conflicts.may_change(key, a, b)
    return np.asarray(codes, dtype=np.intp), bad


def _conflicting_pairs(
    key: conflicts.GroupKey,
    entries: Sequence[conflicts.Entry],
    cluster_of: npt.NDArray[np.intp],
    embeddings: Matrix,
    threshold: float,
    event_of: npt.NDArray[np.intp],
) -> list[tuple[int, int]]:
    codes, bad = _incompatible(key, entries)
    if not bad.any():
        return []
    rows = np.asarray([e.index for e in entries], dtype=np.intp)
    source_names = sorted({e.source for e in entries})
    sources = np.asarray([source_names.index(e.source) for e in entries], dtype=np.intp)
    vectors = embeddings[rows].astype(np.float32)
    clusters = cluster_of[rows]
    events = event_of[rows]
    pairs: list[tuple[int, int]] = []
    for top in range(0, len(entries), BLOCK):
        block = slice(top, top + BLOCK)
        mask = (vectors[block] @ vectors.T) >= threshold
        mask |= clusters[block, None] == clusters[None, :]
        mask &= bad[codes[block]][:, codes]
        mask &= sources[block, None] != sources[None, :]
        mask &= events[block, None] == events[None, :]
        for i, j in zip(*np.nonzero(mask), strict=True):
            pairs.append((int(rows[top + i]), int(rows[j])))
    return pairs


def _pull(
    pairs: Sequence[tuple[int, int]], entries: Sequence[conflicts.Entry],
    cluster_of: npt.NDArray[np.intp], merger: DisjointSet,
) -> set[int]:
    """Join each conflicting statement with its cluster-mates that have facts in this group."""
    by_cluster: dict[int, list[int]] = {}
    for entry in entries:
        by_cluster.setdefault(int(cluster_of[entry.index]), []).append(entry.index)
    pulled: set[int] = set()
    for a, b in pairs:
        merger.merge(a, b)
        for end in (a, b):
            for mate in by_cluster[int(cluster_of[end])]:
                merger.merge(end, mate)
                pulled.add(mate)
    return pulled


def split_conflicts(
    groups: list[list[int]],
    statements: Sequence[Statement],
    facts: Mapping[str, tuple[Fact, ...]],
    embeddings: Matrix,
    threshold: float = RELATED_SIMILARITY,
    events: Sequence[int] | None = None,
    collected: agreement.Collected | None = None,
) -> list[list[int]]:
    """``groups`` less the statements that conflict across clusters, plus one group per
    connected set of those statements (see the module doc); only statements of one event
    (``events``, by statement) are paired. ``collected``: the statements' comparison and
    anchored groups (conflicts.collect), when the caller has them."""
    cluster_of = np.zeros(len(statements), dtype=np.intp)
    for number, members in enumerate(groups):
        cluster_of[members] = number
    event_of = np.asarray(events if events is not None else [0] * len(statements), dtype=np.intp)
    merger = DisjointSet(range(len(statements)))
    pulled: set[int] = set()
    if collected is None:
        collected = conflicts.collect(range(len(statements)), statements, facts, anchored=True)
    for key in sorted(collected):
        entries = collected[key]
        if len({e.source for e in entries}) < 2:
            continue
        bound = min(threshold, PERSON_SIMILARITY) if _one_per_event(key) else threshold
        pairs = _conflicting_pairs(key, entries, cluster_of, embeddings, bound, event_of)
        pulled |= _pull(pairs, entries, cluster_of, merger)
    for a, b in _denied_pairs(statements, embeddings, cluster_of, event_of):
        merger.merge(a, b)
        pulled |= {a, b}
    focused: dict[int, list[int]] = {}
    for index in sorted(pulled):
        focused.setdefault(merger[index], []).append(index)
    rest = [[m for m in members if m not in pulled] for members in groups]
    return [members for members in rest if members] + list(focused.values())


TOLLS = frozenset({"kill", "injure"})
INCIDENTS = frozenset({
    "explosion", "fire", "crash", "collision", "collapse", "quake", "eruption", "grounding",
    "sinking", "landslide", "avalanche", "stranding",
})


def _one_per_event(key: conflicts.GroupKey) -> bool:
    """Slots an event has one of, whatever the statements' wording: the holder of an
    office, the toll of the dead or injured, the time of day of its incident (the blast,
    the collapse: "the blast happened at 6:42 a.m." / "the explosion shook the
    neighbourhood at 7:20 a.m.", cosine 0.40)."""
    toll = key.family == "number" and key.role in TOLLS and key.unit == "person"
    incident = key.family == "time" and key.role in INCIDENTS
    return key.family == "person" or toll or incident


def _denied_pairs(
    statements: Sequence[Statement], embeddings: Matrix, cluster_of: npt.NDArray[np.intp],
    event_of: npt.NDArray[np.intp],
) -> list[tuple[int, int]]:
    """Statements of two clusters of one event where one explicitly denies what the other
    asserts, with cosine similarity >= NEGATION_SIMILARITY."""

    def allowed(a: int, b: int) -> bool:
        if cluster_of[a] == cluster_of[b] or event_of[a] != event_of[b]:
            return False
        return float(embeddings[a] @ embeddings[b]) >= NEGATION_SIMILARITY

    return negation.denial_pairs(statements, allowed)


def medoid(members: Sequence[int], embeddings: Matrix) -> int:
    """The member with the highest summed similarity to the others (ties: the earliest)."""
    vectors = embeddings[list(members)].astype(np.float64)
    scores = vectors @ vectors.sum(axis=0)
    return members[int(np.argmax(scores))]


def status_of(
    found: Sequence[Conflict], independent_sources: int, updates: Sequence[Update] = ()
) -> str:
    if found:
        return CONTRADICTED
    if updates:
        return UPDATED
    return CORROBORATED if independent_sources >= 2 else SINGLE_SOURCE


def _claim(
    number: int,
    members: Sequence[int],
    statements: Sequence[Statement],
    facts: Mapping[str, tuple[Fact, ...]],
    embeddings: Matrix,
    copy_ratio: float,
    published: Mapping[str, date | None] | None = None,
    linked: Sequence[tuple[str, str]] = (),
) -> Claim:
    chosen = [statements[i] for i in members]
    found, updates = conflicts.find_changes(members, statements, facts, published)
    found += negation.find_negations(chosen)  # one source asserts what another denies
    origins = independence.origins(chosen, copy_ratio, linked)
    sources = tuple(sorted({s.source_id for s in chosen}, key=natural_key))
    return Claim(
        id=f"c{number}",
        status=status_of(found, len(origins), updates),
        text=statements[medoid(members, embeddings)].text,
        statements=tuple(s.id for s in chosen),
        sources=sources,
        independent_sources=len(origins),
        origins=origins,
        conflicts=found,
        updates=updates,
    )


def judge_claims(
    clusters: Sequence[Cluster],
    statements: Sequence[Statement],
    facts: Mapping[str, tuple[Fact, ...]],
    embeddings: Matrix,
    *,
    copy_ratio: float = 90.0,
    related_similarity: float = RELATED_SIMILARITY,
    published: Mapping[str, date | None] | None = None,
    events: Sequence[int] | None = None,
) -> tuple[Claim, ...]:
    """One Claim per cluster or focused conflict group, in corpus order; see the module doc.
    ``published`` maps statement ids or source ids to publication dates: without it no
    figure is an update (every disagreement is a conflict)."""
    _check_embeddings(embeddings, len(statements))
    groups = partition(clusters, len(statements))
    collected = conflicts.collect(range(len(statements)), statements, facts, anchored=True)
    groups = split_conflicts(
        groups, statements, facts, embeddings, related_similarity, events, collected
    )
    linked = independence.copied_sources(statements, embeddings, copy_ratio)
    groups = agreement.gather_agreements(
        groups, statements, facts, embeddings, events, related_similarity, linked, collected
    )
    ordered = sorted(groups, key=lambda members: members[0])
    return tuple(
        _claim(number, members, statements, facts, embeddings, copy_ratio, published, linked)
        for number, members in enumerate(ordered, start=1)
    )
