"""The role, modality and tense of a fact: which event or slot its value fills.

Role lexicon (word -> role; V verb, N noun, C event copula):

==================  ==========================================================================
meet                V meet, met, hosted, welcomed; N meeting, summit, talks, conference
depart              V leave, left, depart(ed), board(ed), "set off", "set out", "took off";
                    N departure
arrive              V arrive(d), reach(ed), landed, "crossed into"; N arrival
border crossing     V cross(ed); N border, crossing, checkpoint; cue "border city/station X"
return              V return(ed)
trip                V visit(ed), travel(l)ed, tour(ed), head(ed); N trip, visit, journey,
                    tour, travel
statement           V say, said, declare(d), stated, told, announce(d), deny/denied,
                    confirm(ed), warn(ed), assure(d), claimed, added, noted, reported,
                    insisted, revealed, quoted, according (to); N statement, remarks
launch, sign, open  V launch(ed), fire(d); sign(ed); open(ed)
kill, injure        V kill(ed), died; injured, wounded; N deaths, casualties, toll
(copula)            C "took place", held, happened, occurred, was, were, is, be, start(ed),
                    begin/began, end(ed), continue(d): the role is that of the nearest event
                    word before it ("the trip took place on ...", "the talks start ...")
==================  ==========================================================================

How the predicate of a fact is found, first match wins, inside the fact's clause:

1. an event noun right after the fact ("the Wednesday summit", "Wednesday's summit",
   "6-day trip"), or right before "on/of/in/at/during" + the fact ("meeting on Wednesday");
2. the nearest verb (or copula) before the fact, then the nearest one after it;
3. the nearest event noun before the fact, then after it.

"previous/previously/last/earlier/prior/former" just before the predicate, or "previously"
or an adverbial "before" just after it, makes the role "<role> (previous)": "Kim last met
Putin in 2019" and "they had met only once before, in 2019" do not date this week's
meeting.

Modality is "planned" when one of will, would, shall, expected, scheduled, planned, plans,
due, likely, could, may, might, intends, upcoming, "set to" or an infinitive "to" stands in
the three tokens before the predicate, or "at the earliest/latest" follows the fact;
otherwise "asserted". Tense ("past", "future" or None) anchors weekdays (see dates.py):
planned means future; a past verb form (met, left, -ed...) or was/were/had/has before the
predicate means past; with a noun predicate the clause's own tense words decide.
"""

from __future__ import annotations

from dataclasses import dataclass

from .text import Doc, word_set

ASSERTED = "asserted"
PLANNED = "planned"
PAST = "past"
FUTURE = "future"

VERB = "verb"
NOUN = "noun"
COPULA = "copula"


@dataclass(frozen=True)
class Entry:
    role: str | None  # None for a copula
    pos: str  # VERB, NOUN or COPULA


@dataclass(frozen=True)
class Context:
    role: str | None
    modality: str
    tense: str | None


_VERBS: dict[str, str] = {
    "meet meets met hosted hosting welcomed welcoming": "meet",
    "leave leaves leaving left depart departs departed departing board boards boarded "
    "boarding": "depart",
    "arrive arrives arrived arriving reach reaches reached reaching landed": "arrive",
    "cross crosses crossed": "border crossing",
    "return returns returned returning": "return",
    "visit visits visited visiting travel travels traveled travelled traveling travelling "
    "tour tours toured touring head heads headed heading": "trip",
    "say says said saying declare declares declared declaring stated told announce announces "
    "announced announcing deny denies denied denying confirm confirms confirmed confirming "
    "warn warns warned assure assures assured claimed added noted reported insisted "
    "revealed quoted according": "statement",
    "launch launches launched launching fire fires fired": "launch",
    "sign signs signed": "sign",
    "opens opened": "open",
    "kill kills killed died": "kill",
    "injured wounded": "injure",
}
_NOUNS: dict[str, str] = {
    "meeting meetings summit summits talks conference": "meet",
    "departure": "depart",
    "arrival": "arrive",
    "border crossing checkpoint": "border crossing",
    "trip trips visit visits journey tour travel": "trip",
    "statement statements remarks": "statement",
    "launch launches": "launch",
    "deaths death casualties toll": "kill",
}
_COPULAS = word_set(
    "held happened occurred happens occurs was were is are be been start starts started "
    "begin begins began end ends ended continue continues continued"
)
_BIGRAMS: dict[tuple[str, str], Entry] = {
    **{(w, "off"): Entry("depart", VERB) for w in ("set", "sets", "took", "take")},
    **{(w, "out"): Entry("depart", VERB) for w in ("set", "sets")},
    **{(w, "into"): Entry("arrive", VERB) for w in ("cross", "crossed", "crosses")},
    **{(w, "place"): Entry(None, COPULA) for w in ("took", "take", "takes", "taking")},
}


