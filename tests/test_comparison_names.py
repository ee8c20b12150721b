"""People and places: recognition, canonical spellings, variants versus near misses."""

from __future__ import annotations

import pytest

from claims.model import Statement
from comparison import extract_all_facts, extract_facts, gazetteer, names
from comparison.conflicts import find_conflicts
from comparison.model import Fact
from corpus.model import Source


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


def _person_conflicts(*texts: str) -> list[str]:
    """Summaries of the conflicts among statements of sources s1, s2... (one each)."""
    statements = [Statement(f"s{n}:1", f"s{n}", t, 0, len(t)) for n, t in enumerate(texts, 1)]
    sources = [
        Source(f"s{n}", None, None, None, None, None, "input", "") for n in range(1, len(texts) + 1)
    ]
    facts = extract_all_facts(statements, sources)
    found = find_conflicts(range(len(statements)), statements, facts)
    return [c.summary for c in found if c.kind == names.PERSON]


@pytest.mark.parametrize(
    ("text", "value", "span"),
    [
        (
            "Vice President Joseph R. Biden Jr. landed in Kyiv on Monday.",
            "Joseph R. Biden Jr.",
            "Joseph R. Biden Jr.",
        ),
        (
            "The memo was signed by Deputy Attorney General Rod J. Rosenstein last spring.",
            "Rod J. Rosenstein",
            "Rod J. Rosenstein",
        ),
        (
            "Russian President Vladimir V. Putin denied it.",
            "Vladimir V. Putin",
            "Vladimir V. Putin",
        ),
        ("Former President George W. Bush spoke first.", "George W. Bush", "George W. Bush"),
        ("National security adviser H.R. McMaster disagreed.", "H.R. McMaster", "H.R. McMaster"),
        (
            "Defense Secretary Lloyd J. Austin III flew in.",
            "Lloyd J. Austin III",
            "Lloyd J. Austin III",
        ),
        # titles before the name are no part of it
        (
            "House Majority Leader Rep. Kevin McCarthy objected.",
            "Kevin McCarthy",
            "Kevin McCarthy",
        ),
        ("Joint Chiefs Chairman Gen. Mark Milley testified.", "Mark Milley", "Mark Milley"),
        (
            "Britain's leader, Prime Minister Rishi Sunak, agreed.",
            "Rishi Sunak",
            "Rishi Sunak",
        ),
    ],
)
def test_initials_suffixes_and_titles_in_names(text: str, value: str, span: str) -> None:
    (found,) = _kind(text, names.PERSON)
    assert (found.value, found.text) == (value, span)


@pytest.mark.parametrize(
    "text",
    [
        "The cable was sent by Vice President Joseph R. on Monday.",  # ends in an initial
        "The spokesman U.S. Navy officers named was not there.",  # a place, not initials
        "The House passed H.R. 1 on Friday.",
    ],
)
def test_names_ending_in_an_initial_are_left_alone(text: str) -> None:
    assert _kind(text, names.PERSON) == []


