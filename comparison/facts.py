"""Facts of a statement: every extractor run in a fixed order, each fact with its role.

Order (an earlier span wins an overlap): dates, clock times, numbers (counts, ordinals,
quantities, money), attributes (a ship's flag state), people, places. Dates, times,
numbers and places take their role, modality and tense from roles.py, then these slots:

- a place right after "border" ("border city Kazan", "crossed the border at Khasan") or
  named a border town in an apposition ("Khasan, the Russian border settlement") fills
  "border crossing";
- a place after "bound for", "heading/headed to|for", "en route to", "on its way to",
  "sailing to|for", "destined for", "diverted to", "destination (port) (of)", "left X for",
  or the place of a planned arrival ("due to arrive in X", "expected to dock at X") fills
  "destination";
- a place before "-based"/"-headquartered" ("San Jose-based Lumora") fills "headquarters
  of <the next word>" ("headquarters of lumora"): where a company is based is not where
  its event happened;
- a place that is not introduced by a locative word or a verb ("Pyongyang launched",
  "South Korea's military said") is an actor, not a location, and fills no role;
- a quantity with a dimension word ("984 feet tall", "10 km deep", "a depth of 10 km",
  "300 metres long") fills that dimension (height, depth, length, width, distance);
- money in a price frame (cost, priced, sells for, starts at, price; or a release/launch/
  pre-order frame: "available from $799") fills "price of <the product>": the capitalised
  name (not a place) nearest before the amount in its clause ("The Vista 3 Pro costs
  $1,199" -> "price of vista 3 pro"), else after it ("$799 for the Vista 3"); so two
  products' prices are never compared; money of no frame beside a name fills "amount of
  <the name>" ("the Medicare cuts total $716 billion"), and money where a price moved or
  closed fills "market price of <the name>" ("shares jumped 19% to $36.08", "closed at
  $36.74": conflicts.py never compares it, since a price moves all day);
- a count of people "on board" or "carried" is the same count as a crew or passenger
  count without that verb ("25 crew on board" = "a crew of 25"); other loads ("carrying
  2,000 containers") are "load", never compared with a "capacity" ("can carry up to
  5,000 containers", "a capacity of 5,000");
- a magnitude with no event ("USGS put the magnitude at 6.8") is the quake's;
- a count of the dead, injured, missing or homeless takes that event whatever the verb
  ("the quake left 79 dead", "112 people are now known to have died": kill);
- a count given as the level of a tally before it (numbers.py: "the number of people
  killed by the quake that struck on Tuesday has risen to 112", "the toll now stands at
  112") takes the event the tally's words name (kill), else its participle's verb ("the
  number of homes destroyed has reached 3,000": destroy), else none: the verb of the level
  ("reached", "is") names no event; another count governed by a verb the lexicon lacks
  takes that verb's tense-free stem, with its subject when a name ("The Dow gained 3
  percent": "gain of dow");
- a count that something named has ("Nithsdale's 2.4 million customers", "Nithsdale,
  which has about 1.8 million customers"; also its/their, employs) fills "total of <the
  name nearest before>", whatever verb governs the sentence ("the outage affected many
  of ..."), so that two owners' totals are never compared; a hyphenated modifier ("his
  6-day trip") is no such count;
- the only figure of a statement worded as a first estimate ("initially measured at 6.5",
  "first estimates put it at 6.5") fills "<role> (initial)": a later figure revises
  it rather than contradicts it (two figures in one statement: conflicts.current_figures);
- people take their title as role.

``extract_all_facts`` resolves each statement against its source's publication date; the
median publication date of the corpus (the "story date") gives a year to dates written
without one in sources that have no date of their own, and nothing else. It then spells
each person one way across the corpus (names.unify).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from claims.model import Statement
from comparison.model import Fact
from corpus.model import Source

from . import attributes, dates, gazetteer, names, numbers, times
from .roles import (
    ASSERTED,
    LEXICON,
    MARKET_ROLE,
    MORE_IRREGULAR,
    PLANNED,
    VERB,
    entry_at,
    fact_context,
    predicate_index,
    verb_segment,
    verb_stem,
)
from .text import Doc, fold, make_doc, word_set

BORDER_ROLE = "border crossing"
DESTINATION_ROLE = "destination"
PRICE_ROLE = "price"
_DESTINATION_RE = re.compile(
    r"(?i)\b(?:(?:bound|heading|headed|destined|en\s+route|sailing|sailed|steaming|diverted"
    r"|rerouted|redirected|making\s+(?:its|her|their)\s+way|on\s+(?:its|her|their|his|the)"
    r"\s+way)\s+(?:to|for|towards?)|destination(?:\s+port)?(?:\s+(?:of|was|is))?\s*[:,]?)"
    r"\s+(?:the\s+)?(?:(?:port|city|harbou?r)\s+(?:city\s+)?of\s+)?$"
)
_LEFT_FOR_RE = re.compile(
    r"(?i)\b(?:left|leaving|departed|departing|sailed\s+from|set\s+sail\s+from)\s+"
    r"(?:the\s+)?(?:port\s+of\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s+for\s+(?:the\s+)?$"
)
_DIMENSIONS_AFTER = {
    "tall": "height", "high": "height", "deep": "depth", "long": "length", "wide": "width",
    "away": "distance", "from": "distance", "off": "distance", "north": "distance",
    "south": "distance", "east": "distance", "west": "distance", "northeast": "distance",
    "northwest": "distance", "southeast": "distance", "southwest": "distance",
    "underground": "depth", "below": "depth", "beneath": "depth", "above": "height",
}
_ACROSS = re.compile(r"\s+across\b(?!\s+(?:the|a|an|its|their|his|her|this|that|these|those)\b)")
_NOSE_TO_TAIL = re.compile(r"\s+(?:from\s+)?(?:head|nose|snout|tip)\s+to\s+(?:tail|toe|tip)\b")
_DIMENSIONS_BEFORE = {
    "height": "height", "altitude": "height", "depth": "depth", "length": "length",
    "width": "width", "distance": "distance", "range": "distance", "diameter": "width",
}
_PRICE_FRAMES = frozenset({PRICE_ROLE, None, "release", "launch", "pre-order"})
_PEOPLE_ON_BOARD = frozenset({"crew", "person", "passenger", "sailor", "seafarer"})
_PRODUCT_STOP = word_set(
    "The A An It Its Their This That These Those He She They We In On At For By From And According "
    "Each Every "
    "But Or With As Its Monday Tuesday Wednesday Thursday Friday Saturday Sunday January "
    "February March April May June July August September October November December"
)
_SUBJECT_STOP = word_set("in at on of from for by near to with into")
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


def _dimension(doc: Doc, fact: Fact) -> str | None:
    """The dimension a quantity measures, from the word after or before it (module doc)."""
    if _NOSE_TO_TAIL.match(doc.folded[fact.end :]):
        return "length"  # "measured 6.2 metres from head to tail"
    if _ACROSS.match(doc.folded[fact.end :]):
        return "width"  # "12 metres across", not "dragged 80 metres across the paddock"
    after = re.match(r"\s*(?:-\s*)?([a-z]+)", doc.folded[fact.end :])
    if after and after.group(1) in _DIMENSIONS_AFTER:
        return _DIMENSIONS_AFTER[after.group(1)]
    before = re.search(r"\b([a-z]+)\s+(?:(?:of|at|was|is|to)\s+)?(?:about\s+|around\s+|some\s+)?$",
                       doc.folded[max(0, fact.start - 30) : fact.start])
    if before and before.group(1) in _DIMENSIONS_BEFORE:
        return _DIMENSIONS_BEFORE[before.group(1)]
    return None


def _name_runs(doc: Doc, lo: int, hi: int) -> list[tuple[int, int]]:
    """Token ranges of capitalised names (with model numbers: "Vista 3 Pro") in lo..hi."""
    runs: list[tuple[int, int]] = []
    index = lo
    tokens = doc.tokens
    while index <= hi:
        tok = tokens[index]
        if not (tok.is_word and tok.is_capitalised) or tok.text in _PRODUCT_STOP:
            index += 1
            continue
        end = index
        while end + 1 <= hi and tokens[end + 1].is_word and (
            tokens[end + 1].is_capitalised or tokens[end + 1].text.isdigit()
        ):
            end += 1
        runs.append((index, end))
        index = end + 1
    return runs


def _is_place(doc: Doc, run: tuple[int, int]) -> bool:
    words = " ".join(t.text for t in doc.tokens[run[0] : run[1] + 1])
    return gazetteer.lookup(words, towns=False) is not None


def _product(doc: Doc, fact: Fact) -> str | None:
    """The product a price is of: the name nearest before it in its clause, else after."""
    span = doc.token_span(fact.start, fact.end)
    if span is None:
        return None
    lo, hi = doc.clause_bounds(span[0])
    before = [r for r in _name_runs(doc, lo, span[0] - 1) if r[1] < span[0]]
    after = _name_runs(doc, span[1] + 1, hi)
    before = [r for r in before if not _is_place(doc, r)]
    after = [r for r in after if not _is_place(doc, r)]
    chosen = before[-1] if before else (after[0] if after else None)
    if chosen is None:
        return None
    words = [t.lower for t in doc.tokens[chosen[0] : chosen[1] + 1]]
    return " ".join(words)


# Counted nouns that name their event: "79 dead" is a death toll whatever the verb ("the
# quake left 79 dead").
_NOUN_ROLES = {
    "dead": "kill", "deaths": "kill", "fatalities": "kill", "victims": "kill", "killed": "kill",
    "injured": "injure", "wounded": "injure", "injuries": "injure", "missing": "missing",
    "homeless": "displace", "evacuees": "evacuate", "bodies": "kill", "died": "kill",
    "toll": "kill", "injury": "injure",
}
_INITIAL = re.compile(
    r"(?i)\b(?:initial(?:ly)?|original(?:ly)?|at first|first (?:estimate|reading|report)s?"
    r"|early (?:estimate|reading|report)s?)\b[^.;]{0,40}$"
)


def _initial(doc: Doc, fact: Fact) -> Fact:
    """A figure worded as a first estimate ("initially measured at 6.5", "first estimates
    put it at 6.5", "its original 12 members"; not "a preliminary magnitude of 6.8", the
    usual first report) is another slot, "<role> (initial)": later figures revise it rather
    than contradict it."""
    if _INITIAL.search(doc.folded[max(0, fact.start - 50) : fact.start]):
        return dataclasses.replace(fact, role=f"{fact.role or 'figure'} (initial)")
    return fact


_AFTER_COUNT = re.compile(
    r"^(?:\s+(?:had|have|has|were|was|been|are|is|be|now|later|confirmed|known|believed"
    r"|feared|reported|presumed|thought|said|officially|still|to))*\s+([a-z]+)"
)


def _words_of_count(doc: Doc, fact: Fact, counted: Sequence[str] = ()) -> list[str]:
    """The words of a count's span, the predicate after it ("79 people dead", "112 people
    had been confirmed dead", "112 people are now known to have died") and the words of a
    tally written before it (numbers.NumberFact.counted: "the number of people killed ...
    has risen to 112")."""
    words = re.findall(r"[a-z]+", fact.text.lower())
    after = _AFTER_COUNT.match(doc.folded[fact.end :])
    return words + ([after.group(1)] if after else []) + list(counted)


def _tally_role(counted: Sequence[str]) -> str | None:
    """The role of a count given as the level of a tally ("the number of homes destroyed
    has reached 3,000"): the event its words name ("killed", "dead", "toll": kill), else
    the participle's verb ("destroyed": "destroy", as in "the quake destroyed 3,000
    homes"), else none: the verb of the level ("reached", "is") names no event."""
    for word in counted:
        if word in _NOUN_ROLES:
            return _NOUN_ROLES[word]
    for word in counted:
        if (word.endswith("ed") and len(word) >= 5) or word in MORE_IRREGULAR:
            entry = LEXICON.get(word)
            return entry.role if entry is not None and entry.role else verb_stem(word)
    return None


def _verb_role(doc: Doc, fact: Fact) -> str | None:
    """The role of a count whose verb the lexicon lacks: that verb's tense-free stem, with
    its subject when a name ("The Dow gained 3 percent" -> "gain of dow"), so that only
    counts hanging on the same verb (and subject) are compared."""
    verb = fact_context(doc, fact.start, fact.end).verb
    if verb is None:
        return None
    lo = doc.clause_bounds(verb)[0]
    subjects = [
        (first, last) for first, last in _name_runs(doc, lo, verb - 1)
        if (doc.tokens[last].end <= fact.start or doc.tokens[first].start >= fact.end)
        and (first == 0 or doc.tokens[first - 1].lower not in _SUBJECT_STOP)
    ]  # not the count itself ("Nine of the sick were hospitalized"), nor "a court in Lyon"
    stem = verb_stem(doc.tokens[verb].text)
    if not subjects:
        return stem
    first, last = subjects[-1]
    return f"{stem} of {' '.join(t.lower for t in doc.tokens[first : last + 1])}"


_MARKET_VERBS = word_set(
    "closed closes closing opened opens ended ends jumped jumps rose rises rising fell falls "
    "falling dropped drops slipped climbed climbs gained gains surged slumped tumbled traded "
    "trading trade sank soared"
)


def _market_move(doc: Doc, fact: Fact) -> bool:
    """Whether an amount is where a price moved or closed ("shares jumped 19% to $36.08",
    "closed at $36.74"): a market price, not an offer or a deal ("will receive $38.50")."""
    span = doc.token_span(fact.start, fact.end)
    if span is None:
        return False
    before = doc.tokens[max(0, span[0] - 5) : span[0]]
    return any(t.lower in _MARKET_VERBS for t in before)


TOTAL_ROLE = "total"
_OWNERS = word_set("'s its their his her our has have employs employ")
_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)\b")
_BEFORE_FIGURE = word_set("about around some roughly nearly almost approximately over than more")


