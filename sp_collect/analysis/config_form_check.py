"""Checks a scoring config against its form: every item exists, is scoreable, its choices fit."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sp_collect.analysis.scoring_config import ConfigProblem, ScoringConfig, ScoringItem
from sp_collect.engine.model import Form, Repeat, Section, SelectMultiple, SelectOne

_QUESTION_TYPES_BY_RULE: dict[str, tuple[str, ...]] = {
    "map": ("select_one",),
    "likert_minus_one": ("select_one",),
    "max": ("select_multiple",),
    "count_bands": ("select_multiple",),
    "bands": ("integer", "decimal"),
}
_LIKERT_VALUES = frozenset({"1", "2", "3", "4", "5"})


def check_config_against_form(config: ScoringConfig, form: Form) -> list[ConfigProblem]:
    """Every problem that would make the config mis-score this form's answers (empty: fine)."""
    problems: list[ConfigProblem] = []
    if config.form != form.id:
        problems.append(
            ConfigProblem("scoring_form_id", "/form", f"scores form {config.form}, not {form.id}")
        )
    questions = form_questions(form)
    for index, item in enumerate(config.items):
        pointer = f"/items/{index}"
        found = questions.get(item.id)
        if found is None:
            problems.append(
                ConfigProblem(
                    "scoring_unknown_question",
                    f"{pointer}/id",
                    f"the form has no question {item.id}",
                    item.id,
                )
            )
            continue
        question, in_repeat = found
        problems.extend(_question_problems(item, question, in_repeat, form, pointer))
    return problems


def form_questions(form: Form) -> dict[str, tuple[Any, bool]]:
    """Every question of the form by id, with whether it sits inside a repeat."""
    return dict(_questions(form.items, in_repeat=False))


def _questions(items: list[Any], *, in_repeat: bool) -> Iterator[tuple[str, tuple[Any, bool]]]:
    for entry in items:
        if isinstance(entry, Section | Repeat):
            yield from _questions(entry.items, in_repeat=in_repeat or isinstance(entry, Repeat))
        else:
            yield entry.id, (entry, in_repeat)


def _question_problems(
    item: ScoringItem, question: Any, in_repeat: bool, form: Form, pointer: str
) -> list[ConfigProblem]:
    def problem(code: str, where: str, message: str) -> ConfigProblem:
        return ConfigProblem(code, f"{pointer}{where}", message, item.id)

    if in_repeat:
        # Scoring reads one value per question; a repeat holds a list of instances.
        return [problem("scoring_in_repeat", "/id", f"{item.id} is inside a repeat")]
    expected = _QUESTION_TYPES_BY_RULE[item.rule]
    if question.type not in expected:
        kinds = " or ".join(expected)
        return [
            problem(
                "scoring_type",
                "/rule",
                f"rule {item.rule} needs a {kinds} question, {item.id} is {question.type}",
            )
        ]
    if not isinstance(question, SelectOne | SelectMultiple):
        return []
    listed = choice_values(question, form)
    if listed is None:
        return [problem("scoring_choice_list", "/id", f"choice list {question.choices} is missing")]
    values = set(listed)
    problems: list[ConfigProblem] = []
    for field, keys in (("map", list(item.map or {})), ("exclude", item.exclude)):
        problems.extend(
            problem("scoring_choice", f"/{field}", f"{key} is not a choice of {item.id}")
            for key in keys
            if key not in values
        )
    if item.rule == "likert_minus_one":
        odd = sorted(values - _LIKERT_VALUES - set(item.dk_values) - set(item.na_values))
        if odd:
            problems.append(
                problem(
                    "scoring_likert",
                    "/rule",
                    f"likert_minus_one needs choices 1 to 5, {item.id} also has {', '.join(odd)}",
                )
            )
    return problems


def choice_values(question: SelectOne | SelectMultiple, form: Form) -> list[str] | None:
    """The question's choice values in order (``other`` last with or_other); None: no such list."""
    choices = question.choices
    if isinstance(choices, str):
        named = form.choice_lists.get(choices)
        if named is None:
            return None
        choices = named
    values = [choice.value for choice in choices]
    if question.or_other:
        values.append("other")
    return values
