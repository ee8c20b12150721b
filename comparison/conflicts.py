"""Conflicts: facts of different sources that fill the same slot with incompatible values.

Facts are compared only within a group: the same family of kind (a date and a weekday are
both "date"), the same role, and for numbers the same counted noun, SI unit or currency.
A fact without a role is never compared, except counts (their noun names the slot) other
than counts of people or percentages (VAGUE_COUNTS: "29 people", "20%" of no known event)
and areas (a story's burned or flooded area; a length may be a height, a depth, rainfall or
a distance, and an amount of money a price, a fine or a deal: those go by anchors only);
unresolved relative dates never are; people only under a title of two words or more
("kremlin spokesperson", not "president"); places never under "statement" ("Washington
warned" is a government, not a location), "trip" (a trip has many stops, and "Putin's
visit to Pyongyang" is another trip than "Kim's trip to Russia"), "open" (shelters, rest
centres and clinics open in many towns at once: "the town hall was opened in Inverurie" /
"rest centres opened in Wick") nor a travel leg role.

Travel legs (depart, arrive, return) happen several times in one story (leaving Pyongyang,
leaving Artyom): when two statements name incompatible places for the same leg they
describe two legs, so their dates and times are not compared, and leg places never
conflict by themselves. Likewise, when two statements disagree on both the date and the
place of one slot, they tell of two events (a stadium concert "in Lisbon on Saturday" and
one "in Madrid on Tuesday"), and neither conflict is kept.

Facts written with the same words never disagree: "on Wednesday" in a copy published two
days after the original resolves to another Wednesday, but the sources say the same thing
(the difference lies in their publication dates, not in their words).

Dates and times of "state" (roles.py: "were still on the beach on Monday" dates where the
whales were, not their stranding) are never compared, in no group, anchored or not. Those
of "statement" are not compared by role either: when something was said is rarely the
disputed fact, and one claim gathers statements made on different days. Two dates more
than a year apart (dates.far_apart) date two events, not one.

Inside one claim (``find_changes``), a statement giving exactly one time of day (of any
role but "statement") puts it in the group "same slot" (UNROLED): the paraphrases of one
claim that each give one time ("the embankment gave way at 3:40 a.m." / "had given way at
5:10 a.m."; "the coach came off the road shortly after 10.20am" / "the crash happened at
about 11.15am") give the time of the same happening, unless their roles name two things
(``_distinct_roles``: a departure and an arrival). So does its one role-less quantity of
a unit or amount of a currency (its only one of that unit or currency, of any role; the
one role-less or "statement": "CDOT's estimate for clearing
the debris is $38 million, the department told..." / "the early estimate puts the cost
of clearing at $61 million, officials said"; "an embankment of around six metres" /
"plunged about 15 metres down a steep bank", when a content word around them is shared:
not "305 mm of rain" / "the river peaked at 6.4 metres"); a quantity whose dimension
names its slot (height, width, depth) is not role-less. Likewise its one count
of a noun whose role is weak (none, "statement", or guessed: "About 6,000 containers are
stuck" / "more than 14,000 containers are now stranded"), people and percentages aside,
unless a capitalised word names a subset ("around 180 Belgian investors"); such counts only
ever make updates, never conflicts: on unseen text, two counts of one noun in one claim
were as often two groups ("five miners brought out alive" / "found six miners alive" in a
refuge chamber) as one. UNROLED groups compare only statements that no role group of the
family compares.

Dates are not treated so: in one claim they often date different things (when it happened,
when it was reported), which raised false flags on the gold sets. Nor are places, but for
one case: each paraphrase's one most specific place, a town or smaller, of no role or an
event's (not a slot such as a firm's seat), when the two are spelled alike (rapidfuzz
ratio >= LOOK_ALIKE_RATIO, 60) and are not one place: "advancing towards Nicolosi" /
"creeping towards the town of Nicosia", the confusion the issue names (Kazan and Khasan).
Measures of UNROLED and anchored groups are not compared between two statements that date
them on different days ("demand reached 9.2 gigawatts on Tuesday afternoon" / "hit a high
on Wednesday afternoon, reaching 9.6 gigawatts": two days' peaks). Towns not spelled alike
are often two places of the story (a firm's seat and its plant), so they are left to the
role and anchored groups, and both kinds of these UNROLED groups (measures, towns) come
after the anchored ones.

Anchored groups (``_anchored_groups``, anchors.py): every date, time, place (not of a trip,
a travel leg or "statement"), count, quantity and amount is also grouped under its
governing word ("~" + stem). Two entries of such a group are compared when their contexts
share enough words (anchors.same_slot), when no role group of the family compares the two
statements already and when their roles do not tell them apart (``_distinct_roles``): roles
fall short on unseen wording, the words around a value do not.

Within a group two statements of different sources disagree when no value of one is
compatible with a value of the other (each family's rules: dates.py, times.py, numbers.py,
gazetteer.py, names.py, attributes.py: a flag state is one country). Places are reduced to
the most specific ones first ("Russia" goes when "Kazan" is there). A group with at least
one such pair is a Conflict. Its sides come from the statements of such pairs only: agreeing
values share a side named by its most common (then most precise) value, a value agreeing
with all others takes no side. "Planned" values are marked in the summary: "meet date: Tue
12 Sep 2023 (planned) vs Wed 13 Sep 2023". When a statement gives one counted slot several
figures and words the earlier ones as superseded ("upgraded from 6.5 to 6.8", "initially
6.5, later revised to 6.8"), every figure decides agreement but only the current one names a
side (``current_figures``).

Updates (``find_changes``, given publication dates by statement or source id): a figure that
differs between two statements published on different days is an Update, not a Conflict,
when it is a cumulative count (the dead, injured, evacuated, arrested, missing; counts of
people, cases, homes...) whose later figure is higher, or when the later statement words it
as a revision near the figure ("rose to", "climbed to", "revised", "upgraded", "updated",
"up from", "now stands at", "new toll"), or when either statement gives a count or quantity
as of a moment ("has now burned", "by Monday morning", "so far", "three wolves were still at
large": _RUNNING_RE). Compatible but different figures count too ("at least 79" then "112").
A later figure that some statement had already given by the earlier day is no change (9 and
7 hospitalised on Thursday, a reprint of the 9 on Friday: the sources disagree, nothing
moved). A figure a later report changed is stale and contradicts nothing; disagreements left
over are Conflicts. The summary reads "death toll: 79 (14 Oct 2025) → 112 (15 Oct 2025)",
sides earliest first with their first publication date. Without publication dates every
disagreement is a Conflict.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from itertools import combinations

from rapidfuzz import fuzz

from claims.model import Statement
from comparison.model import Conflict, Fact, Side, Update, UpdateSide

from . import anchors, attributes, dates, gazetteer, names, numbers, times
from .gazetteer_data import CITY, LEVELS
from .roles import LEXICON, MARKET_ROLE, NUMBER_WORDS, PLANNED, STATE
from .text import fold, make_doc, word_set

Published = Mapping[str, date | None]

LEG_ROLES = frozenset({"depart", "arrive", "return"})
_UNCOMPARED_PLACE_ROLES = LEG_ROLES | {"statement", "trip", "open"}
_FAMILIES = {
    dates.DATE: "date",
    dates.WEEKDAY: "date",
    times.TIME: "time",
    numbers.NUMBER: numbers.NUMBER,
    numbers.QUANTITY: numbers.QUANTITY,
    numbers.MONEY: numbers.MONEY,
    gazetteer.PLACE: "place",
    names.PERSON: "person",
    attributes.ATTRIBUTE: attributes.ATTRIBUTE,
}
_COUNTED = frozenset({numbers.NUMBER, numbers.QUANTITY, numbers.MONEY})
_ROLE_LESS_COUNTED = frozenset({numbers.NUMBER, numbers.QUANTITY})
_ROLE_LESS_UNITS = frozenset({"m2"})  # a story's one area (burned, flooded); lengths are many
UNROLED = "same slot"
UNROLED_FAMILIES = frozenset({"time"})
_UNROLED_MEASURES = frozenset({numbers.QUANTITY, numbers.MONEY})
_LATE_UNROLED = _UNROLED_MEASURES | {"place"}  # judged after the anchored groups
ANCHORED = "~"  # role prefix of an anchored group: "~" + the governor's stem
ANCHORED_FAMILIES = frozenset(
    {"date", "time", "place", numbers.NUMBER, numbers.QUANTITY, numbers.MONEY}
)
VAGUE_COUNTS = frozenset({"person", "percent", "percent (change)", "time", "thing", "way"})
_COUNT_LABELS = {numbers.NUMBER: "count", numbers.QUANTITY: "quantity", numbers.MONEY: "amount"}


@dataclass(frozen=True, order=True)
class GroupKey:
    family: str
    role: str
    unit: str = ""


@dataclass(frozen=True)
class Entry:
    """The facts one statement has in one group, with its leg places."""

    index: int  # of the statement in the corpus
    statement: str
    source: str
    facts: tuple[Fact, ...]
    places: tuple[Fact, ...] = ()
    current: tuple[Fact, ...] = ()  # the facts a conflict shows (current_figures); () = all
    anchor: anchors.Anchor | None = None  # in an anchored group only


def group_key(fact: Fact) -> GroupKey | None:
    """The group a fact is compared in, or None when it is never compared. A count or
    quantity whose role is "statement" (the nearest verb is one of saying) names no slot:
    it is grouped as a role-less one."""
    family = _FAMILIES.get(fact.kind)
    if family is None:
        return None
    if family in _COUNTED and (fact.role or "").startswith(MARKET_ROLE):
        return None  # a price moves all day: "jumped to $36.08" / "closed at $36.74"
    if family in _COUNTED:
        unit = numbers.unit_key(fact.value)
        if fact.role == "statement":
            fact = replace(fact, role=None)  # "Redbud said ... 50 barrels": no slot named
        if fact.role is None and family == numbers.NUMBER and not _bare_count(fact):
            return None  # "around 180 Belgian investors": a subset, anchors only
        if fact.role is None and (unit in VAGUE_COUNTS or family not in _ROLE_LESS_COUNTED):
            return None  # "29 people", "20%", "6.4 m", "€500m" of no known slot: anchors only
        if fact.role is None and family == numbers.QUANTITY and unit not in _ROLE_LESS_UNITS:
            return None
        return GroupKey(family, fact.role or "", unit)
    if fact.role is None:
        return None
    if family == "person" and len(fact.role.split(" (")[0].split()) < 2:
        return None  # "president", "mr (previous)": a title of one word names no office
    if family == "place" and fact.role in _UNCOMPARED_PLACE_ROLES:
        return None
    if family in ("date", "time") and fact.role in ("statement", STATE):
        return None
    return GroupKey(family, fact.role)


def compatible(family: str, a: Fact, b: Fact) -> bool:
    """Whether two facts of one family can both be true of one slot."""
    if a.text.casefold() == b.text.casefold():
        return True  # the same words: a difference can only come from two anchors
    if family == "date":
        if dates.far_apart(a.kind, a.value, b.kind, b.value):
            return True  # two events (the 2019 summit and this one), not one told twice
        return dates.compatible(a.kind, a.value, a.text, b.kind, b.value, b.text)
    if family == "time":
        return times.compatible(a.value, a.text, b.value, b.text)
    if family == numbers.MONEY and _orders_apart(a.value, b.value):
        return True  # a unit price and a total (a share price, a deal value), not one amount
    if family in _COUNTED:
        return numbers.compatible(family, a.value, b.value, a.text, b.text)
    if family == "place":
        return gazetteer.compatible(a.value, a.text, b.value, b.text)
    if family == attributes.ATTRIBUTE:
        return attributes.compatible(a.value, b.value)
    return names.same_person(a.value, b.value)


UNIT_AND_TOTAL = 1e4


def _orders_apart(value_a: str, value_b: str) -> bool:
    """Whether two amounts lie more than UNIT_AND_TOTAL times apart: "€65.40" a share and
    "€5.1 billion" for the company are two amounts; "$5.1 million" against "$5.1 billion"
    (a slip of a thousand) is still one amount told two ways."""
    low, high = sorted(abs(numbers.split_value(v)[1]) for v in (value_a, value_b))
    return low > 0 and high / low > UNIT_AND_TOTAL


def _any_compatible(family: str, left: Iterable[Fact], right: Sequence[Fact]) -> bool:
    return any(compatible(family, a, b) for a in left for b in right)


def one_slot(a: Entry, b: Entry) -> bool:
    """Whether two entries may fill one slot: always in a role group; in an anchored group
    when their anchors say so."""
    return a.anchor is None or b.anchor is None or anchors.same_slot(a.anchor, b.anchor)


def disagree(key: GroupKey, a: Entry, b: Entry) -> bool:
    """Whether two statements' facts of one group conflict (sources aside)."""
    if not one_slot(a, b):
        return False  # one governing word, but not the same slot
    two_legs = key.role in LEG_ROLES and a.places and b.places
    if two_legs and not _any_compatible("place", a.places, b.places):
        return False  # two legs of the journey, not one event told twice
    return not _any_compatible(key.family, a.facts, b.facts)


