"""The role, modality and tense of a fact: which event or slot its value fills.

Same event, same role: a conflict counts only between facts filling one role, so the role
must name the event the fact belongs to. Without a parser (no new dependency; spaCy's
English models are not on PyPI from their authors), roles come from a predicate-argument
reading of the fact's clause that stands in for a dependency parse:

1. the clause: the tokens between two boundaries (text.py: ; : " ! ?, a full stop, a
   subordinating word such as "that", "which", "when");
2. the event lexicon below (verbs, event nouns, copulas) and a verb guesser for the verbs
   it lacks (``unknown_verb``: an irregular past or participle form, an -ed form after its
   subject, also across an -ly adverb ("an area previously devastated", not "the newly
   elected"), a participle after be/have, a word after a modal or an infinitive "to");
3. the predicate governing the fact, first match wins, inside its clause:
   a. an event noun inside the fact or right next to it ("the Wednesday summit",
      "Wednesday's summit", "6-day trip", "meeting on Wednesday", "toll rose to 112");
   b. the nearest verb before the fact (English attaches a dated, placed or counted phrase
      to the verb before it; the verb after it first when an auxiliary follows the fact,
      whose subject it is: "a woman was killed and 19 people were taken to hospital"),
      then the nearest after it, not past ", and" / ", but": a
      lexicon verb gives its role; a copula or an occurrence verb ("took place", "was",
      "struck", "hit", "began") the role of its subject, the nearest event word before it,
      or of the antecedent of a relative clause ("the quake, which struck at 1:28"; not
      across a verb: in "the quake hit towns that were devastated in 2016" the towns were);
      a be-form before a place phrase that does not hold the fact is a state, which
      dates no event (role STATE, "state": "the man who collapsed was in a stable
      condition on Monday", "two of the injured were still in hospital on Wednesday"; not
      "the summit was on Tuesday", nor "were still at large on Sunday after a break-out
      near X", whose place is the break-out's); a verb the lexicon lacks governs too,
      and gives the role of its object's event noun ("attended talks on Wednesday":
      meet), else of its subject's, the nearest event noun before it with no other verb
      (be and have aside) between ("the aftershock rattled the region at 2:30":
      aftershock; "the quake struck an area previously devastated in 2016": none), else
      none: "Kim attended a ceremony on Wednesday after he arrived on Tuesday" dates no
      arrival on Wednesday;
   c. the nearest event noun before the fact, then after it.

Role lexicon (word -> role; V verb, N noun, C copula or occurrence verb):

==================  ==========================================================================
meet                V meet, met, hosted; N meeting, summit, talks, conference
welcome             V welcome(d), greet(ed); N welcome
farewell            V "saw/seen/see ... off", "said goodbye", "bade farewell"; N farewell,
                    send-off, goodbye
depart              V leave, left, depart(ed), board(ed), "set off/out/sail", "took off";
                    N departure
arrive              V arrive(d), reach(ed) (not before a figure: "demand reached 9.2
                    gigawatts" is a level), landed, docked, "crossed into", "touched down";
                    N arrival
border crossing     V cross(ed); N border, crossing, checkpoint
return              V return(ed)
trip                V visit(ed), travel(l)ed, tour(ed), head(ed); N trip, visit, journey,
                    tour, travel, voyage
statement           V say, said, declare(d) (but see declare), stated, told, announce(d),
                    deny/denied, confirm(ed), warn(ed), assure(d), claimed, added, noted,
                    reported, insisted, revealed, quoted, according (to); N statement, remarks
launch              V launch(ed), fire(d), unveil(ed), debuted; N launch
sign, open          V sign(ed); V/C open(ed) ("pre-orders open": the subject's event)
kill, injure        V kill(ed), killing, died ("died in hospital", "died of his injuries":
                    "kill (later)", a later death); injured, wounded, hurt; N deaths, casualties,
                    toll, fatalities
evacuate, arrest,   V evacuated; arrested, detained; rescue(d), saved, plucked, "pulled ...
rescue              from/out" ("pulled 23 people from flooded homes"); N evacuation(s),
                    evacuees, arrests
collapse            V collapse(d), breached, burst, toppled, "gave/give way"; N collapse,
                    breach (not "came down": balloons and aircraft come down to land)
declare             V declare(d) before a/an/the/state ("declared a disaster emergency";
                    not "declared a week ago", a saying); N declaration
contain             V contained, extinguished, "put out", "under control" (a fire's end,
                    not its outbreak)
transfer            V flown, airlifted, rushed, transferred, ferried, "taken ... to"
                    ("taken by road to Raigmore Hospital"; not "samples taken on Monday")
quake, aftershock   N earthquake, quake, tremor, temblor, epicentre; V centred; N aftershock
other events        N explosion/blast, blaze ("the fire"), crash, collision (V collided),
                    eruption, grounding ("ran aground"), sinking (V sank, capsized),
                    stranding (V beached, "came/washed ashore"; not "stranded", which
                    containers and travellers are too), storm, flood, landslide,
                    avalanche, election/referendum (vote), signing (sign); storm also
                    for hailstorm, thunderstorm, snowstorm, supercell, tornado
release, pre-order  V release(d), available, "ships on", "on sale", "in stores"; N release,
                    availability; N pre-order(s)
price, fine         V cost(s), priced, sell(s)/sold, retail(s), "starts at"; N price(s); fined
value               V worth, valued ("vehicles worth an estimated EUR 14 million")
load, capacity      V carrying, carried, loaded, laden, aboard, "on board"; N capacity;
                    "can/could carry|hold|accommodate" (capacity)
(copula)            C "took place", held, happened, occurred, was, were, is, be, start(ed),
                    begin/began, end(ed), continue(d), struck, hit, rocked, shook, jolted,
                    erupted, measured, "broke out"
==================  ==========================================================================

A lexicon verb after a possessive or article is a noun ("his hosts"); "fire", "strike" and
"attack" after a determiner are nouns ("the fire"). "previous/previously/last/earlier/
prior/former" just before the predicate, or an adverbial "before" or "previously" in the
four words after it, makes the role "<role> (previous)": "Kim last met Putin in 2019" and
"they had met only once before, in 2019" do not date this week's meeting. Adverbial means
that nothing it governs follows: the statement ends or a boundary or a phrase opener (in,
at, on, and, but, when, with) comes next; "the quake shook the region before dawn" and "a
region previously hit by floods" are this event. "another/separate/further/
fresh/subsequent" before an event noun makes it "<role> (another)" ("another quake"), as
does "again" right after a verb ("ministers would meet again on Saturday").

Modality is "planned" when one of will, would, shall, expected, scheduled, planned, plans,
due, likely, could, may, might, intends, upcoming, "set to" or an infinitive "to" stands in
the three tokens before the predicate, or "at the earliest/latest" follows the fact;
otherwise "asserted". Tense ("past", "future" or None) anchors weekdays (see dates.py):
planned means future; a past verb form (met, left, -ed...) or was/were/had/has before the
predicate means past; with a noun predicate the clause's own tense words decide.
"""

