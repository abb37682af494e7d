"""The live state of one response and the incremental evaluation that keeps it consistent.

Values, visibility and views are kept per *node*: an item in one instance, keyed
``(item id, instance uid)``. A change re-evaluates only the transitive dependents of the
changed node, in dependency order, then refreshes the views of the nodes it touched and of
their display dependents (labels, required, constraint, choices). Views are built when first
read; while batching, a change only marks them stale (see ``FormSession.batch``).
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from sp_collect.engine.answers import AnswerTypeError, check_answer
from sp_collect.engine.compiled import CompiledForm, ItemInfo
from sp_collect.engine.expr import NodeSet, Value, from_raw, to_number, to_string
from sp_collect.engine.expr.paths import DocNode
from sp_collect.engine.instances import Instance
from sp_collect.engine.model import Metadata, text_in
from sp_collect.engine.nodecontext import NodeContext
from sp_collect.engine.nodedoc import FormNode, choice_list_document
from sp_collect.engine.nodeview import (
    NodeErrors,
    NodeView,
    build_view,
    node_errors,
    node_readonly,
)
from sp_collect.errors import ExpressionError

NodeKey = tuple[str, int]
Node = tuple[ItemInfo, Instance]


class Evaluator:
    """Instances, answers, computed values, visibility and views of one response."""

    def __init__(self, form: CompiledForm, language: str, clock: Callable[[], dt.datetime]) -> None:
        self.form = form
        self.language = language
        self.clock = clock
        self.meta: dict[str, Any] = {}
        self.last_saved: Mapping[str, Any] = {}
        """The answers of the last response saved, for ``last_saved`` defaults."""
        self.root = Instance(0, None, None, 0)
        self.instances: dict[int, Instance] = {0: self.root}
        self._next_uid = 1
        self.calculated: dict[NodeKey, Any] = {}
        self.relevant: dict[NodeKey, bool] = {}
        self.views: dict[NodeKey, NodeView] = {}
        self._string_memo: dict[NodeKey, tuple[Any, str]] = {}
        self._documents: dict[str, DocNode | None] = {}
        """Choice lists as secondary instances, in the current language."""
        self.created: set[NodeKey] = set()
        """Nodes of instances created since the last ``propagate`` (they need views too)."""
        self.pending: set[NodeKey] = set()
        """Nodes whose views are stale (not built yet, or changed while batching): rebuilt by
        ``flush_views``, or one by one by ``view``."""
        self._checked: dict[NodeKey, NodeErrors] = {}
        """Errors checked while the node's view was stale; dropped whenever the view would be."""
        self.batching = False
        """True while answers only mark views stale (see ``FormSession.batch``)."""

    # -- values -----------------------------------------------------------------------------

    def raw(self, info: ItemInfo, inst: Instance) -> Any:
        """The node's value whether visible or not: answer, computed value or metadata."""
        if info.answerable:  # most nodes: a question's answer
            return inst.answers.get(info.id)
        if info.type == "repeat":
            return len(inst.children.get(info.id, ()))
        if "calculation" in info.expressions:
            return self.calculated.get((info.id, inst.uid))
        if isinstance(info.item, Metadata):
            return self.meta.get(info.type)
        return inst.answers.get(info.id)

    def effective(self, info: ItemInfo, inst: Instance) -> Any:
        """What expressions see: nothing for a node that is not relevant."""
        if not self.relevant.get((info.id, inst.uid), True):
            return None
        return self.raw(info, inst)

    def resolve(self, name: str, inst: Instance) -> object:
        target = self.form.items.get(name)
        if target is None:
            return None
        scope = target.scope
        common = _common_depth(scope, inst)
        anchor = inst.ancestor(common)
        if target.type == "repeat":
            count = sum(len(i.children.get(name, ())) for i in anchor.descendants(scope[common:]))
            return NodeSet([""] * count)  # one node per instance: count(${repeat})
        if common == len(scope):
            return self.effective(target, anchor)
        rest = scope[common:]
        # The common case, one repeat level down, without a generator per instance: sums and
        # counts over a repeat run on every instance added, so their cost per instance matters.
        found = anchor.children.get(rest[0], []) if len(rest) == 1 else anchor.descendants(rest)
        return NodeSet(self._strings(target, found))

    def nodes(self, name: str, inst: Instance) -> list[DocNode]:
        """The nodes ``${name}`` denotes from ``inst``, as a path starts from them."""
        target = self.form.items.get(name)
        if target is None:
            return []
        scope = target.scope
        common = _common_depth(scope, inst)
        holders = inst.ancestor(common).descendants(scope[common:])
        if target.type == "repeat":
            return [FormNode(self, target, e) for h in holders for e in h.children.get(name, [])]
        return [FormNode(self, target, holder) for holder in holders]

    def document(self, name: str) -> DocNode | None:
        """Secondary instance ``name``: the choice list of that name, in the language."""
        if name not in self._documents:
            self._documents[name] = choice_list_document(self, name)
        return self._documents[name]

    def _strings(self, info: ItemInfo, instances: Iterable[Instance]) -> list[str]:
        """XPath strings of the effective values of ``info`` in each of ``instances``.

        Node-sets hold strings; converting a number is slow, so each node remembers the
        string of its last value and converts again only when the value changed."""
        name, relevant, memo = info.id, self.relevant, self._string_memo
        computed = self.calculated if "calculation" in info.expressions else None
        found: list[str] = []
        for inst in instances:
            key = (name, inst.uid)
            if not relevant.get(key, True):
                found.append("")
                continue
            if computed is not None:
                value = computed.get(key)
            elif info.answerable:
                value = inst.answers.get(name)
            else:
                value = self.raw(info, inst)
            entry = memo.get(key)
            if entry is None or entry[0] is not value:
                entry = (value, to_string(from_raw(value)))
                memo[key] = entry
            found.append(entry[1])
        return found

    def indexed_repeat(self, name: str, repeat: str, index: int, inst: Instance) -> object:
        target, holder = self.form.items.get(name), self.form.items.get(repeat)
        if target is None or holder is None or holder.type != "repeat":
            return None
        anchor = inst.ancestor(_common_depth(holder.scope, inst))
        if anchor.depth != len(holder.scope):
            return None
        siblings = anchor.children.get(repeat, [])
        if not 1 <= index <= len(siblings):
            return None
        chosen = siblings[index - 1]
        found = list(chosen.descendants(target.scope[chosen.depth :]))
        return self.effective(target, found[0]) if found else None

    def choice_label(self, name: str, value: str) -> str:
        info = self.form.items.get(name)
        for choice in info.choices if info else ():
            if choice.value == value:
                return self.text(choice.label)
        return ""

    def text(self, text: Any) -> str:
        return text_in(text, self.language, self.form.model.default_language)

    def evaluate(self, info: ItemInfo, name: str, inst: Instance, current: Any = None) -> Value:
        """Evaluate one of the node's expressions; a failing one counts as empty."""
        try:
            return info.expressions[name].evaluate(NodeContext(self, inst, current, info=info))
        except ExpressionError:
            return ""

    def condition(
        self, info: ItemInfo, name: str, inst: Instance, default: bool, current: Any = None
    ) -> bool:
        """A boolean property (relevant, required, readonly, constraint); a failing expression
        is false."""
        expression = info.expressions.get(name)
        if expression is None:
            static = info.static(name)
            return static if isinstance(static, bool) else default
        try:
            return expression.test(NodeContext(self, inst, current, info=info))
        except ExpressionError:
            return False

    # -- instances ---------------------------------------------------------------------------

    def add_instance(self, repeat: ItemInfo, parent: Instance) -> Instance:
        """A bare new instance at the end of ``repeat`` in ``parent`` (restoring saved data)."""
        inst = Instance(self._next_uid, repeat.id, parent, parent.depth + 1)
        self._next_uid += 1
        self.instances[inst.uid] = inst
        parent.children.setdefault(repeat.id, []).append(inst)
        return inst

    def new_instance(self, repeat: ItemInfo, parent: Instance, *, defaults: bool) -> Instance:
        """A new instance at the end of ``repeat`` in ``parent``, initialized."""
        inst = self.add_instance(repeat, parent)
        self.init_instance(inst, defaults=defaults)
        return inst

    def init_instance(self, inst: Instance, *, defaults: bool) -> None:
        """Apply defaults (once, on creation), evaluate the instance's nodes, create minimums.

        The nodes evaluated, nested instances' included, are added to ``created``."""
        for name in self.form.scope_value_order[inst.repeat]:
            info = self.form.items[name]
            if defaults and info.answerable and info.id not in inst.answers:
                self._apply_default(info, inst)
            self.evaluate_node(info, inst)
            self.created.add((name, inst.uid))
            if info.type == "repeat" and defaults and "repeat_count" not in info.expressions:
                for _ in range(len(inst.children.get(name, ())), info.item.min or 0):
                    self.new_instance(info, inst, defaults=True)

    def remove_instance(self, inst: Instance) -> None:
        assert inst.parent is not None and inst.repeat is not None
        inst.parent.children[inst.repeat].remove(inst)
        self._forget(inst)

    def _forget(self, inst: Instance) -> None:
        for children in inst.children.values():
            for child in children:
                self._forget(child)
        del self.instances[inst.uid]
        for name in self.form.scope_items[inst.repeat]:
            stores = (self.calculated, self.relevant, self.views, self._string_memo, self._checked)
            for store in stores:
                store.pop((name, inst.uid), None)

    def _apply_default(self, info: ItemInfo, inst: Instance) -> None:
        source = getattr(info.item, "last_saved", None)
        if source is not None and _fits(info, self.last_saved.get(source)):
            inst.answers[info.id] = check_answer(info, self.last_saved[source])
            return
        default = info.item.default
        if default is None:
            return
        if "default" in info.expressions:
            value: Any = _plain(self.evaluate(info, "default", inst))
        else:
            value = default
        try:
            checked = check_answer(info, _typed_for(info, value))
        except AnswerTypeError:
            return  # a default that does not fit leaves the question empty
        if checked is not None:
            inst.answers[info.id] = checked

    def all_nodes(self) -> Iterator[Node]:
        for name in self.form.items:
            info = self.form.items[name]
            for inst in self.root.descendants(info.scope):
                yield info, inst

    # -- evaluation --------------------------------------------------------------------------

    def evaluate_node(self, info: ItemInfo, inst: Instance) -> bool:
        """Recompute relevance, computed value and instance count; True if what others see
        of this node (its value or relevance) changed."""
        key = (info.id, inst.uid)
        before = self.relevant.get(key), self.raw(info, inst)
        relevant = self._container_relevant(info, inst) and self.condition(
            info, "relevant", inst, True
        )
        self.relevant[key] = relevant
        if "calculation" in info.expressions:
            self.calculated[key] = (
                _computed(info, self.evaluate(info, "calculation", inst)) if relevant else None
            )
        if info.type == "repeat" and relevant and "repeat_count" in info.expressions:
            self._follow_count(info, inst)
        return before != (relevant, self.raw(info, inst))

    def _container_relevant(self, info: ItemInfo, inst: Instance) -> bool:
        if info.parent is None:
            return True
        parent = self.form.items[info.parent]
        holder = inst if parent.type == "section" else inst.parent
        assert holder is not None
        return self.relevant.get((parent.id, holder.uid), True)

    def _follow_count(self, info: ItemInfo, inst: Instance) -> None:
        number = to_number(self.evaluate(info, "repeat_count", inst))
        wanted = max(0, min(int(number), 1000)) if math.isfinite(number) else 0
        existing = inst.children.setdefault(info.id, [])
        while len(existing) > wanted:
            self.remove_instance(existing[-1])
        while len(existing) < wanted:
            self.new_instance(info, inst, defaults=True)

    def propagate(self, changed: Iterable[Node], also: Iterable[Node] = ()) -> set[NodeKey]:
        """Re-evaluate the dependents of ``changed`` (and the nodes ``also``), transitively, in
        dependency order. Returns every node evaluated or changed."""
        queue: list[tuple[int, int, str]] = []
        queued: set[NodeKey] = set()
        touched: set[NodeKey] = set()
        rank = self.form.rank

        def push(info: ItemInfo, inst: Instance) -> None:
            key = (info.id, inst.uid)
            if key not in queued:
                queued.add(key)
                heapq.heappush(queue, (rank[info.id], inst.uid, info.id))

        def push_dependents(info: ItemInfo, inst: Instance) -> None:
            for name in self.form.value_dependents[info.id]:
                dependent = self.form.items[name]
                for target in self.affected(info.scope, inst, dependent):
                    push(dependent, target)
            for name in info.children:
                child = self.form.items[name]
                holders = [inst] if info.type == "section" else inst.children.get(info.id, [])
                for holder in holders:
                    push(child, holder)
            if info.type == "repeat":  # its count may have changed: sums, counts, positions
                for node in self.structure_changed(info, inst):
                    push(*node)

        for info, inst in changed:
            touched.add((info.id, inst.uid))
            push_dependents(info, inst)
        for info, inst in also:
            push(info, inst)
        while queue:
            _, uid, name = heapq.heappop(queue)
            inst = self.instances.get(uid)
            if inst is None:
                continue  # removed by a repeat count on the way
            info = self.form.items[name]
            touched.add((name, uid))
            if self.evaluate_node(info, inst):
                push_dependents(info, inst)
        # Instances a repeat count created on the way were evaluated whole, but need views.
        touched |= self.created
        self.created.clear()
        return touched

    def affected(
        self, source_scope: tuple[str, ...], inst: Instance, dependent: ItemInfo
    ) -> Iterator[Instance]:
        """The instances of ``dependent`` that read a node of scope ``source_scope`` in ``inst``."""
        if dependent.broad:
            depth = 0
        else:
            depth = min(_common_prefix(source_scope, dependent.scope), inst.depth)
        anchor = inst.ancestor(depth)
        return anchor.descendants(dependent.scope[depth:])

    def structure_changed(self, repeat: ItemInfo, parent: Instance) -> list[Node]:
        """Nodes to re-evaluate after an instance of ``repeat`` in ``parent`` came or went."""
        nodes: list[Node] = []
        inner = (*repeat.scope, repeat.id)
        for name in self.form.outside_dependents[repeat.id]:
            dependent = self.form.items[name]
            nodes += [(dependent, i) for i in self.affected(inner, parent, dependent)]
        for name in self.form.broad_items:
            info = self.form.items[name]
            nodes += [(info, i) for i in self.root.descendants(info.scope)]
        return nodes

    def refresh_views(self, touched: Iterable[NodeKey]) -> set[NodeKey]:
        """Recompute the views of ``touched`` and their display dependents; the changed ones.

        While batching they are only marked stale: nothing is reported changed, and
        ``flush_views`` or ``view`` rebuilds them when they are read."""
        todo: set[NodeKey] = set()
        for name, uid in touched:
            inst = self.instances.get(uid)
            if inst is None:
                continue
            todo.add((name, uid))
            info = self.form.items[name]
            for dep_name in self.form.display_dependents[name]:
                dependent = self.form.items[dep_name]
                todo.update((dep_name, i.uid) for i in self.affected(info.scope, inst, dependent))
        for key in todo:
            self._checked.pop(key, None)
        if self.batching:
            self.pending |= todo
            return set()
        self.pending -= todo
        return self._rebuild(todo)

    def _rebuild(self, keys: Iterable[NodeKey]) -> set[NodeKey]:
        changed: set[NodeKey] = set()
        for key in keys:
            inst = self.instances.get(key[1])
            if inst is None:
                continue  # removed since it was marked stale
            view = build_view(self, self.form.items[key[0]], inst)
            if self.views.get(key) != view:
                self.views[key] = view
                changed.add(key)
        return changed

    def flush_views(self) -> None:
        """Rebuild every stale view (each once, however often it was marked)."""
        if self.pending:
            keys, self.pending = self.pending, set()
            self._rebuild(keys)

    def view(self, key: NodeKey) -> NodeView:
        """The node's view, rebuilt first if it is stale."""
        if self.pending and key in self.pending:
            self.pending.discard(key)
            self._rebuild([key])
        return self.views[key]

    def readonly(self, info: ItemInfo, inst: Instance) -> bool:
        """The view's ``readonly``; checked directly while the view is stale (a batch)."""
        view = self._current((info.id, inst.uid))
        return view.readonly if view is not None else node_readonly(self, info, inst)

    def errors(self, info: ItemInfo, inst: Instance) -> NodeErrors:
        """The view's errors; checked directly while the view is stale, so that a batch and
        the review of its result build no labels or choices."""
        key = (info.id, inst.uid)
        view = self._current(key)
        if view is not None:
            return NodeErrors(view.error_kind, view.error, view.other_error)
        found = self._checked.get(key)
        if found is None:
            found = self._checked[key] = node_errors(self, info, inst)
        return found

    def _current(self, key: NodeKey) -> NodeView | None:
        return None if key in self.pending else self.views.get(key)

    def full_refresh(self) -> None:
        """Recompute everything from the answers: construction, loading, language change."""
        self.relevant.clear()
        self.calculated.clear()
        self.views.clear()
        self._checked.clear()
        self.created.clear()
        self._documents.clear()
        for name in self.form.value_order:
            info = self.form.items[name]
            for inst in list(self.root.descendants(info.scope)):
                if inst.uid in self.instances:
                    self.evaluate_node(info, inst)
        self.evaluated()

    def evaluated(self) -> None:
        """Every node was just evaluated from scratch: views are built when first read (a
        filler that answers in a batch builds each once)."""
        self.created.clear()
        self.pending = {(info.id, inst.uid) for info, inst in self.all_nodes()}


