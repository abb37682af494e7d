"""The readiness scoring config: its pydantic model, loader with located problems, and schema.

The config lives outside the form (``forms/scoring/*.json``) so that weights, bands and targets
can change after piloting without touching the instrument. The model mirrors study.md §4 and the
scoring-config contract shared with the forms engineer.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from sp_collect.analysis.dimensions import (  # noqa: F401 (callers import them here)
    DIMENSIONS,
    SUBDIMENSIONS,
    TARGETS,
    DimensionCode,
    TargetName,
)
from sp_collect.engine.model import Identifier, Text
from sp_collect.errors import FormDefinitionError, Location

Rule = Literal["map", "bands", "max", "count_bands", "likert_minus_one"]
ItemScoreValue = Annotated[int, Field(ge=0, le=4)]
Band = tuple[float, float, ItemScoreValue]
"""``[lo, hi, score]``; see :func:`sp_collect.analysis.item_rules.band_score` for the bounds."""
LevelBand = tuple[float, float, int, str]
"""``[lo, hi, level, label]``: an index ``x`` is at this level when ``lo <= x < hi``."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class DimensionInfo(_Strict):
    label: Text = ""


class SubDimensionInfo(_Strict):
    dim: DimensionCode
    label: Text = ""


class Targets(_Strict):
    """Index thresholds (0–100) of the three targets of study.md §4.5."""

    T_min: float = Field(ge=0, le=100)
    T_int: float = Field(ge=0, le=100)
    T_opt: float = Field(ge=0, le=100)

    def threshold(
        self, target: TargetName, code: str, rules: Mapping[TargetName, TargetRule]
    ) -> float:
        """The index a dimension or sub-dimension needs for the target, extra rules included."""
        base = float(getattr(self, target))
        rule = rules.get(target)
        return max(base, rule.also[code]) if rule and code in rule.also else base


class TargetRule(_Strict):
    also: dict[str, float] = Field(default_factory=dict)
    """Extra thresholds for named dimensions or sub-dimensions, e.g. ``{"T-SEM": 60}``."""


class ScoringItem(_Strict):
    """One scored question of the form: where it counts, how much, and how answers score."""

    id: Identifier
    dim: DimensionCode
    sub: str
    w: Literal[1, 2, 3]
    gate: bool = False
    recommendation: str
    rule: Rule = "map"
    map: dict[str, ItemScoreValue | None] | None = None
    """Answer value → score; ``null`` means "not scored" (e.g. dk/na)."""
    bands: list[Band] | None = None
    exclude: list[str] = Field(default_factory=list)
    """``count_bands`` only: selected values that do not count (e.g. ``none``, ``dk``)."""
    dk_values: list[str] = Field(default_factory=lambda: ["dk"])
    na_values: list[str] = Field(default_factory=lambda: ["na"])
    issa: list[str] = Field(default_factory=list)
    """The ISSA ICT Guidelines (2016 numbering) the item rests on, e.g. ``C.2.1 (G.52)``."""


ValueMap = dict[str, str]
"""An earlier version's answer code → this version's code."""
ItemMapping = dict[Identifier, ValueMap | None]
"""One earlier question → the questions of this version it answers (``None``: same codes).
An empty mapping says the earlier question is not comparable with any item of this version."""


class PreviousVersion(_Strict):
    """How answers collected with an earlier version of the form read in this configuration."""

    items: dict[Identifier, ItemMapping] = Field(default_factory=dict)
    not_asked: list[Identifier] = Field(default_factory=list)
    """Scored items that version did not ask: not applicable for its responses."""


class ScoringConfig(_Strict):
    schema_: str | None = Field(default=None, alias="$schema")
    id: Identifier
    version: Annotated[str, StringConstraints(min_length=1)]
    form: Identifier
    """The id of the form whose answers this config scores."""
    levels: list[LevelBand] = Field(min_length=1)
    level_labels: dict[str, Text] = Field(default_factory=dict)
    targets: Targets
    target_rules: dict[Literal["T_min", "T_int", "T_opt"], TargetRule] = Field(default_factory=dict)
    gate_cap_level: int = 2
    provisional_if_completeness_below: float = Field(default=0.7, ge=0, le=1)
    dimensions: dict[DimensionCode, DimensionInfo]
    subdimensions: dict[str, SubDimensionInfo]
    recommendations: dict[str, Text]
    actors: dict[Identifier, Text] = Field(default_factory=dict)
    """Who carries out recommendations: actor code → its name in each language."""
    recommendation_actors: dict[str, Identifier] = Field(default_factory=dict)
    """Recommendation key → the actor (a code of ``actors``) who acts on it; once any is given,
    every recommendation needs one."""
    items: list[ScoringItem] = Field(min_length=1)
    previous_versions: dict[str, PreviousVersion] = Field(default_factory=dict)
    """Form version → how its answers read in this configuration's items (see
    :mod:`sp_collect.analysis.form_versions`)."""

    def item_order(self) -> dict[str, int]:
        return {item.id: index for index, item in enumerate(self.items)}

    def ordered_like(self, question_ids: list[str]) -> ScoringConfig:
        """A copy whose items follow the form's order (gap ranking breaks ties by it)."""
        position = {qid: index for index, qid in enumerate(question_ids)}
        items = sorted(self.items, key=lambda item: position.get(item.id, len(position)))
        return self.model_copy(update={"items": items})


