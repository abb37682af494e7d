"""Location paths over documents: the nodes a path walks, predicates, secondary instances.

A path starts at ``instance('list')``, ``current()``, ``.``, ``..``, a ``${name}`` (its nodes)
or, inside a predicate, at the predicate's context node (a bare name: ``name = ${x}``). Each
step goes to the children of that name (``..`` to the parent, ``.`` stays) and keeps those
that pass its predicates: a number predicate keeps the node at that 1-based position, any other
keeps the nodes for which it is true. The result is a node-set of the nodes' string values.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sp_collect.engine.expr.values import NodeSet, Value, to_boolean


class DocNode(Protocol):
    """A node of a document (the form's data, or a secondary instance)."""

    def child_nodes(self, name: str) -> list[DocNode]:
        """The children called ``name``, in document order."""

    def parent_node(self) -> DocNode | None:
        """The parent; None for the document's top."""

    def string_value(self) -> str:
        """The text of the node (of its descendants for an element with children)."""


@dataclass(frozen=True, eq=False)
class Leaf:
    """A node holding only text (a column of a row, a value given to a test context)."""

    text: str
    parent: DocNode | None = None

    def child_nodes(self, name: str) -> list[DocNode]:
        return []

    def parent_node(self) -> DocNode | None:
        return self.parent

    def string_value(self) -> str:
        return self.text


class Element:
    """An element with named children (a list's root, its rows)."""

    __slots__ = ("children", "parent")

    def __init__(self, parent: DocNode | None = None) -> None:
        self.parent = parent
        self.children: dict[str, list[DocNode]] = {}

    def child_nodes(self, name: str) -> list[DocNode]:
        return self.children.get(name, [])

    def parent_node(self) -> DocNode | None:
        return self.parent

    def string_value(self) -> str:
        return "".join(node.string_value() for nodes in self.children.values() for node in nodes)


def rows_document(rows: Sequence[Mapping[str, str]]) -> Element:
    """A secondary instance as ODK lays out a list: ``<root><item><name/><label/>…``; the
    returned node is the instance, whose child is ``root``."""
    top = Element()
    root = Element(top)
    top.children["root"] = [root]
    items: list[DocNode] = []
    for row in rows:
        item = Element(root)
        item.children = {key: [Leaf(value, item)] for key, value in row.items()}
        items.append(item)
    root.children["item"] = items
    return top


Predicate = Callable[[Any, DocNode, int, int], Value]
"""Evaluates a predicate for a node at a 1-based position among ``size`` nodes."""


@dataclass(frozen=True)
class Step:
    """``name[p1][p2]``; ``..`` is the parent and ``.`` the node itself."""

    name: str
    predicates: tuple[Predicate, ...] = ()


def walk(ctx: Any, start: Iterable[DocNode], steps: Sequence[Step]) -> list[DocNode]:
    """The nodes reached from ``start`` by ``steps``."""
    nodes = list(start)
    for step in steps:
        found: list[DocNode] = []
        seen: set[int] = set()
        for node in nodes:
            for reached in _step(node, step.name):
                if id(reached) not in seen:
                    seen.add(id(reached))
                    found.append(reached)
        nodes = filter_nodes(ctx, found, step.predicates)
    return nodes


def _step(node: DocNode, name: str) -> list[DocNode]:
    if name == "..":
        parent = node.parent_node()
        return [parent] if parent is not None else []
    if name == ".":
        return [node]
    return node.child_nodes(name)


def filter_nodes(ctx: Any, nodes: list[DocNode], predicates: Sequence[Predicate]) -> list[DocNode]:
    """The nodes for which every predicate holds, each applied to the previous one's result."""
    for predicate in predicates:
        size = len(nodes)
        kept = []
        for position, node in enumerate(nodes, start=1):
            value = predicate(ctx, node, position, size)
            if value == position if isinstance(value, float) else to_boolean(value):
                kept.append(node)
        nodes = kept
    return nodes


def node_values(nodes: list[DocNode]) -> NodeSet:
    return NodeSet([node.string_value() for node in nodes])


class PredicateContext:
    """The context inside a predicate: ``.``, ``position()`` and bare names are the node's;
    everything else is the enclosing expression's."""

    __slots__ = ("base", "count", "node", "place")

    def __init__(self, base: Any, node: DocNode, place: int, count: int) -> None:
        self.base = base
        self.node = node
        self.place = place
        self.count = count

    def __getattr__(self, name: str) -> Any:
        return getattr(self.base, name)

    def current(self) -> object:
        return self.node.string_value()

    def position(self) -> int:
        return self.place

    def last(self) -> int:
        return self.count

    def context_node(self) -> DocNode | None:
        return self.node
