"""The failed constraints of a response's answers, without building a session's views.

``FormSession.errors()`` evaluates every node and builds every question's view (label, hint,
choices): 5-40 ms a response on the study's forms, too slow for merging thousands. This pass
evaluates, with the session's own ``Evaluator``, only what the form's constraints need — the
constrained questions' relevance (and their containers'), the values their constraints and
constraint messages read, and, transitively, what those depend on — then each constraint on a
relevant question that has an answer. The result is the session's list of constraint errors
for the same answers (a question left empty keeps its constraint unevaluated; a default is not
applied to it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sp_collect.engine.answers import AnswerTypeError, check_answer, is_empty
from sp_collect.engine.compiled import VALUE_EXPRESSIONS, CompiledForm, ItemInfo
from sp_collect.engine.evaluator import Evaluator
from sp_collect.engine.expr import PIPE_PATTERN
from sp_collect.engine.instances import Instance
from sp_collect.engine.messages import message
from sp_collect.engine.nodeview import pipe

Failure = tuple[str, str]
"""(question path, the constraint's message)."""

_PURE_FUNCTIONS = frozenset({
    "boolean", "true", "false", "not", "if", "coalesce", "number", "floor", "ceiling", "round",
    "int", "abs", "selected", "count-selected", "selected-at", "string", "concat", "substring",
    "substr", "string-length", "contains", "substring-before", "substring-after", "starts-with",
    "ends-with", "translate", "normalize-space", "regex", "boolean-from-string", "date",
    "date-time", "format-date", "format-date-time",
})  # fmt: skip
"""Functions whose result depends on their arguments alone (no clock, chance, choice labels,
other nodes or position)."""
_MEMO_SIZE = 1024
"""Results kept per constraint, and the longest text kept as part of a key: bounds, so memory
stays flat (a few MB at most) however many responses merge."""
_MEMO_TEXT = 100


class ConstraintCheck:
    """One form version's constraint pass: ``failures(answers)``. Built once per version."""

    def __init__(self, form: CompiledForm) -> None:
        self.form = form
        self._constrained = tuple(
            info
            for info in form.items.values()
            if "constraint" in info.expressions and info.is_question
        )
        starts: list[str] = []
        for info in self._constrained:
            starts += (info.id, *_piped(info.item.constraint_message))
        self._needed = frozenset(_closure(form, self._constrained, starts))
        fixed = _always_relevant(form)
        self._order = tuple(n for n in form.value_order if n in self._needed and n not in fixed)
        """What to evaluate, in dependency order: an item always relevant and not computed
        needs nothing (its relevance reads as true, its value is its answer)."""
        # A constraint that passes is no problem whether its question is relevant or not, so
        # most responses need only what the constraints read (and the repeat counts that decide
        # which entries exist): the constrained questions' own relevance waits for a failure.
        counted = [r for i in self._constrained for r in i.scope if _counted(form, r)]
        quick = _closure(form, self._constrained, counted)
        self._quick = tuple(n for n in self._order if n in quick)
        self._rank = {name: index for index, name in enumerate(form.items)}
        self._memos: dict[str, _Memo] = {}
        """Per constraint whose result depends only on its answer, answers at its level or
        above and the date: its results by those values. Answers repeat (choices, small
        numbers), and evaluating is most of the check's time."""
        for info in self._constrained:
            memo = _memo_for(info)
            if memo is not None:
                self._memos[info.id] = memo
        self._fills: dict[tuple[str, ...], list[ItemInfo]] = {}
        """Per level (scope), the needed repeats and answerable items, in form order: filling
        looks up these few keys instead of walking every answer."""
        for name in form.items:
            info = form.items[name]
            if name in self._needed and (info.type == "repeat" or info.answerable):
                self._fills.setdefault(info.scope, []).append(info)

    def failures(self, answers: dict[str, Any]) -> list[Failure]:
        """Every failed constraint of a relevant, answered question, in form order.

        ``answers`` are a response's answers as ``finalized_answers`` gives them; values that
        do not fit the form are left out (the answer check refuses them first)."""
        if not self._constrained:
            return []
        form = self.form
        language = form.model.default_language
        now = dt.datetime.now(dt.UTC)
        state = Evaluator(form, language, lambda: now)
        stamp = now.isoformat()
        state.meta = {"form_version": form.version, "language": language}
        state.meta.update(start=stamp, end=stamp)
        self._fill(state, state.root, (), answers)
        _evaluate(state, self._quick)
        if all(self._passes(state, info, inst) for info in self._constrained
               for inst in state.root.descendants(info.scope)):  # fmt: skip
            return []
        _evaluate(state, self._order)
        found: list[tuple[int, str, str]] = []
        for info in self._constrained:
            for inst in state.root.descendants(info.scope):
                failed = self._failure(state, info, inst)
                if failed is not None:
                    found.append((inst.uid, inst.prefix() + info.id, failed))
        if len(found) > 1:
            found.sort(key=_document_order(state, self._rank))
        return [(path, text) for _, path, text in found]

    def _fill(self, state: Evaluator, inst: Instance, scope: tuple[str, ...], data: Any) -> None:
        """Put the answers the constraints need into ``inst`` (at level ``scope``), as the
        session would (others are not even checked: checking every value was half the cost)."""
        if not isinstance(data, dict):
            return
        for info in self._fills.get(scope, ()):
            value = data.get(info.id)
            if value is None:
                continue
            if info.type == "repeat":
                inner = (*scope, info.id)
                for entry in value if isinstance(value, list) else ():
                    self._fill(state, state.add_instance(info, inst), inner, entry)
                continue
            try:
                checked = check_answer(info, value)
            except AnswerTypeError:
                continue
            if checked is not None:
                inst.answers[info.id] = checked

    def _passes(self, state: Evaluator, info: ItemInfo, inst: Instance) -> bool:
        """The node has no answer to check, or its answer meets the constraint (whether the
        question is relevant or not)."""
        # An answer is filled in checked (never empty) or not at all: most are read directly.
        value = inst.answers.get(info.id) if info.answerable else state.raw(info, inst)
        if value is None or is_empty(value):
            return True
        if info.type == "matrix" and any(r.value not in value for r in info.rows):
            return True
        memo = self._memos.get(info.id)
        key = None if memo is None else memo.key(state, inst, value)
        if memo is None or key is None:
            return state.condition(info, "constraint", inst, True, current=value)
        passed = memo.results.get(key)
        if passed is None:
            if len(memo.results) >= _MEMO_SIZE:
                memo.results.clear()
            passed = state.condition(info, "constraint", inst, True, current=value)
            memo.results[key] = passed
        return passed

    def _failure(self, state: Evaluator, info: ItemInfo, inst: Instance) -> str | None:
        """The constraint's message if it fails on this node, as the node's view would show
        it."""
        if not state.relevant.get((info.id, inst.uid), True) or self._passes(state, info, inst):
            return None
        return pipe(state, info.item.constraint_message, inst) or message(
            "constraint", state.language
        )


@dataclass(frozen=True)
class _Memo:
    """What a constraint's result depends on, and its results kept by those values."""

    reads: tuple[str, ...]
    """The answers it reads (``${name}``)."""
    dated: bool
    """It calls today(): the date is part of the key."""
    results: dict[Any, bool] = field(default_factory=dict)

    def key(self, state: Evaluator, inst: Instance, value: Any) -> Any:
        """The values the constraint sees, as a key; None when one is not worth keeping."""
        own = _memo_key(value)
        if own is None or not (self.reads or self.dated):
            return own
        parts = [own]
        for name in self.reads:
            part = _memo_key(state.resolve(name, inst))  # what ${name} gives, hidden or not
            if part is None:
                return None
            parts.append(part)
        if self.dated:
            parts.append(state.clock().date())  # what today() gives
        return tuple(parts)


def _memo_for(info: ItemInfo) -> _Memo | None:
    """How to keep the constraint's results, if it reads nothing but answers (``.`` and
    ``${name}``) and the date: no chance, clock time, choice list, position or path. An answer
    read from other instances is a node-set, which is no key: that response is evaluated."""
    expression = info.expressions["constraint"]
    if info.broad or expression.navigates or expression.lists:
        return None
    for call in expression.function_calls:
        # A call without arguments may read the context node (string-length()).
        if call.name == "today" or call.name in ("true", "false"):
            continue
        if call.name not in _PURE_FUNCTIONS or not call.args:
            return None
    calls = {call.name for call in expression.function_calls}
    return _Memo(tuple(sorted(expression.references)), "today" in calls)


def _memo_key(value: Any) -> Any:
    """A key equal only for answers every expression sees alike (``1`` is not ``1.0``, and
    ``-0.0`` is not ``0.0``); None for long texts and other values (node-sets, files,
    matrices)."""
    kind = type(value)
    if kind is str:
        return (kind, value) if len(value) <= _MEMO_TEXT else None
    if kind is int or kind is bool or value is None:
        return kind, value
    if kind is float:
        return kind, repr(value)
    if kind is list and all(type(item) is str for item in value):
        return (kind, tuple(value)) if sum(map(len, value)) <= _MEMO_TEXT else None
    return None


def _evaluate(state: Evaluator, order: tuple[str, ...]) -> None:
    for name in order:
        info = state.form.items[name]
        for inst in list(state.root.descendants(info.scope)):
            if inst.uid in state.instances:  # a repeat count may have removed it
                state.evaluate_node(info, inst)


def _document_order(state: Evaluator, rank: dict[str, int]) -> Any:
    """Sort key putting failures in the review list's order (form order, instances in order)."""

    def key(entry: tuple[int, str, str]) -> list[tuple[int, int]]:
        uid, path, _ = entry
        inst = state.instances[uid]
        chain: list[tuple[int, int]] = []
        node = inst
        while node.parent is not None:
            assert node.repeat is not None
            chain.append((rank[node.repeat], node.index()))
            node = node.parent
        name = path.rsplit(".", 1)[-1]
        return [*reversed(chain), (rank[name], -1)]

    return key


def _counted(form: CompiledForm, name: str) -> bool:
    return "repeat_count" in form.items[name].expressions


def _closure(form: CompiledForm, constrained: tuple[ItemInfo, ...], starts: list[str]) -> set[str]:
    """The items whose relevance or value the constraints' expressions, or the items
    ``starts``, can read."""
    todo = list(starts)
    for info in constrained:
        if info.broad:  # reads other instances or navigates paths: anything may matter
            return set(form.items)
        todo += info.expressions["constraint"].references
    needed: set[str] = set()
    while todo:
        name = todo.pop()
        info = form.items.get(name)
        if info is None or name in needed:
            continue
        if info.broad:  # reads other instances or navigates paths: anything may matter
            return set(form.items)
        needed.add(name)
        if info.parent:
            todo.append(info.parent)
        for kind, expression in info.expressions.items():
            if kind in VALUE_EXPRESSIONS or kind == "default":
                todo += expression.references
    return needed


def _always_relevant(form: CompiledForm) -> set[str]:
    """Items with no relevance, calculation or repeat count of their own, in containers that
    are always relevant: evaluating them changes nothing."""
    fixed: set[str] = set()
    for name, info in form.items.items():  # containers come before what they contain
        own = any(kind in info.expressions for kind in VALUE_EXPRESSIONS)
        if not own and (info.parent is None or info.parent in fixed):
            fixed.add(name)
    return fixed


def _piped(text: Any) -> list[str]:
    texts = text.values() if isinstance(text, dict) else [text]
    return [m.group(1) for t in texts if isinstance(t, str) for m in PIPE_PATTERN.finditer(t)]