def _lexicon() -> dict[str, Entry]:
    table: dict[str, Entry] = {}
    for words, role in _NOUNS.items():
        for word in words.split():
            table[word] = Entry(role, NOUN)
    for words, role in _VERBS.items():
        for word in words.split():
            table.setdefault(word, Entry(role, VERB))
    for word in _COPULAS:
        table[word] = Entry(None, COPULA)
    return table


LEXICON = _lexicon()
EVENT_NOUNS = frozenset(w for w, e in LEXICON.items() if e.pos == NOUN)

_PREVIOUS = frozenset({"previous", "previously", "last", "earlier", "prior", "former"})
_AFTER_ADVERB = frozenset({",", ".", ";", "in", "at", "on", "and", "but", "when", "with"})
_PLAN_WORDS = word_set(
    "will ll would shall expected expects expect scheduled planned plans plan planning due "
    "likely could may might intends intend intended upcoming forthcoming aims"
)
_NOT_INFINITIVE = frozenset({"according", "due", "next", "close", "prior", "thanks"})
_PAST_AUX = frozenset({"was", "were", "had", "has", "have", "did"})
IRREGULAR_PAST = word_set(
    "met left said told took came went began saw gave made held flew ran spoke wrote sent "
    "brought thought found stood kept won lost fought led became fell rode drove was were "
    "had did got struck"
)
_FUTURE_WORDS = frozenset({"will", "ll", "shall", "expected", "scheduled", "upcoming"})
_DETERMINERS = word_set(
    "the a an his her its their our your my this that these those highly very most more"
)
_LINK_PREPOSITIONS = frozenset({"on", "of", "in", "at", "during", "for"})


def entry_at(doc: Doc, index: int) -> Entry | None:
    """The lexicon entry starting at token ``index`` (bigrams first), if any."""
    tokens = doc.tokens
    tok = tokens[index]
    if tok.is_capitalised and index > 0:  # "State Department", "Meeting Room"
        return None
    if index + 1 < len(tokens):
        pair = _BIGRAMS.get((tok.lower, tokens[index + 1].lower))
        if pair is not None:
            return pair
    return LEXICON.get(tok.lower)


def _adjacent_noun(doc: Doc, first: int, last: int) -> int | None:
    tokens = doc.tokens
    after = last + 1
    if after < len(tokens) and tokens[after].text == "'s":
        after += 1
    if after < len(tokens) and tokens[after].lower in EVENT_NOUNS:
        return after
    if first >= 2 and tokens[first - 1].lower in _LINK_PREPOSITIONS:
        entry = entry_at(doc, first - 2)
        if entry is not None and entry.pos == NOUN:
            return first - 2
    return None


def _resolve_copula(doc: Doc, index: int, lo: int) -> int | None:
    """The event word a copula predicates about: the nearest one before it ("meet took")."""
    for i in range(index - 1, lo - 1, -1):
        entry = entry_at(doc, i)
        if entry is not None and entry.role is not None:
            return i
    return None


@dataclass(frozen=True)
class Predicate:
    index: int  # the token whose lexicon entry gives the role
    anchor: int  # the verb or copula that carries tense and modality (index for a noun)


def _verb_near(doc: Doc, indexes: range, lo: int) -> Predicate | None:
    for i in indexes:
        entry = entry_at(doc, i)
        if entry is None or entry.pos == NOUN:
            continue
        if entry.pos == VERB:
            return Predicate(i, i)
        noun = _resolve_copula(doc, i, lo)
        if noun is not None:
            return Predicate(noun, i)
    return None


def _noun_near(doc: Doc, indexes: range) -> Predicate | None:
    for i in indexes:
        entry = entry_at(doc, i)
        if entry is not None and entry.pos == NOUN:
            return Predicate(i, i)
    return None


