"""A scoring config is checked against its form: items exist, types fit, choices match."""

from __future__ import annotations

from inline_config import SECURITY_CONTROLS, choices, make_form, select_one

from sp_collect.analysis.config_form_check import check_config_against_form
from sp_collect.analysis.scoring_config import ScoringConfig
from sp_collect.engine.model import Form


def test_the_matching_form_passes(config: ScoringConfig) -> None:
    assert check_config_against_form(config, make_form()) == []


def test_every_mismatch_is_reported_with_its_pointer(config: ScoringConfig) -> None:
    form = make_form(
        l_transfer=select_one("l_transfer", choices("yes", "no")),  # "partial" is not a choice
        i_training=select_one("i_training", choices("low", "high")),  # not a 1–5 scale
        a_days={"type": "text", "id": "a_days", "label": "days"},  # bands need a number
        t_channels=select_one("t_channels", choices("api")),  # max needs select_multiple
        t_codes={"type": "note", "id": "t_codes_note", "label": "moved"},  # question gone
        t_security={"type": "repeat", "id": "controls", "items": [
            {"type": "select_multiple", "id": "t_security", "label": "c", "choices": "none"}
        ]},  # inside a repeat
    )  # fmt: skip
    problems = {(p.pointer, p.code, p.question) for p in check_config_against_form(config, form)}
    assert problems == {
        ("/items/1/map", "scoring_choice", "l_transfer"),
        ("/items/5/rule", "scoring_likert", "i_training"),
        ("/items/7/rule", "scoring_type", "a_days"),
        ("/items/11/rule", "scoring_type", "t_channels"),
        ("/items/12/id", "scoring_unknown_question", "t_codes"),
        ("/items/13/id", "scoring_in_repeat", "t_security"),
    }


def test_named_choice_lists_must_exist(config: ScoringConfig) -> None:
    data = make_form().model_dump(by_alias=True, exclude_none=True)
    data["choice_lists"] = {}
    data["id"] = "other-survey"
    problems = check_config_against_form(config, Form.model_validate(data))
    assert [(p.pointer, p.code) for p in problems] == [
        ("/form", "scoring_form_id"),
        ("/items/0/id", "scoring_choice_list"),
    ]


def test_excluded_values_must_be_choices(config: ScoringConfig) -> None:
    form = make_form(
        t_security={"type": "select_multiple", "id": "t_security", "label": "controls",
                    "choices": choices(*SECURITY_CONTROLS, "dk")}
    )  # fmt: skip
    problems = check_config_against_form(config, form)
    assert [(p.pointer, p.code, p.message) for p in problems] == [
        ("/items/13/exclude", "scoring_choice", "none is not a choice of t_security")
    ]
