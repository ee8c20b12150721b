"""Clock times: "09:04", "1:28 p.m.", "10 a.m.", "14:30", "noon", "about 1:30".

"10.30" with a dot is a time only when a.m./p.m., a zone, a part of the day or "local
time" follows it ("at 12.17 local time"); otherwise it is a number. The value is "HH:MM"
on a 24-hour clock, followed by " <ZONE>" when a zone is written
("13:28 KST"). A time written without a.m./p.m. and without a leading zero, hour 1 to 12
("1:30"), may be either half of the day: it is compared with both, unless a part of the
day follows it ("5:35 in the afternoon" is 17:35, "7:40 in the morning" 07:40).

Each time stands for an interval of minutes, from how it is written:

- exact ("1:28 a.m.", "14:30"): that minute; a round time (minutes a multiple of five,
  "1:30 a.m.", "2 a.m.", "noon") may be rounded: +- ROUNDED_MINUTES (2);
- "about/around/approximately/roughly/circa/some X": +- APPROXIMATE_MINUTES (5) around a
  time to the minute ("about 1:28"), +- ROUND_APPROXIMATE_MINUTES (10) around a round time
  ("about 1:30"), +- HOUR_APPROXIMATE_MINUTES (20) around a whole hour ("around 2 a.m.");
- "nearly/almost X": up to X, APPROXIMATE_MINUTES (or the round tolerance) before it;
- "shortly/just after X": X to X + NEAR_MINUTES (15); "shortly/just before X": the
  NEAR_MINUTES before X.

Two times are compatible when their intervals overlap, so "1:28 a.m." and "about 1:30 a.m."
agree, "1:28 a.m." and "1:30 a.m." agree (rounding), "1:28" and "2:30" do not. Times in
different zones, or one with a zone and one without, are not compared (an unknown offset is
no evidence).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .errors import FactValueError
from .text import Doc, overlaps

TIME = "time"
ROUNDED_MINUTES = 2
APPROXIMATE_MINUTES = 5
ROUND_APPROXIMATE_MINUTES = 10
HOUR_APPROXIMATE_MINUTES = 20
NEAR_MINUTES = 15
DAY_MINUTES = 24 * 60

_MERIDIEM = r"(?:([ap])\.?\s?m\b\.?)"
_ZONE = (
    r"(?:\s+(GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|EET|EEST|MSK|KST|JST|IST"
    r"|SGT|HKT|AEST|AEDT)\b)?"
)
_APPROX_WORDS = (
    r"about|around|approximately|roughly|circa|some|nearly|almost"
    r"|shortly\s+(?:after|before)|just\s+(?:after|before)"
)
_APPROX = rf"(?:(?i:{_APPROX_WORDS})\s+)?"
_CLOCK = re.compile(
    rf"{_APPROX}(?<![\d:.,])([01]?\d|2[0-3])([:.])([0-5]\d)(?![\d:])(?:\s*{_MERIDIEM})?{_ZONE}"
)
_HOUR = re.compile(rf"{_APPROX}(?<![\d:.,])(1[0-2]|0?[1-9])\s*{_MERIDIEM}{_ZONE}")
_NAMED = re.compile(rf"{_APPROX}\b(noon|midday|midnight)\b{_ZONE}")
_QUALIFIER_RE = re.compile(rf"(?i)({_APPROX_WORDS})\b")


@dataclass(frozen=True)
class TimeSpec:
    low: int  # minutes after midnight, the interval the time stands for
    high: int
    either_half: bool  # "1:30" without a.m./p.m.: also 13:30
    zone: str

    @property
    def minutes(self) -> int:
        return (self.low + self.high) // 2


def _value(hour: int, minute: int, zone: str | None) -> str:
    text = f"{hour:02d}:{minute:02d}"
    return f"{text} {zone}" if zone else text


def _to_24(hour: int, meridiem: str | None) -> int:
    if meridiem is None:
        return hour
    base = hour % 12
    return base + 12 if meridiem.lower() == "p" else base


_DAY_PART = re.compile(
    r"(?i)\s+(?:in\s+the\s+|this\s+|that\s+|at\s+)(morning|afternoon|evening|night)\b"
)


def _day_part(text: str, end: int, hour: int) -> str | None:
    """ "a" or "p" from a part of the day right after a time without a.m./p.m. ("5:35 in
    the afternoon", "9:10 that evening", "7:40 in the morning"); None otherwise."""
    found = _DAY_PART.match(text, end)
    if found is None or not 1 <= hour <= 12:
        return None
    part = found.group(1).lower()
    if part == "night":
        return "a" if hour < 5 or hour == 12 else "p"
    return "a" if part == "morning" else "p"


_CLOCK_AFTER = re.compile(r"(?i)\s+(?:local\s+time|hours\b|hrs\b)")


def _dotted_clock(text: str, m: re.Match[str]) -> bool:
    """Whether "10.30" is a time: with a.m./p.m., a zone, a part of the day or "local
    time" after it ("cleared the tower at 12.17 local time"); otherwise it is a number."""
    if m.group(4) is not None or m.group(5) is not None:
        return True
    return bool(_CLOCK_AFTER.match(text, m.end()) or _DAY_PART.match(text, m.end()))


def _matches(text: str) -> Iterator[tuple[int, int, str]]:
    for m in _CLOCK.finditer(text):
        if m.group(2) == "." and not _dotted_clock(text, m):
            continue  # "10.30" is a number unless a.m./p.m. or "local time" follows
        meridiem = m.group(4) or _day_part(text, m.end(), int(m.group(1)))
        hour = _to_24(int(m.group(1)), meridiem)
        yield m.start(), m.end(), _value(hour, int(m.group(3)), m.group(5))
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


def _tolerance(minute: int, hour_only: bool, qualified: bool) -> int:
    if not qualified:
        return ROUNDED_MINUTES if minute % 5 == 0 else 0
    if hour_only or minute == 0:
        return HOUR_APPROXIMATE_MINUTES
    return ROUND_APPROXIMATE_MINUTES if minute % 5 == 0 else APPROXIMATE_MINUTES


def _interval(minutes: int, text: str, hour_only: bool) -> tuple[int, int]:
    qualifier = _QUALIFIER_RE.match(text)
    word = " ".join(qualifier.group(1).lower().split()) if qualifier else ""
    spread = _tolerance(minutes % 60, hour_only, bool(word))
    if word.endswith("after"):
        return minutes, minutes + NEAR_MINUTES
    if word.endswith("before"):
        return minutes - NEAR_MINUTES, minutes
    if word in ("nearly", "almost"):
        return minutes - spread, minutes
    return minutes - spread, minutes + spread


def parse_time(value: str, text: str) -> TimeSpec:
    """The interval of minutes a time fact stands for; ``text`` is its span as written."""
    found = re.fullmatch(r"(\d\d):(\d\d)(?: (\w+))?", value)
    if found is None:
        raise FactValueError(f"not a time value: {value!r}")
    hour, minute = int(found.group(1)), int(found.group(2))
    has_meridiem = re.search(r"(?i)\b[ap]\.?\s?m\b|noon|midday|midnight", text) is not None
    digits = re.search(r"\d+", text)
    padded = digits is not None and digits.group(0).startswith("0")
    either = not has_meridiem and not padded and 1 <= hour <= 12
    hour_only = re.search(r"\d[:.]\d\d", text) is None
    low, high = _interval(hour * 60 + minute, text, hour_only)
    return TimeSpec(low, high, either, found.group(3) or "")


def _overlap(a: TimeSpec, b: TimeSpec, shift: int) -> bool:
    return any(
        a.low + shift + day <= b.high and b.low <= a.high + shift + day
        for day in (-DAY_MINUTES, 0, DAY_MINUTES)
    )


def compatible(value_a: str, text_a: str, value_b: str, text_b: str) -> bool:
    """Whether two times can be the same moment (module doc)."""
    a, b = parse_time(value_a, text_a), parse_time(value_b, text_b)
    if a.zone != b.zone:
        return True
    shifts = (0, 720, -720) if a.either_half or b.either_half else (0,)
    return any(_overlap(a, b, shift) for shift in shifts)
