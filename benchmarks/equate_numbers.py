"""Number normalisation on EQUATE (NewsNLI, RTE-Quant): how often does comparison.py find a
number, quantity or money conflict between a premise and its hypothesis?

    .venv/bin/python benchmarks/equate_numbers.py [--show N]

An "entailment" pair states nothing the premise contradicts, so a conflict there is a false
conflict (should be rare). A "neutral" pair often changes a number, so conflicts there are
expected but not required (the label is not "contradiction"). Facts are compared exactly as
in a claim (comparison.conflicts: same kind family, role and unit). Skips cleanly when
../shared/benchmarks/equate_quant_nli is absent.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

from claims.model import Statement
from comparison import conflicts, extract_facts

DATA = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "equate_quant_nli"
FILES = ("NewsNLI.csv", "RTE_Quant.csv")
COUNTED = {"number", "quantity", "money"}


def pair_conflicts(premise: str, hypothesis: str) -> tuple[list[str], bool]:
    """Summaries of the number conflicts between two sentences, and whether any group was
    shared (a comparison happened at all)."""
    statements = [Statement("p:1", "p", premise, 0, len(premise)),
                  Statement("h:1", "h", hypothesis, 0, len(hypothesis))]
    facts = {s.id: tuple(f for f in extract_facts(s.text, None) if f.kind in COUNTED)
             for s in statements}
    groups = conflicts.collect(range(2), statements, facts)
    shared = {k: v for k, v in groups.items() if len(v) == 2}
    found = [conflicts.build_conflict(k, v).summary for k, v in shared.items()
             if conflicts.disagree(k, v[0], v[1])]
    return found, bool(shared)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print N false conflicts")
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"skipped: {DATA} not found")
        return 0
    for name in FILES:
        rows = list(csv.DictReader((DATA / name).open(encoding="utf-8")))
        total, compared, flagged = Counter[str](), Counter[str](), Counter[str]()
        shown = []
        for row in rows:
            label = row["label"]
            total[label] += 1
            found, shared = pair_conflicts(row["premise"], row["hypothesis"])
            compared[label] += shared
            flagged[label] += bool(found)
            if found and label == "entailment" and len(shown) < args.show:
                shown.append(f"  {found}\n    P: {row['premise']}\n    H: {row['hypothesis']}")
        print(f"{name}: {len(rows)} pairs")
        for label in sorted(total):
            print(f"  {label:<10} {total[label]:4d} pairs, {compared[label]:4d} compared a "
                  f"number, {flagged[label]:4d} with a conflict "
                  f"({flagged[label] / total[label]:.1%} of pairs, "
                  f"{flagged[label] / max(1, compared[label]):.1%} of compared)")
        print("\n".join(shown))
    return 0


if __name__ == "__main__":
    sys.exit(main())
