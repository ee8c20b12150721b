"""Source independence: copies and shared quotations make one origin."""

from __future__ import annotations

from claims.model import Statement
from comparison.independence import origins, quotations


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
