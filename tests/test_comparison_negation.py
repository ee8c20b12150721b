"""Negation and denial: one source asserts what another negates or denies."""

from __future__ import annotations

import math
from datetime import date

import numpy as np
import pytest

from claims.model import Cluster, Statement
from comparison import extract_all_facts, judge_claims
from comparison.model import CONTRADICTED, CORROBORATED, Conflict, Side
from comparison.negation import NEGATION, denial_pairs, find_negations, lemma, stem
from corpus.model import Source

SIGNED = "The two leaders signed an agreement."
DENIED = "The Kremlin denied that any agreement had been signed."


def _statements(*rows: tuple[str, str]) -> list[Statement]:
    """Statements from (source id, text) rows, numbered within each source."""
    counts: dict[str, int] = {}
    found = []
    for source, text in rows:
        counts[source] = counts.get(source, 0) + 1
        found.append(Statement(f"{source}:{counts[source]}", source, text, 0, len(text)))
    return found


def _find(*rows: tuple[str, str]) -> tuple[Conflict, ...]:
    return find_negations(_statements(*rows))


def _pair(asserting: str, denying: str) -> tuple[Conflict, ...]:
    """Both orders give the same answer; return the conflicts of the first."""
    forward = _find(("s1", asserting), ("s2", denying))
    backward = _find(("s1", denying), ("s2", asserting))
    assert len(forward) == len(backward)
    return forward


def test_the_issue_example_is_a_negation_conflict() -> None:
    (conflict,) = _find(("s1", SIGNED), ("s2", DENIED))
    assert conflict == Conflict(
        NEGATION,
        "signed an agreement: asserted vs denied",
        (Side("asserted", ("s1:1",)), Side("denied", ("s2:1",))),
        "sign",
    )


@pytest.mark.parametrize(
    ("asserting", "denying", "role"),
    [
        (SIGNED, "The Kremlin denied any agreement.", "agreement"),
        ("The ship lost power before it ran aground.", "The owners denied losing power.", "lose"),
        (
            "Officials said the vessel had lost power shortly before the grounding.",
            "Halcyon denied that the vessel had lost power, saying its engines were working.",
            "lose",
        ),
        (SIGNED, "There was no agreement.", "agreement"),
        (SIGNED, "The two leaders did not sign an agreement.", "sign"),
        (SIGNED, "The two leaders never signed an agreement.", "sign"),
        (SIGNED, "The two leaders failed to sign an agreement.", "sign"),
        (SIGNED, "Peskov said the two leaders did not sign an agreement.", "sign"),
        (SIGNED, "The Kremlin rejected reports that the leaders had signed an agreement.", "sign"),
        (SIGNED, "Moscow said it was untrue that the two leaders signed an agreement.", "sign"),
        (SIGNED, "The Kremlin said reports that an agreement was signed were false.", "sign"),
        ("Two people were injured in the blast.", "No one was injured in the blast.", "injure"),
        ("Russia has nuclear weapons.", "Russia does not have nuclear weapons.", "nuclear"),
        ("A cyber attack caused the outage.",
         "The bank said there was no sign that the outage had been caused by a cyber attack.",
         "caus"),
    ],
)
def test_denials_and_negations(asserting: str, denying: str, role: str) -> None:
    (conflict,) = _pair(asserting, denying)
    assert conflict.kind == NEGATION and conflict.role == role
    assert [side.value for side in conflict.sides] == ["asserted", "denied"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a denial of another proposition
        (SIGNED, "The Kremlin denied that troops had crossed the border."),
        (SIGNED, "The Kremlin denied that the two leaders had discussed sanctions."),
        # both negated: the sources agree
        ("The two leaders did not sign an agreement.", DENIED),
        ("No agreement was signed.", "The two leaders never signed an agreement."),
        # negation that does not flip the shared proposition
        ("The two leaders not only signed an agreement but also agreed to meet again.", SIGNED),
        ("The two leaders signed an agreement that does not cover trade.", SIGNED),
        ("Officials, who did not give their names, said the leaders signed an agreement.", SIGNED),
        # hedges, non-confirmation, questions, conditions, plans are no denials
        ("It is not clear whether the two leaders signed an agreement.", SIGNED),
        ("The Kremlin did not confirm that an agreement was signed.", SIGNED),
        ("The Kremlin would neither confirm nor deny that an agreement was signed.", SIGNED),
        ("Did the two leaders sign an agreement?", "The two leaders did not sign an agreement."),
        ("If the two leaders sign an agreement, sanctions will follow.", DENIED),
        ("The two leaders hope to sign an agreement.", DENIED),
        ("Many speculated that the two leaders signed an agreement.", DENIED),
        # an elliptic contrast or a bare "no X" names no proposition we can match
        ("They will fund border security, but not the wall.", "The wall was funded."),
        ("Republicans have no faith in you.", "They kept faith with the voters."),
        # the content of a report, an idea or a promise is not asserted
        ("Despite Trump's promises that Mexico will pay for the wall, it did not.",
         "Mexico will never pay for the wall."),
        ("The idea that he served in Vietnam spread.", "He did not serve in Vietnam."),
        ("The report claiming Trump directed Cohen to lie.", "Trump never directed Cohen to lie."),
        # both deny; a list of participles stays under its negation
        ("Obama disputed that he betrayed Democrats.", "Obama rejected claims that he betrayed "
         "Democrats."),
        ("The principles aren't combined, written out yet.", "The principles aren't written."),
        # who says something is not what is said
        ("The deal was brokered by Prabhakaran, diplomats said.", "Prabhakaran is not a diplomat."),
        # "was denied entry" is not a denial; another subject is another proposition
        ("Kim was denied entry.", "Kim entered the building."),
        ("Russia did not sign the agreement.", "China signed the agreement."),
        # no evidence of one cause says nothing of another
        ("There was no evidence that the outage had been caused by a cyber attack.",
         "The outage was caused by a faulty software update."),
        # a negated number is a figure for comparison.numbers, not a negation
        ("There are 20 official languages.", "There are not 20 official languages."),
    ],
)
def test_no_conflict(first: str, second: str) -> None:
    assert _pair(first, second) == ()


