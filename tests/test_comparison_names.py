"""People and places: recognition, canonical spellings, variants versus near misses."""

from __future__ import annotations

import pytest

from comparison import extract_facts, gazetteer, names
from comparison.model import Fact


def _kind(text: str, kind: str) -> list[Fact]:
    return [f for f in extract_facts(text, None) if f.kind == kind]


# --- people --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "role"),
    [
        (
            "It was declared by Kremlin spokesman Dmitri Peskov.",
            "Dmitry Peskov",
            "kremlin spokesperson",
        ),
        ("He met Russian President Vladimir Putin.", "Vladimir Putin", "russian president"),
        (
            "The Russian Defense Minister, Sergei Shoigu, spoke.",
            "Sergei Shoigu",
            "russian defense minister",
        ),
        ("North Korean leader Kim Jong-un left.", "Kim Jong Un", "north korean leader"),
        ("The leader of North Korea, Kim Jong-Un, left.", "Kim Jong Un", "leader of north korea"),
        (
            "Oleg Kozhemyako, the governor of Primorye, said so.",
            "Oleg Kozhemyako",
            "governor of primorye",
        ),
        (
            "South Korean President Yoon Suk Yeol said so.",
            "Yoon Suk Yeol",
            "south korean president",
        ),
        ("Jake Sullivan said so.", "Jake Sullivan", None),
        ("President Putin arrived.", "Putin", "president"),
        ("Xi Jinping did not come.", "Xi Jinping", None),
    ],
)
def test_people_and_their_titles(text: str, value: str, role: str | None) -> None:
    found = _kind(text, names.PERSON)
    assert [(f.value, f.role) for f in found] == [(value, role)]
    assert text[found[0].start : found[0].end] == found[0].text


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong rarely made any trips.",  # an incomplete Korean name is left alone
        "The Russian President spoke.",  # a title with no name
        "North Korea and South Korea met.",
        "The Chosun Ilbo newspaper wrote so.",
    ],
)
def test_not_people(text: str) -> None:
    assert _kind(text, names.PERSON) == []


@pytest.mark.parametrize(
    ("spelling", "canonical"),
    [
        (["Kim", "Jong-un"], "Kim Jong Un"),
        (["Kim", "Jong-Un"], "Kim Jong Un"),
        (["Kim", "Jong", "Un"], "Kim Jong Un"),
        (["Dmitri", "Peskov"], "Dmitry Peskov"),
        (["Dmitriy", "Peskov"], "Dmitry Peskov"),
        (["Sergey", "Shoigu"], "Sergei Shoigu"),
        (["Artëm", "Dzyuba"], "Artem Dzyuba"),
    ],
)
def test_canonical_person(spelling: list[str], canonical: str) -> None:
    assert names.canonical_person(spelling) == canonical


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Dmitry Peskov", "Dmitri Peskov", True),  # fuzzy given name, ratio 83
        ("Vladimir Putin", "Putin", True),
        ("Kim Jong Un", "Kim Yo Jong", False),
        ("Dmitry Peskov", "Dmitry Medvedev", False),
        ("Matthew Miller", "Stephen Miller", False),
    ],
)
def test_same_person(a: str, b: str, same: bool) -> None:
    assert names.same_person(a, b) is same
    assert names.same_person(b, a) is same


def test_unify_prefers_the_complete_and_frequent_spelling() -> None:
    mapping = names.unify(
        [
            "Putin",
            "Vladimir Putin",
            "Dmitry Peskov",
            "Dmitry Peskov",
            "Dmitriy Peskow",
            "Kim Yo Jong",
        ]
    )
    assert mapping["Putin"] == "Vladimir Putin"
    assert mapping["Dmitriy Peskow"] == "Dmitriy Peskow"  # another family name spelling
    assert mapping["Kim Yo Jong"] == "Kim Yo Jong"
    assert (
        names.unify(["Dmitri Peskov", "Dmitry Peskov", "Dmitry Peskov"])["Dmitri Peskov"]
        == "Dmitry Peskov"
    )


# --- places --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "The meet took place at Vostochny Сosmodrome in Amur region, Russia.",  # Cyrillic С
            ["Vostochny Cosmodrome", "Amur region", "Russia"],
        ),
        ("He boarded the train in Artëm, in Russia's Far East.", ["Artyom", "Russia", "Far East"]),
        ("An offer was made by the DPRK to the Russian Federation.", ["North Korea", "Russia"]),
        ("The U.S. and the US warned us.", ["United States", "United States"]),
        ("Officials met in Colombo and then in Marrakech.", ["Colombo", "Marrakesh"]),
        ("They crossed at the border station of Tumenskaya.", ["Tumenskaya"]),
    ],
)
def test_places_found(text: str, values: list[str]) -> None:
    assert [f.value for f in _kind(text, gazetteer.PLACE)] == values


def test_place_after_border_fills_border_crossing() -> None:
    text = "Security was increased at the train station in Russia's border city Kazan."
    found = {f.value: f.role for f in _kind(text, gazetteer.PLACE)}
    assert found == {"Russia": "border crossing", "Kazan": "border crossing"}


def test_person_names_after_locatives_are_not_cities() -> None:
    assert _kind("Putin spoke to Kim in the morning.", gazetteer.PLACE) == []


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("Kazan", "Khasan", False),  # two real places, ratio 72.7: a near miss
        ("Artyom", "Artem", True),  # gazetteer aliases, although their ratio is 72.7 too
        ("Marrakech", "Marrakesh", True),
        ("Austria", "Australia", False),  # ratio 87.5, but two listed places
        ("Amur region", "Vostochny Cosmodrome", True),  # containment
        ("Russia", "Vladivostok", True),
        ("Far East", "Vostochny Cosmodrome", True),
        ("Vladivostok", "Vostochny Cosmodrome", False),
        ("Colombo", "Colon", False),
        ("Russia", "Kazan", True),
        ("North Korea", "Kazan", False),
    ],
)
def test_place_compatibility(a: str, b: str, agree: bool) -> None:
    assert gazetteer.compatible(a, a, b, b) is agree
    assert gazetteer.compatible(b, b, a, a) is agree


def test_unlisted_places_compare_by_spelling_and_level() -> None:
    town_a, town_b = ("Foobarsk", "town of Foobarsk"), ("Quuxino", "town of Quuxino")
    assert not gazetteer.compatible(*town_a, *town_b)  # two towns
    assert gazetteer.compatible(*town_a, "Foobarsck", "town of Foobarsck")  # a variant
    assert gazetteer.compatible(*town_a, "Primorye", "Primorye")  # may lie inside it
    assert not gazetteer.compatible(*town_a, "Kazan", "Kazan")  # two towns


def test_most_specific() -> None:
    assert gazetteer.most_specific(["Russia", "Amur region", "Vostochny Cosmodrome"]) == [
        "Vostochny Cosmodrome"
    ]
    assert gazetteer.most_specific(["Kazan", "Khasan"]) == ["Kazan", "Khasan"]
