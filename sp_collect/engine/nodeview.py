"""What one node looks like now: visible, value, required, read-only, error, label, choices."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from sp_collect.engine.answers import is_empty
from sp_collect.engine.choice_files import missing_file_notice
from sp_collect.engine.choicememo import frozen
from sp_collect.engine.compiled import OTHER, ItemInfo
from sp_collect.engine.expr import PIPE_PATTERN, Expression, NodeSet, format_number
from sp_collect.engine.instances import Instance
from sp_collect.engine.messages import message as message_in
from sp_collect.engine.nodecontext import NodeContext
from sp_collect.engine.prompts import ChoiceOption
from sp_collect.errors import ExpressionError

if TYPE_CHECKING:
    from sp_collect.engine.evaluator import Evaluator


@dataclass(frozen=True)
class NodeView:
    visible: bool
    value: Any
    required: bool
    readonly: bool
    error_kind: str | None
    """"required" or "constraint" while visible, else None."""
    error: str | None
    label: str
    hint: str
    choices: tuple[ChoiceOption, ...]
    rows: tuple[ChoiceOption, ...]
    other: bool
    """True when ``other`` is selected: the ``<id>_other`` companion shows and is required."""
    other_value: Any
    other_error: str | None


class NodeErrors(NamedTuple):
    """What is wrong with a node now: all its view's errors, without labels or choices."""

    kind: str | None
    """"required" or "constraint" while visible, else None."""
    message: str | None
    other: str | None
    """The "other, specify" companion's message: "other" is chosen and its text is missing."""


def build_view(state: Evaluator, info: ItemInfo, inst: Instance) -> NodeView:
    visible = state.relevant.get((info.id, inst.uid), True)
    value = state.raw(info, inst)
    required = visible and state.condition(info, "required", inst, False)
    errors = _errors(state, info, inst, visible, value, required)
    other = other_chosen(info, value)
    return NodeView(
        visible=visible,
        value=value,
        required=required,
        readonly=node_readonly(state, info, inst),
        error_kind=errors.kind,
        error=errors.message,
        label=pipe(state, info.item.label, inst),
        hint=_hint(state, info, inst),
        choices=shown_choices(state, info, inst),
        rows=shown_rows(state, info, inst),
        other=other,
        other_value=inst.answers.get(f"{info.id}_other") if info.or_other else None,
        other_error=errors.other,
    )


def node_errors(state: Evaluator, info: ItemInfo, inst: Instance) -> NodeErrors:
    """The node's errors, exactly as its view would show them, without building the view."""
    visible = state.relevant.get((info.id, inst.uid), True)
    required = visible and state.condition(info, "required", inst, False)
    return _errors(state, info, inst, visible, state.raw(info, inst), required)


def node_readonly(state: Evaluator, info: ItemInfo, inst: Instance) -> bool:
    return "calculation" in info.expressions or state.condition(info, "readonly", inst, False)


def _errors(
    state: Evaluator, info: ItemInfo, inst: Instance, visible: bool, value: Any, required: bool
) -> NodeErrors:
    if not visible:
        return _NO_ERRORS
    kind = error = None
    if info.is_question:
        if is_empty(value) or _rows_missing(info, value):
            if required:
                kind = "required"
                message = getattr(info.item, "required_message", None)
                error = pipe(state, message, inst) or message_in("required", state.language)
        elif "constraint" in info.expressions and not state.condition(
            info, "constraint", inst, True, current=value
        ):
            kind = "constraint"
            error = pipe(state, info.item.constraint_message, inst) or message_in(
                "constraint", state.language
            )
    other = None
    if other_chosen(info, value) and is_empty(inst.answers.get(f"{info.id}_other")):
        other = message_in("other_required", state.language)
    return NodeErrors(kind, error, other)


_NO_ERRORS = NodeErrors(None, None, None)


def other_chosen(info: ItemInfo, value: Any) -> bool:
    """Whether "other" is chosen, so that its "specify" companion shows and is required."""
    return info.or_other and (value == OTHER or (isinstance(value, list) and OTHER in value))


