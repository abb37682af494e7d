"""``validate_form``: every structural and meaning problem of a form definition, never just one."""

from __future__ import annotations

from typing import Any

from sp_collect.engine.exprcheck import expression_problems
from sp_collect.engine.model import Form
from sp_collect.engine.problems import Problem
from sp_collect.engine.semantics import meaning_problems
from sp_collect.engine.structure import structure_problems

__all__ = ["Problem", "check_form", "validate_form"]


def check_form(data: Any, *, strict: bool = False) -> tuple[Form | None, list[Problem]]:
    """The validated model (None when the structure is wrong) and every problem found."""
    model, problems = structure_problems(data)
    if isinstance(data, dict):
        # Meaning checks read the raw data, so they report even when the structure is wrong.
        problems += meaning_problems(data, strict=strict)
        problems += expression_problems(data)
    return model, problems


def validate_form(data: Any, *, strict: bool = False, source: str | None = None) -> list[Problem]:
    """Every problem of a form given as parsed JSON; ``source`` names it in problem lines.

    Errors and warnings alike; with ``strict``, missing translations are errors.
    """
    _, problems = check_form(data, strict=strict)
    if source is None:
        return problems
    return [p.located(source) for p in problems]