def _owned(doc: Doc, fact: Fact) -> str | None:
    """The role of a count that something named has ("Nithsdale's 2.4 million customers",
    "Nithsdale, which has about 1.8 million customers": "total of nithsdale"): a whole,
    whatever verb governs the sentence ("the outage affected many of ..."). The owner is
    the name nearest before; None without one ("its 300 branches") or for a modifier
    ("his 6-day trip")."""
    span = doc.token_span(fact.start, fact.end)
    if span is None or "-" in fact.text:
        return None
    index = span[0] - 1
    while index >= 0 and doc.tokens[index].lower in _BEFORE_FIGURE:
        index -= 1
    if index < 0 or doc.tokens[index].lower not in _OWNERS:
        return None
    runs = _name_runs(doc, 0, index - 1)
    if not runs:
        return None
    first, last = runs[-1]
    return f"{TOTAL_ROLE} of {' '.join(t.lower for t in doc.tokens[first : last + 1])}"


def _number_facts(doc: Doc, taken: list[tuple[int, int]]) -> Iterator[Fact]:
    found_all = numbers.find_numbers(doc, taken)
    for found in found_all:
        fact = _fact(doc, found.kind, found.start, found.end, found.value)
        named = [w for w in _words_of_count(doc, fact, found.counted) if w in _NOUN_ROLES]
        if found.counted:
            fact = dataclasses.replace(fact, role=_tally_role(found.counted))
        elif found.kind == numbers.NUMBER and named:
            fact = dataclasses.replace(fact, role=_NOUN_ROLES[named[0]])
        elif found.kind == numbers.NUMBER and (owner := _owned(doc, fact)) is not None:
            fact = dataclasses.replace(fact, role=owner)
        elif fact.role is None and numbers.unit_key(fact.value) == "magnitude":
            fact = dataclasses.replace(fact, role="quake")  # "USGS put the magnitude at 6.8"
        elif found.kind == numbers.NUMBER and fact.role is None:
            fact = dataclasses.replace(fact, role=_verb_role(doc, fact))
        elif found.kind == numbers.QUANTITY:
            dimension = _dimension(doc, fact)
            if dimension is not None:
                fact = dataclasses.replace(fact, role=dimension)
        elif found.kind == numbers.MONEY and fact.role in _PRICE_FRAMES:
            product = _product(doc, fact)
            if product is not None:
                frame = "amount" if fact.role is None else PRICE_ROLE
                frame = MARKET_ROLE if _market_move(doc, fact) else frame
                fact = dataclasses.replace(fact, role=f"{frame} of {product}")
        if fact.role == "load" and numbers.unit_key(fact.value) in _PEOPLE_ON_BOARD:
            fact = dataclasses.replace(fact, role=None)  # "25 crew on board" = "a crew of 25"
        if len({f.value for f in found_all}) == 1:  # one figure: its wording alone decides
            fact = _initial(doc, fact)
        yield fact