from __future__ import annotations

from dataclasses import dataclass

from .text import Doc, Token, word_set

ASSERTED = "asserted"
STATE = "state"  # the role of a fact that dates or places a state, not an event (_in_a_state)
MARKET_ROLE = "market price"  # facts.py: where a price moved or closed; never compared
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
    subject_role: bool = False  # the role is that of the subject of a verb the lexicon lacks
    verb: int | None = None  # the governing verb the lexicon lacks (its token), if any


_VERBS: dict[str, str] = {
    "meet meets met hosted hosting": "meet",
    "welcome welcomes welcomed welcoming greet greets greeted greeting": "welcome",
    "leave leaves leaving left depart departs departed departing board boards boarded "
    "boarding": "depart",
    "arrive arrives arrived arriving reach reaches reached reaching landed docked "
    "docking": "arrive",
    "cross crosses crossed": "border crossing",
    "return returns returned returning": "return",
    "visit visits visited visiting travel travels traveled travelled traveling travelling "
    "tour tours toured touring head heads headed heading": "trip",
    "say says said saying declare declares declared declaring stated told announce announces "
    "announced announcing deny denies denied denying confirm confirms confirmed confirming "
    "warn warns warned assure assures assured claimed added noted reported insisted "
    "revealed quoted according": "statement",
    "launch launches launched launching fire fires fired unveil unveils unveiled "
    "unveiling debuted": "launch",
    "sign signs signed": "sign",
    "open opens opened": "open",
    "kill kills killed killing died": "kill",
    "injured wounded hurt injuring wounding": "injure",
    "evacuated evacuate": "evacuate",
    "arrested detained": "arrest",
    "rescue rescues rescued rescuing saved plucked": "rescue",
    "collapse collapses collapsed collapsing breached burst topple topples toppled "
    "toppling": "collapse",
    "flown airlifted rushed transferred ferried": "transfer",
    "collided collide collides": "collision",
    "contained extinguished": "contain",
    "sank sunk capsized": "sinking",
    "beached": "stranding",  # not "stranded": containers and travellers are stranded too
    "release releases released releasing available": "release",
    "cost costs costing priced retails retail sell sells selling sold": "price",
    "worth valued": "value",
    "carry carrying carried carries loaded laden aboard": "load",
    "fined": "fine",
    "centred centered": "quake",
}
_NOUNS: dict[str, str] = {
    "meeting meetings summit summits talks conference": "meet",
    "welcome": "welcome",
    "farewell send-off goodbye goodbyes": "farewell",
    "departure": "depart",
    "arrival": "arrive",
    "border crossing checkpoint": "border crossing",
    "trip trips visit visits journey tour travel voyage": "trip",
    "statement statements remarks": "statement",
    "launch launches": "launch",
    "deaths death casualties toll fatalities": "kill",
    "earthquake earthquakes quake quakes tremor tremors temblor epicentre epicenter": "quake",
    "aftershock aftershocks": "aftershock",
    "explosion explosions blast blasts": "explosion",
    "blaze": "fire",
    "crash": "crash",
    "collision": "collision",
    "eruption": "eruption",
    "grounding": "grounding",
    "storm storms hurricane typhoon cyclone hailstorm hailstorms thunderstorm thunderstorms "
    "snowstorm windstorm supercell tornado": "storm",
    "flood floods flooding": "flood",
    "landslide mudslide": "landslide",
    "avalanche avalanches": "avalanche",
    "election referendum": "vote",
    "signing": "sign",
    "release availability": "release",
    "pre-order pre-orders preorder preorders": "pre-order",
    "delivery deliveries": "delivery",
    "capacity": "capacity",
    "price prices": "price",
    "evacuation evacuations evacuees": "evacuate",
    "arrests": "arrest",
    "collapse breach": "collapse",
    "declaration": "declare",
}
# Verbs that predicate about the event named by their subject ("the quake struck at 1:28",
# "the talks took place", "pre-orders open on Friday"): the role is that of the nearest
# event word before them; a verb of its own role ("opened") keeps it when there is none.
_COPULAS = word_set(
    "held happened occurred happens occurs was were is are be been start starts started "
    "begin begins began end ends ended continue continues continued struck strikes strike "
    "hit hits rocked rocks shook shakes jolted jolts erupted erupts measured"
)
_LIGHT_VERBS = word_set("open opens opened")
_SEE = frozenset({"see", "sees", "saw", "seen", "seeing"})
_BIGRAMS: dict[tuple[str, str], Entry] = {
    **{(w, "off"): Entry("depart", VERB) for w in ("set", "sets", "took", "take")},
    **{(w, "out"): Entry("depart", VERB) for w in ("set", "sets")},
    **{(w, "sail"): Entry("depart", VERB) for w in ("set", "sets")},
    **{(w, "into"): Entry("arrive", VERB) for w in ("cross", "crossed", "crosses")},
    **{(w, "down"): Entry("arrive", VERB) for w in ("touched", "touch", "touches")},
    **{(w, "place"): Entry(None, COPULA) for w in ("took", "take", "takes", "taking")},
    **{(w, "out"): Entry(None, COPULA) for w in ("broke", "breaks", "break")},
    ("under", "control"): Entry("contain", VERB),
    **{(w, "way"): Entry("collapse", VERB) for w in ("gave", "give", "gives", "giving")},
    **{(w, "ashore"): Entry("stranding", VERB) for w in ("came", "come", "washed", "swept")},
    **{(w, "out"): Entry("contain", VERB) for w in ("put", "puts")},
    **{(w, "goodbye"): Entry("farewell", VERB) for w in ("said", "say", "says", "waved")},
    **{(w, "farewell"): Entry("farewell", VERB) for w in ("bade", "bid", "bids", "said")},
    **{(w, "aground"): Entry("grounding", VERB) for w in ("ran", "run", "runs", "went")},
    **{(w, "fire"): Entry("fire", VERB) for w in ("caught", "catches", "catch")},
    **{("on", w): Entry("release", NOUN) for w in ("sale", "shelves")},
    **{("in", "stores"): Entry("release", NOUN)},
    **{(w, v): Entry("release", VERB) for w in ("ships", "ship", "shipping") for v in (
        "on", "from", "in", "starting", "next", "this")},
    **{("on", "board"): Entry("load", VERB)},
    **{("starts", "at"): Entry("price", VERB), ("start", "at"): Entry("price", VERB)},
}
# Words that are nouns after a determiner ("the fire", "a strike") and verbs otherwise.
_NOUN_AFTER_DETERMINER = {"fire": "fire", "strike": "attack", "attack": "attack"}


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
    for word in _LIGHT_VERBS:
        table[word] = Entry(table[word].role, COPULA)
    return table


