"""People: finding names, their titles, canonical spellings and when two names are one.

A person is found as 1-3 capitalised tokens (a hyphenated token counts once) that

- follow a title ("Kremlin spokesman Dmitri Peskov", "Russian Defense Minister, Sergei
  Shoigu", "the leader of North Korea, Kim Jong-un", "President Putin", "Gen. Mark
  Milley": the period of an abbreviated title is skipped), or
- start with a known given name ("Jake Sullivan"), or
- start with an East Asian family name followed by a hyphenated given name or two more
  tokens ("Kim Jong-un", "Kim Jong Un", "Yoon Suk Yeol"; "Xi Jinping"), or
- are two or three name words after a country's adjective or before ", a <adjective>"
  ("Kenyan runner Daniel Kipkemboi", "Meseret Alemu, a Kenyan who..."), or
- are two or three name words that the corpus names as a person elsewhere (a second pass
  in facts.extract_all_facts: "Meseret Alemu of Ethiopia"), or
- are two or three name words right after a verb of saying ("..., said Snjezana Vukovic",
  "according to Marko Lukic") or before a relative clause naming an office ("Helga
  Rainer, who heads the Graz public health office", "Jurgen Hollwarth, who is leading the
  rescue operation") or an apposition naming one ("Bostjan Zupan, the race director,").

A run followed by a building's or an organisation's noun ("Queen Elizabeth University
Hospital", "North East Power Networks") is no person, and those nouns are never name words.
An apposition's title takes every title word ("chief executive of North East Power
Networks"), and an organisation's possessive before it ("Cllr Martin Oddie, the council's
executive member for highways": "council executive").

Initials belong to the name and do not count among the 1-3 tokens ("Joseph R. Biden",
"H.R. McMaster"; not "U.S.", a place), nor does a generational suffix after it ("Jr.",
"Sr.", "II", "III"). A name that ends in an initial ("Joseph R." before a lower-case word)
is incomplete and no person at all. Titles and honorifics leading the name after a title
are skipped ("House Majority Leader Rep. Kevin McCarthy": Kevin McCarthy).

The role of a person is the title phrase that introduces it, lower-cased, with
spokesman/spokeswoman read as spokesperson and adviser as advisor ("kremlin spokesperson",
"russian president"), also taken from an apposition ("Oleg Kozhemyako, the
governor of Primorye") or from a relative clause naming an office (", who chairs the city
election commission": "chair of city election commission"; leads, runs and heads all
give "head", as does "in charge of": "the fire officer in charge of the operation" is "head
of operation"); None without a title.

Canonical value: leading titles dropped ("Representative Kevin McCarthy" -> "Kevin
McCarthy"), hyphens split and each part capitalised ("Kim Jong-un", "Kim Jong-Un" ->
"Kim Jong Un"; initials and roman suffixes kept as written), the given name spelled as its
variant group's first spelling ("Dmitri" -> "Dmitry"). Two names are one person
(``same_person``) when, titles and suffixes aside,

- one gives the family name only ("Putin"), or
- their family names are equal (or spelled alike, a rapidfuzz ratio of at least
  FAMILY_NAME_RATIO, when the given names are equal: "Sanne Dijkstra"/"Sanne Dykstra"),
  their first given names agree (equal; an initial and a name with that letter; a
  nickname and its formal name or another nickname of it, from names_data.NICKNAME_FORMS:
  "Jim"/"James"/"Jimmy"; or a rapidfuzz ratio of at least GIVEN_NAME_RATIO:
  "Dmitri"/"Dmitry"), and their middle names agree: one has none
  ("Sarah Huckabee Sanders", "Sarah Sanders") or they pair up one by one, each equal or
  an initial of the other ("Joseph R. Biden", "Joseph Robinette Biden"; not "George H. W.
  Bush" and "George W. Bush"). An East Asian name with its family name first has no middle
  names: all its given names are compared as one.

"Bill Clinton" and "Hillary Clinton" stay two people. Across a corpus, every spelling of one
person takes the most complete and most frequent spelling (``unify``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz

from .gazetteer import demonyms, gazetteer, lookup
from .names_data import (
    FAMILY_NAMES,
    GIVEN_NAME_CANONICAL,
    GIVEN_NAMES,
    HONORIFICS,
    NAME_SUFFIXES,
    NICKNAME_FORMS,
    TITLE_MODIFIERS,
    TITLES,
)
from .text import ABBREVIATIONS, Doc, Token, fold, overlaps, word_set

PERSON = "person"
GIVEN_NAME_RATIO = 80.0
FAMILY_NAME_RATIO = 80.0

_CHINESE_FAMILY = word_set(
    "Xi Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Hu Wen Deng Mao Jiang"
)
_NOT_NAME = word_set(
    "The A An He She It They We I This That These Those His Her Its Their Our My Your "
    "In On At For From By With Of And Or But As If When While After Before Since "
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
)
_CONNECTORS = frozenset({"of", "for", "the"})
_INITIALS_RE = re.compile(r"(?:[A-Z]\.)+")


@dataclass(frozen=True)
class PersonMention:
    start: int
    end: int
    value: str
    role: str | None


_NOT_PERSON_NOUNS = word_set(
    "Hospital Infirmary University College School Stadium Arena Prison Airport Station "
    "Street Road Avenue Bridge Park Museum Hotel Centre Center Church Cathedral "
    "Networks Network Group Company Corporation Holdings Ltd Limited Inc Bank Authority "
    "Agency Services Council Ministry Department Party Association Institute Foundation "
    "Committee Commission Trust Airlines Airways Railways"
)  # a building's or an organisation's noun: "North East Power Networks" is no person


def _name_token(tok: Token) -> bool:
    if not (tok.is_word and tok.is_capitalised) or tok.text in _NOT_NAME:
        return False
    if tok.text in _NOT_PERSON_NOUNS:
        return False  # "Queen Elizabeth University Hospital" names a building
    if tok.lower in TITLES or (tok.text.isupper() and len(tok.text) > 1):
        return False
    return (tok.lower,) not in gazetteer().aliases


def _dot_after(tokens: tuple[Token, ...], index: int) -> bool:
    """Whether a period touches the end of token ``index`` ("R.", "Jr.", "Gen.")."""
    dot = index + 1
    return dot < len(tokens) and tokens[dot].text == "." and tokens[dot].start == tokens[index].end


def _initial_width(tokens: tuple[Token, ...], index: int) -> int:
    """Tokens an initial takes at ``index``: "R." 2, "H.R." 1, anything else 0."""
    tok = tokens[index]
    if _INITIALS_RE.fullmatch(tok.text):
        return 0 if (tok.lower,) in gazetteer().aliases else 1  # "U.S." is a place
    return 2 if len(tok.text) == 1 and tok.text.isupper() and _dot_after(tokens, index) else 0


def _suffix_width(tokens: tuple[Token, ...], index: int) -> int:
    """Tokens a generational suffix takes at ``index``: "Jr." 2, "III" 1, else 0."""
    if tokens[index].lower not in NAME_SUFFIXES or not tokens[index].is_capitalised:
        return 0
    return 2 if _dot_after(tokens, index) else 1


def _name_run(tokens: tuple[Token, ...], index: int, limit: int = 3) -> int:
    """How many tokens the name starting at ``index`` takes: at most ``limit`` name words,
    with initials among them ("Joseph R. Biden", "H.R. McMaster") and a suffix after them
    ("Jr."); 0 when it ends in an initial ("Joseph R."): an incomplete name."""
    stop, words, complete = index, 0, index
    while stop < len(tokens) and words < limit:
        initial = _initial_width(tokens, stop)
        if initial:
            stop += initial
            continue
        if words and _particle(tokens, stop):
            stop += 1  # "Marieke de Graaf", "Ursula von der Leyen"
            continue
        if _suffix_width(tokens, stop) or not _name_token(tokens[stop]):
            break
        stop, words, complete = stop + 1, words + 1, stop + 1
    if stop > complete:
        return 0
    if words and stop < len(tokens):
        stop += _suffix_width(tokens, stop)
    return stop - index


NAME_PARTICLES = word_set("de van von der den da di du del della ter ten dos das bin al")


def _particle(tokens: tuple[Token, ...], index: int) -> bool:
    """A lower-case particle inside a name, before more of it ("de Graaf", "von der")."""
    ahead = index
    while ahead < len(tokens) and tokens[ahead].text in NAME_PARTICLES:
        ahead += 1
    return ahead > index and ahead < len(tokens) and _name_token(tokens[ahead])


def _skip_honorifics(tokens: tuple[Token, ...], index: int) -> int:
    """Where the name starts after titles leading it ("Sen. Chuck Schumer"), if one does."""
    start = index
    while start < len(tokens) and tokens[start].is_capitalised:
        if tokens[start].lower not in HONORIFICS:
            break
        start += 2 if _dot_after(tokens, start) else 1
    return start if start > index and _name_run(tokens, start) else index


def _title_phrase(tokens: tuple[Token, ...], title: int) -> str:
    words = [tokens[title].lower]
    window = tokens[max(0, title - 4) : title]
    for back, tok in enumerate(reversed(window), start=1):
        if tok.text == "'s":  # "the museum's director": museum director
            owner = window[-back - 1] if back < len(window) else None
            if owner is not None and owner.is_word and owner.text not in _NOT_NAME:
                words.insert(0, owner.lower)
            break
        if not tok.is_word or tok.lower in ("the", "a", "an") or tok.text in _NOT_NAME:
            break
        if not (tok.is_capitalised or tok.lower in TITLE_MODIFIERS):
            break
        words.insert(0, tok.lower)
    return normalise_title(" ".join(words))


def normalise_title(title: str) -> str:
    words = {
        "adviser": "advisor",
        "defence": "defense",
        "spokeswoman": "spokesperson",
        "spokesman": "spokesperson",
    }
    return " ".join(words.get(w, w) for w in title.split() if w not in ("the", "'s"))


def _after_title(tokens: tuple[Token, ...], title: int) -> tuple[int, str]:
    """Where the name after a title starts, and the "of X" part of the title if any."""
    index, extra = title + 1, ""
    if index < len(tokens) and tokens[index].lower in ("of", "for"):
        stop = index + 1
        while (
            stop < len(tokens)
            and stop - title < 8
            and (
                tokens[stop].lower in _CONNECTORS
                or (tokens[stop].is_word and tokens[stop].is_capitalised)
            )
        ):
            stop += 1
        words = tokens[index:stop]
        if any(t.is_capitalised for t in words):
            index, extra = stop, normalise_title(" ".join(t.lower for t in words))
    if index < len(tokens) and tokens[index].text == ",":
        index += 1
    elif tokens[title].lower in ABBREVIATIONS and _dot_after(tokens, title):
        index += 1  # "Gen. Mark Milley"
    return _skip_honorifics(tokens, index), extra


def _known_name_width(tokens: tuple[Token, ...], index: int) -> int:
    tok = tokens[index]
    run = _name_run(tokens, index)
    if tok.text in GIVEN_NAMES and run >= 2:
        return run
    if tok.text in FAMILY_NAMES and run >= 2:
        if "-" in tokens[index + 1].text:
            return 2
        if run == 3 or tok.text in _CHINESE_FAMILY:
            return min(run, 3)
    return 0


def _apposition(tokens: tuple[Token, ...], after: int) -> str | None:
    """Title in ", the governor of Primorye" after a name ending before ``after``."""
    if after + 1 >= len(tokens) or tokens[after].text != ",":
        return None
    index = after + 1 + (tokens[after + 1].lower == "the")
    start = index
    while (
        index < len(tokens)
        and index - start < 4
        and tokens[index].lower not in TITLES
        and (tokens[index].lower in TITLE_MODIFIERS or _name_token(tokens[index])
             or tokens[index].lower == "'s"  # "the council's executive member"
             or (tokens[index].text.isalpha() and tokens[index].text.islower()))  # "race"
    ):
        index += 1
    if index >= len(tokens) or tokens[index].lower not in TITLES:
        return None
    while index + 1 < len(tokens) and tokens[index + 1].lower in TITLES:
        index += 1  # "chief executive", "managing director"
    charge = _in_charge(tokens, index + 1)
    if charge is not None:
        return charge  # "the fire officer in charge of the operation": the charge names it
    _, extra = _after_title(tokens, index)
    phrase = " ".join(t.lower for t in tokens[start : index + 1])
    return normalise_title(f"{phrase} {extra or _of_phrase(tokens, index + 1)}".strip())


def _of_phrase(tokens: tuple[Token, ...], index: int) -> str:
    """The complement of a title in an apposition: "of the public health office" (up to
    six words, to the next punctuation), or ""."""
    if index >= len(tokens) or tokens[index].lower != "of":
        return ""
    words = _office_words(tokens, index + 1, index + 7)
    return " ".join(["of", *words]) if words else ""


def _strip_honorifics(parts: list[str]) -> list[str]:
    """``parts`` without the titles leading them, keeping at least one word."""
    start = 0
    while start < len(parts) - 1 and parts[start].lower().rstrip(".") in HONORIFICS:
        start += 1
    return parts[start:]


def _keeps_case(part: str) -> bool:
    """Initials ("R.", "H.R.") and roman suffixes ("III") are written as they are."""
    return bool(_INITIALS_RE.fullmatch(part)) or part.lower() in NAME_SUFFIXES


def canonical_person(words: Iterable[str]) -> str:
    """ "Kim Jong-un" -> "Kim Jong Un"; "Dmitri Peskov" -> "Dmitry Peskov"; "Representative
    Kevin McCarthy" -> "Kevin McCarthy"."""
    parts = [p for w in words for p in fold(w).replace("-", " ").split()]
    parts = _strip_honorifics(parts)
    parts = [
        p if _keeps_case(p) or p in NAME_PARTICLES or (p[:1].isupper() and not p.isupper())
        else p.capitalize()
        for p in parts
    ]
    if len(parts) > 1 and parts[0] not in FAMILY_NAMES:
        parts[0] = GIVEN_NAME_CANONICAL.get(parts[0], parts[0])
    return " ".join(parts)


