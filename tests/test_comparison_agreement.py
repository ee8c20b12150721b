"""Gathering agreements (comparison/agreement.py): a loner joins another source's statement
that fills the same slots with the same values."""

from __future__ import annotations

import math

import numpy as np

from claims.model import Statement
from comparison import extract_all_facts
from comparison.agreement import DISAGREE, MIN_SHARED, agreeing, gather_agreements, slots_of

BUILD_80 = ("s1", "The plant in Busan will build 400 buses for 80 million dollars.")
BUILD_80_AGAIN = ("s2", "A factory in Busan is to build 400 buses for $80 million in all.")
BUILD_95 = ("s3", "The plant in Busan will build 400 buses for 95 million dollars.")
OPENING = ("s4", "The mayor said the plant would open next spring after a long delay.")


def _statements(*rows: tuple[str, str]) -> list[Statement]:
    return [Statement(f"{source}:{n}", source, text, 0, len(text))
            for n, (source, text) in enumerate(rows, start=1)]


def _vectors(*degrees: float) -> np.ndarray:
    radians = [math.radians(d) for d in degrees]
    return np.array([[math.cos(r), math.sin(r)] for r in radians], dtype=np.float32)


def _gather(rows: list[tuple[str, str]], groups: list[list[int]], vectors: np.ndarray,
            events: list[int] | None = None,
            linked: tuple[tuple[str, str], ...] = ()) -> list[list[int]]:
    statements = _statements(*rows)
    facts = extract_all_facts(statements, [])
    return gather_agreements(groups, statements, facts, vectors, events, linked=linked)


def test_statements_filling_two_slots_alike_agree() -> None:
    statements = _statements(BUILD_80, BUILD_80_AGAIN, BUILD_95)
    slots = slots_of(statements, extract_all_facts(statements, []))
    assert agreeing(slots[0], slots[1]) >= MIN_SHARED
    assert agreeing(slots[0], slots[2]) == DISAGREE  # the price disagrees


def test_a_loner_joins_the_statement_it_agrees_with() -> None:
    gap = math.degrees(math.acos(0.55))
    found = _gather([BUILD_80, BUILD_80_AGAIN, OPENING], [[0], [1], [2]], _vectors(0, gap, 90))
    assert found == [[0, 1], [2]]


def test_no_join_below_the_related_similarity() -> None:
    gap = math.degrees(math.acos(0.4))
    found = _gather([BUILD_80, BUILD_80_AGAIN], [[0], [1]], _vectors(0, gap))
    assert found == [[0], [1]]


def test_a_disagreeing_slot_is_no_agreement() -> None:
    found = _gather([BUILD_80, BUILD_95], [[0], [1]], _vectors(0, 10))
    assert found == [[0], [1]]


def test_statements_of_two_events_or_one_source_stay_apart() -> None:
    rows = [BUILD_80, BUILD_80_AGAIN]
    assert _gather(rows, [[0], [1]], _vectors(0, 10), events=[0, 1]) == [[0], [1]]
    same_source = [BUILD_80, ("s1", BUILD_80_AGAIN[1])]
    assert _gather(same_source, [[0], [1]], _vectors(0, 10)) == [[0], [1]]


def test_only_loners_move_and_nothing_chains() -> None:
    rows = [BUILD_80, OPENING, BUILD_80_AGAIN, ("s5", BUILD_80[1])]
    # 0 and 1 form a claim; loners 2 and 3 agree with 0 (and each other) and join its claim
    found = _gather(rows, [[0, 1], [2], [3]], _vectors(0, 0, 10, -10))
    assert found == [[0, 1, 2, 3]]
    # two loners agreeing with each other pair up; a third loner cannot bridge to them
    rows = [BUILD_80, BUILD_80_AGAIN, ("s5", BUILD_80_AGAIN[1])]
    found = _gather(rows, [[0], [1], [2]], _vectors(0, 10, 12))
    assert sorted(map(len, found)) == [1, 2]


def test_a_wire_story_and_its_reprint_move_together_as_one_origin() -> None:
    reprint = ("s3", BUILD_80[1])  # s3 reprints s1
    rows = [BUILD_80, reprint, BUILD_80_AGAIN, ("s4", OPENING[1])]
    groups = [[0, 1], [2, 3]]  # the wire claim; a claim of s2 and s4
    vectors = _vectors(0, 0, 10, 12)
    assert _gather(rows, groups, vectors, linked=(("s1", "s3"),)) == [[0, 1, 2, 3]]
    # without the link s1 and s3 are two origins: their claim corroborates already, stays
    assert _gather(rows, groups, vectors) == [[0, 1], [2, 3]]


def test_one_precise_figure_is_enough_down_to_the_figure_similarity() -> None:
    gap = math.degrees(math.acos(0.43))
    rows = [("s1", "The alert led to 312 services being cancelled across the north."),
            ("s2", "Over the day, 312 trains were axed or cut short.")]
    assert _gather(rows, [[0], [1]], _vectors(0, gap)) == [[0, 1]]
    # a round figure is no evidence: many statements give 300 of something
    rounded = [("s1", "The alert led to 300 services being cancelled across the north."),
               ("s2", "Over the day, 300 trains were axed or cut short.")]
    assert _gather(rounded, [[0], [1]], _vectors(0, gap)) == [[0], [1]]