def _specific(found: list[Fact]) -> tuple[Fact, ...]:
    keep = set(gazetteer.most_specific(sorted({f.value for f in found})))
    return tuple(f for f in found if f.value in keep)


def _leg_places(found: Sequence[Fact]) -> dict[str, tuple[Fact, ...]]:
    legs: dict[str, list[Fact]] = {}
    for fact in found:
        if fact.kind == gazetteer.PLACE and fact.role in LEG_ROLES:
            legs.setdefault(fact.role, []).append(fact)
    return {role: _specific(places) for role, places in legs.items()}


_SUPERSEDED_RE = re.compile(
    r"(?i)\b(?:later|subsequently|since|then|revis\w*|upgrad\w*|downgrad\w*|updat\w*"
    r"|correct\w*|amend\w*|adjust\w*|rais\w*|lower\w*)\b"
)
_EARLIER_FIGURE = re.compile(r"(?i)\b(?:initially|originally|at first|preliminary|first put)\b")


def current_figures(group: Sequence[Fact], text: str) -> tuple[Fact, ...]:
    """Of several values a statement gives one counted slot, only the last when the
    statement words the others as superseded: "upgraded from 6.5 to 6.8", "rose from 79 to
    112", "initially put at 6.5, later revised to 6.8". Otherwise all of them. Every value
    decides whether two statements agree (the earlier figure was said too); only the
    current ones name the sides of a conflict."""
    if len({f.value for f in group}) < 2:
        return tuple(group)
    first = min(group, key=lambda f: f.start)
    last = max(group, key=lambda f: f.start)
    between = text[first.end : last.start]
    from_to = re.search(r"(?i)\bfrom\s*$", text[: first.start]) and re.search(r"\bto\b", between)
    superseded = _UPDATE_RE.search(between) or _SUPERSEDED_RE.search(between)
    if from_to or superseded or _EARLIER_FIGURE.search(text[: last.start]):
        return (last,)
    return tuple(group)


