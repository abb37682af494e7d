"""XLSForm expressions (XPath 1.0 semantics): parse with lark, compile once, evaluate safely.

>>> evaluate("${a} + 1", a=2)
3.0
"""

from __future__ import annotations

import functools

from lark.exceptions import UnexpectedInput

from sp_collect.engine.expr.compiler import compile_tree
from sp_collect.engine.expr.context import EvalContext, SimpleContext
from sp_collect.engine.expr.diagnostics import expression_error, syntax_error
from sp_collect.engine.expr.expression import Expression, FunctionCall
from sp_collect.engine.expr.functions import FUNCTIONS
from sp_collect.engine.expr.grammar import PARSER, PIPE_PATTERN
from sp_collect.engine.expr.spec import FunctionSpec
from sp_collect.engine.expr.values import (
    NodeSet,
    Value,
    format_number,
    from_raw,
    to_boolean,
    to_number,
    to_string,
)

__all__ = [
    "FUNCTIONS",
    "PIPE_PATTERN",
    "EvalContext",
    "Expression",
    "FunctionCall",
    "FunctionSpec",
    "NodeSet",
    "SimpleContext",
    "Value",
    "compile_expression",
    "evaluate",
    "format_number",
    "from_raw",
    "to_boolean",
    "to_number",
    "to_string",
]


@functools.lru_cache(maxsize=8192)
def compile_expression(source: str) -> Expression:
    """Compile ``source`` (cached by text); raises ExpressionError with a code and a column."""
    try:
        tree = PARSER.parse(source)
    except UnexpectedInput as error:
        raise syntax_error(source, error, FUNCTIONS) from None
    try:
        return compile_tree(source, tree)
    except RecursionError:
        raise expression_error(
            source, "the expression is nested too deeply", None, "expr_syntax"
        ) from None


def evaluate(source: str, context: EvalContext | None = None, /, **values: object) -> Value:
    """Compile and evaluate in one step, for tests and tools: ``evaluate("${a} + 1", a=2)``.

    Without a context, the keyword arguments are the answers of a SimpleContext.
    """
    if context is not None and values:
        raise TypeError("evaluate() takes a context or answers as keywords, not both")
    return compile_expression(source).evaluate(context or SimpleContext(values))
