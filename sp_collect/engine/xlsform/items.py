"""Survey elements → our items: tables of question types, one helper per kind of column."""

from __future__ import annotations

import re
from typing import Any

from sp_collect.engine.xlsform.appearances import map_appearance
from sp_collect.engine.xlsform.context import Context
from sp_collect.engine.xlsform.file_lists import (
    EXTERNAL_ITEMSET,
    file_list,
    missing_columns,
    searched_list,
)
from sp_collect.engine.xlsform.groups import relevance_on_own_values
from sp_collect.engine.xlsform.logic import map_expression, map_logic
from sp_collect.engine.xlsform.names import Path
from sp_collect.engine.xlsform.types import TypeMapping, map_type

_HANDLED = {
    "type", "name", "label", "hint", "bind", "control", "choices", "itemset", "list_name",
    "choice_filter", "parameters", "query", "_row", "default", "_dynamic_default", "actions",
    "children",
}  # fmt: skip


def convert_children(
    children: list[dict[str, Any]], ctx: Context, parent: Path = ()
) -> list[dict[str, Any]]:
    """Our items for pyxform's children, skipping what pyxform generated itself."""
    items: list[dict[str, Any]] = []
    generated: dict[str, dict[str, Any]] = {}
    for child in children:
        name = str(child.get("name", ""))
        if child.get("type") == "group" and child.get("control", {}).get("bodyless"):
            items += convert_children(child.get("children", []), ctx, (*parent, name))  # meta
            continue
        located = child["_row"] if "_row" in child else ctx.rows.take(name)
        if located is None:
            # instanceID, or_other's "<name>_other", a repeat's "<name>_count" calculate.
            generated[name] = child
            continue
        row, raw = located
        ctx.path = (*parent, name)
        item = _convert(child, row, raw, ctx, generated)
        if item is not None:
            ctx.origin[item["id"]] = row
            items.append(item)
    return items


def _convert(
    child: dict[str, Any],
    row: int,
    raw: dict[str, Any],
    ctx: Context,
    generated: dict[str, dict[str, Any]],
) -> dict[str, Any] | None:
    kind = str(child.get("type", ""))
    path = ctx.path
    our_id = ctx.names.ids[path]
    if path in ctx.names.renamed:
        ctx.report.add(
            "survey",
            row,
            "name",
            child["name"],
            "converted",
            f"the name '{child['name']}' is also used elsewhere in the form; here it became "
            f"'{our_id}' (sp_collect needs each name once per form)",
        )
    if kind == "group":
        item: dict[str, Any] = {"type": "section", "id": our_id}
        _table_list_label(child)
    elif kind == "repeat":
        item = {"type": "repeat", "id": our_id}
        item.update(_repeat_count(child, row, ctx, generated))
    else:
        mapped = _question_type(child, kind)
        if kind in ("csv-external", "xml-external"):
            _external_instance(kind, str(child["name"]), row, ctx)
            return None
        if mapped.type == "audit":
            ctx.audit = True
            ctx.report.add(
                "survey",
                row,
                "type",
                "audit",
                "converted",
                "sp_collect keeps its own audit trail of every response (settings.audit)",
            )
            return None
        if mapped.type is None:
            ctx.report.add("survey", row, "type", kind, "dropped", mapped.detail, lost="question")
            return None
        if mapped.action is not None:
            ctx.report.add("survey", row, "type", kind, mapped.action, mapped.detail)
        item = {"type": mapped.type, "id": our_id}
        if mapped.calculation is not None:
            item["calculation"] = mapped.calculation
    for key in ("label", "hint"):
        text = ctx.texts.text(child.get(key))
        if text is not None:
            item[key] = text
    if child.get("itemset") or child.get("list_name"):
        _select(item, child, raw, row, ctx)
    _appearance(item, child, row, ctx)
    map_logic(item, child, row, ctx)
    if item["type"] not in ("section", "repeat"):
        _from_type(item, kind, _question_type(child, kind), ctx)
    _special(item, kind, child, row, ctx)
    _extra_columns(child, row, ctx)
    if item["type"] in ("section", "repeat"):
        item["items"] = convert_children(child.get("children", []), ctx, path)
    if item["type"] == "section" and "relevant" in item:
        relevance_on_own_values(item, row, ctx)
    return item


def _external_instance(kind: str, name: str, row: int, ctx: Context) -> None:
    """``csv-external``/``xml-external``: the file becomes a list that ``instance()`` reads."""
    file_name = f"{name}.{kind.split('-', maxsplit=1)[0]}"
    list_id = ctx.file_list(file_name, ctx.lists.get(name, name))
    ctx.report.add("survey", row, "type", kind, "converted", ctx.file_detail(list_id))


def _question_type(child: dict[str, Any], kind: str) -> TypeMapping:
    if child.get("itemset") or child.get("list_name"):
        multiple = kind.startswith("select all") or "multiple" in kind
        return TypeMapping("rank" if kind == "rank" else _SELECTS[multiple])
    return map_type(kind)


_SELECTS = {False: "select_one", True: "select_multiple"}


def _from_type(item: dict[str, Any], kind: str, mapped: TypeMapping, ctx: Context) -> None:
    """What pyxform adds with some types: a constraint (``phone number``), a hint, a value."""
    if mapped.constraint:
        limits = ctx.expression(mapped.constraint)
        item["constraint"] = (
            f"({item['constraint']}) and {limits}" if "constraint" in item else limits
        )
    if mapped.hint and "hint" not in item:
        item["hint"] = mapped.hint
    if kind == "hidden" and "calculation" not in item:
        # A hidden value is its default, if any; a calculate always has a calculation.
        default = item.pop("default", None)
        if isinstance(default, str) and default.startswith("="):
            item["calculation"] = default[1:]
        else:
            text = "" if default is None else str(default).replace("'", "")
            item["calculation"] = f"'{text}'"


