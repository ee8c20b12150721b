"""Clock times: "09:04", "1:28 p.m.", "10 a.m.", "noon", "about 1:30".

The value is "HH:MM" on a 24-hour clock, followed by " <ZONE>" when a zone is written
("13:28 KST"). A time written without a.m./p.m. and without a leading zero, hour 1 to 12
("1:30"), may be either half of the day: it is compared with both. "about/around/shortly
after..." makes a time approximate: 30 minutes of tolerance; exact times must be equal.
Times in different zones are not compared (an unknown offset is no evidence).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .errors import FactValueError
from .text import Doc, overlaps

TIME = "time"
APPROXIMATE_MINUTES = 30

_MERIDIEM = r"(?:([ap])\.?\s?m\b\.?)"
_ZONE = r"(?:\s+(GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|EET|MSK|KST|JST|IST))?"
_APPROX = (
    r"(?:(?i:about|around|approximately|roughly|nearly|almost|shortly\s+(?:after|before)"
    r"|just\s+(?:after|before))\s+)?"
)
_CLOCK = re.compile(
    rf"{_APPROX}(?<![\d:.,])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])(?:\s*{_MERIDIEM})?{_ZONE}"
)
_HOUR = re.compile(rf"{_APPROX}(?<![\d:.,])(1[0-2]|0?[1-9])\s*{_MERIDIEM}{_ZONE}")
_NAMED = re.compile(rf"{_APPROX}\b(noon|midday|midnight)\b{_ZONE}")


@dataclass(frozen=True)
class TimeSpec:
    minutes: int  # minutes after midnight
    either_half: bool  # "1:30" without a.m./p.m.: also 13:30
    approximate: bool
    zone: str


def _value(hour: int, minute: int, zone: str | None) -> str:
    text = f"{hour:02d}:{minute:02d}"
    return f"{text} {zone}" if zone else text


def _to_24(hour: int, meridiem: str | None) -> int:
    if meridiem is None:
        return hour
    base = hour % 12
    return base + 12 if meridiem.lower() == "p" else base


def _matches(text: str) -> Iterator[tuple[int, int, str]]:
    for m in _CLOCK.finditer(text):
        hour = _to_24(int(m.group(1)), m.group(3))
        yield m.start(), m.end(), _value(hour, int(m.group(2)), m.group(4))
    for m in _HOUR.finditer(text):
        yield m.start(), m.end(), _value(_to_24(int(m.group(1)), m.group(2)), 0, m.group(3))
    for m in _NAMED.finditer(text):
        hour = 0 if m.group(1).lower() == "midnight" else 12
        yield m.start(), m.end(), _value(hour, 0, m.group(2))


def find_times(doc: Doc, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, value) of each clock time in ``doc`` not overlapping ``taken``."""
    found = []
    for start, end, value in _matches(doc.folded):
        if not overlaps((start, end), taken):
            taken.append((start, end))
            found.append((start, end, value))
    return sorted(found)


def parse_time(value: str, text: str) -> TimeSpec:
    """The minutes a time fact stands for; ``text`` is its span as written."""
    found = re.fullmatch(r"(\d\d):(\d\d)(?: (\w+))?", value)
    if found is None:
        raise FactValueError(f"not a time value: {value!r}")
    hour, minute = int(found.group(1)), int(found.group(2))
    has_meridiem = re.search(r"(?i)\b[ap]\.?\s?m\b|noon|midday|midnight", text) is not None
    digits = re.search(r"\d+", text)
    padded = digits is not None and digits.group(0).startswith("0")
    approximate = (
        re.match(r"(?i)(about|around|approx|roughly|nearly|almost|shortly|just)", text) is not None
    )
    either = not has_meridiem and not padded and 1 <= hour <= 12
    return TimeSpec(hour * 60 + minute, either, approximate, found.group(3) or "")


def compatible(value_a: str, text_a: str, value_b: str, text_b: str) -> bool:
    a, b = parse_time(value_a, text_a), parse_time(value_b, text_b)
    if a.zone != b.zone:
        return True
    tolerance = APPROXIMATE_MINUTES if a.approximate or b.approximate else 0
    shifts = (0, 720, -720) if a.either_half or b.either_half else (0,)
    return any(abs(a.minutes + shift - b.minutes) <= tolerance for shift in shifts)
