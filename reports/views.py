"""The data object ``report.html`` is rendered from: plain frozen dataclasses, text only.

Every string here is raw article text or metadata; the template escapes all of it (Jinja2
autoescape). Highlighting is data, not markup: a sentence is a tuple of ``Segment`` pieces
and the template wraps the marked ones in ``<mark>``.

``Page`` is the root: header fields, ``Summary``, the claims of each status as
``ClaimView`` (contradicted ones with ``ConflictView`` -> ``SideView`` -> ``StatementView``;
the others with ``SourceGroup`` -> ``StatementView``), then ``SourceView`` rows (each with
its dropped text) and the skipped inputs.
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
class SourceGroup:
    """The statements of one claim that come from one source."""

    source: SourceRef
    statements: tuple[StatementView, ...]


@dataclass(frozen=True)
class ClaimView:
    """One claim. ``conflicts`` is empty unless contradicted; ``others`` holds the
    statements of a contradicted claim that are on no side; ``shared_origins`` lists the
    groups of two or more sources that count as one origin."""

    id: str
    status: str
    text: str
    independent_sources: int
    groups: tuple[SourceGroup, ...]
    shared_origins: tuple[tuple[SourceRef, ...], ...]
    conflicts: tuple[ConflictView, ...]
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
    dropped: tuple[Dropped, ...]


@dataclass(frozen=True)
class Summary:
    sources: int
    skipped: int
    statements: int
    dropped: int
    claims: tuple[tuple[str, int], ...]  # (status, number of claims), in STATUSES order


@dataclass(frozen=True)
class Page:
    title: str
    generated_at: str
    model: str
    summary: Summary
    contradicted: tuple[ClaimView, ...]
    corroborated: tuple[ClaimView, ...]
    single_source: tuple[ClaimView, ...]
    sources: tuple[SourceView, ...]
    skipped: tuple[Skipped, ...]
