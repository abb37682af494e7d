"""Properties of readiness scoring over random answers to the inline config."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from inline_config import SECURITY_CONTROLS, config_dict

from sp_collect.analysis.item_rules import rate_item
from sp_collect.analysis.readiness import InstitutionScore, score_institution
from sp_collect.analysis.scoring_config import ScoringConfig, ScoringItem, load_scoring_config

CONFIG: ScoringConfig = load_scoring_config(config_dict())
ITEMS = {item.id: item for item in CONFIG.items}
NOT_SCORED = ["dk", "na"]


def answer_to(item: ScoringItem) -> st.SearchStrategy[Any]:
    """Any answer a respondent could give to the item, or none."""
    if item.rule == "map":
        options: st.SearchStrategy[Any] = st.sampled_from([*(item.map or {}), *NOT_SCORED])
    elif item.rule == "likert_minus_one":
        options = st.sampled_from(["1", "2", "3", "4", "5", *NOT_SCORED])
    elif item.rule == "bands":
        options = st.integers(0, 400) | st.floats(0, 400) | st.sampled_from(NOT_SCORED)
    else:
        values = list(item.map or {}) if item.rule == "max" else [*SECURITY_CONTROLS, "none"]
        options = st.lists(st.sampled_from([*values, *NOT_SCORED]), unique=True)
    return st.none() | options


ANSWERS = st.fixed_dictionaries({qid: answer_to(item) for qid, item in ITEMS.items()})


def all_indices(score: InstitutionScore) -> list[float | None]:
    areas = [*score.dimensions.values(), *score.subdimensions.values()]
    return [area.index for area in areas] + [score.overall, score.weakest_link]


@settings(max_examples=150, deadline=None)
@given(ANSWERS)
def test_indices_stay_within_0_and_100(answers: dict[str, Any]) -> None:
    score = score_institution(answers, CONFIG)
    assert score.sensitivity is not None
    for index in all_indices(score) + all_indices(score.sensitivity):
        assert index is None or 0 <= index <= 100
    for gap in score.gap_items:
        assert 0 < gap.priority <= 12


def scored_answers(item: ScoringItem) -> list[Any]:
    """Answers to the item that get a score, one per distinct way of scoring."""
    if item.rule == "map":
        return [value for value, score in (item.map or {}).items() if score is not None]
    if item.rule == "likert_minus_one":
        return ["1", "2", "3", "4", "5"]
    if item.rule == "bands":
        return [hi for _lo, hi, _score in item.bands or []]
    if item.rule == "max":
        return [[value] for value, score in (item.map or {}).items() if score is not None]
    return [SECURITY_CONTROLS[:count] or ["none"] for count in range(len(SECURITY_CONTROLS) + 1)]


@settings(max_examples=150, deadline=None)
@given(ANSWERS, st.data())
def test_a_better_answer_never_lowers_its_dimension(answers: dict[str, Any], data: Any) -> None:
    item = ITEMS[data.draw(st.sampled_from(sorted(ITEMS)))]
    choices = scored_answers(item)
    worse = data.draw(st.sampled_from(choices))
    floor = rate_item(item, worse).score or 0
    better = data.draw(st.sampled_from([c for c in choices if rate_item(item, c).score >= floor]))  # type: ignore[operator]
    old = score_institution({**answers, item.id: worse}, CONFIG)
    new = score_institution({**answers, item.id: better}, CONFIG)
    assert new.dimensions[item.dim].index >= old.dimensions[item.dim].index  # type: ignore[operator]
    assert new.subdimensions[item.sub].index >= old.subdimensions[item.sub].index  # type: ignore[operator]
    if old.overall is not None:
        assert new.overall is not None and new.overall >= old.overall


@settings(max_examples=150, deadline=None)
@given(ANSWERS, st.sampled_from(sorted(ITEMS)))
def test_adding_not_applicable_never_changes_an_index(answers: dict[str, Any], qid: str) -> None:
    without = {**answers, qid: None}
    na = ["na"] if ITEMS[qid].rule in ("max", "count_bands") else "na"
    old = score_institution(without, CONFIG)
    new = score_institution({**without, qid: na}, CONFIG)
    assert all_indices(new) == all_indices(old)