def _noun_inside(doc: Doc, first: int, last: int) -> Predicate | None:
    """An event noun within the fact itself ("2nd meeting", "second summit")."""
    if first == last:
        return None
    return _noun_near(doc, range(last, first, -1))


def find_predicate(doc: Doc, first: int, last: int) -> Predicate | None:
    """The predicate whose event the tokens ``first..last`` fill (see the module doc)."""
    lo, hi = doc.clause_bounds(first)
    hi = max(hi, doc.clause_bounds(last)[1])
    left, right = range(first - 1, lo - 1, -1), range(last + 1, hi + 1)
    adjacent = _adjacent_noun(doc, first, last)
    for found in (
        _noun_inside(doc, first, last),
        Predicate(adjacent, adjacent) if adjacent is not None else None,
        _verb_near(doc, left, lo),
        _verb_near(doc, right, lo),
        _noun_near(doc, left),
        _noun_near(doc, right),
    ):
        if found is not None:
            return found
    return None


def _is_previous(doc: Doc, predicate: int) -> bool:
    """ "last met", "the previous meeting", "had met only once before", "previously met"."""
    tokens = doc.tokens
    before = {t.lower for t in tokens[max(0, predicate - 2) : predicate]}
    if before & _PREVIOUS:
        return True
    after = [t.lower for t in tokens[predicate + 1 : predicate + 5]]
    if "previously" in after:
        return True
    if "before" not in after:
        return False
    following = after.index("before") + 1
    return following == len(after) or after[following] in _AFTER_ADVERB


def role_of(doc: Doc, predicate: int) -> str | None:
    entry = entry_at(doc, predicate)
    if entry is None or entry.role is None:
        return None
    return f"{entry.role} (previous)" if _is_previous(doc, predicate) else entry.role


def _is_planned(doc: Doc, predicate: Predicate | None, last: int) -> bool:
    tokens = doc.tokens
    following = " ".join(t.lower for t in tokens[last + 1 : last + 4])
    if following.startswith(("at the earliest", "at the latest")):
        return True
    if predicate is None:
        return False
    anchor = predicate.anchor
    window = [t.lower for t in tokens[max(0, anchor - 3) : anchor]]
    if set(window) & _PLAN_WORDS or "set to" in " ".join(window):
        return True
    entry = entry_at(doc, anchor)
    return (
        entry is not None
        and entry.pos == VERB
        and len(window) >= 1
        and window[-1] == "to"
        and (len(window) < 2 or window[-2] not in _NOT_INFINITIVE)
    )


def _is_past_word(doc: Doc, index: int) -> bool:
    word = doc.tokens[index].lower
    if word in IRREGULAR_PAST:
        return True
    if not word.endswith("ed") or len(word) < 4:
        return False
    previous = doc.tokens[index - 1].lower if index else ""
    return previous not in _DETERMINERS and not previous.endswith("ly")


def _clause_tense(doc: Doc, index: int) -> str | None:
    lo, hi = doc.clause_bounds(index)
    words = [t.lower for t in doc.tokens[lo : hi + 1]]
    if set(words) & _FUTURE_WORDS:
        return FUTURE
    if any(_is_past_word(doc, i) for i in range(lo, hi + 1) if doc.tokens[i].is_word):
        return PAST
    return None


def _tense(doc: Doc, predicate: Predicate | None, first: int, planned: bool) -> str | None:
    if planned:
        return FUTURE
    if predicate is None:
        return _clause_tense(doc, first)
    anchor = predicate.anchor
    entry = entry_at(doc, anchor)
    if entry is not None and entry.pos != NOUN:
        before = {t.lower for t in doc.tokens[max(0, anchor - 2) : anchor]}
        if _is_past_word(doc, anchor) or before & _PAST_AUX:
            return PAST
        return _clause_tense(doc, first) if entry.pos == COPULA else None
    return _clause_tense(doc, first)


def fact_context(doc: Doc, start: int, end: int) -> Context:
    """Role, modality and tense of the fact at ``[start, end)`` of ``doc.text``."""
    span = doc.token_span(start, end)
    if span is None:
        return Context(None, ASSERTED, None)
    first, last = span
    predicate = find_predicate(doc, first, last)
    planned = _is_planned(doc, predicate, last)
    role = role_of(doc, predicate.index) if predicate is not None else None
    return Context(role, PLANNED if planned else ASSERTED, _tense(doc, predicate, first, planned))
