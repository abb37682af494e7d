"""Survey elements → our items: one table of question types, one helper per XLSForm column."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sp_collect.engine.xlsform.appearances import map_appearance
from sp_collect.engine.xlsform.expressions import to_ours, unsupported_calls
from sp_collect.engine.xlsform.report import ImportReport
from sp_collect.engine.xlsform.rows import Rows
from sp_collect.engine.xlsform.texts import Texts

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
_EXTERNAL_ITEMSET = re.compile(r"\.(csv|xml|geojson)$", re.IGNORECASE)
_TRUE = {"yes", "true", "true()"}
_FALSE = {"no", "false", "false()"}
_HANDLED = {
    "type", "name", "label", "hint", "bind", "control", "choices", "itemset", "list_name",
    "choice_filter", "parameters", "default", "_dynamic_default", "actions", "children",
}  # fmt: skip
_FROM_PARAMETERS = frozenset({"orx:max-pixels"})
_BIND_COLUMNS = {
    "relevant": "relevant", "constraint": "constraint", "required": "required",
    "calculate": "calculation", "readonly": "read_only", "jr:constraintMsg": "constraint_message",
    "jr:requiredMsg": "required_message",
}  # fmt: skip


@dataclass
class Context:
    """What converting one survey needs, and what it learns on the way."""

    texts: Texts
    rows: Rows
    report: ImportReport
    or_other_lists: set[str] = field(default_factory=set)
    audit: bool = False
    origin: dict[str, int] = field(default_factory=dict)
    """Our item id → its survey row, to locate problems found after mapping."""


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
    _logic(item, child, row, ctx)
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
        expression = _expression(child["choice_filter"], row, "choice_filter", ctx)
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
        for key in ("choices", "or_other", "choice_filter"):
            if mapped.type not in ("select_one", "select_multiple"):
                item.pop(key, None)
    if mapped.appearance:
        item["appearance"] = mapped.appearance
    for token, action, detail in mapped.notes:
        ctx.report.add("survey", row, "appearance", token, action, detail)  # type: ignore[arg-type]


def _logic(item: dict[str, Any], child: dict[str, Any], row: int, ctx: Context) -> None:
    bind = dict(child.get("bind") or {})
    if bind.get("relevant"):
        relevant = _expression(bind.pop("relevant"), row, "relevant", ctx)
        if relevant:
            item["relevant"] = relevant
    if item["type"] not in QUESTION_TYPES:
        for key in bind:
            ctx.report.add(
                "survey",
                row,
                _BIND_COLUMNS.get(key, key),
                key,
                "ignored",
                f"a {item['type']} has no '{_BIND_COLUMNS.get(key, key)}' here",
            )
        if child.get("default"):
            ctx.report.add(
                "survey",
                row,
                "default",
                "default",
                "ignored",
                f"a {item['type']} has no default here",
            )
        return
    for key, ours in (("required", "required"), ("readonly", "readonly")):
        value = bind.pop(key, None)
        if value is None:
            continue
        flag = str(value).strip()
        if flag.lower() in _TRUE or flag.lower() in _FALSE:
            item[ours] = flag.lower() in _TRUE
        else:
            expression = _expression(flag, row, _BIND_COLUMNS[key], ctx)
            if expression:
                item[ours] = expression
    for key, ours in (("constraint", "constraint"), ("calculate", "calculation")):
        if bind.get(key):
            expression = _expression(bind.pop(key), row, _BIND_COLUMNS[key], ctx)
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
    if child.get("_dynamic_default"):
        expression = _expression(text, row, "default", ctx)
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
        elif kind in ("image", "audio", "file", "signature"):
            ctx.report.add(
                "survey",
                row,
                "default",
                "default",
                "ignored",
                "a default attachment file is not carried over",
            )
        else:
            item["default"] = text
    except ValueError:
        ctx.report.add(
            "survey", row, "default", "default", "dropped", f"the default '{text}' is not a {kind}"
        )


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
    expression = _expression(str(count), row, "repeat_count", ctx)
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


def _expression(text: str, row: int, column: str, ctx: Context) -> str | None:
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
        )
        return None
    return to_ours(text)
