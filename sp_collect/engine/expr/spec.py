"""What a function-table entry is, and the failure a function reports at evaluation time."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sp_collect.engine.expr.context import EvalContext
from sp_collect.engine.expr.values import Value

Node = Callable[[EvalContext], Value]
"""A compiled expression node: give it a context, it gives the value."""


class EvalFailure(Exception):
    """A function cannot compute its value; the compiler adds the expression and column."""


@dataclass(frozen=True)
class FunctionSpec:
    """One XLSForm function: how many arguments it takes and what computes it.

    ``impl`` gets ``(ctx, *values)``; a ``lazy`` one gets ``(ctx, *nodes)`` and evaluates only
    the arguments it needs (if, coalesce). With no arguments, a ``defaults_to_current`` function
    is applied to ``.`` as in XPath (``string-length()``). The first ``name_args`` arguments
    must be ``${name}`` references and reach ``impl`` as names (indexed-repeat).
    """

    min_args: int
    max_args: int | None
    impl: Callable[..., Value]
    lazy: bool = False
    defaults_to_current: bool = False
    volatile: bool = False
    name_args: int = 0
    node_args: bool = False
    """References among the arguments reach ``impl`` as node-sets (each node counts)."""
    boolean_args: frozenset[int] = frozenset()
    """Arguments converted with boolean() before the call: a reference there is true when
    its node exists, as XPath converts node-sets."""

    def arity_text(self) -> str:
        """ "2 arguments", "1 or 2 arguments", "at least 1 argument" — for error messages."""
        low, high = self.min_args, self.max_args
        noun = "argument" if (high if high is not None else low) == 1 else "arguments"
        if high is None:
            return f"at least {low} {noun}"
        if low == high:
            return f"{low} {noun}"
        if high == low + 1:
            return f"{low} or {high} {noun}"
        return f"{low} to {high} {noun}"
