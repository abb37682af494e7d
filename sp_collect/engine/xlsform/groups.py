"""Groups whose relevance reads values they hold: the condition moves onto what they show."""

from __future__ import annotations

import re
from typing import Any

from sp_collect.engine.xlsform.context import Context

_REFERENCE = re.compile(r"\$\{([^}]+)\}")
_UNSHOWN = frozenset({"calculate", "start", "end", "device_id", "interviewer", "form_version"})


def relevance_on_own_values(section: dict[str, Any], row: int, ctx: Context) -> None:
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
        if item["id"] in read:
            continue
        if read & {inner["id"] for inner in _descendants(item.get("items", []))}:
            _push_relevance(item["items"], condition, read)
        else:
            own = item.get("relevant")
            item["relevant"] = f"({condition}) and ({own})" if own else condition


def _descendants(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for item in items:
        found += [item, *_descendants(item.get("items", []))]
    return found
