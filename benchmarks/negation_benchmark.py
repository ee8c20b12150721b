"""Negation and denial detection measured on Stanford's contradiction data (not a test).

Each pair (t, h) is given to comparison.negation.find_negations as two statements of two
sources; a pair is predicted a contradiction when at least one negation conflict is found.

- RTE2 negated pairs: the first 899 pairs of RTE2_dev_negated_contradiction.xml (451 YES,
  448 NO; ids repeat, so pairs are numbered by position). The rules were developed on the
  even positions ("dev"); the odd positions ("held out") were not looked at, and are the
  figures to quote.
- real-news pairs: the 23 pairs of real_contradiction_negation_subset.xml (all YES, the
  negation subset of Stanford's real-life contradictions; the same pairs close the RTE2
  file and are not counted twice): recall only.

Precision matters most: in crossfact a false negation conflict is a false alarm to a
fact-checker. Reads ../shared/benchmarks/stanford_contradiction; exits cleanly when absent.

    .venv/bin/python benchmarks/negation_benchmark.py [--show-errors dev]
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from claims.model import Statement
from comparison.negation import find_negations

DATA = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "stanford_contradiction"
RTE2 = DATA / "RTE2_dev_negated_contradiction.xml"
REAL = DATA / "real_contradiction_negation_subset.xml"
RTE2_PAIRS = 899  # the pairs after these are the real-news subset again


@dataclass(frozen=True)
class Pair:
    position: int
    id: str
    t: str
    h: str
    gold: bool


@dataclass(frozen=True)
class Score:
    tp: int
    fp: int
    fn: int
    tn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load(path: Path) -> list[Pair]:
    pairs = []
    for position, node in enumerate(ET.parse(path).getroot().iter("pair")):
        t, h = (" ".join((node.findtext(tag) or "").split()) for tag in ("t", "h"))
        pairs.append(Pair(position, node.get("id", ""), t, h, node.get("contradiction") == "YES"))
    return pairs


def predict(pair: Pair) -> bool:
    statements = [
        Statement("t:1", "t", pair.t, 0, len(pair.t)),
        Statement("h:1", "h", pair.h, 0, len(pair.h)),
    ]
    return bool(find_negations(statements))


def score(pairs: list[Pair], predictions: dict[int, bool]) -> Score:
    tp = sum(p.gold and predictions[p.position] for p in pairs)
    fp = sum(not p.gold and predictions[p.position] for p in pairs)
    fn = sum(p.gold and not predictions[p.position] for p in pairs)
    return Score(tp, fp, fn, len(pairs) - tp - fp - fn)


def line(name: str, pairs: list[Pair], result: Score) -> str:
    yes = sum(p.gold for p in pairs)
    return (
        f"{name:<28} pairs {len(pairs):4d} (YES {yes:3d})  P {result.precision:.3f}  "
        f"R {result.recall:.3f}  F1 {result.f1:.3f}  TP {result.tp} FP {result.fp} "
        f"FN {result.fn} TN {result.tn}"
    )


def show_errors(pairs: list[Pair], predictions: dict[int, bool]) -> None:
    for pair in pairs:
        if pair.gold != predictions[pair.position]:
            kind = "FP" if predictions[pair.position] else "FN"
            print(f"{kind} #{pair.position} id={pair.id}\n  t: {pair.t}\n  h: {pair.h}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-errors", choices=("dev", "real"), help="list the errors")
    args = parser.parse_args(argv)
    if not RTE2.is_file() or not REAL.is_file():
        print(f"skipped: {DATA} not found (the benchmark data lives beside the repo)")
        return 0
    rte = load(RTE2)[:RTE2_PAIRS]
    real = load(REAL)
    predictions = {p.position: predict(p) for p in rte}
    dev = [p for p in rte if p.position % 2 == 0]
    held_out = [p for p in rte if p.position % 2 == 1]
    real_predictions = {p.position: predict(p) for p in real}
    print("negation / denial detection, Stanford contradiction data")
    print(line("RTE2 dev (even positions)", dev, score(dev, predictions)))
    print(line("RTE2 held out (odd)", held_out, score(held_out, predictions)))
    print(line("RTE2 all", rte, score(rte, predictions)))
    result = score(real, real_predictions)
    print(f"{'real news (all YES)':<28} pairs {len(real):4d}  recall {result.recall:.3f} "
          f"({result.tp}/{len(real)})")
    if args.show_errors == "dev":
        show_errors(dev, predictions)
    elif args.show_errors == "real":
        show_errors(real, real_predictions)
    return 0


if __name__ == "__main__":
    sys.exit(main())
