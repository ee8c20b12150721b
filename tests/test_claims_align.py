"""Aligning lone statements across sources (claims/align.py)."""

from __future__ import annotations

import math

import numpy as np

from claims import cluster_statements
from claims.align import align_loners, lexical_similarity, mutual_pairs

TRIP = "It is the leader's first trip abroad since the pandemic began."
TRIP_AGAIN = "He has not travelled outside the country since the pandemic, until this trip."
TOPIC = "Officials from both governments met again on Thursday."
OTHER = "The talks covered trade and energy, officials said again."


def _vectors(*degrees: float) -> np.ndarray:
    radians = [math.radians(d) for d in degrees]
    return np.array([[math.cos(r), math.sin(r)] for r in radians], dtype=np.float32)


def _cosine_gap(cosine: float) -> float:
    return math.degrees(math.acos(cosine))


def test_mutual_nearest_neighbours_only() -> None:
    # source 1: rows 0, 1; source 2: rows 2, 3. Row 2 is nearest to both 0 and 1,
    # and 0 is nearest to it: only (0, 2) is mutual; row 3 is below the threshold.
    vectors = _vectors(0, 30, 5, 120)
    pairs = mutual_pairs(vectors, [0, 1], [2, 3], similarity=0.5)
    assert [(a, b) for _, a, b in pairs] == [(0, 2)]
    assert mutual_pairs(vectors, [0, 1], [2, 3], similarity=0.9999) == []


def test_lexical_similarity_weighs_rare_shared_words() -> None:
    texts = [TRIP, TRIP_AGAIN, TOPIC, OTHER]
    shared_rare, stop_words_only = lexical_similarity(texts, [(0, 1), (0, 2)])
    assert shared_rare > 0.1
    assert stop_words_only == 0.0
    assert lexical_similarity(["the", "a"], [(0, 1)]) == [0.0]  # nothing but stop words


def test_loners_that_restate_each_other_pair_up() -> None:
    texts = [TRIP, TRIP_AGAIN]
    vectors = _vectors(0, _cosine_gap(0.56))
    assert align_loners([0, 1], vectors, texts, None, ["a", "b"]) == [1, 1]
    # the same vectors without shared rare words: topic neighbours, not restatements
    assert align_loners([0, 1], vectors, [TRIP, TOPIC], None, ["a", "b"]) == [0, 1]
    # below the similarity, in one source, or in two events: apart
    far = _vectors(0, _cosine_gap(0.35))
    assert align_loners([0, 1], far, texts, None, ["a", "b"]) == [0, 1]
    assert align_loners([0, 1], vectors, texts, None, ["a", "a"]) == [0, 1]
    assert align_loners([0, 1], vectors, texts, [0, 1], ["a", "b"]) == [0, 1]


def test_a_loner_joins_a_claim_but_claims_never_merge_and_nothing_chains() -> None:
    texts = [TRIP, TOPIC, TRIP_AGAIN, OTHER, TOPIC]
    vectors = _vectors(0, 2, 30, 40, 42)
    # rows 0+1 and 3+4 are claims (labels 7 and 9); loner 2 (source c) restates row 0,
    # and is closer to rows 3 and 4, which share no rare word with it
    label = [7, 7, 5, 9, 9]
    joined = align_loners(label, vectors, texts, None, ["a", "b", "c", "d", "e"])
    assert joined[:2] == [7, 7] and joined[3:] == [9, 9]
    assert joined[2] == 7
    # three loners restating one another: the strongest pair joins, the third stays
    three = align_loners([0, 1, 2], _vectors(0, 20, 45), [TRIP, TRIP_AGAIN, TRIP_AGAIN],
                         None, ["a", "b", "c"])
    assert three[0] == three[1] != three[2]


def test_copies_move_together_as_one_loner_would() -> None:
    # rows 0 and 1 are a wire copy in two sources (cosine 1): one unit; row 2 restates them
    # in a third source and is in a claim with row 3 of a fourth source
    again = "Until this trip he had not left the country since the pandemic."
    texts = [TRIP, TRIP, TRIP_AGAIN, again]
    vectors = _vectors(0, 0, _cosine_gap(0.56), _cosine_gap(0.56) + 3)
    joined = align_loners([4, 4, 6, 6], vectors, texts, None, ["a", "b", "c", "d"])
    assert joined == [6, 6, 6, 6]
    # two sources that merely share a claim are no unit: claims never merge
    reworded = [TRIP, "His first journey abroad since the pandemic, officials said.",
                TRIP_AGAIN, again]
    kept = align_loners([4, 4, 6, 6], vectors, reworded, None, ["a", "b", "c", "d"])
    assert kept == [4, 4, 6, 6]


def test_cluster_statements_runs_the_alignment_step() -> None:
    vectors = _vectors(0, _cosine_gap(0.56))
    plain = cluster_statements(vectors, similarity=0.6, sources=["a", "b"], attach=0.6)
    assert len(plain) == 2
    aligned = cluster_statements(vectors, similarity=0.6, sources=["a", "b"], attach=0.6,
                                 align=0.5, texts=[TRIP, TRIP_AGAIN])
    assert [c.members for c in aligned] == [(0, 1)]
