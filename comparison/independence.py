"""Source independence: which sources of a claim share one origin.

Two statements of different sources share an origin when

- they are near-verbatim copies: the rapidfuzz ratio of their normalised texts (folded,
  lower-cased, words only) is at least ``copy_ratio`` (90 by default), or
- one is a cut copy of the other: the shorter has COPY_WORDS (8) words or more and its
  partial ratio against the longer ("...according to Orbis Insight." against "...according
  to Orbis Insight, as consumers keep phones longer.") is at least ``copy_ratio``, or
- they share a quotation: a quoted span of QUOTE_WORDS (8) words or more in one statement
  appears word for word in the other.

A source whose statements are, for at least REPRINT_SHARE (half) of them and
COPIED_STATEMENTS (2) or more, copies of another source's is a reprint of the same wire
text (with local edits): the two are one origin in every claim, including claims where
their sentences were edited beyond a near-verbatim copy. Two outlets that each quote a
couple of wire sentences in otherwise independent articles stay independent elsewhere.

The origins of a claim are the connected components of its sources under those
relations; ``independent_sources`` is their number.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process
from scipy.cluster.hierarchy import DisjointSet

from claims.model import Statement

from .text import fold, natural_key, normalise_words

QUOTE_WORDS = 8
COPY_WORDS = 8
COPIED_STATEMENTS = 2
REPRINT_SHARE = 0.5
CANDIDATE_SIMILARITY = 0.8  # embedding cosine below which two statements are never copies
_QUOTE_RE = re.compile(r'"([^"]+)"')


def quotations(text: str) -> tuple[str, ...]:
    """Normalised quoted spans of at least QUOTE_WORDS words."""
    spans = (normalise_words(m.group(1)) for m in _QUOTE_RE.finditer(fold(text)))
    return tuple(s for s in spans if len(s.split()) >= QUOTE_WORDS)


def is_copy(one: str, two: str, copy_ratio: float) -> bool:
    """Near-verbatim or cut copies, on normalised texts (see the module doc)."""
    if fuzz.ratio(one, two) >= copy_ratio:
        return True
    shorter = min(one, two, key=len)
    return len(shorter.split()) >= COPY_WORDS and fuzz.partial_ratio(one, two) >= copy_ratio


def _copy_pairs(texts: Sequence[str], copy_ratio: float) -> list[tuple[int, int]]:
    scores = process.cdist(texts, texts, scorer=fuzz.partial_ratio, dtype=np.float32)
    rows, cols = np.nonzero(np.triu(scores >= copy_ratio, k=1))
    pairs = [(int(i), int(j)) for i, j in zip(rows, cols, strict=True)]
    return [(i, j) for i, j in pairs if is_copy(texts[i], texts[j], copy_ratio)]


def copied_sources(
    statements: Sequence[Statement], embeddings: npt.NDArray[np.float32], copy_ratio: float
) -> tuple[tuple[str, str], ...]:
    """Pairs of sources of which one reprints the other (see the module doc)."""
    copied: dict[tuple[str, str], set[int]] = {}  # (source, other) -> its copied statements
    texts = [normalise_words(s.text) for s in statements]
    for top in range(0, len(statements), 1024):
        block = embeddings[top : top + 1024] @ embeddings.T
        for i, j in zip(*np.nonzero(block >= CANDIDATE_SIMILARITY), strict=True):
            one, two = top + int(i), int(j)
            a, b = statements[one].source_id, statements[two].source_id
            if a != b and is_copy(texts[one], texts[two], copy_ratio):
                copied.setdefault((a, b), set()).add(one)
    sizes = Counter(s.source_id for s in statements)
    reprints = {
        _ordered(a, b) for (a, b), rows in copied.items()
        if len(rows) >= COPIED_STATEMENTS and len(rows) >= REPRINT_SHARE * sizes[a]
    }
    return tuple(sorted(reprints, key=lambda pair: [natural_key(x) for x in pair]))


def _ordered(a: str, b: str) -> tuple[str, str]:
    return (a, b) if natural_key(a) <= natural_key(b) else (b, a)


def _quote_pairs(statements: Sequence[Statement], texts: Sequence[str]) -> list[tuple[int, int]]:
    padded = [f" {t} " for t in texts]
    pairs: list[tuple[int, int]] = []
    for i, statement in enumerate(statements):
        for quote in quotations(statement.text):
            pairs.extend((i, j) for j, text in enumerate(padded) if j != i and f" {quote} " in text)
    return pairs


def linked_sources(
    source_ids: Iterable[str], linked: Sequence[tuple[str, str]]
) -> DisjointSet[str]:
    """The sources joined by the ``linked`` pairs among them (reprints: copied_sources)."""
    components: DisjointSet[str] = DisjointSet(sorted(source_ids, key=natural_key))
    for a, b in linked:
        if a in components and b in components:
            components.merge(a, b)
    return components


def origins(
    statements: Sequence[Statement], copy_ratio: float = 90.0,
    linked: Sequence[tuple[str, str]] = (),
) -> tuple[tuple[str, ...], ...]:
    """Groups of source ids that share one origin, each sorted, in source order.

    ``linked``: pairs of sources known to share an origin (see copied_sources)."""
    components = linked_sources({s.source_id for s in statements}, linked)
    texts = [normalise_words(s.text) for s in statements]
    if len(statements) > 1:
        for i, j in _copy_pairs(texts, copy_ratio) + _quote_pairs(statements, texts):
            components.merge(statements[i].source_id, statements[j].source_id)
    groups = (tuple(sorted(group, key=natural_key)) for group in components.subsets())
    return tuple(sorted(groups, key=lambda group: natural_key(group[0])))