LEXICON = _lexicon()
EVENT_NOUNS = frozenset(w for w, e in LEXICON.items() if e.pos == NOUN)

_PREVIOUS = frozenset({"previous", "previously", "last", "earlier", "prior", "former"})
_AFTER_ADVERB = frozenset({",", ".", ";", "in", "at", "on", "and", "but", "when", "with"})
_PLAN_WORDS = word_set(
    "will ll would shall expected expects expect scheduled planned plans plan planning due "
    "likely could may might intends intend intended upcoming forthcoming aims"
)
_NOT_INFINITIVE = frozenset({"according", "due", "next", "close", "prior", "thanks", "up"})
_PAST_AUX = frozenset({"was", "were", "had", "has", "have", "did"})
IRREGULAR_PAST = word_set(
    "met left said told took came went began saw gave made held flew ran spoke wrote sent "
    "brought thought found stood kept won lost fought led became fell rode drove was were "
    "had did got struck"
)
MORE_IRREGULAR = word_set(
    "shook sat lay rose grew drew threw hung sank swam wore tore chose spent sold bought "
    "caught taught sought paid laid meant heard felt dealt built lent shot broke froze "
    "woke stole forgot gone done seen taken given written spoken broken chosen grown shown "
    "known flown drawn thrown risen fallen driven ridden beaten hidden sworn torn worn "
    "struck begun sunk shrunk"
)
_AUXILIARIES = word_set(
    "will would can could may might shall should must did does do to has have had is are "
    "was were be been being"
)
_BE = word_set("is are was were be been being")
_FUTURE_WORDS = frozenset({"will", "ll", "shall", "expected", "scheduled", "upcoming"})
_DETERMINERS = word_set(
    "the a an his her its their our your my this that these those highly very most more"
)
_NOT_VERBS = word_set(
    "had has have do does did "
    "the a an his her its their our your my this that these those some any no all each every "
    "of in on at for with from by to into over under about after before since during than "
    "as and or but not also only just so very more most less much many few"
)
NUMBER_WORDS = word_set(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty "
    "fifty hundred thousand million dozens hundreds thousands several many few"
)
_POSSESSIVES = word_set("the a an his her its their our your my")
_LINK_PREPOSITIONS = frozenset({"on", "of", "in", "at", "during", "for"})


