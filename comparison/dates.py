"""Dates in a statement: finding them, resolving them, comparing and showing them.

Spans are found with conservative patterns of our own (month and weekday names must be
capitalised; "may" the verb is never a month); values are resolved here, not by
dateparser, because weekday anchoring needs the tense of the sentence.

Values (``Fact.value``) by kind:

- ``date``: "2023-09-12" (a day), "2019-04" (a month), "2019" (a year), "2023-W36" (an ISO
  week: "last week"), "--09-12" (a day whose year nobody knows);
- ``weekday``: "wednesday" (a bare weekday in a source without a publication date);
- ``relative-date``: "tomorrow", "a week ago"... left unresolved for want of a publication
  date; never compared.

Resolution against the publication date P:

- "yesterday/today/tomorrow", "N days ago", "a week ago", "last/this/next week|month|year";
- weekdays: "last W" is the latest W before P, "next W" the first after P; otherwise a past
  tense (left, met, arrived, said...) takes the latest W on or before P, a future or a plan
  (will, expected to, at the earliest...) the first W on or after P, "this W" with no clear
  tense the W of P's Monday-to-Sunday week, and a bare W with no tense the nearest W
  (at most three days away);
- a weekday written beside a date ("Tuesday, September 12", "Sunday (September 17)") takes
  the written date; a date written without a year takes the year that puts it nearest P
  (matching its weekday when one is written). Without P, the story's date (the median
  publication date of the corpus) serves for that year only; relative dates stay unresolved.

Comparison: values are intervals (a year contains its months and days, a week its days);
two dates are compatible when their intervals overlap. A weekday is compatible with a day
of that weekday, a month-day with any year. "N weeks ago" is approximate (three days'
slack). Two dates whose intervals lie more than SAME_EVENT_DAYS (365) apart date two
events, not one (``far_apart``):
"met in April 2019" never contradicts "met on Wednesday" in 2023, while "2018" against
"2019" or "April 2019" against "March 2019" still does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from .errors import FactValueError
from .roles import EVENT_NOUNS, FUTURE, PAST
from .text import Doc, overlaps, word_set

DATE = "date"
SAME_EVENT_DAYS = 365
WEEKDAY = "weekday"
RELATIVE = "relative-date"

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_ABBR = (
    "",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
_RELATIVE_DAYS = {
    "the day before yesterday": -2,
    "yesterday": -1,
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "tomorrow": 1,
    "the day after tomorrow": 2,
}

_M = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?"
    r"|Dec(?:ember|\.)?)(?![a-z])"
)
_D = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
_Y = r"(?:1\d{3}|20\d\d|21\d\d)(?![\d:])"
_W = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_BODY = rf"(?:{_M}\s+{_D}(?:,?\s+{_Y})?|{_D}\s+(?:of\s+)?{_M}(?:,?\s+{_Y})?)"
_QUANTITY = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)"

_EXPLICIT = (
    re.compile(rf"\b{_W}\s*\(\s*{_BODY}\s*\)"),
    re.compile(rf"\b{_W},?\s+(?:the\s+)?{_BODY}"),
    re.compile(rf"\b{_BODY}"),
)
_MONTH_YEAR = re.compile(rf"\b{_M}\s+(?:of\s+)?{_Y}")
_YEAR_AFTER_PREPOSITION = re.compile(
    rf"\b(?i:in|since|until|till|by|before|after|from|during|through)\s+"
    rf"((?:(?i:early|late|mid|the\s+(?:end|start|beginning|middle)\s+of)[-\s]+)?{_Y})"
)
_YEAR_BEFORE_NOUN = re.compile(rf"\b{_Y}(?=\s+(\w+))")
_RELATIVE_DAY = re.compile(
    r"\b(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today"
    r"|tonight|tomorrow|this\s+(?:morning|afternoon|evening))\b"
)
_AGO = re.compile(rf"\b(?i:{_QUANTITY}\s+(day|week|month|year)s?\s+ago)\b")
_PERIOD = re.compile(r"\b(?i:(last|this|next|past)\s+(week|month|year))\b")
_WEEKDAY_RE = re.compile(
    rf"\b(?:(?i:(this|last|next|past|coming))\s+)?({_W})(?!s\b)\b"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
)
_MONTH_WORD = re.compile(_M)
_WEEKDAY_WORD = re.compile(_W)
_NOT_A_NOUN = word_set(
    "and or to in on at for with by of from as when after before but the a an that which "
    "who while was were is are had has have will would said"
)


@dataclass(frozen=True)
class Mention:
    """A date phrase before resolution."""

    start: int
    end: int
    form: str  # explicit, month, year, relative-day, ago, period, weekday
    text: str
    month: int | None = None
    day: int | None = None
    year: int | None = None
    weekday: int | None = None
    qualifier: str | None = None  # this/last/next/past/coming; or the period's unit


def _month_number(text: str) -> int:
    found = _MONTH_WORD.search(text)
    if found is None:
        raise FactValueError(f"no month in {text!r}")
    key = found.group(0)[:3].lower()
    return [m.lower() for m in _MONTH_ABBR].index(key)


def _weekday_number(text: str) -> int | None:
    found = _WEEKDAY_WORD.search(text)
    return WEEKDAYS.index(found.group(0).lower()) if found else None


def _explicit(match: re.Match[str]) -> Mention:
    text = match.group(0)
    numbers = [int(n) for n in re.findall(r"\d+", text)]
    day = next(n for n in numbers if n <= 31)
    year = next((n for n in numbers if n > 31), None)
    return Mention(
        match.start(),
        match.end(),
        "explicit",
        text,
        _month_number(text),
        day,
        year,
        _weekday_number(text),
    )


def _scan(doc: Doc) -> Iterator[Mention]:
    text = doc.folded
    for pattern in _EXPLICIT:
        for m in pattern.finditer(text):
            yield _explicit(m)
    for m in _MONTH_YEAR.finditer(text):
        year = int(re.findall(r"\d{4}", m.group(0))[0])
        yield Mention(m.start(), m.end(), "month", m.group(0), _month_number(m.group(0)), year=year)
    yield from _years(text)
    for m in _RELATIVE_DAY.finditer(text):
        yield Mention(m.start(), m.end(), "relative-day", m.group(0))
    for m in _AGO.finditer(text):
        yield Mention(m.start(), m.end(), "ago", m.group(0), qualifier=m.group(1).lower())
    for m in _PERIOD.finditer(text):
        yield Mention(m.start(), m.end(), "period", m.group(0), qualifier=m.group(2).lower())
    for m in _WEEKDAY_RE.finditer(text):
        qualifier = m.group(1).lower() if m.group(1) else None
        yield Mention(
            m.start(),
            m.end(),
            "weekday",
            m.group(0),
            weekday=WEEKDAYS.index(m.group(2).lower()),
            qualifier=qualifier,
        )


def _years(text: str) -> Iterator[Mention]:
    for m in _YEAR_AFTER_PREPOSITION.finditer(text):
        following = re.match(r"\s+([a-z]+)", text[m.end() :])
        if following and following.group(1) not in _NOT_A_NOUN | EVENT_NOUNS:
            continue  # "from 2000 troops": a count, not a year
        year = int(re.findall(r"\d{4}", m.group(1))[0])
        yield Mention(m.start(1), m.end(1), "year", m.group(1), year=year)
    for m in _YEAR_BEFORE_NOUN.finditer(text):
        if m.group(1).lower() in EVENT_NOUNS:
            yield Mention(m.start(), m.end(), "year", m.group(0), year=int(m.group(0)))


def find_mentions(doc: Doc, taken: list[tuple[int, int]]) -> list[Mention]:
    """Date phrases of ``doc``, earlier patterns first, none overlapping ``taken``."""
    found: list[Mention] = []
    for mention in _scan(doc):
        span = (mention.start, mention.end)
        if not overlaps(span, taken):
            taken.append(span)
            found.append(mention)
    return sorted(found, key=lambda m: m.start)


# --- resolution -------------------------------------------------------------------------


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def infer_year(month: int, day: int, weekday: int | None, reference: date) -> int | None:
    """The year near ``reference`` that puts month/day nearest it (and on ``weekday``)."""
    options = [
        d
        for y in (reference.year - 1, reference.year, reference.year + 1)
        if (d := _safe_date(y, month, day)) is not None
    ]
    matching = [d for d in options if weekday is not None and d.weekday() == weekday]
    best = min(matching or options, key=lambda d: (abs((d - reference).days), d), default=None)
    return best.year if best else None


def anchor_weekday(weekday: int, published: date, qualifier: str | None, tense: str | None) -> date:
    """The date a weekday names in an article published on ``published`` (module doc)."""
    back = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7
    if qualifier == "last":
        return published - timedelta(days=back or 7)
    if qualifier == "next":
        return published + timedelta(days=ahead or 7)
    if qualifier == "past" or (qualifier != "coming" and tense == PAST):
        return published - timedelta(days=back)
    if qualifier == "coming" or tense == FUTURE:
        return published + timedelta(days=ahead)
    if qualifier == "this":
        return published + timedelta(days=weekday - published.weekday())
    return published + timedelta(days=(ahead + 3) % 7 - 3)


def _shift_month(day: date, months: int) -> str:
    index = day.year * 12 + day.month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _period(published: date, unit: str, step: int) -> str:
    if unit == "week":
        year, week, _ = (published + timedelta(weeks=step)).isocalendar()
        return f"{year:04d}-W{week:02d}"
    if unit == "month":
        return _shift_month(published, step)
    return f"{published.year + step:04d}"


_STEPS = {"last": -1, "past": -1, "this": 0, "next": 1}


def _resolve_relative(mention: Mention, published: date) -> str:
    if mention.form == "relative-day":
        offset = _RELATIVE_DAYS[" ".join(mention.text.lower().split())]
        return (published + timedelta(days=offset)).isoformat()
    if mention.form == "period":
        step = _STEPS[mention.text.split()[0].lower()]
        return _period(published, mention.qualifier or "year", step)
    count_word = mention.text.split()[0].lower()
    count = _NUMBER_WORDS.get(count_word) or int(count_word)
    unit = mention.qualifier or "day"
    if unit in ("day", "week"):
        days = count * (7 if unit == "week" else 1)
        return (published - timedelta(days=days)).isoformat()
    return _period(published, unit, -count)


def _resolve_explicit(mention: Mention, reference: date | None) -> str | None:
    month, day = mention.month or 1, mention.day or 1
    year = mention.year
    if year is None and reference is not None:
        year = infer_year(month, day, mention.weekday, reference)
    if year is None:
        return f"--{month:02d}-{day:02d}" if _safe_date(2000, month, day) else None
    resolved = _safe_date(year, month, day)
    return resolved.isoformat() if resolved else None


def resolve(
    mention: Mention, published: date | None, story_date: date | None, tense: str | None
) -> tuple[str, str] | None:
    """(kind, value) of ``mention``; None when it names no valid date."""
    if mention.form == "explicit":
        value = _resolve_explicit(mention, published or story_date)
        return (DATE, value) if value else None
    if mention.form == "month":
        return DATE, f"{mention.year:04d}-{mention.month:02d}"
    if mention.form == "year":
        return DATE, f"{mention.year:04d}"
    if mention.form == "weekday" and mention.weekday is not None:
        if published is None:
            return WEEKDAY, WEEKDAYS[mention.weekday]
        day = anchor_weekday(mention.weekday, published, mention.qualifier, tense)
        return DATE, day.isoformat()
    if published is None:
        return RELATIVE, " ".join(mention.text.lower().split())
    return DATE, _resolve_relative(mention, published)


# --- comparison and display ---------------------------------------------------------------


@dataclass(frozen=True)
class DateSpec:
    first: date | None = None  # interval of days, when the year is known
    last: date | None = None
    weekday: int | None = None  # a bare weekday
    month_day: tuple[int, int] | None = None  # a day of an unknown year


def parse_value(kind: str, value: str) -> DateSpec:
    """The interval (or weekday, or month-day) a date value stands for."""
    if kind == WEEKDAY:
        return DateSpec(weekday=WEEKDAYS.index(value))
    try:
        if value.startswith("--"):
            return DateSpec(month_day=(int(value[2:4]), int(value[5:7])))
        if "-W" in value:
            monday = date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
            return DateSpec(monday, monday + timedelta(days=6))
        parts = [int(p) for p in value.split("-")]
    except ValueError as error:
        raise FactValueError(f"not a date value: {value!r}") from error
    if len(parts) == 3:
        day = date(*parts)
        return DateSpec(day, day)
    if len(parts) == 2:
        first = date(parts[0], parts[1], 1)
        return DateSpec(first, date.fromisoformat(_shift_month(first, 1) + "-01") - timedelta(1))
    return DateSpec(date(parts[0], 1, 1), date(parts[0], 12, 31))


def far_apart(
    kind_a: str, value_a: str, kind_b: str, value_b: str, days: int = SAME_EVENT_DAYS
) -> bool:
    """Whether two dates lie more than ``days`` apart (the gap between their intervals)."""
    a, b = parse_value(kind_a, value_a), parse_value(kind_b, value_b)
    if not (a.first and a.last and b.first and b.last):
        return False
    gap = max((b.first - a.last).days, (a.first - b.last).days)
    return gap > days


def slack_days(text: str) -> int:
    """Days of tolerance of a date phrase: "a week ago" is approximate."""
    return 3 if re.search(r"(?i)\bweeks?\s+ago\b", text) else 0


def _interval_has(first: date, last: date, test: DateSpec) -> bool:
    if test.weekday is not None:
        return (last - first).days >= 6 or any(
            (first + timedelta(days=i)).weekday() == test.weekday
            for i in range((last - first).days + 1)
        )
    if test.month_day is not None:
        month, day = test.month_day
        candidates = (_safe_date(y, month, day) for y in range(first.year, last.year + 1))
        return any(d is not None and first <= d <= last for d in candidates)
    return True


def specs_compatible(a: DateSpec, b: DateSpec, slack: int = 0) -> bool:
    if a.first and a.last and b.first and b.last:
        pad = timedelta(days=slack)
        return a.first - pad <= b.last and b.first - pad <= a.last
    if a.first and a.last:
        return _interval_has(a.first - timedelta(slack), a.last + timedelta(slack), b)
    if b.first and b.last:
        return _interval_has(b.first - timedelta(slack), b.last + timedelta(slack), a)
    if a.weekday is not None and b.weekday is not None:
        return a.weekday == b.weekday
    if a.month_day is not None and b.month_day is not None:
        return a.month_day == b.month_day
    return True


def compatible(
    kind_a: str, value_a: str, text_a: str, kind_b: str, value_b: str, text_b: str
) -> bool:
    """Whether two date facts can name the same day."""
    slack = max(slack_days(text_a), slack_days(text_b))
    return specs_compatible(parse_value(kind_a, value_a), parse_value(kind_b, value_b), slack)


def display(kind: str, value: str) -> str:
    """ "Tue 12 Sep 2023", "Apr 2019", "week of 4 Sep 2023", "12 Sep", "Wednesday"."""
    if kind != DATE:
        return value.capitalize() if kind == WEEKDAY else value
    spec = parse_value(kind, value)
    if spec.month_day is not None:
        return f"{spec.month_day[1]} {_MONTH_ABBR[spec.month_day[0]]}"
    first = spec.first
    if first is None or value.count("-") == 0:
        return value
    day_month_year = f"{first.day} {_MONTH_ABBR[first.month]} {first.year}"
    if "-W" in value:
        return f"week of {day_month_year}"
    if value.count("-") == 2:
        return f"{_WEEKDAY_ABBR[first.weekday()]} {day_month_year}"
    return f"{_MONTH_ABBR[first.month]} {first.year}"
