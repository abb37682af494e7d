"""Form D's correction log becomes typed Form A answers, and re-scores to a validated version."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from inline_config import WEAK, make_form

from sp_collect.analysis.readiness import score_both
from sp_collect.analysis.scoring_config import ScoringConfig
from sp_collect.analysis.submissions import InstitutionKey
from sp_collect.analysis.workshop_corrections import CorrectionProblem, corrections_from_workshop
from sp_collect.engine.model import Form

ROOT = Path(__file__).resolve().parents[2]


def workshop(*institutions: tuple[str, list[tuple[str, str]]]) -> dict[str, Any]:
    """A Form D record whose D5 repeat corrects ``(item, corrected text)`` per institution."""
    return {
        "d5_scores": [
            {
                "d5_country": code.split("_")[0] if "_" in code else "AIA",
                "d5_institution": code,
                "d5_corrections": [
                    {"d5_item": item, "d5_original": "?", "d5_corrected": text}
                    for item, text in corrections
                ],
            }
            for code, corrections in institutions
        ]
    }


def applied(record: dict[str, Any], form: Form) -> dict[InstitutionKey, dict[str, Any]]:
    """The corrections of a log in which every correction can apply."""
    problems: list[CorrectionProblem] = []
    corrections = corrections_from_workshop(record, form, problems=problems)
    assert problems == []
    return corrections


def test_texts_become_answers_of_each_type() -> None:
    record = workshop(
        ("GUY_NIS", [("l_status", "in_force"), ("a_days", "45"), ("a_days", "30"),
                     ("t_channels", "api, email_scan"), ("t_security", "pki policy")]),
        ("BRB_NISSS", []),
    )  # fmt: skip
    assert applied(record, make_form()) == {
        InstitutionKey("GUY", "GUY_NIS"): {
            "l_status": "in_force",
            "a_days": 30,  # the later correction wins; integer question → int
            "t_channels": ["email_scan", "api"],  # in choice order
            "t_security": ["policy", "pki"],
        }
    }


def test_other_institutions_are_keyed_by_country_and_name() -> None:
    record = workshop(("other", [("l_status", "no")]), ("other", [("l_status", "in_force")]))
    record["d5_scores"][0]["d5_institution_other"] = "Social Security Board"
    record["d5_scores"][1]["d5_institution_other"] = "Social Security Board"
    record["d5_scores"][1]["d5_country"] = "BLZ"
    assert applied(record, make_form()) == {
        InstitutionKey("AIA", "Social Security Board"): {"l_status": "no"},
        InstitutionKey("BLZ", "Social Security Board"): {"l_status": "in_force"},
    }


@pytest.mark.parametrize(
    ("item", "text", "expected"),
    [
        ("s9_99", "yes", CorrectionProblem("unknown_item", "s9_99")),
        ("", "yes", CorrectionProblem("unknown_item", "")),
        ("a_days", "about 40", CorrectionProblem("not_a_number", "a_days", ("about 40",))),
        ("a_days", "40.5", CorrectionProblem("not_a_number", "a_days", ("40.5",))),  # integer
        ("l_status", "ratified", CorrectionProblem("unknown_choice", "l_status", ("ratified",))),
        (
            "t_channels",
            "api carrier_pigeon",
            CorrectionProblem("unknown_choice", "t_channels", ("carrier_pigeon",)),
        ),
        ("t_channels", " ", CorrectionProblem("no_answer", "t_channels")),
    ],
)
def test_wrong_corrections_are_left_out_with_their_reason_and_place(
    item: str, text: str, expected: CorrectionProblem
) -> None:
    record = workshop(("GUY_NIS", [("l_status", "no"), (item, text)]))
    problems: list[CorrectionProblem] = []
    assert corrections_from_workshop(record, make_form(), problems=problems) == {
        InstitutionKey("GUY", "GUY_NIS"): {"l_status": "no"}
    }
    [problem] = problems
    assert (problem.reason, problem.item, problem.values) == (
        expected.reason,
        expected.item,
        expected.values,
    )
    if problem.reason in ("unknown_choice", "no_answer"):
        assert problem.choices, "the problem names the codes the question accepts"
    assert problem.where.startswith("d5_scores[0]/d5_corrections[1]/")


def test_later_good_corrections_still_apply_after_a_bad_one() -> None:
    record = workshop(("GUY_NIS", [("l_status", "no"), ("s9_99", "yes"), ("a_days", "soon")]))
    problems: list[CorrectionProblem] = []
    assert corrections_from_workshop(record, make_form(), problems=problems) == {
        InstitutionKey("GUY", "GUY_NIS"): {"l_status": "no"}
    }
    assert [p.reason for p in problems] == ["unknown_item", "not_a_number"]


def test_validated_scores_apply_the_workshop_corrections(config: ScoringConfig) -> None:
    record = workshop(("GUY_NIS", [("l_status", "in_force"), ("l_transfer", "yes")]))
    corrections = applied(record, make_form())[InstitutionKey("GUY", "GUY_NIS")]
    pair = score_both(WEAK, config, corrections)
    # as in test_readiness.py: L 4/28 = 14.285714 (level 1) → 25/28 = 89.285714 (level 5)
    assert pair.self_reported.dimensions["L"].level == 1
    assert pair.validated.dimensions["L"].level == 5
    assert pair.validated.corrected_items == ("l_status", "l_transfer")


def test_the_study_workshop_fixture_converts() -> None:
    form_a = ROOT / "forms" / "caricom-institutional-survey.json"
    record_d = ROOT / "tests" / "fixtures" / "workshop_complete.json"
    if not (form_a.exists() and record_d.exists()):
        pytest.skip("Form A or the Form D fixture is not written yet")
    form = Form.model_validate(json.loads(form_a.read_text(encoding="utf-8")))
    record = json.loads(record_d.read_text(encoding="utf-8"))
    corrections = applied(record, form)
    logged = {
        InstitutionKey(entry["d5_country"], entry["d5_institution"]): [
            c["d5_item"] for c in entry.get("d5_corrections", [])
        ]
        for entry in record["d5_scores"]
    }
    assert {code: list(items) for code, items in corrections.items()} == {
        code: items for code, items in logged.items() if items
    }