def test_attribution_neither_asserts_nor_negates() -> None:
    rows = [
        ("s1", "According to Tass, the two leaders signed an agreement."),
        ("s2", "The two leaders signed an agreement, the Kremlin said."),
    ]
    assert _find(*rows) == ()
    (conflict,) = _find(*rows, ("s3", DENIED))
    assert conflict.sides == (Side("asserted", ("s1:1", "s2:1")), Side("denied", ("s3:1",)))


def test_one_source_never_contradicts_itself() -> None:
    assert _find(("s1", SIGNED), ("s1", DENIED)) == ()


def test_sides_gather_sources_in_corpus_order() -> None:
    rows = [
        ("s10", DENIED),
        ("s2", SIGNED),
        ("s1", "Putin and Kim signed an agreement on Wednesday."),
        ("s3", "Moscow denied that an agreement was signed."),
        ("s4", "The summit took place in the Far East."),
    ]
    (conflict,) = _find(*rows)
    assert conflict.sides == (
        Side("asserted", ("s1:1", "s2:1")),
        Side("denied", ("s3:1", "s10:1")),
    )
    assert conflict.summary == "signed an agreement: asserted vs denied"
    assert _find(*rows) == _find(*rows)  # deterministic


def test_word_forms_share_a_stem() -> None:
    assert {stem(w) for w in ("signed", "sign", "signing", "signs")} == {"sign"}
    assert stem("agreement") == stem("agreed") == stem("agree")
    assert stem("denial") == stem("denied") == stem("deny")
    assert stem("lost") == stem("losing") == stem("loss")
    assert stem("sign") != stem("signal")
    assert [lemma(w) for w in ("signed", "denied", "lost", "stopped", "closed")] == [
        "sign",
        "deny",
        "lose",
        "stop",
        "close",
    ]


def _judge(rows: list[tuple[str, str]]) -> tuple[Conflict, ...] | str:
    statements = _statements(*rows)
    published = date(2023, 9, 14)
    sources = [
        Source(s, None, None, None, None, published, "input", "")
        for s in sorted({s.source_id for s in statements})
    ]
    facts = extract_all_facts(statements, sources)
    vectors = np.ones((len(statements), 2), dtype=np.float32) / np.sqrt(2)  # all alike
    cluster = Cluster(tuple(range(len(statements))))
    (claim,) = judge_claims([cluster], statements, facts, vectors)
    return claim.conflicts if claim.status == CONTRADICTED else claim.status


