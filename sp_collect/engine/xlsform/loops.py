"""``begin loop over L``: pyxform repeats the loop's questions once per choice of L, each copy in
a group named after the choice, ``%(label)s`` in its texts replaced by the choice's label. The
import does the same before converting, so a loop becomes ordinary nested sections."""

from __future__ import annotations

import copy
from typing import Any

from sp_collect.engine.xlsform.rows import Rows

_TEXTS = ("label", "hint")


def expand_loops(children: list[dict[str, Any]], rows: Rows) -> list[dict[str, Any]]:
    """``children`` with every loop turned into a group of one group per choice."""
    out: list[dict[str, Any]] = []
    for child in children:
        if child.get("type") == "loop":
            out.append(_expanded(child, rows))
        else:
            nested = child.get("children")
            out.append({**child, "children": expand_loops(nested, rows)} if nested else child)
    return out


def _expanded(loop: dict[str, Any], rows: Rows) -> dict[str, Any]:
    located = rows.take(str(loop.get("name", "")))
    body = expand_loops(list(loop.get("children") or []), rows)
    _claim_rows(body, rows)
    groups = []
    for column in loop.get("columns") or []:
        copies = [_filled(copy.deepcopy(child), column) for child in body]
        groups.append(
            {"type": "group", "name": column["name"], "label": column.get("label"),
             "children": copies, "_row": located}
        )  # fmt: skip
    return {
        "type": "group",
        "name": loop["name"],
        "label": loop.get("label"),
        "children": groups,
        "_row": located,
    }


def _claim_rows(children: list[dict[str, Any]], rows: Rows) -> None:
    """Each element of the loop's body keeps its one spreadsheet row for all its copies."""
    for child in children:
        if "_row" not in child:
            child["_row"] = rows.take(str(child.get("name", "")))
        _claim_rows(list(child.get("children") or []), rows)


def _filled(child: dict[str, Any], column: dict[str, Any]) -> dict[str, Any]:
    for key in _TEXTS:
        if key in child:
            child[key] = _fill(child[key], column)
    for nested in child.get("children") or []:
        _filled(nested, column)
    return child


def _fill(text: Any, column: dict[str, Any]) -> Any:
    label = column.get("label")
    if isinstance(text, dict):
        return {
            language: _replace(value, label.get(language) if isinstance(label, dict) else label,
                               column)
            for language, value in text.items()
        }  # fmt: skip
    return _replace(text, label if not isinstance(label, dict) else next(iter(label.values()), ""),
                    column)  # fmt: skip


def _replace(text: Any, label: Any, column: dict[str, Any]) -> Any:
    if not isinstance(text, str):
        return text
    return text.replace("%(label)s", str(label or column["name"])).replace(
        "%(name)s", str(column["name"])
    )
