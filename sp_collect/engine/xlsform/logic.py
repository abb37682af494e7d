"""XLSForm logic columns (relevant, required, constraint, calculation, default…) → ours."""

from __future__ import annotations

import re
from typing import Any

from sp_collect.engine.model import ATTACHMENT_TYPES
from sp_collect.engine.xlsform.context import Context
from sp_collect.engine.xlsform.expressions import bare_names, unsupported_calls

QUESTION_TYPES = frozenset(
    {
        "text",
        "integer",
        "decimal",
        "select_one",
        "select_multiple",
        "rank",
        "date",
        "time",
        "datetime",
        "calculate",
        "file",
        "image",
        "audio",
        "signature",
        "geopoint",
    }
)
_TRUE = {"yes", "true", "true()"}
_FALSE = {"no", "false", "false()"}
_FROM_PARAMETERS = frozenset({"orx:max-pixels"})
_BIND_COLUMNS = {
    "relevant": "relevant", "constraint": "constraint", "required": "required",
    "calculate": "calculation", "readonly": "read_only", "jr:constraintMsg": "constraint_message",
    "jr:requiredMsg": "required_message",
}  # fmt: skip


_LAST_SAVED = re.compile(r"^\$\{last-saved#([A-Za-z_][\w.\-]*)\}$")
_EXCEL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2} 00:00:00$")


def map_logic(item: dict[str, Any], child: dict[str, Any], row: int, ctx: Context) -> None:
    """Copy the bind columns and the default onto ``item``; report what it cannot take."""
    bind = dict(child.get("bind") or {})
    if bind.get("relevant"):
        relevant = map_expression(bind.pop("relevant"), row, "relevant", ctx)
        if relevant:
            item["relevant"] = relevant
    if item["type"] not in QUESTION_TYPES:
        for key in bind:
            ctx.report.add(
                "survey",
                row,
                _BIND_COLUMNS.get(key, key),
                key,
                "dropped" if key == "calculate" else "ignored",
                f"a {item['type']} has no '{_BIND_COLUMNS.get(key, key)}' here",
                lost="expression" if key == "calculate" else None,
            )
        if child.get("default"):
            _ignore_default(ctx, row, f"a {item['type']} has no default here")
        return
    for key, ours in (("required", "required"), ("readonly", "readonly")):
        value = bind.pop(key, None)
        if value is None:
            continue
        flag = str(value).strip()
        if flag.lower() in _TRUE or flag.lower() in _FALSE:
            item[ours] = flag.lower() in _TRUE
        else:
            expression = map_expression(flag, row, _BIND_COLUMNS[key], ctx)
            if expression:
                item[ours] = expression
    if str(bind.get("calculate") or "").strip() == ".":
        bind.pop("calculate")
        _keeps_its_value(item, child, row, ctx)
    for key, ours in (("constraint", "constraint"), ("calculate", "calculation")):
        if bind.get(key):
            expression = map_expression(bind.pop(key), row, _BIND_COLUMNS[key], ctx)
            if expression:
                item[ours] = expression
    for key, ours in (
        ("jr:constraintMsg", "constraint_message"),
        ("jr:requiredMsg", "required_message"),
    ):
        text = ctx.texts.text(bind.pop(key, None))
        if text is not None:
            item[ours] = text
    for key in bind:
        if key in _FROM_PARAMETERS:
            continue  # reported with the parameters column
        ctx.report.add(
            "survey", row, key, key, "ignored", f"the bind attribute '{key}' has no equivalent"
        )
    _default(item, child, row, ctx)


def _default(item: dict[str, Any], child: dict[str, Any], row: int, ctx: Context) -> None:
    value = child.get("default")
    if value in (None, ""):
        return
    text = str(value).strip()
    last = _LAST_SAVED.match(text)
    if last:
        item["last_saved"] = ctx.names.absolute([last.group(1)])
        ctx.report.add(
            "survey",
            row,
            "default",
            text,
            "converted",
            "a new response starts with the answer of the last response saved on the device",
        )
        return
    if child.get("_dynamic_default"):
        expression = map_expression(text, row, "default", ctx)
        if expression:
            item["default"] = "=" + expression
        return
    kind = item["type"]
    try:
        if kind == "integer":
            item["default"] = int(float(text))
        elif kind == "decimal":
            item["default"] = float(text)
        elif kind == "select_multiple":
            item["default"] = text.split()
        elif kind == "date" and _EXCEL_DATE.match(text):
            item["default"] = text[:10]  # a date cell: pyxform writes it with a midnight time
        elif kind in ATTACHMENT_TYPES:
            _ignore_default(ctx, row, "a default attachment file is not carried over")
        else:
            item["default"] = text
    except ValueError:
        ctx.report.add(
            "survey",
            row,
            "default",
            "default",
            "dropped",
            f"the default '{text}' is not a {kind}",
            lost="expression",
        )


def _keeps_its_value(item: dict[str, Any], child: dict[str, Any], row: int, ctx: Context) -> None:
    """``calculation: .`` computes the question's own value: it keeps its default (or stays
    empty), as nothing else can set it here."""
    default = str(child.get("default") or "")
    item["calculation"] = "'" + default.replace("'", "") + "'"
    ctx.report.add(
        "survey",
        row,
        "calculation",
        ".",
        "converted",
        "the calculation '.' keeps the value the question already has: "
        + (f"its default '{default}'" if default else "empty, as it has no default"),
    )


def _ignore_default(ctx: Context, row: int, detail: str) -> None:
    ctx.report.add("survey", row, "default", "default", "ignored", detail)


def map_expression(text: str, row: int, column: str, ctx: Context) -> str | None:
    """Our form of an expression; None (and a finding) when it calls what we cannot run."""
    reasons = unsupported_calls(text)
    if reasons:
        ctx.report.add(
            "survey",
            row,
            column,
            column,
            "dropped",
            f"the {column} '{text}' was removed: {'; '.join(reasons)}",
            lost="expression",
        )
        return None
    if column != "choice_filter":  # there, bare names are the choices' columns
        text, empty = bare_names(text, ctx.names, ctx.path)
        for name in empty:
            ctx.report.add(
                "survey",
                row,
                column,
                name,
                "converted",
                f"'{name}' in the {column} names no question (write ${{{name}}} or '{name}'); "
                "it was read as ODK reads it, an empty value ''",
            )
    return ctx.expression(text)