def _common_prefix(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    length = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        length += 1
    return length


def _common_depth(scope: tuple[str, ...], inst: Instance) -> int:
    """How many of ``scope``'s repeats ``inst`` is inside of (they share the outer ones)."""
    if not scope:
        return 0
    return _common_prefix(scope, inst.scope())


def _plain(value: Value) -> Any:
    if isinstance(value, NodeSet):
        return " ".join(value)
    return value


def _typed_for(info: ItemInfo, value: Any) -> Any:
    """Bring an expression's result to the question's answer type before checking it."""
    if info.type in {"integer", "decimal"} and isinstance(value, str):
        number = to_number(value)
        return number if math.isfinite(number) else None
    if info.type in {"select_multiple", "rank"} and isinstance(value, str):
        return value.split()
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def _computed(info: ItemInfo, value: Value) -> Any:
    """A calculation's result as the session stores it: a number, a string or None.

    XForms stores every value as its XPath ``string()``; finite numbers are kept as numbers
    (their string is the same), NaN and ±Infinity as the strings "NaN", "Infinity"."""
    if isinstance(value, NodeSet | bool):
        value = to_string(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return to_string(value)  # stored as string() stores it: "NaN", "Infinity"
        if info.type == "integer" or value.is_integer():
            return int(value)
        return value
    if info.type in {"integer", "decimal"}:
        return _computed(info, to_number(value)) if value != "" else None
    return value if value != "" else None


def _fits(info: ItemInfo, value: Any) -> bool:
    """Whether ``value`` is a valid, non-empty answer to ``info`` (a last saved answer may
    come from an older form version)."""
    if value is None:
        return False
    try:
        return check_answer(info, value) is not None
    except AnswerTypeError:
        return False
