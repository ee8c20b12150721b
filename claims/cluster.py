"""Group statements into claims: average-linkage agglomerative clustering on cosine distance.

Two groups merge while the mean cosine similarity between their members is above
``similarity``. Average linkage is deterministic (no random state) and, unlike single
linkage, does not chain loosely related sentences into one claim.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray
from sklearn.cluster import AgglomerativeClustering

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
) -> tuple[Cluster, ...]:
    """Partition the rows of ``embeddings`` into clusters, ordered by their first member.

    ``events`` (one event number per row, see claims.events) keeps every cluster inside
    one event; without it all rows are clustered together.
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
    groups: dict[tuple[int, int], list[int]] = {}
    for event, rows in by_event.items():
        for row, label in zip(rows, _labels(embeddings[rows], similarity), strict=True):
            groups.setdefault((event, label), []).append(row)
    return tuple(Cluster(tuple(m)) for m in sorted(groups.values(), key=lambda m: m[0]))
