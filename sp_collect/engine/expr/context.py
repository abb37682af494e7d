"""What an expression needs from its surroundings (EvalContext), and a dict-backed one for tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Protocol


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


class SimpleContext:
    """A dict-backed EvalContext for tests and tools (the real one is FormSession).

    ``values`` maps names to answers; ``repeats`` maps a repeat name to its instances, each a
    mapping of names to answers; ``labels`` maps a question name to {choice value: label};
    ``now`` fixes the clock (tests), else today()/now() read the real time.
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
    ) -> None:
        self.values = dict(values or {})
        self._current = current
        self._position = position
        self.repeats = dict(repeats or {})
        self.labels = dict(labels or {})
        self._now = now

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
