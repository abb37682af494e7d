"""A tolerant walk over a form's raw JSON: items with pointers and scopes, even when invalid.

Meaning checks run on the raw data so that they report alongside structural problems
instead of waiting for the form to be structurally valid.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

CONTAINER_TYPES = frozenset({"section", "repeat"})
SELECT_TYPES = frozenset({"select_one", "select_multiple", "rank"})
EXPRESSION_PROPERTIES = (
    "relevant",
    "required",
    "readonly",
    "constraint",
    "calculation",
    "default",
    "choice_filter",
    "repeat_count",
)
"""Every property whose value is an expression (``required``/``readonly`` when a string,
``default`` when a string starting with ``=``)."""
VALUE_PROPERTIES = frozenset({"relevant", "calculation", "default", "repeat_count"})
"""Expressions that decide values or visibility: they must not form a cycle."""
TEXT_PROPERTIES = ("label", "hint", "constraint_message", "required_message")


@dataclass(frozen=True)
class RawItem:
    pointer: str
    data: dict[str, Any]
    scope: tuple[str, ...]
    """Ids of the repeats enclosing the item, outermost first (not the item itself)."""
    parent: str | None
    """Id of the enclosing section or repeat."""

    @property
    def id(self) -> str | None:
        value = self.data.get("id")
        return value if isinstance(value, str) else None

    @property
    def type(self) -> str | None:
        value = self.data.get("type")
        return value if isinstance(value, str) else None


def walk_items(form: dict[str, Any]) -> Iterator[RawItem]:
    """Every item dict in form order, sections and repeats included."""

    def visit(
        items: Any, base: str, scope: tuple[str, ...], parent: str | None
    ) -> Iterator[RawItem]:
        if not isinstance(items, list):
            return
        for index, data in enumerate(items):
            if not isinstance(data, dict):
                continue
            item = RawItem(f"{base}/{index}", data, scope, parent)
            yield item
            if item.type in CONTAINER_TYPES:
                inner = (*scope, item.id or "?") if item.type == "repeat" else scope
                yield from visit(data.get("items"), f"{item.pointer}/items", inner, item.id)

    yield from visit(form.get("items"), "/items", (), None)


def expression_texts(data: dict[str, Any]) -> dict[str, str]:
    """The item's expression properties as source text (static values left out)."""
    found: dict[str, str] = {}
    for name in EXPRESSION_PROPERTIES:
        value = data.get(name)
        if not isinstance(value, str):
            continue
        if name == "default":
            if value.startswith("="):
                found[name] = value[1:]
        elif value.strip():
            found[name] = value
    return found


def raw_choice_lists(form: dict[str, Any]) -> dict[str, Any]:
    """The form's choice lists by name, a list named in ``choice_files`` (empty until its file
    is attached) included."""
    lists = form.get("choice_lists") if isinstance(form.get("choice_lists"), dict) else {}
    files = form.get("choice_files") if isinstance(form.get("choice_files"), dict) else {}
    return {**{name: [] for name in files}, **lists}
