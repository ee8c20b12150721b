"""Split clean source text into sentences (pysbd) with character offsets.

Each paragraph of ``Source.text`` (blank-line separated) is segmented on its own, so a
sentence never spans two paragraphs. Sentences shorter than ``min_words`` words, or with no
letter at all, are not statements: they are returned as dropped text with a reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

import pysbd

from corpus.model import Dropped, Source

from .model import Segmentation, Statement

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+(?:[.,:]\d+)*")
_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False)


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of every sentence of ``text``, whitespace trimmed."""
    for paragraph in _PARAGRAPH.finditer(text):
        cursor = paragraph.start()
        for piece in _segmenter().segment(paragraph.group()):
            stripped = piece.strip()
            if not stripped:
                continue
            start = text.index(stripped, cursor)
            cursor = start + len(stripped)
            yield start, cursor


def _fragment_reason(sentence: str, min_words: int) -> str | None:
    if not _LETTER.search(sentence):
        return "no words (punctuation or numbers only)"
    if len(_WORD.findall(sentence)) < min_words:
        return f"fragment (fewer than {min_words} words)"
    return None


def split_source(source: Source, min_words: int) -> tuple[list[Statement], list[Dropped]]:
    """Statements and dropped fragments of one source, in text order."""
    statements: list[Statement] = []
    dropped: list[Dropped] = []
    for start, end in sentence_spans(source.text):
        sentence = source.text[start:end]
        reason = _fragment_reason(sentence, min_words)
        if reason:
            dropped.append(Dropped(sentence, reason))
            continue
        sid = f"{source.id}:{len(statements) + 1}"
        statements.append(Statement(sid, source.id, sentence, start, end))
    return statements, dropped


def split_statements(sources: Sequence[Source], *, min_words: int = 3) -> Segmentation:
    """Split every source into statements; ids are ``<source id>:<n>``."""
    statements: list[Statement] = []
    dropped: list[tuple[str, Dropped]] = []
    for source in sources:
        kept, lost = split_source(source, min_words)
        statements.extend(kept)
        dropped.extend((source.id, d) for d in lost)
    return Segmentation(tuple(statements), tuple(dropped))
