"""Speed and memory of the whole pipeline (a benchmark that prints figures, not a test).

Runs crossfact on the seed articles (../shared/seeds) and, when present, on BASIL
(../shared/benchmarks/basil: 300 articles, converted to one JSONL file in a temporary folder
at run time; nothing is copied into the project). Prints seconds per stage, statements
per second, claims per status and peak memory. The embedding cache is off unless
--cache-dir is given, so the embed figure is the real model speed.

    .venv/bin/python benchmarks/bench.py [--skip-basil] [--cache-dir DIR]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from crossfact.pipeline import analyse, write_reports
from crossfact.settings import Settings

SHARED = Path(__file__).resolve().parents[2] / "shared"


def basil_jsonl(folder: Path, out: Path) -> int:
    """Write BASIL's articles as crossfact JSONL rows; return how many."""
    rows = []
    for path in sorted((folder / "articles").glob("*/*.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        text = "\n\n".join(" ".join(p) for p in article["body-paragraphs"])
        rows.append({
            "title": article["title"], "text": text, "url": article.get("url"),
            "published": article.get("date"), "publisher": article["source"],
        })
    out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return len(rows)


def run(name: str, inputs: list[str], settings: Settings, out_dir: Path) -> None:
    stages: list[tuple[str, float]] = []
    began = time.perf_counter()
    def record(stage: str, seconds: float) -> None:
        stages.append((stage, seconds))

    analysis = analyse(inputs, settings, on_stage=record)
    write_reports(analysis, out_dir, datetime.now(tz=UTC), on_stage=record)
    total = time.perf_counter() - began
    count = len(analysis.segmentation.statements)
    statuses = Counter(c.status for c in analysis.claims)
    print(f"\n== {name}: {len(analysis.corpus.sources)} sources, {count} statements, "
          f"{len(analysis.claims)} claims {dict(sorted(statuses.items()))}")
    for stage, seconds in stages:
        print(f"  {stage:<8} {seconds:8.2f} s")
    embed = dict(stages).get("embed", 0.0)
    print(f"  total    {total:8.2f} s; {count / total:.1f} statements/s end to end; "
          f"{count / embed if embed else 0:.1f} statements/s embedding (incl. model load)")
    print(f"  peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-basil", action="store_true")
    parser.add_argument("--cache-dir", type=Path, default=None)
    args = parser.parse_args()
    settings = Settings(cache_dir=args.cache_dir)
    with tempfile.TemporaryDirectory() as tmp:
        seeds = SHARED / "seeds"
        if seeds.is_dir():
            run("seeds", [str(seeds)], settings, Path(tmp) / "seeds")
        else:
            print(f"skipped seeds: {seeds} not found")
        basil = SHARED / "benchmarks" / "basil"
        if args.skip_basil or not basil.is_dir():
            print("skipped BASIL" + ("" if args.skip_basil else f": {basil} not found"))
            return 0
        jsonl = Path(tmp) / "basil.jsonl"
        print(f"\nBASIL: {basil_jsonl(basil, jsonl)} articles")
        run("BASIL, all 300 articles at once", [str(jsonl)], settings, Path(tmp) / "basil")
    return 0


if __name__ == "__main__":
    sys.exit(main())