def _person_facts(
    doc: Doc, taken: list[tuple[int, int]], known: frozenset[str] = frozenset()
) -> Iterator[Fact]:
    for found in names.find_people(doc, taken, known):
        yield Fact(
            names.PERSON,
            doc.text[found.start : found.end],
            found.start,
            found.end,
            found.value,
            found.role,
        )


_BORDER_APPOSITION = re.compile(
    r"^,\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}(?:border|frontier)\s+"
    r"(?:town|city|settlement|station|crossing|post|village|point|checkpoint)\b"
)


def _after_border(doc: Doc, start: int, end: int) -> bool:
    """After "border" ("border city Kazan"), or named a border town in an apposition
    ("Khasan, the Russian border settlement")."""
    before = [t.lower for t in doc.tokens if t.end <= start][-3:]
    return bool(_BORDER_WORDS & set(before)) or bool(_BORDER_APPOSITION.match(doc.folded[end:]))


def _located(doc: Doc, start: int) -> bool:
    """Whether a place is where something happens: after a locative word ("in Kazan", "in
    Russia's Far East", "the city of X") or a verb ("left Pyongyang"), within three tokens.
    A place that is a subject or a possessor ("Pyongyang launched", "South Korea's army")
    names an actor, not a location."""
    tokens = doc.tokens
    first = next(i for i, t in enumerate(tokens) if t.end > start)
    if tokens[first].lower == "near":  # an unlisted town found as "near X"
        return True
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