def _statement_groups(
    found: Sequence[Fact], unroled: bool = False
) -> dict[GroupKey, tuple[Fact, ...]]:
    groups: dict[GroupKey, list[Fact]] = {}
    for fact in found:
        key = group_key(fact)
        if key is not None:
            groups.setdefault(key, []).append(fact)
    reduced = {
        key: _specific(group) if key.family == "place" else tuple(group)
        for key, group in groups.items()
    }
    return reduced | (_unroled_groups(found) if unroled else {})


def _unroled_groups(found: Sequence[Fact]) -> dict[GroupKey, tuple[Fact, ...]]:
    """The statement's one role-less time of day, and its one weakly roled count of each
    noun (UNROLED): two paraphrases in one claim that each give one such value give it
    for the same slot."""
    by_key: dict[GroupKey, list[Fact]] = {}
    measures = Counter(
        (f.kind, numbers.unit_key(f.value)) for f in found if _FAMILIES.get(f.kind) in _COUNTED
    )
    for fact in found:
        family = _FAMILIES.get(fact.kind)
        alone = family in _COUNTED and measures[(fact.kind, numbers.unit_key(fact.value))] == 1
        if family in UNROLED_FAMILIES and fact.role not in ("statement", STATE):
            by_key.setdefault(GroupKey(family, UNROLED), []).append(fact)
        elif family in _UNROLED_MEASURES and fact.role in (None, "statement") and alone:
            unit = numbers.unit_key(fact.value)
            by_key.setdefault(GroupKey(family, UNROLED, unit), []).append(fact)
        elif family == numbers.NUMBER and _weak_role(fact.role) and _bare_count(fact):
            unit = numbers.unit_key(fact.value)
            if unit not in VAGUE_COUNTS:
                by_key.setdefault(GroupKey(family, UNROLED, unit), []).append(fact)
    town = _one_town(found)
    if town is not None:
        by_key[GroupKey("place", UNROLED)] = [town]
    return {key: tuple(g) for key, g in by_key.items() if len({f.value for f in g}) == 1}


