"""Updates: a figure that changes between an earlier and a later publication (a death toll
that rises) is an update with both values and dates, not a contradiction."""

from __future__ import annotations

import math
from datetime import date

import numpy as np
import pytest

from claims.model import Cluster, Statement
from comparison import extract_all_facts, judge_claims
from comparison.judge import status_of
from comparison.model import (
    CONTRADICTED,
    CORROBORATED,
    STATUSES,
    UPDATED,
    Claim,
    Conflict,
    Side,
    Update,
    UpdateSide,
)
from corpus.model import Source

TUE, WED, THU = date(2025, 10, 14), date(2025, 10, 15), date(2025, 10, 16)


def _judge(
    rows: list[tuple[str, date | None, str]],
    clusters: list[tuple[int, ...]] | None = None,
    vectors: np.ndarray | None = None,
    with_dates: bool = True,
) -> tuple[Claim, ...]:
    """Rows of (source id, its publication date, text); one cluster of all by default."""
    statements, days = [], {}
    for number, (source, day, text) in enumerate(rows, start=1):
        statements.append(Statement(f"{source}:{number}", source, text, 0, len(text)))
        days[source] = day
    sources = [Source(s, None, None, None, None, d, "text", "") for s, d in days.items()]
    facts = extract_all_facts(statements, sources)
    if vectors is None:
        vectors = np.ones((len(rows), 2), dtype=np.float32) / math.sqrt(2)
    groups = clusters or [tuple(range(len(rows)))]
    published = {s.id: s.published for s in sources} if with_dates else None
    return judge_claims(
        [Cluster(g) for g in groups], statements, facts, vectors, published=published
    )


def test_status_vocabulary_grows() -> None:
    assert STATUSES == ("contradicted", "updated", "corroborated", "single-source")
    update = Update("number", "x", (UpdateSide("1 person", ("s1:1",), TUE),))
    conflict = Conflict("number", "x", (Side("1 person", ("s1:1",)),))
    assert status_of((), 3, (update,)) == UPDATED
    assert status_of((conflict,), 3, (update,)) == CONTRADICTED
    assert status_of((), 3) == CORROBORATED


def test_a_rising_death_toll_is_an_update() -> None:
    (claim,) = _judge(
        [
            ("s1", TUE, "The earthquake killed 79 people, officials said."),
            ("s2", WED, "The death toll from the earthquake rose to 112."),
        ]
    )
    assert claim.status == UPDATED and claim.conflicts == ()
    (update,) = claim.updates
    assert update.kind == "number" and update.role == "kill"
    assert update.summary == "death toll: 79 (14 Oct 2025) → 112 (15 Oct 2025)"
    assert update.sides == (
        UpdateSide("79 person", ("s1:1",), TUE),
        UpdateSide("112 person", ("s2:2",), WED),
    )


def test_a_cumulative_count_needs_no_update_wording() -> None:
    (claim,) = _judge(
        [
            ("s1", TUE, "At least 40 people were injured in the blast."),
            ("s2", WED, "A total of 65 people were injured in the blast."),
        ]
    )
    assert claim.status == UPDATED
    assert claim.updates[0].summary == "injured: at least 40 (14 Oct 2025) → 65 (15 Oct 2025)"


def test_a_figure_of_what_is_still_so_is_a_running_figure() -> None:
    (claim,) = _judge(
        [
            ("s1", TUE, "Three wolves were still at large on Sunday night."),
            ("s2", WED, "Two wolves are still on the loose near the park."),
        ]
    )
    assert claim.status == UPDATED and claim.conflicts == ()


def test_a_lower_later_count_of_the_dead_is_a_contradiction() -> None:
    (claim,) = _judge(
        [
            ("s1", TUE, "The storm killed 30 people."),
            ("s2", WED, "The storm killed 24 people."),
        ]
    )
    assert claim.status == CONTRADICTED and claim.updates == ()


def test_a_revision_worded_as_such_is_an_update_even_downward() -> None:
    (claim,) = _judge(
        [
            ("s1", TUE, "The storm killed 30 people."),
            ("s2", WED, "Officials revised the number of people killed to 24."),
        ]
    )
    assert claim.status == UPDATED and claim.conflicts == ()


def test_the_same_day_different_counts_still_conflict() -> None:
    (claim,) = _judge(
        [
            ("s1", TUE, "The earthquake killed 79 people."),
            ("s2", TUE, "The earthquake killed 85 people."),
        ]
    )
    assert claim.status == CONTRADICTED and claim.updates == ()


