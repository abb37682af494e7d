"""The choices a filter keeps, remembered per form version and shared by every session of it.

A choice filter is tested once per choice (322 of them for a Form D correction), and again each
time the question's view is rebuilt. When the filter reads nothing but other questions' values
and the choice's own columns, which choices it keeps depends only on those values: the first
session to see a combination of them tests the choices, every later view (in any session of
the form) reuses the answer. Filters that read the clock, chance, the current node, positions
or other repeat instances are tested every time, as before.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any

from sp_collect.engine.expr import Expression
from sp_collect.engine.filters import COLUMN_PREFIX, column_of, column_value

if TYPE_CHECKING:
    from sp_collect.engine.compiled import ItemInfo

PLACE_FUNCTIONS = frozenset({"position", "indexed-repeat", "current", "last"})
"""Calls whose result depends on where the filter is evaluated, not only on values."""
LIMIT = 1024
"""Combinations remembered per question; past it the oldest half is forgotten."""


def memo_inputs(expression: Expression) -> tuple[str, ...] | None:
    """The question names a filter's result depends on, or None when it depends on more."""
    if expression.volatile or expression.navigates or expression.uses_current:
        return None
    if any(call.name in PLACE_FUNCTIONS for call in expression.function_calls):
        return None
    return tuple(sorted(r for r in expression.references if not r.startswith(COLUMN_PREFIX)))


class ChoiceMemo:
    """Kept choices per (question, language, values of the questions its filter reads)."""

    def __init__(self) -> None:
        self._inputs: dict[str, tuple[str, ...] | None] = {}
        self._kept: dict[str, dict[Hashable, Any]] = {}
        self._columns: dict[str, tuple[Hashable, ...]] = {}

    def inputs(self, info: ItemInfo, expression: Expression) -> tuple[str, ...] | None:
        """What the question's filter reads (None: it cannot be remembered)."""
        if info.id not in self._inputs:
            self._inputs[info.id] = memo_inputs(expression)
        return self._inputs[info.id]

    def column_keys(self, info: ItemInfo, expression: Expression) -> tuple[Hashable, ...]:
        """Per choice, the values of the columns its filter reads. Choices alike in them are
        kept or dropped together, so a filter that reads nothing else is tested once for each
        such group (Form D's corrections: one test per form item, not per choice)."""
        if info.id not in self._columns:
            columns = sorted({c for r in expression.references if (c := column_of(r))})
            self._columns[info.id] = tuple(
                tuple(frozen(column_value(choice, column)) for column in columns)
                for choice in info.choices
            )
        return self._columns[info.id]

    def get(self, info: ItemInfo, key: Hashable, compute: Callable[[], Any]) -> Any:
        """The remembered result for ``key``, or ``compute()``'s, then remembered."""
        found = self._kept.setdefault(info.id, {})
        if key in found:
            return found[key]
        value = compute()
        if len(found) >= LIMIT:
            for old in list(found)[: LIMIT // 2]:
                del found[old]
        found[key] = value
        return value


def frozen(value: object) -> Hashable:
    """A value as a memo key: equal only when a filter cannot tell them apart (1, 1.0 and True
    are equal in Python, so the type is part of it)."""
    if isinstance(value, list):
        return ("list", tuple(frozen(v) for v in value))
    if isinstance(value, dict):
        return ("dict", tuple(sorted((str(k), frozen(v)) for k, v in value.items())))
    return (type(value).__name__, value)  # answers are JSON values: the rest is hashable