def entry_at(doc: Doc, index: int) -> Entry | None:
    """The lexicon entry starting at token ``index`` (bigrams first), if any."""
    tokens = doc.tokens
    tok = tokens[index]
    if tok.is_capitalised and index > 0:  # "State Department", "Meeting Room"
        return None
    word = tok.lower
    ahead = [t.lower for t in tokens[index + 1 : index + 6]]
    if word == "taken" and "to" in ahead:
        return Entry("transfer", VERB)  # "taken by road to Raigmore Hospital", not "samples taken"
    if word in _PULLED and ("from" in ahead or "out" in ahead):
        return Entry("rescue", VERB)  # "pulled 23 people from flooded homes"
    if word in _REACH and _figure_ahead(ahead):
        return None  # "demand reached 9.2 gigawatts": a level, no arrival
    if word in _DECLARE and ahead[:1] and ahead[0] in _DECLARED and not _TIME_AHEAD & set(
        ahead[1:3]
    ):
        return Entry("declare", VERB)  # "declared a disaster emergency": no saying
    if index + 1 < len(tokens):
        pair = _BIGRAMS.get((word, tokens[index + 1].lower))
        if pair is not None:
            return pair
    if word in _SEE and "off" in [t.lower for t in tokens[index + 1 : index + 4]]:
        return Entry("farewell", VERB)  # "saw him off", "was seen off"
    previous = tokens[index - 1].lower if index else ""
    if word in _NOUN_AFTER_DETERMINER and previous in _DETERMINERS:
        return Entry(_NOUN_AFTER_DETERMINER[word], NOUN)
    entry = LEXICON.get(word)
    if entry is not None and entry.pos == VERB and previous in _POSSESSIVES:
        return None  # "his hosts", "their visits": a noun the lexicon only has as a verb
    if word == "board" and previous in ("on", "aboard"):
        return None  # "on board"
    if word in _CAPACITY_VERBS and _able(tokens, index):
        return Entry("capacity", VERB)  # "can carry up to 5,000 containers"
    return entry


_CAPACITY_VERBS = word_set("carry hold accommodate seat transport")
_PULLED = word_set("pulled pull pulls pulling")
_REACH = word_set("reach reaches reached reaching")
_FIGURE_LEAD = word_set("a an the about around some nearly almost roughly more than over at least")


