"""Survey elements → our items: tables of question types, one helper per kind of column."""

from __future__ import annotations

import re
from typing import Any

from sp_collect.engine.xlsform.appearances import map_appearance
from sp_collect.engine.xlsform.context import Context
from sp_collect.engine.xlsform.logic import map_expression, map_logic

TYPES: dict[str, str] = {
    "text": "text", "integer": "integer", "decimal": "decimal", "select one": "select_one",
    "select all that apply": "select_multiple", "rank": "rank", "date": "date", "time": "time",
    "dateTime": "datetime", "calculate": "calculate", "file": "file", "photo": "image",
    "image": "image", "audio": "audio", "note": "note", "geopoint": "geopoint",
    "start": "start", "end": "end", "deviceid": "device_id", "username": "interviewer",
    "select one external": "select_one",
}  # fmt: skip
CONVERTED_TYPES: dict[str, tuple[str, str]] = {
    "barcode": ("text", "it became a text question where the code is typed"),
    "geotrace": ("text", "it became a text question: 'lat lon' points separated by ';'"),
    "geoshape": ("text", "it became a text question: 'lat lon' points separated by ';'"),
    "video": ("file", "it became a file question that takes the video"),
    "today": ("calculate", "it became a calculate of today()"),
    "range": ("integer", "it became a number question constrained between start and end"),
    "trigger": ("select_one", "it became a select_one with the single choice OK"),
    "acknowledge": ("select_one", "it became a select_one with the single choice OK"),
}
DROPPED_TYPES: dict[str, str] = {
    "background-audio": "sp_collect does not record in the background",
    "background-geopoint": "sp_collect does not track location",
    "start-geopoint": "sp_collect does not track location",
    "phonenumber": "sp_collect does not read phone properties",
    "simserial": "sp_collect does not read phone properties",
    "subscriberid": "sp_collect does not read phone properties",
    "email": "sp_collect does not read the account e-mail",
    "hidden": "hidden questions have no equivalent; use a calculate",
    "xml-external": "external data files are not used",
    "csv-external": "external data files are not used",
    "osm": "OpenStreetMap questions have no equivalent",
}
_EXTERNAL_ITEMSET = re.compile(r"\.(csv|xml|geojson)$", re.IGNORECASE)
_HANDLED = {
    "type", "name", "label", "hint", "bind", "control", "choices", "itemset", "list_name",
    "choice_filter", "parameters", "default", "_dynamic_default", "actions", "children",
}  # fmt: skip


def convert_children(children: list[dict[str, Any]], ctx: Context) -> list[dict[str, Any]]:
    """Our items for pyxform's children, skipping what pyxform generated itself."""
    items: list[dict[str, Any]] = []
    generated: dict[str, dict[str, Any]] = {}
    for child in children:
        name = str(child.get("name", ""))
        if child.get("type") == "group" and child.get("control", {}).get("bodyless"):
            items += convert_children(child.get("children", []), ctx)  # the meta group
            continue
        located = ctx.rows.take(name)
        if located is None:
            # instanceID, or_other's "<name>_other", a repeat's "<name>_count" calculate.
            generated[name] = child
            continue
        row, raw = located
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
    report = ctx.report
    if kind == "audit":
        ctx.audit = True
        report.add(
            "survey",
            row,
            "type",
            "audit",
            "converted",
            "sp_collect keeps its own audit trail of every response (settings.audit)",
        )
        return None
    if kind in DROPPED_TYPES:
        report.add(
            "survey", row, "type", kind, "dropped", f"question removed: {DROPPED_TYPES[kind]}"
        )
        return None
    if kind == "group":
        item = {"type": "section", "id": child["name"]}
        _table_list_label(child)
    elif kind == "repeat":
        item = {"type": "repeat", "id": child["name"]}
        item.update(_repeat_count(child, row, ctx, generated))
    elif kind in TYPES:
        item = {"type": TYPES[kind], "id": child["name"]}
    elif kind in CONVERTED_TYPES:
        our_type, why = CONVERTED_TYPES[kind]
        item = {"type": our_type, "id": child["name"]}
        report.add("survey", row, "type", kind, "converted", f"'{kind}' has no equivalent: {why}")
    else:
        report.add(
            "survey", row, "type", kind, "dropped", f"question type '{kind}' is unknown here"
        )
        return None
    for key in ("label", "hint"):
        text = ctx.texts.text(child.get(key))
        if text is not None:
            item[key] = text
    if item["type"] in ("select_one", "select_multiple", "rank"):
        _select(item, child, raw, row, ctx)
    _appearance(item, child, row, ctx)
    map_logic(item, child, row, ctx)
    _special(item, kind, child, row, ctx)
    _extra_columns(child, row, ctx)
    if item["type"] in ("section", "repeat"):
        item["items"] = convert_children(child.get("children", []), ctx)
    return item


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
    if (
        raw_type[0].endswith("_from_file")
        or raw_type[0].endswith("_external")
        or _EXTERNAL_ITEMSET.search(itemset)
    ):
        source = itemset if _EXTERNAL_ITEMSET.search(itemset) else "the external_choices sheet"
        item["type"] = "text"
        ctx.report.add(
            "survey",
            row,
            "type",
            raw_type[0],
            "converted",
            f"choices come from {source}: "
            "the question became a text; add the choices to the choices sheet instead",
        )
        return
    list_name = str(child.get("list_name") or itemset)
    item["choices"] = list_name
    if "or_other" in raw_type[1:] and item["type"] != "rank":
        item["or_other"] = True
        ctx.or_other_lists.add(list_name)
    if child.get("choice_filter"):
        expression = map_expression(child["choice_filter"], row, "choice_filter", ctx)
        if expression:
            item["choice_filter"] = expression
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
    if kind == "today":
        item["calculation"] = "today()"
    elif kind in ("trigger", "acknowledge"):
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
    kind = child.get("type")
    if kind in ("range", "repeat", "select one", "select all that apply", "rank"):
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
