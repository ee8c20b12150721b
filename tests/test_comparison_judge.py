"""Judging claims: conflicts, merging of related clusters, origins, status, order."""

from __future__ import annotations

import math
from datetime import date

import numpy as np
import pytest

from claims.model import Cluster, Statement
from comparison import ClusterError, EmbeddingShapeError, extract_all_facts, judge_claims
from comparison.judge import status_of
from comparison.model import CONTRADICTED, CORROBORATED, SINGLE_SOURCE, Claim, Conflict, Side
from corpus.model import Source

TUE, THU = date(2023, 9, 12), date(2023, 9, 14)


def _corpus(*rows: tuple[str, str]) -> tuple[list[Statement], list[Source]]:
    """Statements from (source id, text) rows; s1 is published on a Tuesday, others Thursday."""
    counts: dict[str, int] = {}
    statements = []
    for source, text in rows:
        counts[source] = counts.get(source, 0) + 1
        statements.append(Statement(f"{source}:{counts[source]}", source, text, 0, len(text)))
    sources = [
        Source(s, None, None, None, None, TUE if s == "s1" else THU, "input", "")
        for s in sorted(counts)
    ]
    return statements, sources


def _angles(*degrees: float) -> np.ndarray:
    """Unit vectors in the plane: the cosine of two rows is the cosine of their angle gap."""
    radians = [math.radians(d) for d in degrees]
    return np.array([[math.cos(r), math.sin(r)] for r in radians], dtype=np.float32)


def _judge(
    rows: list[tuple[str, str]],
    clusters: list[tuple[int, ...]],
    vectors: np.ndarray | None = None,
    **options: float,
) -> tuple[Claim, ...]:
    statements, sources = _corpus(*rows)
    facts = extract_all_facts(statements, sources)
    if vectors is None:
        vectors = _angles(*(0.0 for _ in statements))
    return judge_claims([Cluster(c) for c in clusters], statements, facts, vectors, **options)


MEET_TUE = ("s1", "Kim will meet Putin this Tuesday in Russia.")
MEET_WED = ("s2", "Following the Wednesday summit between Putin and Kim in Russia.")
ARRIVE_TUE = ("s3", "Kim arrived on Tuesday (September 12) to meet Putin.")


def test_status_rules() -> None:
    conflict = Conflict("date", "x", (Side("a", ("s1:1",)),))
    assert status_of((conflict,), 3) == CONTRADICTED
    assert status_of((), 2) == CORROBORATED
    assert status_of((), 1) == SINGLE_SOURCE


def test_conflicting_dates_of_one_event() -> None:
    (claim,) = _judge([MEET_TUE, MEET_WED], [(0, 1)])
    assert claim.status == CONTRADICTED
    (conflict,) = claim.conflicts
    assert conflict.kind == "date" and conflict.role == "meet"
    assert conflict.summary == "meet date: Tue 12 Sep 2023 (planned) vs Wed 13 Sep 2023"
    assert conflict.sides == (Side("2023-09-12", ("s1:1",)), Side("2023-09-13", ("s2:1",)))


def test_dates_of_different_events_do_not_conflict() -> None:
    (claim,) = _judge([MEET_WED, ARRIVE_TUE], [(0, 1)])
    assert claim.conflicts == ()
    assert claim.status == CORROBORATED and claim.independent_sources == 2


def test_sides_gather_agreeing_values_and_skip_neutral_ones() -> None:
    rows = [
        MEET_TUE,
        MEET_WED,
        ("s3", "Kim and Putin met on Wednesday, September 13 in Russia."),
        ("s4", "Putin and Kim met in 2023 in Russia."),  # agrees with every side
    ]
    (claim,) = _judge(rows, [(0, 1, 2, 3)])
    (conflict,) = claim.conflicts
    assert conflict.sides == (
        Side("2023-09-12", ("s1:1",)),
        Side("2023-09-13", ("s2:1", "s3:1")),
    )


def test_dates_of_what_was_said_are_not_compared() -> None:
    rows = [
        ("s1", "The Kremlin announced on Monday that Kim was coming."),
        ("s2", "The Kremlin confirmed on Thursday that Kim was coming."),
    ]
    (claim,) = _judge(rows, [(0, 1)])
    assert claim.conflicts == ()


def test_a_past_meeting_does_not_contradict_this_one() -> None:
    rows = [MEET_WED, ("s3", "Kim and Putin met in Vladivostok in April 2019.")]
    (claim,) = _judge(rows, [(0, 1)])
    assert claim.conflicts == ()