def _name_words(tokens: tuple[Token, ...]) -> list[str]:
    """The words of a name's tokens: "R" "." -> "R.", "Jr" "." -> "Jr."."""
    words: list[str] = []
    for tok in tokens:
        if tok.text == "." and words:
            words[-1] += "."
        elif tok.text != ".":
            words.append(tok.text)
    return words


_OFFICE_VERBS = {
    "chairs": "chair", "chaired": "chair", "chairing": "chair",
    "heads": "head", "headed": "head", "heading": "head",
    "leads": "head", "led": "head", "leading": "head",
    "runs": "head", "ran": "head", "running": "head",
    "directs": "director", "directed": "director", "directing": "director",
}
_OFFICE_AUX = word_set("is was has had been")
_CLAUSE_OPENERS = word_set("who which that where when")
_RELATIVE_STOP = frozenset(
    {",", ".", ";", ":", "(", ")", '"', "and", "but", "since", "for", "at", "in", "on", "during"}
)


def _relative_role(tokens: tuple[Token, ...], after: int) -> str | None:
    """The office in ", who chairs the city election commission" after a name ending before
    ``after``: "chair of city election commission" (the verb as its office noun, articles
    dropped)."""
    if after + 2 >= len(tokens) or tokens[after].text != "," or tokens[after + 1].lower != "who":
        return None
    verb = after + 2
    while verb < len(tokens) - 1 and tokens[verb].lower in _OFFICE_AUX:
        verb += 1  # "who is leading the rescue operation"
    charge = _in_charge(tokens, verb)
    if charge is not None:
        return charge
    office = _OFFICE_VERBS.get(tokens[verb].lower)
    if office is None:
        return None
    words = _office_words(tokens, verb + 1, verb + 8)
    return " ".join([office, "of", *words]) if words else None