_TOWN_LEVEL = LEVELS[CITY]


def _one_town(found: Sequence[Fact]) -> Fact | None:
    """The statement's one most specific place, when it is a town or smaller (a city, a
    site, a facility) of no role or an event's (not a slot such as a firm's seat: "the
    Dumfries-based lender" / "its data centre in Dunfermline"); else None."""
    places = [
        f for f in found
        if f.kind == gazetteer.PLACE and f.role not in _UNCOMPARED_PLACE_ROLES
        and (f.role is None or f.role.split(" (")[0] in _LEXICON_ROLES)
    ]
    specific = _specific(places)
    if len({f.value for f in specific}) != 1:
        return None
    level = gazetteer.level_of(specific[0].value, specific[0].text)
    return specific[0] if level is not None and LEVELS[level] <= _TOWN_LEVEL else None


LOOK_ALIKE_RATIO = 60.0


def _look_alike(pair: tuple[Entry, Entry]) -> bool:
    """Whether two single towns of one claim's paraphrases are spelled alike (rapidfuzz
    ratio >= LOOK_ALIKE_RATIO, not the same place): the confusion of Kazan with Khasan,
    Nicolosi with Nicosia, Werfen with Werfenweng."""
    a, b = pair[0].facts[0].value, pair[1].facts[0].value
    return fuzz.ratio(fold(a).lower(), fold(b).lower()) >= LOOK_ALIKE_RATIO


_QUALIFIERS = word_set(
    "about around some roughly nearly almost approximately over more than less fewer at least "
    "most up to under"
)


def _bare_count(fact: Fact) -> bool:
    """Whether a count is not of a named subset: no capitalised word (a nationality, a
    place) between the number and its noun ("around 180 Belgian investors" is a subset of
    "about 2,300 investors"; "12 unvaccinated pupils" and "eight pupils" count one group).
    A name may also be a kind ("4,600 Delay Repay claims"), but as often a subset ("three
    senior Trump campaign officials"), so any capitalised word counts."""
    words = re.findall(r"[^\W\d_]+", fact.text)[:-1]
    return not any(w[0].isupper() and w.lower() not in _QUALIFIERS | NUMBER_WORDS for w in words)


_LEXICON_ROLES = frozenset(entry.role for entry in LEXICON.values() if entry.role)


def _weak_role(role: str | None) -> bool:
    """No role, "statement", or a role guessed from a verb the lexicon lacks
    ("refrigerat", "strand of meanwhile"): one that may miss the slot of a count."""
    if role is None:
        return True
    base = role.split(" of ")[0].split(" (")[0]
    return base == "statement" or base not in _LEXICON_ROLES


def _anchored_groups(
    found: Sequence[Fact], text: str
) -> dict[GroupKey, tuple[tuple[Fact, ...], anchors.Anchor]]:
    """The statement's facts grouped by the stem of their governing word (anchors.py),
    whatever their role ("~" + stem, with the counted unit), except places of roles never
    compared (a trip, a travel leg, "statement")."""
    if not found:
        return {}
    doc = make_doc(text)
    grouped: dict[GroupKey, list[tuple[Fact, anchors.Anchor]]] = {}
    for fact in found:
        family = _FAMILIES.get(fact.kind)
        if family not in ANCHORED_FAMILIES:
            continue
        if family == "place" and fact.role in _UNCOMPARED_PLACE_ROLES:
            continue  # a trip's stops, a travel leg, a government: never one slot
        if fact.role == STATE:
            continue  # "were still on the beach on Monday" dates no event
        anchor = anchors.anchor_of(doc, fact.start, fact.end)
        if anchor is None:
            continue
        unit = numbers.unit_key(fact.value) if family in _COUNTED else ""
        grouped.setdefault(GroupKey(family, ANCHORED + anchor.governor, unit), []).append(
            (fact, anchor)
        )
    result = {}
    for key, pairs in grouped.items():
        chosen = [f for f, _ in pairs]
        group = _specific(chosen) if key.family == "place" else tuple(chosen)
        result[key] = (group, anchors.merge([a for _, a in pairs]))
    return result


def collect(
    members: Iterable[int], statements: Sequence[Statement], facts: Mapping[str, tuple[Fact, ...]],
    unroled: bool = False, anchored: bool = False,
) -> dict[GroupKey, list[Entry]]:
    """Group key -> the entries of the statements ``members`` that have facts in it (with
    ``unroled``, within one claim, also the UNROLED groups; with ``anchored`` also the
    anchored groups)."""
    groups: dict[GroupKey, list[Entry]] = {}
    for index in members:
        statement = statements[index]
        found = facts.get(statement.id, ())
        legs = _leg_places(found)
        part = anchors.names_a_part(statement.text)
        for key, group in _statement_groups(found, unroled).items():
            if part and key.family == numbers.NUMBER and not key.role:
                continue  # "281 of the 3,050 passengers": a part, compared by anchors only
            current = current_figures(group, statement.text) if key.family in _COUNTED else group
            entry = Entry(
                index, statement.id, statement.source_id, group, legs.get(key.role, ()), current
            )
            groups.setdefault(key, []).append(entry)
        if anchored:
            for key, (group, anchor) in _anchored_groups(found, statement.text).items():
                shown = current_figures(group, statement.text) if key.family in _COUNTED else group
                entry = Entry(index, statement.id, statement.source_id, group, (), shown, anchor)
                groups.setdefault(key, []).append(entry)
    return groups


