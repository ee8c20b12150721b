import numpy as np
import pytest

from claims import ClusteringError, cluster_statements, group_events, statement_events
from claims.events import key_terms
from claims.model import Statement
from corpus.model import Source


def test_key_terms_are_names_numbers_and_calendar_words() -> None:
    terms = key_terms("On Tuesday a 6.8 quake struck Norcia, killing 79 people in Umbria.")
    assert terms == ["tuesday", "6.8", "norcia", "79", "umbria"]
    assert key_terms("Officials said it may rain.") == []  # a sentence-initial capital, modal "may"


def _vectors(*angles: float) -> np.ndarray:
    rows = [[np.cos(np.radians(a)), np.sin(np.radians(a))] for a in angles]
    return np.asarray(rows, dtype=np.float32)


ITALY = ["A 6.8 quake struck Norcia in Umbria on Tuesday.", "Rescuers in Norcia found 79 dead."]
CHILE = ["A 7.4 quake struck Arica in Chile on Friday.", "Rescuers in Arica found 12 dead."]


def test_two_similar_events_are_kept_apart_by_their_names_and_numbers() -> None:
    texts = [ITALY, ITALY[::-1], CHILE, CHILE[::-1]]
    rows = [[0, 1], [2, 3], [4, 5], [6, 7]]
    same_topic = _vectors(*[0, 5] * 4)  # embeddings alone cannot tell the two quakes apart
    assert group_events(texts, same_topic, rows) == (0, 0, 1, 1)


def test_a_source_alone_joins_its_nearest_event_when_close_enough() -> None:
    follow_up = ["Here is what we know.", "Norcia mourns its 79 dead in Umbria."]
    texts = [ITALY, ITALY, ITALY, follow_up]
    rows = [[0, 1], [2, 3], [4, 5], [6, 7]]
    vectors = _vectors(0, 5, 0, 5, 0, 5, 80, 85)
    assert group_events(texts, vectors, rows) == (0, 0, 0, 0)
    stranger = ["Markets fell sharply in Tokyo.", "The Nikkei lost 3 percent."]
    assert group_events([ITALY, ITALY, stranger], _vectors(0, 5, 0, 5, 90, 95),
                        [[0, 1], [2, 3], [4, 5]]) == (0, 0, 1)


def test_statement_events_follow_their_source_and_zero_means_one_event() -> None:
    sources = [Source(f"s{i}", None, None, None, None, None, None, "") for i in (1, 2)]
    statements = [
        Statement(f"s{i}:{n}", f"s{i}", text, 0, len(text))
        for i, texts in ((1, ITALY), (2, CHILE)) for n, text in enumerate(texts, 1)
    ]
    vectors = _vectors(0, 5, 0, 5)
    assert statement_events(sources, statements, vectors) == (0, 0, 1, 1)
    assert statement_events(sources, statements, vectors, similarity=0.0) == (0, 0, 0, 0)


def test_claims_never_span_two_events() -> None:
    vectors = _vectors(0, 1, 2, 3)
    assert [c.members for c in cluster_statements(vectors)] == [(0, 1, 2, 3)]
    split = cluster_statements(vectors, events=[0, 1, 0, 1])
    assert [c.members for c in split] == [(0, 2), (1, 3)]
    with pytest.raises(ClusteringError, match="3 event numbers for 4 statements"):
        cluster_statements(vectors, events=[0, 0, 1])


def test_copies_vote_once_in_event_grouping() -> None:
    from claims.events import _copy_groups, _reduce

    # sources 0 and 1 are a wire story and its reprint; 2 and 3 report the same story
    mixed = np.array([
        [1.0, 0.8, 0.28, 0.2],
        [0.8, 1.0, 0.18, 0.16],
        [0.28, 0.18, 1.0, 0.3],
        [0.2, 0.16, 0.3, 1.0],
    ])
    assert _copy_groups(mixed) == [[0, 1], [2], [3]]
    reduced = _reduce(mixed, _copy_groups(mixed))
    assert reduced[0, 1] == np.mean([0.28, 0.18])
    assert reduced[1, 2] == 0.3


def test_a_local_angle_joins_the_event_whose_statements_it_restates() -> None:
    wire = ["A fire broke out near Mariposa.", "It burned 12,400 acres.",
            "The governor declared an emergency.", "One firefighter was hurt."]
    local = ["Pruitt told residents to go now.", "Mr Halvorsen left with his dogs.",
             "Officials declared an emergency on Monday.", "A firefighter suffered burns.",
             "The blaze burned 12,400 acres."]
    texts = [wire, wire, local]
    rows = [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11, 12]]
    story = [0, 20, 40, 60]
    # the local lead points elsewhere (200 and 230 degrees); three statements restate the wire's
    vectors = _vectors(*story, *[a + 30 for a in story], 200, 230, 42, 58, 22)
    assert group_events(texts, vectors, rows) == (0, 0, 0)
    one_restated = _vectors(*story, *[a + 30 for a in story], 200, 230, 42, 170, 260)
    assert group_events(texts, one_restated, rows) == (0, 0, 1)


def test_a_source_alone_in_its_event_joins_on_two_looser_restatements() -> None:
    wire = ["A fire broke out near Mariposa.", "It burned 12,400 acres.",
            "The governor declared an emergency.", "One firefighter was hurt."]
    local = ["Pruitt told residents to go now.", "Mr Halvorsen left with his dogs.",
             "Officials declared an emergency.", "A firefighter suffered burns.",
             "Schools closed."]
    texts = [wire, wire, local]
    rows = [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11, 12]]
    story = [0, 20, 40, 60]
    # two local statements sit 44-45 degrees from the wire's last one (cosine ~0.71)
    two_loose = _vectors(*story, *[a + 30 for a in story], 200, 230, 135, 134, 260)
    assert group_events(texts, two_loose, rows) == (0, 0, 0)
    one_loose = _vectors(*story, *[a + 30 for a in story], 200, 230, 135, 170, 260)
    assert group_events(texts, one_loose, rows) == (0, 0, 1)


def test_key_terms_fold_accents_and_possessives() -> None:
    assert key_terms("Voters in Split's old town backed Kovačević.") == ["split", "kovacevic"]
    assert key_terms("Kovacevic won in Split.") == ["split"]  # a sentence-initial capital