def test_one_source_never_contradicts_itself() -> None:
    rows = [MEET_TUE, ("s1", "Their summit is on Wednesday, officials said.")]
    (claim,) = _judge(rows, [(0, 1)])
    assert claim.status == SINGLE_SOURCE and claim.conflicts == ()


def test_a_weekday_without_publication_date_still_conflicts() -> None:
    statements = [
        Statement("s1:1", "s1", "Kim will meet Putin this Tuesday.", 0, 33),
        Statement("s2:1", "s2", "The summit took place on Wednesday.", 0, 35),
    ]
    sources = [
        Source("s1", None, None, None, None, TUE, "text", ""),
        Source("s2", None, None, None, None, None, None, ""),
    ]
    facts = extract_all_facts(statements, sources)
    (claim,) = judge_claims([Cluster((0, 1))], statements, facts, _angles(0, 0))
    assert claim.conflicts[0].summary == "meet date: Tue 12 Sep 2023 (planned) vs Wednesday"


def test_departures_from_different_places_are_two_legs() -> None:
    rows = [
        ("s1", "The train left Pyongyang this Sunday."),
        ("s2", "He boarded his train on Sunday (September 17) in Artyom to return home."),
        ("s3", "Kim left Pyongyang on Saturday, September 9."),
    ]
    (claim,) = _judge(rows, [(0, 1, 2)])
    (conflict,) = claim.conflicts  # Pyongyang: Sun 10 vs Sat 9; Artyom is another leg
    assert conflict.summary == "depart date: Sat 9 Sep 2023 vs Sun 10 Sep 2023"
    assert conflict.sides == (Side("2023-09-09", ("s3:1",)), Side("2023-09-10", ("s1:1",)))
    (claim,) = _judge(rows[:2], [(0, 1)])
    assert claim.conflicts == ()


def test_near_miss_places_conflict_and_variants_do_not() -> None:
    kazan = ("s1", "Security was increased at the station in the border city Kazan.")
    khasan = ("s2", "Security was increased at the station in the border city Khasan.")
    (claim,) = _judge([kazan, khasan], [(0, 1)])
    assert [c.summary for c in claim.conflicts] == ["border crossing: Kazan vs Khasan"]
    artyom = ("s1", "Kim met the governor in Artyom.")
    artem = ("s2", "Kim met the governor in Artem.")
    (claim,) = _judge([artyom, artem], [(0, 1)])
    assert claim.conflicts == ()


def test_people_conflict_only_under_the_same_title() -> None:
    rows = [
        ("s1", "It was denied by Kremlin spokesman Dmitri Peskov."),
        ("s2", "It was denied by Kremlin spokesman Dmitry Peskov."),
        ("s3", "It was denied by Kremlin spokesman Sergei Lavrov."),
    ]
    (claim,) = _judge(rows[:2], [(0, 1)])
    assert claim.conflicts == ()
    (claim,) = _judge(rows, [(0, 1, 2)])
    (conflict,) = claim.conflicts
    assert conflict.kind == "person"
    assert conflict.sides == (
        Side("Dmitry Peskov", ("s1:1", "s2:1")),
        Side("Sergei Lavrov", ("s3:1",)),
    )


def test_conflicting_statements_leave_their_clusters_for_one_focused_claim() -> None:
    other = ("s3", "Security was tight along the route of the armoured train.")
    paraphrase = ("s4", "Kim and Putin met on Wednesday at the cosmodrome.")
    gap = math.degrees(math.acos(0.6))
    rows = [MEET_TUE, MEET_WED, other, paraphrase]
    claims = _judge(rows, [(0, 2), (1, 3)], _angles(0, gap, 5, gap + 5))
    assert [c.statements for c in claims] == [("s1:1", "s2:1", "s4:1"), ("s3:1",)]
    assert [c.status for c in claims] == [CONTRADICTED, SINGLE_SOURCE]


def test_related_clusters_that_conflict_are_merged() -> None:
    gap = math.degrees(math.acos(0.6))  # cosine 0.6 between the two statements
    claims = _judge([MEET_TUE, MEET_WED], [(0,), (1,)], _angles(0, gap))
    assert [c.statements for c in claims] == [("s1:1", "s2:1")]
    assert claims[0].status == CONTRADICTED