def signature(entry: Entry) -> tuple[tuple[str, str, str], ...]:
    """What decides an entry's compatibility: its facts and leg places, sources aside."""
    context = entry.anchor.context if entry.anchor is not None else frozenset()
    return tuple(
        sorted(
            {(f.kind, f.value, f.text.lower()) for f in entry.facts + entry.places}
            | {("leg", f.value, "") for f in entry.places}
            | {("context", word, "") for word in context}
        )
    )


def disagreeing_pairs(key: GroupKey, entries: Sequence[Entry]) -> list[tuple[Entry, Entry]]:
    """Pairs of entries of different sources whose facts of this group disagree."""
    by_signature: dict[tuple[tuple[str, str, str], ...], list[Entry]] = {}
    for entry in entries:
        by_signature.setdefault(signature(entry), []).append(entry)
    pairs: list[tuple[Entry, Entry]] = []
    for left, right in combinations(sorted(by_signature), 2):
        a, b = by_signature[left], by_signature[right]
        sources = {e.source for e in a} | {e.source for e in b}
        if len(sources) < 2 or not disagree(key, a[0], b[0]):
            continue
        pairs.extend((x, y) for x in a for y in b if x.source != y.source)
    return pairs


def _members(pairs: Iterable[tuple[Entry, Entry]]) -> list[Entry]:
    found = {e.index: e for pair in pairs for e in pair}
    return [found[i] for i in sorted(found)]


def involved(key: GroupKey, entries: Sequence[Entry]) -> list[Entry]:
    """The entries that disagree with an entry of another source (empty: no conflict)."""
    return _members(disagreeing_pairs(key, entries))


def _display(family: str, fact: Fact) -> str:
    """A side's value as shown: a date in words; a place as the article wrote it when the
    gazetteer read it as another name ("Sebastopol", an alternate name of Sevastopol, is
    also a town in California); otherwise the value."""
    if family == "date":
        return dates.display(fact.kind, fact.value)
    if family == "place" and fold(fact.text).casefold() != fold(fact.value).casefold():
        written = " ".join(fact.text.split())
        if written.replace(" ", "").isalpha() and written[:1].isupper():
            return written
    return fact.value


def _mark(found: Sequence[Fact]) -> str:
    planned = sum(1 for f in found if f.modality == PLANNED)
    if planned == 0:
        return ""
    return " (planned)" if planned == len(found) else " (partly planned)"


def _label(key: GroupKey) -> str:
    if key.role == UNROLED:  # "time: 03:40 vs 05:10", "count: 12 pupil vs 8 pupil"
        return _COUNT_LABELS.get(key.family, key.family)
    if key.family in ("date", "time"):
        return f"{key.role} {key.family}"
    if key.family in _COUNTED:
        return key.role or _COUNT_LABELS[key.family]
    return key.role


def _specificity(family: str, value: str) -> int:
    """How precise a value is, to name a side by its most precise value (dates only)."""
    if family != "date":
        return 0
    patterns = (r"\d{4}-\d\d-\d\d", r"\d{4}-W\d\d", r"\d{4}-\d\d|--\d\d-\d\d", r"\d{4}")
    for rank, pattern in enumerate(patterns):
        if re.fullmatch(pattern, value):
            return len(patterns) - rank
    return 0


def _by_value(
    entries: Sequence[Entry], shown: bool = True
) -> dict[str, list[tuple[int, str, Fact]]]:
    """Value -> (statement index, statement id, fact); ``shown``: only the current figures."""
    found: dict[str, list[tuple[int, str, Fact]]] = {}
    for entry in entries:
        for fact in (entry.current or entry.facts) if shown else entry.facts:
            found.setdefault(fact.value, []).append((entry.index, entry.statement, fact))
    return found


def _side_groups(
    family: str, by_value: Mapping[str, list[tuple[int, str, Fact]]]
) -> list[list[str]]:
    """Values grouped into sides of mutually compatible values; a value compatible with
    every other one takes no side. Each group starts with its most common value."""
    facts = {v: [f for _, _, f in items] for v, items in by_value.items()}

    def agree(v: str, w: str) -> bool:
        return _any_compatible(family, facts[v], facts[w])

    contested = [v for v in by_value if any(not agree(v, w) for w in by_value if w != v)]
    order = sorted(
        contested,
        key=lambda v: (-len({sid for _, sid, _ in by_value[v]}), -_specificity(family, v), v),
    )
    groups: list[list[str]] = []
    for value in order:
        home = next((g for g in groups if all(agree(value, w) for w in g)), None)
        if home is None:
            groups.append([value])
        else:
            home.append(value)
    return sorted(groups, key=lambda g: g[0])


def build_conflict(key: GroupKey, entries: Sequence[Entry]) -> Conflict:
    """The Conflict of a group from its disagreeing entries: one side per set of agreeing
    values, named by its most common value, statements in corpus order."""
    by_value = _by_value(entries)
    sides, shown = [], []
    for group in _side_groups(key.family, by_value):
        found = sorted((item for v in group for item in by_value[v]), key=lambda item: item[0])
        sides.append(Side(group[0], tuple(dict.fromkeys(sid for _, sid, _ in found))))
        facts = [fact for _, _, fact in found]
        shown.append(_display(key.family, by_value[group[0]][0][2]) + _mark(facts))
    summary = f"{_label(key)}: {' vs '.join(shown)}"
    return Conflict(key.family, summary, tuple(sides), key.role or None)


def find_conflicts(
    members: Iterable[int], statements: Sequence[Statement], facts: Mapping[str, tuple[Fact, ...]]
) -> tuple[Conflict, ...]:
    """Conflicts among the statements ``members`` (indexes into ``statements``), with no
    publication dates: every disagreement is a conflict."""
    return find_changes(members, statements, facts)[0]