def test_without_publication_dates_a_difference_is_a_conflict() -> None:
    rows = [
        ("s1", TUE, "The earthquake killed 79 people, officials said."),
        ("s2", WED, "The death toll from the earthquake rose to 112."),
    ]
    (claim,) = _judge(rows, with_dates=False)
    assert claim.status == CONTRADICTED


def test_a_non_cumulative_figure_that_differs_later_is_a_conflict() -> None:
    (claim,) = _judge(
        [
            ("s1", TUE, "North Korea fired two ballistic missiles into the sea."),
            ("s2", WED, "North Korea fired three ballistic missiles into the sea."),
        ]
    )
    assert claim.status == CONTRADICTED and claim.updates == ()


def test_an_upgraded_magnitude_is_an_update_and_superseded_figures_contradict_nothing() -> None:
    (claim,) = _judge(
        [
            ("s1", TUE, "A magnitude 6.5 earthquake struck central Italy."),
            ("s2", WED, "The magnitude of the earthquake was later upgraded to 6.8."),
            ("s3", TUE, "A magnitude 7.1 earthquake struck central Italy."),
        ]
    )
    assert claim.status == UPDATED and claim.conflicts == ()
    (update,) = claim.updates  # figures of one day in increasing order
    assert update.summary == (
        "magnitude (quake): 6.5 (14 Oct 2025) → 7.1 (14 Oct 2025) → 6.8 (15 Oct 2025)"
    )


def test_a_compatible_but_higher_later_toll_is_an_update() -> None:
    (claim,) = _judge(
        [
            ("s1", TUE, "The earthquake killed at least 79 people."),
            ("s2", THU, "The earthquake has killed 112 people, the civil protection agency said."),
        ]
    )
    assert claim.status == UPDATED
    assert claim.updates[0].summary == "death toll: at least 79 (14 Oct 2025) → 112 (16 Oct 2025)"


def test_related_clusters_with_a_changed_toll_are_pulled_together() -> None:
    gap = math.degrees(math.acos(0.6))
    vectors = np.array(
        [[1.0, 0.0], [math.cos(math.radians(gap)), math.sin(math.radians(gap))]],
        dtype=np.float32,
    )
    claims = _judge(
        [
            ("s1", TUE, "The earthquake killed at least 79 people."),
            ("s2", WED, "The death toll from the earthquake rose to 112."),
        ],
        clusters=[(0,), (1,)],
        vectors=vectors,
    )
    assert len(claims) == 1 and claims[0].status == UPDATED


def test_published_may_be_keyed_by_statement_id() -> None:
    rows = [
        ("s1", TUE, "The earthquake killed 79 people, officials said."),
        ("s2", WED, "The death toll from the earthquake rose to 112."),
    ]
    statements = [Statement(f"{s}:1", s, t, 0, len(t)) for s, _, t in rows]
    sources = [Source(s, None, None, None, None, None, None, "") for s, _, _ in rows]
    facts = extract_all_facts(statements, sources)
    vectors = np.ones((2, 2), dtype=np.float32)
    (claim,) = judge_claims(
        [Cluster((0, 1))], statements, facts, vectors,
        published={"s1:1": TUE, "s2:1": WED},
    )
    assert claim.status == UPDATED


LEAD = (
    "A magnitude 6.8 earthquake shook central Italy before dawn on Tuesday, killing at least "
    "79 people and reducing parts of several hilltop towns to rubble, officials said."
)
RISEN = (
    "The number of people killed by the earthquake that struck central Italy on Tuesday has "
    "risen to 112, the civil protection department said on Wednesday."
)
TOLL = "death toll: at least 79 (14 Oct 2025) → 112 (15 Oct 2025)"


def _pair(cosine: float) -> np.ndarray:
    """Two unit vectors whose cosine similarity is ``cosine``."""
    gap = math.acos(cosine)
    return np.array([[1.0, 0.0], [math.cos(gap), math.sin(gap)]], dtype=np.float32)


