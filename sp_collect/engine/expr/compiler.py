"""Compile a parse tree once into nested closures, collecting references and function calls."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from lark import Token, Tree

from sp_collect.engine.expr.compare import COMPARISONS, NODE_EQUALITIES, node_truth
from sp_collect.engine.expr.context import EvalContext
from sp_collect.engine.expr.diagnostics import (
    bare_name_message,
    expression_error,
    path_message,
    unknown_function,
)
from sp_collect.engine.expr.expression import Expression, FunctionCall
from sp_collect.engine.expr.functions import FUNCTIONS
from sp_collect.engine.expr.lib_instances import instance_document
from sp_collect.engine.expr.lib_numbers import ARITHMETIC
from sp_collect.engine.expr.lib_selects import choice_question
from sp_collect.engine.expr.paths import (
    DocNode,
    Predicate,
    PredicateContext,
    Step,
    node_values,
    walk,
)
from sp_collect.engine.expr.spec import EvalFailure, FunctionSpec, Node
from sp_collect.engine.expr.values import Value, as_nodeset, from_raw, to_boolean, to_number
from sp_collect.errors import ExpressionError

PATH_KINDS = frozenset({"path", "call_path", "relative_path"})
NODE_KINDS = frozenset({"ref", "current", *PATH_KINDS})
"""Parse-tree kinds that denote nodes (XPath node-sets), not plain values."""


@dataclass
class _Compiler:
    source: str
    references: set[str] = field(default_factory=set)
    calls: list[FunctionCall] = field(default_factory=list)
    lists: set[str] = field(default_factory=set)
    numbers: list[float] = field(default_factory=list)
    uses_current: bool = False
    volatile: bool = False
    navigates: bool = False
    predicate_depth: int = 0
    form_predicates: bool = True
    """False inside the predicates of an instance() path: bare names there are its columns."""

    def compile(self, tree: Tree[Token] | Token) -> Node:
        assert isinstance(tree, Tree), "the grammar wraps every token in a rule"
        kind = tree.data
        children = tree.children
        if kind == "number":
            number = float(str(children[0]))
            self.numbers.append(number)
            return _constant(number)
        if kind == "string":
            return _constant(str(children[0])[1:-1])
        if kind == "ref":
            return self._reference(str(children[0])[2:-1])
        if kind == "current":
            # Inside a predicate, '.' is the node tested, not the question's value.
            self.uses_current = self.uses_current or self.predicate_depth == 0
            return _current
        if kind == "parent":
            raise self._error("'..' is only allowed inside position(..) or a path", children[0])
        if kind in PATH_KINDS:
            return self._path(tree)
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
        if _branches_to_node(tree):
            return self._if_condition(tree)
        return self.as_condition(tree, self.compile(tree))

    def as_condition(self, tree: Tree[Token], node: Node) -> Callable[[EvalContext], bool]:
        """The boolean of ``node`` (compiled from ``tree``), without compiling it again."""
        if is_node(tree):
            return lambda ctx: node_truth(node(ctx))
        return lambda ctx: to_boolean(node(ctx))

    def _if_condition(self, tree: Tree[Token]) -> Callable[[EvalContext], bool]:
        """if(c, a, b) as a boolean: the boolean of the branch taken, where a branch that is a
        reference is a node-set (true when its node exists)."""
        test, then, otherwise = (self.condition(arg) for arg in tree.children[1:])  # type: ignore[arg-type]
        return lambda ctx: then(ctx) if test(ctx) else otherwise(ctx)

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
        if name == "pulldata":
            self._note_list(args[0])
        if name == "jr:choice-name" and args[1].data == "string":
            question = choice_question(str(args[1].children[0])[1:-1])
            if question is not None:
                self.references.add(question)
        names = [self._name_argument(name, arg) for arg in args[: spec.name_args]]
        nodes = [
            self._argument(spec, index, arg)
            for index, arg in enumerate(args[spec.name_args :], start=spec.name_args)
        ]
        if not args and spec.defaults_to_current:
            self.uses_current = True
            nodes = [_current]
        return _guard(self.source, column, _apply(spec, names, nodes))

    def _argument(self, spec: FunctionSpec, index: int, arg: Tree[Token]) -> Node:
        if index in spec.boolean_args:
            return self.condition(arg)
        node = self.compile(arg)
        if spec.node_args and is_node(arg):
            return lambda ctx: as_nodeset(node(ctx))
        return node

    # -- location paths ------------------------------------------------------------------

    def _path(self, tree: Tree[Token]) -> Node:
        """A location path: where it starts, then its steps (see ``paths``)."""
        self.navigates = True
        children = tree.children
        steps = [c for c in children if isinstance(c, Tree) and c.data == "step"]
        head_predicates = [c for c in children if isinstance(c, Tree) and c.data == "predicate"]
        first = children[0]
        start: Callable[[EvalContext], list[DocNode]]
        form_path = True
        if tree.data == "relative_path":
            assert isinstance(first, Tree)
            if self.predicate_depth == 0:
                raise self._bare_name(first, bool(steps))
            steps = [first, *steps]
            start = _context_node
            form_path = self.form_predicates
        elif tree.data == "call_path":
            assert isinstance(first, Token)
            args = [c for c in children[1:] if isinstance(c, Tree) and c.data != "step"]
            start, form_path = self._path_call(first, args)
        elif first.type == "REF":  # type: ignore[union-attr]
            name = str(first)[2:-1]
            self.references.add(name)
            start = lambda ctx: ctx.nodes(name)  # noqa: E731
        else:  # . or ..: from the context node
            steps = [Tree("step", [first]), *steps]  # type: ignore[list-item]
            start = _context_node
        outer, self.form_predicates = self.form_predicates, form_path
        try:
            compiled = [self._step(step, form_path) for step in steps]
            head = Step(".", tuple(self._predicate(p) for p in head_predicates))
        finally:
            self.form_predicates = outer
        if head.predicates:
            compiled.insert(0, head)
        node: Node = lambda ctx: node_values(walk(ctx, start(ctx), compiled))  # noqa: E731
        return _guard(self.source, _start(tree) + 1, node)

    def _path_call(
        self, name: Token, args: list[Tree[Token]]
    ) -> tuple[Callable[[EvalContext], list[DocNode]], bool]:
        function = str(name)
        if function == "current" and not args:
            return lambda ctx: _listed(ctx.here()), True
        if function == "instance" and len(args) == 1:
            self._note_list(args[0])
            list_name = self.compile(args[0])
            return lambda ctx: [instance_document(ctx, list_name(ctx))], False
        raise self._error(
            "a path starts at instance('list'), current(), ${name}, '.' or '..', "
            f"not at {function}()",
            name,
        )

    def _note_list(self, arg: Tree[Token]) -> None:
        """Remember a list named by a literal (instance('x'), pulldata('x', …)) for checks."""
        if arg.data == "string":
            self.lists.add(str(arg.children[0])[1:-1])

    def _step(self, step: Tree[Token], form_path: bool) -> Step:
        token = step.children[0]
        assert isinstance(token, Token)
        name = str(token)
        if form_path and token.type == "FUNCNAME":
            self.references.add(name)  # a question reached by name: a dependency
        predicates = [c for c in step.children[1:] if isinstance(c, Tree)]
        return Step(name, tuple(self._predicate(p) for p in predicates))

    def _predicate(self, predicate: Tree[Token]) -> Predicate:
        self.predicate_depth += 1
        try:
            expression = predicate.children[0]
            assert isinstance(expression, Tree)
            node = self.compile(expression)
        finally:
            self.predicate_depth -= 1
        truth = node_truth if is_node(expression) else None

        def test(ctx: EvalContext, at: DocNode, place: int, size: int) -> Value:
            value = node(PredicateContext(ctx, at, place, size))  # type: ignore[arg-type]
            return truth(value) if truth is not None else value

        return test

    def _bare_name(self, step: Tree[Token], path: bool) -> ExpressionError:
        """A name outside a predicate: a question without ${…}, a text without quotes, or a
        path from the form's root (``data/age``: pointed at its first '/')."""
        token = step.children[0]
        assert isinstance(token, Token)
        start = token.start_pos or 0
        if path:
            column = self.source.index("/", start) + 1
            return expression_error(self.source, path_message(column), column, "expr_syntax")
        message, column = bare_name_message(str(token), start + 1, FUNCTIONS)
        return expression_error(self.source, message, column, "expr_syntax")

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
    if _branches_to_node(tree):
        condition = compiler.condition(tree)
    elif is_node(tree):
        condition = compiler.as_condition(tree, node)
    else:
        condition = None
    return Expression(
        source=source,
        node=node,
        condition=condition,
        references=frozenset(compiler.references),
        uses_current=compiler.uses_current,
        volatile=compiler.volatile,
        navigates=compiler.navigates,
        lists=frozenset(compiler.lists),
        numbers=tuple(compiler.numbers),
        function_calls=tuple(compiler.calls),
    )


def is_node(tree: Tree[Token]) -> bool:
    """True when ``tree`` is a reference or ``.``: a node whose value is a string."""
    return tree.data in NODE_KINDS


def _branches_to_node(tree: Tree[Token]) -> bool:
    """An if() call one of whose branches is (or branches to) a reference."""
    if tree.data != "call" or str(tree.children[0]) != "if" or len(tree.children) != 4:
        return False
    branches = tree.children[2:]
    return any(is_node(b) or _branches_to_node(b) for b in branches)  # type: ignore[arg-type]


def _context_node(ctx: EvalContext) -> list[DocNode]:
    return _listed(ctx.context_node() or ctx.here())


def _listed(node: DocNode | None) -> list[DocNode]:
    return [node] if node is not None else []


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