def _figure_ahead(ahead: list[str]) -> bool:
    """Whether the words after a verb start with a figure ("9.2 gigawatts", "a record 47C",
    "about 40C") or a level noun ("a record", "a peak")."""
    for word in ahead:
        if word[:1].isdigit() or word in NUMBER_WORDS or word in ("record", "peak", "high"):
            return True
        if word not in _FIGURE_LEAD:
            return False
    return False
_DECLARE = word_set("declare declares declared declaring")
_DECLARED = word_set("a an the state")
_TIME_AHEAD = word_set("ago day days week weeks month months year years few")  # "a week ago"


def _able(tokens: tuple[Token, ...], index: int) -> bool:
    before = " ".join(t.lower for t in tokens[max(0, index - 2) : index])
    return before.endswith(("can", "could", "able to", "designed to", "built to"))


def unknown_verb(doc: Doc, index: int) -> bool:
    """Whether token ``index`` is a verb the lexicon lacks ("attended", "will tour"): an
    irregular past form, an -ed form after its subject or an auxiliary (or after the comma
    closing an apposition, before its object: "Mora, a small town, recorded 47.6C"), or a
    word right after a modal, an auxiliary or an infinitive "to"."""
    tokens = doc.tokens
    tok = tokens[index]
    word = tok.lower
    if not tok.is_word or tok.is_capitalised or word in _NOT_VERBS or entry_at(doc, index):
        return False
    if word.isdigit() or "-" in word:
        return False
    previous = tokens[index - 1] if index else None
    before = previous.lower if previous else ""
    if word in IRREGULAR_PAST or word in MORE_IRREGULAR:
        return before not in _DETERMINERS
    participle = word.endswith(("ed", "ing", "en")) and len(word) >= 5
    if before in _BE or before in ("has", "have", "had"):
        return participle  # "was guarding", "has toured"; "was near", "is likely": not verbs
    if before in _AUXILIARIES:
        infinitive = before == "to" and index >= 2 and tokens[index - 2].lower in _NOT_INFINITIVE
        return not infinitive
    if word.endswith("ed") and len(word) >= 5 and before.endswith("ly") and index >= 2:
        return _reduced_relative(tokens[index - 2])
    if word.endswith("ed") and len(word) >= 5 and before == "," and index + 1 < len(tokens):
        following = tokens[index + 1].lower  # "Mora, a small town, recorded 47.6C"
        return following[:1].isdigit() or following in NUMBER_WORDS or following in _POSSESSIVES
    if word.endswith("ed") and len(word) >= 5 and previous is not None:
        return (
            previous.is_word
            and before not in _NOT_VERBS
            and not before.endswith("ly")
            and not before.isdigit()
            and before not in NUMBER_WORDS
        )
    return False


def _reduced_relative(head: Token) -> bool:
    """Whether an -ed word after an -ly adverb is a verb, by the word before the adverb: a
    noun ("an area previously devastated", "a town largely destroyed") or an auxiliary
    ("was badly damaged") makes it one; a determiner ("the newly elected") an adjective."""
    word = head.lower
    if word in _BE or word in ("has", "have", "had"):
        return True
    return (
        head.is_word and not word.isdigit() and word not in _DETERMINERS
        and word not in _NOT_VERBS and word not in NUMBER_WORDS
    )


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


_RELATIVE = frozenset({"which", "that", "who"})


def _antecedent(doc: Doc, lo: int) -> int | None:
    """The event noun a relative clause starting at ``lo`` hangs on ("the quake, which
    struck at 1:28": "quake")."""
    if lo == 0 or doc.tokens[lo].lower not in _RELATIVE:
        return None
    for i in range(lo - 1, max(-1, lo - 4), -1):
        entry = entry_at(doc, i)
        if entry is not None and entry.pos == NOUN:
            return i
        if doc.tokens[i].text not in (",", "(") and not doc.tokens[i].is_word:
            return None
        if is_main_verb(doc, i):  # "the quake hit towns that were ...": towns, not quake
            return None
    return None


def is_main_verb(doc: Doc, index: int) -> bool:
    """Whether token ``index`` is a verb other than an auxiliary (be, have): a lexicon verb,
    a copula such as "struck" or "hit", or a verb the lexicon lacks."""
    if doc.tokens[index].lower in _AUXILIARIES:
        return False
    entry = entry_at(doc, index)
    if entry is not None:
        return entry.pos != NOUN
    return unknown_verb(doc, index)


