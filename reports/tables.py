"""``claims.csv`` and ``sources.csv``, flattened from the claims.json document with pandas.

claims.csv: one row per statement of each claim. sources.csv: one row per source, then one
row per skipped input (only ``path`` and ``skipped_reason`` filled). Missing values are
empty cells; rows keep the document's order. Columns added later go last, so that readers
that address columns by position keep working.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from .document import JsonDict

CLAIM_COLUMNS = (
    "claim_id", "claim_status", "statement_id", "source_id", "publisher", "published",
    "start", "end", "text", "facts", "conflict_kinds", "update_kinds", "event",
)
SOURCE_COLUMNS = (
    "id", "path", "url", "title", "publisher", "published", "published_from",
    "statements", "dropped", "skipped_reason", "event",
)


def claims_frame(document: JsonDict) -> pd.DataFrame:
    return _frame(list(claim_rows(document)), CLAIM_COLUMNS, ("start", "end", "event"))


def sources_frame(document: JsonDict) -> pd.DataFrame:
    return _frame(
        list(source_rows(document)), SOURCE_COLUMNS, ("statements", "dropped", "event")
    )


def write_csv(frame: pd.DataFrame, path: Path) -> Path:
    frame.to_csv(path, index=False, lineterminator="\n", encoding="utf-8")
    return path


def claim_rows(document: JsonDict) -> Iterator[JsonDict]:
    sources = {source["id"]: source for source in document["sources"]}
    for claim in document["claims"]:
        kinds = _kinds(claim["conflicts"])
        update_kinds = _kinds(claim["updates"])
        for statement in claim["statements"]:
            source = sources.get(statement["source"], {})
            yield {
                "claim_id": claim["id"],
                "claim_status": claim["status"],
                "statement_id": statement["id"],
                "source_id": statement["source"],
                "publisher": source.get("publisher"),
                "published": source.get("published"),
                "start": statement["start"],
                "end": statement["end"],
                "text": statement["text"],
                "facts": facts_cell(statement["facts"]),
                "conflict_kinds": kinds,
                "update_kinds": update_kinds,
                "event": claim["event"],
            }


def _kinds(items: Sequence[JsonDict]) -> str:
    """The distinct kinds of ``items`` (conflicts or updates), ``; ``-separated."""
    return "; ".join(dict.fromkeys(item["kind"] for item in items))


def facts_cell(facts: Sequence[JsonDict]) -> str:
    """``kind=value; ...``, with `` (planned)`` after a value that is not asserted."""
    return "; ".join(f"{fact['kind']}={fact['value']}{_modality(fact)}" for fact in facts)


def _modality(fact: JsonDict) -> str:
    modality = fact.get("modality", "asserted")
    return "" if modality == "asserted" else f" ({modality})"


def source_rows(document: JsonDict) -> Iterator[JsonDict]:
    for source in document["sources"]:
        row = {column: source.get(column) for column in SOURCE_COLUMNS}
        yield row | {"dropped": len(source["dropped"]), "skipped_reason": None}
    for skipped in document["skipped"]:
        yield {"path": skipped["path"], "skipped_reason": skipped["reason"]}


def _frame(
    rows: list[JsonDict], columns: Sequence[str], integers: Sequence[str]
) -> pd.DataFrame:
    frame = pd.DataFrame.from_records(rows, columns=list(columns))
    types: dict[str, Any] = {column: "Int64" for column in integers}
    return frame.astype(types)
