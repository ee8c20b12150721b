"""Numbers: counts with their nouns, ordinals, SI quantities, money, imprecision."""

from __future__ import annotations

import dataclasses
from datetime import date

import numpy as np
import pytest

from claims.model import Cluster, Statement
from comparison import FactValueError, extract_all_facts, extract_facts, judge_claims, numbers
from comparison.conflicts import compatible
from comparison.model import Claim
from corpus.model import Source


def _values(text: str) -> list[tuple[str, str]]:
    kinds = (numbers.NUMBER, numbers.QUANTITY, numbers.MONEY)
    return [(f.kind, f.value) for f in extract_facts(text, None) if f.kind in kinds]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Kim ended his 6-day trip to Russia.", "6 day"),
        ("Kim spent seven days in Russia.", "7 day"),
        ("Pyongyang launched two ballistic missiles on Wednesday.", "2 missile"),
        ("He had not travelled for four years.", "4 year"),
        ("This was the 2nd meeting between them.", "2nd meeting"),
        ("He left for the second summit with Putin.", "2nd meeting"),
        ("The regiment sent 1,200 soldiers.", "1200 soldier"),
        ("The storm left two hundred and fifty people homeless.", "250 person"),
        ("A dozen drones were shot down.", "12 drone"),
        ("The 21st century began.", "21st century"),
    ],
)
def test_counts_take_their_noun_singular(text: str, value: str) -> None:
    assert _values(text) == [(numbers.NUMBER, value)]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("A magnitude 6.8 earthquake struck.", numbers.NUMBER, "6.8 magnitude"),
        ("The death toll rose to 112 on Wednesday.", numbers.NUMBER, "112 person"),
        ("The quake killed at least 79 people.", numbers.NUMBER, ">=79 person"),
        ("Some 79 deaths were confirmed.", numbers.NUMBER, "~79 person"),
        ("The ship had a crew of 25.", numbers.NUMBER, "25 crew"),
        ("Prices rose 10% in a year.", numbers.NUMBER, "10 percent (change)"),
        ("Prices rose to 10% in a year.", numbers.NUMBER, "10 percent"),
        ("It has a 6.7-inch screen.", numbers.QUANTITY, "0.1702 m"),
        ("It has 256GB of storage.", numbers.QUANTITY, "256000000000 B"),
        ("The talks lasted 2.5 hours.", numbers.NUMBER, "2.5 hour"),
        # a part of a set counts the set's noun
        ("At least 19 of the whales had died.", numbers.NUMBER, ">=19 whale"),
        # a tally raised to the count: its noun, or the noun of the count before it
        ("The body was found, bringing the number of people killed in the collapse to two.",
         numbers.NUMBER, "2 person"),
    ],
)
def test_nouns_before_numbers_percent_and_units(text: str, kind: str, value: str) -> None:
    assert _values(text) == [(kind, value)]


def test_a_total_without_its_noun_counts_what_the_count_before_it_counts() -> None:
    text = "Eight more homes were evacuated on Wednesday, bringing the total to 22."
    assert _values(text) == [(numbers.NUMBER, "22 home")]
    (total,) = [f for f in extract_facts(text, date(2026, 2, 12)) if f.value == "22 home"]
    assert total.role == "evacuate"


def test_fact_span_covers_number_and_noun() -> None:
    text = "Pyongyang launched two ballistic missiles on Wednesday."
    (fact,) = [f for f in extract_facts(text, None) if f.kind == numbers.NUMBER]
    assert fact.text == "two ballistic missiles" == text[fact.start : fact.end]
    assert fact.role == "launch"


def test_words_and_digits_give_the_same_value() -> None:
    assert _values("It lasted six days.") == _values("It lasted 6 days.")