def _table_list_label(group: dict[str, Any]) -> None:
    """pyxform moves a table-list group's label into a generated note; move it back."""
    children = group.get("children") or []
    if not group.get("label") and children:
        first = children[0]
        if str(first.get("name", "")).startswith("generated_table_list_label_"):
            group["label"] = first.get("label")


def _select(
    item: dict[str, Any], child: dict[str, Any], raw: dict[str, Any], row: int, ctx: Context
) -> None:
    raw_type = str(raw.get("type", "")).split()
    itemset = str(child.get("itemset") or "")
    xls_list = str(child.get("list_name") or itemset)
    if EXTERNAL_ITEMSET.search(itemset):
        list_id: str | None = file_list(itemset, child, row, ctx)
    elif raw_type[0].endswith("_external") or child.get("type") == "select one external":
        list_id = ctx.lists.get(xls_list, xls_list)
        if list_id not in ctx.file_lists:
            list_id = None
    else:
        list_id = ctx.lists.get(xls_list, xls_list)
    if list_id is None:
        item["type"] = "text"
        ctx.report.add(
            "survey",
            row,
            "type",
            raw_type[0],
            "converted",
            "the choices of the external_choices sheet were not found: the question became a text",
            lost="choices",
        )
        return
    searched = searched_list(child, xls_list, row, ctx)
    item["choices"] = searched[0] if searched else list_id
    if "or_other" in raw_type[1:] and item["type"] != "rank":
        item["or_other"] = True
        ctx.or_other_lists.add(xls_list)
    written = child.get("choice_filter")
    filters = [
        missing_columns(map_expression(written, row, "choice_filter", ctx), child, row, ctx)
        if written
        else None,
        searched[1] if searched else None,
    ]
    found = [expression for expression in filters if expression]
    if found:
        joined = " and ".join(f"({expression})" for expression in found)
        item["choice_filter"] = joined if len(found) > 1 else found[0]
    if not EXTERNAL_ITEMSET.search(itemset):
        _parameters(child, row, ctx, "choices keep their order")


def _appearance(item: dict[str, Any], child: dict[str, Any], row: int, ctx: Context) -> None:
    text = (child.get("control") or {}).get("appearance")
    if not text:
        return
    mapped = map_appearance(item["type"], text)
    if mapped.type != item["type"]:
        item["type"] = mapped.type
        if mapped.type not in ("select_one", "select_multiple"):
            for key in ("choices", "or_other", "choice_filter"):
                item.pop(key, None)
    if mapped.appearance:
        item["appearance"] = mapped.appearance
    for token, action, detail in mapped.notes:
        ctx.report.add("survey", row, "appearance", token, action, detail)


def _special(
    item: dict[str, Any], kind: str, child: dict[str, Any], row: int, ctx: Context
) -> None:
    """What a converted type needs besides its new name."""
    if item["type"] == "select_one" and "choices" not in item:  # trigger, acknowledge
        item["choices"] = [{"value": "OK", "label": "OK"}]
    elif kind == "range":
        parameters = child.get("parameters") or {}
        bounds = [str(parameters.get(k, d)) for k, d in (("start", 1), ("end", 10), ("step", 1))]
        if any("." in bound for bound in bounds):
            item["type"] = "decimal"
        limits = f". >= {bounds[0]} and . <= {bounds[1]}"
        item["constraint"] = (
            f"({item['constraint']}) and {limits}" if "constraint" in item else limits
        )


def _repeat_count(
    child: dict[str, Any], row: int, ctx: Context, generated: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    control = child.get("control") or {}
    for key in control:
        if key not in ("jr:count", "appearance"):
            ctx.report.add(
                "survey", row, key, key, "ignored", f"the repeat setting '{key}' has no equivalent"
            )
    count = control.get("jr:count")
    if not count:
        return {}
    # pyxform moves a repeat_count expression into a generated "<name>_count" calculate.
    reference = re.fullmatch(r"\$\{([^}]+)\}", str(count).strip())
    if reference and reference.group(1) in generated:
        count = (generated[reference.group(1)].get("bind") or {}).get("calculate", count)
    expression = map_expression(str(count), row, "repeat_count", ctx)
    return {"repeat_count": expression} if expression else {}


def _extra_columns(child: dict[str, Any], row: int, ctx: Context) -> None:
    for key in child:
        if key not in _HANDLED:
            ctx.report.add(
                "survey", row, key, key, "ignored", f"the '{key}' column has no equivalent"
            )
    if child.get("type") in ("range", "repeat") or child.get("itemset") or child.get("list_name"):
        return  # their parameters and controls are handled with the type
    _parameters(child, row, ctx, "the question works without it")
    for key in child.get("control") or {}:
        if key != "appearance":
            ctx.report.add(
                "survey", row, key, key, "ignored", f"the '{key}' setting has no equivalent"
            )


def _parameters(child: dict[str, Any], row: int, ctx: Context, effect: str) -> None:
    parameters = child.get("parameters")
    if isinstance(parameters, dict):
        parameters = " ".join(f"{key}={value}" for key, value in parameters.items())
    if parameters:
        ctx.report.add(
            "survey",
            row,
            "parameters",
            str(parameters),
            "ignored",
            f"the parameters '{parameters}' have no equivalent; {effect}",
        )
