"""Stage 1 of crossfact: read articles (files, folders, HTML, JSONL/CSV, URLs) into clean Sources.

Flow: ``reader`` expands inputs and reads each file, row or URL into a ``Draft`` (``files``,
``plaintext``, ``html``, ``fetch``, ``rows``); ``sources.finish`` cleans it (``clean``,
``boilerplate``) and picks the publication date (``dates``, ``published``).
"""

from __future__ import annotations

from pathlib import Path

from .model import Corpus, Dropped, Skipped, Source
from .reader import read_corpus

DEMO_DIR: Path = Path(__file__).resolve().parent / "demo"

__all__ = ["DEMO_DIR", "Corpus", "Dropped", "Skipped", "Source", "read_corpus"]