@pytest.mark.parametrize(
    "text",
    [
        "North Korea is one of the countries that backed Russia.",
        "It was the first time in years.",  # no noun after the number: "in" stops it
        "They visited a Soyuz-2 launch pad and a COVID-19 ward.",
        "Kim last met Putin in 2019.",
        "It was the first North Korean to fly.",
    ],
)
def test_numbers_without_a_counted_noun_make_no_fact(text: str) -> None:
    assert _values(text) == []


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("The tower is 984 feet tall.", numbers.QUANTITY, "299.9 m"),
        ("The tower is 300 metres tall.", numbers.QUANTITY, "300 m"),
        ("The train ran at 60 mph.", numbers.QUANTITY, "26.82 m/s"),
        ("It weighs 2 tonnes.", numbers.QUANTITY, "2000 kg"),
        ("The slide dumped 13,000 cubic yards of rock.", numbers.QUANTITY, "9939 m3"),
        ("Mora recorded 47.6C on Monday.", numbers.QUANTITY, "47.6 degC"),
        ("It was 104F in the shade.", numbers.QUANTITY, "40 degC"),
        ("It was 40 degrees Celsius in the shade.", numbers.QUANTITY, "40 degC"),
        ("The low was -5C overnight.", numbers.QUANTITY, "-5 degC"),
        ("Crews pumped out 500 cubic feet of water.", numbers.QUANTITY, "14.16 m3"),
        ("The phone costs $1,199.", numbers.MONEY, "1199 USD"),
        ("The phone costs 799 dollars.", numbers.MONEY, "799 USD"),
        ("The deal is worth $2 million.", numbers.MONEY, "2000000 USD"),
        ("The fine was €5m.", numbers.MONEY, "5000000 EUR"),
        ("It pledged a quarter of a million dollars.", numbers.MONEY, "250000 USD"),
        ("It raised half a million euros.", numbers.MONEY, "500000 EUR"),
        ("It released Rs300 million in relief.", numbers.MONEY, "300000000 INR"),
        ("They paid as much as 90 euros a seat.", numbers.MONEY, "<=90 EUR"),
    ],
)
def test_quantities_and_money(text: str, kind: str, value: str) -> None:
    assert _values(text) == [(kind, value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("About 100 people came.", "~100 person"),
        ("More than 1,000 troops crossed.", ">=1000 troop"),
        ("Up to 30 ships sailed.", "<=30 ship"),
    ],
)
def test_imprecise_numbers_keep_their_qualifier(text: str, value: str) -> None:
    assert _values(text) == [(numbers.NUMBER, value)]


@pytest.mark.parametrize(
    ("kind", "a", "b", "agree"),
    [
        (numbers.NUMBER, "6 day", "6 day", True),
        (numbers.NUMBER, "6 day", "7 day", False),
        (numbers.QUANTITY, "299.9 m", "300 m", True),  # 984 ft vs 300 m
        (numbers.QUANTITY, "290 m", "300 m", False),
        (numbers.MONEY, "1200000 USD", "1240000 USD", False),
        (numbers.NUMBER, "~100 person", "105 person", True),
        (numbers.NUMBER, "~100 person", "120 person", False),
        (numbers.NUMBER, ">=1000 troop", "1500 troop", True),
        (numbers.NUMBER, ">=1000 troop", "800 troop", False),
        (numbers.NUMBER, "<=30 ship", "12 ship", True),
        (numbers.MONEY, "1199 USD", "1200 USD", True),
        (numbers.MONEY, "1199 USD", "1299 USD", False),
    ],
)
def test_compatibility(kind: str, a: str, b: str, agree: bool) -> None:
    assert numbers.compatible(kind, a, b) is agree
    assert numbers.compatible(kind, b, a) is agree


def test_written_precision_widens_rounded_conversions() -> None:
    three_feet, one_metre = "0.9144 m", "1 m"
    assert numbers.compatible(numbers.QUANTITY, three_feet, one_metre, "3 feet", "1 metre")
    assert not numbers.compatible(numbers.QUANTITY, "0.9144 m", "1 m", "3.0 feet", "1.00 metre")
    assert numbers.compatible(
        numbers.MONEY, "1200000 USD", "1240000 USD", "$1.2 million", "$1.24 million"
    )


def test_unit_key_separates_ordinals_and_nouns() -> None:
    assert numbers.unit_key("2nd meeting") == "meeting (ordinal)"
    assert numbers.unit_key("2 meeting") == "meeting"
    assert numbers.unit_key("~300 m") == "m"


@pytest.mark.parametrize(
    ("word", "singular"),
    [
        ("missiles", "missile"),
        ("countries", "country"),
        ("people", "person"),
        ("boxes", "box"),
        ("status", "status"),
        ("churches", "church"),
    ],
)
def test_singular(word: str, singular: str) -> None:
    assert numbers.singular(word) == singular


