"""Same event, same role: the predicate governing a fact (roles.py), the slots facts.py
adds, previous and other events, plans and first estimates."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from claims.model import Cluster, Statement
from comparison import extract_all_facts, extract_facts, judge_claims
from comparison.model import CONTRADICTED, Claim
from comparison.roles import unknown_verb, verb_stem
from comparison.text import make_doc
from corpus.model import Source

THU = date(2023, 9, 14)


def _role(text: str, span: str) -> str | None:
    found = [f for f in extract_facts(text, THU) if f.text == span]
    assert len(found) == 1, extract_facts(text, THU)
    return found[0].role


def _judge(*rows: tuple[str, str]) -> Claim:
    statements = [Statement(f"{s}:1", s, t, 0, len(t)) for s, t in rows]
    sources = [Source(s, None, None, None, None, THU, "text", "") for s, _ in rows]
    facts = extract_all_facts(statements, sources)
    vectors = np.ones((len(rows), 2), dtype=np.float32)
    (claim,) = judge_claims([Cluster(tuple(range(len(rows))))], statements, facts, vectors)
    return claim


@pytest.mark.parametrize(
    ("text", "span", "role"),
    [
        # a verb the lexicon lacks governs its own clause: no borrowed role
        ("Kim attended a ceremony on Wednesday after he arrived in Russia on Tuesday.",
         "Wednesday", None),
        ("Kim attended a ceremony on Wednesday after he arrived in Russia on Tuesday.",
         "Tuesday", "arrive"),
        # ... but its object names the event
        ("Kim attended talks with Putin on Wednesday.", "Wednesday", "meet"),
        # ... or its subject when it is an event
        ("The summit produced an agreement on Wednesday.", "Wednesday", "meet"),
        ("The summit produced a joint statement on Wednesday.", "Wednesday", "statement"),
        # a passive takes its subject's event (a place does not: "the quake was felt in Rome")
        ("The summit was organised on Wednesday.", "Wednesday", "meet"),
        ("The summit was organised in Vladivostok.", "Vladivostok", None),
        ("Police were guarding the station on Tuesday.", "Tuesday", None),
        # welcome and farewell are two events
        ("Minister Kozlov welcomed Kim at the station on Tuesday.", "Tuesday", "welcome"),
        ("Kozlov saw Kim off at the station on Sunday.", "Sunday", "farewell"),
        ("He was seen off on Sunday at the station.", "Sunday", "farewell"),
        ("Kim said goodbye to his hosts on Sunday.", "Sunday", "farewell"),
        ("Kim bade farewell to Putin on Sunday.", "Sunday", "farewell"),
        # "his hosts" is a noun, "on board" no boarding
        ("Kim thanked his hosts on Sunday.", "Sunday", None),
        # product events
        ("The phone goes on sale on September 22.", "September 22", "release"),
        ("The phone ships on September 22.", "September 22", "release"),
        ("Pre-orders open on Friday.", "Friday", "pre-order"),
        ("The security forum opened yesterday.", "yesterday", "open"),
        ("Lumora unveiled the phone on Tuesday.", "Tuesday", "launch"),
        # a relative clause hangs on its antecedent
        ("The blast, which happened on Tuesday, shook the city.", "Tuesday", "explosion"),
    ],
)
def test_the_governing_predicate_gives_the_role(text: str, span: str, role: str | None) -> None:
    assert _role(text, span) == role


def test_arrival_and_meeting_are_two_facts() -> None:
    claim = _judge(
        ("s1", "Kim arrived in Russia on Tuesday."),
        ("s2", "The leaders met on Wednesday at the cosmodrome."),
    )
    assert claim.conflicts == ()


def test_welcome_at_the_border_and_farewell_are_two_events() -> None:
    claim = _judge(
        ("s1", "Minister Alexander Kozlov welcomed Kim at the border station of Khasan."),
        ("s2", "Minister Alexander Kozlov saw Kim off at the farewell ceremony in Artyom."),
    )
    assert claim.conflicts == ()
    claim = _judge(  # the same event in two places is a conflict
        ("s1", "Minister Alexander Kozlov saw Kim off at the farewell ceremony in Artyom."),
        ("s2", "Minister Alexander Kozlov saw Kim off at the farewell ceremony in Kazan."),
    )
    assert [c.summary for c in claim.conflicts] == ["farewell: Artyom vs Kazan"]


def test_a_border_town_named_in_an_apposition() -> None:
    text = "Police guarded the station in Khasan, the Russian border settlement."
    assert _role(text, "Khasan") == "border crossing"


@pytest.mark.parametrize(
    ("text", "span", "role"),
    [
        ("In 2016, a magnitude 6.5 quake struck the same area.", "magnitude 6.5",
         "quake (previous)"),
        ("The town was devastated in 2016 by a magnitude 6.5 quake.", "magnitude 6.5",
         "quake (previous)"),
        ("A magnitude 6.8 quake struck, the strongest since the 2016 quake.",
         "magnitude 6.8", "quake"),
        ("Another quake of magnitude 5.9 hit at 2:30 a.m.", "magnitude 5.9", "quake (another)"),
        ("The first summit was held in Vladivostok in 2019.", "Vladivostok", "meet (previous)"),
    ],
)
def test_previous_and_other_events(text: str, span: str, role: str) -> None:
    assert _role(text, span) == role


def test_a_previous_quake_does_not_contradict_this_one() -> None:
    claim = _judge(
        ("s1", "A magnitude 6.8 earthquake struck central Italy on Tuesday."),
        ("s2", "In 2016, a magnitude 6.2 earthquake struck the same area."),
    )
    assert claim.conflicts == ()


def test_a_first_estimate_is_revised_not_contradicted() -> None:
    assert _role("The quake was initially measured at 6.5.", "6.5") == "quake (initial)"
    claim = _judge(
        ("s1", "The quake was initially measured at 6.5."),
        ("s2", "The quake had a magnitude of 6.8."),
    )
    assert claim.conflicts == ()


def test_a_superseded_figure_agrees_but_takes_no_side() -> None:
    claim = _judge(
        ("s1", "The magnitude of the quake was upgraded from 6.5 to 6.8."),
        ("s2", "The quake had a magnitude of 6.5."),
    )
    assert claim.conflicts == ()  # s1 said 6.5 too, before the upgrade
    claim = _judge(
        ("s1", "The magnitude of the quake was upgraded from 6.5 to 6.8."),
        ("s3", "The quake had a magnitude of 7.1."),
    )
    (conflict,) = claim.conflicts
    assert conflict.summary == "quake: 6.8 magnitude vs 7.1 magnitude"


def test_a_plan_and_a_later_report_with_the_same_value_agree() -> None:
    claim = _judge(
        ("s1", "The two leaders are expected to meet on Wednesday at the earliest."),
        ("s2", "Kim and Putin met on Wednesday at the cosmodrome."),
    )
    assert claim.conflicts == ()
    claim = _judge(
        ("s1", "Kim will meet Putin on September 12."),
        ("s2", "Kim and Putin met on Wednesday at the cosmodrome."),
    )
    assert claim.status == CONTRADICTED
    assert claim.conflicts[0].summary == "meet date: Tue 12 Sep 2023 (planned) vs Wed 13 Sep 2023"


@pytest.mark.parametrize(
    ("text", "index", "verb"),
    [
        ("Police were guarding the station.", 2, True),
        ("It hit an area previously devastated by floods.", 5, True),  # after noun + adverb
        ("The newly elected mayor spoke.", 2, False),  # after determiner + adverb
        ("Kim attended a ceremony.", 1, True),
        ("They will inspect the plant.", 2, True),
        ("The armoured train arrived.", 1, False),  # after a determiner: an adjective
        ("The epicentre was near the town.", 3, False),  # after "was": only participles
        ("Two injured people were treated.", 1, False),  # after a number
    ],
)
def test_unknown_verbs(text: str, index: int, verb: bool) -> None:
    assert unknown_verb(make_doc(text), index) is verb


def test_verb_stems() -> None:
    assert verb_stem("rose") == verb_stem("rises") == verb_stem("rising")
    assert verb_stem("dropped") == verb_stem("drops") == "drop"
    assert verb_stem("increased") == verb_stem("increases")


LEAD = (
    "A magnitude 6.8 earthquake shook central Italy before dawn on Tuesday, killing at least "
    "79 people and reducing parts of several hilltop towns to rubble, officials said."
)


@pytest.mark.parametrize(
    ("text", "span", "role"),
    [
        # "before" + its object is a preposition, not the adverb of "had met before"
        (LEAD, "magnitude 6.8", "quake"),
        (LEAD, "Tuesday", "quake"),
        ("The earthquake shook central Italy before dawn on Tuesday.", "Tuesday", "quake"),
        ("A powerful quake hit the town before 4 a.m. on Tuesday, killing 30 people.",
         "4 a.m.", "quake"),
        ("The magnitude 6.8 tremor rattled the hill towns before sunrise.", "magnitude 6.8",
         "quake"),
        ("A magnitude 6.8 quake struck a region previously hit by floods.", "magnitude 6.8",
         "quake"),
        # an old date of another verb's event leaves this quake alone
        ("A magnitude 6.8 earthquake struck an area previously devastated in 2016, killing "
         "79 people.", "magnitude 6.8", "quake"),
        ("A magnitude 6.8 earthquake hit towns that were devastated in 2016.", "magnitude 6.8",
         "quake"),
        # the adverb still marks a previous event
        ("A magnitude 6.1 tremor rattled the area before, in 2009.", "magnitude 6.1",
         "quake (previous)"),
        ("They had met previously in Vladivostok in April 2019.", "April 2019",
         "meet (previous)"),
        # a "when" clause after an old date is that date's event, even after "since"
        ("It was the strongest earthquake since 2016, when a magnitude 6.5 quake destroyed "
         "much of the town.", "magnitude 6.5", "quake (previous)"),
        ("The region has not seen such a strong earthquake since 2016, when a 6.5-magnitude "
         "tremor killed nearly 300 people.", "nearly 300 people", "kill (previous)"),
        ("It was the deadliest quake in the region since 2009 when a magnitude 6.3 tremor "
         "killed 309 people.", "309 people", "kill (previous)"),
        ("Rescuers have searched since Tuesday, when the magnitude 6.8 quake struck.",
         "magnitude 6.8", "quake"),  # a recent date: this quake
    ],
)
def test_the_current_event_is_not_a_previous_one(text: str, span: str, role: str) -> None:
    assert _role(text, span) == role


def test_the_lead_magnitude_is_the_current_quake() -> None:
    history = (
        "It was the strongest earthquake since 2016, when a magnitude 6.5 quake destroyed "
        "much of the town."
    )
    assert _judge(("s1", LEAD), ("s2", history)).conflicts == ()  # 6.5: the 2016 quake
    claim = _judge(("s1", LEAD), ("s2", "A magnitude 7.1 earthquake struck central Italy."))
    assert [c.summary for c in claim.conflicts] == ["quake: 6.8 magnitude vs 7.1 magnitude"]