def _in_charge(tokens: tuple[Token, ...], index: int) -> str | None:
    """ "in charge of the operation" at ``index``: "head of operation", as "heads the
    operation" gives."""
    if [t.lower for t in tokens[index : index + 3]] != ["in", "charge", "of"]:
        return None
    words = _office_words(tokens, index + 3, index + 10)
    return " ".join(["head", "of", *words]) if words else None


def _office_words(tokens: tuple[Token, ...], start: int, stop: int) -> list[str]:
    """The lower-case words naming an office from ``start`` (before ``stop``) to the next
    punctuation, conjunction or clause opener, articles dropped and a place before the
    office noun too ("the Graz public health office": outlets name the office with or
    without it); right after "of" a place names the office ("governor of Primorye")."""
    words = []
    for index in range(start, min(stop, len(tokens))):
        tok = tokens[index]
        if not tok.is_word or tok.lower in _RELATIVE_STOP or tok.lower in _CLAUSE_OPENERS:
            break
        after_of = tokens[index - 1].lower == "of"
        place = tok.is_capitalised and not after_of and lookup(tok.text, towns=False) is not None
        if tok.lower not in ("the", "a", "an") and not place:
            words.append(tok.lower)
    return words


_SPEECH = word_set("said says told added according")


def _attributed_width(tokens: tuple[Token, ...], index: int) -> int:
    """Width of a two- or three-word name right after a verb of saying ("..., said
    Snjezana Vukovic, who chairs..."), which no title or known given name introduces."""
    before = [t.lower for t in tokens[max(0, index - 2) : index]]
    if not before or (before[-1] not in _SPEECH and before != ["according", "to"]):
        return 0
    run = _name_run(tokens, index)
    return run if run >= 2 else 0


