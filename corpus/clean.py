"""Cleaning the body of an article, line by line.

Each logical line (a paragraph) ends up in exactly one place: the clean text, or the dropped
list with a reason; the title, date lines and the "Source: X" line also feed the metadata.
Rules, in order: boilerplate (see ``boilerplate``), date line, source line, title (the first
headline-like line), repeat of the title, short caption or heading, exact duplicate paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .boilerplate import CAPTION, boilerplate_reason, is_caption_like
from .dates import parse_date_line
from .lines import has_inner_sentence, last_char, normalise_line, same_text, strip_bullet, words
from .model import Dropped

TITLE = "title"
REPEATED_HEADLINE = "repeated headline"
DATE_LINE = "date line"
SOURCE_LINE = "source line"
DUPLICATE = "duplicate paragraph"
_MAX_TITLE_WORDS = 30

_SOURCE = re.compile(r"(?:source|sources|kaynak|fuente|quelle|fonte|источник)\s*:\s*(.+)", re.I)


@dataclass(frozen=True)
class DateLine:
    """A date line as read, its date (None when ambiguous), its slot in the dropped list and
    whether it came before the first paragraph (a header or byline, not a footer)."""

    text: str
    value: date | None
    slot: int
    in_header: bool


@dataclass
class Cleaned:
    """The outcome of cleaning: mutable while built, read once by ``sources.finish``."""

    title: str | None = None
    publisher: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    date_lines: list[DateLine] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def _source_name(line: str) -> str | None:
    match = _SOURCE.fullmatch(strip_bullet(line))
    if match is None or words(match[1]) > 6 or has_inner_sentence(match[1]):
        return None
    return match[1].strip().rstrip(".")


def _headline_like(line: str) -> bool:
    core = strip_bullet(line)
    return (
        words(core) <= _MAX_TITLE_WORDS
        and last_char(core) not in ".:;,"
        and not has_inner_sentence(core)
    )


def _take(line: str, out: Cleaned, known_title: str | None, find_title: bool) -> str | None:
    """Route one line; returns the reason it is dropped, or None to keep it."""
    if reason := boilerplate_reason(line):
        return reason
    is_date, value = parse_date_line(line)
    if is_date:
        out.date_lines.append(DateLine(line, value, len(out.dropped), not out.paragraphs))
        return DATE_LINE
    if (name := _source_name(line)) is not None:
        out.publisher = out.publisher or name
        return SOURCE_LINE
    title = known_title or out.title
    if title is not None and same_text(line, title):
        return REPEATED_HEADLINE
    if find_title and out.title is None and not out.paragraphs and _headline_like(line):
        out.title = strip_bullet(line)
        return TITLE
    if is_caption_like(line):
        return CAPTION
    if any(same_text(line, kept) for kept in out.paragraphs):
        return DUPLICATE
    return None


def clean_lines(
    lines: list[str], *, known_title: str | None = None, find_title: bool = True
) -> Cleaned:
    """Clean the logical lines of a body; blank lines are skipped.

    ``known_title`` (from metadata or a row) is used to drop repeats of it; with
    ``find_title`` the first headline-like line before any paragraph becomes the title.
    """
    out = Cleaned()
    for raw in lines:
        line = normalise_line(raw)
        if not line:
            continue
        reason = _take(line, out, known_title, find_title)
        if reason is None:
            out.paragraphs.append(strip_bullet(line))
        else:
            out.dropped.append(Dropped(line, reason))
    return out
