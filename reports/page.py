"""Build the ``Page`` that ``report.html`` is rendered from (see reports/views.py)."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from comparison.model import (
    CONTRADICTED,
    CORROBORATED,
    SINGLE_SOURCE,
    STATUSES,
    UPDATED,
    Claim,
    Conflict,
    Update,
)
from corpus.model import Source

from .highlight import Compared, fact_spans, segments
from .index import Inputs
from .views import (
    ClaimView,
    ConflictView,
    EventView,
    Page,
    SideView,
    SourceGroup,
    SourceRef,
    SourceView,
    StatementView,
    Summary,
    UpdateSideView,
    UpdateView,
)

PAGE_TITLE = "crossfact report"
OUTLETS_SHOWN = 4  # outlets named under an event's sub-heading
_WEB_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f]+", re.IGNORECASE)


def build_page(inputs: Inputs, *, model_name: str, generated_at: str) -> Page:
    views = [claim_view(claim, inputs) for claim in inputs.claims]
    return Page(
        title=PAGE_TITLE,
        generated_at=generated_at,
        model=model_name,
        summary=summary(inputs),
        events=event_views(inputs),
        contradicted=tuple(view for view in views if view.status == CONTRADICTED),
        updated=tuple(view for view in views if view.status == UPDATED),
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
        events=len(inputs.event_ids()),
    )


def event_views(inputs: Inputs) -> tuple[EventView, ...]:
    """One view per event number, ascending."""
    outlets: dict[int, list[str]] = {number: [] for number in inputs.event_ids()}
    sources = dict.fromkeys(outlets, 0)
    claims = dict.fromkeys(outlets, 0)
    for source in inputs.corpus.sources:
        if (number := inputs.source_event(source.id)) is not None:
            sources[number] += 1
            outlets[number].append(outlet(source))
    for claim in inputs.claims:
        if (number := inputs.claim_event(claim)) is not None:
            claims[number] += 1
    views = []
    for number, names in outlets.items():
        distinct = tuple(dict.fromkeys(names))
        views.append(EventView(
            id=number, number=number + 1, sources=sources[number], claims=claims[number],
            outlets=distinct[:OUTLETS_SHOWN], more_outlets=max(len(distinct) - OUTLETS_SHOWN, 0),
        ))
    return tuple(views)


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
        event=inputs.source_event(source.id),
        dropped=inputs.dropped[source.id],
    )


def statement_view(
    statement_id: str, inputs: Inputs, conflict: Compared | None = None
) -> StatementView:
    """The statement cut into segments: facts shown, values of ``conflict`` (a conflict or
    an update) marked."""
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
    compared: tuple[Compared, ...] = (*claim.conflicts, *claim.updates)
    on_a_side = {sid for c in compared for side in c.sides for sid in side.statements}
    return ClaimView(
        id=claim.id,
        status=claim.status,
        event=inputs.claim_event(claim),
        text=claim.text,
        independent_sources=claim.independent_sources,
        groups=source_groups(claim, inputs),
        shared_origins=tuple(
            tuple(source_ref(inputs.source(sid)) for sid in origin)
            for origin in claim.origins
            if len(origin) > 1
        ),
        conflicts=tuple(conflict_view(conflict, inputs) for conflict in claim.conflicts),
        updates=tuple(update_view(update, inputs) for update in claim.updates),
        others=tuple(
            statement_view(sid, inputs)
            for sid in claim.statements
            if compared and sid not in on_a_side
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


def update_view(update: Update, inputs: Inputs) -> UpdateView:
    """The update with its sides in time order (stable; unknown dates last)."""
    sides = sorted(update.sides, key=lambda s: (s.published is None, s.published or date.min))
    return UpdateView(
        update.kind,
        update.summary,
        update.role,
        tuple(
            UpdateSideView(
                side.value,
                side.published.isoformat() if side.published else None,
                tuple(statement_view(s, inputs, update) for s in side.statements),
            )
            for side in sides
        ),
    )
