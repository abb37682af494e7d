"""A compiled expression: its source, what it reads, and a safe ``evaluate``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sp_collect.engine.expr.context import EvalContext
from sp_collect.engine.expr.spec import Node
from sp_collect.engine.expr.values import Value, to_boolean
from sp_collect.errors import ExpressionError


@dataclass(frozen=True)
class FunctionCall:
    """A call in an expression; ``args[i]`` is the name when argument i is exactly ``${name}``."""

    name: str
    args: tuple[str | None, ...]


@dataclass(frozen=True)
class Expression:
    """One XLSForm expression compiled once; evaluate it as often as answers change.

    ``references`` are the ``${name}``s it reads (the session's dependency graph),
    ``uses_current`` tells whether it reads ``.``, ``volatile`` whether it depends on the clock
    or chance (today, now, random, uuid), and ``function_calls`` lists every call in source order.
    """

    source: str
    references: frozenset[str]
    uses_current: bool
    volatile: bool
    function_calls: tuple[FunctionCall, ...]
    node: Node = field(repr=False, compare=False)
    navigates: bool = False
    """It has a location path: it may read other repeat instances than its own."""
    lists: frozenset[str] = frozenset()
    """Lists named in instance('…') and pulldata('…', …): the form must have them."""
    numbers: tuple[float, ...] = ()
    """The number literals written in it, in source order (a form keeps them within 15 digits)."""
    condition: Callable[[EvalContext], bool] | None = field(default=None, repr=False, compare=False)
    """The expression converted with boolean(), as XPath does it: a reference is a node-set,
    true whenever its node exists (None: ``to_boolean`` of the value)."""

    def test(self, ctx: EvalContext) -> bool:
        """``boolean()`` of the expression in ``ctx`` (relevant, required, constraint)."""
        if self.condition is None:
            return to_boolean(self.evaluate(ctx))
        return self._guarded(self.condition, ctx)

    def evaluate(self, ctx: EvalContext) -> Value:
        """The value in ``ctx``; any failure, even one of the context, is an ExpressionError."""
        return self._guarded(self.node, ctx)

    def _guarded(self, node: Callable[[EvalContext], Any], ctx: EvalContext) -> Any:
        try:
            return node(ctx)
        except ExpressionError:
            raise
        except RecursionError as error:
            raise ExpressionError(
                "the expression is nested too deeply to evaluate",
                expression=self.source,
                code="expr_eval",
            ) from error
        except Exception as error:
            # The contract is that evaluation raises only ExpressionError, so that the session
            # can show the form author a sentence instead of crashing the interview.
            raise ExpressionError(
                f"the expression could not be evaluated ({type(error).__name__}: {error})",
                expression=self.source,
                code="expr_eval",
            ) from error
