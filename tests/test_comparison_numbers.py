"""Numbers: counts with their nouns, ordinals, SI quantities, money, imprecision."""

from __future__ import annotations

import pytest

from comparison import FactValueError, extract_facts, numbers


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
        ("Prices rose 10% in a year.", numbers.NUMBER, "10 percent"),
        ("It has a 6.7-inch screen.", numbers.QUANTITY, "0.1702 m"),
        ("It has 256GB of storage.", numbers.QUANTITY, "256000000000 B"),
        ("The talks lasted 2.5 hours.", numbers.NUMBER, "2.5 hour"),
    ],
)
def test_nouns_before_numbers_percent_and_units(text: str, kind: str, value: str) -> None:
    assert _values(text) == [(kind, value)]


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
        ("The phone costs $1,199.", numbers.MONEY, "1199 USD"),
        ("The phone costs 799 dollars.", numbers.MONEY, "799 USD"),
        ("The deal is worth $2 million.", numbers.MONEY, "2000000 USD"),
        ("The fine was €5m.", numbers.MONEY, "5000000 EUR"),
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