def _span(fact: Fact) -> tuple[int, int]:
    return fact.start, fact.end


def _destination(doc: Doc, fact: Fact) -> bool:
    before = doc.folded[max(0, fact.start - 60) : fact.start]
    if _DESTINATION_RE.search(before) or _LEFT_FOR_RE.search(before):
        return True
    return fact.role == "arrive" and fact.modality == PLANNED  # "due to arrive in Colombo"


def _headquarters(doc: Doc, end: int) -> str | None:
    found = re.match(r"-(?:based|headquartered)\s+(\w+)", doc.folded[end:])
    return f"headquarters of {found.group(1).lower()}" if found else None


def _place_facts(doc: Doc, taken: list[tuple[int, int]]) -> Iterator[Fact]:
    for found in gazetteer.find_places(doc, taken):
        fact = _fact(doc, gazetteer.PLACE, found.start, found.end, found.value)
        base = _headquarters(doc, found.end)
        if base is not None:
            fact = dataclasses.replace(fact, role=base, modality=ASSERTED)
        elif _after_border(doc, found.start, found.end):
            fact = dataclasses.replace(fact, role=BORDER_ROLE)
        elif _destination(doc, fact):
            fact = dataclasses.replace(fact, role=DESTINATION_ROLE)
        elif not _located(doc, found.start) or fact_context(doc, *_span(fact)).subject_role:
            fact = dataclasses.replace(fact, role=None, modality=ASSERTED)
        yield fact


