"""Group statements into claims: average-linkage agglomerative clustering on cosine distance.

Two groups merge while the mean cosine similarity between their members is above
``similarity``. Average linkage is deterministic (no random state) and, unlike single
linkage, does not chain loosely related sentences into one claim.

A statement left alone by average linkage may still restate another source's sentence in
other words ("a fifth less power" / "20% less power") while its mean similarity to that
sentence's whole claim stays under the threshold. With ``attach`` set, such a loner joins
the claim of its most similar statement from another source of the same event when that
single similarity reaches ``attach`` (one step of single linkage, from the clusters as
they were, so nothing chains). Only lone statements move: a cluster of several
statements is a claim already, and moving it at ``attach`` similarity builds topics.
The pipeline uses the claim threshold itself as ``attach``: a loner joins a claim when
its closest paraphrase alone is as similar as a claim's members are on average. (On the
seeds, attaching at 0.5 or 0.55 grew claims into topics of 12-13 statements.)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray
from sklearn.cluster import AgglomerativeClustering

from .align import align_loners
from .model import Cluster


class ClusteringError(ValueError):
    """The clustering settings or input are invalid."""


def _labels(embeddings: NDArray[np.float32], similarity: float) -> list[int]:
    if embeddings.shape[0] < 2:
        return [0] * embeddings.shape[0]
    model = AgglomerativeClustering(
        n_clusters=None, metric="cosine", linkage="average",
        distance_threshold=1.0 - similarity,
    )
    return [int(label) for label in model.fit_predict(embeddings).tolist()]


def cluster_statements(
    embeddings: NDArray[np.float32],
    *,
    similarity: float = 0.6,
    events: Sequence[int] | None = None,
    sources: Sequence[str] | None = None,
    attach: float | None = None,
    align: float | None = None,
    texts: Sequence[str] | None = None,
) -> tuple[Cluster, ...]:
    """Partition the rows of ``embeddings`` into clusters, ordered by their first member.

    ``events`` (one event number per row, see claims.events) keeps every cluster inside
    one event; without it all rows are clustered together. ``sources`` (the source id of
    each row) and ``attach`` enable the loner step of the module doc; with ``texts`` too,
    ``align`` enables the alignment step of claims.align.
    """
    if not 0.0 < similarity <= 1.0:
        raise ClusteringError(
            f"cluster similarity must be in (0, 1], got {similarity}; try 0.6"
        )
    count = embeddings.shape[0]
    if events is not None and len(events) != count:
        raise ClusteringError(f"{len(events)} event numbers for {count} statements")
    by_event: dict[int, list[int]] = {}
    for row, event in enumerate(events if events is not None else [0] * count):
        by_event.setdefault(event, []).append(row)
    label = [0] * count
    for event, rows in by_event.items():
        for row, number in zip(rows, _labels(embeddings[rows], similarity), strict=True):
            label[row] = number * count + event  # unique across events
    if attach is not None and sources is not None:
        label = _attach_loners(label, embeddings, events, sources, attach)
    if align is not None and sources is not None and texts is not None:
        label = align_loners(label, embeddings, texts, events, sources, align)
    groups: dict[int, list[int]] = {}
    for row, number in enumerate(label):
        groups.setdefault(number, []).append(row)
    return tuple(Cluster(tuple(m)) for m in sorted(groups.values(), key=lambda m: m[0]))


def _attach_loners(
    label: list[int], embeddings: NDArray[np.float32], events: Sequence[int] | None,
    sources: Sequence[str], attach: float,
) -> list[int]:
    """Each statement alone in its cluster joins its nearest other-source statement's
    cluster (same event) when their cosine similarity reaches ``attach``."""
    sizes = Counter(label)
    event = np.asarray(events if events is not None else [0] * len(label))
    origin = np.asarray(sources)
    joined = list(label)
    for row in (r for r, number in enumerate(label) if sizes[number] == 1):
        scores = embeddings @ embeddings[row]
        scores[(event != event[row]) | (origin == origin[row])] = -np.inf
        nearest = int(np.argmax(scores))
        if scores[nearest] >= attach:
            joined[row] = label[nearest]
    return joined

