"""Anchors: the governing word and context words of a value, and the slots they make."""

from __future__ import annotations

from datetime import date

from claims.model import Statement
from comparison import extract_all_facts
from comparison.anchors import Anchor, anchor_of, same_slot
from comparison.conflicts import find_changes
from comparison.model import Fact
from comparison.text import make_doc
from corpus.model import Source

MON, TUE = date(2025, 7, 21), date(2025, 7, 22)


def _anchor(text: str, value: str) -> Anchor | None:
    start = text.index(value)
    return anchor_of(make_doc(text), start, start + len(value))


def test_governor_is_the_nearest_content_word_before_the_value_not_a_reporting_verb() -> None:
    anchor = _anchor("The Saddle Creek Fire broke out on Sunday in dry grass.", "Sunday")
    assert anchor is not None and anchor.word == "broke"
    assert anchor.context == frozenset({"broke", "dry", "grass"})
    said = _anchor("Officials said on Monday that it was contained.", "Monday")
    assert said is None  # "said" governs nothing; the clause ends at "that"


def test_same_slot_needs_the_same_governor_and_one_more_shared_word() -> None:
    def slot(a: str, b: str, value_a: str, value_b: str) -> bool:
        x, y = _anchor(a, value_a), _anchor(b, value_b)
        assert x is not None and y is not None
        return same_slot(x, y)

    assert slot("The fire broke out on Sunday afternoon in dry grass.",
                "The fire broke out on Saturday afternoon in parched grassland.",
                "Sunday", "Saturday")
    assert not slot("The quake struck at 1:28 a.m.", "An aftershock struck at 2:30 a.m.",
                    "1:28", "2:30")
    assert not slot("Kim arrived on Tuesday.", "Kim met Putin on Wednesday.",
                    "Tuesday", "Wednesday")


Facts = dict[str, tuple[Fact, ...]]


def _facts(
    rows: list[tuple[str, str, date]],
) -> tuple[list[Statement], Facts, dict[str, date | None]]:
    statements = [Statement(f"{s}:1", s, text, 0, len(text)) for s, text, _ in rows]
    sources = [Source(s, None, None, None, None, day, "input", "") for s, _, day in rows]
    published: dict[str, date | None] = {s: day for s, _, day in rows}
    return statements, extract_all_facts(statements, sources), published


def test_role_less_paraphrases_conflict_through_their_anchor() -> None:
    statements, facts, published = _facts([
        ("s1", "The cheeses were made at its plant in Petaluma and sold in shops.", MON),
        ("s2", "The recalled cheeses were made at its plant in Sebastopol.", MON),
    ])
    assert all(f.role is None for f in facts["s1:1"] + facts["s2:1"] if f.kind == "place")
    (conflict,), _ = find_changes(range(2), statements, facts, published)
    assert conflict.kind == "place" and conflict.role == "plant"
    # shown as written: "Sebastopol" is also an alternate name of Sevastopol
    assert conflict.summary == "plant: Petaluma vs Sebastopol"


def test_roles_that_name_two_objects_keep_their_anchor_apart() -> None:
    statements, facts, published = _facts([
        ("s1", "In the United States, the Vista 3 costs 799 dollars.", MON),
        ("s2", "The Vista 3 Pro costs $1,199, a lot for a phone.", MON),
    ])
    assert find_changes(range(2), statements, facts, published) == ((), ())


def test_a_figure_given_as_of_a_moment_is_a_running_count_that_updates() -> None:
    statements, facts, published = _facts([
        ("s1", "About 1,100 firefighters are assigned to the fire.", MON),
        ("s2", "More than 2,300 firefighters are now assigned to the blaze.", TUE),
    ])
    found, (update,) = find_changes(range(2), statements, facts, published)
    assert found == ()
    assert update.summary == (
        "firefighter (fire): about 1100 (21 Jul 2025) → at least 2300 (22 Jul 2025)"
    )
    same_day = {"s1": MON, "s2": MON}
    (conflict,), changes = find_changes(range(2), statements, facts, same_day)
    assert changes == () and conflict.kind == "number"


def test_role_less_lengths_and_amounts_are_compared_by_their_anchor_only() -> None:
    statements, facts, published = _facts([
        ("s1", "A gauge in the hills recorded 305 mm of rain by Friday.", MON),
        ("s2", "Downstream the river peaked at 6.4 metres on Saturday.", MON),
    ])
    assert {f.role for f in facts["s1:1"] + facts["s2:1"] if f.kind == "quantity"} == {None}
    assert find_changes(range(2), statements, facts, published) == ((), ())
    statements, facts, published = _facts([
        ("s1", "The river peaked at 6.4 metres in the town early on Saturday.", MON),
        ("s2", "The river peaked at 7.4 metres in the town on Saturday morning.", MON),
    ])
    (conflict,), _ = find_changes(range(2), statements, facts, published)
    assert conflict.kind == "quantity" and conflict.role == "peaked"


def test_a_value_right_after_a_reporting_verb_has_no_anchor() -> None:
    text = "Eleven workers have now been brought out alive, Redgum said on Wednesday morning."
    assert _anchor(text, "Wednesday") is None  # the saying is dated, not the rescue
    kept = _anchor("The creamery announced the recall on Thursday.", "Thursday")
    assert kept is not None and kept.word == "recall"


def test_a_hyphenated_amount_is_governed_by_the_noun_it_modifies() -> None:
    prize = _anchor("Kipkemboi collected a 15,000-euro bonus for the course record.",
                    "15,000-euro")
    bonus = _anchor("He would also collect the course record bonus of 10,000 euros.",
                    "10,000 euros")
    assert prize is not None and bonus is not None
    assert prize.word == bonus.word == "bonus" and same_slot(prize, bonus)


def test_a_measure_of_a_bare_noun_is_governed_by_that_noun() -> None:
    covered = _anchor("An estimated 30,000 cubic yards of rock covered the decks of the road.",
                      "An estimated 30,000 cubic yards")
    dumped = _anchor("The slide dumped about 13,000 cubic yards of rock on the road decks.",
                     "about 13,000 cubic yards")
    assert covered is not None and dumped is not None
    assert covered.word == dumped.word == "rock" and same_slot(covered, dumped)
    partitive = _anchor("Firefighters rescued 23 of the residents overnight.", "23")
    assert partitive is not None and partitive.word == "rescued"


def test_part_of_a_counted_set_is_not_the_whole_set() -> None:
    part = _anchor("Three of the five cavers had been brought to the surface by Tuesday "
                   "afternoon.", "Tuesday")
    whole = _anchor("All five cavers had been brought to the surface by Wednesday "
                    "afternoon.", "Wednesday")
    other_part = _anchor("Two of the cavers had been brought to the surface by Wednesday "
                         "afternoon.", "Wednesday")
    assert part is not None and whole is not None and other_part is not None
    assert part.subset and not whole.subset
    assert not same_slot(part, whole) and same_slot(part, other_part)


def test_a_preposition_is_no_governor() -> None:
    anchor = _anchor("Wolves broke out of a wildlife park near Market Harborough.",
                     "Market Harborough")
    assert anchor is not None and anchor.word == "park"
