"""Dates and times: spans, weekday anchoring, relative dates, compatibility, display."""

from __future__ import annotations

from datetime import date

import pytest

from comparison import FactValueError, dates, extract_facts, times
from comparison.model import Fact

TUE = date(2023, 9, 12)  # a Tuesday
THU = date(2023, 9, 14)
MON = date(2023, 9, 11)


def _dates(text: str, published: date | None = None, story: date | None = None) -> list[Fact]:
    found = extract_facts(text, published, story_date=story)
    return [f for f in found if f.kind in (dates.DATE, dates.WEEKDAY, dates.RELATIVE)]


def _one(text: str, published: date | None = None, story: date | None = None) -> Fact:
    found = _dates(text, published, story)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The talks were held on September 12, 2023.", "2023-09-12"),
        ("The talks were held on Sept. 12, 2023.", "2023-09-12"),
        ("The talks were held on 12 September 2023.", "2023-09-12"),
        ("The talks were held on the 12th of September, 2023.", "2023-09-12"),
        ("Kim last met Putin in April 2019.", "2019-04"),
        ("Kim last met Putin in 2019.", "2019"),
        ("He has ruled since late 2011.", "2011"),
    ],
)
def test_absolute_dates(text: str, value: str) -> None:
    assert _one(text).value == value


def test_span_and_offsets_index_the_statement() -> None:
    text = "The Kremlin denied on Friday (September 15) that a deal was signed."
    fact = _one(text, story=THU)
    assert fact.text == "Friday (September 15)"
    assert text[fact.start : fact.end] == fact.text
    assert fact.value == "2023-09-15"


def test_may_the_verb_and_bare_month_names_are_not_dates() -> None:
    assert _dates("Moscow may assist Pyongyang; talks resume in March.") == []


def test_a_count_after_a_preposition_is_not_a_year() -> None:
    assert _dates("The army grew from 2000 troops to 3000 troops.") == []


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("Kim will meet Putin this Tuesday.", TUE, "2023-09-12"),  # future: on or after
        ("Kim left Pyongyang this Tuesday.", TUE, "2023-09-12"),  # past: on or before
        ("The train left this Sunday afternoon.", TUE, "2023-09-10"),
        ("Talks this Tuesday in Moscow.", THU, "2023-09-12"),  # no tense: same week
        ("The leaders met on Wednesday.", MON, "2023-09-06"),
        ("The leaders will meet on Wednesday.", MON, "2023-09-13"),
        ("The summit on Wednesday.", MON, "2023-09-13"),  # no tense: nearest
        ("Following the Wednesday summit between the leaders.", THU, "2023-09-13"),
        ("He said last Friday that talks failed.", date(2023, 9, 15), "2023-09-08"),
        ("He will visit next Monday.", MON, "2023-09-18"),
        ("He arrived on Tuesday (September 12) to meet Putin.", THU, "2023-09-12"),
    ],
)
def test_weekdays_are_anchored_by_tense(text: str, published: date, value: str) -> None:
    assert _one(text, published).value == value


def test_expected_at_the_earliest_is_a_plan() -> None:
    fact = _one("He is expected to meet Putin on Tuesday, September 12 at the earliest.", THU)
    assert (fact.value, fact.role, fact.modality) == ("2023-09-12", "meet", "planned")


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("yesterday", "2023-09-11"),
        ("today", "2023-09-12"),
        ("tomorrow", "2023-09-13"),
        ("a week ago", "2023-09-05"),
        ("3 days ago", "2023-09-09"),
        ("two weeks ago", "2023-08-29"),
        ("last week", "2023-W36"),
        ("next month", "2023-10"),
        ("last year", "2022"),
    ],
)
def test_relative_dates_resolve_against_publication(phrase: str, value: str) -> None:
    assert _one(f"The minister spoke {phrase} about it.", TUE).value == value


def test_without_a_publication_date_weekdays_and_relatives_stay_unresolved() -> None:
    found = _dates("They met on Wednesday and will meet again tomorrow.", None, story=THU)
    assert [(f.kind, f.value) for f in found] == [
        (dates.WEEKDAY, "wednesday"),
        (dates.RELATIVE, "tomorrow"),
    ]


def test_year_comes_from_publication_then_story_date_then_nowhere() -> None:
    text = "The summit was held on Tuesday, September 12."
    assert _one(text, date(2023, 9, 20)).value == "2023-09-12"
    assert _one(text, None, story=THU).value == "2023-09-12"
    assert _one(text).value == "--09-12"