def _national_width(tokens: tuple[Token, ...], index: int) -> int:
    """Width of a two- or three-word name that a country's adjective introduces ("Kenyan
    runner Daniel Kipkemboi", "Ethiopian Meseret Alemu") or follows in an apposition
    ("Meseret Alemu, a Kenyan who trains in Iten")."""
    run = _name_run(tokens, index)
    if run < 2:
        return 0
    before = list(tokens[max(0, index - 3) : index])
    lead = next((t for t in reversed(before) if t.is_capitalised), None)
    between = before[before.index(lead) + 1 :] if lead is not None else []
    if lead is not None and lead.lower in demonyms() and all(t.text.islower() for t in between):
        return run
    after = tokens[index + run : index + run + 3]
    apposed = len(after) == 3 and after[0].text == "," and after[1].lower in ("a", "an")
    return run if apposed and after[2].lower in demonyms() else 0


def _known_width(tokens: tuple[Token, ...], index: int, known: frozenset[str]) -> int:
    """Width of a name the corpus names as a person elsewhere ("Meseret Alemu of Ethiopia",
    once "Meseret Alemu, a Kenyan" has named her)."""
    run = _name_run(tokens, index)
    for width in range(run, 1, -1):
        if canonical_person(_name_words(tokens[index : index + width])) in known:
            return width
    return 0


