"""Turn parser failures into ExpressionErrors a form author understands, with a 1-based column."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

from lark.exceptions import UnexpectedCharacters, UnexpectedInput, UnexpectedToken

from sp_collect.errors import ExpressionError

_TRAILING_NAME = re.compile(r"([A-Za-z_][\w:-]*)\s*$")
_OPERATOR_WORDS = frozenset({"and", "or", "div", "mod"})
_EXPONENT = re.compile(r"[eE][0-9]*")
_OPERAND_STARTS = frozenset({"REF", "NUMBER", "STRING", "FUNCNAME", "LPAR", "DOT", "DOTDOT"})


def expression_error(source: str, message: str, column: int | None, code: str) -> ExpressionError:
    return ExpressionError(message, expression=source, column=column, code=code)


def syntax_error(
    source: str, error: UnexpectedInput, known_functions: Iterable[str]
) -> ExpressionError:
    """The one-sentence explanation of where and why ``source`` does not parse."""
    if not source.strip():
        return expression_error(source, "the expression is empty", 1, "expr_syntax")
    if isinstance(error, UnexpectedToken):
        message, column = _unexpected_token(source, error, known_functions)
    elif isinstance(error, UnexpectedCharacters):
        message, column = _unexpected_character(source, error.pos_in_stream or 0)
    else:
        column = (error.pos_in_stream or 0) + 1
        message = f"the expression cannot be read at column {column}"
    return expression_error(source, message, column, "expr_syntax")


def _unexpected_character(source: str, position: int) -> tuple[str, int]:
    column = position + 1
    char = source[position] if position < len(source) else ""
    if char == "$":
        return (
            f"malformed reference at column {column}: write ${{name}}",
            column,
        )
    if char == "/":
        return path_message(column), column
    if char in "'\"":
        return f"the text starting at column {column} has no closing {char}", column
    return f"unexpected character {char!r} at column {column}", column


def _unexpected_token(
    source: str, error: UnexpectedToken, known_functions: Iterable[str]
) -> tuple[str, int]:
    token = error.token
    if error.expected == {"LPAR"}:
        # Only a bare name is followed by a state that accepts "(" alone: the author wrote a
        # question name or a function without its parentheses.
        end = len(source) if token.type == "$END" else token.start_pos
        return _bare_name(source, end, known_functions)
    if token.type == "$END":
        column = len(source.rstrip()) + 1
        hint = ": a ')' is missing" if "RPAR" in error.expected else ""
        return f"the expression ends too early at column {column}{hint}", column
    column = token.start_pos + 1
    text = str(token)
    if text == "/":
        return path_message(column), column
    if text.lower() in _OPERATOR_WORDS:
        return f"write {text.lower()!r} in lower case at column {column}", column
    if text == "=" and source[token.start_pos - 1 : token.start_pos] == "=":
        return f"use a single '=' to compare (column {column - 1})", column - 1
    if _EXPONENT.fullmatch(text) and source[token.start_pos - 1 : token.start_pos].isdigit():
        return f"write numbers without an exponent, e.g. 100000 (column {column})", column
    if token.type in _OPERAND_STARTS and "EQ" in error.expected:
        # The parser had a complete operand and wanted an operator, a ',' or a ')'.
        return f"an operator is missing before {text!r} at column {column}", column
    return f"unexpected {text!r} at column {column}", column


def _bare_name(source: str, end: int, known_functions: Iterable[str]) -> tuple[str, int]:
    match = _TRAILING_NAME.search(source[:end])
    name = match.group(1) if match else source[:end].strip()
    column = (match.start(1) if match else 0) + 1
    return bare_name_message(name, column, known_functions)


def path_message(column: int) -> str:
    """Paths from the form's root are not supported: references are written ${name}."""
    return (
        f"paths like /data/name are not supported (column {column}): refer to a question "
        "as ${name}, or look a value up with instance('list')/root/item[name = ${q}]/label"
    )


def bare_name_message(name: str, column: int, known_functions: Iterable[str]) -> tuple[str, int]:
    """A bare name outside a path predicate: a question without ${…}, or a text without quotes."""
    if name in set(known_functions):
        return f"{name!r} at column {column} is a function: write {name}()", column
    return (
        f"{name!r} at column {column} is neither a question nor a text: "
        f"write ${{{name}}} for the question or '{name}' for the text",
        column,
    )


def unknown_function(
    source: str, name: str, column: int, known_functions: Iterable[str]
) -> ExpressionError:
    """The error for an unknown function name, suggesting the closest known one."""
    close = difflib.get_close_matches(name, list(known_functions), n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    return expression_error(
        source,
        f"unknown function {name!r} at column {column}{hint}",
        column,
        "expr_unknown_function",
    )
