"""Conflicts: facts of different sources that fill the same slot with incompatible values.

Facts are compared only within a group: the same family of kind (a date and a weekday are
both "date"), the same role, and for numbers the same counted noun, SI unit or currency.
A fact without a role is never compared, except numbers (their noun names the slot);
unresolved relative dates never are; people only under a title of two words or more
("kremlin spokesperson", not "president"); places never under "statement" ("Washington
warned" is a government, not a location), "trip" (a trip has many stops, and "Putin's
visit to Pyongyang" is another trip than "Kim's trip to Russia") nor a travel leg role.

Travel legs (depart, arrive, return) happen several times in one story (leaving Pyongyang,
leaving Artyom): when two statements name incompatible places for the same leg they
describe two legs, so their dates and times are not compared, and leg places never
conflict by themselves.

Facts written with the same words never disagree: "on Wednesday" in a copy published two
days after the original resolves to another Wednesday, but the sources say the same thing
(the difference lies in their publication dates, not in their words).

Dates and times of "statement" are never compared: when something was said is rarely
the disputed fact, and one claim gathers statements made on different days. Two dates more
than a year apart (dates.far_apart) date two events, not one.

Within a group two statements of different sources disagree when no value of one is
compatible with a value of the other (each family's rules: dates.py, times.py,
numbers.py, gazetteer.py, names.py). Places are reduced to the most specific ones first
("Russia" goes when "Kazan" is there). A group with at least one such pair is a Conflict.
Its sides come from the statements of such pairs only: agreeing values share a side named
by its most common (then most precise) value, a value agreeing with all others takes no
side. "Planned" values are marked in the summary: "meet date: Tue 12 Sep 2023 (planned)
vs Wed 13 Sep 2023".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

from claims.model import Statement
from comparison.model import Conflict, Fact, Side

from . import dates, gazetteer, names, numbers, times
from .roles import PLANNED

LEG_ROLES = frozenset({"depart", "arrive", "return"})
_UNCOMPARED_PLACE_ROLES = LEG_ROLES | {"statement", "trip"}
_FAMILIES = {
    dates.DATE: "date",
    dates.WEEKDAY: "date",
    times.TIME: "time",
    numbers.NUMBER: numbers.NUMBER,
    numbers.QUANTITY: numbers.QUANTITY,
    numbers.MONEY: numbers.MONEY,
    gazetteer.PLACE: "place",
    names.PERSON: "person",
}
_COUNTED = frozenset({numbers.NUMBER, numbers.QUANTITY, numbers.MONEY})
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


def group_key(fact: Fact) -> GroupKey | None:
    """The group a fact is compared in, or None when it is never compared."""
    family = _FAMILIES.get(fact.kind)
    if family is None:
        return None
    if family in _COUNTED:
        return GroupKey(family, fact.role or "", numbers.unit_key(fact.value))
    if fact.role is None:
        return None
    if family == "person" and len(fact.role.split()) < 2:
        return None
    if family == "place" and fact.role in _UNCOMPARED_PLACE_ROLES:
        return None
    if family in ("date", "time") and fact.role == "statement":
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
    if family in _COUNTED:
        return numbers.compatible(family, a.value, b.value, a.text, b.text)
    if family == "place":
        return gazetteer.compatible(a.value, a.text, b.value, b.text)
    return names.same_person(a.value, b.value)


def _any_compatible(family: str, left: Iterable[Fact], right: Sequence[Fact]) -> bool:
    return any(compatible(family, a, b) for a in left for b in right)


def disagree(key: GroupKey, a: Entry, b: Entry) -> bool:
    """Whether two statements' facts of one group conflict (sources aside)."""
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


def _statement_groups(found: Sequence[Fact]) -> dict[GroupKey, tuple[Fact, ...]]:
    groups: dict[GroupKey, list[Fact]] = {}
    for fact in found:
        key = group_key(fact)
        if key is not None:
            groups.setdefault(key, []).append(fact)
    return {
        key: _specific(group) if key.family == "place" else tuple(group)
        for key, group in groups.items()
    }


def collect(
    members: Iterable[int], statements: Sequence[Statement], facts: Mapping[str, tuple[Fact, ...]]
) -> dict[GroupKey, list[Entry]]:
    """Group key -> the entries of the statements ``members`` that have facts in it."""
    groups: dict[GroupKey, list[Entry]] = {}
    for index in members:
        statement = statements[index]
        found = facts.get(statement.id, ())
        legs = _leg_places(found)
        for key, group in _statement_groups(found).items():
            entry = Entry(index, statement.id, statement.source_id, group, legs.get(key.role, ()))
            groups.setdefault(key, []).append(entry)
    return groups


def signature(entry: Entry) -> tuple[tuple[str, str, str], ...]:
    """What decides an entry's compatibility: its facts and leg places, sources aside."""
    return tuple(
        sorted(
            {(f.kind, f.value, f.text.lower()) for f in entry.facts + entry.places}
            | {("leg", f.value, "") for f in entry.places}
        )
    )


def involved(key: GroupKey, entries: Sequence[Entry]) -> list[Entry]:
    """The entries that disagree with an entry of another source (empty: no conflict)."""
    by_signature: dict[tuple[tuple[str, str, str], ...], list[Entry]] = {}
    for entry in entries:
        by_signature.setdefault(signature(entry), []).append(entry)
    found: dict[int, Entry] = {}
    for left, right in combinations(sorted(by_signature), 2):
        a, b = by_signature[left], by_signature[right]
        sources = {e.source for e in a} | {e.source for e in b}
        if len(sources) < 2 or not disagree(key, a[0], b[0]):
            continue
        for mine, theirs in ((a, b), (b, a)):
            found.update((e.index, e) for e in mine if any(f.source != e.source for f in theirs))
    return [found[i] for i in sorted(found)]


def _display(family: str, fact: Fact) -> str:
    if family == "date":
        return dates.display(fact.kind, fact.value)
    return fact.value


def _mark(found: Sequence[Fact]) -> str:
    planned = sum(1 for f in found if f.modality == PLANNED)
    if planned == 0:
        return ""
    return " (planned)" if planned == len(found) else " (partly planned)"


def _label(key: GroupKey) -> str:
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


def _by_value(entries: Sequence[Entry]) -> dict[str, list[tuple[int, str, Fact]]]:
    found: dict[str, list[tuple[int, str, Fact]]] = {}
    for entry in entries:
        for fact in entry.facts:
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
    """Conflicts among the statements ``members`` (indexes into ``statements``)."""
    groups = collect(members, statements, facts)
    found = []
    for key in sorted(groups):
        entries = involved(key, groups[key]) if len(groups[key]) > 1 else []
        if entries:
            found.append(build_conflict(key, entries))
    return tuple(found)
