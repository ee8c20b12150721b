"""Plain text and Markdown bodies split into logical lines (one paragraph or item per line).

Hard-wrapped text is re-joined: inside a block (lines between blank lines) a line joins the
previous one when the previous one does not end a sentence and the line starts in lower case,
or, in a file wrapped at a fixed width, when the previous line is near that width. Date lines
and bullet items are never joined.
"""

from __future__ import annotations

import itertools
import re

from .dates import parse_date_line
from .lines import ends_sentence, has_bullet, normalise_line

_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_MD_QUOTE = re.compile(r"^\s{0,3}>\s?")
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_WRAP_MAX = 100
_WRAP_MIN_LINES = 3


def markdown_to_lines(text: str) -> list[str]:
    """Markdown reduced to plain lines: heading marks, links, images and bold marks removed."""
    out = []
    for line in text.splitlines():
        heading = _MD_HEADING.match(line)
        line = heading[1] if heading else _MD_QUOTE.sub("", line)
        line = _MD_IMAGE.sub(r"\1", line)
        out.append(_MD_EMPHASIS.sub(r"\2", _MD_LINK.sub(r"\1", line)))
    return out


def _wrap_width(lines: list[str]) -> int | None:
    """The width a file is hard-wrapped at, or None when it is not hard-wrapped."""
    lengths = [len(x) for x in lines if x]
    if not lengths or max(lengths) > _WRAP_MAX:
        return None
    width = max(lengths)
    followed = sum(
        1 for a, b in itertools.pairwise(lines) if b and len(a) >= 0.8 * width
    )
    return width if followed >= _WRAP_MIN_LINES else None


def _joins(previous: str, line: str, width: int | None) -> bool:
    if not previous or not line or has_bullet(line) or has_bullet(previous):
        return False
    if parse_date_line(previous)[0] or parse_date_line(line)[0]:
        return False
    if not ends_sentence(previous) and line[0].islower():
        return True
    return width is not None and len(previous) >= 0.6 * width


def logical_lines(text: str, *, markdown: bool = False) -> list[str]:
    """The lines of a plain-text body, hard-wrapped paragraphs joined; blank lines kept."""
    raw = markdown_to_lines(text) if markdown else text.splitlines()
    lines = [normalise_line(x) for x in raw]
    width = _wrap_width(lines)
    out: list[str] = []
    for line in lines:
        if out and _joins(out[-1], line, width):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out
