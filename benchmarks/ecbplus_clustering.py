"""Claim and event grouping measured on ECB+ cross-document event coreference (not a test).

Each ECB+ topic holds two different events of one kind (two earthquakes, two arrests...)
reported by many outlets. Per topic, every document is a source; its sentences are
embedded as crossfact embeds statements. Scored over every pair of sentences marked
``in_coref_selection`` from different documents of a topic: a gold positive is a pair
that shares a cross-document event chain.

- baseline: one average-linkage clustering of the selected sentences (MiniLM cosine);
- events:   a pair is predicted positive when crossfact's event grouping
            (claims.events.group_events: document embedding + key terms) puts both
            documents in one event;
- claims:   a pair is positive when crossfact puts both sentences in one claim (claims
            are finer than events, so this level is expected to have low recall here).

Settings were chosen on the odd-numbered topics (``--tune`` prints that grid); the figures
to quote are those of the even-numbered topics, which the choice never saw.
Reads ../shared/benchmarks/ecbplus; exits cleanly when it is absent.

    .venv/bin/python benchmarks/ecbplus_clustering.py [--tune] [--cache-dir DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

import claims
from claims.events import EVENT_SIMILARITY, EVENT_WEIGHT, group_events
from crossfact.settings import Settings

DATA = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "ecbplus"
Matrix = NDArray[np.float32]


@dataclass(frozen=True)
class Topic:
    docs: list[str]  # document names
    rows: list[list[int]]  # every sentence row of each document
    selected: list[int]  # rows of the scored sentences
    doc_of: dict[int, int]  # row -> document number
    chains: dict[int, frozenset[str]]


def load(path: Path) -> tuple[list[str], dict[int, Topic]]:
    texts: list[str] = []
    raw: dict[int, dict[str, list[tuple[int, dict[str, object]]]]] = defaultdict(dict)
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["subtopic"] == "ecbplus" and row["sentence"] == 0:
            continue  # the source URL, not article text
        raw[row["topic"]].setdefault(row["doc"], []).append((len(texts), row))
        texts.append(row["text"])
    topics = {}
    for number, docs in sorted(raw.items()):
        names = sorted(docs)
        rows = [[r for r, _ in docs[name]] for name in names]
        doc_of = {r: d for d, members in enumerate(rows) for r in members}
        picked = [(r, row) for name in names for r, row in docs[name] if row["in_coref_selection"]]
        chains = {r: frozenset(row["cross_doc_event_chains"]) for r, row in picked}  # type: ignore[arg-type]
        topics[number] = Topic(names, rows, [r for r, _ in picked], doc_of, chains)
    return texts, topics


def pair_score(topic: Topic, same: Callable[[int, int], bool]) -> tuple[int, int, int]:
    """(true positives, predicted positives, gold positives) over cross-document pairs."""
    tp = pred = gold = 0
    rows = topic.selected
    for i, a in enumerate(rows):
        for b in rows[i + 1 :]:
            if topic.doc_of[a] == topic.doc_of[b]:
                continue
            is_gold, is_pred = bool(topic.chains[a] & topic.chains[b]), same(a, b)
            tp, pred, gold = tp + (is_gold and is_pred), pred + is_pred, gold + is_gold
    return tp, pred, gold


def baseline(topic: Topic, vectors: Matrix, similarity: float) -> Callable[[int, int], bool]:
    label = {}
    for number, cluster in enumerate(
        claims.cluster_statements(vectors[topic.selected], similarity=similarity)
    ):
        label.update({topic.selected[m]: number for m in cluster.members})
    return lambda a, b: label[a] == label[b]


def events(
    topic: Topic, texts: list[str], vectors: Matrix, similarity: float, weight: float
) -> list[int]:
    sentences = [[texts[r] for r in rows] for rows in topic.rows]
    return list(group_events(sentences, vectors, topic.rows, similarity=similarity, weight=weight))


def event_level(topic: Topic, labels: list[int]) -> Callable[[int, int], bool]:
    return lambda a, b: labels[topic.doc_of[a]] == labels[topic.doc_of[b]]


def claim_level(
    topic: Topic, labels: list[int], vectors: Matrix, texts: list[str], align: float | None
) -> Callable[[int, int], bool]:
    """Claims as the pipeline makes them (loner attach step, alignment at ``align``)."""
    every = [r for rows in topic.rows for r in rows]
    per_row = [labels[topic.doc_of[r]] for r in every]
    similarity = Settings().cluster_similarity
    found = claims.cluster_statements(
        vectors[every], similarity=similarity, events=per_row,
        sources=[str(topic.doc_of[r]) for r in every], attach=similarity,
        align=align, texts=[texts[r] for r in every],
    )
    label = {every[m]: n for n, c in enumerate(found) for m in c.members}
    return lambda a, b: label[a] == label[b]


def prf(counts: list[tuple[int, int, int]]) -> str:
    tp, pred, gold = (sum(c[i] for c in counts) for i in range(3))
    p, r = (tp / pred if pred else 0.0), (tp / gold if gold else 0.0)
    return f"P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r) if tp else 0.0:.3f}"


def tune(texts: list[str], topics: dict[int, Topic], vectors: Matrix) -> None:
    odd = [t for n, t in topics.items() if n % 2]
    for weight in (0.0, 0.2, 0.3, 0.4, 0.5):
        for similarity in (0.2, 0.25, 0.3, 0.35, 0.4, 0.45):
            counts = [
                pair_score(t, event_level(t, events(t, texts, vectors, similarity, weight)))
                for t in odd
            ]
            print(f"odd topics, weight {weight:.1f} similarity {similarity:.2f}: {prf(counts)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tune", action="store_true", help="print the grid on odd topics")
    parser.add_argument("--cache-dir", type=Path, default=Path(".crossfact-cache"))
    args = parser.parse_args()
    source = DATA / "derived_sentences.jsonl"
    if not source.is_file():
        print(f"skipped: {source} not found (ECB+ data is not part of the repo)")
        return 0
    texts, topics = load(source)
    vectors = claims.embed_texts(texts, claims.load_encoder(), cache_dir=args.cache_dir)
    print(f"ECB+: {len(texts)} sentences, {len(topics)} topics; "
          f"events: weight {EVENT_WEIGHT}, similarity {EVENT_SIMILARITY}")
    if args.tune:
        tune(texts, topics, vectors)
    for half, name in ((1, "odd topics (tuning)"), (0, "even topics (held out)")):
        chosen = [t for n, t in topics.items() if n % 2 == half]
        grouped = [events(t, texts, vectors, EVENT_SIMILARITY, EVENT_WEIGHT) for t in chosen]
        print(f"\n{name}: {len(chosen)} topics")
        print("  baseline (MiniLM, average linkage 0.40): "
              + prf([pair_score(t, baseline(t, vectors, 0.40)) for t in chosen]))
        paired = list(zip(chosen, grouped, strict=True))
        print("  crossfact events:                        "
              + prf([pair_score(t, event_level(t, g)) for t, g in paired]))
        for align, what in ((None, "without alignment"), (Settings().align_similarity, "aligned")):
            counts = [pair_score(t, claim_level(t, g, vectors, texts, align)) for t, g in paired]
            print(f"  crossfact claims, {what}:{' ' * (22 - len(what))}" + prf(counts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
