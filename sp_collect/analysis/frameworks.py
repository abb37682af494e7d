"""Comparison with international frameworks (study.md §3): which institutions meet each criterion.

A criterion (``forms/scoring/frameworks.json``) lists conditions that must all hold: a scored
item at or above a score (0–4), or a dimension/sub-dimension index at or above a threshold.
A condition on an item or index with no score makes the criterion *not assessable* for that
institution: counting it as "not met" would blame missing answers on the institution.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from sp_collect.analysis.readiness import InstitutionScore
from sp_collect.analysis.scoring_config import DIMENSIONS, SUBDIMENSIONS, ScoringConfig
from sp_collect.analysis.submissions import InstitutionKey
from sp_collect.engine.model import Identifier, Text
from sp_collect.errors import FormDefinitionError, Location

Outcome = Literal["met", "not_met", "unknown"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Condition(_Strict):
    item: Identifier | None = None
    min_score: Annotated[int, Field(ge=0, le=4)] | None = None
    area: str | None = None
    """A dimension (L, I, A, T) or sub-dimension code (L1 … T5, T-SEM)."""
    min: Annotated[float, Field(ge=0, le=100)] | None = None


class Criterion(_Strict):
    id: Identifier
    label: Text
    reference: str = ""
    all: list[Condition] = Field(min_length=1)


class Framework(_Strict):
    id: Identifier
    label: Text
    criteria: list[Criterion] = Field(min_length=1)


class FrameworksConfig(_Strict):
    id: Identifier
    version: str
    scoring: Identifier
    """The id of the scoring config whose items and areas the conditions name."""
    note: str = ""
    frameworks: list[Framework] = Field(min_length=1)


@dataclass(frozen=True)
class CriterionResult:
    framework: Framework
    criterion: Criterion
    outcomes: Mapping[InstitutionKey, Outcome]
    """Institution → met / not_met / unknown."""

    def count(self, outcome: Outcome) -> int:
        return sum(1 for value in self.outcomes.values() if value == outcome)


def load_frameworks(path: str | Path, scoring: ScoringConfig) -> FrameworksConfig:
    """Read the criteria and check that every item and area they name exists in ``scoring``."""
    where = Location(file=str(path))
    try:
        data: Any = json.loads(Path(path).read_text(encoding="utf-8"))
        config = FrameworksConfig.model_validate(data)
    except (OSError, json.JSONDecodeError) as exc:
        raise FormDefinitionError(
            f"cannot read the framework criteria ({exc}); check the file",
            code="frameworks_unreadable",
            where=where,
        ) from None
    except ValidationError as exc:
        first = exc.errors()[0]
        pointer = "".join(f"/{part}" for part in first["loc"])
        raise FormDefinitionError(
            f"the framework criteria are invalid: {first['msg']}; fix the file",
            code="frameworks_invalid",
            where=Location(file=str(path), pointer=pointer),
        ) from None
    problems = condition_problems(config, scoring)
    if problems:
        pointer, message = problems[0]
        raise FormDefinitionError(
            f"the framework criteria do not fit scoring config {scoring.id}: {message}",
            code="frameworks_invalid",
            where=Location(file=str(path), pointer=pointer),
        )
    return config


def condition_problems(config: FrameworksConfig, scoring: ScoringConfig) -> list[tuple[str, str]]:
    """(JSON pointer, sentence) for every condition that names nothing or mixes its kinds."""
    items = scoring.item_order()
    areas = {*DIMENSIONS, *SUBDIMENSIONS}
    problems: list[tuple[str, str]] = []
    if config.scoring != scoring.id:
        problems.append(("/scoring", f"written for {config.scoring}, not {scoring.id}"))
    for f_index, framework in enumerate(config.frameworks):
        for c_index, criterion in enumerate(framework.criteria):
            for k_index, cond in enumerate(criterion.all):
                pointer = f"/frameworks/{f_index}/criteria/{c_index}/all/{k_index}"
                is_item = cond.item is not None and cond.min_score is not None
                is_area = cond.area is not None and cond.min is not None
                if is_item == is_area or (cond.item and cond.area):
                    problems.append((pointer, "give either item + min_score or area + min"))
                elif is_item and cond.item not in items:
                    problems.append((pointer, f"{cond.item} is not a scored item"))
                elif is_area and cond.area not in areas:
                    problems.append((pointer, f"{cond.area} is not a dimension or sub-dimension"))
    return problems


def criterion_outcome(criterion: Criterion, score: InstitutionScore) -> Outcome:
    """Met when every condition holds; unknown when one cannot be judged and none fails."""
    unknown = False
    for cond in criterion.all:
        if cond.item is not None:
            item = score.items.get(cond.item)
            value: float | None = None if item is None else item.score
            needed = float(cond.min_score or 0)
        else:
            value = score.index(cond.area or "")
            needed = float(cond.min or 0)
        if value is None:
            unknown = True
        elif value < needed:
            return "not_met"
    return "unknown" if unknown else "met"


def compare_frameworks(
    config: FrameworksConfig, scores: Mapping[InstitutionKey, InstitutionScore]
) -> list[CriterionResult]:
    """Every criterion of every framework, in file order, with each institution's outcome."""
    return [
        CriterionResult(
            framework=framework,
            criterion=criterion,
            outcomes={code: criterion_outcome(criterion, scores[code]) for code in sorted(scores)},
        )
        for framework in config.frameworks
        for criterion in framework.criteria
    ]