def find_changes(
    members: Iterable[int],
    statements: Sequence[Statement],
    facts: Mapping[str, tuple[Fact, ...]],
    published: Published | None = None,
) -> tuple[tuple[Conflict, ...], tuple[Update, ...]]:
    """Conflicts and updates among the statements ``members``: a difference in a figure
    between two publication dates that ``is_update`` calls a change is an Update, every
    other disagreement a Conflict, except disagreements of a figure a later report changed
    (``_stale``: a superseded figure contradicts nothing). ``published`` maps a statement
    id or a source id to its publication date."""
    members = list(members)
    dated = _dating(statements, published or {}, members)
    groups = collect(members, statements, facts, unroled=True, anchored=True)
    judged = _judged_pairs(groups, _role_group)
    judged_all = judged | _judged_pairs(groups, _unroled_first)
    judged_anchored = judged_all | _slot_pairs(groups)
    found: list[Conflict] = []
    changes: list[Update] = []
    for key in sorted(groups):
        entries = groups[key]
        pairs = disagreeing_pairs(key, entries) if len(entries) > 1 else []
        changed = _changed_pairs(key, entries, pairs, statements, dated)
        measure = key.role == UNROLED and key.family in _LATE_UNROLED
        if key.role.startswith(ANCHORED) or key.role == UNROLED:
            # measures come after the anchored groups, which name a slot better ("peaked")
            before = judged if _unroled_first(key) else judged_anchored if measure else judged_all
            pairs, changed = _unjudged(key, pairs, before), _unjudged(key, changed, before)
        pairs = _alike_pairs(key, pairs, statements, facts)
        if key.role.startswith(ANCHORED):
            key = _display_key(key, entries)
        stale = _stale(changed, dated)
        conflicting = [
            p for p in pairs if p not in changed and p[0].index not in stale
            and p[1].index not in stale
        ]
        if conflicting and not (key.role == UNROLED and key.family == numbers.NUMBER):
            found.append(build_conflict(key, _members(conflicting)))
        if changed:
            changes.append(build_update(key, _members(changed), dated))
    return tuple(_one_event_each(found)), tuple(changes)


def _alike_pairs(
    key: GroupKey, pairs: list[tuple[Entry, Entry]], statements: Sequence[Statement],
    facts: Mapping[str, tuple[Fact, ...]],
) -> list[tuple[Entry, Entry]]:
    """The pairs of a group that may fill one slot: for a claim's single towns, spelled
    alike; for its single measures, sharing a word around them; for measures outside the
    role groups, not dated on two different days."""
    if key.role == UNROLED and key.family == "place":
        pairs = [p for p in pairs if _look_alike(p)]
    elif key.role == UNROLED and key.family in _UNROLED_MEASURES:
        pairs = [p for p in pairs if _near_alike(p, statements)]
    if key.family in _UNROLED_MEASURES and not _role_group(key):
        pairs = [p for p in pairs if not _dated_apart(p, statements, facts)]
    return pairs


def _opposed(conflict: Conflict) -> set[frozenset[str]]:
    """Every two statements on two sides of a conflict."""
    return {
        frozenset((x, y)) for one, two in combinations(conflict.sides, 2)
        for x in one.statements for y in two.statements
    }


def _one_event_each(found: list[Conflict]) -> list[Conflict]:
    """``found`` less the date and place conflicts of one slot that oppose the same two
    statements: a stadium concert "in Lisbon on Saturday" and one "in Madrid on Tuesday"
    are two concerts, not one told two ways (as two travel legs are, LEG_ROLES)."""
    dropped: set[int] = set()
    for (i, a), (j, b) in combinations(enumerate(found), 2):
        kinds = {_FAMILIES.get(a.kind), _FAMILIES.get(b.kind)}
        if kinds == {"date", "place"} and a.role == b.role and _opposed(a) & _opposed(b):
            dropped |= {i, j}
    return [c for n, c in enumerate(found) if n not in dropped]


def _near_alike(pair: tuple[Entry, Entry], statements: Sequence[Statement]) -> bool:
    """Whether two single measures of one claim share a content word around them
    (anchors.py): "an embankment of around six metres ... among trees" / "plunged about 15
    metres down a steep bank before a line of trees" do; "305 mm of rain" / "the river
    peaked at 6.4 metres" do not."""
    found = []
    for entry in pair:
        doc = make_doc(statements[entry.index].text)
        anchor = anchors.anchor_of(doc, entry.facts[0].start, entry.facts[0].end)
        found.append(anchor.context if anchor is not None else frozenset())
    return bool(found[0] & found[1])


def _dated_apart(
    pair: tuple[Entry, Entry], statements: Sequence[Statement],
    facts: Mapping[str, tuple[Fact, ...]],
) -> bool:
    """Whether two statements date what they measure on different days: "demand reached
    9.2 gigawatts on Tuesday afternoon" / "consumption hit a high on Wednesday afternoon,
    reaching 9.6 gigawatts" are two days' peaks, not one figure told two ways."""
    found = []
    for entry in pair:
        own = facts.get(statements[entry.index].id, ())
        found.append([
            f for f in own
            if f.kind in (dates.DATE, dates.WEEKDAY) and f.role not in ("statement", STATE)
        ])
    if not (found[0] and found[1]):
        return False
    return not _any_compatible("date", found[0], found[1])


Judged = set[tuple[str, int, int]]


def _role_group(key: GroupKey) -> bool:
    return not key.role.startswith(ANCHORED) and key.role != UNROLED


def _unroled_first(key: GroupKey) -> bool:
    """UNROLED groups judged before the anchored ones: times and counts (measures and
    towns come after the anchored groups)."""
    return key.role == UNROLED and key.family not in _LATE_UNROLED


