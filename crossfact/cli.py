"""The `crossfact` command: a thin layer over crossfact.pipeline."""

from __future__ import annotations

import os
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import NoReturn

import click

from claims import CacheError, ClusteringError, ModelLoadError
from comparison.model import STATUSES

from .errors import CrossfactError
from .pipeline import Analysis, analyse, write_reports
from .settings import Settings, default_cache_dir

_DEFAULTS = Settings()


def _generated_at() -> datetime:
    """Now, or ``$SOURCE_DATE_EPOCH`` for reproducible builds of a report."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=UTC)
    return datetime.now(tz=UTC).replace(microsecond=0)


def _summary(analysis: Analysis, written: tuple[Path, ...]) -> str:
    counts = Counter(claim.status for claim in analysis.claims)
    by_status = ", ".join(f"{counts.get(s, 0)} {s}" for s in STATUSES)
    skipped = len(analysis.corpus.skipped)
    lines = [
        f"{len(analysis.corpus.sources)} sources read, {skipped} skipped; "
        f"{len(analysis.segmentation.statements)} statements in {len(analysis.claims)} claims: "
        f"{by_status}",
        *(f"skipped {s.path}: {s.reason}" for s in analysis.corpus.skipped),
        "wrote " + ", ".join(str(p) for p in written),
    ]
    return "\n".join(lines)


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("inputs", nargs=-1, metavar="[PATH_OR_URL]...")
@click.option("-o", "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("crossfact-report"), show_default=True,
              help="Folder for report.html, claims.json, claims.csv and sources.csv.")
@click.option("--model", "model_path", type=click.Path(path_type=Path), default=None,
              help="A local sentence-transformers model folder (default: the packaged "
                   "all-MiniLM-L6-v2).")
@click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Embedding cache folder (default: $CROSSFACT_CACHE or ~/.cache/crossfact).")
@click.option("--no-cache", is_flag=True, help="Do not read or write the embedding cache.")
@click.option("--cluster-similarity", type=click.FloatRange(0.0, 1.0, min_open=True),
              default=_DEFAULTS.cluster_similarity, show_default=True,
              help="Cosine similarity above which statements join one claim.")
@click.option("--align-similarity", type=click.FloatRange(0.0, 1.0, min_open=True),
              default=_DEFAULTS.align_similarity, show_default=True,
              help="Cosine similarity at which a statement left alone joins its restatement "
                   "in another source (mutual nearest neighbours sharing rare words); "
                   "1 turns this off.")
@click.option("--event-similarity", type=click.FloatRange(0.0, 1.0),
              default=_DEFAULTS.event_similarity, show_default=True,
              help="Similarity above which sources report one event; claims never span two "
                   "events. 0 treats every source as one event.")
@click.option("--copy-ratio", type=click.FloatRange(0.0, 100.0),
              default=_DEFAULTS.copy_ratio, show_default=True,
              help="Text similarity (0-100) at which two statements count as one origin.")
@click.option("--min-words", type=click.IntRange(1), default=_DEFAULTS.min_words,
              show_default=True, help="Shorter sentences are dropped as fragments.")
@click.option("--timeout", type=click.FloatRange(0.1), default=_DEFAULTS.fetch_timeout,
              show_default=True, help="Seconds to wait for each URL.")
@click.option("--progress/--no-progress", default=False, help="Show a progress bar.")
def main(
    inputs: tuple[str, ...], out_dir: Path, model_path: Path | None, cache_dir: Path | None,
    no_cache: bool, cluster_similarity: float, align_similarity: float, event_similarity: float,
    copy_ratio: float, min_words: int, timeout: float, progress: bool,
) -> None:
    """Compare articles about one story: shared claims, corroborations, contradictions.

    PATH_OR_URL: article files (.txt, .md, .html), folders, JSONL/CSV files of articles,
    or http(s) URLs. With none, the bundled demo corpus is used.
    """
    settings = Settings(
        model_path=model_path,
        cache_dir=None if no_cache else (cache_dir or default_cache_dir()),
        cluster_similarity=cluster_similarity, align_similarity=align_similarity,
        event_similarity=event_similarity,
        copy_ratio=copy_ratio, min_words=min_words,
        fetch_timeout=timeout, show_progress=progress,
    )
    try:
        analysis = analyse(list(inputs), settings)
        written = write_reports(analysis, out_dir, _generated_at())
    except CrossfactError as exc:
        _fail(str(exc), exc.exit_code)
    except (ModelLoadError, ClusteringError) as exc:
        _fail(str(exc), 2)
    except (CacheError, OSError) as exc:
        _fail(f"{exc}; check that the folder is writable", 1)
    click.echo(_summary(analysis, written))


def _fail(message: str, code: int) -> NoReturn:
    click.echo(f"crossfact: error: {message}", err=True)
    sys.exit(code)