def test_number_words() -> None:
    assert numbers.words_value("twenty-five") == 25
    assert numbers.words_value("two hundred and fifty thousand") == 250_000
    assert numbers.words_value("a dozen") == 12
    assert numbers.words_value("three point") is None


def test_malformed_value_is_a_named_error() -> None:
    with pytest.raises(FactValueError):
        numbers.split_value("several missiles")


# --- words and digits, units, money, shares -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Twenty-one sailors were rescued.", numbers.NUMBER, "21 sailor"),
        ("A dozen drones were shot down.", numbers.NUMBER, "12 drone"),
        ("The city has 1.2 million residents.", numbers.NUMBER, "1200000 resident"),
        ("Some 2.4bn people use the app.", numbers.NUMBER, "~2400000000 person"),
        ("Almost half a million people live there.", numbers.NUMBER, "~500000 person"),
        ("The firm raised €2.4bn.", numbers.MONEY, "2400000000 EUR"),
        ("The fund holds €50 million.", numbers.MONEY, "50000000 EUR"),
        ("The fund holds 50 million euros.", numbers.MONEY, "50000000 EUR"),
        ("The fund holds 50m euros.", numbers.MONEY, "50000000 EUR"),
        ("He collected a 15,000-euro bonus.", numbers.MONEY, "15000 EUR"),
        ("It costs C$1,299 in Canada.", numbers.MONEY, "1299 CAD"),
        ("It weighs 8 ounces.", numbers.QUANTITY, "0.2268 kg"),
        ("It has 1TB of storage.", numbers.QUANTITY, "1000000000000 B"),
        ("It has a 5,000mAh battery.", numbers.QUANTITY, "5 Ah"),
        ("The plant produces 300 MW.", numbers.QUANTITY, "300000000 W"),
        ("A fifth of the staff left.", numbers.NUMBER, "~20 percent"),
        ("Nearly two-thirds of residents left.", numbers.NUMBER, "~66.67 percent"),
        ("One in five homes was damaged.", numbers.NUMBER, "~20 percent"),
        ("There were 8,000 victims per day.", numbers.NUMBER, "8000 person per day"),
        ("Troop strength rose by 65,000 soldiers.", numbers.NUMBER, "65000 soldier (change)"),
        ("The ship had 25 crew members.", numbers.NUMBER, "25 crew"),
        ("The quake left 79 dead.", numbers.NUMBER, "79 person"),
    ],
)
def test_more_numbers(text: str, kind: str, value: str) -> None:
    assert _values(text) == [(kind, value)]


@pytest.mark.parametrize(
    "text",
    [
        "A magnitude-6.8 earthquake struck.",
        "A 6.8 magnitude quake struck.",
        "A 6.8-magnitude quake struck.",
        "The quake measured 6.8 on the Richter scale.",
        "The quake had a magnitude of 6.8.",
        "A strong 6.8 earthquake hit.",
        "The quake, measuring 6.8, hit the region.",
        "Seismologists put the magnitude at 6.8.",
    ],
)
def test_magnitudes_however_written(text: str) -> None:
    (fact,) = [f for f in extract_facts(text, None) if f.kind == numbers.NUMBER]
    assert (fact.value, fact.role) == ("6.8 magnitude", "quake")


def test_a_decimal_is_a_magnitude_only_in_a_statement_about_a_quake() -> None:
    assert _values("Inflation rose to 6.8 percent.") == [(numbers.NUMBER, "6.8 percent")]
    assert _values("The index stood at 6.8.") == [(numbers.NUMBER, "6.8 index")]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The Vista 3 Pro costs $1,199.", "price of vista 3 pro"),
        ("Lumora priced the Vista 3 at $799.", "price of vista 3"),
        ("The Vista 3 starts at 799 dollars.", "price of vista 3"),
        ("The Vista 3 will be available from $799.", "price of vista 3"),
        ("It sells for $799 in the US.", "price"),  # no product named: a place is none
        ("The Vista 3 is $799.", "amount of vista 3"),  # no price frame
        ("The Medicare cuts total $716 billion.", "amount of medicare"),
        ("The ship can carry up to 5,000 containers.", "capacity"),
        ("The vessel has a capacity of 5,000 containers.", "capacity"),
        ("The ship was carrying 2,000 containers.", "load"),
        ("It had 2,000 containers on board.", "load"),
        ("The tower is 984 feet tall.", "height"),
        ("The quake struck at a depth of 10 km.", "depth"),
        ("The ship is 300 metres long.", "length"),
        ("The hole has grown to 12 metres across.", "width"),
        ("The largest measured 6.2 metres from head to tail.", "length"),  # no magnitude
        ("Engineers put its depth at 10 metres.", "depth"),
        ("The Dow gained 3 percent.", "gain of dow"),
        ("The quake left 79 people dead.", "kill"),
        ("Rescuers have recovered 112 bodies.", "kill"),
        ("Officials revised the number of people killed to 24.", "kill"),
        ("The death toll from the earthquake rose to 112.", "kill"),
    ],
)
def test_the_role_of_a_figure(text: str, role: str) -> None:
    kinds = (numbers.NUMBER, numbers.QUANTITY, numbers.MONEY)
    (fact,) = [f for f in extract_facts(text, None) if f.kind in kinds]
    assert fact.role == role


