"""The stage outputs a report is built from, indexed by id."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from numbers import Integral

from claims.model import Segmentation, Statement
from comparison.model import STATUSES, Claim, Fact
from corpus.model import Corpus, Dropped, Source


@dataclass(frozen=True)
class Inputs:
    """Corpus, statements, facts, claims and events, with lookups by id.

    ``dropped`` maps a source id to its source-level drops followed by its sentence-level
    drops. ``statement_events`` maps a statement id to its event number (all 0 when the
    events are unknown). Build it with ``index_inputs``.
    """

    corpus: Corpus
    claims: tuple[Claim, ...]
    sources: Mapping[str, Source]
    statements: Mapping[str, Statement]
    facts: Mapping[str, tuple[Fact, ...]]
    dropped: Mapping[str, tuple[Dropped, ...]]
    statement_counts: Mapping[str, int]
    statement_events: Mapping[str, int]
    source_events: Mapping[str, int]  # source id -> event of its first statement

    def statement(self, statement_id: str) -> Statement:
        try:
            return self.statements[statement_id]
        except KeyError:
            raise ValueError(f"unknown statement id {statement_id!r} in a claim") from None

    def source(self, source_id: str) -> Source:
        try:
            return self.sources[source_id]
        except KeyError:
            raise ValueError(f"unknown source id {source_id!r}") from None

    def facts_of(self, statement_id: str) -> tuple[Fact, ...]:
        return self.facts.get(statement_id, ())

    def claim_event(self, claim: Claim) -> int | None:
        """The event of the claim's first statement (a claim never spans events); None
        for a claim without statements."""
        if not claim.statements:
            return None
        return self.statement_events[self.statement(claim.statements[0]).id]

    def source_event(self, source_id: str) -> int | None:
        """The event of the source's first statement; None for a source without one."""
        return self.source_events.get(source_id)

    def event_ids(self) -> tuple[int, ...]:
        """Every event number of a source or a claim, ascending."""
        numbers = set(self.source_events.values())
        numbers.update(e for claim in self.claims if (e := self.claim_event(claim)) is not None)
        return tuple(sorted(numbers))


def index_inputs(
    corpus: Corpus, segmentation: Segmentation, facts: Mapping[str, tuple[Fact, ...]],
    claims: Iterable[Claim], events: Sequence[int] = (),
) -> Inputs:
    """Index the stage outputs; raise ValueError on a claim with an unknown status or on
    ``events`` that are not one non-negative integer per statement (empty: all event 0)."""
    claims = tuple(claims)
    _check_statuses(claims)
    statements = segmentation.statements
    statement_events = _statement_events(statements, events)
    source_events: dict[str, int] = {}
    for statement in statements:
        source_events.setdefault(statement.source_id, statement_events[statement.id])
    return Inputs(
        corpus=corpus,
        claims=claims,
        sources={source.id: source for source in corpus.sources},
        statements={statement.id: statement for statement in statements},
        facts=facts,
        dropped=_merge_dropped(corpus.sources, segmentation.dropped),
        statement_counts=Counter(s.source_id for s in statements),
        statement_events=statement_events,
        source_events=source_events,
    )


def _check_statuses(claims: tuple[Claim, ...]) -> None:
    for claim in claims:
        if claim.status not in STATUSES:
            raise ValueError(f"claim {claim.id} has unknown status {claim.status!r}")


def _statement_events(
    statements: Sequence[Statement], events: Sequence[int]
) -> dict[str, int]:
    if not events:
        return {statement.id: 0 for statement in statements}
    if len(events) != len(statements):
        raise ValueError(f"{len(events)} event numbers for {len(statements)} statements")
    if any(isinstance(e, bool) or not isinstance(e, Integral) or e < 0 for e in events):
        raise ValueError("event numbers must be non-negative integers")
    return {s.id: int(event) for s, event in zip(statements, events, strict=True)}


def _merge_dropped(
    sources: tuple[Source, ...], sentence_drops: Iterable[tuple[str, Dropped]]
) -> dict[str, tuple[Dropped, ...]]:
    later: defaultdict[str, list[Dropped]] = defaultdict(list)
    for source_id, dropped in sentence_drops:
        later[source_id].append(dropped)
    known = {source.id for source in sources}
    if unknown := sorted(set(later) - known):
        raise ValueError(f"dropped sentences name unknown source ids {unknown}")
    return {source.id: (*source.dropped, *later[source.id]) for source in sources}