@dataclass(frozen=True)
class ConfigProblem:
    """One problem in a scoring config: a stable code, a JSON pointer into it, a sentence."""

    code: str
    pointer: str
    message: str
    question: str | None = None

    def __str__(self) -> str:
        return f"{self.pointer or '/'}: {self.message}"


def load_scoring_config(source: str | Path | Mapping[str, Any]) -> ScoringConfig:
    """Read and check a scoring config; every problem is reported at once with its pointer."""
    if isinstance(source, Mapping):
        file, data = None, dict(source)
    else:
        file, data = str(source), _read(source)
    try:
        config = ScoringConfig.model_validate(data)
    except ValidationError as exc:
        problems = [_problem_from_pydantic(error) for error in exc.errors()]
        raise _config_error(problems, file) from None
    problems = config_problems(config)
    if problems:
        raise _config_error(problems, file)
    return config


def scoring_json_schema() -> dict[str, Any]:
    """The JSON Schema shipped as ``resources/scoring.schema.json`` for config authors."""
    schema = ScoringConfig.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://sp-collect.invalid/scoring.schema.json"
    return schema


def config_problems(config: ScoringConfig) -> list[ConfigProblem]:
    """What the schema alone cannot say: cross-references, band order, rule/field agreement."""
    problems = _level_problems(config)
    for code in DIMENSIONS:
        if code not in config.dimensions:
            problems.append(
                ConfigProblem("scoring_dimension", "/dimensions", f"dimension {code} is missing")
            )
    for code, info in config.subdimensions.items():
        pointer = f"/subdimensions/{_escape(code)}"
        if code not in SUBDIMENSIONS:
            known = ", ".join(SUBDIMENSIONS)
            problems.append(
                ConfigProblem("scoring_subdimension", pointer, f"{code} is not one of {known}")
            )
        elif info.dim != SUBDIMENSIONS[code]:
            problems.append(
                ConfigProblem(
                    "scoring_subdimension",
                    f"{pointer}/dim",
                    f"{code} belongs to dimension {SUBDIMENSIONS[code]}, not {info.dim}",
                )
            )
    for name, rule in config.target_rules.items():
        for code in rule.also:
            if code not in DIMENSIONS and code not in SUBDIMENSIONS:
                problems.append(
                    ConfigProblem(
                        "scoring_target",
                        f"/target_rules/{name}/also/{_escape(code)}",
                        f"{code} is neither a dimension nor a sub-dimension code",
                    )
                )
    problems.extend(_actor_problems(config))
    seen: set[str] = set()
    for index, item in enumerate(config.items):
        pointer = f"/items/{index}"
        if item.id in seen:
            problems.append(
                ConfigProblem("scoring_duplicate", f"{pointer}/id", f"{item.id} is listed twice")
            )
        seen.add(item.id)
        problems.extend(_item_problems(config, item, pointer))
    for version, previous in config.previous_versions.items():
        pointer = f"/previous_versions/{_escape(version)}"
        named = [
            (f"{pointer}/items/{old}/{new}", new) for old, t in previous.items.items() for new in t
        ]
        named += [
            (f"{pointer}/not_asked/{index}", new) for index, new in enumerate(previous.not_asked)
        ]
        problems.extend(
            ConfigProblem(
                "scoring_previous_version",
                where,
                f"version {version} names {item_id}, which this configuration does not score",
            )
            for where, item_id in named
            if item_id not in seen
        )
    return problems


def _actor_problems(config: ScoringConfig) -> list[ConfigProblem]:
    """Every recommendation's actor is declared, and (when actors are given) none is missing."""
    problems = []
    for key, actor in config.recommendation_actors.items():
        pointer = f"/recommendation_actors/{_escape(key)}"
        if key not in config.recommendations:
            problems.append(
                ConfigProblem("scoring_actor", pointer, f"{key} is not a declared recommendation")
            )
        if actor not in config.actors:
            problems.append(
                ConfigProblem("scoring_actor", pointer, f"{actor} is not declared under actors")
            )
    if config.recommendation_actors:
        problems.extend(
            ConfigProblem(
                "scoring_actor",
                "/recommendation_actors",
                f"recommendation {key} names no actor; add who acts on it",
            )
            for key in config.recommendations
            if key not in config.recommendation_actors
        )
    return problems


