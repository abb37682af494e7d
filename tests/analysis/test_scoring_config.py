"""The scoring config: it loads, its schema is committed, and every problem is located."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sp_collect.analysis.scoring_config import (
    ScoringConfig,
    load_scoring_config,
    scoring_json_schema,
)
from sp_collect.errors import FormDefinitionError

ROOT = Path(__file__).resolve().parents[2]


def problems_of(data: dict[str, Any]) -> dict[str, str]:
    """pointer → code of every problem found in ``data``."""
    with pytest.raises(FormDefinitionError) as caught:
        load_scoring_config(data)
    assert caught.value.code == "scoring_invalid"
    return {p.pointer: p.code for p in caught.value.problems}  # type: ignore[attr-defined]


def test_the_inline_config_loads(config: ScoringConfig) -> None:
    assert [item.id for item in config.items][:3] == ["l_status", "l_transfer", "l_esign"]
    assert config.items[0].rule == "map"
    assert config.items[0].dk_values == ["dk"] and config.items[0].na_values == ["na"]
    assert config.target_rules["T_int"].also == {"T": 60, "T-SEM": 60}


def test_committed_schema_is_not_stale() -> None:
    committed = json.loads((ROOT / "resources" / "scoring.schema.json").read_text("utf-8"))
    assert committed == scoring_json_schema(), "regenerate resources/scoring.schema.json"


def test_schema_problems_are_all_reported_with_pointers(config_data: dict[str, Any]) -> None:
    data = config_data
    data["items"][1]["w"] = 5
    data["items"][2]["rule"] = "median"
    data["targets"]["T_opt"] = 120
    data["items"][3]["wieght"] = 2
    assert problems_of(data) == {
        "/items/1/w": "scoring_schema",
        "/items/2/rule": "scoring_schema",
        "/targets/T_opt": "scoring_schema",
        "/items/3/wieght": "scoring_schema",
    }


def test_cross_reference_problems_are_located(config_data: dict[str, Any]) -> None:
    data = config_data
    data["items"][0]["sub"] = "I1"  # an L item in an I sub-dimension
    data["items"][1]["recommendation"] = "nowhere"
    data["items"][4]["sub"] = "I9"  # not declared
    data["items"].append(dict(data["items"][5]))  # duplicate id
    data["subdimensions"]["X9"] = {"dim": "L"}
    data["subdimensions"]["L4"] = {"dim": "T"}
    data["target_rules"]["T_opt"] = {"also": {"Q": 80}}
    assert problems_of(data) == {
        "/items/0/sub": "scoring_subdimension",
        "/items/1/recommendation": "scoring_recommendation",
        "/items/4/sub": "scoring_subdimension",
        "/items/14/id": "scoring_duplicate",
        "/subdimensions/X9": "scoring_subdimension",
        "/subdimensions/L4/dim": "scoring_subdimension",
        "/target_rules/T_opt/also/Q": "scoring_target",
    }


def test_rule_and_fields_must_agree(config_data: dict[str, Any]) -> None:
    data = config_data
    data["items"][0]["bands"] = [[0, 1, 0]]  # a map item with bands
    data["items"][2]["map"] = {"1": 0}  # likert takes no map
    del data["items"][7]["bands"]  # bands without bands
    data["items"][8]["exclude"] = ["no"]  # exclude only for count_bands
    assert problems_of(data) == {
        "/items/0/bands": "scoring_rule",
        "/items/2/map": "scoring_rule",
        "/items/7/bands": "scoring_rule",
        "/items/8/exclude": "scoring_rule",
    }


def test_bands_and_levels_must_ascend_without_gaps(config_data: dict[str, Any]) -> None:
    data = config_data
    data["items"][7]["bands"] = [[0, 30, 4], [40, 60, 3], [60, 60, 2]]  # a gap, an empty band
    data["items"][13]["bands"] = [[0, 1.5, 0], [1.5, 3, 1]]  # counts are whole numbers
    data["levels"][2] = [45, 60, 3, "Defined"]
    data["gate_cap_level"] = 7
    with pytest.raises(FormDefinitionError) as caught:
        load_scoring_config(data)
    problems = [(p.pointer, p.code, p.message) for p in caught.value.problems]  # type: ignore[attr-defined]
    ascend = "levels must ascend and each must start where the previous one ends"
    assert problems == [
        ("/levels/2", "scoring_levels", ascend),
        ("/gate_cap_level", "scoring_levels", "gate_cap_level is not a level"),
        ("/items/7/bands", "scoring_bands", "band 1 must start where band 0 ends"),
        ("/items/7/bands", "scoring_bands", "band 2 is empty: its bounds are equal"),
        ("/items/13/bands", "scoring_bands", "band 0 of a count must have whole-number bounds"),
        ("/items/13/bands", "scoring_bands", "band 1 of a count must have whole-number bounds"),
    ]  # fmt: skip


def test_a_first_band_may_hold_exactly_one_value(config_data: dict[str, Any]) -> None:
    # "0 % → 0, up to 30 % → 1, …": the first band [0, 0] holds exactly 0
    config_data["items"][7]["bands"] = [[0, 0, 0], [0, 30, 1], [30, 100, 4]]
    # a count in lower-exclusive style: 0 → 0, 1 → 1, 2 → 2, 3 or more → 4
    config_data["items"][13]["bands"] = [[0, 0, 0], [0, 1, 1], [1, 2, 2], [2, 1e9, 4]]
    assert load_scoring_config(config_data).items[7].bands == [(0, 0, 0), (0, 30, 1), (30, 100, 4)]


def test_a_missing_dimension_is_a_problem(config_data: dict[str, Any]) -> None:
    data = config_data
    del data["dimensions"]["A"]
    assert problems_of(data) == {"/dimensions": "scoring_dimension"}


def test_loading_from_a_file_names_the_file(tmp_path: Path, config_data: dict[str, Any]) -> None:
    good = tmp_path / "good.json"
    good.write_text(json.dumps(config_data), encoding="utf-8")
    assert load_scoring_config(good).id == "test-readiness"

    broken = tmp_path / "broken.json"
    broken.write_text('{"id": "x",\n "version": }', encoding="utf-8")
    with pytest.raises(FormDefinitionError) as caught:
        load_scoring_config(broken)
    assert caught.value.code == "scoring_json"
    assert caught.value.where is not None and caught.value.where.line == 2

    invalid = tmp_path / "invalid.json"
    data = config_data
    data["items"][0]["w"] = 0
    invalid.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(FormDefinitionError) as caught:
        load_scoring_config(invalid)
    assert caught.value.where is not None
    assert (caught.value.where.file, caught.value.where.pointer) == (str(invalid), "/items/0/w")

    with pytest.raises(FormDefinitionError) as caught:
        load_scoring_config(tmp_path / "missing.json")
    assert caught.value.code == "scoring_unreadable"
