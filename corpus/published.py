"""Choosing the publication date of an article among its candidates.

Candidates come from a sidecar, a JSONL/CSV field ("input"), HTML metadata and date lines in
the text. Sidecar and input dates are the user's word and always stand. The rules:

1. A metadata or date-line candidate more than ``MAX_DAYS_AFTER`` days after the latest
   absolute date the body mentions is rejected (a site's "today" header above an older story)
   when another candidate is left to choose. When every candidate would go, only a plan
   rejects: a candidate more than ``MAX_DAYS_AFTER`` days after a date the body still
   expects ("is expected to meet Putin on Tuesday, September 12" under a header of
   September 27). An article about an ongoing story names earlier dates in the past tense
   ("the first pupil was diagnosed on 3 November", nine days before), and its only date
   line is its publication date: four of sixteen articles of a blind gold batch lost it
   to the plain gap rule.
   A gap beyond ``BACKGROUND_DAYS`` (30) is not held against it: the body then only names
   background dates (a 2019 summit; "the previous contract expired on March 31" in a
   strike story of 5 May), not the events it reports. A site's "today" header shows up
   days or a few weeks after the story (8-18 days in the seeds and tests); 90 days, the
   first bound, rejected the true date of a gold strike story.
2. Among the rest: sidecar > input > metadata > date lines. Among date lines, those above the
   first paragraph (header, byline) before those below it, then the *earliest*: every other
   date a page shows (today's date, "Updated ...") can only be later than its publication.
3. A date line more than ``MAX_DAYS_AFTER`` days after the chosen date is recorded as rejected
   too (the "today" header of a page whose body names no absolute date).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .dates import days_after, planned_dates, text_dates

MAX_DAYS_AFTER = 7
BACKGROUND_DAYS = 30
ORIGINS = ("sidecar", "input", "metadata", "text")


@dataclass(frozen=True)
class Candidate:
    """A possible publication date and where it was found.

    ``line`` is the date line as read; ``in_header`` says it stood above the first paragraph.
    """

    value: date
    origin: str
    line: str | None = None
    in_header: bool = True


@dataclass(frozen=True)
class Choice:
    """The chosen date (or None), its origin, and why each rejected candidate was rejected."""

    published: date | None
    origin: str | None
    rejected: dict[Candidate, str]


def _after_text(candidate: Candidate, latest: date | None) -> str | None:
    if candidate.origin in ("sidecar", "input") or latest is None:
        return None
    gap = days_after(candidate.value, latest)
    if MAX_DAYS_AFTER < gap <= BACKGROUND_DAYS:
        return f"{gap} days after the latest date in the text"
    return None


def _plan_before(candidate: Candidate, planned: list[date]) -> bool:
    """Whether the body still expects something on a date more than MAX_DAYS_AFTER days
    before the candidate ("is expected to meet Putin on Tuesday, September 12" under a
    header of September 27): the text was written before it."""
    return any(days_after(candidate.value, day) > MAX_DAYS_AFTER for day in planned)


def _after_choice(candidate: Candidate, best: Candidate) -> str | None:
    gap = days_after(candidate.value, best.value)
    if candidate.origin != "text" or gap <= MAX_DAYS_AFTER:
        return None
    if best.origin == "text":
        return f"{gap} days after the earlier date line {best.line!r}"
    return f"{gap} days after the {best.origin} date"


def _rank(pair: tuple[int, Candidate]) -> tuple[int, bool, date, int]:
    index, candidate = pair
    return (ORIGINS.index(candidate.origin), not candidate.in_header, candidate.value, index)


def choose_published(candidates: list[Candidate], body: str) -> Choice:
    """Pick the publication date of an article whose clean text is ``body``."""
    if not candidates:
        return Choice(None, None, {})
    reference = min(candidates, key=lambda c: ORIGINS.index(c.origin)).value
    mentioned = text_dates(body, reference)
    latest = max(mentioned) if mentioned else None
    rejected = {c: why for c in candidates if (why := _after_text(c, latest)) is not None}
    if len(rejected) == len(candidates):  # no other candidate: only a stale plan rejects
        planned = planned_dates(body, reference)
        rejected = {c: why for c, why in rejected.items() if _plan_before(c, planned)}
    kept = [(i, c) for i, c in enumerate(candidates) if c not in rejected]
    if not kept:
        return Choice(None, None, rejected)
    best = min(kept, key=_rank)[1]
    for _, other in kept:
        if (why := _after_choice(other, best)) is not None:
            rejected[other] = why
    return Choice(best.value, best.origin, rejected)
