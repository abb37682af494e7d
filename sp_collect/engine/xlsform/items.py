"""Survey elements → our items: tables of question types, one helper per kind of column."""

from __future__ import annotations

import re
from typing import Any

from sp_collect.engine.choice_files import RESERVED
from sp_collect.engine.filters import VALUE_COLUMNS, map_columns
from sp_collect.engine.xlsform.appearances import map_appearance
from sp_collect.engine.xlsform.context import Context
from sp_collect.engine.xlsform.expressions import arguments_after as _arguments
from sp_collect.engine.xlsform.expressions import literal as _literal
from sp_collect.engine.xlsform.logic import map_expression, map_logic
from sp_collect.engine.xlsform.names import Path
from sp_collect.engine.xlsform.types import TypeMapping, map_type

_EXTERNAL_ITEMSET = re.compile(r"\.(csv|xml|geojson)$", re.IGNORECASE)
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
        _relevance_on_own_values(item, row, ctx)
    return item


_REFERENCE = re.compile(r"\$\{([^}]+)\}")
_UNSHOWN = frozenset({"calculate", "start", "end", "device_id", "interviewer", "form_version"})


def _relevance_on_own_values(section: dict[str, Any], row: int, ctx: Context) -> None:
    """A group shown by the value of a hidden field inside it (CHT's ``inputs`` group,
    ``./source = 'user'``). Here a hidden question reads as empty, so that would be a cycle;
    the values are not shown, so the relevance moves down onto everything else in the group,
    which shows and hides what ODK shows and hides."""
    inside = {item["id"]: item for item in _descendants(section["items"])}
    read = {name for name in _REFERENCE.findall(section["relevant"]) if name in inside}
    if not read or any(inside[name]["type"] not in _UNSHOWN for name in read):
        return
    condition = section.pop("relevant")
    _push_relevance(section["items"], condition, read)
    ctx.report.add(
        "survey",
        row,
        "relevant",
        "relevant",
        "converted",
        f"the group is shown by {', '.join(sorted(read))}, which it holds; the condition now "
        "applies to each of its other questions",
    )


def _push_relevance(items: list[dict[str, Any]], condition: str, read: set[str]) -> None:
    for item in items:
        holds = item["id"] in read or read & {d["id"] for d in _descendants(item.get("items", []))}
        if item["id"] in read:
            continue
        if holds:
            _push_relevance(item["items"], condition, read)
        else:
            own = item.get("relevant")
            item["relevant"] = f"({condition}) and ({own})" if own else condition


def _descendants(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for item in items:
        found += [item, *_descendants(item.get("items", []))]
    return found


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
    if _EXTERNAL_ITEMSET.search(itemset):
        list_id: str | None = _file_list(itemset, child, row, ctx)
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
    searched = _searched_list(child, xls_list, row, ctx)
    item["choices"] = searched[0] if searched else list_id
    if "or_other" in raw_type[1:] and item["type"] != "rank":
        item["or_other"] = True
        ctx.or_other_lists.add(xls_list)
    written = child.get("choice_filter")
    filters = [
        _missing_columns(map_expression(written, row, "choice_filter", ctx), child, row, ctx)
        if written
        else None,
        searched[1] if searched else None,
    ]
    found = [expression for expression in filters if expression]
    if found:
        joined = " and ".join(f"({expression})" for expression in found)
        item["choice_filter"] = joined if len(found) > 1 else found[0]
    if not _EXTERNAL_ITEMSET.search(itemset):
        _parameters(child, row, ctx, "choices keep their order")


def _missing_columns(
    expression: str | None, child: dict[str, Any], row: int, ctx: Context
) -> str | None:
    """A filter column that no choice of the list has is, in ODK, an empty value: ``''``."""
    choices = child.get("choices")
    if not expression or not choices or _EXTERNAL_ITEMSET.search(str(child.get("itemset"))):
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


def _searched_list(
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
    arguments, _end = _arguments(appearance, found.start() + len("search("))
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
    mode = (_literal(arguments[0]) or "").lower()
    pairs = [(_literal(arguments[i]), arguments[i + 1]) for i in range(1, len(arguments) - 1, 2)]
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


def _file_list(itemset: str, child: dict[str, Any], row: int, ctx: Context) -> str:
    """The file list of a ``select_one_from_file`` file."""
    stem = itemset.rsplit(".", 1)[0]
    parameters = child.get("parameters") or {}
    value = str(parameters.get("value") or "name")
    label = str(parameters.get("label") or "label")
    list_id = ctx.file_list(itemset, ctx.lists.get(stem, stem), value, label)
    ctx.report.add("survey", row, "type", itemset, "converted", ctx.file_detail(list_id))
    return list_id


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
