"""Data model of stage 1: what was read, what was kept, what was dropped and why."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Dropped:
    """A piece of input text that did not become a statement, and why."""

    text: str
    reason: str


@dataclass(frozen=True)
class Source:
    """One article, cleaned.

    ``text`` is the clean body: paragraphs separated by a blank line. Statement offsets
    (stage 2) index into it. ``published_from`` says where ``published`` came from:
    ``"metadata"`` (HTML metadata), ``"text"`` (a date line in the text), ``"sidecar"``
    (``NAME.meta.json``), ``"input"`` (a field of a JSONL/CSV row), or ``None`` when unknown.
    """

    id: str
    path: str | None
    url: str | None
    title: str | None
    publisher: str | None
    published: date | None
    published_from: str | None
    text: str
    dropped: tuple[Dropped, ...] = ()


@dataclass(frozen=True)
class Skipped:
    """An input that could not be read, with the reason and the fix."""

    path: str
    reason: str


@dataclass(frozen=True)
class Corpus:
    sources: tuple[Source, ...]
    skipped: tuple[Skipped, ...]