def test_written_weekday_picks_the_year() -> None:
    # 12 Sep is a Tuesday in 2023 but a Thursday in 2024: the weekday decides.
    assert dates.infer_year(9, 12, 1, date(2024, 1, 10)) == 2023
    assert dates.infer_year(9, 12, None, date(2024, 1, 10)) == 2023  # nearest
    assert dates.infer_year(2, 29, None, date(2023, 6, 1)) == 2024


@pytest.mark.parametrize(
    ("qualifier", "tense", "expected"),
    [
        (None, "past", date(2023, 9, 6)),
        (None, "future", date(2023, 9, 13)),
        ("this", None, date(2023, 9, 13)),
        (None, None, date(2023, 9, 13)),
        ("last", None, date(2023, 9, 6)),
        ("next", None, date(2023, 9, 13)),
        ("coming", "past", date(2023, 9, 13)),
    ],
)
def test_anchor_weekday(qualifier: str | None, tense: str | None, expected: date) -> None:
    assert dates.anchor_weekday(2, TUE, qualifier, tense) == expected


def test_a_weekday_equal_to_the_publication_day() -> None:
    assert dates.anchor_weekday(1, TUE, None, "past") == TUE
    assert dates.anchor_weekday(1, TUE, None, "future") == TUE
    assert dates.anchor_weekday(1, TUE, "last", None) == date(2023, 9, 5)


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        (("date", "2019"), ("date", "2019-04"), True),
        (("date", "2019-04"), ("date", "2019-04-30"), True),
        (("date", "2019-04"), ("date", "2019-05-01"), False),
        (("date", "2023-09-12"), ("date", "2023-09-13"), False),
        (("weekday", "tuesday"), ("date", "2023-09-12"), True),
        (("weekday", "wednesday"), ("date", "2023-09-12"), False),
        (("weekday", "wednesday"), ("weekday", "tuesday"), False),
        (("date", "--09-12"), ("date", "2023-09-12"), True),
        (("date", "--09-12"), ("date", "2023-09-13"), False),
        (("date", "2023-W37"), ("date", "2023-09-17"), True),
        (("date", "2023-W37"), ("date", "2023-09-18"), False),
        (("weekday", "wednesday"), ("date", "2023-09"), True),
    ],
)
def test_compatibility(a: tuple[str, str], b: tuple[str, str], agree: bool) -> None:
    assert dates.compatible(a[0], a[1], "", b[0], b[1], "") is agree
    assert dates.compatible(b[0], b[1], "", a[0], a[1], "") is agree


def test_dates_more_than_a_year_apart_are_two_events() -> None:
    assert dates.far_apart("date", "2019-04", "date", "2023-09-13")
    assert not dates.far_apart("date", "2018", "date", "2019")
    assert not dates.far_apart("date", "2019-04", "date", "2018-05")
    assert not dates.far_apart("weekday", "monday", "date", "2019")


def test_weeks_ago_is_approximate() -> None:
    assert dates.compatible("date", "2023-09-05", "a week ago", "date", "2023-09-04", "")
    assert not dates.compatible("date", "2023-09-05", "on Tuesday", "date", "2023-09-04", "")


@pytest.mark.parametrize(
    ("kind", "value", "shown"),
    [
        ("date", "2023-09-12", "Tue 12 Sep 2023"),
        ("date", "2019-04", "Apr 2019"),
        ("date", "2019", "2019"),
        ("date", "2023-W37", "week of 11 Sep 2023"),
        ("date", "--09-12", "12 Sep"),
        ("weekday", "wednesday", "Wednesday"),
    ],
)
def test_display(kind: str, value: str, shown: str) -> None:
    assert dates.display(kind, value) == shown


def test_malformed_value_is_a_named_error() -> None:
    with pytest.raises(FactValueError):
        dates.parse_value("date", "next tuesday")


# --- clock times ---------------------------------------------------------------------------


def _times(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.value) for f in extract_facts(text, None) if f.kind == times.TIME]


def test_clock_times() -> None:
    assert _times("Posted 09:04. The train crossed at 1:28 p.m. and again at 10 a.m.") == [
        ("09:04", "09:04"),
        ("1:28 p.m.", "13:28"),
        ("10 a.m.", "10:00"),
    ]
    assert _times("It arrived at about 1:30 KST, around noon.") == [
        ("about 1:30 KST", "01:30 KST"),
        ("around noon", "12:00"),
    ]


def test_time_compatibility() -> None:
    assert times.compatible("13:28", "1:28 p.m.", "01:30", "about 1:30")  # either half, approx
    assert not times.compatible("13:28", "1:28 p.m.", "13:40", "1:40 p.m.")
    assert not times.compatible("09:04", "09:04", "21:04", "21:04")  # 24-hour clock
    assert times.compatible("13:28 KST", "1:28 p.m. KST", "09:00 MSK", "9 a.m. MSK")
