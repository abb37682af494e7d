"""``validate_form``: every structural and meaning problem of a form definition, never just one."""

from __future__ import annotations

from typing import Any

from sp_collect.engine.answers import AnswerTypeError, check_answer
from sp_collect.engine.compiled import CompiledForm
from sp_collect.engine.exprcheck import expression_problems
from sp_collect.engine.problems import Problem
from sp_collect.engine.semantics import meaning_problems
from sp_collect.engine.structure import structure_problems

__all__ = ["Problem", "check_form", "validate_form"]


def check_form(data: Any, *, strict: bool = False) -> tuple[CompiledForm | None, list[Problem]]:
    """The compiled form (None when it has errors) and every problem found."""
    model, problems = structure_problems(data)
    if isinstance(data, dict):
        # Meaning checks read the raw data, so they report even when the structure is wrong.
        problems += meaning_problems(data, strict=strict)
        problems += expression_problems(data)
    if model is None or any(p.severity == "error" for p in problems):
        return None, problems
    compiled = CompiledForm(model)
    problems += _default_problems(compiled)
    return compiled, problems


def _default_problems(form: CompiledForm) -> list[Problem]:
    """Static defaults must be answers the question accepts (checked on the compiled form,
    whose choice lists are resolved)."""
    problems: list[Problem] = []
    for info in form.items.values():
        default = getattr(info.item, "default", None)
        if default is None or "default" in info.expressions or not info.answerable:
            continue
        try:
            check_answer(info, default)
        except AnswerTypeError as exc:
            problems.append(
                Problem(
                    "invalid_default",
                    f"{info.pointer}/default",
                    f"the default of '{info.id}' does not fit: {exc}",
                )
            )
    return problems


def validate_form(data: Any, *, strict: bool = False, source: str | None = None) -> list[Problem]:
    """Every problem of a form given as parsed JSON; ``source`` names it in problem lines.

    Errors and warnings alike; with ``strict``, missing translations are errors.
    """
    _, problems = check_form(data, strict=strict)
    if source is None:
        return problems
    return [p.located(source) for p in problems]
