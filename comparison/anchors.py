"""Anchors: the words around a value, which tell the slot it fills when roles fall short.

Roles (roles.py) come from a lexicon and a verb guesser; unseen wording often leaves a
fact with no role ("made at its plant in Petaluma"), with a reporting role it does not
have ("broke out on Saturday afternoon, local officials said"), or with two roles for
one slot ("who took 27.9% of the vote" / "Barisic took 29.7% of the vote"). Paraphrases
of one fact still share the words around the value, which is what an anchor reads:

- the **governor**: the nearest content word (below) before the value in its clause, else
  the nearest after it, not an -ly adverb; for a hyphenated modifier, the noun it
  modifies ("collected a 15,000-euro bonus": bonus, as in "a bonus of 10,000 euros");
  for a value followed by "of" and a bare noun, that noun, what is measured ("dumped
  13,000 cubic yards of rock" and "30,000 cubic yards of rock and mud covered": rock);
  none when a reporting verb comes first ("said", "told", "according": "brought out
  alive, Redgum said on Wednesday" dates the saying, which is not the disputed fact);
- the **context**: the content words within WINDOW tokens on each side of the value,
  inside its clause. Content words are lower-case words of three letters or more, not stop
  words, magnitudes ("million") nor reporting verbs; capitalised words are left out, as
  the story's names (the company, the town) stand near every value of the story.

Words are compared by a crude stem, their first STEM letters after folding
("hospitalized"/"hospitalised", "headquartered"/"headquarters"). Two facts of one family
fill the same anchored slot when their governors are equal and their contexts share at
least SHARED stems (the governor and one more word): "broke out on Sunday afternoon" /
"broke out on Saturday afternoon" (broke, afternoon); "announced the recall on Thursday" /
"announced the recall on Wednesday after..." (recall, announced). Not "the quake struck at
1:28" / "an aftershock struck at 2:30" (struck only), not "arrived on Tuesday" / "met on
Wednesday" (two governors). Nor when one statement tells of part of a counted set and the
other does not: "three of the five cavers had been brought to the surface by Tuesday" /
"all five were back on the surface on Wednesday" date two groups' return.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from .text import Doc, Token, word_set

WINDOW = 4
STEM = 5
SHARED = 2
REPORTING = word_set(
    "say says said saying tell tells told telling state states stated add adds added note "
    "notes noted according declare declares declared claim claims claimed insist insisted "
    "quote quoted cite cited"
)
_EXTRA_STOP = word_set(
    "also just about around nearly roughly some least more than less per cent percent "
    "hundred hundreds thousand thousands million millions billion billions trillion "
    "including include includes such like among between versus unlike near outside inside"
)
STOP_WORDS = frozenset(ENGLISH_STOP_WORDS) | _EXTRA_STOP


@dataclass(frozen=True)
class Anchor:
    """Where a value sits: its governing word (as written, lower-case), that word's stem
    and its context stems."""

    word: str
    governor: str
    context: frozenset[str]
    subset: bool = False  # the statement tells of part of a counted set ("three of the five")


_COUNT = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|some|most|"
    r"several|half|many|few|all\s+but\s+\w+)"
)
_PARTITIVE = re.compile(
    rf"\b{_COUNT}\s+of\s+(?:the|its|their|these|those)\b", re.IGNORECASE
)


def stem(word: str) -> str:
    return word.lower()[:STEM]


def _content(token: Token) -> bool:
    word = token.lower
    return (
        token.text.isalpha() and len(word) > 2 and not token.is_capitalised
        and word not in STOP_WORDS and word not in REPORTING
    )


def _governing(token: Token) -> bool:
    word = token.lower
    return _content(token) and not word.endswith("ly")


def _nearest(tokens: Iterator[Token]) -> tuple[Token | None, bool]:
    """The first governing word in ``tokens`` and False; (None, True) when a reporting verb
    comes first: "said on Wednesday morning" dates the saying, which governs nothing."""
    for token in tokens:
        if token.lower in REPORTING:
            return None, True
        if _governing(token):
            return token, False
    return None, False


def anchor_of(doc: Doc, start: int, end: int) -> Anchor | None:
    """The anchor of the value at ``[start, end)`` of ``doc``'s text, or None when its
    clause has no governing word."""
    span = doc.token_span(start, end)
    if span is None:
        return None
    first, last = span
    lo, hi = doc.clause_bounds(first)
    before = [t for t in doc.tokens[lo:first] if _content(t)][-WINDOW:]
    after = [t for t in doc.tokens[last + 1 : hi + 1] if _content(t)][:WINDOW]
    governor, reported = _nearest(reversed(doc.tokens[lo:first]))
    if "-" in doc.text[start:end] and last + 1 <= hi and _governing(doc.tokens[last + 1]):
        governor, reported = doc.tokens[last + 1], False  # "a 15,000-euro bonus": bonus
    elif last + 2 <= hi and doc.tokens[last + 1].lower == "of" and _governing(
        doc.tokens[last + 2]
    ):
        governor, reported = doc.tokens[last + 2], False  # "13,000 cubic yards of rock": rock
    if governor is None and not reported:
        governor, _ = _nearest(iter(doc.tokens[last + 1 : hi + 1]))
    if governor is None:
        return None
    context = frozenset(stem(t.text) for t in before + after)
    return Anchor(governor.lower, stem(governor.text), context, names_a_part(doc.text))


def names_a_part(text: str) -> bool:
    """Whether a statement tells of part of a counted set ("three of the five cavers",
    "281 of the 3,050 passengers")."""
    return _PARTITIVE.search(text) is not None


def same_slot(a: Anchor, b: Anchor) -> bool:
    """Whether two anchored values fill one slot (see the module doc)."""
    shared = len(a.context & b.context) >= SHARED
    return a.governor == b.governor and shared and a.subset == b.subset


def merge(found: list[Anchor]) -> Anchor:
    """One anchor for several values of a statement under one governor: contexts joined."""
    context = frozenset().union(*(a.context for a in found))
    return Anchor(found[0].word, found[0].governor, context, found[0].subset)
