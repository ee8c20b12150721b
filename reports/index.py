"""The stage outputs a report is built from, indexed by id."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from claims.model import Segmentation, Statement
from comparison.model import STATUSES, Claim, Fact
from corpus.model import Corpus, Dropped, Source


@dataclass(frozen=True)
class Inputs:
    """Corpus, statements, facts and claims, with lookups by id.

    ``dropped`` maps a source id to its source-level drops followed by its sentence-level
    drops. Build it with ``index_inputs``.
    """

    corpus: Corpus
    claims: tuple[Claim, ...]
    sources: Mapping[str, Source]
    statements: Mapping[str, Statement]
    facts: Mapping[str, tuple[Fact, ...]]
    dropped: Mapping[str, tuple[Dropped, ...]]
    statement_counts: Mapping[str, int]

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


def index_inputs(
    corpus: Corpus, segmentation: Segmentation, facts: Mapping[str, tuple[Fact, ...]],
    claims: Iterable[Claim],
) -> Inputs:
    """Index the stage outputs; raise ValueError on a claim with an unknown status."""
    claims = tuple(claims)
    _check_statuses(claims)
    return Inputs(
        corpus=corpus,
        claims=claims,
        sources={source.id: source for source in corpus.sources},
        statements={statement.id: statement for statement in segmentation.statements},
        facts=facts,
        dropped=_merge_dropped(corpus.sources, segmentation.dropped),
        statement_counts=Counter(s.source_id for s in segmentation.statements),
    )


def _check_statuses(claims: tuple[Claim, ...]) -> None:
    for claim in claims:
        if claim.status not in STATUSES:
            raise ValueError(f"claim {claim.id} has unknown status {claim.status!r}")


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
