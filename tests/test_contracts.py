"""Nothing the user gave is lost: every file is a source or skipped, every sentence is in
exactly one claim or dropped with a reason; the same input gives the same bytes."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

import corpus
from claims import sentence_spans
from crossfact.pipeline import Analysis, analyse, write_reports
from crossfact.settings import Settings

ANALYSES = ["demo_analysis", "seeds_analysis"]


def _input_files(folder: Path) -> set[str]:
    return {
        p.name for p in folder.rglob("*")
        if p.is_file() and not p.name.endswith(".meta.json") and not p.name.startswith(".")
    }


@pytest.mark.model
@pytest.mark.parametrize("name", ANALYSES)
def test_every_input_file_is_a_source_or_skipped(name: str, request: pytest.FixtureRequest) -> None:
    analysis: Analysis = request.getfixturevalue(name)
    folder = Path(analysis.corpus.sources[0].path or "").parent
    seen = [Path(s.path or "").name for s in analysis.corpus.sources]
    seen += [Path(s.path).name for s in analysis.corpus.skipped]
    assert sorted(seen) == sorted(_input_files(folder))


@pytest.mark.model
@pytest.mark.parametrize("name", ANALYSES)
def test_every_sentence_is_in_one_claim_or_dropped(
    name: str, request: pytest.FixtureRequest
) -> None:
    analysis: Analysis = request.getfixturevalue(name)
    in_claims = Counter(sid for claim in analysis.claims for sid in claim.statements)
    statements = {s.id: s for s in analysis.segmentation.statements}
    assert set(in_claims) == set(statements) and set(in_claims.values()) == {1}
    dropped = Counter((sid, d.text) for sid, d in analysis.segmentation.dropped)
    for source in analysis.corpus.sources:
        spans = list(sentence_spans(source.text))
        kept = [s for s in statements.values() if s.source_id == source.id]
        lost = sum(n for (sid, _), n in dropped.items() if sid == source.id)
        assert len(kept) + lost == len(spans)
        assert all(source.text[s.start : s.end] == s.text for s in kept)
        assert all(d.reason for d in source.dropped)


@pytest.mark.model
def test_same_input_same_bytes(demo_analysis: Analysis, tmp_path: Path) -> None:
    """A second, independent run (through the embedding cache this time) writes the same bytes."""
    when = datetime(2026, 1, 1, tzinfo=UTC)
    cached = Settings(cache_dir=tmp_path / "cache")
    analyse([], cached)
    again = analyse([], cached)
    first = write_reports(demo_analysis, tmp_path / "a", when)
    second = write_reports(again, tmp_path / "b", when)
    for one, two in zip(first, second, strict=True):
        assert one.read_bytes() == two.read_bytes(), one.name


def test_demo_corpus_is_shipped_with_the_package() -> None:
    assert corpus.DEMO_DIR.is_dir()
    assert len(_input_files(corpus.DEMO_DIR)) >= 5
