"""Roles, modality and tense: which event a fact dates or places."""

from __future__ import annotations

from datetime import date

import pytest

from comparison import extract_facts
from comparison.roles import FUTURE, PAST, fact_context
from comparison.text import fold, make_doc, natural_key

THU = date(2023, 9, 14)


def _role(text: str, span: str) -> tuple[str | None, str]:
    facts = [f for f in extract_facts(text, THU) if f.text == span]
    assert len(facts) == 1, extract_facts(text, THU)
    return facts[0].role, facts[0].modality


@pytest.mark.parametrize(
    ("text", "span", "role"),
    [
        ("Kim will meet Putin on Tuesday.", "Tuesday", "meet"),
        ("Following the Wednesday summit between them.", "Wednesday", "meet"),
        ("After Wednesday's summit they parted.", "Wednesday", "meet"),
        ("It ended their meeting on Wednesday.", "Wednesday", "meet"),
        ("The talks were held on Monday.", "Monday", "meet"),
        ("Kim left Pyongyang on Sunday.", "Sunday", "depart"),
        ("His train set off on Sunday.", "Sunday", "depart"),
        ("He boarded his train on Sunday to return home.", "Sunday", "depart"),
        ("Kim arrived on Tuesday to meet Putin.", "Tuesday", "arrive"),
        ("The train crossed into Russia on Tuesday.", "Tuesday", "arrive"),
        ("The Kremlin denied on Friday that a deal was signed.", "Friday", "statement"),
        ("Pyongyang launched missiles on Wednesday.", "Wednesday", "launch"),
        ("Kim Jong Un's trip to Russia took place on Wednesday.", "Wednesday", "trip"),
        ("The summit will most likely be tomorrow.", "tomorrow", "meet"),
        # the verb wins over a noun that is not next to the date
        ("Kim left the capital for the second summit with Putin on Sunday.", "Sunday", "depart"),
        ("The security forum opened yesterday.", "yesterday", "open"),
        ("Nothing of note on Monday.", "Monday", None),
        ("It carried 460 cars worth an estimated €14 million.", "an estimated €14 million",
         "value"),
        ("The cargo was valued at about €25 million.", "about €25 million", "value"),
        ("Yesterday's avalanche came down on a slope.", "Yesterday", "avalanche"),
        # a fire's end is not its outbreak
        ("Crews had the blaze under control by dawn on Wednesday.", "Wednesday", "contain"),
        ("The blaze broke out before dawn on Monday.", "Monday", "fire"),
        # the verb of a coordinated clause is not the fact's
        ("Wolves broke out of a park near Market Harborough, and police warned people.",
         "Market Harborough", None),
        # a structure's failure, a rescue, a declaration that is no saying
        ("The embankment breached at about 3.40am after rain.", "about 3.40am", "collapse"),
        ("The embankment gave way at roughly 4.50am, it said.", "roughly 4.50am", "collapse"),
        ("Firefighters pulled 23 people from flooded homes.", "23 people", "rescue"),
        ("The governor declared a disaster emergency on Wednesday.", "Wednesday", "declare"),
        ("He signed a disaster declaration on Tuesday night.", "Tuesday night", "declare"),
        ("The governor declared on Wednesday that it was over.", "Wednesday", "statement"),
        ("It was over, declared a week ago Peskov.", "a week ago", "statement"),
        # a be-form saying where someone is dates that state, not the subject's event
        ("The man who collapsed was in a stable condition on Monday.", "Monday", "state"),
        ("Two of the people injured were still in hospital on Wednesday.", "Wednesday", "state"),
        ("Nine whales were still on the beach on Monday morning.", "Monday morning", "state"),
        ("The meeting was on Wednesday.", "Wednesday", "meet"),
        ("Three wolves were still at large on Sunday after a break-out near Market Harborough.",
         "Market Harborough", None),  # the break-out is another event than the state
        ("A tower crane toppled onto a road on Wednesday afternoon.", "Wednesday afternoon",
         "collapse"),
        # balloons and aircraft come down to land: "came down" names no collapse
        ("The balloon came down at about 8.25am, police said.", "about 8.25am", None),
        # a level reached is no arrival; an -ed word after an apposition's comma is a verb
        ("Demand reached 9.2 gigawatts on Tuesday afternoon.", "Tuesday afternoon", None),
        ("Kim reached Vladivostok on Tuesday.", "Tuesday", "arrive"),
        ("The station at Mora, a small town, recorded 47.6C at 16:50, the institute said.",
         "16:50", None),
        # the subject of a passive verb is no word of saying
        ("According to tracking data, 11 flights were diverted to Oslo.", "11 flights",
         "divert"),
        ("The whales that came ashore on Saturday were pilot whales.", "Saturday", "stranding"),
        ("A severe hailstorm battered Denton on Wednesday evening.", "Wednesday evening",
         "storm"),
        # a later death is dated apart from the crash
        ("A passenger died in hospital early on Monday, police said.", "Monday", "kill (later)"),
        ("Two people were killed on Sunday.", "Sunday", "kill"),
        # a count that something has is a whole, whatever verb governs the sentence
        ("The outage affected many of Nithsdale's 2.4 million customers.", "2.4 million "
         "customers", "total of nithsdale"),
        ("Nithsdale, which has about 1.8 million customers, apologised.", "about 1.8 million "
         "customers", "total of nithsdale"),
        ("The outage affected many of its 2.4 million customers.", "2.4 million customers",
         "affect"),
    ],
)
def test_role_from_the_nearest_predicate(text: str, span: str, role: str | None) -> None:
    assert _role(text, span)[0] == role


