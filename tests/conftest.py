"""Shared fixtures: one real pipeline run per corpus per test session (the model loads once)."""

from __future__ import annotations

from pathlib import Path

import pytest

from crossfact.pipeline import Analysis, analyse
from crossfact.settings import Settings

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"


@pytest.fixture(scope="session")
def demo_analysis() -> Analysis:
    return analyse([], Settings())


@pytest.fixture(scope="session")
def seeds_analysis() -> Analysis:
    if not SEEDS.is_dir():
        pytest.skip(f"{SEEDS} not found (the seed articles live beside the repo, not in it)")
    return analyse([str(SEEDS)], Settings())
