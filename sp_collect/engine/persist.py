"""Answers as nested JSON (repeats as lists of objects): saving, restoring, finalized data."""

from __future__ import annotations

from typing import Any

from sp_collect.engine.answers import AnswerTypeError, check_answer, check_other_text, is_empty
from sp_collect.engine.evaluator import Evaluator
from sp_collect.engine.instances import Instance
from sp_collect.engine.model import Metadata
from sp_collect.engine.nodeview import other_chosen


def answer_tree(state: Evaluator, inst: Instance) -> dict[str, Any]:
    """Everything given in ``inst`` (visible or not), with its repeats nested: what is saved."""
    tree = {name: value for name, value in inst.answers.items() if value is not None}
    for repeat, children in inst.children.items():
        tree[repeat] = [answer_tree(state, child) for child in children]
    return tree


def finalized_tree(state: Evaluator, inst: Instance) -> dict[str, Any]:
    """The data of ``inst``: relevant answers, computed values and metadata; repeats nested."""
    tree: dict[str, Any] = {}
    for name in state.form.scope_items[inst.repeat]:
        info = state.form.items[name]
        key = (name, inst.uid)
        if not state.relevant.get(key, True) or info.type in {"section", "note"}:
            continue  # (what a view shows, read without building the view)
        if info.type == "repeat":
            children = inst.children.get(name, [])
            tree[name] = [finalized_tree(state, child) for child in children]
            continue
        value = state.raw(info, inst)
        if not is_empty(value):
            tree[name] = value
        other = inst.answers.get(f"{name}_other") if other_chosen(info, value) else None
        if not is_empty(other):
            tree[f"{name}_other"] = other
    return tree


Refusal = tuple[str, str]
"""(question path, reason)."""


def fill_tree(
    state: Evaluator, inst: Instance, data: Any, prefix: str, *, derived_ok: bool
) -> list[Refusal]:
    """Put ``data`` into ``inst`` (adding repeat instances as needed); every value refused.

    ``derived_ok`` accepts (and ignores) computed values and metadata, which
    ``finalized_answers`` contains."""
    if not isinstance(data, dict):
        return [(prefix.rstrip(".") or "/", "expected an object of answers keyed by question id")]
    problems: list[Refusal] = []
    for key, value in data.items():
        path = f"{prefix}{key}"
        info = state.form.items.get(key)
        base = state.form.items.get(key.removesuffix("_other"))
        if info is None and base is not None and base.or_other and key.endswith("_other"):
            if base.scope != inst.scope():
                problems.append((path, "this question is not at this level"))
                continue
            try:
                _store(inst, key, check_other_text(value))
            except AnswerTypeError as exc:
                problems.append((path, str(exc)))
            continue
        if info is None or info.scope != inst.scope():
            reason = "no question has this id" if info is None else "not at this level"
            problems.append((path, reason))
            continue
        if info.type == "repeat":
            problems += _fill_repeat(state, inst, info.id, value, path, derived_ok=derived_ok)
        elif info.answerable:
            try:
                _store(inst, key, check_answer(info, value))
            except AnswerTypeError as exc:
                problems.append((path, str(exc)))
        elif not (derived_ok and ("calculation" in info.expressions or _is_meta(info.item))):
            problems.append((path, "this question takes no answer"))
    return problems


def _fill_repeat(
    state: Evaluator, inst: Instance, name: str, value: Any, path: str, *, derived_ok: bool
) -> list[Refusal]:
    if not isinstance(value, list):
        return [(path, "expected a list of objects, one per repeat instance")]
    info = state.form.items[name]
    existing = inst.children.setdefault(name, [])
    while len(existing) > len(value):
        state.remove_instance(existing[-1])
    while len(existing) < len(value):
        state.add_instance(info, inst)
    problems: list[Refusal] = []
    for index, (child, entry) in enumerate(zip(existing, value, strict=True)):
        problems += fill_tree(state, child, entry, f"{path}[{index}].", derived_ok=derived_ok)
    return problems


def _store(inst: Instance, key: str, value: Any) -> None:
    if value is None:
        inst.answers.pop(key, None)
    else:
        inst.answers[key] = value


def _is_meta(item: Any) -> bool:
    return isinstance(item, Metadata)
