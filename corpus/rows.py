"""JSONL and CSV files of articles: one article per row, fields title, text, url, published,
publisher. A row that cannot be read becomes a ``Skipped`` entry named ``FILE:LINE``."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass

from .model import Skipped

FIELDS = ("title", "text", "url", "published", "publisher")


@dataclass(frozen=True)
class Row:
    """One article row; ``where`` is ``FILE:LINE``."""

    where: str
    title: str | None
    text: str
    url: str | None
    published: str | None
    publisher: str | None


def _value(raw: dict[str, object], name: str) -> str | None:
    value = raw.get(name)
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value).strip()
    return text or None


def _row(raw: dict[str, object], where: str) -> Row | Skipped:
    text = raw.get("text")
    if not isinstance(text, str) or not text.strip():
        return Skipped(where, 'row has no "text"; give each row the article body in "text"')
    meta = [_value(raw, name) for name in ("title", "url", "published", "publisher")]
    return Row(where, meta[0], text, *meta[1:])


def jsonl_rows(content: str, name: str) -> Iterator[Row | Skipped]:
    """Rows of a JSONL file (blank lines are ignored)."""
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as err:
            yield Skipped(where, f"not valid JSON ({err.msg}); fix or remove the line")
            continue
        if not isinstance(raw, dict):
            yield Skipped(where, 'not a JSON object; write each article as {"text": "..."}')
            continue
        yield _row(raw, where)


def csv_rows(content: str, name: str) -> Iterator[Row | Skipped]:
    """Rows of a CSV file whose first row names the columns (a "text" column is required)."""
    reader = csv.DictReader(io.StringIO(content, newline=""))
    columns = [c.strip().lower() for c in reader.fieldnames or []]
    if "text" not in columns:
        yield Skipped(name, 'no "text" column; the first row must name the columns '
                            "(title, text, url, published, publisher)")
        return
    start = reader.line_num + 1
    try:
        for raw in reader:
            fields = {str(k).strip().lower(): v for k, v in raw.items() if k is not None}
            yield _row(dict(fields), f"{name}:{start}")
            start = reader.line_num + 1
    except csv.Error as err:
        yield Skipped(f"{name}:{start}", f"malformed CSV ({err}); the rest was not read")