def _claim(*rows: tuple[str, str]) -> Claim:
    statements = [Statement(f"{s}:1", s, t, 0, len(t)) for s, t in rows]
    sources = [Source(s, None, None, None, None, None, None, "") for s, _ in rows]
    facts = extract_all_facts(statements, sources)
    vectors = np.ones((len(rows), 2), dtype=np.float32)
    (claim,) = judge_claims([Cluster(tuple(range(len(rows))))], statements, facts, vectors)
    return claim


@pytest.mark.parametrize(
    ("a", "b", "summary"),
    [
        ("Kim ended his 6-day trip to Russia.", "Kim ended his seven-day trip to Russia.",
         "trip: 6 day vs 7 day"),
        ("The Vista 3 Pro costs $1,199.", "The Vista 3 Pro costs $1,099.",
         "price of vista 3 pro: 1099 USD vs 1199 USD"),
        ("The ship is 300 metres long.", "The ship is 1,200 feet long.",
         "length: 300 m vs 365.8 m"),
        ("The ship was carrying 2,000 containers.", "The ship was carrying 3,500 containers.",
         "load: 2000 container vs 3500 container"),
        ("North Korea fired two ballistic missiles.", "North Korea fired three missiles.",
         "launch: 2 missile vs 3 missile"),
    ],
)
def test_figures_of_one_slot_conflict(a: str, b: str, summary: str) -> None:
    claim = _claim(("s1", a), ("s2", b))
    assert [c.summary for c in claim.conflicts] == [summary]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kim ended his 6-day trip to Russia.", "Kim ended his six-day trip to Russia."),
        ("The Vista 3 costs $799.", "The Vista 3 costs 799 dollars."),
        ("The fund holds €50 million.", "The fund holds 50 million euros."),
        ("The tower is 984 feet tall.", "The tower is 300 metres tall."),
        ("Beja recorded 40C in the shade.", "Beja recorded 104F in the shade."),
        ("More than 100 people were killed.", "The storm killed 112 people."),
        ("Some 20% of the staff were laid off.", "A fifth of the staff were laid off."),
        # different slots: never compared
        ("The Vista 3 costs $799.", "The Vista 3 Pro costs $1,199."),
        ("The US price is $799.", "The EU price is €899."),
        ("The ship can carry up to 5,000 containers.", "The ship was carrying 2,000 containers."),
        ("The ship is 300 metres long.", "The ship is 50 metres wide."),
        ("The offer is a premium of 27% to Wabash's closing price on Friday.",
         "The offer is a 34% premium to its average share price over 30 days."),
        ("The Dow gained 3 percent.", "The Nasdaq gained 9 percent."),
        ("29 people lost their lives.", "More than 600 people are still missing."),
    ],
)
def test_variants_and_other_slots_do_not_conflict(a: str, b: str) -> None:
    assert _claim(("s1", a), ("s2", b)).conflicts == ()


