"""Data model of stage 3: facts, conflicts and claims with their verdicts."""

from __future__ import annotations

from dataclasses import dataclass

CORROBORATED = "corroborated"
CONTRADICTED = "contradicted"
SINGLE_SOURCE = "single-source"
STATUSES = (CONTRADICTED, CORROBORATED, SINGLE_SOURCE)


@dataclass(frozen=True)
class Fact:
    """One checkable value in a statement.

    ``kind``: date, weekday, time, number, quantity, money, place, person.
    ``start``/``end`` index into the statement's text. ``value`` is normalised: an ISO date
    ("2023-09-12"), a weekday name when no anchor date is known ("wednesday"), "14:30", a
    number with its unit ("6 day"), a canonical name. ``role`` is the event or slot the value
    fills ("meet", "depart", "border crossing"...) or None; ``modality`` is "asserted" or
    "planned" ("expected to meet on Tuesday at the earliest").
    """

    kind: str
    text: str
    start: int
    end: int
    value: str
    role: str | None = None
    modality: str = "asserted"


@dataclass(frozen=True)
class Side:
    value: str
    statements: tuple[str, ...]  # statement ids


@dataclass(frozen=True)
class Conflict:
    kind: str
    summary: str
    sides: tuple[Side, ...]
    role: str | None = None


@dataclass(frozen=True)
class Claim:
    id: str
    status: str
    text: str  # representative sentence
    statements: tuple[str, ...]  # statement ids, in corpus order
    sources: tuple[str, ...]  # source ids, sorted
    independent_sources: int
    origins: tuple[tuple[str, ...], ...]  # groups of source ids sharing one origin
    conflicts: tuple[Conflict, ...] = ()
