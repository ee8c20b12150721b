"""All tunable settings in one frozen object; the CLI maps its options onto it."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from claims.align import ALIGN_SIMILARITY
from claims.events import EVENT_SIMILARITY

DEFAULT_MODEL_NAME = "all-MiniLM-L6-v2"


def default_cache_dir() -> Path:
    """``$CROSSFACT_CACHE`` or ``$XDG_CACHE_HOME/crossfact`` (``~/.cache/crossfact``)."""
    if env := os.environ.get("CROSSFACT_CACHE"):
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "crossfact"


@dataclass(frozen=True)
class Settings:
    """Settings of one run. Thresholds are documented in README ("Settings")."""

    model_path: Path | None = None  # None: the packaged all-MiniLM-L6-v2
    cache_dir: Path | None = None  # None: no embedding cache
    batch_size: int = 64
    min_words: int = 3  # shorter sentences are dropped as fragments
    cluster_similarity: float = 0.6  # cosine similarity that joins statements into a claim
    align_similarity: float = ALIGN_SIMILARITY  # mutual nearest loners join (claims.align)
    event_similarity: float = EVENT_SIMILARITY  # joins sources into events (claims.events); 0: one
    copy_ratio: float = 90.0  # rapidfuzz ratio at which two statements are one origin
    fetch_timeout: float = 20.0  # seconds per URL
    show_progress: bool = False