@pytest.mark.parametrize(
    ("text", "value", "role"),
    [
        ("The number of people killed by the earthquake that struck central Italy on Tuesday "
         "has risen to 112, the civil protection department said on Wednesday.",
         "112 person", "kill"),
        ("The number of people killed in the quake has risen to 112.", "112 person", "kill"),
        ("The number of people dead after Tuesday's quake rose to 112.", "112 person", "kill"),
        ("The number of dead now stands at 112.", "112 person", "kill"),
        ("The number of people killed in the earthquake is now 112.", "112 person", "kill"),
        ("The number of victims of the earthquake in central Italy has climbed to 112.",
         "112 person", "kill"),
        ("The number of people who have died has risen to 112.", "112 person", "kill"),
        ("The number of those killed has climbed to 112.", "112 person", "kill"),
        ("The death toll from Tuesday's earthquake in central Italy has climbed to 112, "
         "officials said.", "112 person", "kill"),
        ("The official death toll from the quake that devastated the hilltop towns stood at "
         "112 on Wednesday.", "112 person", "kill"),
        ("The toll has climbed to at least 112.", ">=112 person", "kill"),
        ("The number of people injured in the quake climbed to more than 400.",
         ">=400 person", "injure"),
        ("The number of people still missing was 20, the agency said.", "20 person",
         "missing"),
        ("The number of homes destroyed has reached 3,000.", "3000 home", "destroy"),
        ("The number of cases has risen to 500.", "500 case", None),
        ("112 people are now known to have died.", "112 person", "kill"),
        ("Officials said 112 people are now known to have died in the quake.", "112 person",
         "kill"),
    ],
)
def test_a_count_given_as_the_level_of_a_tally(text: str, value: str, role: str | None) -> None:
    (fact,) = [f for f in extract_facts(text, None) if f.kind == numbers.NUMBER]
    assert (fact.value, fact.role) == (value, role)


def test_a_tally_that_rose_from_one_figure_to_another() -> None:
    facts = extract_facts("The number of people killed rose from 79 to 112.", None)
    assert [(f.value, f.role) for f in facts] == [("79 person", "kill"), ("112 person", "kill")]


def test_a_partitive_of_a_nominal_adjective_counts_people_and_its_verb_has_no_number_subject() -> (
    None
):
    (fact,) = extract_facts("Nine of the sick were hospitalized.", None)
    assert (fact.value, fact.text) == ("9 person", "Nine")
    (other,) = extract_facts("Seven of the sick were hospitalized, officials said.", None)
    assert fact.role == other.role == "hospitaliz"  # not "hospitaliz of nine"
    assert extract_facts("One of them was hurt.", None) == ()


def test_two_bounds_of_one_direction_are_two_reports_of_one_figure() -> None:
    assert not numbers.compatible(numbers.NUMBER, ">=42 home", ">=61 home")
    assert numbers.compatible(numbers.NUMBER, ">=2300 firefighter", ">=2200 firefighter")
    assert numbers.compatible(numbers.NUMBER, ">=42 home", "61 home")  # an open interval
    assert not numbers.compatible(numbers.NUMBER, "<=10 home", "<=20 home")


def test_currencies_of_central_europe_by_code_and_by_name() -> None:
    (code,) = extract_facts("Warsaw has set aside PLN 500m for immediate relief.", None)
    (word,) = extract_facts("The government pledged 500 million zlotys in aid.", None)
    assert code.kind == word.kind == numbers.MONEY and code.value == word.value == "500000000 PLN"


def test_the_subject_of_a_count_verb_is_no_weekday_nor_a_place_after_a_preposition() -> None:
    found = extract_facts("A court in Lyon on Thursday sentenced Mercadier to six years.", None)
    (count,) = [f for f in found if f.kind == numbers.NUMBER]
    assert count.role == "sentenc"  # not "sentenc of lyon" nor "sentenc of thursday"


def test_a_share_price_and_a_deal_value_are_two_amounts_not_a_conflict() -> None:
    statements = [
        Statement("s1:1", "s1", "Ridgeway agreed to buy Kessler for 5.1 billion euros.", 0, 52),
        Statement("s2:1", "s2", "Kessler's shares jumped 29 per cent to close at €65.40 after "
                                "Ridgeway agreed to buy Kessler.", 0, 80),
    ]
    facts = extract_all_facts(statements, [])
    (price,) = [f for f in facts["s2:1"] if f.kind == numbers.MONEY]
    assert price.modality == "asserted"  # "29 per cent to close at": a result, not a plan
    (deal,) = [f for f in facts["s1:1"] if f.kind == numbers.MONEY]
    assert compatible(numbers.MONEY, deal, price)  # 7.8e7 times apart: two amounts
    slip = dataclasses.replace(deal, value="5100000 EUR", text="€5.1 million")
    assert not compatible(numbers.MONEY, deal, slip)  # a thousand apart: one amount, two ways