def _subject_noun(doc: Doc, index: int, lo: int) -> int | None:
    """The event noun subject of the verb at ``index``: the nearest event noun before it in
    its clause, with no other verb between ("the aftershock rattled the region"; not
    "the quake struck an area devastated in 2016", where the area was devastated)."""
    for i in range(index - 1, lo - 1, -1):
        entry = entry_at(doc, i)
        if entry is not None and entry.pos == NOUN:
            return i
        if is_main_verb(doc, i):
            return None
    return None


def verb_segment(doc: Doc, index: int) -> tuple[int, int]:
    """The tokens governed by the verb nearest before token ``index`` in its clause: from
    that verb (or the clause start) to the token before the next verb (or the clause end).
    "The town was devastated in 2016 by a magnitude 6.5 quake": "devastated ... quake"."""
    lo, hi = doc.clause_bounds(index)
    first = next((i for i in range(index, lo - 1, -1) if is_main_verb(doc, i)), lo)
    last = next((i - 1 for i in range(index + 1, hi + 1) if is_main_verb(doc, i)), hi)
    return first, last


def _resolve_copula(doc: Doc, index: int, lo: int) -> int | None:
    """The event word a copula predicates about: the nearest one before it in its clause
    ("meet took"), else the antecedent of a relative clause, else the copula itself when it
    has a role of its own ("opened"). A word of saying is no such event ("According to the
    data, 11 flights were diverted")."""
    for i in range(index - 1, lo - 1, -1):
        entry = entry_at(doc, i)
        if entry is not None and entry.role not in (None, "statement"):
            return i
    found = _antecedent(doc, lo)
    if found is not None:
        return found
    entry = entry_at(doc, index)
    return index if entry is not None and entry.role is not None else None


@dataclass(frozen=True)
class Predicate:
    index: int  # the token whose lexicon entry gives the role; -1: a verb outside the lexicon
    anchor: int  # the verb or copula that carries tense and modality (index for a noun)
    subject: bool = False  # the role comes from the subject of a verb the lexicon lacks
    state: bool = False  # a be-form of place: "was still in hospital" (STATE)


def _object_noun(doc: Doc, indexes: range) -> int | None:
    for i in indexes:
        entry = entry_at(doc, i)
        if entry is not None and entry.pos == NOUN:
            return i
    return None


def _passive(doc: Doc, index: int) -> bool:
    before = [t.lower for t in doc.tokens[max(0, index - 2) : index]]
    return bool(set(before) & _BE)


def _verb_near(doc: Doc, indexes: range, lo: int, hi: int, fact: int) -> Predicate | None:
    """The verb governing the fact, searching ``indexes`` outward from it. A verb outside
    the lexicon governs too: its role is that of its object's event noun ("attended talks
    on Wednesday"), else none (Predicate index -1)."""
    for i in indexes:
        entry = entry_at(doc, i)
        if entry is None:
            if not unknown_verb(doc, i):
                continue
            subject = _resolve_copula(doc, i, lo) if _passive(doc, i) else None
            if subject is not None:  # "the meeting was made in Vladivostok"
                return Predicate(subject, i, subject=True)
            between = range(i + 1, fact) if i < fact else range(i + 1, hi + 1)
            noun = _object_noun(doc, between)
            if noun is not None:
                return Predicate(noun, i)
            noun = _subject_noun(doc, i, lo)
            return Predicate(noun if noun is not None else -1, i, subject=noun is not None)
        if entry.pos == NOUN:
            continue
        if entry.pos == VERB:
            if entry.role == "transfer" and i > fact:
                continue  # "patients at the hospital in Klodzko were taken out": no destination
            return Predicate(i, i)
        if _in_a_state(doc, i, fact):
            return Predicate(-1, i, state=True)  # "was still in hospital on Wednesday"
        noun = _resolve_copula(doc, i, lo)
        if noun is not None:
            return Predicate(noun, i)
    return None


_STATE_ADVERBS = word_set("still now also yet already")
_STATE_PREPOSITIONS = word_set("in at on under out off")
_ANOTHER_EVENT = word_set("after before following since from when while")


def _in_a_state(doc: Doc, copula: int, fact: int) -> bool:
    """Whether a be-form before the fact says where or how someone is ("the man who
    collapsed was in a stable condition on Monday", "two of the injured were still in
    hospital on Wednesday"): the fact dates that state, not the subject's event. "The
    summit was on Tuesday", "the quake was at 1:28" predicate about the event, and "will be
    in the city of Vladivostok" places its subject."""
    if doc.tokens[copula].lower not in _BE or copula > fact:
        return False
    index = copula + 1
    while index < fact and doc.tokens[index].lower in _STATE_ADVERBS:
        index += 1
    if doc.tokens[index].lower not in _STATE_PREPOSITIONS:
        return False
    between = {t.lower for t in doc.tokens[index + 1 : fact]}
    if between & _ANOTHER_EVENT:
        return False  # "were still at large on Sunday after a break-out from a park near X"
    return bool(between & _STATE_PREPOSITIONS)  # not "will be in the city of Vladivostok"


