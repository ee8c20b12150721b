"""Text helpers shared by the fact extractors: folding, tokens with offsets, clauses.

Every extractor works on ``fold(text)``, which has exactly the length of ``text`` so that
offsets found in the folded text index the original: curly quotes become straight ones,
dashes become "-", Cyrillic letters that look Latin inside a Latin word become Latin
("Vostochny Сosmodrome" with a Cyrillic "С" is matched as "Cosmodrome") and accented
letters lose their accent ("Artëm" is matched as "Artem").

A clause is the stretch of tokens between two boundaries: ``; : " ! ?`` (a colon not between
two digits: "1:28" is a time), a full stop (not
after an abbreviation such as "Sept.", nor before a lower-case word or a digit), or a
subordinating word ("that", "which", "while", "according"...). Commas and parentheses are
not boundaries ("Tuesday, September 12", "Sunday (September 17)").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property

_PUNCT = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2012": "-",
        "\u2011": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u2007": " ",
    }
)
_HOMOGLYPHS = str.maketrans(
    {
        "А": "A",
        "В": "B",
        "С": "C",
        "Е": "E",
        "Н": "H",
        "К": "K",
        "М": "M",
        "О": "O",
        "Р": "P",
        "Т": "T",
        "Х": "X",
        "а": "a",
        "с": "c",
        "е": "e",
        "о": "o",
        "р": "p",
        "х": "x",
        "у": "y",
        "і": "i",
        "І": "I",
        "ј": "j",
        "Ј": "J",
        "ѕ": "s",
        "Ѕ": "S",
    }
)
_WORD_RE = re.compile(r"\w+")
_ASCII_LETTER_RE = re.compile(r"[A-Za-z]")
TOKEN_RE = re.compile(r"(?:[A-Za-z]\.){2,}|\w+(?:-\w+)*|'s\b|[^\w\s]")

CLAUSE_PUNCT = frozenset({";", ":", '"', "!", "?", "."})


def word_list(text: str) -> tuple[str, ...]:
    """The whitespace-separated words of ``text`` (for readable word lists in code)."""
    return tuple(text.split())


def word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


ABBREVIATIONS = word_set(
    "jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr st gen sen rep gov lt col no vs"
)
CLAUSE_WORDS = word_set(
    "that which who whom whose while whereas where when because although though but if "
    "unless whether according then"
)


def _strip_accent(ch: str) -> str:
    if ord(ch) < 128:
        return ch
    base = unicodedata.normalize("NFD", ch)[0]
    return base if base.isascii() and base.isalpha() else ch


def _latinise_word(match: re.Match[str]) -> str:
    word = match.group(0)
    if word.isascii() or not _ASCII_LETTER_RE.search(word):
        return word
    return word.translate(_HOMOGLYPHS)


def fold(text: str) -> str:
    """``text`` with quotes, dashes, look-alike letters and accents folded; same length."""
    if text.isascii() and "`" not in text:
        return text  # nothing to fold (the one ASCII character folded is the backtick)
    step = _WORD_RE.sub(_latinise_word, text.translate(_PUNCT))
    return "".join(_strip_accent(ch) for ch in step)


@dataclass(frozen=True)
class Token:
    text: str  # as in the folded text
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_capitalised(self) -> bool:
        return self.text[0].isupper()


@dataclass(frozen=True)
class Doc:
    """A statement ready for extraction: its text, the folded text and the tokens."""

    text: str
    folded: str
    tokens: tuple[Token, ...]

    @cached_property
    def clause_ids(self) -> tuple[int, ...]:
        ids: list[int] = []
        current = 0
        for index in range(len(self.tokens)):
            if self._is_boundary(index):
                current += 1
            ids.append(current)
        return tuple(ids)

    def _is_boundary(self, index: int) -> bool:
        tok = self.tokens[index]
        if tok.text == ":" and self._between_digits(index):
            return False  # "1:28"
        if tok.text != ".":
            return tok.text in CLAUSE_PUNCT or tok.lower in CLAUSE_WORDS
        if index > 0 and self.tokens[index - 1].lower in ABBREVIATIONS:
            return False  # "Sept. 12", "Gen. Smith"
        following = self.tokens[index + 1].text if index + 1 < len(self.tokens) else ""
        return not following or following[0].isupper() or following[0] == '"'

    def _between_digits(self, index: int) -> bool:
        tokens = self.tokens
        return (
            0 < index < len(tokens) - 1
            and tokens[index - 1].text.isdigit()
            and tokens[index + 1].text[:1].isdigit()
            and tokens[index - 1].end == tokens[index].start
            and tokens[index].end == tokens[index + 1].start
        )

    def clause_bounds(self, index: int) -> tuple[int, int]:
        """First and last token index of the clause holding token ``index``."""
        ids = self.clause_ids
        lo = index
        while lo > 0 and ids[lo - 1] == ids[index]:
            lo -= 1
        hi = index
        while hi + 1 < len(ids) and ids[hi + 1] == ids[index]:
            hi += 1
        return lo, hi

    def token_span(self, start: int, end: int) -> tuple[int, int] | None:
        """Indexes of the first and last token overlapping ``[start, end)``."""
        inside = [i for i, t in enumerate(self.tokens) if t.start < end and t.end > start]
        if not inside:
            return None
        return inside[0], inside[-1]


def make_doc(text: str) -> Doc:
    folded = fold(text)
    tokens = tuple(Token(m.group(0), m.start(), m.end()) for m in TOKEN_RE.finditer(folded))
    return Doc(text, folded, tokens)


def overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and span[1] > start for start, end in taken)


def normalise_words(text: str) -> str:
    """Lower-case words of ``text`` joined by single spaces (punctuation dropped)."""
    return " ".join(m.group(0) for m in _WORD_RE.finditer(fold(text).lower()))


def natural_key(identifier: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key that puts "s2" before "s10" and "s1:9" before "s1:10"."""
    parts = re.findall(r"\d+|\D+", identifier)
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in parts)
