"""XPath 1.0 comparisons: = and != by type priority, < <= > >= as numbers, node-sets by existence.

Relational operators compare numbers. ISO dates and datetimes are numbers of days (see
``values.to_number``), so ``${d} <= today()`` compares dates as ODK does, and two strings that are
neither numbers nor dates compare as NaN: every relational comparison of them is false.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import Any

from sp_collect.engine.expr.values import (
    NodeSet,
    Value,
    as_nodeset,
    to_boolean,
    to_number,
    to_string,
)

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


def node_truth(value: Value) -> bool:
    """``boolean()`` of a reference: a node-set is true when it holds a node, whatever its
    value (XPath 1.0 §4.3), so ``boolean(${empty})`` and ``boolean(${zero})`` are true."""
    return bool(value.values) if isinstance(value, NodeSet) else True


def node_text(value: Value) -> Value:
    """A reference's value as the node it is: its string, or the node-set itself."""
    return value if isinstance(value, NodeSet | str) else to_string(value)


def _node_equality(op: Callable[[Any, Any], bool], *, both: bool) -> Comparison:
    """= and != where ``left`` is a reference (a node whose value is a string) and ``right``
    is a reference too when ``both``: XPath compares a node with a string as strings, with a
    number as numbers, with a boolean as booleans (the node-set is true)."""
    general = _equality(op)

    def compare(left: Value, right: Value) -> bool:
        if isinstance(left, NodeSet) or isinstance(right, NodeSet):
            return general(as_nodeset(left), as_nodeset(right) if both else right)
        if both:
            return op(node_text(left), node_text(right))
        kind = type(right)
        if kind is str:
            return op(left if type(left) is str else to_string(left), right)
        if kind is bool:
            return op(True, right)
        return op(to_number(left), to_number(right))

    return compare


COMPARISONS: dict[str, Comparison] = {
    symbol: (_equality(op) if symbol in ("=", "!=") else _relational(op))
    for symbol, op in _OPS.items()
}
"""Operator symbol → comparison of two values."""

NODE_EQUALITIES: dict[tuple[str, bool], Comparison] = {
    (symbol, both): _node_equality(_OPS[symbol], both=both)
    for symbol in ("=", "!=")
    for both in (False, True)
}
"""(operator, both sides references) → equality where the left side is a reference."""