def test_unrelated_clusters_are_not_merged() -> None:
    gap = math.degrees(math.acos(0.3))
    claims = _judge([MEET_TUE, MEET_WED], [(0,), (1,)], _angles(0, gap))
    assert [c.statements for c in claims] == [("s1:1",), ("s2:1",)]
    merged = _judge([MEET_TUE, MEET_WED], [(0,), (1,)], _angles(0, gap), related_similarity=0.2)
    assert len(merged) == 1


def test_related_clusters_that_agree_are_not_merged() -> None:
    claims = _judge([MEET_WED, ARRIVE_TUE], [(0,), (1,)], _angles(0, 10))
    assert len(claims) == 2


def test_copies_are_one_origin() -> None:
    text = "Pyongyang launched two ballistic missiles on Wednesday, the military said."
    (claim,) = _judge([("s1", text), ("s2", text)], [(0, 1)])
    assert claim.origins == (("s1", "s2"),)
    assert claim.status == SINGLE_SOURCE


def test_claims_are_numbered_in_corpus_order_with_medoid_text() -> None:
    rows = [
        ("s1", "Alpha statement about one thing."),
        ("s2", "Beta statement about it."),
        ("s10", "Gamma statement about another."),
        ("s2", "Delta statement here."),
    ]
    vectors = _angles(0, 50, 20, 80)
    claims = _judge(rows, [(3, 1), (2, 0)], vectors)
    assert [c.id for c in claims] == ["c1", "c2"]
    assert claims[0].statements == ("s1:1", "s10:1")
    assert claims[0].sources == ("s1", "s10")
    assert claims[1].statements == ("s2:1", "s2:2")
    assert claims[0].text == "Alpha statement about one thing."  # a tie: the earliest


def test_medoid_is_the_most_central_statement() -> None:
    rows = [("s1", "Edge one."), ("s2", "The centre."), ("s3", "Edge two.")]
    (claim,) = _judge(rows, [(0, 1, 2)], _angles(0, 30, 60))
    assert claim.text == "The centre."


def test_statements_in_no_cluster_become_claims() -> None:
    claims = _judge([MEET_TUE, MEET_WED, ARRIVE_TUE], [(1,)], _angles(0, 90, 180))
    assert sorted(s for c in claims for s in c.statements) == ["s1:1", "s2:1", "s3:1"]


def test_bad_clusters_and_embeddings_are_named_errors() -> None:
    with pytest.raises(ClusterError):
        _judge([MEET_TUE, MEET_WED], [(0, 1), (1,)])
    with pytest.raises(ClusterError):
        _judge([MEET_TUE, MEET_WED], [(0, 2)])
    with pytest.raises(EmbeddingShapeError):
        _judge([MEET_TUE, MEET_WED], [(0, 1)], _angles(0))


def test_no_statements_no_claims() -> None:
    assert judge_claims([], [], {}, np.zeros((0, 384), dtype=np.float32)) == ()


def test_one_claim_compares_its_paraphrases_single_times_of_day() -> None:
    rows = [("s1", "A levee north of the village broke at 2:15 a.m., flooding the square."),
            ("s2", "A levee near the village had broken at 4:50 a.m., flooding the square."),
            ("s3", "A levee by the village broke at about 2:20 a.m., flooding the square.")]
    (claim,) = _judge(rows, [(0, 1, 2)])
    assert [c.kind for c in claim.conflicts] == ["time"]
    assert {side.statements for side in claim.conflicts[0].sides} == {("s1:1", "s3:1"), ("s2:1",)}
    # in two claims (not paraphrases of one), role-less times are not compared
    assert all(c.conflicts == () for c in _judge(rows[:2], [(0,), (1,)], _angles(0, 80)))
    # two times in one statement name no single slot, but the anchor of each does
    # (anchors.py): the levee broke at 2:15 or at 4:50; the pumps' 6 a.m. is no side
    two = [rows[0], ("s2", "The levee broke at 4:50 a.m. and the pumps failed at 6 a.m.")]
    (conflict,) = _judge(two, [(0, 1)])[0].conflicts
    assert conflict.summary == "broke time: 02:15 vs 04:50"


