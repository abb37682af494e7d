"""ODK's functions on select answers: selected, count-selected, selected-at, jr:choice-name."""

from __future__ import annotations

import math
import re

from sp_collect.engine.expr.context import EvalContext
from sp_collect.engine.expr.grammar import NAME, PIPE_PATTERN
from sp_collect.engine.expr.spec import FunctionSpec
from sp_collect.engine.expr.values import Value, to_number, to_string

_BARE_NAME = re.compile(NAME)


def choice_question(text: str) -> str | None:
    """The question jr:choice-name's second argument names: '${q}' (or a bare 'q')."""
    text = text.strip()
    match = PIPE_PATTERN.fullmatch(text) or _BARE_NAME.fullmatch(text)
    if match is None:
        return None
    return match.group(1) if match.re is PIPE_PATTERN else match.group(0)


def _selected(_ctx: EvalContext, answer: Value, value: Value) -> bool:
    return to_string(value).strip() in to_string(answer).split()


def _count_selected(_ctx: EvalContext, answer: Value) -> float:
    return float(len(to_string(answer).split()))


def _selected_at(_ctx: EvalContext, answer: Value, index: Value) -> str:
    """The value at 0-based ``index`` (truncated), or "" when there is none."""
    chosen = to_string(answer).split()
    position = to_number(index)
    if not math.isfinite(position) or not 0 <= math.trunc(position) < len(chosen):
        return ""
    return chosen[math.trunc(position)]


def _choice_name(ctx: EvalContext, value: Value, question: Value) -> str:
    name = choice_question(to_string(question))
    choice = to_string(value).strip()
    if name is None or not choice:
        return ""
    return ctx.choice_label(name, choice)


SELECT_FUNCTIONS: dict[str, FunctionSpec] = {
    "selected": FunctionSpec(2, 2, _selected),
    "count-selected": FunctionSpec(1, 1, _count_selected),
    "selected-at": FunctionSpec(2, 2, _selected_at),
    "jr:choice-name": FunctionSpec(2, 2, _choice_name),
}
