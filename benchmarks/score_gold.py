"""Score crossfact on the labelled gold corpora (tests/gold/*.json): precision and recall of
contradictions per kind, corroboration recall, variants wrongly flagged, shared origins.

    .venv/bin/python benchmarks/score_gold.py [NAME ...]      (default: every gold set)

The same scores are asserted against pinned floors by tests/test_gold_sets.py.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crossfact.gold import Score, combine, load_gold, score
from crossfact.pipeline import analyse
from crossfact.settings import Settings

GOLD = Path(__file__).resolve().parents[1] / "tests" / "gold"


def report(name: str, result: Score) -> None:
    print(f"\n== {name}: contradictions P {result.contradiction_precision:.2f} "
          f"R {result.contradiction_recall:.2f}; corroborations "
          f"{result.corroborations[0]}/{result.corroborations[1]}; same origin "
          f"{result.same_origin[0]}/{result.same_origin[1]}; updates "
          f"{result.updates[0]}/{result.updates[1]}; variants flagged "
          f"{len(result.variant_flags)}")
    for kind in sorted(set(result.labelled) | set(result.flagged)):
        print(f"   {kind:<10} recall {result.found[kind]}/{result.labelled[kind]}  "
              f"precision {result.flagged_correct[kind]}/{result.flagged[kind]}")
    for line in result.missed:
        print(f"   missed: {line}")
    for line in result.false_flags:
        print(f"   false flag: {line}")
    for line in result.variant_flags:
        print(f"   variant flagged: {line}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*")
    parser.add_argument("--cache-dir", type=Path, default=None)
    parser.add_argument("--event-similarity", type=float, default=Settings().event_similarity)
    parser.add_argument("--gold-dir", type=Path, default=GOLD,
                        help="folder of label files (tests/gold/unseen: the unseen batch)")
    args = parser.parse_args()
    folder = args.gold_dir.resolve()
    names = args.names or sorted(p.stem for p in folder.glob("*.json") if p.stem != "demo")
    results = []
    for name in names:
        gold = load_gold(folder / f"{name}.json")
        inputs = [str(GOLD.parents[1] / gold["corpus"])]
        settings = Settings(cache_dir=args.cache_dir, event_similarity=args.event_similarity)
        result = score(analyse(inputs, settings), gold)
        report(name, result)
        results.append(result)
    report("all: " + ", ".join(names), combine(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
