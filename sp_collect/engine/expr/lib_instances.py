"""Functions over documents: instance(), current(), pulldata(), version()."""

from __future__ import annotations

from sp_collect.engine.expr.context import EvalContext
from sp_collect.engine.expr.paths import DocNode, node_values
from sp_collect.engine.expr.spec import EvalFailure, FunctionSpec
from sp_collect.engine.expr.values import NodeSet, Value, to_string


def instance_document(ctx: EvalContext, name: Value) -> DocNode:
    """Secondary instance ``name``; a clear failure when the form has no list of that name."""
    key = to_string(name)
    document = ctx.instance(key)
    if document is None:
        raise EvalFailure(
            f"there is no list named {key!r}: add a choice list (or a CSV of choices) "
            "with that name to the form"
        )
    return document


def _instance(ctx: EvalContext, name: Value) -> NodeSet:
    return node_values([instance_document(ctx, name)])


def _current(ctx: EvalContext) -> NodeSet:
    node = ctx.here()
    return node_values([node] if node is not None else [])


def _pulldata(ctx: EvalContext, name: Value, wanted: Value, column: Value, key: Value) -> str:
    """The ``wanted`` column of the first row of list ``name`` whose ``column`` is ``key``."""
    document = instance_document(ctx, name)
    looked_for, match, answer = to_string(key), to_string(column), to_string(wanted)
    for root in document.child_nodes("root"):
        for item in root.child_nodes("item"):
            cells = item.child_nodes(match)
            if cells and cells[0].string_value() == looked_for:
                found = item.child_nodes(answer)
                return found[0].string_value() if found else ""
    return ""


def _version(ctx: EvalContext) -> str:
    return ctx.form_version()


INSTANCE_FUNCTIONS: dict[str, FunctionSpec] = {
    "instance": FunctionSpec(1, 1, _instance),
    "current": FunctionSpec(0, 0, _current),
    "pulldata": FunctionSpec(4, 4, _pulldata),
    "version": FunctionSpec(0, 0, _version),
    "last": FunctionSpec(0, 0, lambda ctx: float(ctx.last())),
}
