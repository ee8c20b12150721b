"""Source independence: which sources of a claim share one origin.

Two statements of different sources share an origin when

- they are near-verbatim copies: the rapidfuzz ratio of their normalised texts (folded,
  lower-cased, words only) is at least ``copy_ratio`` (90 by default), or
- they share a quotation: a quoted span of QUOTE_WORDS (8) words or more in one statement
  appears word for word in the other.

The origins of a claim are the connected components of its sources under that relation;
``independent_sources`` is their number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from rapidfuzz import fuzz, process

from claims.model import Statement

from .text import fold, natural_key, normalise_words

QUOTE_WORDS = 8
_QUOTE_RE = re.compile(r'"([^"]+)"')


def quotations(text: str) -> tuple[str, ...]:
    """Normalised quoted spans of at least QUOTE_WORDS words."""
    spans = (normalise_words(m.group(1)) for m in _QUOTE_RE.finditer(fold(text)))
    return tuple(s for s in spans if len(s.split()) >= QUOTE_WORDS)


class _Components:
    def __init__(self, items: Sequence[str]) -> None:
        self.parent = {item: item for item in items}

    def find(self, item: str) -> str:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: str, b: str) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            low, high = sorted((root_a, root_b), key=natural_key)
            self.parent[high] = low

    def groups(self) -> tuple[tuple[str, ...], ...]:
        found: dict[str, list[str]] = {}
        for item in sorted(self.parent, key=natural_key):
            found.setdefault(self.find(item), []).append(item)
        return tuple(sorted((tuple(g) for g in found.values()), key=lambda g: natural_key(g[0])))


def _copy_pairs(texts: Sequence[str], copy_ratio: float) -> list[tuple[int, int]]:
    scores = process.cdist(
        texts, texts, scorer=fuzz.ratio, score_cutoff=copy_ratio, dtype=np.float32
    )
    rows, cols = np.nonzero(np.triu(scores >= copy_ratio, k=1))
    return [(int(i), int(j)) for i, j in zip(rows, cols, strict=True)]


def _quote_pairs(statements: Sequence[Statement], texts: Sequence[str]) -> list[tuple[int, int]]:
    padded = [f" {t} " for t in texts]
    pairs: list[tuple[int, int]] = []
    for i, statement in enumerate(statements):
        for quote in quotations(statement.text):
            pairs.extend((i, j) for j, text in enumerate(padded) if j != i and f" {quote} " in text)
    return pairs


def origins(
    statements: Sequence[Statement], copy_ratio: float = 90.0
) -> tuple[tuple[str, ...], ...]:
    """Groups of source ids that share one origin, each sorted, in source order."""
    components = _Components(sorted({s.source_id for s in statements}, key=natural_key))
    texts = [normalise_words(s.text) for s in statements]
    if len(statements) > 1:
        for i, j in _copy_pairs(texts, copy_ratio) + _quote_pairs(statements, texts):
            components.union(statements[i].source_id, statements[j].source_id)
    return components.groups()
