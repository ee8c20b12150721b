"""Attributes: closed-class slots filled by a named value. So far one slot, a vessel's or
aircraft's flag state (kind "attribute", role "flag", value the country's canonical name).

Patterns, on the folded text (X is a country name or alias, or its adjective from
gazetteer_data.DEMONYMS: "Liberian" -> Liberia):

- "X-flagged", "X-registered" ("a Singapore-flagged container ship", "Liberian-flagged");
- "under the X flag", "flies/flying the X flag", "an X flag" ("sails under the Liberian
  flag", "flying the Panamanian flag");
- "under the flag of X", "flag state (is/was/:) X", "flagged in X", "registered in X" (the
  last only in a statement about a vessel: ship, vessel, tanker, carrier, freighter...).

Two flag values agree only when they name the same country ("Liberian" = "Liberia");
Singapore against Liberia is a conflict.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from .gazetteer import gazetteer, lookup
from .gazetteer_data import COUNTRY, DEMONYMS
from .text import Doc, overlaps, word_set

ATTRIBUTE = "attribute"
FLAG = "flag"

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


@dataclass(frozen=True)
class AttributeMention:
    start: int
    end: int
    role: str
    value: str


@cache
def _adjectives() -> dict[str, str]:
    return {adjective.lower(): country for country, more in DEMONYMS.items() for adjective in more}


def country_of(name: str) -> tuple[str, str] | None:
    """The canonical country a name or adjective stands for ("Liberian" -> "Liberia"), and
    the words that name it (the longest tail: "The Liberian" -> "Liberian")."""
    words = name.split()
    for first in range(len(words)):
        tail = " ".join(words[first:])
        adjective = _adjectives().get(tail.lower())
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
    """Flag states named in ``doc`` (module doc), none overlapping ``taken``."""
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
    return sorted(found, key=lambda m: m.start)


def compatible(value_a: str, value_b: str) -> bool:
    return value_a == value_b
