"""Compile a parse tree once into nested closures, collecting references and function calls."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from lark import Token, Tree

from sp_collect.engine.expr.compare import COMPARISONS, NODE_EQUALITIES, node_truth
from sp_collect.engine.expr.context import EvalContext
from sp_collect.engine.expr.diagnostics import expression_error, unknown_function
from sp_collect.engine.expr.expression import Expression, FunctionCall
from sp_collect.engine.expr.functions import FUNCTIONS
from sp_collect.engine.expr.lib_numbers import ARITHMETIC
from sp_collect.engine.expr.lib_selects import choice_question
from sp_collect.engine.expr.spec import EvalFailure, FunctionSpec, Node
from sp_collect.engine.expr.values import Value, from_raw, to_boolean, to_number
from sp_collect.errors import ExpressionError

NODE_KINDS = frozenset({"ref", "current"})
"""Parse-tree kinds that denote nodes (XPath node-sets), not plain values."""


@dataclass
class _Compiler:
    source: str
    references: set[str] = field(default_factory=set)
    calls: list[FunctionCall] = field(default_factory=list)
    uses_current: bool = False
    volatile: bool = False

    def compile(self, tree: Tree[Token] | Token) -> Node:
        assert isinstance(tree, Tree), "the grammar wraps every token in a rule"
        kind = tree.data
        children = tree.children
        if kind == "number":
            return _constant(float(str(children[0])))
        if kind == "string":
            return _constant(str(children[0])[1:-1])
        if kind == "ref":
            return self._reference(str(children[0])[2:-1])
        if kind == "current":
            self.uses_current = True
            return _current
        if kind == "parent":
            raise self._error("'..' is only allowed inside position(..)", children[0])
        if kind == "neg":
            operand = self.compile(children[1])
            return lambda ctx: -to_number(operand(ctx))
        if kind == "call":
            return self._call(children[0], children[1:])  # type: ignore[arg-type]
        if kind in ("and_", "or_"):
            first, second = self.condition(children[0]), self.condition(children[-1])
            if kind == "and_":
                return lambda ctx: first(ctx) and second(ctx)
            return lambda ctx: first(ctx) or second(ctx)
        left, right = self.compile(children[0]), self.compile(children[-1])
        if kind == "compare":
            return self._compare(str(children[1]), children[0], children[-1], left, right)
        operation = ARITHMETIC[str(children[1])]
        return lambda ctx: operation(to_number(left(ctx)), to_number(right(ctx)))

    def condition(self, tree: Tree[Token]) -> Callable[[EvalContext], bool]:
        """``tree`` converted to a boolean; a reference is a node-set, true when it exists."""
        node = self.compile(tree)
        if is_node(tree):
            return lambda ctx: node_truth(node(ctx))
        return lambda ctx: to_boolean(node(ctx))

    def _compare(
        self, symbol: str, left_tree: Tree[Token], right_tree: Tree[Token], left: Node, right: Node
    ) -> Node:
        """A comparison; = and != with a reference compare its string value (XPath §3.4)."""
        left_node, right_node = is_node(left_tree), is_node(right_tree)
        if symbol in ("=", "!=") and (left_node or right_node):
            both = left_node and right_node
            comparison = NODE_EQUALITIES[(symbol, both)]
            if left_node:
                return lambda ctx: comparison(left(ctx), right(ctx))
            return lambda ctx: comparison(right(ctx), left(ctx))  # = and != are symmetric
        comparison = COMPARISONS[symbol]
        return lambda ctx: comparison(left(ctx), right(ctx))

    def _reference(self, name: str) -> Node:
        self.references.add(name)
        return lambda ctx: from_raw(ctx.resolve(name))

    def _call(self, name_token: Token, args: list[Tree[Token]]) -> Node:
        name = str(name_token)
        column = name_token.start_pos + 1  # type: ignore[operator]
        spec = FUNCTIONS.get(name)
        if spec is None:
            raise unknown_function(self.source, name, column, FUNCTIONS)
        if len(args) < spec.min_args or (spec.max_args is not None and len(args) > spec.max_args):
            raise expression_error(
                self.source,
                f"{name}() at column {column} takes {spec.arity_text()}, not {len(args)}",
                column,
                "expr_arity",
            )
        self.calls.append(FunctionCall(name, tuple(_reference_name(arg) for arg in args)))
        self.volatile = self.volatile or spec.volatile
        if name == "position":
            return self._position(args, spec)
        if name == "jr:choice-name" and args[1].data == "string":
            question = choice_question(str(args[1].children[0])[1:-1])
            if question is not None:
                self.references.add(question)
        names = [self._name_argument(name, arg) for arg in args[: spec.name_args]]
        nodes = [
            self.condition(arg) if index in spec.boolean_args else self.compile(arg)
            for index, arg in enumerate(args[spec.name_args :], start=spec.name_args)
        ]
        if not args and spec.defaults_to_current:
            self.uses_current = True
            nodes = [_current]
        return _guard(self.source, column, _apply(spec, names, nodes))

    def _position(self, args: list[Tree[Token]], spec: FunctionSpec) -> Node:
        if args and args[0].data != "parent":
            raise self._error("position() takes only '..', as in position(..)", args[0])
        return spec.impl

    def _name_argument(self, function: str, arg: Tree[Token]) -> str:
        name = _reference_name(arg)
        if name is None:
            raise self._error(f"{function}() needs a ${{name}} reference here", arg)
        self.references.add(name)
        return name

    def _error(self, message: str, where: Tree[Token] | Token) -> ExpressionError:
        column = _start(where) + 1
        return expression_error(self.source, f"{message} (column {column})", column, "expr_syntax")


def compile_tree(source: str, tree: Tree[Token]) -> Expression:
    """Compile a parse tree of ``source``; raises ExpressionError for misuse the grammar allows."""
    compiler = _Compiler(source)
    node = compiler.compile(tree)
    return Expression(
        source=source,
        node=node,
        is_node=is_node(tree),
        references=frozenset(compiler.references),
        uses_current=compiler.uses_current,
        volatile=compiler.volatile,
        function_calls=tuple(compiler.calls),
    )


def is_node(tree: Tree[Token]) -> bool:
    """True when ``tree`` is a reference or ``.``: a node whose value is a string."""
    return tree.data in NODE_KINDS


def _constant(value: Value) -> Node:
    return lambda _ctx: value


def _current(ctx: EvalContext) -> Value:
    return from_raw(ctx.current())


def _reference_name(arg: Tree[Token]) -> str | None:
    return str(arg.children[0])[2:-1] if arg.data == "ref" else None


def _start(where: Tree[Token] | Token) -> int:
    while isinstance(where, Tree):
        where = where.children[0]
    return where.start_pos or 0


def _apply(spec: FunctionSpec, names: list[str], nodes: list[Node]) -> Node:
    """A node calling ``spec.impl``; the common arities get a closure without list building."""
    impl = spec.impl
    if spec.lazy:
        return lambda ctx: impl(ctx, *nodes)
    if names:
        return lambda ctx: impl(ctx, *names, *[n(ctx) for n in nodes])
    if len(nodes) == 1:
        (only,) = nodes
        return lambda ctx: impl(ctx, only(ctx))
    if len(nodes) == 2:
        first, second = nodes
        return lambda ctx: impl(ctx, first(ctx), second(ctx))
    return lambda ctx: impl(ctx, *[n(ctx) for n in nodes])


def _guard(source: str, column: int, node: Node) -> Node:
    """Report a function's own failure (a bad regex) with the expression and the call's column."""

    def guarded(ctx: EvalContext) -> Value:
        try:
            return node(ctx)
        except EvalFailure as failure:
            raise expression_error(source, str(failure), column, "expr_eval") from failure

    return guarded
