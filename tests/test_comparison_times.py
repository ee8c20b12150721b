"""Clock times: spans, tolerance from the wording, and the event a time dates."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from claims.model import Cluster, Statement
from comparison import extract_all_facts, extract_facts, judge_claims, times
from comparison.model import Claim
from corpus.model import Source

TUE = date(2025, 10, 14)


def _time(text: str) -> tuple[str, str, str | None]:
    (fact,) = [f for f in extract_facts(text, TUE) if f.kind == times.TIME]
    return fact.text, fact.value, fact.role


def _agree(a: str, b: str) -> bool:
    span_a, value_a, _ = _time(f"It happened at {a}.")
    span_b, value_b, _ = _time(f"It happened at {b}.")
    forward = times.compatible(value_a, span_a, value_b, span_b)
    assert forward == times.compatible(value_b, span_b, value_a, span_a)
    return forward


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("1:28 a.m.", "about 1:30 a.m.", True),  # approximate
        ("1:28 a.m.", "around 1:30 a.m.", True),
        ("1:28 a.m.", "roughly 1:30 am", True),
        ("1:28 a.m.", "1:30 a.m.", True),  # a round time may be rounded
        ("1:28 a.m.", "2:30 a.m.", False),
        ("about 1:30 a.m.", "2:30 a.m.", False),
        ("1:28 a.m.", "1:40 a.m.", False),
        ("1:28 a.m.", "1:31 a.m.", False),  # both to the minute: exact
        ("about 1:28 a.m.", "1:31 a.m.", True),
        ("about 1:28 a.m.", "1:40 a.m.", False),
        ("around 2 a.m.", "2:15 a.m.", True),  # a whole hour, approximate: +- 20 minutes
        ("around 2 a.m.", "2:30 a.m.", False),
        ("shortly after 2 a.m.", "2:10 a.m.", True),
        ("shortly after 2 a.m.", "1:50 a.m.", False),
        ("just before midnight", "23:55", True),
        ("just before midnight", "00:10", False),
        ("nearly 3 p.m.", "2:50 p.m.", True),
        ("nearly 3 p.m.", "3:10 p.m.", False),
        ("14:30", "2:30 p.m.", True),  # 24-hour clock
        ("14:30", "2:30 a.m.", False),
        ("noon", "12:00", True),
        ("midnight", "00:00", True),
        ("10.30 a.m.", "10:30", True),
        ("1:30", "13:30", True),  # no a.m./p.m.: either half of the day
    ],
)
def test_time_tolerance(a: str, b: str, agree: bool) -> None:
    assert _agree(a, b) is agree


def test_times_in_different_zones_are_not_compared() -> None:
    assert times.compatible("01:28 KST", "1:28 a.m. KST", "02:30", "2:30 a.m.")
    assert times.compatible("01:28 GMT", "01:28 GMT", "09:00 MSK", "09:00 MSK")


def test_a_decimal_with_a_dot_is_not_a_time() -> None:
    assert [f.kind for f in extract_facts("The rate was 10.30 percent.", TUE)] == ["number"]


def test_a_dotted_time_before_local_time_is_a_time() -> None:
    found = extract_facts("The rocket cleared the tower at 12.17 local time.", TUE)
    assert [(f.kind, f.value) for f in found] == [("time", "12:17")]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The magnitude 6.8 earthquake struck at 1:28 a.m.", "quake"),
        ("The quake, which hit at about 1:30 a.m., killed dozens.", "quake"),
        ("The tremor jolted residents awake at 1:28 a.m.", "quake"),
        ("A 6.5-magnitude aftershock rattled the region at 2:30 a.m.", "aftershock"),
        ("The container ship ran aground at 3:40 a.m.", "grounding"),
        ("The explosion happened shortly after 9 p.m.", "explosion"),
        ("The summit began at 10 a.m. on Tuesday.", "meet"),
        ("Kim's train left Pyongyang at 6 p.m.", "depart"),
        ("Police cordoned off the area at 2 a.m.", None),  # a verb outside the lexicon
    ],
)
def test_a_time_dates_the_event_of_its_clause(text: str, role: str | None) -> None:
    assert _time(text)[2] == role


def _judge(*rows: tuple[str, str]) -> Claim:
    statements = [Statement(f"{s}:1", s, t, 0, len(t)) for s, t in rows]
    sources = [Source(s, None, None, None, None, TUE, "text", "") for s, _ in rows]
    facts = extract_all_facts(statements, sources)
    vectors = np.ones((len(rows), 2), dtype=np.float32)
    (claim,) = judge_claims([Cluster(tuple(range(len(rows))))], statements, facts, vectors)
    return claim


def test_quake_times_conflict_and_approximations_agree() -> None:
    claim = _judge(
        ("s1", "The earthquake struck at 1:28 a.m. local time."),
        ("s2", "The quake hit at about 1:30 a.m., residents said."),
        ("s3", "The earthquake struck at 2:30 a.m. on Tuesday."),
    )
    (conflict,) = claim.conflicts
    assert conflict.kind == "time" and conflict.role == "quake"
    assert conflict.summary == "quake time: 01:28 vs 02:30"
    assert [side.statements for side in conflict.sides] == [("s1:1", "s2:1"), ("s3:1",)]


def test_the_time_of_an_aftershock_is_not_the_time_of_the_quake() -> None:
    claim = _judge(
        ("s1", "The earthquake struck at 1:28 a.m."),
        ("s2", "A strong aftershock struck at 2:30 a.m."),
    )
    assert claim.conflicts == ()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The span gave way at around 5:35 in the afternoon.", "17:35"),
        ("The alarm rang at 11:30 at night.", "23:30"),
        ("It landed at 7:40 in the morning.", "07:40"),
        ("It landed at 7:40, police said.", "07:40"),
    ],
)
def test_a_part_of_the_day_after_a_time_gives_its_half(text: str, value: str) -> None:
    (fact,) = [f for f in extract_facts(text, None) if f.kind == times.TIME]
    assert fact.value == value
