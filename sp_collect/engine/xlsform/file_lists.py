"""Selects on files and searches: the file list, the search() filter, missing filter columns."""

from __future__ import annotations

import re
from typing import Any

from sp_collect.engine.choice_files import RESERVED
from sp_collect.engine.filters import VALUE_COLUMNS, map_columns
from sp_collect.engine.xlsform.context import Context
from sp_collect.engine.xlsform.expressions import arguments_after, literal
from sp_collect.engine.xlsform.logic import map_expression

EXTERNAL_ITEMSET = re.compile(r"\.(csv|xml|geojson)$", re.IGNORECASE)


def missing_columns(
    expression: str | None, child: dict[str, Any], row: int, ctx: Context
) -> str | None:
    """A filter column that no choice of the list has is, in ODK, an empty value: ``''``."""
    choices = child.get("choices")
    if not expression or not choices or EXTERNAL_ITEMSET.search(str(child.get("itemset"))):
        return expression
    columns = {key for choice in choices for key in choice} | VALUE_COLUMNS
    missing: list[str] = []

    def replace(name: str) -> str:
        if name in columns:
            return name
        missing.append(name)
        return "''"

    rewritten = map_columns(expression, replace)
    for name in dict.fromkeys(missing):
        ctx.report.add(
            "survey",
            row,
            "choice_filter",
            name,
            "converted",
            f"no choice of the list has a column '{name}'; it was read as ODK reads it, an "
            "empty value ''",
        )
    return rewritten


_SEARCH = re.compile(r"search\(\s*['\"]([^'\"]+)['\"]")
_SEARCH_TESTS = {"contains": "contains", "startswith": "starts-with", "endswith": "ends-with"}


def searched_list(
    child: dict[str, Any], xls_list: str, row: int, ctx: Context
) -> tuple[str, str | None] | None:
    """``search('file', …)``: the list's choices come from file.csv (the choices sheet's row for
    the list names its value and label columns), and the search's filter, as a choice filter."""
    appearance = str((child.get("control") or {}).get("appearance") or "")
    found = _SEARCH.search(appearance)
    if not found:
        return None
    stem = found.group(1).removesuffix(".csv")
    template = (child.get("choices") or [{}])[0]
    label = template.get("label")
    label_column = str((next(iter(label.values())) if isinstance(label, dict) else label) or "")
    value_column = str(template.get("name") or "name")
    list_id = ctx.file_list(
        f"{stem}.csv", ctx.lists.get(xls_list, xls_list), value_column, label_column or "label"
    )
    arguments, _end = arguments_after(appearance, found.start() + len("search("))
    condition = _search_filter(arguments[1:], value_column, row, ctx)
    detail = ctx.file_detail(list_id)
    if condition is not None:
        detail += f"; the search became the choice filter {condition}"
    ctx.report.add("survey", row, "appearance", found.group(0) + ")", "converted", detail)
    return list_id, condition


def _search_filter(arguments: list[str], value_column: str, row: int, ctx: Context) -> str | None:
    """ODK's search filter as a choice filter: ``'contains', 'col', ${x}`` → ``contains(col,
    ${x})``; ``'matches', 'a', ${x}, 'b', ${y}`` → ``a = ${x} and b = ${y}``."""
    if len(arguments) < 3:
        return None
    mode = (literal(arguments[0]) or "").lower()
    pairs = [(literal(arguments[i]), arguments[i + 1]) for i in range(1, len(arguments) - 1, 2)]
    tests = []
    for column, value in pairs:
        if not column:
            continue
        name = "name" if column == value_column else column
        name = f"{name}_" if name in RESERVED else name
        expression = map_expression(value.strip(), row, "appearance", ctx)
        if not expression:
            return None
        if mode == "matches":
            tests.append(f"{name} = {expression}")
        elif mode in _SEARCH_TESTS and not tests:
            tests.append(f"{_SEARCH_TESTS[mode]}({name}, {expression})")
    return " and ".join(tests) or None


def file_list(itemset: str, child: dict[str, Any], row: int, ctx: Context) -> str:
    """The file list of a ``select_one_from_file`` file."""
    stem = itemset.rsplit(".", 1)[0]
    parameters = child.get("parameters") or {}
    value = str(parameters.get("value") or "name")
    label = str(parameters.get("label") or "label")
    list_id = ctx.file_list(itemset, ctx.lists.get(stem, stem), value, label)
    ctx.report.add("survey", row, "type", itemset, "converted", ctx.file_detail(list_id))
    return list_id