def _noun_near(doc: Doc, indexes: range) -> Predicate | None:
    for i in indexes:
        entry = entry_at(doc, i)
        if entry is not None and entry.pos == NOUN:
            return Predicate(i, i)
    return None


def _noun_inside(doc: Doc, first: int, last: int) -> Predicate | None:
    """An event noun within the fact itself ("2nd meeting", "second summit", "toll rose to
    112")."""
    if first == last:
        return None
    return _noun_near(doc, range(first, last + 1))


_SUBJECT_AUX = word_set("was were is are has have had")


def _coordinated(doc: Doc, last: int, hi: int) -> int:
    """The last token before ", and" / ", but" after ``last`` (else ``hi``): a verb of the
    coordinated clause is not the fact's ("after a break-out from a park near Market
    Harborough, and police warned..." dates no warning)."""
    tokens = doc.tokens
    for index in range(last + 1, hi):
        if tokens[index].text == "," and tokens[index + 1].lower in ("and", "but"):
            return index - 1
    return hi


def find_predicate(doc: Doc, first: int, last: int) -> Predicate | None:
    """The predicate whose event the tokens ``first..last`` fill (see the module doc)."""
    lo, hi = doc.clause_bounds(first)
    hi = max(hi, doc.clause_bounds(last)[1])
    left, right = range(first - 1, lo - 1, -1), range(last + 1, _coordinated(doc, last, hi) + 1)
    adjacent = _adjacent_noun(doc, first, last)
    left_verb = _verb_near(doc, left, lo, hi, first)
    subject_verb = None
    if last + 1 < right.stop and doc.tokens[last + 1].lower in _SUBJECT_AUX:
        # "a woman was killed and 19 people were taken to hospital": the subject of "taken"
        subject_verb = _verb_near(doc, range(last + 2, right.stop), lo, hi, first)
    verbs: tuple[Predicate | None, Predicate | None]
    if subject_verb is not None:
        verbs = (subject_verb, left_verb)
    else:  # the right-hand search only when no subject's verb was found
        verbs = (left_verb, _verb_near(doc, right, lo, hi, first))
    for found in (
        _noun_inside(doc, first, last),
        Predicate(adjacent, adjacent) if adjacent is not None else None,
        *verbs,
        _noun_near(doc, left),
        _noun_near(doc, right),
    ):
        if found is not None:
            return found
    return None


def _is_previous(doc: Doc, predicate: int) -> bool:
    """ "last met", "the previous meeting", "had met only once before", "previously met".
    After the predicate, "before" or "previously" is the adverb only when nothing it could
    govern follows it ("had met before, in 2019", "met previously in Vladivostok"): "shook
    central Italy before dawn" and "a region previously hit" date nothing back."""
    tokens = doc.tokens
    before = {t.lower for t in tokens[max(0, predicate - 2) : predicate]}
    if before & _PREVIOUS:
        return True
    return any(
        tokens[i].lower in _ADVERBS_AFTER and _ends_phrase(doc, i)
        for i in range(predicate + 1, min(len(tokens), predicate + 5))
    )


_ADVERBS_AFTER = frozenset({"before", "previously"})


def _ends_phrase(doc: Doc, index: int) -> bool:
    """Whether the word at ``index`` ends its phrase: the statement ends, or a boundary or
    a word that starts another phrase follows ("before, in 2019"; not "before dawn")."""
    following = index + 1
    return following == len(doc.tokens) or doc.tokens[following].lower in _AFTER_ADVERB


_ANOTHER = word_set("another separate further fresh subsequent")


def _is_another(doc: Doc, predicate: int) -> bool:
    """ "another quake", "a separate blast": a second event of the kind, not the story's."""
    before = {t.lower for t in doc.tokens[max(0, predicate - 3) : predicate]}
    return bool(before & _ANOTHER)


def role_of(doc: Doc, predicate: int) -> str | None:
    if predicate < 0:
        return None
    entry = entry_at(doc, predicate)
    if entry is None or entry.role is None:
        return None
    if _is_previous(doc, predicate):
        return f"{entry.role} (previous)"
    if entry.pos == NOUN and _is_another(doc, predicate):
        return f"{entry.role} (another)"
    if entry.pos == VERB and _again(doc, predicate):
        return f"{entry.role} (another)"
    if entry.role == "kill" and _later_death(doc, predicate):
        return "kill (later)"
    return entry.role