def test_the_holder_of_one_office_is_compared_across_loosely_related_statements() -> None:
    rows = [("s1", "Kessler chief executive Katrin Albers said the deal gives it scale."),
            ("s2", "Kessler chief executive Katrin Vollmer told analysts about a listing.")]
    loose = _angles(0, math.degrees(math.acos(0.4)))  # below RELATED_SIMILARITY, above 0.2
    (claim,) = [c for c in _judge(rows, [(0,), (1,)], loose) if c.conflicts]
    assert claim.conflicts[0].summary == "kessler chief executive: Katrin Albers vs Katrin Vollmer"
    far = _angles(0, math.degrees(math.acos(0.1)))
    assert all(c.conflicts == () for c in _judge(rows, [(0,), (1,)], far))


def test_touching_down_is_arriving_and_a_departure_time_is_another_slot() -> None:
    rows = [("s1", "It landed safely at 11:42 local time, and fire crews met it."),
            ("s2", "The jet touched down at 12:15 and came to a stop on the runway.")]
    (claim,) = _judge(rows, [(0, 1)])
    assert [c.summary for c in claim.conflicts] == ["arrive time: 11:42 vs 12:15"]
    two_events = [("s1", "The plane left Rome at 9:15 with 174 passengers."),
                  ("s2", "The jet touched down at 12:15 on the main runway.")]
    assert _judge(two_events, [(0, 1)])[0].conflicts == ()


def test_statements_of_two_events_are_never_gathered_into_one_conflict() -> None:
    rows = [MEET_TUE, MEET_WED]
    claims = _judge(rows, [(0,), (1,)], _angles(0, 10))
    assert [c.status for c in claims] == ["contradicted"]
    statements, sources = _corpus(*rows)
    facts = extract_all_facts(statements, sources)
    apart = judge_claims([Cluster((0,)), Cluster((1,))], statements, facts, _angles(0, 10),
                         events=[0, 1])
    assert all(c.conflicts == () for c in apart)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a figure of a saying verb names no slot: past leaks against this one
        ("Redbud has reported four leaks since 2019, it said, none larger than 50 barrels.",
         "Redbud said about 3,400 barrels of crude leaked from its pipeline, it said."),
        # a named subset is no count of the whole
        ("Investigators say about 2,300 investors lost a total of 61 million euros.",
         "Among the victims are around 180 Belgian investors."),
        # nor is a part of a counted set
        ("According to the statement, 281 of the 3,050 passengers reported vomiting.",
         "Some 281 passengers on the ship reported vomiting."),
    ],
)
def test_figures_of_no_common_slot_do_not_conflict(first: str, second: str) -> None:
    (claim,) = _judge([("s1", first), ("s2", second)], [(0, 1)])
    assert claim.conflicts == ()


def test_a_paraphrases_single_time_is_compared_with_a_roled_one() -> None:
    rows = [("s1", "Police said the coach came off the road on a bend shortly after 10.20am."),
            ("s2", "The crash happened at about 11.15am on a sweeping bend.")]
    (claim,) = _judge(rows, [(0, 1)])
    assert [c.summary for c in claim.conflicts] == ["time: 10:20 vs 11:15"]


def test_a_paraphrases_single_role_less_quantity_or_amount_is_one_slot() -> None:
    lengths = [("s1", "It slid down an embankment of around six metres among trees."),
               ("s2", "It plunged about 15 metres down a steep bank before the trees.")]
    (claim,) = _judge(lengths, [(0, 1)])
    assert [c.kind for c in claim.conflicts] == ["quantity"]
    # an amount under a verb of saying is role-less too
    costs = [("s1", "The estimate for clearing and repairing the road is $38 million, it said."),
             ("s2", "The early estimate puts the cost of repairing the road at $61 million, "
                    "officials said.")]
    assert [c.kind for c in _judge(costs, [(0, 1)])[0].conflicts] == ["money"]
    # a quantity whose dimension names its slot is another slot: height is no width
    dimensions = [("s1", "The slide broke loose at an altitude of about 2,900 metres."),
                  ("s2", "The slide was about 300 metres wide where it broke off.")]
    assert _judge(dimensions, [(0, 1)])[0].conflicts == ()


def test_a_paraphrases_single_town_spelled_like_anothers_is_one_slot() -> None:
    rows = [("s1", "A lava flow was advancing towards Nicolosi, officials said."),
            ("s2", "Lava was creeping towards the town of Nicosia, and police closed a road.")]
    (claim,) = _judge(rows, [(0, 1)])
    assert [c.summary for c in claim.conflicts] == ["place: Nicolosi vs Nicosia"]
    # towns not spelled alike may be two places of the story; a firm's seat is a slot
    unlike = [("s1", "A lava flow was advancing towards Nicolosi, officials said."),
              ("s2", "Lava was creeping towards the town of Bronte, and police closed a road.")]
    assert _judge(unlike, [(0, 1)])[0].conflicts == ()
    seat = [("s1", "Cards failed after a computer fault at the Dumfries-based lender."),
            ("s2", "The failure started at the bank's data centre in Dunfermline.")]
    assert _judge(seat, [(0, 1)])[0].conflicts == ()


