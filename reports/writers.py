"""Write the report model: report.html, claims.json, claims.csv, sources.csv."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import jinja2

from .document import JsonDict
from .model import ReportModel
from .tables import claims_frame, sources_frame, write_csv
from .views import Page

HTML_TEMPLATE = "report.html.j2"


@cache
def environment() -> jinja2.Environment:
    """Templates from the package (reports/templates/), autoescaped, strict about names."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader("reports", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_html(page: Page) -> str:
    """The self-contained HTML report (inline CSS, no script, no external resource)."""
    return environment().get_template(HTML_TEMPLATE).render(page=page)


def json_text(document: JsonDict) -> str:
    """claims.json text: UTF-8, 2-space indent, fields in schema order, final newline."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def write_outputs(model: ReportModel, out_dir: Path) -> tuple[Path, ...]:
    """Create ``out_dir`` and write report.html, claims.json, claims.csv and sources.csv
    into it; return their paths in that order."""
    out_dir.mkdir(parents=True, exist_ok=True)
    return (
        _write_text(out_dir / "report.html", render_html(model.page)),
        _write_text(out_dir / "claims.json", json_text(model.document)),
        write_csv(claims_frame(model.document), out_dir / "claims.csv"),
        write_csv(sources_frame(model.document), out_dir / "sources.csv"),
    )


def _write_text(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8", newline="\n")
    return path
