"""The function table: every XLSForm function name → its arity and implementation."""

from __future__ import annotations

import math

from sp_collect.engine.expr.context import EvalContext
from sp_collect.engine.expr.lib_dates import DATE_FUNCTIONS
from sp_collect.engine.expr.lib_encoding import ENCODING_FUNCTIONS
from sp_collect.engine.expr.lib_geo import GEO_FUNCTIONS
from sp_collect.engine.expr.lib_instances import INSTANCE_FUNCTIONS
from sp_collect.engine.expr.lib_lists import LIST_FUNCTIONS
from sp_collect.engine.expr.lib_numbers import NUMBER_FUNCTIONS
from sp_collect.engine.expr.lib_selects import SELECT_FUNCTIONS
from sp_collect.engine.expr.lib_strings import STRING_FUNCTIONS
from sp_collect.engine.expr.spec import FunctionSpec, Node
from sp_collect.engine.expr.values import Value, from_raw, to_boolean, to_number, to_string


def _if(ctx: EvalContext, condition: Node, then: Node, otherwise: Node) -> Value:
    return then(ctx) if to_boolean(condition(ctx)) else otherwise(ctx)


def _coalesce(ctx: EvalContext, first: Node, second: Node) -> Value:
    value = first(ctx)
    return value if to_string(value) != "" else second(ctx)


def _once(_ctx: EvalContext, value: Value) -> Value:
    # The session keeps the first non-empty value; here once(x) is simply x.
    return value


def _position(ctx: EvalContext) -> float:
    return float(ctx.position())


def _indexed_repeat(ctx: EvalContext, name: str, repeat: str, index: Value) -> Value:
    """The answer in instance ``index`` (1-based, truncated); "" when there is no such instance."""
    number = to_number(index)
    if not 1 <= number < math.inf:
        return ""
    return from_raw(ctx.indexed_repeat(name, repeat, int(number)))


_LOGIC_FUNCTIONS: dict[str, FunctionSpec] = {
    "boolean": FunctionSpec(1, 1, lambda _ctx, v: to_boolean(v), boolean_args=frozenset({0})),
    "true": FunctionSpec(0, 0, lambda _ctx: True),
    "false": FunctionSpec(0, 0, lambda _ctx: False),
    "not": FunctionSpec(1, 1, lambda _ctx, v: not to_boolean(v), boolean_args=frozenset({0})),
    "if": FunctionSpec(3, 3, _if, lazy=True, boolean_args=frozenset({0})),
    "coalesce": FunctionSpec(2, 2, _coalesce, lazy=True),
    "once": FunctionSpec(1, 1, _once),
    "position": FunctionSpec(0, 1, _position),
    "indexed-repeat": FunctionSpec(3, 3, _indexed_repeat, name_args=2),
}

FUNCTIONS: dict[str, FunctionSpec] = {
    **_LOGIC_FUNCTIONS,
    **STRING_FUNCTIONS,
    **NUMBER_FUNCTIONS,
    **SELECT_FUNCTIONS,
    **DATE_FUNCTIONS,
    **ENCODING_FUNCTIONS,
    **GEO_FUNCTIONS,
    **LIST_FUNCTIONS,
    **INSTANCE_FUNCTIONS,
}
"""Every function an expression may call, by its XLSForm name."""