@pytest.mark.parametrize(
    "later",
    [
        RISEN,
        "The number of people killed in Tuesday's quake rose to 112 on Wednesday.",
        "The number of dead now stands at 112, the civil protection department said.",
        "The number of people who died in the earthquake is now 112.",
        "The death toll from the earthquake in central Italy has climbed to 112.",
        "The toll has climbed to 112, officials said on Wednesday.",
        "Officials said on Wednesday that 112 people are now known to have died.",
    ],
)
def test_a_tally_that_rose_is_an_update_of_the_lead(later: str) -> None:
    (claim,) = _judge([("s1", TUE, LEAD), ("s2", WED, later)])
    assert claim.status == UPDATED and claim.conflicts == ()
    (update,) = claim.updates
    assert update.role == "kill" and update.summary == TOLL


def test_a_confirmed_toll_then_a_higher_one_is_an_update() -> None:
    (claim,) = _judge(
        [
            ("s1", TUE, "At least 79 people were confirmed dead by Tuesday afternoon."),
            ("s2", WED, "Rescue teams are working for a second day after Tuesday's earthquake, "
                        "which has now killed 112 people."),
        ]
    )
    assert claim.status == UPDATED and claim.conflicts == ()
    assert [u.summary for u in claim.updates] == [TOLL]


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        (LEAD, RISEN),
        ("At least 79 people were confirmed dead by Tuesday afternoon.",
         "Rescue teams are working for a second day after Tuesday's earthquake, which has now "
         "killed 112 people."),
    ],
)
def test_related_clusters_with_a_risen_tally_are_one_updated_claim(
    earlier: str, later: str
) -> None:
    rows = [("s1", TUE, earlier), ("s2", WED, later)]
    claims = _judge(rows, clusters=[(0,), (1,)], vectors=_pair(0.55))
    assert [c.statements for c in claims] == [("s1:1", "s2:2")]
    assert claims[0].status == UPDATED and [u.summary for u in claims[0].updates] == [TOLL]
    # the toll of the dead is one slot of the event: paired down to PERSON_SIMILARITY
    toll = _judge(rows, clusters=[(0,), (1,)], vectors=_pair(0.3))
    assert [c.statements for c in toll] == [("s1:1", "s2:2")]
    apart = _judge(rows, clusters=[(0,), (1,)], vectors=_pair(0.15))  # below it
    assert [c.statements for c in apart] == [("s1:1",), ("s2:2",)]
    assert all(c.updates == () for c in apart)
    homes = [("s1", TUE, "The quake destroyed 300 homes."),
             ("s2", WED, "The number of homes destroyed has risen to 500.")]
    other = _judge(homes, clusters=[(0,), (1,)], vectors=_pair(0.4))  # below related_similarity
    assert [c.statements for c in other] == [("s1:1",), ("s2:2",)]


def test_a_figure_already_given_on_the_first_day_is_no_change_but_a_disagreement() -> None:
    (claim,) = _judge(
        [
            ("s1", TUE, "Nine of the sick were hospitalized."),
            ("s2", WED, "Nine of the sick were hospitalized."),  # a reprint of s1, a day later
            ("s3", TUE, "Seven of the sick were hospitalized."),
        ]
    )
    assert claim.status == CONTRADICTED and claim.updates == ()
    assert [side.value for side in claim.conflicts[0].sides] == ["7 person", "9 person"]


def test_one_claims_weakly_roled_counts_of_one_noun_fill_one_slot() -> None:
    (claim,) = _judge(
        [
            ("s1", TUE, "About 6,000 containers are stuck at the terminals, including "
                        "refrigerated boxes of seafood."),
            ("s2", THU, "Meanwhile, more than 14,000 containers are now stranded on the docks."),
        ]
    )
    (update,) = claim.updates
    assert update.summary.endswith("about 6000 (14 Oct 2025) → at least 14000 (16 Oct 2025)")
    (subset,) = _judge(
        [
            ("s1", TUE, "About 2,300 investors lost their savings, investigators say."),
            ("s2", THU, "Among the victims are now around 180 Belgian investors, police say."),
        ]
    )
    assert subset.conflicts == () and subset.updates == ()  # a subset is not the same count


def test_weakly_roled_counts_of_one_day_in_one_claim_raise_no_conflict() -> None:
    (claim,) = _judge(
        [
            ("s1", TUE, "The school has sent home eight pupils who could not show proof "
                        "of vaccination."),
            ("s2", TUE, "The school where the first cases appeared has excluded 12 "
                        "unvaccinated pupils."),
        ]
    )
    # one group, but weakly roled counts of one claim make updates only, never conflicts
    assert claim.conflicts == () and claim.updates == ()
