"""Cut a sentence into ``Segment`` pieces around its facts, marking the values of a conflict
or of an update (a figure that changed between publications).

Highlighting is computed here, as data, so that the template escapes every piece of
article text and never needs ``|safe``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeAlias

from comparison.model import Conflict, Fact, Update

from .views import Segment

ASSERTED = "asserted"

Compared: TypeAlias = Conflict | Update  # both have a kind, a role and sides with a value


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str
    marked: bool
    note: str | None


def is_conflicting(fact: Fact, conflict: Compared) -> bool:
    """True when ``fact`` states one of the values of ``conflict`` (a conflict or an
    update) in its role.

    Same kind, value (or the fact's own text) equal to a side's value ignoring case, and no
    different role when both name one.
    """
    values = {side.value.casefold() for side in conflict.sides}
    same_value = fact.value.casefold() in values or fact.text.casefold() in values
    same_role = conflict.role is None or fact.role is None or fact.role == conflict.role
    return fact.kind == conflict.kind and same_value and same_role


def fact_spans(
    text: str, facts: Iterable[Fact], conflict: Compared | None = None
) -> list[Span]:
    """The facts located in ``text``, marked when they are a value of ``conflict`` (a
    conflict or an update)."""
    spans = []
    for fact in facts:
        located = locate(text, fact)
        if located is None:
            continue
        marked = conflict is not None and is_conflicting(fact, conflict)
        note = None if fact.modality == ASSERTED else fact.modality
        spans.append(Span(located[0], located[1], fact.kind, marked, note))
    return spans


def locate(text: str, fact: Fact) -> tuple[int, int] | None:
    """The fact's offsets when they hold its text; else where its text first occurs; else
    its offsets if they fit in ``text``; else None."""
    fits = 0 <= fact.start < fact.end <= len(text)
    if fits and text[fact.start : fact.end] == fact.text:
        return fact.start, fact.end
    found = text.find(fact.text) if fact.text else -1
    if found >= 0:
        return found, found + len(fact.text)
    return (fact.start, fact.end) if fits else None


def choose(spans: Iterable[Span]) -> list[Span]:
    """Non-overlapping spans in text order; marked spans win, then earlier, then longer."""
    chosen: list[Span] = []
    for span in sorted(spans, key=lambda s: (not s.marked, s.start, -s.end)):
        if all(span.end <= other.start or other.end <= span.start for other in chosen):
            chosen.append(span)
    return sorted(chosen, key=lambda s: s.start)


def segments(text: str, spans: Sequence[Span]) -> tuple[Segment, ...]:
    """``text`` cut into plain pieces and fact pieces; the pieces join back to ``text``."""
    pieces: list[Segment] = []
    position = 0
    for span in choose(spans):
        if span.start > position:
            pieces.append(Segment(text[position : span.start]))
        pieces.append(Segment(text[span.start : span.end], span.kind, span.marked, span.note))
        position = span.end
    if position < len(text) or not pieces:
        pieces.append(Segment(text[position:]))
    return tuple(pieces)
