"""The EvalContext of one node: what ``${x}``, ``.``, ``position(..)`` mean where it is."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sp_collect.engine.compiled import ItemInfo
from sp_collect.engine.expr.paths import DocNode
from sp_collect.engine.filters import COLUMN_PREFIX, column_value
from sp_collect.engine.instances import Instance
from sp_collect.engine.model import Choice
from sp_collect.engine.nodedoc import FormNode

if TYPE_CHECKING:
    from sp_collect.engine.evaluator import Evaluator


class NodeContext:
    """The EvalContext of one node: ``${x}`` resolves from this node's instance outwards."""

    __slots__ = ("_current", "choice", "info", "inst", "resolved", "state")

    def __init__(
        self,
        state: Evaluator,
        inst: Instance,
        current: Any = None,
        choice: Choice | None = None,
        info: ItemInfo | None = None,
        resolved: Mapping[str, object] | None = None,
    ) -> None:
        self.state = state
        self.inst = inst
        self._current = current
        self.choice = choice
        self.info = info
        """The item whose expression this is: current() and paths from '.' or '..'."""
        self.resolved = resolved
        """Questions' values read once for many evaluations (a choice filter's inputs)."""

    def resolve(self, name: str) -> object:
        if self.choice is not None and name.startswith(COLUMN_PREFIX):
            return column_value(self.choice, name[len(COLUMN_PREFIX) :])
        if self.resolved is not None and name in self.resolved:
            return self.resolved[name]
        return self.state.resolve(name, self.inst)

    def current(self) -> object:
        return self._current

    def position(self) -> int:
        return self.inst.index() + 1 if self.inst.parent is not None else 1

    def indexed_repeat(self, name: str, repeat: str, index: int) -> object:
        return self.state.indexed_repeat(name, repeat, index, self.inst)

    def choice_label(self, name: str, value: str) -> str:
        return self.state.choice_label(name, value)

    def now(self) -> dt.datetime:
        return self.state.clock()

    def instance(self, name: str) -> DocNode | None:
        return self.state.document(name)

    def form_version(self) -> str:
        return self.state.form.version

    def nodes(self, name: str) -> list[DocNode]:
        return self.state.nodes(name, self.inst)

    def here(self) -> DocNode | None:
        return FormNode(self.state, self.info, self.inst) if self.info is not None else None

    def context_node(self) -> DocNode | None:
        return None

    def last(self) -> int:
        return 1
