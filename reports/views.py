"""The data object ``report.html`` is rendered from: plain frozen dataclasses, text only.

Every string here is raw article text or metadata; the template escapes all of it (Jinja2
autoescape). Highlighting is data, not markup: a sentence is a tuple of ``Segment`` pieces
and the template wraps the marked ones in ``<mark>``.

``Page`` is the root: header fields, ``Summary``, the events (``EventView``), the claims of
each status as ``ClaimView`` (contradicted ones with ``ConflictView`` -> ``SideView`` ->
``StatementView``; updated ones, and contradicted ones that also have updates, with
``UpdateView`` -> ``UpdateSideView`` -> ``StatementView``; the others with ``SourceGroup``
-> ``StatementView``), then ``SourceView`` rows (each with its dropped text) and the
skipped inputs. ``Page.by_event`` groups a status's claims under their events.
"""

from __future__ import annotations

from dataclasses import dataclass

from corpus.model import Dropped, Skipped


@dataclass(frozen=True)
class Segment:
    """A piece of a sentence. ``kind`` is the fact kind when the piece is a fact, else None;
    ``marked`` is True for a conflicting value (rendered ``<mark>``); ``note`` qualifies a
    fact ("planned")."""

    text: str
    kind: str | None = None
    marked: bool = False
    note: str | None = None


@dataclass(frozen=True)
class SourceRef:
    """How a statement's source is named next to it."""

    id: str
    outlet: str  # publisher, else title, else path or URL, else the id
    published: str | None  # ISO date


@dataclass(frozen=True)
class StatementView:
    id: str
    source: SourceRef
    segments: tuple[Segment, ...]
    planned: bool  # one of its relevant facts is a plan or expectation, not an assertion


@dataclass(frozen=True)
class SideView:
    value: str
    statements: tuple[StatementView, ...]


@dataclass(frozen=True)
class ConflictView:
    kind: str
    summary: str
    role: str | None
    sides: tuple[SideView, ...]


@dataclass(frozen=True)
class UpdateSideView:
    """One value of a changing figure and the statements giving it; ``published`` is the
    ISO date of its (earliest) publication, None when unknown."""

    value: str
    published: str | None
    statements: tuple[StatementView, ...]


@dataclass(frozen=True)
class UpdateView:
    """A figure that changed between publications; ``sides`` in time order, earliest first
    (unknown dates last)."""

    kind: str
    summary: str
    role: str | None
    sides: tuple[UpdateSideView, ...]


@dataclass(frozen=True)
class SourceGroup:
    """The statements of one claim that come from one source."""

    source: SourceRef
    statements: tuple[StatementView, ...]


@dataclass(frozen=True)
class ClaimView:
    """One claim. ``conflicts`` is empty unless contradicted; ``updates`` is empty unless
    updated (or contradicted with an update too); ``others`` holds the statements of a
    claim with conflicts or updates that are on no side of either; ``shared_origins`` lists
    the groups of two or more sources that count as one origin. ``event`` is the claim's
    event number (None for a claim without statements)."""

    id: str
    status: str
    event: int | None
    text: str
    independent_sources: int
    groups: tuple[SourceGroup, ...]
    shared_origins: tuple[tuple[SourceRef, ...], ...]
    conflicts: tuple[ConflictView, ...]
    updates: tuple[UpdateView, ...]
    others: tuple[StatementView, ...]

    @property
    def statement_count(self) -> int:
        return sum(len(group.statements) for group in self.groups)


@dataclass(frozen=True)
class SourceView:
    id: str
    outlet: str
    title: str | None
    publisher: str | None
    path: str | None
    url: str | None
    link: str | None  # ``url`` when it is a plain http(s) URL, safe for an href; else None
    published: str | None
    published_from: str | None
    statements: int
    event: int | None  # event number; None for a source without statements
    dropped: tuple[Dropped, ...]


@dataclass(frozen=True)
class EventView:
    """One event (claims.events): its number in the report (``id`` + 1), its sources and
    the first few distinct outlets among them."""

    id: int
    number: int
    sources: int
    claims: int
    outlets: tuple[str, ...]  # at most OUTLETS_SHOWN, in corpus order
    more_outlets: int  # distinct outlets not in ``outlets``


@dataclass(frozen=True)
class EventGroup:
    """The claims of one status in one event; ``event`` is None when the report has one
    event only (then there is one group and no sub-heading)."""

    event: EventView | None
    claims: tuple[ClaimView, ...]


@dataclass(frozen=True)
class Summary:
    sources: int
    skipped: int
    statements: int
    dropped: int
    claims: tuple[tuple[str, int], ...]  # (status, number of claims), in STATUSES order
    events: int


@dataclass(frozen=True)
class Page:
    title: str
    generated_at: str
    model: str
    summary: Summary
    events: tuple[EventView, ...]
    contradicted: tuple[ClaimView, ...]
    updated: tuple[ClaimView, ...]
    corroborated: tuple[ClaimView, ...]
    single_source: tuple[ClaimView, ...]
    sources: tuple[SourceView, ...]
    skipped: tuple[Skipped, ...]

    @property
    def several_events(self) -> bool:
        return len(self.events) > 1

    def by_event(self, claims: tuple[ClaimView, ...]) -> tuple[EventGroup, ...]:
        """``claims`` in one group when there is one event; else one group per event that
        has some of them, in event order (a claim without an event last, without a
        heading), each keeping the claims' order."""
        if not self.several_events:
            return (EventGroup(None, claims),) if claims else ()
        members: dict[int | None, list[ClaimView]] = {}
        for claim in claims:
            members.setdefault(claim.event, []).append(claim)
        groups = [EventGroup(e, tuple(members[e.id])) for e in self.events if e.id in members]
        if None in members:
            groups.append(EventGroup(None, tuple(members[None])))
        return tuple(groups)
