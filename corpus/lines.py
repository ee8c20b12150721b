"""Line-level text helpers: whitespace normalisation, bullets, sentence endings, word counts."""

from __future__ import annotations

import re
import unicodedata

_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_SPACES = re.compile(r"\s+")
# list and bullet markers at the start of a line ("• ", "* ", "- ", "1. " is not one)
_BULLET = re.compile(r"^(?:[•·●▪■◦‣∙]+\s*|[*+\-]\s+)")
_CLOSERS = "\"'”’»›)]}*"
_FINAL = ".!?…。！？"
_CONTINUES = ":;,"
# a sentence boundary inside a line: "end. Next" / "end.” Next"
_INNER_BOUNDARY = re.compile(r"[.!?…][\"'”’»)\]]*\s+[\"“‘«(]?[A-Z0-9À-ÖØ-Þ]")
_ONLY_SYMBOLS = re.compile(r"[\W_]+")


def normalise_line(line: str) -> str:
    """NFC, invisible characters removed, runs of whitespace collapsed, ends stripped."""
    line = _INVISIBLE.sub("", unicodedata.normalize("NFC", line))
    return _SPACES.sub(" ", line).strip()


def strip_bullet(line: str) -> str:
    """The line without a leading bullet or list marker."""
    return _BULLET.sub("", line, count=1).strip()


def has_bullet(line: str) -> bool:
    return _BULLET.match(line) is not None


def words(line: str) -> int:
    return len(line.split())


def last_char(line: str) -> str:
    """The last character once closing quotes and brackets are set aside ("" for none)."""
    core = line.rstrip(_CLOSERS + " ")
    return core[-1] if core else ""


def ends_sentence(line: str) -> bool:
    """True when the line ends like a sentence (or an unfinished one: ``:`` ``;`` ``,``)."""
    return last_char(line) in _FINAL + _CONTINUES if last_char(line) else False


def has_inner_sentence(line: str) -> bool:
    """True when a sentence ends inside the line and another begins."""
    return _INNER_BOUNDARY.search(line) is not None


def only_symbols(line: str) -> bool:
    """True for a line with no letter or digit (bullets, rules, decorations)."""
    return _ONLY_SYMBOLS.fullmatch(line) is not None


def same_text(a: str, b: str) -> bool:
    """Equal once case, punctuation and spacing are ignored."""
    return _comparable(a) == _comparable(b) != ""


def _comparable(line: str) -> str:
    return " ".join(re.sub(r"[\W_]+", " ", line.casefold()).split())