def _level_problems(config: ScoringConfig) -> list[ConfigProblem]:
    problems: list[ConfigProblem] = []
    levels = config.levels
    if levels[0][0] != 0 or levels[-1][1] <= 100:
        problems.append(
            ConfigProblem("scoring_levels", "/levels", "levels must cover indices 0 to 100")
        )
    for index, (lo, hi, level, _label) in enumerate(levels):
        if lo >= hi:
            problems.append(
                ConfigProblem("scoring_levels", f"/levels/{index}", "lower bound ≥ upper bound")
            )
        if index and (lo != levels[index - 1][1] or level <= levels[index - 1][2]):
            problems.append(
                ConfigProblem(
                    "scoring_levels",
                    f"/levels/{index}",
                    "levels must ascend and each must start where the previous one ends",
                )
            )
    numbers = {str(level[2]) for level in levels}
    if str(config.gate_cap_level) not in numbers:
        problems.append(
            ConfigProblem("scoring_levels", "/gate_cap_level", "gate_cap_level is not a level")
        )
    for key in config.level_labels:
        if key not in numbers:
            problems.append(
                ConfigProblem("scoring_levels", f"/level_labels/{_escape(key)}", "unknown level")
            )
    return problems


_FIELDS_BY_RULE: dict[str, tuple[str, ...]] = {
    "map": ("map",),
    "max": ("map",),
    "bands": ("bands",),
    "count_bands": ("bands", "exclude"),
    "likert_minus_one": (),
}


def _item_problems(config: ScoringConfig, item: ScoringItem, pointer: str) -> list[ConfigProblem]:
    problems: list[ConfigProblem] = []

    def add(code: str, where: str, message: str) -> None:
        problems.append(ConfigProblem(code, f"{pointer}{where}", message, item.id))

    sub = config.subdimensions.get(item.sub)
    if sub is None:
        add("scoring_subdimension", "/sub", f"sub-dimension {item.sub} is not declared")
    elif sub.dim != item.dim:
        add("scoring_subdimension", "/sub", f"{item.sub} belongs to {sub.dim}, not {item.dim}")
    if item.recommendation not in config.recommendations:
        add("scoring_recommendation", "/recommendation", f"{item.recommendation} is not declared")
    allowed = _FIELDS_BY_RULE[item.rule]
    for name in ("map", "bands", "exclude"):
        present = bool(getattr(item, name))
        if present and name not in allowed:
            add("scoring_rule", f"/{name}", f"rule {item.rule} does not use {name}")
        elif not present and name in allowed and name != "exclude":
            add("scoring_rule", f"/{name}", f"rule {item.rule} needs {name}")
    if item.bands:
        for message in _band_problems(item.bands, counts=item.rule == "count_bands"):
            add("scoring_bands", "/bands", message)
    return problems


def _band_problems(bands: list[Band], *, counts: bool) -> list[str]:
    """Bands must ascend without gaps; count bands may also be whole-number ranges (2–3, 4–5).

    A first band ``[x, x]`` holds exactly ``x`` (its lower bound is inclusive); any later band
    with ``lo == hi`` would be empty under the lower-exclusive rule, except in a count's
    whole-number ranges (``[1, 1]`` after ``[0, 0]``).
    """
    messages: list[str] = []
    for index, (lo, hi, _score) in enumerate(bands):
        if lo > hi:
            messages.append(f"band {index} has its lower bound above its upper bound")
        elif lo == hi and index and not counts:
            messages.append(f"band {index} is empty: its bounds are equal")
        if counts and (lo != int(lo) or hi != int(hi)):
            messages.append(f"band {index} of a count must have whole-number bounds")
        if index:
            previous_hi = bands[index - 1][1]
            joins = lo == previous_hi or (counts and lo == previous_hi + 1)
            if not joins:
                messages.append(f"band {index} must start where band {index - 1} ends")
    return messages


def _read(path: str | Path) -> dict[str, Any]:
    where = Location(file=str(path))
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise FormDefinitionError(
            f"cannot read the scoring config ({exc.strerror}); check the path",
            code="scoring_unreadable",
            where=where,
        ) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormDefinitionError(
            f"the scoring config is not valid JSON ({exc.msg}); fix the syntax",
            code="scoring_json",
            where=Location(file=str(path), line=exc.lineno, column=exc.colno),
        ) from None
    if not isinstance(data, dict):
        raise FormDefinitionError(
            "the scoring config must be a JSON object", code="scoring_invalid", where=where
        )
    return data


def _problem_from_pydantic(error: Any) -> ConfigProblem:
    path = [part for part in error["loc"] if part != "[key]"]
    pointer = "".join(f"/{_escape(str(part))}" for part in path)
    return ConfigProblem("scoring_schema", pointer, str(error["msg"]))


def _config_error(problems: list[ConfigProblem], file: str | None) -> FormDefinitionError:
    first = problems[0]
    count = f"{len(problems)} problems" if len(problems) > 1 else "a problem"
    return FormDefinitionError(
        f"the scoring config has {count}, first: {first.message}; fix it and load it again",
        code="scoring_invalid",
        where=Location(file=file, pointer=first.pointer, question=first.question),
        problems=tuple(problems),
    )


def _escape(token: str) -> str:
    """A JSON-pointer reference token (RFC 6901)."""
    return token.replace("~", "~0").replace("/", "~1")
