"""Group statements into claims: average-linkage agglomerative clustering on cosine distance.

Two groups merge while the mean cosine similarity between their members is above
``similarity``. Average linkage is deterministic (no random state) and, unlike single
linkage, does not chain loosely related sentences into one claim.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray
from sklearn.cluster import AgglomerativeClustering

from .model import Cluster


class ClusteringError(ValueError):
    """The clustering settings or input are invalid."""


def cluster_statements(
    embeddings: NDArray[np.float32], *, similarity: float = 0.6
) -> tuple[Cluster, ...]:
    """Partition the rows of ``embeddings`` into clusters, ordered by their first member."""
    if not 0.0 < similarity <= 1.0:
        raise ClusteringError(
            f"cluster similarity must be in (0, 1], got {similarity}; try 0.6"
        )
    count = embeddings.shape[0]
    if count == 0:
        return ()
    if count == 1:
        return (Cluster((0,)),)
    model = AgglomerativeClustering(
        n_clusters=None, metric="cosine", linkage="average",
        distance_threshold=1.0 - similarity,
    )
    labels = model.fit_predict(embeddings)
    groups: dict[int, list[int]] = {}
    for index, label in enumerate(labels.tolist()):
        groups.setdefault(label, []).append(index)
    return tuple(Cluster(tuple(m)) for m in sorted(groups.values(), key=lambda m: m[0]))