def test_a_previous_event_is_another_role() -> None:
    assert _role("Kim last met Putin in Vladivostok in 2019.", "2019")[0] == "meet (previous)"
    assert _role("The previous meeting was in April 2019.", "April 2019")[0] == "meet (previous)"
    text = "They had met only once before, in Vladivostok in April 2019."
    assert _role(text, "April 2019")[0] == "meet (previous)"
    assert _role("They met before the summit on Monday.", "Monday")[0] == "meet"


@pytest.mark.parametrize(
    ("text", "place", "role"),
    [
        ("Pyongyang launched two missiles on Wednesday.", "Pyongyang", None),  # an actor
        ("Two missiles fell, South Korea's military said.", "South Korea", None),
        ("Kim left Pyongyang on Sunday.", "Pyongyang", "depart"),  # the object of a verb
        ("He boarded the train in Russia's Far East.", "Far East", "depart"),
        ("Putin will be in the eastern city of Vladivostok.", "Vladivostok", None),
        ("They met in the eastern city of Vladivostok.", "Vladivostok", "meet"),
        ("The leader of North Korea met Putin.", "North Korea", None),
    ],
)
def test_only_located_places_fill_a_role(text: str, place: str, role: str | None) -> None:
    assert _role(text, place)[0] == role


def test_clauses_bound_the_search() -> None:
    text = "Kim left on Sunday, and he said that the summit will be on Tuesday."
    assert _role(text, "Sunday") == ("depart", "asserted")
    assert _role(text, "Tuesday") == ("meet", "planned")


@pytest.mark.parametrize(
    ("text", "span", "modality"),
    [
        ("Kim will meet Putin on Tuesday.", "Tuesday", "planned"),
        ("Kim is expected to meet Putin on Tuesday.", "Tuesday", "planned"),
        ("Kim is set to meet Putin on Tuesday.", "Tuesday", "planned"),
        ("They meet on Tuesday, September 12 at the earliest.", "Tuesday, September 12", "planned"),
        ("The summit will most likely be tomorrow.", "tomorrow", "planned"),
        ("Kim met Putin on Tuesday.", "Tuesday", "asserted"),
        ("Kim arrived on Tuesday to meet Putin.", "Tuesday", "asserted"),
        ("According to KCNA on Tuesday, they met.", "Tuesday", "asserted"),
    ],
)
def test_modality(text: str, span: str, modality: str) -> None:
    assert _role(text, span)[1] == modality


@pytest.mark.parametrize(
    ("text", "span", "tense"),
    [
        ("Kim met Putin on Tuesday.", "Tuesday", PAST),
        ("Kim has left on Tuesday.", "Tuesday", PAST),
        ("Kim will meet Putin on Tuesday.", "Tuesday", FUTURE),
        ("The meeting took place on Tuesday.", "Tuesday", PAST),
        ("The highly anticipated summit on Tuesday.", "Tuesday", None),
        ("Kim meets Putin on Tuesday.", "Tuesday", None),
    ],
)
def test_tense(text: str, span: str, tense: str | None) -> None:
    start = text.index(span)
    assert fact_context(make_doc(text), start, start + len(span)).tense == tense


def test_fold_keeps_offsets() -> None:
    text = "Vostochny Сosmodrome in Artëm, “quoted” — 12"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded == 'Vostochny Cosmodrome in Artem, "quoted" - 12'


def test_cyrillic_words_are_not_latinised() -> None:
    assert fold("Москва") == "Москва"


def test_natural_key() -> None:
    assert sorted(["s10:1", "s2:10", "s2:9", "s1:2"], key=natural_key) == [
        "s1:2",
        "s2:9",
        "s2:10",
        "s10:1",
    ]
