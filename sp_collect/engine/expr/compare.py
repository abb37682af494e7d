"""XPath 1.0 comparisons: = and != by type priority, < <= > >= as numbers, node-sets by existence.

Relational operators compare numbers. ISO dates and datetimes are numbers of days (see
``values.to_number``), so ``${d} <= today()`` compares dates as ODK does, and two strings that are
neither numbers nor dates compare as NaN: every relational comparison of them is false.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import Any

from sp_collect.engine.expr.values import NodeSet, Value, to_boolean, to_number, to_string

Comparison = Callable[[Value, Value], bool]

_OPS: dict[str, Callable[[Any, Any], bool]] = {
    "=": operator.eq,
    "!=": operator.ne,
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}


def _equality(op: Callable[[Any, Any], bool]) -> Comparison:
    def compare(left: Value, right: Value) -> bool:
        if isinstance(left, NodeSet) or isinstance(right, NodeSet):
            return _nodeset_compare(op, left, right, relational=False)
        if isinstance(left, bool) or isinstance(right, bool):
            return op(to_boolean(left), to_boolean(right))
        if isinstance(left, float) or isinstance(right, float):
            return op(to_number(left), to_number(right))
        return op(left, right)

    return compare


def _relational(op: Callable[[Any, Any], bool]) -> Comparison:
    def compare(left: Value, right: Value) -> bool:
        if isinstance(left, NodeSet) or isinstance(right, NodeSet):
            return _nodeset_compare(op, left, right, relational=True)
        return op(to_number(left), to_number(right))

    return compare


def _nodeset_compare(
    op: Callable[[Any, Any], bool], left: Value, right: Value, *, relational: bool
) -> bool:
    """True when some member satisfies the comparison (XPath 1.0 §3.4)."""
    if isinstance(left, bool) or isinstance(right, bool):
        if relational:
            return op(to_number(to_boolean(left)), to_number(to_boolean(right)))
        return op(to_boolean(left), to_boolean(right))
    if isinstance(left, NodeSet) and isinstance(right, NodeSet):
        right_keys = [_key(r, None, relational) for r in right.values]
        return any(op(_key(lv, None, relational), rk) for lv in left.values for rk in right_keys)
    if isinstance(left, NodeSet):
        other = _key(right, right, relational)
        return any(op(_key(lv, right, relational), other) for lv in left.values)
    assert isinstance(right, NodeSet)
    other = _key(left, left, relational)
    return any(op(other, _key(rv, left, relational)) for rv in right.values)


def _key(value: Value, other: Value | None, relational: bool) -> object:
    """What a node's string is compared as: a number when relational or against a number."""
    if relational or isinstance(other, float):
        return to_number(value)
    return to_string(value)


COMPARISONS: dict[str, Comparison] = {
    symbol: (_equality(op) if symbol in ("=", "!=") else _relational(op))
    for symbol, op in _OPS.items()
}
"""Operator symbol → comparison of two values."""
