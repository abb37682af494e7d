"""The demo's Form A answers differ between institutions the way a real study's do: the figures
and tables the regional report shows are not one institution's answers repeated, multi-selects
choose some of their options, and "don't know" turns up now and then."""

from __future__ import annotations

import random
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sp_collect.engine import load_form
from sp_collect.engine.synthetic import synthesize
from sp_collect.reports.regional_status import KEY_FIGURES, STATUS_QUO, TIMES
from sp_collect.resources import forms_dir
from sp_collect.workspace import Workspace
from sp_collect.workspace.demo_bank import SpreadAnswers, form_cycle

PASSPHRASE = "correct horse battery staple"  # the field_folder fixture's (conftest.py)
FORM_A = "caricom-institutional-survey"
SURVEYS = 12


@pytest.fixture(scope="module")
def surveys(field_folder: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[list]:
    """The answers and the choice lists of twelve demo Form A responses."""
    folder = tmp_path_factory.mktemp("study") / "ws"
    shutil.copytree(field_folder, folder)
    with Workspace.open(folder, passphrase=PASSPHRASE) as workspace:
        workspace.demo.generate(SURVEYS, form_id=FORM_A, finalize=True, seed=7)
        sessions = [
            workspace.responses.open(row.uuid).session for row in workspace.responses.list()
        ]
        yield [(session.finalized_answers(), _choices(session)) for session in sessions]


def _choices(session: Any) -> dict[str, list[str]]:
    return {
        prompt.id: [choice.value for choice in prompt.choices]
        for prompt in session.iter_prompts(visible_only=False)
        if prompt.type == "select_multiple"
    }


def _answered(surveys: list, qid: str) -> list[Any]:
    return [answers[qid] for answers, _ in surveys if answers.get(qid) not in (None, "", [])]


def test_each_survey_is_a_different_institution(surveys: list) -> None:
    assert len(surveys) == SURVEYS
    assert len(set(_answered(surveys, "s1_02"))) == SURVEYS


def test_the_reports_figures_differ_between_institutions(surveys: list) -> None:
    for qid in (*KEY_FIGURES, *TIMES):
        values = _answered(surveys, qid)
        assert len(values) >= SURVEYS // 2, qid
        assert len(set(values)) >= 3, (qid, values)


def test_the_reports_tables_do_not_show_one_answer_for_all(surveys: list) -> None:
    checked = 0
    for _topic, questions in STATUS_QUO:
        for qid in questions:
            values = [str(sorted(v) if isinstance(v, list) else v) for v in _answered(surveys, qid)]
            if len(values) >= 6:
                checked += 1
                assert len(set(values)) > 1, (qid, values)
    assert checked >= 40


def test_multi_selects_choose_some_options_and_how_many_varies(surveys: list) -> None:
    choices = surveys[0][1]
    for qid, options in choices.items():
        picked = [v for v in _answered(surveys, qid) if v != ["dk"]]
        if len(picked) < 4:
            continue
        assert any(len(v) < len(options) - 2 for v in picked), (qid, picked)
        sizes = {0 if v == ["none"] else len(v) for v in picked}
        assert len(sizes) > 1 or qid.startswith("s10_0"), (qid, picked)  # s10: "up to 3"


def test_some_answers_are_dont_know(surveys: list) -> None:
    answers = [value for survey, _ in surveys for value in survey.values()]
    assert sum(value in ("dk", ["dk"]) for value in answers) >= 3


def test_stronger_institutions_answer_more_of_the_figures_and_faster(surveys: list) -> None:
    """Maturity is per institution: the electronic share and the processing time go together."""
    pairs = [(a["s5_02"], a["s4_09"]) for a, _ in surveys if "s5_02" in a and "s4_09" in a]
    assert len(pairs) >= 6
    electronic = sorted(pairs)
    slow_half = [days for _, days in electronic[: len(pairs) // 2]]
    fast_half = [days for _, days in electronic[len(pairs) // 2 :]]
    assert sum(fast_half) / len(fast_half) < sum(slow_half) / len(slow_half)


def test_a_demo_has_a_studys_mix_of_forms() -> None:
    forms = sorted(
        (
            "caricom-beneficiary-interview",
            "caricom-institutional-survey",
            "caricom-kii-institutional",
            "caricom-workshop-summary",
        )
    )
    cycle = form_cycle(forms)
    assert set(cycle[:4]) == set(forms)  # a few responses already show every form
    assert cycle.count("caricom-workshop-summary") < cycle.count(FORM_A)
    assert cycle.count(FORM_A) < cycle.count("caricom-beneficiary-interview")


def test_few_beneficiaries_are_screened_out() -> None:
    """Fieldworkers seek out people who worked in several countries (Form C's screening)."""
    form = load_form(forms_dir() / "caricom-beneficiary-interview.json")
    rng, suggest = random.Random(3), SpreadAnswers()
    screened = [synthesize(form, rng, suggest=suggest).value("c0_03a") for _ in range(40)]
    assert screened.count("no") <= 4
    assert {"self", "survivor"} <= set(screened)
