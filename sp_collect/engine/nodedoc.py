"""The form's data as a document for location paths: the root, sections, repeat entries and
questions as XML-like nodes (``${repeat}[position() = 1]/field``, ``../sibling``), and the
form's choice lists as secondary instances (``instance('list')/root/item[name = ${x}]/label``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sp_collect.engine.compiled import ItemInfo
from sp_collect.engine.expr import from_raw, to_string
from sp_collect.engine.expr.paths import DocNode, Element, rows_document
from sp_collect.engine.instances import Instance
from sp_collect.engine.model import Choice

if TYPE_CHECKING:
    from sp_collect.engine.evaluator import Evaluator


class FormNode:
    """A node of the response: the root (``info`` None), a section, a repeat entry (``info``
    the repeat, ``inst`` the entry) or a question in ``inst``."""

    __slots__ = ("info", "inst", "state")

    def __init__(self, state: Evaluator, info: ItemInfo | None, inst: Instance) -> None:
        self.state = state
        self.info = info
        self.inst = inst

    def _container(self) -> str | None:
        """The id whose children are this node's children (None: the root's)."""
        return self.info.id if self.info is not None else None

    def child_nodes(self, name: str) -> list[DocNode]:
        target = self.state.form.items.get(name)
        if target is None or (self.info is not None and self.info.type not in _CONTAINERS):
            return []
        if not _reaches(self.state, target, self._container()):
            return []
        if target.type == "repeat":
            return [FormNode(self.state, target, e) for e in self.inst.children.get(name, [])]
        return [FormNode(self.state, target, self.inst)]

    def parent_node(self) -> DocNode | None:
        if self.info is None:
            return None
        entry = self.info.type == "repeat"
        holder = self.inst.parent if entry else self.inst
        parent_id = self.info.parent
        if holder is None:
            return None
        if parent_id is None:
            return FormNode(self.state, None, holder.ancestor(0))
        return FormNode(self.state, self.state.form.items[parent_id], holder)

    def string_value(self) -> str:
        if self.info is None or self.info.type in _CONTAINERS:
            return ""
        return to_string(from_raw(self.state.effective(self.info, self.inst)))


_CONTAINERS = frozenset({"section", "repeat"})


def _reaches(state: Evaluator, target: ItemInfo, container: str | None) -> bool:
    """True when ``target`` is a child of ``container``, sections in between skipped (ODK's
    ``${name}`` does not spell out groups, so paths written with names need not either)."""
    parent = target.parent
    while parent != container:
        if parent is None or state.form.items[parent].type != "section":
            return False
        parent = state.form.items[parent].parent
    return True


def choice_rows(choices: list[Choice], state: Evaluator) -> list[dict[str, str]]:
    """A choice list as instance rows: ``name``, ``label`` in the session's language (the
    default language's when missing), then every extra column."""
    rows = []
    for choice in choices:
        row = {"name": choice.value, "label": state.text(choice.label)}
        row.update({k: _cell(v) for k, v in choice.extra_columns().items()})
        rows.append(row)
    return rows


def _cell(value: Any) -> str:
    return to_string(from_raw(value))


def choice_list_document(state: Evaluator, name: str) -> Element | None:
    choices = state.form.model.choice_lists.get(name)
    return rows_document(choice_rows(choices, state)) if choices is not None else None
