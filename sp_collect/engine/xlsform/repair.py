"""After mapping: what our validator still refuses is dropped and reported, round by round."""

from __future__ import annotations

import re
from typing import Any

from sp_collect.engine.problems import Problem
from sp_collect.engine.validate import validate_form
from sp_collect.engine.xlsform.context import Context
from sp_collect.engine.xlsform.report import Loss
from sp_collect.engine.xlsform.rows import SETTINGS_ROW
from sp_collect.errors import FormDefinitionError, Location

MAX_ROUNDS = 8
"""Dropping a question can orphan references to it; each round clears one layer of those."""
COLUMNS = {
    "relevant": "relevant", "constraint": "constraint", "constraint_message": "constraint_message",
    "required": "required", "required_message": "required_message", "readonly": "read_only",
    "calculation": "calculation", "default": "default", "choice_filter": "choice_filter",
    "repeat_count": "repeat_count", "appearance": "appearance", "or_other": "type",
    "label": "label", "hint": "hint",
}  # fmt: skip
_TEXTS = frozenset({"label", "hint", "constraint_message", "required_message"})
_REFERENCE = re.compile(r"\$\{([^}]+)\}")
_ESSENTIAL = {"calculate": "calculation"}
"""A property without which the item means nothing: losing it drops the item."""


def repair(form: dict[str, Any], ctx: Context, source: str) -> dict[str, Any]:
    """The form with every part our validator refuses removed, each removal reported."""
    for _ in range(MAX_ROUNDS):
        errors = [p for p in validate_form(form) if p.severity == "error"]
        errors += _instance_name_problems(form)
        if not errors:
            return form
        removals: dict[tuple[int, ...], tuple[Problem, str]] = {}
        for problem in errors:
            path, prop = _split(problem.pointer)
            if path is None:
                _form_level(form, problem, ctx, source)
                continue
            item = _item(form, path)
            if prop in COLUMNS and _ESSENTIAL.get(item["type"]) != prop:
                if item.pop(prop, None) is not None:
                    lost = "text" if prop in _TEXTS else "expression"
                    done = f"the {COLUMNS[prop]} was removed"
                    _report(ctx, item, COLUMNS[prop], problem, done, lost)
            else:
                removals.setdefault(path, (problem, COLUMNS.get(prop, "type")))
        # Deepest and last first, so earlier indexes stay valid.
        for path in sorted(removals, reverse=True):
            item = _item(form, path)
            problem, column = removals[path]
            _report(ctx, item, column, problem, f"the {item['type']} was removed", "question")
            _parent_list(form, path).pop(path[-1])
    raise FormDefinitionError(
        f"the form made from {source} still has errors after removing what has no equivalent; "
        "simplify the XLSForm and import again",
        code="xlsform_unmappable",
        where=Location(file=source),
    )


def _instance_name_problems(form: dict[str, Any]) -> list[Problem]:
    """The validator leaves instance_name's references alone; a dropped question breaks it."""
    text = form["settings"].get("instance_name") or ""
    ids = set(_ids(form["items"]))
    return [
        Problem("unknown_reference", "/settings/instance_name", f"'${{{name}}}' names no question")
        for name in dict.fromkeys(_REFERENCE.findall(text))
        if name not in ids
    ]


def _ids(items: list[dict[str, Any]]) -> list[str]:
    found: list[str] = []
    for item in items:
        found += [item["id"], *_ids(item.get("items", []))]
    return found


def _split(pointer: str) -> tuple[tuple[int, ...] | None, str]:
    """``/items/2/items/0/relevant`` → ((2, 0), "relevant"); (None, "") outside items."""
    parts = pointer.strip("/").split("/")
    path: list[int] = []
    index = 0
    while index + 1 < len(parts) and parts[index] == "items" and parts[index + 1].isdigit():
        path.append(int(parts[index + 1]))
        index += 2
    if not path:
        return None, ""
    return tuple(path), parts[index] if index < len(parts) else ""


def _item(form: dict[str, Any], path: tuple[int, ...]) -> dict[str, Any]:
    return _parent_list(form, path)[path[-1]]  # type: ignore[no-any-return]


def _parent_list(form: dict[str, Any], path: tuple[int, ...]) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = form["items"]
    for index in path[:-1]:
        items = items[index]["items"]
    return items


def _form_level(form: dict[str, Any], problem: Problem, ctx: Context, source: str) -> None:
    parts = problem.pointer.strip("/").split("/")
    if parts[:2] == ["settings", "instance_name"]:
        form["settings"].pop("instance_name", None)
        ctx.report.add(
            "settings",
            SETTINGS_ROW,
            "instance_name",
            problem.code,
            "dropped",
            f"{problem.message}; instance_name was removed",
            lost="expression",
        )
    elif parts[0] == "choice_lists" and len(parts) >= 3 and parts[2].isdigit():
        choices = form["choice_lists"][parts[1]]
        index = int(parts[2])
        if index < len(choices):
            value = choices.pop(index).get("value", "")
            ctx.report.add(
                "choices",
                ctx.rows.choice(_xls_list_name(ctx, parts[1]), value),
                "name",
                problem.code,
                "dropped",
                f"{problem.message}; the choice was removed",
                lost="choice",
            )
    else:
        raise FormDefinitionError(
            f"the form made from {source} is not valid: {problem.message}",
            code="xlsform_unmappable",
            where=Location(file=source, pointer=problem.pointer),
        )


def _report(
    ctx: Context, item: dict[str, Any], column: str, problem: Problem, done: str, lost: Loss
) -> None:
    row = ctx.origin.get(str(item.get("id")))
    ctx.report.add(
        "survey", row, column, problem.code, "dropped", f"{problem.message}; {done}", lost=lost
    )


def _xls_list_name(ctx: Context, list_id: str) -> str:
    return next((name for name, ours in ctx.lists.items() if ours == list_id), list_id)
