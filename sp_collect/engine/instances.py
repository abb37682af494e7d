"""The instance tree of one response: the root and every repeat instance, and their paths.

Each item's values live in the instance of its innermost enclosing repeat (the root for items
outside repeats). Instances have stable uids, so removing one does not re-key the others.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

_SEGMENT = re.compile(r"\[(\d+)\]\.")
_TRAILING_INDEX = re.compile(r"^(.*)\[(\d+)\]$")


@dataclass(eq=False)
class Instance:
    uid: int
    repeat: str | None
    """The repeat this is an instance of; None for the root."""
    parent: Instance | None
    depth: int
    """Number of repeats enclosing the values stored here (0 for the root)."""
    answers: dict[str, Any] = field(default_factory=dict)
    """What the user (or a default) gave, keyed by item id (``<id>_other`` for companions)."""
    children: dict[str, list[Instance]] = field(default_factory=dict)

    def index(self) -> int:
        """0-based position among its siblings."""
        assert self.parent is not None and self.repeat is not None
        return self.parent.children[self.repeat].index(self)

    def scope(self) -> tuple[str, ...]:
        """The repeats this instance is nested in, outermost first, itself last."""
        return self._scope

    @cached_property
    def _scope(self) -> tuple[str, ...]:  # an instance never moves to another repeat
        chain: list[str] = []
        node: Instance | None = self
        while node is not None and node.repeat is not None:
            chain.append(node.repeat)
            node = node.parent
        return tuple(reversed(chain))

    def ancestor(self, depth: int) -> Instance:
        node = self
        while node.depth > depth:
            assert node.parent is not None
            node = node.parent
        return node

    def prefix(self) -> str:
        """``work_history[0].`` for an instance; ``""`` for the root."""
        parts: list[str] = []
        node = self
        while node.parent is not None:
            parts.append(f"{node.repeat}[{node.index()}].")
            node = node.parent
        return "".join(reversed(parts))

    def descendants(self, repeats: tuple[str, ...]) -> Iterator[Instance]:
        """Instances reached by following ``repeats`` down from here, in document order."""
        if not repeats:
            yield self
            return
        for child in self.children.get(repeats[0], []):
            yield from child.descendants(repeats[1:])


@dataclass(frozen=True)
class ParsedPath:
    """``a[0].b[2].q`` → steps ``(("a", 0), ("b", 2))`` and name ``q``; ``index`` for ``r[1]``."""

    steps: tuple[tuple[str, int], ...]
    name: str
    index: int | None = None


@lru_cache(maxsize=4096)  # a form's paths recur in every response; the result is frozen
def parse_path(path: str) -> ParsedPath | None:
    """Split a path; None when it is not shaped like one."""
    parts = _SEGMENT.split(path)
    steps = tuple((parts[i], int(parts[i + 1])) for i in range(0, len(parts) - 1, 2))
    last = parts[-1]
    index: int | None = None
    match = _TRAILING_INDEX.match(last)
    if match:
        last, index = match.group(1), int(match.group(2))
    if not last or "[" in last or "]" in last:
        return None
    return ParsedPath(steps, last, index)
