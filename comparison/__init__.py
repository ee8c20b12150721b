"""Stage 3: facts in each statement, conflicts inside each claim, independence, status.

``extract_all_facts`` and ``judge_claims`` are what crossfact/pipeline.py calls; the rules
are documented in each module and summarised in docs/comparison.md.
"""

from __future__ import annotations

from .errors import (
    ClusterError,
    ComparisonError,
    EmbeddingShapeError,
    FactValueError,
    GazetteerUnavailableError,
)
from .facts import extract_all_facts, extract_facts, story_date
from .judge import RELATED_SIMILARITY, judge_claims

__all__ = [
    "RELATED_SIMILARITY",
    "ClusterError",
    "ComparisonError",
    "EmbeddingShapeError",
    "FactValueError",
    "GazetteerUnavailableError",
    "extract_all_facts",
    "extract_facts",
    "judge_claims",
    "story_date",
]
