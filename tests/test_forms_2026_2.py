"""Version 2026.2 of the study's instruments: each point of the methodological review, live.

Each test answers the real forms (``forms/*.json``) through a FormSession, or scores answers
with the shipped configuration, so that a regression in the instruments fails here.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from sp_collect.analysis.form_versions import as_current
from sp_collect.analysis.readiness import score_institution
from sp_collect.analysis.scoring_config import load_scoring_config
from sp_collect.engine import FormSession, load_form

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "forms"
FIXTURES = Path(__file__).parent / "fixtures"


def _session(name: str, answers: dict[str, Any] | None = None, folder: Path = FORMS) -> FormSession:
    session = FormSession(load_form(folder / f"{name}.json", strict=True))
    if answers:
        session.load_answers(answers)
    return session


def _choices(session: FormSession, path: str) -> list[str]:
    prompt = next(p for p in session.prompts() if p.path == path)
    return [choice.value for choice in prompt.choices]


def _json(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("country", "offered"), [("JAM", False), ("BRB", False), ("AIA", True)])
def test_not_eligible_is_offered_to_associate_members_only(country: str, offered: bool) -> None:
    session = _session("caricom-institutional-survey", {"s0_02": "yes", "s1_01": country})
    assert ("not_member" in _choices(session, "s2_01")) is offered
    result = session.answer("s2_01", "not_member")
    assert result.ok is offered


def test_caseload_figures_not_available_are_not_asked() -> None:
    session = _session("caricom-institutional-survey", {"s0_02": "yes", "s4_01": "manual"})
    assert session.is_relevant("s4_02") and session.is_relevant("s4_05")
    session.answer("s4_01_unknown", ["s4_02", "s4_05"])
    assert not session.is_relevant("s4_02") and not session.is_relevant("s4_05")
    assert session.is_relevant("s4_03")
    assert session.answer("s4_01_unknown", ["none", "s4_03"]).status == "constraint"


def test_reference_year_comes_first_and_follows_the_calendar() -> None:
    session = _session("caricom-institutional-survey", {"s0_02": "yes"})
    order = [p.path for p in session.prompts() if p.path.startswith("s1_")]
    assert order.index("s1_14") < order.index("s1_08")
    this_year = dt.date.today().year
    assert session.answer("s1_14", this_year - 1).ok
    assert session.answer("s1_14", this_year - 7).status == "constraint"


def test_ict_staff_accepts_fractional_full_time_equivalents() -> None:
    session = _session(
        "caricom-institutional-survey", _json(FIXTURES / "institutional_complete.json")
    )
    assert session.answer("s1_12", 7.5).ok
    assert session.errors() == []


def test_intersectoral_module_is_asked_after_consent() -> None:
    session = _session("caricom-institutional-survey", {"s0_02": "yes"})
    assert session.is_relevant("s12_01") and session.is_relevant("s12_04")
    session.answer("s0_02", "no")
    assert not session.is_relevant("s12_01")


def test_claim_status_and_outcome_must_agree() -> None:
    base = {**_json(FIXTURES / "beneficiary_complete.json")}
    session = _session("caricom-beneficiary-interview", base)
    assert session.errors() == []
    assert session.answer("c4_09", "pending").status == "constraint"  # c4_00 says "decided"
    session.answer("c4_09", "all")
    session.answer("c4_00", "pending")
    assert any(issue.path == "c4_09" for issue in session.errors())
    assert session.answer("c4_09", "pending").ok
    assert not session.is_relevant("c4_08")  # no decision, so no first payment to time


def test_beneficiary_screening_names_caricom_and_consent_names_a_contact() -> None:
    session = _session("caricom-beneficiary-interview", {"c0_02": "yes", "c0_03a": "self"})
    label = next(p for p in session.prompts() if p.path == "c0_03a").label
    assert "CARICOM" in label
    contact = next(p for p in session.prompts() if p.path == "c0_04_contact")
    assert contact.visible and "complaint" in contact.label


def test_beneficiary_dont_know_where_a_respondent_may_not_know() -> None:
    session = _session(
        "caricom-beneficiary-interview", {"c0_02": "yes", "c0_03a": "self", "c0_05": "yes"}
    )
    for path in ("c3_03", "c3_04", "c4_00", "c6_02", "c6_04a"):
        assert "dk" in _choices(session, path), path


def test_costs_are_asked_in_the_currency_paid() -> None:
    session = _session(
        "caricom-beneficiary-interview", _json(FIXTURES / "beneficiary_complete.json")
    )
    assert "XCD" in _choices(session, "c4_12_cur") and "USD" in _choices(session, "c4_12_cur")
    assert session.value("c4_12a") == 420.0


def test_workshop_correction_picks_items_of_the_version_it_corrects() -> None:
    record = _json(FIXTURES / "workshop_complete.json")
    session = _session("caricom-workshop-summary", record)
    path = "d5_scores[0].d5_corrections[0]"
    items = _choices(session, f"{path}.d5_item")
    assert "s2_07a" in items and "s2_07" not in items
    session.answer("d5_scores[0].d5_form_version", "2026.1")
    items = _choices(session, f"{path}.d5_item")
    assert "s2_07" in items and "s2_07a" not in items
    session.answer(f"{path}.d5_item", "s2_07")
    assert session.is_relevant(f"{path}.d5_corrected_choice")
    assert not session.is_relevant(f"{path}.d5_corrected")
    codes = _choices(session, f"{path}.d5_corrected_choice")
    assert codes and all(code.startswith("s2_07.") for code in codes)


@pytest.fixture(scope="module")
def config():
    return load_scoring_config(FORMS / "scoring" / "caricom-readiness.json")


def test_every_scored_item_names_the_issa_guidelines_it_rests_on(config) -> None:
    assert all(item.issa for item in config.items)
    assert all(re.match(r"^[ABC]\.\d", ref) for item in config.items for ref in item.issa)


def test_a_2026_1_response_reads_as_2026_2(config) -> None:
    old = _json(FIXTURES / "v2026_1" / "institutional_complete.json")
    read = as_current(config, "2026.1", old)
    assert read.answers["s2_07a"] == old["s2_07"]
    assert read.answers["s2_08a"] == "yes" and read.answers["s2_08c"] == "no"  # "law_not_used"
    assert "s2_12" not in read.answers and "s2_12a" not in read.answers  # not comparable
    assert set(read.not_asked) == {
        "s2_07b", "s2_08b", "s2_10b", "s2_12a", "s3_09a", "s3_10a", "s3_10b", "s7_06b"
    }  # fmt: skip
    assert as_current(config, "2026.2", {"s2_07a": "explicit"}).answers == {"s2_07a": "explicit"}


def test_2026_1_and_2026_2_responses_score_side_by_side(config) -> None:
    old = as_current(config, "2026.1", _json(FIXTURES / "v2026_1" / "institutional_complete.json"))
    new = as_current(config, "2026.2", _json(FIXTURES / "institutional_complete.json"))
    old_score = score_institution(old.answers, config)
    new_score = score_institution(new.answers, config)
    assert old_score.overall is not None and new_score.overall is not None
    # The same institution answered the questions the versions share identically.
    assert old_score.items["s2_07a"].score == new_score.items["s2_07a"].score
    assert old_score.items["s6_01"].score == new_score.items["s6_01"].score
    assert new_score.items["s2_07b"].status == "scored"


def test_archived_2026_1_forms_still_load() -> None:
    for path in sorted((FORMS / "archive" / "2026.1").glob("*.json")):
        assert load_form(path, strict=True).model.version == "2026.1"
