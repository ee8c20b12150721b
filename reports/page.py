"""Build the ``Page`` that ``report.html`` is rendered from (see reports/views.py)."""

from __future__ import annotations

import re
from collections import Counter

from comparison.model import CONTRADICTED, CORROBORATED, SINGLE_SOURCE, STATUSES, Claim, Conflict
from corpus.model import Source

from .highlight import fact_spans, segments
from .index import Inputs
from .views import (
    ClaimView,
    ConflictView,
    Page,
    SideView,
    SourceGroup,
    SourceRef,
    SourceView,
    StatementView,
    Summary,
)

PAGE_TITLE = "crossfact report"
_WEB_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f]+", re.IGNORECASE)


def build_page(inputs: Inputs, *, model_name: str, generated_at: str) -> Page:
    views = [claim_view(claim, inputs) for claim in inputs.claims]
    return Page(
        title=PAGE_TITLE,
        generated_at=generated_at,
        model=model_name,
        summary=summary(inputs),
        contradicted=tuple(view for view in views if view.status == CONTRADICTED),
        corroborated=tuple(view for view in views if view.status == CORROBORATED),
        single_source=tuple(view for view in views if view.status == SINGLE_SOURCE),
        sources=tuple(source_view(source, inputs) for source in inputs.corpus.sources),
        skipped=inputs.corpus.skipped,
    )


def summary(inputs: Inputs) -> Summary:
    per_status = Counter(claim.status for claim in inputs.claims)
    return Summary(
        sources=len(inputs.corpus.sources),
        skipped=len(inputs.corpus.skipped),
        statements=len(inputs.statements),
        dropped=sum(len(dropped) for dropped in inputs.dropped.values()),
        claims=tuple((status, per_status[status]) for status in STATUSES),
    )


def safe_link(url: str | None) -> str | None:
    """``url`` if it is a plain http(s) URL (fit for an href), else None."""
    return url if url is not None and _WEB_URL.fullmatch(url) else None


def outlet(source: Source) -> str:
    return source.publisher or source.title or source.path or source.url or source.id


def source_ref(source: Source) -> SourceRef:
    published = source.published.isoformat() if source.published else None
    return SourceRef(source.id, outlet(source), published)


def source_view(source: Source, inputs: Inputs) -> SourceView:
    ref = source_ref(source)
    return SourceView(
        id=source.id,
        outlet=ref.outlet,
        title=source.title,
        publisher=source.publisher,
        path=source.path,
        url=source.url,
        link=safe_link(source.url),
        published=ref.published,
        published_from=source.published_from,
        statements=inputs.statement_counts.get(source.id, 0),
        dropped=inputs.dropped[source.id],
    )


def statement_view(
    statement_id: str, inputs: Inputs, conflict: Conflict | None = None
) -> StatementView:
    """The statement cut into segments: facts shown, values of ``conflict`` marked."""
    statement = inputs.statement(statement_id)
    spans = fact_spans(statement.text, inputs.facts_of(statement_id), conflict)
    relevant = [span for span in spans if conflict is None or span.marked]
    return StatementView(
        id=statement.id,
        source=source_ref(inputs.source(statement.source_id)),
        segments=segments(statement.text, spans),
        planned=any(span.note is not None for span in relevant),
    )


def claim_view(claim: Claim, inputs: Inputs) -> ClaimView:
    on_a_side = {sid for c in claim.conflicts for side in c.sides for sid in side.statements}
    return ClaimView(
        id=claim.id,
        status=claim.status,
        text=claim.text,
        independent_sources=claim.independent_sources,
        groups=source_groups(claim, inputs),
        shared_origins=tuple(
            tuple(source_ref(inputs.source(sid)) for sid in origin)
            for origin in claim.origins
            if len(origin) > 1
        ),
        conflicts=tuple(conflict_view(conflict, inputs) for conflict in claim.conflicts),
        others=tuple(
            statement_view(sid, inputs)
            for sid in claim.statements
            if claim.conflicts and sid not in on_a_side
        ),
    )


def source_groups(claim: Claim, inputs: Inputs) -> tuple[SourceGroup, ...]:
    """The claim's statements grouped by source, sources in order of first statement."""
    grouped: dict[str, list[StatementView]] = {}
    for sid in claim.statements:
        view = statement_view(sid, inputs)
        grouped.setdefault(view.source.id, []).append(view)
    return tuple(SourceGroup(views[0].source, tuple(views)) for views in grouped.values())


def conflict_view(conflict: Conflict, inputs: Inputs) -> ConflictView:
    sides = tuple(
        SideView(side.value, tuple(statement_view(s, inputs, conflict) for s in side.statements))
        for side in conflict.sides
    )
    return ConflictView(conflict.kind, conflict.summary, conflict.role, sides)