def _office_holder_width(tokens: tuple[Token, ...], index: int) -> int:
    """Width of a two- or three-word name followed by ", who heads/chairs/leads..." or by
    an apposition naming an office (", the race director,")."""
    run = _name_run(tokens, index)
    if run < 2:
        return 0
    after = index + run
    named = _relative_role(tokens, after) or _apposition(tokens, after)
    return run if named is not None else 0


def _names_a_place(tokens: tuple[Token, ...], end: int) -> bool:
    """Whether a building's or an organisation's noun follows the name ("Elizabeth
    University Hospital", "North East Power Networks")."""
    return end < len(tokens) and tokens[end].text in _NOT_PERSON_NOUNS


def _mention(doc: Doc, first: int, width: int, role: str | None) -> PersonMention:
    tokens = doc.tokens[first : first + width]
    # an office in a relative clause is more specific than a title ("brigadier Jacek Lis,
    # who is in charge of the operation": head of operation)
    role = _relative_role(doc.tokens, first + width) or role
    role = role or _apposition(doc.tokens, first + width)
    value = canonical_person(_name_words(tokens))
    return PersonMention(tokens[0].start, tokens[-1].end, value, role)


def _scan(doc: Doc, known: frozenset[str]) -> list[PersonMention]:
    tokens, found, index = doc.tokens, [], 0
    while index < len(tokens):
        tok = tokens[index]
        if tok.lower in TITLES:
            start, extra = _after_title(tokens, index)
            width = _name_run(tokens, start)
            if width and not _names_a_place(tokens, start + width):
                role = f"{_title_phrase(tokens, index)} {extra}".strip()
                found.append(_mention(doc, start, width, role))
                index = start + width
                continue
        width = _known_name_width(tokens, index) if tok.is_capitalised else 0
        width = width or (_attributed_width(tokens, index) if tok.is_capitalised else 0)
        width = width or (_office_holder_width(tokens, index) if tok.is_capitalised else 0)
        width = width or (_national_width(tokens, index) if tok.is_capitalised else 0)
        width = width or (_known_width(tokens, index, known) if tok.is_capitalised else 0)
        if width and not _names_a_place(tokens, index + width):
            found.append(_mention(doc, index, width, None))
            index += width
            continue
        index += 1
    return found