def test_a_claim_with_an_assertion_and_a_denial_is_contradicted() -> None:
    rows = [("s1", SIGNED), ("s2", "Putin and Kim signed an agreement.")]
    assert _judge(rows) == CORROBORATED
    found = _judge([*rows, ("s3", DENIED)])
    assert isinstance(found, tuple)
    (conflict,) = [c for c in found if c.kind == NEGATION]
    assert conflict.sides == (Side("asserted", ("s1:1", "s2:1")), Side("denied", ("s3:1",)))


def test_a_second_negated_predicate_of_the_denier_does_not_undo_the_denial() -> None:
    denied_twice = ("s1", "Petek has denied wrongdoing and has not been charged.")
    assert find_negations(_statements(denied_twice, ("s2", "Petek has denied wrongdoing."))) == ()
    (conflict,) = find_negations(
        _statements(denied_twice, ("s2", "Petek committed wrongdoing, prosecutors said."))
    )
    assert {side.value: side.statements for side in conflict.sides} == {
        "asserted": ("s2:1",), "denied": ("s1:1",)
    }


def test_a_trial_is_no_attempt_and_used_is_a_past_form() -> None:
    admitted = ("s1", "During the trial, Mercadier admitted that money from new investors had "
                      "been used to pay returns to earlier ones.")
    denied = ("s2", "Mercadier denied that money from new investors had been used to pay "
                    "returns to earlier ones.")
    (conflict,) = find_negations(_statements(admitted, denied))
    assert conflict.summary == "used to pay returns: asserted vs denied"


def test_a_participle_after_the_denial_is_the_deniers_and_tied_is_a_past_form() -> None:
    said = ("s1", "A police spokesperson said a security guard had been tied up during the raid.")
    denied = ("s2", "The museum denied that a guard had been tied up, saying its night staff "
                    "were never approached by the thieves.")
    (conflict,) = find_negations(_statements(said, denied))
    assert conflict.summary == "tied up: asserted vs denied"



def test_an_existential_names_its_noun_as_the_head() -> None:
    said = ("s1", "A second, smaller explosion shook the site forty minutes later.")
    denied = ("s2", "Fire officers denied that there had been a second explosion, saying the "
                    "bang was a drum bursting in the heat.")
    (conflict,) = find_negations(_statements(said, denied))
    assert conflict.role == "explosion"
    first = ("s1", "The explosion destroyed a storage tank.")
    assert find_negations(_statements(first, denied)) == ()  # not the *second* explosion


def _loose(cosine: float) -> np.ndarray:
    return np.array([[1.0, 0.0], [cosine, math.sqrt(1 - cosine**2)]], dtype=np.float32)


def test_an_explicit_denial_in_another_claim_is_gathered_with_what_it_denies() -> None:
    said = ("s1", "A police spokesperson said a security guard had been tied up during the raid.")
    denied = ("s2", "The museum denied that a guard had been tied up, saying its night staff "
                    "were never approached by the thieves.")
    statements = _statements(said, denied)
    facts = extract_all_facts(statements, [])
    (claim,) = judge_claims([Cluster((0,)), Cluster((1,))], statements, facts, _loose(0.42))
    assert claim.status == CONTRADICTED and claim.conflicts[0].kind == NEGATION
    assert len(judge_claims([Cluster((0,)), Cluster((1,))], statements, facts, _loose(0.3))) == 2


@pytest.mark.parametrize("denied", [
    "I did not come here to govern, he said.",  # a bare "not": only within one claim
    "Lawyers for the guard denied the Reuters report.",  # a report, not a proposition
])
def test_only_explicit_denials_of_propositions_are_gathered_across_claims(denied: str) -> None:
    said = ("s1", "I came here to govern, and the Reuters account of the raid was detailed.")
    statements = _statements(said, ("s2", denied))
    facts = extract_all_facts(statements, [])
    claims = judge_claims([Cluster((0,)), Cluster((1,))], statements, facts, _loose(0.6))
    assert len(claims) == 2


def test_a_statement_that_reports_the_denial_is_no_assertion() -> None:
    said = ("s1", "Somewhat misleadingly, the committee members stated in their letter that "
                  "the inquiry\u2019s findings \u201cconclusively refute\u201d Hale\u2019s "
                  "\u201cpast and present assertions\u201d about the deal.")
    denied = ("s2", "\u201cThe findings of the inquiry conclusively refute your past and present "
                    "assertions and have exposed you,\u201d the letter said.")
    assert denial_pairs(_statements(said, denied)) == []
