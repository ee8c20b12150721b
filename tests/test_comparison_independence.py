"""Source independence: copies and shared quotations make one origin."""

from __future__ import annotations

import numpy as np

from claims.model import Statement
from comparison.independence import copied_sources, is_copy, origins, quotations


def _st(source: str, n: int, text: str) -> Statement:
    return Statement(f"{source}:{n}", source, text, 0, len(text))


ORIGINAL = "Pyongyang launched two ballistic missiles on Wednesday, the South Korean military said."
QUOTE = (
    'Peskov said: "We talked about the fact that a North Korean cosmonaut can be trained '
    'and sent into space."'
)


def test_near_verbatim_copies_are_one_origin() -> None:
    copy = "Pyongyang launched two ballistic missiles on Wednesday, South Korea's military said."
    found = origins([_st("s1", 1, ORIGINAL), _st("s2", 4, copy)])
    assert found == (("s1", "s2"),)


def test_paraphrases_are_independent() -> None:
    other = "South Korea's army said the North fired a pair of missiles during the summit."
    found = origins([_st("s1", 1, ORIGINAL), _st("s2", 4, other)])
    assert found == (("s1",), ("s2",))


def test_copy_ratio_is_the_threshold() -> None:
    copy = "Pyongyang launched two ballistic missiles on Wednesday, South Korea's military said."
    pair = [_st("s1", 1, ORIGINAL), _st("s2", 4, copy)]
    assert len(origins(pair, copy_ratio=99.5)) == 2


def test_a_shared_quotation_of_eight_words_is_one_origin() -> None:
    other = (
        'According to TASS, "we talked about the fact that a North Korean cosmonaut can be '
        'trained", the Kremlin said on Thursday, adding nothing about weapons.'
    )
    assert quotations(QUOTE) == (
        "we talked about the fact that a north korean cosmonaut can be trained and sent into space",
    )
    assert origins([_st("s1", 1, QUOTE), _st("s2", 1, other)]) == (("s1", "s2"),)


def test_a_short_shared_quotation_is_not_enough() -> None:
    one = 'Putin welcomed the "strengthening of cooperation" between the countries.'
    two = 'The Kremlin praised the "strengthening of cooperation" with Pyongyang on Thursday.'
    assert origins([_st("s1", 1, one), _st("s2", 1, two)]) == (("s1",), ("s2",))


def test_components_are_transitive_and_sorted() -> None:
    copy = "Pyongyang launched two ballistic missiles on Wednesday, South Korea's military said."
    copy2 = "Pyongyang launched two ballistic missiles on Wednesday, South Korea's military says."
    other = "Japan protested against the launch."
    found = origins(
        [_st("s10", 1, ORIGINAL), _st("s3", 1, other), _st("s2", 1, copy2), _st("s9", 2, copy)]
    )
    assert found == (("s2", "s9", "s10"), ("s3",))


def test_statements_of_one_source_make_one_origin() -> None:
    assert origins([_st("s1", 1, ORIGINAL), _st("s1", 2, "Another sentence.")]) == (("s1",),)


def test_a_cut_copy_is_the_same_origin() -> None:
    long = "global shipments fell 8 in the second quarter according to orbis insight as buyers wait"
    cut = "global shipments fell 8 in the second quarter according to orbis insight"
    assert is_copy(long, cut, 90.0)
    assert not is_copy("shipments fell", "shipments fell sharply in the quarter", 90.0)


def test_sources_sharing_wire_copy_are_one_origin_in_every_claim() -> None:
    def st(sid: str, text: str) -> Statement:
        source, n = sid.split(":")
        return _st(source, int(n), text)

    wire = ["The ship ran aground near the port on Saturday night after losing steering.",
            "Twenty-one crew members were taken off by helicopter before dawn on Sunday."]
    copy = [w.replace("Saturday night", "late Saturday") for w in wire]
    rows = [st("s1:1", wire[0]), st("s1:2", wire[1]), st("s2:1", copy[0]), st("s2:2", copy[1])]
    vectors = np.eye(4, dtype=np.float32)[[0, 1, 0, 1]]  # each copy embeds like its original
    linked = copied_sources(rows, vectors, 90.0)
    assert linked == (("s1", "s2"),)
    edited = [st("s1:3", "Salvage teams said the hull was intact."),
              st("s2:3", "A salvage crew reported no damage to the hull, the agency said.")]
    assert origins(edited, 90.0) == (("s1",), ("s2",))
    assert origins(edited, 90.0, linked) == (("s1", "s2"),)


def test_two_quoted_wire_sentences_do_not_make_independent_articles_one_origin() -> None:
    wire = ["The ship ran aground near the port on Saturday night after losing steering.",
            "Twenty-one crew members were taken off by helicopter before dawn on Sunday."]
    own = [f"Local reporting paragraph number {n} about a different aspect." for n in range(7)]
    rows = [_st("s1", n, t) for n, t in enumerate(wire + own[:4], 1)]  # 2 of 6 are wire
    rows += [_st("s2", n, t) for n, t in enumerate(wire + own[4:], 1)]  # 2 of 5 are wire
    vectors = np.eye(len(rows), dtype=np.float32)
    vectors[6:8] = vectors[0:2]  # s2's wire sentences embed like s1's
    assert copied_sources(rows, vectors, 90.0) == ()
