"""Attributes: closed-class slots filled by a named value (kind "attribute"): a vessel's
or aircraft's flag state (role "flag", value the country's canonical name) and a vehicle's
colour (role "colour of <make or vehicle noun>", value the colour).

Colour: a lower-case colour word (COLOURS, with an optional shade: dark, light, pale,
bright, metallic...) right before a vehicle, a car make ("a silver Audi estate": colour of
audi) or a vehicle noun ("a dark blue van": colour of van), or before a warning or an alert
(a weather service's level, with one word between allowed: "a red warning" against "an
amber wind warning": colour of warning); "the Red Army" and "black Friday" are none of
these. Two colours agree when their base colour is one (grey and gray are one; navy is
blue; the shade aside: "dark blue" and "blue" agree); silver against dark blue is a
conflict. Patterns, on the folded text (X is a country name or alias, or its adjective from
gazetteer_data.DEMONYMS: "Liberian" -> Liberia): - "X-flagged", "X-registered" ("a
Singapore-flagged container ship", "Liberian-flagged"); - "under the X flag", "flies/flying
the X flag", "an X flag" ("sails under the Liberian flag", "flying the Panamanian flag"); -
"under the flag of X", "flag state (is/was/:) X", "flagged in X", "registered in X" (the
last only in a statement about a vessel: ship, vessel, tanker, carrier, freighter...). Two
flag values agree only when they name the same country ("Liberian" = "Liberia"); Singapore
against Liberia is a conflict.

Nationality: a person's country named beside the name ("Meseret Alemu of Ethiopia",
"Meseret Alemu, a Kenyan", "Daniel Kipkemboi (Kenya)", "Kenyan runner Daniel Kipkemboi",
"Ethiopia's Meseret Alemu"): role "nationality of <the person's canonical name>", value
the country; Ethiopia against Kenya for one runner is a conflict.

Material: a material word right before a structure, one word between allowed ("a steel
crowd barrier" / "the timber barrier": material of barrier; timber, wood and wooden are
one material, wood).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .gazetteer import demonyms, gazetteer, lookup
from .gazetteer_data import COUNTRY
from .text import Doc, overlaps, word_set

ATTRIBUTE = "attribute"
FLAG = "flag"
COLOUR = "colour"
COLOURS = {
    "black": "black", "white": "white", "silver": "silver", "grey": "grey", "gray": "grey",
    "red": "red", "maroon": "red", "burgundy": "red", "blue": "blue", "navy": "blue",
    "green": "green", "yellow": "yellow", "orange": "orange", "brown": "brown",
    "beige": "beige", "gold": "gold", "purple": "purple", "pink": "pink", "amber": "amber",
}
_NAME = r"((?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]+)"
_VESSEL_WORDS = word_set(
    "ship ships vessel vessels tanker tankers carrier carriers freighter freighters "
    "containership boxship bulker ferry cruiser yacht trawler barge aircraft plane airliner"
)
_PATTERNS = (
    re.compile(rf"(?<![\w-]){_NAME}-(?:flagged|registered)\b"),
    re.compile(
        rf"\b(?:under|flies|fly|flying|flew|hoisting|an?|the)\s+(?:the\s+|a\s+|an\s+)?"
        rf"{_NAME}\s+flag\b"
    ),
    re.compile(rf"\bflag\s+of\s+(?:the\s+)?{_NAME}"),
    re.compile(rf"\bflag\s+state\s*(?:is\s+|was\s+|:\s*|of\s+)?(?:the\s+)?{_NAME}"),
    re.compile(rf"\bflagged\s+in\s+(?:the\s+)?{_NAME}"),
)
_REGISTERED_IN = re.compile(rf"\bregistered\s+in\s+(?:the\s+)?{_NAME}")

_SHADES = r"(?:(?:dark|light|pale|bright|deep|metallic|navy)[- ])?"
_VEHICLES = (
    "car|cars|van|vans|truck|lorry|pickup|pick-up|SUV|saloon|sedan|hatchback|estate|"
    "motorbike|motorcycle|scooter|minibus|bus|coupe|convertible|jeep|4x4|"
    "(?:[a-z]+\\s+)?(?:warning|warnings|alert|alerts)"
)
_MAKES = (
    "Audi|BMW|Mercedes|Mercedes-Benz|Volkswagen|VW|Ford|Toyota|Honda|Nissan|Renault|Peugeot|"
    "Citroen|Fiat|Opel|Vauxhall|Skoda|Seat|Volvo|Kia|Hyundai|Mazda|Tesla|Porsche|Jeep|"
    "Land Rover|Range Rover|Mini|Dacia|Subaru|Mitsubishi|Chevrolet|Lexus|Jaguar|Suzuki|Lada"
)
_COLOUR_RE = re.compile(
    rf"\b({_SHADES}(?:{'|'.join(COLOURS)}))\s+(?:({_MAKES})|({_VEHICLES}))\b"
)


@dataclass(frozen=True)
class AttributeMention:
    start: int
    end: int
    role: str
    value: str


def country_of(name: str) -> tuple[str, str] | None:
    """The canonical country a name or adjective stands for ("Liberian" -> "Liberia"), and
    the words that name it (the longest tail: "The Liberian" -> "Liberian")."""
    words = name.split()
    for first in range(len(words)):
        tail = " ".join(words[first:])
        adjective = demonyms().get(tail.lower())
        if adjective is not None:
            return adjective, tail
        place = lookup(tail)
        if place is not None and place.level == COUNTRY:
            return place.name, tail
    return None


def _matches(doc: Doc) -> Iterator[tuple[int, int, str]]:
    text = doc.folded
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            yield m.start(1), m.end(1), m.group(1)
    if {t.lower for t in doc.tokens} & _VESSEL_WORDS:
        for m in _REGISTERED_IN.finditer(text):
            yield m.start(1), m.end(1), m.group(1)


def find_attributes(doc: Doc, taken: list[tuple[int, int]]) -> list[AttributeMention]:
    """Flag states, vehicle colours and materials named in ``doc`` (module doc), none
    overlapping ``taken``."""
    gazetteer()  # load before matching so that errors name the fix early
    found: list[AttributeMention] = []
    for start, end, name in _matches(doc):
        named = country_of(name)
        if named is None:
            continue
        start = end - len(named[1])
        if overlaps((start, end), taken):
            continue
        found.append(AttributeMention(start, end, FLAG, named[0]))
        taken.append((start, end))
    found.extend(_colours(doc, taken))
    found.extend(_materials(doc, taken))
    return sorted(found, key=lambda m: m.start)


NATIONALITY = "nationality of"
_NATION_AFTER = (
    re.compile(rf"\s+of\s+(?:the\s+)?{_NAME}"),  # "Meseret Alemu of Ethiopia"
    re.compile(r",\s+(?:a|an|the)\s+([A-Z][a-z]+)\b"),  # "Meseret Alemu, a Kenyan"
    re.compile(rf"\s+\({_NAME}\)"),  # "Daniel Kipkemboi (Kenya)"
)
_NATION_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+(?:[a-z]+\s+){0,2}$")  # "Kenyan runner X"
_NATION_POSSESSIVE = re.compile(rf"\b{_NAME}['\u2019]s\s+$")  # "Ethiopia's Meseret Alemu"


def find_nationalities(
    doc: Doc, people: list[tuple[int, int, str]], taken: list[tuple[int, int]]
) -> list[AttributeMention]:
    """The country of each person (start, end, canonical name) named beside it: "X of
    Ethiopia", "X, a Kenyan", "X (Kenya)", or a country's adjective just before the name
    ("Kenyan runner X"); role "nationality of <name>"."""
    found = []
    for start, end, person in people:
        for span in _nation_spans(doc, start, end):
            named = country_of(doc.folded[span[0] : span[1]])
            if named is None or overlaps(span, taken):
                continue
            found.append(AttributeMention(*span, f"{NATIONALITY} {person}", named[0]))
            taken.append(span)
            break
    return found


def _nation_spans(doc: Doc, start: int, end: int) -> Iterator[tuple[int, int]]:
    for pattern in _NATION_AFTER:
        m = pattern.match(doc.folded, end)
        if m is not None:
            yield m.start(1), m.end(1)
    m = _NATION_BEFORE.search(doc.folded[:start])
    if m is not None and m.group(1).lower() in demonyms():
        yield m.start(1), m.end(1)
    m = _NATION_POSSESSIVE.search(doc.folded[:start])
    if m is not None:
        yield m.start(1), m.end(1)


def _colours(doc: Doc, taken: list[tuple[int, int]]) -> list[AttributeMention]:
    found = []
    for m in _COLOUR_RE.finditer(doc.folded):
        vehicle = (m.group(2) or m.group(3)).lower().split()[-1]
        if vehicle.endswith("s") and vehicle not in ("bus", "mercedes"):
            vehicle = vehicle[:-1]  # "red warnings", "two silver cars": one kind
        if overlaps((m.start(1), m.end(1)), taken):
            continue
        found.append(AttributeMention(m.start(1), m.end(1), f"{COLOUR} of {vehicle}",
                                      m.group(1).lower().replace("-", " ")))
        taken.append((m.start(1), m.end(1)))
    return found


MATERIAL = "material"
MATERIALS = {
    "steel": "steel", "metal": "metal", "iron": "iron", "aluminium": "aluminium",
    "aluminum": "aluminium", "timber": "wood", "wooden": "wood", "wood": "wood",
    "concrete": "concrete", "glass": "glass", "plastic": "plastic", "brick": "brick",
    "stone": "stone",
}
_STRUCTURES = (
    "barrier|barriers|fence|fences|wall|walls|stage|stages|bridge|bridges|frame|frames|"
    "roof|roofs|railing|railings|gate|gates|tower|towers|scaffold|scaffolding|platform|"
    "platforms|beam|beams|hull|hulls|door|doors|shed|sheds"
)
_MATERIAL_RE = re.compile(
    rf"\b({'|'.join(MATERIALS)})\s+(?:[a-z]+\s+)?({_STRUCTURES})\b"
)


def _materials(doc: Doc, taken: list[tuple[int, int]]) -> list[AttributeMention]:
    """What a structure is made of: "a steel crowd barrier" / "the timber barrier"
    (material of barrier, value the material: timber and wooden are one, wood)."""
    found = []
    for m in _MATERIAL_RE.finditer(doc.folded):
        if overlaps((m.start(1), m.end(1)), taken):
            continue
        structure = m.group(2).removesuffix("s") if m.group(2) != "scaffolding" else "scaffold"
        value = MATERIALS[m.group(1)]
        found.append(AttributeMention(m.start(1), m.end(1), f"{MATERIAL} of {structure}", value))
        taken.append((m.start(1), m.end(1)))
    return found


def _base_colour(value: str) -> str:
    return COLOURS.get(value.split()[-1], value.split()[-1])


def compatible(value_a: str, value_b: str) -> bool:
    """Whether two attribute values can both be true: the same country for a flag; the
    same base colour for a colour ("dark blue" and "navy blue" and "blue")."""
    if value_a == value_b:
        return True
    words_a, words_b = value_a.split(), value_b.split()
    if words_a[-1].lower() in COLOURS and words_b[-1].lower() in COLOURS:
        return _base_colour(value_a.lower()) == _base_colour(value_b.lower())
    return False