def test_figures_dated_on_two_days_are_two_measurements() -> None:
    rows = [("s1", "National electricity demand reached 9.2 gigawatts on Tuesday afternoon."),
            ("s2", "Electricity demand hit a high on Wednesday afternoon, reaching 9.6 gigawatts.")]
    (claim,) = _judge(rows, [(0, 1)])
    assert claim.conflicts == ()  # two days' peaks, not one figure told two ways
    same_day = [("s1", "National electricity demand reached 9.2 gigawatts on Tuesday."),
                ("s2", "Electricity demand hit a high on Tuesday, reaching 9.6 gigawatts.")]
    assert [c.kind for c in _judge(same_day, [(0, 1)])[0].conflicts] == ["quantity"]


def test_a_state_dates_no_event_in_any_group() -> None:
    rows = [("s1", "Fifty-five pilot whales stranded on the beach at Sango Bay on Sunday."),
            ("s2", "Nine whales were still on the beach on Monday morning, under wet sheets.")]
    (claim,) = _judge(rows, [(0, 1)])
    assert claim.conflicts == ()  # "on the beach" governs both dates, but Monday's is a state


def test_a_count_before_an_auxiliary_is_the_subject_of_the_verb_after_it() -> None:
    rows = [("s1", "A woman was killed and 19 people were taken to hospital."),
            ("s2", "Two people were killed in the crash.")]
    (claim,) = _judge(rows, [(0, 1)])
    assert claim.conflicts == ()  # 19 were taken to hospital, not killed


def test_another_date_and_another_place_of_one_slot_are_another_event() -> None:
    rows = [("s1", "Varro cancelled a sold-out stadium concert in Lisbon on Saturday."),
            ("s2", "Varro's stadium concert in Madrid on Tuesday is still scheduled.")]
    (claim,) = _judge(rows, [(0, 1)])
    assert claim.conflicts == ()  # two concerts
    one = [("s1", "Varro cancelled a sold-out stadium concert in Lisbon on Saturday."),
           ("s2", "Varro cancelled a sold-out stadium concert in Lisbon on Friday.")]
    assert [c.kind for c in _judge(one, [(0, 1)])[0].conflicts] == ["date"]


def test_an_incidents_time_of_day_is_one_slot_of_its_event() -> None:
    rows = [("s1", "The blast happened at 6:42 a.m., as many residents got ready for work."),
            ("s2", "The explosion shook the Sant Andreu neighbourhood at 7:20 a.m. on Thursday.")]
    statements = [Statement(f"{s}:1", s, t, 0, len(t)) for s, t in rows]
    vectors = np.array([[1.0, 0.0], [0.3, math.sqrt(1 - 0.09)]], dtype=np.float32)
    claims = judge_claims([Cluster((0,)), Cluster((1,))], statements,
                          extract_all_facts(statements, []), vectors)
    assert [c.summary for claim in claims for c in claim.conflicts] == [
        "explosion time: 06:42 vs 07:20"
    ]


def test_a_measure_is_single_only_when_its_statement_gives_no_other() -> None:
    rows = [("s1", "Water taxis charged up to €90 a head, against about €16 on the ferry."),
            ("s2", "Passengers report paying as much as 90 euros per person for water taxis.")]
    (claim,) = _judge(rows, [(0, 1)])
    assert claim.conflicts == ()  # s1 gives two amounts: its €16 is not the one slot


def test_market_prices_move_and_are_never_compared() -> None:
    rows = [("s1", "Wabash Heritage shares jumped 19% to $36.08 in morning trading."),
            ("s2", "Wabash Heritage shares closed at $36.74, still below the offer.")]
    (claim,) = _judge(rows, [(0, 1)])
    assert claim.conflicts == ()
    offers = [("s1", "Wabash Heritage shareholders will receive $38.50 a share."),
              ("s2", "Wabash Heritage shareholders will receive $36.50 a share.")]
    assert [c.kind for c in _judge(offers, [(0, 1)])[0].conflicts] == ["money"]
