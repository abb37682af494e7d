"""Dependency order for the items of a form, and the path of a cycle when there is one."""

from __future__ import annotations

import heapq
from collections.abc import Mapping, Sequence


def topological_order(
    nodes: Sequence[str], depends_on: Mapping[str, set[str]]
) -> tuple[list[str], list[str] | None]:
    """Nodes ordered so that each comes after what it depends on; ties keep ``nodes`` order.

    Returns the order of every node outside cycles and, if there is a cycle, its path
    (first node repeated at the end), e.g. ``["a", "b", "a"]``.
    """
    rank = {node: index for index, node in enumerate(nodes)}
    waiting = {node: len(depends_on.get(node, set()) & rank.keys()) for node in nodes}
    dependents: dict[str, list[str]] = {node: [] for node in nodes}
    for node in nodes:
        for needed in depends_on.get(node, set()):
            if needed in dependents:
                dependents[needed].append(node)
    ready = [rank[node] for node in nodes if waiting[node] == 0]
    heapq.heapify(ready)
    order: list[str] = []
    while ready:
        node = nodes[heapq.heappop(ready)]
        order.append(node)
        for dependent in dependents[node]:
            waiting[dependent] -= 1
            if waiting[dependent] == 0:
                heapq.heappush(ready, rank[dependent])
    if len(order) == len(nodes):
        return order, None
    return order, _cycle(set(nodes) - set(order), depends_on)


def _cycle(stuck: set[str], depends_on: Mapping[str, set[str]]) -> list[str]:
    """Walk back through unresolved dependencies until a node repeats."""
    node = min(stuck)
    path: list[str] = []
    seen: dict[str, int] = {}
    while node not in seen:
        seen[node] = len(path)
        path.append(node)
        node = min(depends_on.get(node, set()) & stuck)
    cycle = path[seen[node] :]
    # Report it in reading order: "a → b → a" where b depends on a.
    cycle.reverse()
    return [*cycle, cycle[0]]
