"""Claim clustering measured on ECB+ cross-document event coreference (not a test).

For each topic, the sentences marked ``in_coref_selection`` are embedded and clustered the
way crossfact clusters statements. Over every pair of sentences from different documents of
a topic, a gold positive is a pair that shares a cross-document event chain; a predicted
positive is a pair in one cluster. Prints pairwise precision, recall and F1 per similarity
threshold. Reads ../shared/benchmarks/ecbplus; exits cleanly when it is absent.

    .venv/bin/python benchmarks/ecbplus_clustering.py [--thresholds 0.4,0.5,0.6]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

import claims

DATA = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "ecbplus"


@dataclass(frozen=True)
class Sentence:
    topic: int
    doc: str
    text: str
    chains: frozenset[str]


def load(path: Path) -> list[Sentence]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return [
        Sentence(r["topic"], r["doc"], r["text"], frozenset(r["cross_doc_event_chains"]))
        for r in rows if r["in_coref_selection"]
    ]


def pair_counts(items: list[Sentence], labels: list[int]) -> tuple[int, int, int]:
    """(true positives, predicted positives, gold positives) over cross-document pairs."""
    tp = pred = gold = 0
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if items[i].doc == items[j].doc:
                continue
            same_gold = bool(items[i].chains & items[j].chains)
            same_pred = labels[i] == labels[j]
            gold += same_gold
            pred += same_pred
            tp += same_gold and same_pred
    return tp, pred, gold


def labels_for(vectors: np.ndarray, similarity: float) -> list[int]:
    labels = [0] * vectors.shape[0]
    for number, cluster in enumerate(claims.cluster_statements(vectors, similarity=similarity)):
        for member in cluster.members:
            labels[member] = number
    return labels


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--thresholds", default="0.3,0.35,0.4,0.45,0.5,0.55,0.6,0.65,0.7")
    parser.add_argument("--cache-dir", type=Path, default=Path(".crossfact-cache"))
    args = parser.parse_args()
    source = DATA / "derived_sentences.jsonl"
    if not source.is_file():
        print(f"skipped: {source} not found (ECB+ benchmark data is not part of the repo)")
        return 0
    sentences = load(source)
    encoder = claims.load_encoder()
    vectors = claims.embed_texts([s.text for s in sentences], encoder, cache_dir=args.cache_dir)
    by_topic: dict[int, list[int]] = defaultdict(list)
    for index, sentence in enumerate(sentences):
        by_topic[sentence.topic].append(index)
    print(f"ECB+: {len(sentences)} sentences in {len(by_topic)} topics, model {encoder.name}")
    for threshold in (float(t) for t in args.thresholds.split(",")):
        tp = pred = gold = 0
        for members in by_topic.values():
            items = [sentences[i] for i in members]
            counts = pair_counts(items, labels_for(vectors[members], threshold))
            tp, pred, gold = tp + counts[0], pred + counts[1], gold + counts[2]
        precision = tp / pred if pred else 0.0
        recall = tp / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
        print(f"similarity {threshold:.2f}: P {precision:.3f} R {recall:.3f} F1 {f1:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
