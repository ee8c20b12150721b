"""Data model of stage 2: statements (sentences with offsets) and clusters of them."""

from __future__ import annotations

from dataclasses import dataclass

from corpus.model import Dropped


@dataclass(frozen=True)
class Statement:
    """One sentence of one source. ``start``/``end`` index into ``Source.text``."""

    id: str  # "<source id>:<n>", n counting from 1 within the source
    source_id: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Segmentation:
    """All statements of a corpus, in source order, and the sentences dropped on the way."""

    statements: tuple[Statement, ...]
    dropped: tuple[tuple[str, Dropped], ...]  # (source id, what was dropped)


@dataclass(frozen=True)
class Cluster:
    """Indexes into ``Segmentation.statements`` of the statements that make one claim."""

    members: tuple[int, ...]
