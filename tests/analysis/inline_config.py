"""The small, realistic scoring config the analysis tests write inline (shared by them)."""

from __future__ import annotations

from typing import Any

from sp_collect.engine.model import Form

DAYS_BANDS = [[0, 30, 4], [30, 60, 3], [60, 120, 2], [120, 240, 1], [240, 1e9, 0]]
SECURITY_BANDS = [[0, 1, 0], [2, 3, 1], [4, 5, 2], [6, 7, 3], [8, 10, 4]]
SECURITY_CONTROLS = ["policy", "risk", "iso", "incident", "dpo", "encryption", "logs", "pki"]


def item(qid: str, dim: str, sub: str, w: int, **rest: Any) -> dict[str, Any]:
    return {"id": qid, "dim": dim, "sub": sub, "w": w, "recommendation": f"fix_{qid}", **rest}


ITEMS: list[dict[str, Any]] = [
    # Legal: two gates (weight 3) and a 1–5 self-rating.
    item("l_status", "L", "L1", 3, gate=True,
         map={"in_force": 4, "partial": 2, "admin_only": 1, "no": 0, "dk": None, "na": None}),
    item("l_transfer", "L", "L2", 3, gate=True, map={"yes": 4, "partial": 2, "no": 0}),
    item("l_esign", "L", "L3", 1, rule="likert_minus_one"),
    # Institutional
    item("i_unit", "I", "I1", 3, gate=True, map={"yes": 4, "shared": 2, "no": 0}),
    item("i_strategy", "I", "I2", 2, map={"approved": 4, "draft": 2, "none": 0}),
    item("i_training", "I", "I4", 1, rule="likert_minus_one"),
    # Administrative
    item("a_procedure", "A", "A1", 3, gate=True, map={"written": 4, "informal": 1, "none": 0}),
    item("a_days", "A", "A2", 2, rule="bands", bands=DAYS_BANDS),
    item("a_pay_abroad", "A", "A3", 1, map={"yes": 4, "some": 2, "no": 0}),
    # Technical
    item("t_uid", "T", "T2", 3, gate=True, map={"all": 4, "most": 2, "some": 1, "none": 0}),
    item("t_history", "T", "T1", 3, gate=True, map={"full": 4, "partial": 2, "none": 0}),
    item("t_channels", "T", "T3", 2, rule="max",
         map={"post": 0, "fax": 0, "email_scan": 1, "sftp": 3, "api": 4, "none": 0, "dk": None}),
    item("t_codes", "T", "T-SEM", 2, map={"adopted": 4, "partial": 2, "none": 0}),
    item("t_security", "T", "T4", 2, rule="count_bands", bands=SECURITY_BANDS,
         exclude=["none", "dk"]),
]  # fmt: skip

SUBS = {entry["sub"]: entry["dim"] for entry in ITEMS}


def config_dict() -> dict[str, Any]:
    """A fresh copy every call, so a test can break it without touching the others."""
    return {
        "id": "test-readiness",
        "version": "0.1",
        "form": "test-survey",
        "levels": [[0, 20, 1, "Initial"], [20, 40, 2, "Developing"], [40, 60, 3, "Defined"],
                   [60, 80, 4, "Managed/Integrated"], [80, 100.01, 5, "Optimised"]],
        "level_labels": {"1": {"en": "Initial", "fr": "Initial"}},
        "targets": {"T_min": 40, "T_int": 60, "T_opt": 80},
        "target_rules": {"T_int": {"also": {"T": 60, "T-SEM": 60}}},
        "gate_cap_level": 2,
        "provisional_if_completeness_below": 0.7,
        "dimensions": {code: {"label": {"en": code}} for code in "LIAT"},
        "subdimensions": {code: {"dim": dim, "label": code} for code, dim in SUBS.items()},
        "recommendations": {f"fix_{entry['id']}": {"en": f"Improve {entry['id']}"}
                            for entry in ITEMS},
        "items": [dict(entry) for entry in ITEMS],
    }  # fmt: skip


# Answers of two realistic institutions; test_readiness.py computes their scores by hand.
STRONG: dict[str, Any] = {
    "l_status": "in_force", "l_transfer": "yes", "l_esign": "4",
    "i_unit": "yes", "i_strategy": "approved", "i_training": "5",
    "a_procedure": "written", "a_days": 45, "a_pay_abroad": "yes",
    "t_uid": "all", "t_history": "full", "t_channels": ["email_scan", "api"],
    "t_codes": "partial",
    "t_security": ["policy", "risk", "iso", "incident", "dpo", "encryption"],
    "s1_name": "National Insurance Board",  # not scored: ignored
}  # fmt: skip

WEAK: dict[str, Any] = {
    "l_status": "admin_only", "l_transfer": "no", "l_esign": "2",
    "i_unit": "shared", "i_strategy": "draft", "i_training": "3",
    "a_procedure": "informal", "a_days": 150, "a_pay_abroad": "no",
    "t_uid": "some", "t_history": "partial", "t_channels": ["post", "email_scan"],
    "t_codes": "none", "t_security": ["policy", "none"],
}  # fmt: skip


# The form the inline config scores, written inline as in a form file.
def choices(*values: str) -> list[dict[str, str]]:
    return [{"value": value, "label": value.replace("_", " ")} for value in values]


def select_one(qid: str, choice_list: str | list[dict[str, str]]) -> dict[str, Any]:
    return {"type": "select_one", "id": qid, "label": qid, "choices": choice_list}


def make_form(**replace: dict[str, Any]) -> Form:
    """The form the inline config scores; ``replace`` swaps questions by id."""
    likert = choices("1", "2", "3", "4", "5", "dk")
    questions = [
        select_one("l_status", "agreement_status"),
        select_one("l_transfer", choices("yes", "partial", "no", "dk")),
        select_one("l_esign", likert),
        select_one("i_unit", choices("yes", "shared", "no")),
        select_one("i_strategy", choices("approved", "draft", "none")),
        select_one("i_training", likert),
        select_one("a_procedure", choices("written", "informal", "none")),
        {"type": "integer", "id": "a_days", "label": "days"},
        select_one("a_pay_abroad", choices("yes", "some", "no", "na")),
        select_one("t_uid", choices("all", "most", "some", "none")),
        select_one("t_history", choices("full", "partial", "none")),
        {"type": "select_multiple", "id": "t_channels", "label": "channels",
         "choices": choices("post", "fax", "email_scan", "sftp", "api", "none", "dk")},
        select_one("t_codes", choices("adopted", "partial", "none")),
        {"type": "select_multiple", "id": "t_security", "label": "controls",
         "choices": choices(*SECURITY_CONTROLS, "none", "dk")},
    ]  # fmt: skip
    questions = [replace.get(q["id"], q) for q in questions]
    return Form.model_validate(
        {
            "id": "test-survey",
            "version": "1",
            "title": "Test survey",
            "choice_lists": {
                "agreement_status": choices("in_force", "partial", "admin_only", "no", "dk", "na")
            },
            "items": [
                {"type": "section", "id": "s1", "items": questions[:9]},
                {"type": "section", "id": "s2", "items": questions[9:]},
            ],
        }
    )
