"""What an expression needs from its surroundings (EvalContext), and a dict-backed one for tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Protocol

from sp_collect.engine.expr.paths import DocNode, Element, Leaf, rows_document
from sp_collect.engine.expr.values import NodeSet, from_raw, to_string


class EvalContext(Protocol):
    """Implemented by FormSession: answers, the current value, repeat positions, labels, time."""

    def resolve(self, name: str) -> object:
        """The value of ``${name}``: None, str, int, float, bool, list[str], dict or a NodeSet."""

    def current(self) -> object:
        """The value of ``.`` (the question a constraint is checking)."""

    def position(self) -> int:
        """1-based index of the current repeat instance: ``position(..)``."""

    def indexed_repeat(self, name: str, repeat: str, index: int) -> object:
        """The value of ``${name}`` in instance ``index`` (1-based) of ``${repeat}``."""

    def choice_label(self, name: str, value: str) -> str:
        """The label of choice ``value`` of question ``name`` in the current language."""

    def now(self) -> dt.datetime:
        """The current time, timezone-aware; today() and now() use it."""

    def instance(self, name: str) -> DocNode | None:
        """Secondary instance ``name`` (a choice list: ``root/item`` rows with ``name``,
        ``label`` and its other columns), or None when the form has none of that name."""

    def form_version(self) -> str:
        """The form's version: version()."""

    def nodes(self, name: str) -> list[DocNode]:
        """The nodes ``${name}`` denotes, where a path starts from it."""

    def here(self) -> DocNode | None:
        """The node the expression belongs to: current(), and paths from ``.`` or ``..``."""

    def context_node(self) -> DocNode | None:
        """Inside a predicate, the node it is testing (bare names are its children)."""

    def last(self) -> int:
        """Inside a predicate, how many nodes it tests: last(); 1 elsewhere."""


class SimpleContext:
    """A dict-backed EvalContext for tests and tools (the real one is FormSession).

    ``values`` maps names to answers; ``repeats`` maps a repeat name to its instances, each a
    mapping of names to answers; ``labels`` maps a question name to {choice value: label};
    ``now`` fixes the clock (tests), else today()/now() read the real time; ``instances``
    maps a secondary instance's name to its rows; ``version`` is the form's version.
    """

    def __init__(
        self,
        values: Mapping[str, object] | None = None,
        *,
        current: object = None,
        position: int = 1,
        repeats: Mapping[str, Sequence[Mapping[str, object]]] | None = None,
        labels: Mapping[str, Mapping[str, str]] | None = None,
        now: dt.datetime | None = None,
        instances: Mapping[str, Sequence[Mapping[str, str]]] | None = None,
        version: str = "",
    ) -> None:
        self.values = dict(values or {})
        self._current = current
        self._position = position
        self.repeats = dict(repeats or {})
        self.labels = dict(labels or {})
        self._now = now
        self.instances = dict(instances or {})
        self.version = version

    def resolve(self, name: str) -> object:
        return self.values.get(name)

    def current(self) -> object:
        return self._current

    def position(self) -> int:
        return self._position

    def indexed_repeat(self, name: str, repeat: str, index: int) -> object:
        instances = self.repeats.get(repeat, ())
        return instances[index - 1].get(name) if 1 <= index <= len(instances) else None

    def choice_label(self, name: str, value: str) -> str:
        return self.labels.get(name, {}).get(value, "")

    def now(self) -> dt.datetime:
        return self._now or dt.datetime.now(dt.UTC)

    def instance(self, name: str) -> DocNode | None:
        rows = self.instances.get(name)
        return rows_document(rows) if rows is not None else None

    def form_version(self) -> str:
        return self.version

    def nodes(self, name: str) -> list[DocNode]:
        if name in self.repeats:
            return [_entry(values) for values in self.repeats[name]]
        value = self.values.get(name)
        if isinstance(value, NodeSet):
            return [Leaf(text) for text in value]
        return [Leaf(to_string(from_raw(value)))]

    def here(self) -> DocNode | None:
        return None

    def context_node(self) -> DocNode | None:
        return None

    def last(self) -> int:
        return 1


def _entry(values: Mapping[str, object]) -> DocNode:
    entry = Element()
    entry.children = {k: [Leaf(to_string(from_raw(v)), entry)] for k, v in values.items()}
    return entry
