"""Facts of a statement: every extractor run in a fixed order, each fact with its role.

Order (an earlier span wins an overlap): dates, clock times, numbers (counts, ordinals,
quantities, money), people, places. Dates, times, numbers and places take their role,
modality and tense from roles.py; a place right after "border" ("border city Kazan",
"crossed the border at Khasan") fills "border crossing"; a place that is not introduced by
a locative word or a verb ("Pyongyang launched", "South Korea's military said") is an
actor, not a location, and fills no role; people take their title as role.

``extract_all_facts`` resolves each statement against its source's publication date; the
median publication date of the corpus (the "story date") gives a year to dates written
without one in sources that have no date of their own, and nothing else. It then spells
each person one way across the corpus (names.unify).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping, Sequence
from datetime import date

from claims.model import Statement
from comparison.model import Fact
from corpus.model import Source

from . import dates, gazetteer, names, numbers, times
from .roles import ASSERTED, VERB, entry_at, fact_context
from .text import Doc, make_doc, word_set

BORDER_ROLE = "border crossing"
_BORDER_WORDS = frozenset({"border", "frontier"})
_LOCATIVES = word_set(
    "in at near outside inside from to into toward towards via across off through within "
    "around"
)
_PLACE_NOUNS = word_set(
    "city town village settlement station port region province capital territory area "
    "outskirts suburbs district"
)


def _date_facts(
    doc: Doc, published: date | None, story_date: date | None, taken: list[tuple[int, int]]
) -> Iterator[Fact]:
    for mention in dates.find_mentions(doc, taken):
        context = fact_context(doc, mention.start, mention.end)
        resolved = dates.resolve(mention, published, story_date, context.tense)
        if resolved is None:
            continue
        kind, value = resolved
        yield Fact(
            kind,
            doc.text[mention.start : mention.end],
            mention.start,
            mention.end,
            value,
            context.role,
            context.modality,
        )


def _fact(doc: Doc, kind: str, start: int, end: int, value: str) -> Fact:
    context = fact_context(doc, start, end)
    return Fact(kind, doc.text[start:end], start, end, value, context.role, context.modality)


def _time_facts(doc: Doc, taken: list[tuple[int, int]]) -> Iterator[Fact]:
    for start, end, value in times.find_times(doc, taken):
        yield _fact(doc, times.TIME, start, end, value)


def _number_facts(doc: Doc, taken: list[tuple[int, int]]) -> Iterator[Fact]:
    for found in numbers.find_numbers(doc, taken):
        yield _fact(doc, found.kind, found.start, found.end, found.value)


def _person_facts(doc: Doc, taken: list[tuple[int, int]]) -> Iterator[Fact]:
    for found in names.find_people(doc, taken):
        yield Fact(
            names.PERSON,
            doc.text[found.start : found.end],
            found.start,
            found.end,
            found.value,
            found.role,
        )


def _after_border(doc: Doc, start: int) -> bool:
    before = [t.lower for t in doc.tokens if t.end <= start][-3:]
    return bool(_BORDER_WORDS & set(before))


def _located(doc: Doc, start: int) -> bool:
    """Whether a place is where something happens: after a locative word ("in Kazan", "in
    Russia's Far East", "the city of X") or a verb ("left Pyongyang"), within three tokens.
    A place that is a subject or a possessor ("Pyongyang launched", "South Korea's army")
    names an actor, not a location."""
    tokens = doc.tokens
    first = next(i for i, t in enumerate(tokens) if t.end > start)
    for i in range(first - 1, max(-1, first - 4), -1):
        word = tokens[i].lower
        if word in _LOCATIVES or (word == "of" and i > 0 and tokens[i - 1].lower in _PLACE_NOUNS):
            return True
        entry = entry_at(doc, i)
        if entry is not None and entry.pos == VERB:
            return True
        if not tokens[i].is_word and word != "'s":
            return False
    return False


def _place_facts(doc: Doc, taken: list[tuple[int, int]]) -> Iterator[Fact]:
    for found in gazetteer.find_places(doc, taken):
        fact = _fact(doc, gazetteer.PLACE, found.start, found.end, found.value)
        if _after_border(doc, found.start):
            fact = dataclasses.replace(fact, role=BORDER_ROLE)
        elif not _located(doc, found.start):
            fact = dataclasses.replace(fact, role=None, modality=ASSERTED)
        yield fact


def extract_facts(
    text: str, published: date | None, *, story_date: date | None = None
) -> tuple[Fact, ...]:
    """Facts of one statement, sorted by offset; ``published`` anchors relative dates."""
    doc = make_doc(text)
    taken: list[tuple[int, int]] = []
    found = [
        *_date_facts(doc, published, story_date, taken),
        *_time_facts(doc, taken),
        *_number_facts(doc, taken),
        *_person_facts(doc, taken),
        *_place_facts(doc, taken),
    ]
    return tuple(sorted(found, key=lambda f: (f.start, f.end, f.kind, f.value)))


def story_date(sources: Sequence[Source]) -> date | None:
    """The (lower) median publication date of the sources that have one."""
    known = sorted(s.published for s in sources if s.published is not None)
    return known[(len(known) - 1) // 2] if known else None


def _unify_people(facts: Mapping[str, tuple[Fact, ...]]) -> dict[str, tuple[Fact, ...]]:
    spellings = [f.value for found in facts.values() for f in found if f.kind == names.PERSON]
    mapping = names.unify(spellings)
    return {
        key: tuple(
            dataclasses.replace(f, value=mapping[f.value]) if f.kind == names.PERSON else f
            for f in found
        )
        for key, found in facts.items()
    }


def extract_all_facts(
    statements: Sequence[Statement], sources: Sequence[Source]
) -> dict[str, tuple[Fact, ...]]:
    """Statement id -> its facts, for every statement (an empty tuple when none)."""
    published = {s.id: s.published for s in sources}
    story = story_date(sources)
    cache: dict[tuple[str, date | None], tuple[Fact, ...]] = {}
    facts: dict[str, tuple[Fact, ...]] = {}
    for statement in statements:
        key = (statement.text, published.get(statement.source_id))
        if key not in cache:
            cache[key] = extract_facts(statement.text, key[1], story_date=story)
        facts[statement.id] = cache[key]
    return _unify_people(facts)
