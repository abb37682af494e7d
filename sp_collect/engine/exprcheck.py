"""Meaning checks of a form's expressions: syntax, references, `.`, cycles.

selected() and count-selected() take any string (ODK XForms spec), so a text or a calculation
is a valid first argument: real forms use them on calculates."""

from __future__ import annotations

from collections.abc import Container
from typing import Any

from sp_collect.engine.expr import PIPE_PATTERN, Expression, compile_expression
from sp_collect.engine.filters import VALUE_COLUMNS, column_of, rewrite_choice_filter
from sp_collect.engine.graph import topological_order
from sp_collect.engine.numbers import too_large
from sp_collect.engine.problems import Problem
from sp_collect.engine.rawform import (
    TEXT_PROPERTIES,
    VALUE_PROPERTIES,
    RawItem,
    expression_texts,
    raw_choice_lists,
    walk_items,
)
from sp_collect.errors import ExpressionError


def expression_problems(form: dict[str, Any]) -> list[Problem]:
    """Every problem in the form's expressions and piped labels, then dependency cycles."""
    items = list(walk_items(form))
    types = {item.id: item.type for item in items if item.id}
    lists = raw_choice_lists(form)
    files = form.get("choice_files") if isinstance(form.get("choice_files"), dict) else {}
    problems: list[Problem] = []
    depends_on: dict[str, set[str]] = {}
    edge_pointers: dict[tuple[str, str], str] = {}
    for item in items:
        needed = depends_on.setdefault(item.id or item.pointer, set())
        if item.parent:
            needed.add(item.parent)  # a child's visibility follows its container's
        for name, text in expression_texts(item.data).items():
            pointer = f"{item.pointer}/{name}"
            columns = _choice_columns(item.data.get("choices"), lists, files)
            expression, found = _check(
                item, name, text=text, pointer=pointer, types=types, columns=columns
            )
            problems += found
            if expression is not None:
                problems += [
                    Problem(
                        "unknown_choice_list",
                        pointer,
                        f"there is no choice list named '{missing}' for instance() or pulldata()",
                    )
                    for missing in sorted(expression.lists - lists.keys())
                ]
            if expression is not None and name in VALUE_PROPERTIES:
                for ref in expression.references & types.keys():
                    needed.add(ref)
                    edge_pointers.setdefault((item.id or item.pointer, ref), pointer)
        for name in TEXT_PROPERTIES:
            problems += _piping_problems(item.data.get(name), f"{item.pointer}/{name}", types)
    problems += _instance_name_problems(form, types)
    problems += _cycle_problems(items, depends_on, edge_pointers)
    return problems


def _instance_name_problems(form: dict[str, Any], types: dict[str, str | None]) -> list[Problem]:
    """``settings.instance_name`` names responses in lists: its references must exist too."""
    settings = form.get("settings")
    text = settings.get("instance_name") if isinstance(settings, dict) else None
    if not isinstance(text, str):
        return []
    pointer = "/settings/instance_name"
    holder = RawItem(pointer="/settings", data={}, scope=(), parent=None)
    return _check(holder, "instance_name", text=text, pointer=pointer, types=types, columns=None)[1]


def _check(
    item: RawItem,
    name: str,
    *,
    text: str,
    pointer: str,
    types: dict[str, str | None],
    columns: set[str] | None,
) -> tuple[Expression | None, list[Problem]]:
    source = rewrite_choice_filter(text) if name == "choice_filter" else text
    try:
        expression = compile_expression(source)
    except ExpressionError as exc:
        where = f" at column {exc.column}" if exc.column and "column" not in exc.message else ""
        return None, [Problem(exc.code, pointer, f"{exc.message}{where} in '{text}'")]
    problems: list[Problem] = []
    for reference in sorted(expression.references):
        column = column_of(reference)
        if column is not None:
            if columns is not None and column not in columns | VALUE_COLUMNS:
                problems.append(
                    Problem(
                        "unknown_choice_column",
                        pointer,
                        f"no choice of this question has a column '{column}'",
                    )
                )
        elif reference not in types:
            problems.append(
                Problem("unknown_reference", pointer, f"'${{{reference}}}' names no question")
            )
    problems += _number_problems(item, name, expression, pointer)
    if expression.uses_current and name != "constraint":
        problems.append(
            Problem(
                "current_outside_constraint",
                pointer,
                "'.' (this question's value) can only be used in a constraint",
            )
        )
    return expression, problems


def _number_problems(
    item: RawItem, name: str, expression: Expression, pointer: str
) -> list[Problem]:
    """A number written beyond 15 digits cannot be computed with exactly: refused at load."""
    large = next((number for number in expression.numbers if too_large(number)), None)
    if large is None:
        return []
    owner = f"the {name} of '{item.id}'" if item.id else f"the form's {name}"
    return [
        Problem(
            "number_too_large",
            pointer,
            f"{owner} writes a number of {len(f'{abs(large):.0f}')} digits; "
            "write at most 15 digits",
        )
    ]


def _choice_columns(choices: Any, lists: dict[str, Any], files: Container[str]) -> set[str] | None:
    """Column names of the item's choices; None when the list is unknown (reported elsewhere)
    or comes from a file (its columns are the file's, which may change with the file)."""
    if isinstance(choices, str) and choices in files:
        return None
    resolved = lists.get(choices) if isinstance(choices, str) else choices
    if not isinstance(resolved, list) or not resolved:
        return None  # an unknown list (reported elsewhere), or a file list before its file
    columns: set[str] = set()
    for choice in resolved:
        if isinstance(choice, dict):
            columns |= set(choice) - {"label", "image"}
    return columns


def _piping_problems(text: Any, pointer: str, types: dict[str, str | None]) -> list[Problem]:
    strings = text.values() if isinstance(text, dict) else [text]
    unknown = {
        match.group(1)
        for value in strings
        if isinstance(value, str)
        for match in PIPE_PATTERN.finditer(value)
        if match.group(1) not in types
    }
    return [
        Problem("unknown_reference", pointer, f"'${{{name}}}' names no question")
        for name in sorted(unknown)
    ]


def _cycle_problems(
    items: list[RawItem],
    depends_on: dict[str, set[str]],
    edge_pointers: dict[tuple[str, str], str],
) -> list[Problem]:
    """Report each cycle once, at the expression of the item first met in form order."""
    problems: list[Problem] = []
    pointers = {item.id: item.pointer for item in items if item.id}
    graph = {node: set(needed) for node, needed in depends_on.items()}
    while True:
        _, cycle = topological_order(list(graph), graph)
        if cycle is None:
            return problems
        at = min(range(len(cycle) - 1), key=lambda i: list(graph).index(cycle[i]))
        first, before = cycle[at], cycle[at - 1] if at else cycle[-2]
        ring = cycle[at:-1] + cycle[:at]  # read it from the item met first
        problems.append(
            Problem(
                "dependency_cycle",
                edge_pointers.get((first, before), pointers.get(first, first)),
                f"circular dependency: {' → '.join([*ring, first])}",
            )
        )
        # Break the cycle to look for others.
        for node in cycle[:-1]:
            graph[node] = set()