def _nationality_facts(
    doc: Doc, people: list[Fact], taken: list[tuple[int, int]]
) -> Iterator[Fact]:
    spans = [(p.start, p.end, p.value) for p in people]
    for found in attributes.find_nationalities(doc, spans, taken):
        yield _attribute_fact(doc, found)


def _attribute_facts(doc: Doc, taken: list[tuple[int, int]]) -> Iterator[Fact]:
    for found in attributes.find_attributes(doc, taken):
        yield _attribute_fact(doc, found)


def _attribute_fact(doc: Doc, found: attributes.AttributeMention) -> Fact:
    text = doc.text[found.start : found.end]
    return Fact(attributes.ATTRIBUTE, text, found.start, found.end, found.value, found.role)


_RANGE_WORDS = re.compile(
    r"(?i)\b(?:since|until|till|before|after|from|by|through|than|like|unlike)\s+"
    r"(?:(?:the|a|an|its|their)\s+)?$"
)
_WHEN_AFTER = re.compile(r"^\s*,?\s*when\b")


@dataclass(frozen=True)
class _OldDate:
    fact: Fact
    bounds: bool  # after since/until/before...: it bounds a period and dates no event itself
    when: int | None  # the clause of a "when" right after it, which it dates


def _clause_of(doc: Doc, fact: Fact) -> int | None:
    span = doc.token_span(fact.start, fact.end)
    return doc.clause_ids[span[0]] if span is not None else None