def _slot_pairs(groups: Mapping[GroupKey, Sequence[Entry]]) -> Judged:
    """(family, statement, statement) for every two statements whose anchored facts fill
    one slot (anchors.same_slot)."""
    judged: Judged = set()
    for key, entries in groups.items():
        if key.role.startswith(ANCHORED):
            for a, b in combinations(entries, 2):
                if a.index != b.index and one_slot(a, b):
                    judged.add((key.family, min(a.index, b.index), max(a.index, b.index)))
    return judged


def _judged_pairs(
    groups: Mapping[GroupKey, Sequence[Entry]], chosen: Callable[[GroupKey], bool]
) -> Judged:
    """(family, statement, statement) for every two statements that a ``chosen`` group
    compares: UNROLED groups judge only what the role groups left uncompared, anchored
    groups only what both left uncompared."""
    judged: Judged = set()
    for key, entries in groups.items():
        if chosen(key):
            indexes = sorted({e.index for e in entries})
            judged.update((key.family, a, b) for a, b in combinations(indexes, 2))
    return judged


def _unjudged(
    key: GroupKey, pairs: Sequence[tuple[Entry, Entry]], judged: Judged
) -> list[tuple[Entry, Entry]]:
    """The pairs of an anchored or UNROLED group that no earlier group compared (``judged``)
    and whose roles do not tell them apart (``_distinct_roles``)."""
    return [
        (a, b) for a, b in pairs
        if (key.family, min(a.index, b.index), max(a.index, b.index)) not in judged
        and not _distinct_roles(a, b)
    ]


def _role_parts(role: str | None) -> tuple[str, str, bool] | None:
    """A role as (event, object, from the lexicon): "price of vista 3" -> ("price", "vista
    3", True); None for no role and for "statement", which the roles give too readily."""
    if role is None or role.split(" (")[0] == "statement":
        return None
    base, _, thing = role.partition(" of ")
    return base, thing, not _weak_role(role)


def _distinct_roles(a: Entry, b: Entry) -> bool:
    """Whether every fact of ``a`` has a role told apart from every role of ``b``'s facts:
    two lexicon events, or one event (or verb) of two named objects ("price of vista 3" /
    "price of vista 3 pro"; "won of split forward" / "won of kovacevic"). Verbs the
    lexicon lacks are guessed and vary with the wording, so two of them, or one and a
    lexicon role, tell nothing apart by themselves ("refrigerat" / "strand"); neither does
    a role whose object is missing on one side ("took" / "took of barisic")."""
    for x in a.facts:
        for y in b.facts:
            left, right = _role_parts(x.role), _role_parts(y.role)
            if left is None or right is None:
                return False
            two_objects = bool(left[1] and right[1] and left[1] != right[1])
            two_events = left[2] and right[2] and left[0] != right[0]
            if not (two_objects or two_events):
                return False
    return True


def _display_key(key: GroupKey, entries: Sequence[Entry]) -> GroupKey:
    """An anchored group shown under its governing word as written ("recall date")."""
    word = next((e.anchor.word for e in entries if e.anchor is not None), key.role[1:])
    return GroupKey(key.family, word, key.unit)


# --- updates --------------------------------------------------------------------------------

CUMULATIVE_ROLES = frozenset(
    {"kill", "injure", "evacuate", "arrest", "rescue", "missing", "displace", "sinking"}
)
CUMULATIVE_NOUNS = frozenset(
    {
        "person", "death", "casualty", "injury", "case", "infection", "patient", "evacuee",
        "arrest", "home", "house", "building", "household", "family", "resident",
        "structure", "survivor", "body",
    }
)
_UPDATE_RE = re.compile(
    r"(?i)\b(?:revis\w*|correct\w*|updat\w*|upgrad\w*|downgrad\w*|amend\w*|adjust\w*)\b"
    r"|\b(?:rose|risen|rises|rising|climbed|climbs|climbing|increased|jumped|grew|grown|"
    r"raised|lowered|cut|fell|fallen|dropped|soared|surged|swelled|reached)\s+(?:\w+\s+)?to\b"
    r"|\b(?:up|down)\s+from\b|\bnow\s+(?:stands|stood|at|put|puts)\b"
    r"|\bnew\s+(?:toll|figure|count|total|estimate)\b"
)
_WHEN = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|"
    r"night|noon|midday|dawn|nightfall|today|tonight)"
)
_RUNNING_RE = re.compile(
    r"(?i)\b(?:has|have|had|is|are|was|were|stands|stood)\s+now\b"
    r"|\bnow\s+(?:stands|stood|totals?|numbers?|at|has|have|is|are|exceeds?|tops)\b"
    rf"|\bso\s+far\b|\bto\s+date\b|\bas\s+of\b|\bthus\s+far\b|\bstill\b"
    rf"|\bby\s+(?:late\s+|early\s+|mid-?)?(?:\w+\s+)?{_WHEN}\b"
)
Dated = Mapping[int, date | None]
UPDATE_WINDOW = 40


def _dating(
    statements: Sequence[Statement], published: Published, members: Iterable[int]
) -> dict[int, date | None]:
    """Statement index -> its publication date (by statement id, else source id), for the
    statements ``members`` (one claim's, not the corpus's: BASIL has 4,500 claims)."""
    found = {}
    for i in members:
        s = statements[i]
        found[i] = published.get(s.id, published.get(s.source_id))
    return found


def _cumulative(key: GroupKey) -> bool:
    """Running counts that only grow as a story moves on: the dead, the injured, the
    evacuated, arrests, cases, damaged homes..."""
    if key.family != numbers.NUMBER:
        return False
    noun = key.unit.removesuffix(" (ordinal)")
    return key.role.split(" (")[0] in CUMULATIVE_ROLES or noun in CUMULATIVE_NOUNS


