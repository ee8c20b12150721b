"""Stage 4: the report model and its writers (JSON, CSV, HTML).

``build_report`` turns the outputs of stages 1-3 into a ``ReportModel``; ``write_outputs``
writes report.html, claims.json, claims.csv and sources.csv from it.
"""

from .model import ReportModel, build_report, format_timestamp
from .writers import render_html, write_outputs

__all__ = ["ReportModel", "build_report", "format_timestamp", "render_html", "write_outputs"]
