"""The ``claims.json`` document (schema version 1), as plain JSON-ready dicts.

Field order follows DESIGN.md; docs/claims-schema.md describes every field. Fields may be
added in later versions, never renamed.
"""

from __future__ import annotations

from typing import Any

from comparison.model import Claim, Conflict, Fact, Update
from corpus.model import Dropped, Skipped, Source

from .index import Inputs

SCHEMA_VERSION = 1

JsonDict = dict[str, Any]


def build_document(inputs: Inputs, *, model_name: str, generated_at: str) -> JsonDict:
    """The whole ``claims.json`` object; claims keep the order they were given in."""
    return {
        "schema_version": SCHEMA_VERSION,
        "generated_at": generated_at,
        "model": model_name,
        "skipped": [skipped_json(skipped) for skipped in inputs.corpus.skipped],
        "sources": [source_json(source, inputs) for source in inputs.corpus.sources],
        "events": events_json(inputs),
        "claims": [claim_json(claim, inputs) for claim in inputs.claims],
    }


def events_json(inputs: Inputs) -> list[JsonDict]:
    """One entry per event number, ascending: its sources (corpus order), its claims count."""
    sources: dict[int, list[str]] = {number: [] for number in inputs.event_ids()}
    claims = dict.fromkeys(sources, 0)
    for source in inputs.corpus.sources:
        if (number := inputs.source_event(source.id)) is not None:
            sources[number].append(source.id)
    for claim in inputs.claims:
        if (number := inputs.claim_event(claim)) is not None:
            claims[number] += 1
    return [{"id": n, "sources": sources[n], "claims": claims[n]} for n in sources]


def skipped_json(skipped: Skipped) -> JsonDict:
    return {"path": skipped.path, "reason": skipped.reason}


def source_json(source: Source, inputs: Inputs) -> JsonDict:
    return {
        "id": source.id,
        "path": source.path,
        "url": source.url,
        "title": source.title,
        "publisher": source.publisher,
        "published": source.published.isoformat() if source.published else None,
        "published_from": source.published_from,
        "statements": inputs.statement_counts.get(source.id, 0),
        "event": inputs.source_event(source.id),
        "dropped": [dropped_json(dropped) for dropped in inputs.dropped[source.id]],
    }


def dropped_json(dropped: Dropped) -> JsonDict:
    return {"text": dropped.text, "reason": dropped.reason}


def claim_json(claim: Claim, inputs: Inputs) -> JsonDict:
    return {
        "id": claim.id,
        "status": claim.status,
        "event": inputs.claim_event(claim),
        "text": claim.text,
        "sources": list(claim.sources),
        "independent_sources": claim.independent_sources,
        "origins": [list(origin) for origin in claim.origins],
        "statements": [statement_json(sid, inputs) for sid in claim.statements],
        "conflicts": [conflict_json(conflict) for conflict in claim.conflicts],
        "updates": [update_json(update) for update in claim.updates],
    }


def statement_json(statement_id: str, inputs: Inputs) -> JsonDict:
    statement = inputs.statement(statement_id)
    return {
        "id": statement.id,
        "source": statement.source_id,
        "text": statement.text,
        "start": statement.start,
        "end": statement.end,
        "facts": [fact_json(fact) for fact in inputs.facts_of(statement.id)],
    }


def fact_json(fact: Fact) -> JsonDict:
    return {
        "kind": fact.kind,
        "text": fact.text,
        "value": fact.value,
        "start": fact.start,
        "end": fact.end,
        "role": fact.role,
        "modality": fact.modality,
    }


def conflict_json(conflict: Conflict) -> JsonDict:
    return {
        "kind": conflict.kind,
        "summary": conflict.summary,
        "role": conflict.role,
        "sides": [
            {"value": side.value, "statements": list(side.statements)} for side in conflict.sides
        ],
    }


def update_json(update: Update) -> JsonDict:
    return {
        "kind": update.kind,
        "summary": update.summary,
        "role": update.role,
        "sides": [
            {
                "value": side.value,
                "statements": list(side.statements),
                "published": side.published.isoformat() if side.published else None,
            }
            for side in update.sides
        ],
    }
