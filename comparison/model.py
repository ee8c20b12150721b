"""Data model of stage 3: facts, conflicts and claims with their verdicts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

CORROBORATED = "corroborated"
CONTRADICTED = "contradicted"
UPDATED = "updated"  # a figure changed between earlier and later reports; no conflict
SINGLE_SOURCE = "single-source"
STATUSES = (CONTRADICTED, UPDATED, CORROBORATED, SINGLE_SOURCE)


@dataclass(frozen=True)
class Fact:
    """One checkable value in a statement.

    ``kind``: date, weekday, time, number, quantity, money, place, person, attribute.
    ``start``/``end`` index into the statement's text. ``value`` is normalised: an ISO date
    ("2023-09-12"), a weekday name when no anchor date is known ("wednesday"), "14:30", a
    number with its unit ("6 day"), a canonical name, an attribute's value (a flag
    state: "Liberia"). ``role`` is the event or slot the value
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
class UpdateSide:
    """One value of a changing figure, with the statements giving it and their (earliest)
    publication date."""

    value: str
    statements: tuple[str, ...]  # statement ids
    published: date | None


@dataclass(frozen=True)
class Update:
    """A figure that changed between an earlier and a later publication (a death toll that
    rises): not a contradiction. ``sides`` run from the earliest publication to the latest;
    ``summary`` reads "death toll: 79 (14 Oct 2025) -> 112 (15 Oct 2025)"."""

    kind: str
    summary: str
    sides: tuple[UpdateSide, ...]
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
    updates: tuple[Update, ...] = ()