def _when_clause(doc: Doc, fact: Fact) -> int | None:
    """The clause of a "when" right after a date ("since 2016, when a magnitude 6.5 quake
    destroyed the town"): the event it tells happened on that date."""
    found = _WHEN_AFTER.match(doc.folded[fact.end :])
    if found is None:
        return None
    span = doc.token_span(fact.end + found.end() - 4, fact.end + found.end())
    return doc.clause_ids[span[0]] if span is not None else None


def _old_dates(doc: Doc, found: Sequence[Fact], reference: date | None) -> list[_OldDate]:
    """Dates more than a year before ``reference`` that date an event: a date after
    since/until/before/after/from/by bounds a period and dates nothing, unless a "when"
    clause follows it ("the strongest since 2016, when a 6.5 quake struck")."""
    if reference is None:
        return []
    old = []
    for fact in found:
        if fact.kind != dates.DATE or (fact.role or "").endswith("(previous)"):
            continue
        spec = dates.parse_value(dates.DATE, fact.value)
        if spec.last is None or (reference - spec.last).days <= dates.SAME_EVENT_DAYS:
            continue
        bounds = bool(_RANGE_WORDS.search(doc.folded[max(0, fact.start - 12) : fact.start]))
        when = _when_clause(doc, fact)
        if not bounds or when is not None:
            old.append(_OldDate(fact, bounds, when))
    return old


def _dated_by(doc: Doc, old: _OldDate, found: Sequence[Fact]) -> set[int]:
    """Indexes of the facts of the event an old date dates (``_mark_previous``)."""
    marked: set[int] = set()
    event = None
    if old.fact.role is not None and not old.bounds:
        event = predicate_index(doc, old.fact.start, old.fact.end)
    segment = _segment_of(doc, old.fact)
    for i, fact in enumerate(found):
        if fact.role is None or fact.role.endswith("(previous)"):
            continue
        if fact is old.fact or (old.when is not None and _clause_of(doc, fact) == old.when):
            marked.add(i)
        elif old.bounds:
            continue
        elif event is not None:
            if predicate_index(doc, fact.start, fact.end) == event:
                marked.add(i)
        elif _segment_of(doc, fact) == segment and fact.role != "statement":
            marked.add(i)
    return marked


def _segment_of(doc: Doc, fact: Fact) -> tuple[int, int] | None:
    span = doc.token_span(fact.start, fact.end)
    return verb_segment(doc, span[0]) if span is not None else None


def _mark_previous(doc: Doc, found: list[Fact], reference: date | None) -> list[Fact]:
    """Facts of an event a statement dates more than a year back ("in 2016, a magnitude 6.5
    quake struck the area") take "<role> (previous)": the facts filling the same event
    word as the old date (roles.predicate_index), or, when the date fills none ("the town
    was devastated in 2016 by a magnitude 6.5 quake"), every fact with a role governed by
    the same verb (roles.verb_segment) except statements, so "the quake struck an area
    previously devastated in 2016" leaves the quake alone; and the facts of a "when"
    clause right after the date ("the strongest quake since 2016, when a magnitude 6.5
    quake destroyed the town"), with the date, even after since/before/after (which
    otherwise date nothing)."""
    marked: set[int] = set()
    for old in _old_dates(doc, found, reference):
        marked |= _dated_by(doc, old, found)
    return [
        dataclasses.replace(f, role=f"{f.role} (previous)") if i in marked else f
        for i, f in enumerate(found)
    ]