@pytest.mark.parametrize(
    ("words", "canonical"),
    [
        (["Representative", "Kevin", "McCarthy"], "Kevin McCarthy"),
        (["Sen.", "Chuck", "Schumer"], "Chuck Schumer"),
        (["Joseph", "R.", "Biden", "Jr."], "Joseph R. Biden Jr."),
        (["H.R.", "McMaster"], "H.R. McMaster"),
        (["Lloyd", "J.", "Austin", "III"], "Lloyd J. Austin III"),
        (["Speaker", "Pelosi"], "Pelosi"),
    ],
)
def test_canonical_person_strips_titles_and_keeps_initials(
    words: list[str], canonical: str
) -> None:
    assert names.canonical_person(words) == canonical


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # middle initials and suffixes
        ("Joe Biden", "Joseph R. Biden Jr.", True),
        ("Eric H. Holder Jr.", "Eric Holder", True),
        ("Jacob J. Lew", "Jack Lew", True),  # Jack: John or Jacob
        ("John Lew", "Jacob Lew", False),  # ... but John is not Jacob
        ("Joseph R. Biden", "Joseph Robinette Biden", True),  # an initial and its name
        ("H.R. McMaster", "H. R. McMaster", True),
        ("George H. W. Bush", "George W. Bush", False),  # other middle names
        ("Martin Luther King Jr.", "Martin Luther King III", True),  # suffixes are ignored
        # nicknames
        ("Jim Mattis", "James Mattis", True),
        ("Jimmy Mattis", "Jim Mattis", True),  # two nicknames of James
        ("Bill Barr", "William P. Barr", True),
        ("Steve Mnuchin", "Steven Mnuchin", True),
        ("Steve Bannon", "Stephen Bannon", True),
        ("Ted Kennedy", "Edward Kennedy", True),
        ("Liz Cheney", "Elizabeth Cheney", True),
        ("Bill Clinton", "Hillary Clinton", False),
        ("Dick Cheney", "Mary Cheney", False),
        ("Bob Menendez", "Mike Menendez", False),
        # a middle name in one only
        ("Sarah Huckabee Sanders", "Sarah Sanders", True),
        ("Hillary Rodham Clinton", "Bill Clinton", False),
        # titles
        ("Kevin McCarthy", "Representative Kevin McCarthy", True),
        ("Gov. Gavin Newsom", "Gavin Newsom", True),
        ("Jeff Sessions", "William Barr", False),
    ],
)
def test_one_person_across_us_name_forms(a: str, b: str, same: bool) -> None:
    assert names.same_person(a, b) is same
    assert names.same_person(b, a) is same


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Vice President Joe Biden arrived in Baghdad on Thursday.",
            "Vice President Joseph R. Biden Jr. arrived in Baghdad on Thursday.",
        ),
        (
            "The inquiry was overseen by Deputy Attorney General Rod J. Rosenstein.",
            "The inquiry was overseen by Deputy Attorney General Rod Rosenstein.",
        ),
        (
            "The talks were led by Defense Secretary Jim Mattis.",
            "The talks were led by Defense Secretary James Mattis.",
        ),
        (
            "White House press secretary Sarah Huckabee Sanders declined to comment.",
            "White House press secretary Sarah Sanders declined to comment.",
        ),
        (
            "The bill was backed by House Majority Leader Kevin McCarthy.",
            "The bill was backed by House Majority Leader Rep. Kevin McCarthy.",
        ),
        (
            "Treasury Secretary Jacob J. Lew announced the sanctions.",
            "Treasury Secretary Jack Lew announced the sanctions.",
        ),
    ],
)
def test_forms_of_one_person_do_not_conflict(first: str, second: str) -> None:
    assert _person_conflicts(first, second) == []


def test_two_people_under_one_title_still_conflict() -> None:
    found = _person_conflicts(
        "The deal was struck by Senate Majority Leader Chuck Schumer.",
        "The deal was struck by Senate Majority Leader Sen. Mitch McConnell.",
    )
    assert found == ["senate majority leader: Chuck Schumer vs Mitch McConnell"]
    found = _person_conflicts(
        "The speech was given by former President Bill Clinton.",
        "The speech was given by former President Hillary Clinton.",
    )
    assert found == ["former president: Bill Clinton vs Hillary Clinton"]


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


def test_a_name_after_a_verb_of_saying_takes_the_office_of_its_relative_clause() -> None:
    (person,) = _kind('"It went smoothly," said Snježana Vuković, who chairs the city '
                      "election commission.", "person")
    assert (person.value, person.role) == ("Snjezana Vukovic", "chair of city election commission")
    assert _person_conflicts(
        '"It went smoothly," said Snježana Vuković, who chairs the city election commission.',
        '"No complaint," said Snjezana Horvat, who chairs the city election commission.',
    ) == ["chair of city election commission: Snjezana Horvat vs Snjezana Vukovic"]
    (named,) = _kind("The count, said Ana Horvat, went well.", "person")
    assert named.role is None  # no title, no office: never compared
    assert _kind("Officials said Split was calm.", "person") == []  # one name word


def test_a_company_before_a_title_is_part_of_the_office() -> None:
    (person,) = _kind("Kessler chief executive Katrin Albers said the deal was done.", "person")
    assert (person.value, person.role) == ("Katrin Albers", "kessler chief executive")


def test_particles_belong_to_the_name_and_an_owner_to_the_title() -> None:
    (person,) = _kind("The museum's director, Marieke de Graaf, told reporters it hurt.", "person")
    assert (person.value, person.role) == ("Marieke de Graaf", "museum director")
    assert _person_conflicts(
        "Museum director Hanneke Vos said staff were heartbroken.",
        "The museum's director, Marieke de Graaf, told reporters it hurt.",
    ) == ["museum director: Hanneke Vos vs Marieke de Graaf"]


def test_a_family_name_spelled_two_ways_with_one_given_name_is_one_person() -> None:
    assert names.same_person("Sanne Dijkstra", "Sanne Dykstra")
    assert not names.same_person("Anna Dijkstra", "Sanne Dykstra")
    assert not names.same_person("Snjezana Vukovic", "Snjezana Horvat")