def find_people(
    doc: Doc, taken: list[tuple[int, int]], known: frozenset[str] = frozenset()
) -> list[PersonMention]:
    """People named in ``doc`` (see the module doc), none overlapping ``taken``; ``known``:
    canonical names found as people elsewhere in the corpus."""
    found = []
    for mention in _scan(doc, known):
        span = (mention.start, mention.end)
        if not overlaps(span, taken):
            taken.append(span)
            found.append(mention)
    return found


# --- one person, several spellings ---------------------------------------------------------


@dataclass(frozen=True)
class _Name:
    family: str
    given: str  # the first given name, or all of them when the family name comes first
    middles: tuple[str, ...]


def _split_initials(part: str) -> list[str]:
    return [f"{letter}." for letter in part.split(".") if letter]


def _parts(name: str) -> list[str]:
    """Lower-case words of ``name``, titles and suffixes gone, initials split ("h." "r.")."""
    parts = _strip_honorifics(name.split())
    words = [w for p in parts for w in (_split_initials(p) if _INITIALS_RE.fullmatch(p) else [p])]
    kept = [w.lower() for w in words if w.lower().rstrip(".") not in NAME_SUFFIXES]
    return kept or [name.lower()]


@cache
def _parse(name: str) -> _Name:
    parts = _parts(name)
    if len(parts) == 1:
        return _Name(parts[0], "", ())
    if parts[0].capitalize() in FAMILY_NAMES:
        return _Name(parts[0], " ".join(parts[1:]), ())
    return _Name(parts[-1], parts[0], tuple(parts[1:-1]))


def _initial_matches(a: str, b: str) -> bool:
    """An initial ("r.") matches the names it may stand for ("r.", "robinette")."""
    return (a.endswith(".") or b.endswith(".")) and a[0] == b[0]


def _given_matches(a: str, b: str) -> bool:
    if not a or not b or a == b or _initial_matches(a, b):
        return True
    if NICKNAME_FORMS.get(a, {a}) & NICKNAME_FORMS.get(b, {b}):
        return True
    return fuzz.ratio(a, b) >= GIVEN_NAME_RATIO


def _middles_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Middle names agree when one name has none, or each is the other's or its initial."""
    if not a or not b:
        return True
    if len(a) != len(b):
        return False
    return all(x == y or _initial_matches(x, y) for x, y in zip(a, b, strict=True))


def same_person(a: str, b: str) -> bool:
    """Whether two canonical names may be one person (see the module doc)."""
    if a == b:
        return True
    for x, y in ((a, b), (_called(a), b), (a, _called(b))):
        name_a, name_b = _parse(x), _parse(y)
        if (
            _family_matches(name_a, name_b)
            and _given_matches(name_a.given, name_b.given)
            and _middles_match(name_a.middles, name_b.middles)
        ):
            return True
    return False


def _called(name: str) -> str:
    """A name without a leading initial before a full given name: "A. Barry Rand" is
    called "Barry Rand", as "J. Edgar Hoover" is "Edgar Hoover"."""
    parts = name.split()
    leading = len(parts) >= 3 and _INITIALS_RE.fullmatch(parts[0]) is not None
    if leading and not _INITIALS_RE.fullmatch(parts[1]):
        return " ".join(parts[1:])
    return name


def _family_matches(a: _Name, b: _Name) -> bool:
    """Equal family names, or spellings of one (FAMILY_NAME_RATIO: "Dijkstra"/"Dykstra")
    when both give the same given name: a transliteration, not another person."""
    if a.family == b.family:
        return True
    same_given = bool(a.given) and a.given == b.given
    return same_given and fuzz.ratio(a.family, b.family) >= FAMILY_NAME_RATIO


def unify(values: Iterable[str]) -> Mapping[str, str]:
    """Each spelling -> the spelling that stands for its person across the corpus."""
    counts = Counter(values)
    order = sorted(counts, key=lambda v: (len(v.split()) == 1, -counts[v], v))
    representatives: list[str] = []
    mapping: dict[str, str] = {}
    for value in order:
        match = next((r for r in representatives if same_person(r, value)), None)
        if match is None:
            representatives.append(value)
            match = value
        mapping[value] = match
    return mapping
