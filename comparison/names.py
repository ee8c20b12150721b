"""People: finding names, their titles, canonical spellings and when two names are one.

A person is found as 1-3 capitalised tokens (a hyphenated token counts once) that

- follow a title ("Kremlin spokesman Dmitri Peskov", "Russian Defense Minister, Sergei
  Shoigu", "the leader of North Korea, Kim Jong-un", "President Putin"), or
- start with a known given name ("Jake Sullivan"), or
- start with an East Asian family name followed by a hyphenated given name or two more
  tokens ("Kim Jong-un", "Kim Jong Un", "Yoon Suk Yeol"; "Xi Jinping").

The role of a person is the title phrase that introduces it, lower-cased, with
spokesman/spokeswoman read as spokesperson and adviser as advisor ("kremlin spokesperson",
"russian president"), also taken from an apposition ("Oleg Kozhemyako, the
governor of Primorye"); None without a title.

Canonical value: hyphens split and each part capitalised ("Kim Jong-un", "Kim Jong-Un" ->
"Kim Jong Un"), the given name spelled as its variant group's first spelling ("Dmitri" ->
"Dmitry"). Two names are one person when their family names are equal and their given
names have a rapidfuzz ratio of at least GIVEN_NAME_RATIO, or one gives the family name
only ("Putin"). Across a corpus, every spelling of one person takes the most complete and
most frequent spelling (``unify``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz

from .gazetteer import gazetteer
from .names_data import FAMILY_NAMES, GIVEN_NAME_CANONICAL, GIVEN_NAMES, TITLE_MODIFIERS, TITLES
from .text import Doc, Token, fold, overlaps, word_set

PERSON = "person"
GIVEN_NAME_RATIO = 80.0

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


@dataclass(frozen=True)
class PersonMention:
    start: int
    end: int
    value: str
    role: str | None


def _name_token(tok: Token) -> bool:
    if not (tok.is_word and tok.is_capitalised) or tok.text in _NOT_NAME:
        return False
    if tok.lower in TITLES or (tok.text.isupper() and len(tok.text) > 1):
        return False
    return (tok.lower,) not in gazetteer().aliases


def _name_run(tokens: tuple[Token, ...], index: int, limit: int = 3) -> int:
    """How many name tokens start at ``index`` (at most ``limit``)."""
    count = 0
    while count < limit and index + count < len(tokens) and _name_token(tokens[index + count]):
        count += 1
    return count


def _title_phrase(tokens: tuple[Token, ...], title: int) -> str:
    words = [tokens[title].lower]
    for tok in reversed(tokens[max(0, title - 4) : title]):
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
    return index, extra


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
        and (tokens[index].lower in TITLE_MODIFIERS or _name_token(tokens[index]))
    ):
        index += 1
    if index >= len(tokens) or tokens[index].lower not in TITLES:
        return None
    _, extra = _after_title(tokens, index)
    phrase = " ".join(t.lower for t in tokens[start : index + 1])
    return normalise_title(f"{phrase} {extra}".strip())


def canonical_person(words: Iterable[str]) -> str:
    """ "Kim Jong-un" -> "Kim Jong Un"; "Dmitri Peskov" -> "Dmitry Peskov"."""
    parts = [p for w in words for p in fold(w).replace("-", " ").split()]
    parts = [p if p[:1].isupper() and not p.isupper() else p.capitalize() for p in parts]
    if len(parts) > 1 and parts[0] not in FAMILY_NAMES:
        parts[0] = GIVEN_NAME_CANONICAL.get(parts[0], parts[0])
    return " ".join(parts)


def _mention(doc: Doc, first: int, width: int, role: str | None) -> PersonMention:
    tokens = doc.tokens[first : first + width]
    role = role or _apposition(doc.tokens, first + width)
    return PersonMention(
        tokens[0].start, tokens[-1].end, canonical_person(t.text for t in tokens), role
    )


def _scan(doc: Doc) -> list[PersonMention]:
    tokens, found, index = doc.tokens, [], 0
    while index < len(tokens):
        tok = tokens[index]
        if tok.lower in TITLES:
            start, extra = _after_title(tokens, index)
            width = _name_run(tokens, start)
            if width:
                role = f"{_title_phrase(tokens, index)} {extra}".strip()
                found.append(_mention(doc, start, width, role))
                index = start + width
                continue
        width = _known_name_width(tokens, index) if tok.is_capitalised else 0
        if width:
            found.append(_mention(doc, index, width, None))
            index += width
            continue
        index += 1
    return found


def find_people(doc: Doc, taken: list[tuple[int, int]]) -> list[PersonMention]:
    """People named in ``doc`` (see the module doc), none overlapping ``taken``."""
    found = []
    for mention in _scan(doc):
        span = (mention.start, mention.end)
        if not overlaps(span, taken):
            taken.append(span)
            found.append(mention)
    return found


# --- one person, several spellings ---------------------------------------------------------


def _family_and_given(name: str) -> tuple[str, str]:
    parts = name.split()
    if len(parts) == 1:
        return parts[0].lower(), ""
    if parts[0] in FAMILY_NAMES:
        return parts[0].lower(), " ".join(parts[1:]).lower()
    return parts[-1].lower(), " ".join(parts[:-1]).lower()


def same_person(a: str, b: str) -> bool:
    if a == b:
        return True
    family_a, given_a = _family_and_given(a)
    family_b, given_b = _family_and_given(b)
    if family_a != family_b:
        return False
    return not given_a or not given_b or fuzz.ratio(given_a, given_b) >= GIVEN_NAME_RATIO


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