def _amounts(entry: Entry) -> list[float]:
    return [numbers.split_value(f.value)[1] for f in entry.facts]


def is_update(
    key: GroupKey, earlier: Entry, later: Entry, texts: tuple[str, str]
) -> bool:
    """Whether a figure that differs between an earlier and a later publication changed
    rather than being contradicted: a cumulative count (``_cumulative``) whose later value
    is higher, any figure that the later statement words as a revision near it (within
    UPDATE_WINDOW characters before it: "rose to", "climbed to", "revised", "upgraded",
    "updated", "up from", "now stands at", "new toll"...), or a count or quantity that
    either statement gives as of a moment, a running figure ("has now burned 21,300
    acres", "had scorched 12,400 acres by Monday morning", "so far", "as of", "to date")."""
    if key.family not in _COUNTED:
        return False
    if _worded(later, texts[1], _UPDATE_RE):
        return True
    pairs = zip((earlier, later), texts, strict=True)
    if key.family != numbers.MONEY and any(_worded(e, t, _RUNNING_RE) for e, t in pairs):
        return True
    return _cumulative(key) and min(_amounts(later)) > max(_amounts(earlier))


def _worded(entry: Entry, text: str, pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` occurs near one of the entry's figures (UPDATE_WINDOW characters
    before it, 20 after)."""
    return any(
        pattern.search(text[max(0, fact.start - UPDATE_WINDOW) : fact.end + 20])
        for fact in entry.facts
    )


def may_change(key: GroupKey, a: Entry, b: Entry) -> bool:
    """Whether two statements give different figures of a cumulative count (">= 79 dead",
    "112 dead"): published on different days, that may be an update (judge.py pulls such
    statements into one claim as it does conflicting ones)."""
    return _cumulative(key) and set(_amounts(a)) != set(_amounts(b))


def _stale(changed: Sequence[tuple[Entry, Entry]], dated: Dated) -> set[int]:
    """Statements whose figure a later report changed: the earlier side of each update."""
    stale: set[int] = set()
    for a, b in changed:
        day_a, day_b = dated.get(a.index), dated.get(b.index)
        if day_a is not None and day_b is not None:
            stale.add(a.index if day_a < day_b else b.index)
    return stale


def _changed_pairs(
    key: GroupKey,
    entries: Sequence[Entry],
    pairs: Sequence[tuple[Entry, Entry]],
    statements: Sequence[Statement],
    dated: Dated,
) -> list[tuple[Entry, Entry]]:
    """The pairs that are updates: disagreeing pairs, and pairs of compatible but different
    figures (">= 79" then "112"), published on different days (``is_update``)."""
    if key.family not in _COUNTED:
        return []
    candidates = list(pairs) + [
        (a, b) for a, b in combinations(entries, 2)
        if a.source != b.source and (a, b) not in pairs and (b, a) not in pairs
        and set(_amounts(a)) != set(_amounts(b)) and one_slot(a, b)
    ]
    changed = []
    for a, b in candidates:
        day_a, day_b = dated.get(a.index), dated.get(b.index)
        if day_a is None or day_b is None or day_a == day_b:
            continue
        earlier, later = (a, b) if day_a < day_b else (b, a)
        texts = (statements[earlier.index].text, statements[later.index].text)
        known = _known_by(later, entries, dated, min(day_a, day_b))
        if is_update(key, earlier, later, texts) and not known:
            changed.append((a, b))
    return changed


def _known_by(later: Entry, entries: Sequence[Entry], dated: Dated, day: date) -> bool:
    """Whether a statement published on ``day`` or before gave ``later``'s figures."""
    figures = set(_amounts(later))
    for entry in entries:
        known = dated.get(entry.index)
        if known is not None and known <= day and set(_amounts(entry)) == figures:
            return True
    return False


def _figure(fact: Fact) -> str:
    """A figure as shown in an update: a count by its number ("about 79"), an amount or a
    quantity as written ("$1,199", "256GB")."""
    if fact.kind != numbers.NUMBER:
        return " ".join(fact.text.split())
    qualifier, number, _, _ = numbers.split_value(fact.value)
    words = {"~": "about ", ">=": "at least ", "<=": "up to "}.get(qualifier, "")
    return words + numbers.format_number(number)


def _update_label(key: GroupKey) -> str:
    role = key.role.split(" (")[0]
    if role == "kill" and key.unit == "person":
        return "death toll"
    if role == "injure" and key.unit == "person":
        return "injured"
    if key.role == UNROLED:
        return key.unit or _label(key)
    return f"{key.unit} ({key.role})" if key.role else _label(key)


def build_update(key: GroupKey, entries: Sequence[Entry], dated: Dated) -> Update:
    """An Update from the entries of a changing figure: one side per value with its first
    publication date, earliest first ("death toll: 79 (14 Oct 2025) → 112 (15 Oct 2025)")."""
    by_value = _by_value(entries, shown=False)
    sides = []
    for value, items in by_value.items():
        days = [d for i, _, _ in items if (d := dated.get(i)) is not None]
        ids = tuple(dict.fromkeys(sid for _, sid, _ in sorted(items, key=lambda x: x[0])))
        sides.append(UpdateSide(value, ids, min(days) if days else None))
    sides.sort(key=lambda side: (side.published or date.max, numbers.split_value(side.value)[1]))
    shown = []
    for side in sides:
        figure = _figure(by_value[side.value][0][2])
        day = side.published
        when = f" ({dates.display(dates.DATE, day.isoformat())[4:]})" if day else ""
        shown.append(figure + when)
    summary = f"{_update_label(key)}: {' → '.join(shown)}"
    return Update(key.family, summary, tuple(sides), key.role or None)