def test_an_office_in_a_relative_clause_or_an_of_complement_without_its_town() -> None:
    (rainer,) = _kind("Helga Rainer, who heads the Graz public health office, told reporters "
                      "the figure would rise.", "person")
    (wenninger,) = _kind('"Expect more cases," said Helga Wenninger, head of the public health '
                         "office.", "person")
    assert rainer.role == wenninger.role == "head of public health office"
    (governor,) = _kind("Oleg Kozhemyako, the governor of Primorye, said so.", "person")
    assert governor.role == "governor of primorye"  # right after "of", the place names it


def test_a_leading_initial_before_the_given_name_is_one_person() -> None:
    assert names.same_person("A. Barry Rand", "Barry Rand")
    assert not names.same_person("George H. W. Bush", "George W. Bush")


@pytest.mark.parametrize(
    ("text", "value", "role"),
    [
        ("Boštjan Zupan, the race director, said the teams had done everything.",
         "Bostjan Zupan", "race director"),
        ("The divers found them at 11am, said Jürgen Höllwarth, who is leading the rescue "
         "operation for the mountain rescue service.", "Jurgen Hollwarth",
         "head of rescue operation"),
        ("Anna Berg, who leads the city fire service, spoke first.", "Anna Berg",
         "head of city fire service"),
        ("Piotr Sroka, the fire officer in charge of the operation, said so.", "Piotr Sroka",
         "head of operation"),
        # the office of the relative clause is more specific than the title; "at the quay"
        # says where, not which office
        ("It is hot, said brigadier Jacek Lis, who is in charge of the operation at the quay.",
         "Jacek Lis", "head of operation"),
        ("Gareth Milburn, chief executive of North East Power Networks, apologised.",
         "Gareth Milburn", "chief executive of north east power networks"),
        ("Head teacher Joanne Pickering said staff had been overwhelmed.", "Joanne Pickering",
         "head teacher"),
        # a councillor's honorific is no name word; an organisation's possessive is the office's
        ('"It is complex," said Cllr Martin Oddie, the council\'s executive member for highways.',
         "Martin Oddie", "council executive"),
    ],
)
def test_an_office_in_apposition_or_in_a_relative_clause_introduces_a_name(
    text: str, value: str, role: str
) -> None:
    (person,) = _kind(text, "person")
    assert (person.value, person.role) == (value, role)


def test_two_people_heading_one_operation_conflict() -> None:
    assert _person_conflicts(
        "The divers found them at 11am, said Jürgen Höllwarth, who is leading the rescue "
        "operation.",
        "It was a complicated rescue, said Stefan Pichler, the head of the rescue operation.",
    ) == ["head of rescue operation: Jurgen Hollwarth vs Stefan Pichler"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Kenyan runner Daniel Kipkemboi won in 2:06:18.", "Daniel Kipkemboi"),
        ("The title went to Meseret Alemu, a Kenyan who trains in Iten.", "Meseret Alemu"),
    ],
)
def test_a_countrys_adjective_introduces_a_name(text: str, value: str) -> None:
    assert [p.value for p in _kind(text, "person")] == [value]


def _all_facts(*texts: str) -> list[list[tuple[str, str, str | None]]]:
    statements = [Statement(f"s{n}:1", f"s{n}", t, 0, len(t)) for n, t in enumerate(texts, 1)]
    sources = [
        Source(f"s{n}", None, None, None, None, None, "input", "") for n in range(1, len(texts) + 1)
    ]
    facts = extract_all_facts(statements, sources)
    return [[(f.kind, f.value, f.role) for f in facts[s.id]] for s in statements]


def test_a_name_found_as_a_person_elsewhere_is_a_person_without_a_cue() -> None:
    alone = "Meseret Alemu of Ethiopia won the women's race."
    assert _all_facts(alone) == [[("place", "Ethiopia", None)]]
    named, cued = _all_facts(alone, "The title went to Meseret Alemu, a Kenyan.")
    assert named == [("person", "Meseret Alemu", None),
                     ("attribute", "Ethiopia", "nationality of Meseret Alemu")]
    assert cued == [("person", "Meseret Alemu", None),
                    ("attribute", "Kenya", "nationality of Meseret Alemu")]


def test_a_name_ending_in_an_organisations_noun_is_no_person() -> None:
    assert _kind("By 6am supplies were back, North East Power Networks said.", "person") == []
    assert _kind("Patients went to the Queen Elizabeth University Hospital.", "person") == []
