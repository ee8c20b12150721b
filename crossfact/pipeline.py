"""The one orchestrator: the whole flow of crossfact, stage by stage, in order.

1. corpus      read files, folders, HTML pages, JSONL/CSV rows and URLs into clean Sources
2. claims      split Sources into Statements, embed them, cluster them into claims
3. comparison  extract facts, find conflicts, judge independence and each claim's status
4. reports     build the report model and write JSON, CSV and HTML
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import claims
import comparison
import corpus
import reports
from claims.model import Segmentation
from comparison.model import Claim, Fact
from corpus.model import Corpus

from .errors import NothingReadableError
from .settings import Settings

StageCallback = Callable[[str, float], None]


@dataclass(frozen=True)
class Analysis:
    corpus: Corpus
    segmentation: Segmentation
    facts: Mapping[str, tuple[Fact, ...]]  # statement id -> facts
    claims: tuple[Claim, ...]
    model_name: str
    events: tuple[int, ...] = ()  # event number of each statement (claims.events)


@contextmanager
def _stage(name: str, on_stage: StageCallback | None) -> Iterator[None]:
    began = time.perf_counter()
    yield
    if on_stage is not None:
        on_stage(name, time.perf_counter() - began)


def analyse(
    inputs: Sequence[str], settings: Settings, on_stage: StageCallback | None = None
) -> Analysis:
    """Run stages 1-3 on ``inputs`` (paths or URLs; empty: the demo corpus)."""
    with _stage("read", on_stage):
        read = corpus.read_corpus(inputs or [str(corpus.DEMO_DIR)], timeout=settings.fetch_timeout)
    if not read.sources:
        raise NothingReadableError(read.skipped)
    with _stage("split", on_stage):
        segmentation = claims.split_statements(read.sources, min_words=settings.min_words)
    with _stage("embed", on_stage):
        encoder = claims.load_encoder(settings.model_path)
        texts = [s.text for s in segmentation.statements]
        matrix = claims.embed_texts(
            texts, encoder, cache_dir=settings.cache_dir, batch_size=settings.batch_size,
            show_progress=settings.show_progress,
        )
    with _stage("cluster", on_stage):
        events = claims.statement_events(
            read.sources, segmentation.statements, matrix, similarity=settings.event_similarity
        )
        clusters = claims.cluster_statements(
            matrix, similarity=settings.cluster_similarity, events=events,
            sources=[s.source_id for s in segmentation.statements],
            attach=settings.cluster_similarity, align=settings.align_similarity, texts=texts,
        )
    with _stage("facts", on_stage):
        facts = comparison.extract_all_facts(segmentation.statements, read.sources)
    with _stage("judge", on_stage):
        judged = comparison.judge_claims(
            clusters, segmentation.statements, facts, matrix, copy_ratio=settings.copy_ratio,
            published={source.id: source.published for source in read.sources}, events=events,
        )
    return Analysis(read, segmentation, facts, judged, encoder.name, events)


def write_reports(
    analysis: Analysis, out_dir: Path, generated_at: datetime,
    on_stage: StageCallback | None = None,
) -> tuple[Path, ...]:
    """Stage 4: write report.html, claims.json, claims.csv and sources.csv into ``out_dir``."""
    with _stage("report", on_stage):
        model = reports.build_report(
            analysis.corpus, analysis.segmentation, analysis.facts, analysis.claims,
            model_name=analysis.model_name, generated_at=generated_at, events=analysis.events,
        )
        return reports.write_outputs(model, out_dir)