def extract_facts(
    text: str, published: date | None, *, story_date: date | None = None,
    known: frozenset[str] = frozenset(),
) -> tuple[Fact, ...]:
    """Facts of one statement, sorted by offset; ``published`` anchors relative dates. Facts
    of an event the statement dates more than a year before publication take the role
    "<role> (previous)" (``_mark_previous``). ``known``: canonical names of people found
    elsewhere in the corpus, recognised here without a cue."""
    doc = make_doc(text)
    taken: list[tuple[int, int]] = []
    found = [
        *_date_facts(doc, published, story_date, taken),
        *_time_facts(doc, taken),
        *_number_facts(doc, taken),
        *_attribute_facts(doc, taken),
    ]
    people = list(_person_facts(doc, taken, known))
    found += [*people, *_nationality_facts(doc, people, taken), *_place_facts(doc, taken)]
    found = _mark_previous(doc, found, published or story_date)
    return tuple(sorted(found, key=lambda f: (f.start, f.end, f.kind, f.value)))


def story_date(sources: Sequence[Source]) -> date | None:
    """The (lower) median publication date of the sources that have one."""
    known = sorted(s.published for s in sources if s.published is not None)
    return known[(len(known) - 1) // 2] if known else None


def _unify_people(facts: Mapping[str, tuple[Fact, ...]]) -> dict[str, tuple[Fact, ...]]:
    spellings = [f.value for found in facts.values() for f in found if f.kind == names.PERSON]
    mapping = names.unify(spellings)
    return {key: tuple(_unified(f, mapping) for f in found) for key, found in facts.items()}


def _unified(fact: Fact, mapping: Mapping[str, str]) -> Fact:
    """A person's most complete spelling, also in a role that names the person."""
    if fact.kind == names.PERSON:
        return dataclasses.replace(fact, value=mapping[fact.value])
    prefix = f"{attributes.NATIONALITY} "
    if fact.role is not None and fact.role.startswith(prefix):
        person = fact.role[len(prefix) :]
        return dataclasses.replace(fact, role=prefix + mapping.get(person, person))
    return fact


def extract_all_facts(
    statements: Sequence[Statement], sources: Sequence[Source]
) -> dict[str, tuple[Fact, ...]]:
    """Statement id -> its facts, for every statement (an empty tuple when none). A second
    pass re-reads the statements that write a name found as a person elsewhere in the corpus
    (``_known_people``) without having it among their people."""
    published = {s.id: s.published for s in sources}
    story = story_date(sources)
    cache: dict[tuple[str, date | None, bool], tuple[Fact, ...]] = {}

    def facts_of(statement: Statement, known: frozenset[str] = frozenset()) -> tuple[Fact, ...]:
        key = (statement.text, published.get(statement.source_id), bool(known))
        if key not in cache:  # a wire copy's sentences are read once
            cache[key] = extract_facts(key[0], key[1], story_date=story, known=known)
        return cache[key]

    facts = {statement.id: facts_of(statement) for statement in statements}
    known = _known_people(facts)
    if known:
        ordered = sorted(known, key=lambda n: (-len(n), n))
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in ordered) + r")\b")
        for statement in statements:
            found = {f.value for f in facts[statement.id] if f.kind == names.PERSON}
            if set(pattern.findall(fold(statement.text))) - found:
                facts[statement.id] = facts_of(statement, known)
    return _unify_people(facts)


def _known_people(facts: Mapping[str, tuple[Fact, ...]]) -> frozenset[str]:
    """Canonical names of two or more words found as people in the corpus (a second pass
    recognises them where no cue introduces them: "Meseret Alemu of Ethiopia" once
    "Meseret Alemu, a Kenyan" has named her)."""
    return frozenset(
        f.value for found in facts.values() for f in found
        if f.kind == names.PERSON and " " in f.value
    )