_LATER_DEATH = ("in hospital", "of his injuries", "of her injuries", "of their injuries",
                "from his injuries", "from her injuries", "from their injuries")


def _later_death(doc: Doc, predicate: int) -> bool:
    """ "died in hospital early on Monday", "died of her injuries": a later death, whose
    date is not the crash's ("two people were killed on Sunday")."""
    if doc.tokens[predicate].lower != "died":
        return False
    following = " ".join(t.lower for t in doc.tokens[predicate + 1 : predicate + 4])
    return following.startswith(_LATER_DEATH)


def _again(doc: Doc, predicate: int) -> bool:
    """ "would meet again on Saturday": a second meeting, not the one the story reports."""
    return any(t.lower == "again" for t in doc.tokens[predicate + 1 : predicate + 3])


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
        (entry is None or entry.pos == VERB)
        and len(window) >= 1
        and window[-1] == "to"
        and (len(window) < 2 or window[-2] not in _NOT_INFINITIVE)
        and (len(window) < 2 or not _result(window[-2]))
    )


def _result(word: str) -> bool:
    """A figure before "to" makes a result, not a plan: "jumped 29 per cent to close at
    65.40", "fell 3% to end the day"."""
    return word in ("%", "percent", "cent", "points") or word[:1].isdigit()


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
    if entry is None:  # a verb outside the lexicon
        before = {t.lower for t in doc.tokens[max(0, anchor - 2) : anchor]}
        if _is_past_word(doc, anchor) or before & _PAST_AUX:
            return PAST
        return _clause_tense(doc, first)
    if entry.pos != NOUN:
        before = {t.lower for t in doc.tokens[max(0, anchor - 2) : anchor]}
        if _is_past_word(doc, anchor) or before & _PAST_AUX:
            return PAST
        return _clause_tense(doc, first) if entry.pos == COPULA else None
    return _clause_tense(doc, first)


def predicate_index(doc: Doc, start: int, end: int) -> int | None:
    """The token whose event the fact at ``[start, end)`` fills (None: none found)."""
    span = doc.token_span(start, end)
    found = find_predicate(doc, *span) if span is not None else None
    return found.index if found is not None and found.index >= 0 else None


def fact_context(doc: Doc, start: int, end: int) -> Context:
    """Role, modality and tense of the fact at ``[start, end)`` of ``doc.text``."""
    span = doc.token_span(start, end)
    if span is None:
        return Context(None, ASSERTED, None)
    first, last = span
    predicate = find_predicate(doc, first, last)
    planned = _is_planned(doc, predicate, last)
    role = role_of(doc, predicate.index) if predicate is not None else None
    if predicate is not None and predicate.state:
        role = STATE
    tense = _tense(doc, predicate, first, planned)
    subject = predicate is not None and predicate.subject
    unknown = None
    if predicate is not None and entry_at(doc, predicate.anchor) is None:
        unknown = predicate.anchor
    return Context(role, PLANNED if planned else ASSERTED, tense, subject, unknown)


_IRREGULAR_BASE = {
    "rose": "rise", "risen": "rise", "fell": "fall", "fallen": "fall", "grew": "grow",
    "grown": "grow", "lost": "lose", "won": "win", "sold": "sell", "paid": "pay",
    "spent": "spend", "took": "take", "taken": "take", "gave": "give", "given": "give",
    "made": "make", "got": "get", "shot": "shoot", "brought": "bring", "bought": "buy",
    "built": "build", "sent": "send", "saw": "see", "seen": "see", "found": "find",
    "held": "hold", "kept": "keep", "drew": "draw", "threw": "throw", "sank": "sink",
    "shrank": "shrink", "stood": "stand", "led": "lead", "fought": "fight", "caught": "catch",
}


def verb_stem(word: str) -> str:
    """A tense-free key for a verb, to tell whether two facts hang on the same verb:
    "rose"/"rises" -> "rise", "gained"/"gains" -> "gain", "dropped" -> "drop"."""
    word = word.lower()
    if word in _IRREGULAR_BASE:
        word = _IRREGULAR_BASE[word]
    else:
        for suffix in ("ing", "ied", "ies", "ed", "es", "s"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                word = word[: -len(suffix)] + ("y" if suffix in ("ied", "ies") else "")
                break
    word = word.removesuffix("e") if len(word) > 3 else word
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]
    return word
