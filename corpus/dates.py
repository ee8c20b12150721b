"""Dates of stage 1: date lines ("September 12, 2023 – 09:04", "Çar. Eyl 27th, 2023"), the
absolute dates a body mentions, and given dates (sidecar, JSONL/CSV fields).

dateparser reads the multilingual date lines; the dates inside body text are found with a
conservative English regex (``search_dates`` over-captures) and a month table.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

LANGUAGES = ("en", "tr", "es", "fr", "de", "pt", "it", "nl", "pl", "ru", "uk", "id")
_MAX_DATE_WORDS = 6

_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b", re.IGNORECASE)
_TIME = re.compile(
    r"\b\d{1,2}(?::\d{2}(?::\d{2})?|h\d{2}|(?=\s*[aApP]\.?[mM]\b))(?:\s*[aApP]\.?[mM]\.?)?"
    r"(?:\s+(?:[A-Z]{2,5}|(?:GMT|UTC)[+-]?\d*)\b)?"
)
_LABEL = re.compile(
    r"^(?:last updated|updated|published|posted|modified|date|on)\b(?:\s+on\b)?\s*:?\s*",
    re.IGNORECASE,
)
_BYLINE_TAIL = re.compile(r"\s+by\s+\D{1,60}$", re.IGNORECASE)
_SEPARATOR = re.compile(r"\s+[|•·–—-]\s+|\s*\|\s*")
_NUMERIC = re.compile(r"(\d{1,2})([/-])(\d{1,2})[/-](\d{4})")
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")  # day.month.year wherever dots are used
_ISO_START = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:$|[T ])")
_EDGE_JUNK = re.compile(r"^[\W_]+|[\W_]+$")


@lru_cache(maxsize=1)
def _line_parser() -> Any:
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=list(LANGUAGES),
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False},
    )


def _parse_full_date(text: str) -> date | None:
    """A date with day, month and year, in any of ``LANGUAGES``; None otherwise."""
    if not _YEAR.search(text):
        return None
    found = _line_parser().get_date_data(text).date_obj
    return found.date() if found is not None else None


def _date_segment(segment: str) -> str:
    """A piece of a line reduced to its date words: labels, times, ordinals, bullets removed."""
    segment = _ORDINAL.sub("", _TIME.sub(" ", _BYLINE_TAIL.sub("", segment)))
    segment = _LABEL.sub("", _EDGE_JUNK.sub("", segment))
    return " ".join(segment.split()).strip(" ,;")


def parse_date_line(line: str) -> tuple[bool, date | None]:
    """Is ``line`` essentially only a date? Returns (is_date_line, date).

    A date line may carry a time, a label ("Updated:"), a bullet and short segments such as a
    byline ("By Jane Doe • September 12, 2023"). An all-numeric day/month that could be read
    either way ("05/06/2023") is a date line with date None (ambiguous).
    """
    if len(line.split()) > 12 or not _YEAR.search(line):
        return False, None
    segments = [s for s in (_date_segment(p) for p in _SEPARATOR.split(line)) if s]
    dated = [s for s in segments if _YEAR.search(s) and len(s.split()) <= _MAX_DATE_WORDS]
    if len(dated) != 1 or any(len(s.split()) > 4 for s in segments if s is not dated[0]):
        return False, None
    numeric = _NUMERIC.fullmatch(dated[0])
    if numeric and int(numeric[1]) <= 12 and int(numeric[3]) <= 12 and numeric[1] != numeric[3]:
        return True, None
    value = _numeric_date(dated[0]) or _parse_full_date(dated[0])
    place, comma, rest = dated[0].partition(", ")
    if value is None and comma and len(place.split()) <= 3:
        value = _parse_full_date(rest)  # "Vladivostok, September 12, 2023"
    return (value is not None), value


def _numeric_date(text: str) -> date | None:
    """ISO dates and datetimes ("2023-09-12T09:04Z") and dotted day.month.year dates."""
    if iso := _ISO_START.match(text):
        return _make(int(iso[1]), int(iso[2]), int(iso[3]))
    if dotted := _DOTTED.fullmatch(text):
        return _make(int(dotted[3]), int(dotted[2]), int(dotted[1]))
    return None


def parse_given_date(value: str) -> date | None:
    """A date given in a sidecar or a JSONL/CSV field: ISO first, then any full date."""
    text = value.strip()
    if _ISO_START.match(text):
        return _numeric_date(text)
    return _parse_full_date(_date_segment(text)) if text else None


_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (
    r"(January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR_PART = r"(?:,?\s+(\d{4})\b)?"
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!\s*[:.]\d){_YEAR_PART}")
_DAY_MONTH = re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?![a-z]){_YEAR_PART}")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def _mentions(text: str) -> list[tuple[int, int, int | None]]:
    """(month, day, year or None) of every absolute date the text names."""
    found: list[tuple[int, int, int | None]] = []
    for m in _MONTH_DAY.finditer(text):
        found.append((_MONTHS[m[1][:3].lower()], int(m[2]), int(m[3]) if m[3] else None))
    for m in _DAY_MONTH.finditer(text):
        found.append((_MONTHS[m[2][:3].lower()], int(m[1]), int(m[3]) if m[3] else None))
    found.extend((int(m[2]), int(m[3]), int(m[1])) for m in _ISO.finditer(text))
    return found


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _in_year_near(reference: date, month: int, day: int) -> date | None:
    """A year-less month/day placed in the year that puts it within half a year of reference."""
    for year in (reference.year, reference.year - 1, reference.year + 1):
        value = _make(year, month, day)
        if value is not None and abs((value - reference).days) <= 183:
            return value
    return None


def text_dates(text: str, reference: date | None) -> list[date]:
    """Absolute dates named in ``text``: full ones first, then year-less ones.

    A date without a year ("Tuesday, September 12") is placed within half a year of
    ``reference`` (a publication-date candidate) or, without one, of the latest full date in
    the text; with neither it is left out.
    """
    mentions = _mentions(text)
    full = [d for m, day, y in mentions if y is not None and (d := _make(y, m, day))]
    anchor = reference or (max(full) if full else None)
    if anchor is None:
        return full
    partial = [_in_year_near(anchor, m, day) for m, day, y in mentions if y is None]
    return full + [d for d in partial if d is not None]


_PLAN_CUE = re.compile(
    r"(?i)\b(?:will|shall|expected|scheduled|set to|due to|is to|are to|plans? to|planned|"
    r"upcoming|to be held|is due|are due)\b"
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def planned_dates(text: str, reference: date | None) -> list[date]:
    """Absolute dates that a sentence of ``text`` names after a plan word ("will", "is
    expected to", "scheduled"...): days the text still looks forward to."""
    found: list[date] = []
    for sentence in _SENTENCE_END.split(text):
        cue = _PLAN_CUE.search(sentence)
        if cue is not None:
            found.extend(text_dates(sentence[cue.end() :], reference))
    return found


def days_after(later: date, earlier: date) -> int:
    return (later - earlier) // timedelta(days=1)
