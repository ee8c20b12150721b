"""The report model: built once from the stage outputs, written by every writer.

``ReportModel.document`` is the ``claims.json`` object (schema version 1, see
docs/claims-schema.md); ``claims.csv`` and ``sources.csv`` are flattened from it.
``ReportModel.page`` is the data object ``report.html`` is rendered from (reports/views.py).
Both are built from the same inputs, so the four files agree.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from claims.model import Segmentation
from comparison.model import Claim, Fact
from corpus.model import Corpus

from .document import JsonDict, build_document
from .index import index_inputs
from .page import build_page
from .views import Page


@dataclass(frozen=True)
class ReportModel:
    """``document``: the claims.json object (treat as read-only); ``page``: the HTML data."""

    document: JsonDict
    page: Page


def build_report(
    corpus: Corpus,
    segmentation: Segmentation,
    facts: Mapping[str, tuple[Fact, ...]],
    claims: Iterable[Claim],
    *,
    model_name: str,
    generated_at: datetime,
    events: Sequence[int] = (),
) -> ReportModel:
    """Build the report model; claims keep the order given.

    ``facts`` maps statement ids to their facts. ``events`` holds the event number of each
    statement, aligned with ``segmentation.statements`` (claims.statement_events); empty
    means unknown: every statement is then in event 0. A naive ``generated_at`` is taken
    as UTC. Raises ValueError when a claim names an unknown statement or source or has an
    unknown status, or when ``events`` does not hold one non-negative integer per statement.
    """
    inputs = index_inputs(corpus, segmentation, facts, claims, events)
    stamp = format_timestamp(generated_at)
    return ReportModel(
        document=build_document(inputs, model_name=model_name, generated_at=stamp),
        page=build_page(inputs, model_name=model_name, generated_at=stamp),
    )


def format_timestamp(moment: datetime) -> str:
    """``moment`` in UTC as ``YYYY-MM-DDTHH:MM:SSZ`` (naive: taken as UTC)."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
