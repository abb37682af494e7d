"""Scoring follows the form: what skip logic hid is not applicable, never a failure or a gap."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sp_collect.analysis.applicability import FormRelevance
from sp_collect.analysis.readiness import InstitutionScore, NotApplicable, score_institution
from sp_collect.analysis.scoring_config import ScoringConfig, load_scoring_config
from sp_collect.engine import CompiledForm, FormSession, load_form
from sp_collect.engine.synthetic import synthesize

ROOT = Path(__file__).resolve().parents[2]
FORM_A: CompiledForm = load_form(ROOT / "forms" / "caricom-institutional-survey.json")
CONFIG: ScoringConfig = load_scoring_config(ROOT / "forms" / "scoring" / "caricom-readiness.json")
RELEVANCE = FormRelevance(FORM_A, CONFIG.item_order())
COMPLETE: dict[str, Any] = json.loads(
    (ROOT / "tests" / "fixtures" / "institutional_complete.json").read_text(encoding="utf-8")
)


def finalized(answers: dict[str, Any]) -> dict[str, Any]:
    """The answers as a finished response stores them: only what the form showed."""
    session = FormSession(FORM_A)
    session.load_answers({k: v for k, v in answers.items() if k in FORM_A.items})
    return session.finalized_answers()


def associate_member() -> dict[str, Any]:
    """The complete response of a strong institution, but of a non-member of the Agreement:
    s2_02 (domestic effect, a Legal gate) and s4_16/s4_17 (payments abroad) are not asked."""
    strong = {**COMPLETE, "s2_02": "full", "s4_16": "intl_credit", "s4_17": "beneficiary"}
    return finalized({**strong, "s2_01": "not_member"})


def test_a_member_that_was_never_asked_does_not_fail_the_gate() -> None:
    answers = associate_member()
    assert "s2_02" not in answers and "s4_16" not in answers and "s4_17" not in answers
    without_form = score_institution(answers, CONFIG)  # the old reading: "unanswered"
    assert "s2_02" in {f.item for f in without_form.failed_gates}

    score = score_institution(answers, CONFIG, relevance=RELEVANCE)
    assert "s2_02" not in {f.item for f in score.failed_gates}
    assert "s2_02" not in {g.item for g in score.gap_items}
    assert score.items["s2_02"].status == "hidden"
    hidden = {na.item: na for na in score.not_applicable if na.reason == "hidden"}
    assert {"s2_02", "s4_16", "s4_17"} <= set(hidden)
    assert hidden["s2_02"] == NotApplicable("s2_02", "L", "L1", True, "hidden")
    # Completeness counts only what was asked: the Administrative items hidden do not lower it
    a_dim = score.dimensions["A"]
    assert a_dim.completeness == without_form.dimensions["A"].answered / a_dim.applicable
    assert a_dim.completeness > without_form.dimensions["A"].completeness  # type: ignore[operator]


def test_the_same_answers_with_the_question_asked_still_fail_when_unanswered() -> None:
    member = {**finalized({**COMPLETE, "s2_01": "ratified"})}
    member.pop("s2_02", None)  # asked (ratified) but left unanswered: a real gap
    score = score_institution(member, CONFIG, relevance=RELEVANCE)
    assert [f.reason for f in score.failed_gates if f.item == "s2_02"] == ["unanswered"]
    assert score.items["s2_02"].applicable


def test_a_correction_to_a_question_never_asked_does_not_count() -> None:
    score = score_institution(
        associate_member(), CONFIG, corrections={"s2_02": "none"}, relevance=RELEVANCE
    )
    assert score.items["s2_02"].status == "hidden"
    assert "s2_02" not in {f.item for f in score.failed_gates}


def test_a_correction_that_changes_the_skip_logic_makes_the_item_count() -> None:
    # The workshop agrees the institution *is* a party: s2_02 is now asked, and unanswered.
    score = score_institution(
        associate_member(), CONFIG, corrections={"s2_01": "ratified"}, relevance=RELEVANCE
    )
    assert score.items["s2_02"].status == "unanswered"
    assert "s2_02" in {f.item for f in score.failed_gates}


def _check_only_relevant_items_count(score: InstitutionScore, relevant: set[str]) -> None:
    hidden = {qid for qid in CONFIG.item_order() if qid not in relevant}
    assert {f.item for f in score.failed_gates}.isdisjoint(hidden)
    assert {g.item for g in score.gap_items}.isdisjoint(hidden)
    assert {na.item for na in score.not_applicable if na.reason == "hidden"} == hidden
    for dim in score.dimensions.values():
        asked = [s for s in score.items.values() if s.dim == dim.code and s.id in relevant]
        applicable = [s for s in asked if s.status != "na"]
        answered = [s for s in applicable if s.status not in ("dk", "unanswered")]
        assert dim.applicable == len(applicable)
        expected = len(answered) / len(applicable) if applicable else None
        assert dim.completeness == expected


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(st.integers(0, 2**32 - 1), st.floats(0.0, 0.6))
def test_no_penalty_ever_names_an_item_the_response_did_not_show(seed: int, skip: float) -> None:
    session = synthesize(FORM_A, random.Random(seed), skip_optional=skip)
    answers = session.finalized_answers()
    # The oracle: the session that produced the answers, not a reload of them.
    relevant = {qid for qid in CONFIG.item_order() if session.is_relevant(qid)}
    score = score_institution(answers, CONFIG, relevance=RELEVANCE)
    _check_only_relevant_items_count(score, relevant)
    assert score.sensitivity is not None
    _check_only_relevant_items_count(score.sensitivity, relevant)


@pytest.mark.parametrize("value", ["not_member", "signed", "ratified"])
def test_relevance_matches_the_form_for_each_agreement_status(value: str) -> None:
    hidden = RELEVANCE.hidden(finalized({**COMPLETE, "s2_01": value}))
    assert ("s2_02" in hidden) == (value == "not_member")
    assert ("s4_16" in hidden) == (value != "ratified")


def test_items_the_form_version_did_not_have_are_not_applicable_with_that_reason() -> None:
    answers = finalized({**COMPLETE, "s2_01": "ratified"})
    gate = next(item.id for item in CONFIG.items if item.gate and item.id != "s2_02")
    answers.pop(gate, None)
    score = score_institution(answers, CONFIG, relevance=RELEVANCE, not_asked=[gate])
    assert score.items[gate].status == "not_asked"
    assert gate not in {f.item for f in score.failed_gates}
    assert NotApplicable(gate, score.items[gate].dim, score.items[gate].sub, True, "not_asked") in (
        score.not_applicable
    )
