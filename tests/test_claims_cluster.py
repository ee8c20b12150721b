import numpy as np
import pytest

from claims import ClusteringError, cluster_statements


def _unit(rows: list[list[float]]) -> np.ndarray:
    matrix = np.asarray(rows, dtype=np.float32)
    return matrix / np.linalg.norm(matrix, axis=1, keepdims=True)


def test_close_vectors_share_a_cluster_and_clusters_follow_first_member() -> None:
    vectors = _unit([[0, 1, 0], [1, 0, 0], [0.05, 1, 0], [1, 0.05, 0], [0, 0, 1]])
    clusters = cluster_statements(vectors, similarity=0.9)
    assert [c.members for c in clusters] == [(0, 2), (1, 3), (4,)]


def test_threshold_decides_whether_moderately_similar_vectors_merge() -> None:
    vectors = _unit([[1, 0], [1, 1]])  # cosine similarity 0.707
    assert len(cluster_statements(vectors, similarity=0.6)) == 1
    assert len(cluster_statements(vectors, similarity=0.8)) == 2


def test_clusters_partition_all_rows() -> None:
    rng = np.random.default_rng(0)
    vectors = _unit(rng.normal(size=(40, 8)).tolist())
    members = [m for c in cluster_statements(vectors, similarity=0.3) for m in c.members]
    assert sorted(members) == list(range(40))


def test_edge_sizes_and_bad_threshold() -> None:
    assert cluster_statements(np.zeros((0, 3), dtype=np.float32)) == ()
    assert [c.members for c in cluster_statements(_unit([[1, 0]]))] == [(0,)]
    with pytest.raises(ClusteringError, match=r"try 0\.6"):
        cluster_statements(_unit([[1, 0]]), similarity=1.5)


def test_a_lone_statement_joins_its_closest_paraphrase_from_another_source() -> None:
    # rows 0-2 form a claim; row 3 is close to row 2 only (mean similarity below 0.9)
    vectors = _unit([[1, 0, 0], [0.97, 0.25, 0], [0.9, 0.44, 0], [0.75, 0.66, 0]])
    alone = cluster_statements(vectors, similarity=0.9)
    assert [c.members for c in alone] == [(0, 1, 2), (3,)]
    joined = cluster_statements(vectors, similarity=0.9, sources=["a", "b", "c", "d"], attach=0.9)
    assert [c.members for c in joined] == [(0, 1, 2, 3)]
    same_source = cluster_statements(
        vectors, similarity=0.9, sources=["a", "b", "d", "d"], attach=0.9
    )
    assert [c.members for c in same_source] == [(0, 1, 2), (3,)]
