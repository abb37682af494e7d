"""Framework criteria (study.md §3): the shipped file fits the shipped scoring config, and each
criterion is met, not met or not assessable exactly as its conditions say."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from report_study_data import fixture

from sp_collect.analysis.frameworks import (
    Criterion,
    compare_frameworks,
    criterion_outcome,
    load_frameworks,
)
from sp_collect.analysis.readiness import score_institution
from sp_collect.analysis.scoring_config import ScoringConfig, load_scoring_config
from sp_collect.errors import FormDefinitionError
from sp_collect.workspace.reports import default_frameworks_path
from sp_collect.workspace.scoring import default_config_path


@pytest.fixture(scope="module")
def config() -> ScoringConfig:
    return load_scoring_config(default_config_path())


def criterion(*conditions: dict[str, Any]) -> Criterion:
    return Criterion.model_validate({"id": "c", "label": "c", "all": list(conditions)})


def test_the_shipped_criteria_name_only_scored_items_and_known_areas(config):
    frameworks = load_frameworks(default_frameworks_path(), config)
    ids = {framework.id for framework in frameworks.frameworks}
    assert {"eif", "eessi", "issa", "ilo", "oiss", "id4d", "dci"} <= ids


def test_an_item_condition_compares_the_item_score(config):
    answers = fixture("institutional_complete.json")  # s2_07a "unclear" scores 1, s3_04 scores 3
    score = score_institution(answers, config)
    assert criterion_outcome(criterion({"item": "s2_07a", "min_score": 1}), score) == "met"
    assert criterion_outcome(criterion({"item": "s2_07a", "min_score": 2}), score) == "not_met"
    both = criterion({"item": "s3_04", "min_score": 3}, {"item": "s2_07a", "min_score": 2})
    assert criterion_outcome(both, score) == "not_met"


def test_an_area_condition_compares_the_index(config):
    score = score_institution(fixture("institutional_complete.json"), config)
    index = score.index("T-SEM")
    assert index is not None
    assert criterion_outcome(criterion({"area": "T-SEM", "min": index}), score) == "met"
    assert criterion_outcome(criterion({"area": "T-SEM", "min": index + 0.1}), score) == "not_met"


def test_a_dont_know_makes_a_criterion_not_assessable_unless_another_condition_fails(config):
    answers = {**fixture("institutional_complete.json"), "s5_03": "dk", "s2_07a": "no_basis"}
    score = score_institution(answers, config)
    assert criterion_outcome(criterion({"item": "s5_03", "min_score": 4}), score) == "unknown"
    failing = criterion({"item": "s5_03", "min_score": 4}, {"item": "s2_07a", "min_score": 1})
    assert criterion_outcome(failing, score) == "not_met"


def test_comparison_counts_institutions_per_criterion(config):
    frameworks = load_frameworks(default_frameworks_path(), config)
    strong = {**fixture("institutional_complete.json"), "s5_03": "structured"}
    weak = {**fixture("institutional_complete.json"), "s5_03": "scanned"}
    unknown = {**fixture("institutional_complete.json"), "s5_03": "dk"}
    scores = {
        code: score_institution(answers, config)
        for code, answers in (("A", strong), ("B", weak), ("C", unknown))
    }
    sed = next(r for r in compare_frameworks(frameworks, scores) if r.criterion.id == "eessi_sed")
    assert (sed.count("met"), sed.count("not_met"), sed.count("unknown")) == (1, 1, 1)
    assert sed.outcomes == {"A": "met", "B": "not_met", "C": "unknown"}


@pytest.mark.parametrize(
    ("condition", "code"),
    [
        ({"item": "s99_99", "min_score": 2}, "frameworks_invalid"),
        ({"area": "X9", "min": 40}, "frameworks_invalid"),
        ({"item": "s2_02", "min": 40}, "frameworks_invalid"),
        ({"item": "s2_02", "min_score": 7}, "frameworks_invalid"),
    ],
)
def test_a_bad_condition_is_refused_with_its_pointer(tmp_path: Path, config, condition, code):
    data = json.loads(default_frameworks_path().read_text(encoding="utf-8"))
    data["frameworks"][0]["criteria"][0]["all"] = [condition]
    path = tmp_path / "frameworks.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(FormDefinitionError) as caught:
        load_frameworks(path, config)
    assert caught.value.code == code
    assert caught.value.where is not None
    assert caught.value.where.pointer.startswith("/frameworks/0/criteria/0/all")