def _hint(state: Evaluator, info: ItemInfo, inst: Instance) -> str:
    """The hint; a select whose choice file is missing says so first."""
    hint = pipe(state, info.item.hint, inst)
    if info.missing_file is None:
        return hint
    notice = missing_file_notice(info.missing_file, state.language)
    return f"{notice}\n{hint}" if hint else notice


def _rows_missing(info: ItemInfo, value: Any) -> bool:
    """A required matrix needs an answer in every row."""
    return info.type == "matrix" and any(row.value not in value for row in info.rows)


def pipe(state: Evaluator, text: Any, inst: Instance) -> str:
    """The text in the session language with each ``${name}`` replaced by its shown value."""
    shown = state.text(text)
    if "${" not in shown:
        return shown
    return PIPE_PATTERN.sub(lambda m: display_value(state, m.group(1), inst), shown)


def display_value(state: Evaluator, name: str, inst: Instance) -> str:
    """A value as a person reads it: choice labels for selects, plain numbers."""
    value = state.resolve(name, inst)
    info = state.form.items.get(name)
    if info is not None and info.choices and isinstance(value, str | list):
        values = [value] if isinstance(value, str) else value
        return ", ".join(state.choice_label(name, v) or v for v in values)
    if isinstance(value, NodeSet):
        return ", ".join(v for v in value if v)
    if isinstance(value, float):
        return format_number(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def shown_rows(state: Evaluator, info: ItemInfo, inst: Instance) -> tuple[ChoiceOption, ...]:
    """A matrix's rows, labelled."""
    return tuple(ChoiceOption(row.value, pipe(state, row.label, inst)) for row in info.rows)


def shown_choices(state: Evaluator, info: ItemInfo, inst: Instance) -> tuple[ChoiceOption, ...]:
    """The choices offered now: filtered, labelled, with "other" where the question has it."""
    if not info.choices:
        return ()
    options = _filtered(state, info, inst)
    if info.or_other and all(option.value != OTHER for option in options):
        options += (ChoiceOption(OTHER, message_in("other", state.language)),)
    return options


def _filtered(state: Evaluator, info: ItemInfo, inst: Instance) -> tuple[ChoiceOption, ...]:
    """The choices the filter keeps, labelled; remembered for the form when that is safe (the
    filter reads only values, and no choice label pipes a value in)."""
    expression = info.expressions.get("choice_filter")
    memo = state.form.choice_memo
    inputs = memo.inputs(info, expression) if expression is not None else ()
    if inputs is None or info.piped_choices:
        return _test_choices(state, info, inst, expression)
    values = {name: state.resolve(name, inst) for name in inputs}
    key = (state.language, *(frozen(values[name]) for name in inputs))
    return memo.get(info, key, lambda: _test_choices(state, info, inst, expression, values))


def _test_choices(
    state: Evaluator,
    info: ItemInfo,
    inst: Instance,
    expression: Expression | None,
    values: dict[str, object] | None = None,
) -> tuple[ChoiceOption, ...]:
    """The choices ``expression`` keeps (all without one). Given ``values``, the questions the
    filter reads besides the choices' columns, it reads them once and is tested once per group
    of choices alike in those columns; otherwise once per choice."""
    if expression is None:
        return tuple(ChoiceOption(c.value, pipe(state, c.label, inst)) for c in info.choices)
    keys: Iterable[Hashable] = (
        range(len(info.choices))
        if values is None
        else state.form.choice_memo.column_keys(info, expression)
    )
    verdicts: dict[Hashable, bool] = {}
    options: list[ChoiceOption] = []
    for key, choice in zip(keys, info.choices, strict=True):
        keep = verdicts.get(key)
        if keep is None:
            context = NodeContext(state, inst, choice=choice, info=info, resolved=values)
            keep = verdicts[key] = _keeps(expression, context)
        if keep:
            options.append(ChoiceOption(choice.value, pipe(state, choice.label, inst)))
    return tuple(options)


def _keeps(expression: Expression, context: NodeContext) -> bool:
    """A filter that fails on a choice drops it."""
    try:
        return expression.test(context)
    except ExpressionError:
        return False
