"""Read-only views of a session in form order: prompts, the review list, progress, sections."""

from __future__ import annotations

from collections.abc import Container, Iterator
from dataclasses import dataclass, replace

from sp_collect.engine.answers import is_empty
from sp_collect.engine.compiled import ItemInfo
from sp_collect.engine.evaluator import Evaluator, NodeKey
from sp_collect.engine.instances import Instance
from sp_collect.engine.messages import message
from sp_collect.engine.model import Metadata
from sp_collect.engine.nodeview import NodeView, other_chosen, shown_choices, shown_rows
from sp_collect.engine.prompts import Blank, Issue, Prompt, RepeatState, SectionInfo

HIDDEN_TYPES = frozenset({"calculate"})


@dataclass(frozen=True)
class Placed:
    """A node in document order, with its path and nesting depth."""

    state: Evaluator
    info: ItemInfo
    inst: Instance
    path: str
    depth: int
    key: NodeKey
    """The node whose view this shows (a repeat instance header shows its repeat's)."""
    instance: int | None = None
    """For a repeat instance header: its 0-based index (``inst`` is then the instance)."""

    @property
    def visible(self) -> bool:
        """The view's ``visible``, read without building the view."""
        return self.state.relevant.get(self.key, True)

    @property
    def view(self) -> NodeView:
        """The node's view as it is now (built when first read)."""
        return self.state.view(self.key)


def walk(
    state: Evaluator, names: tuple[str, ...] | None = None, *, visible_only: bool = False
) -> Iterator[Placed]:
    """Every node in form order: containers before their contents, instances in order.

    A node's view is built when read, so a caller that answers while walking sees the effect
    in the nodes after (a repeat's entries added when its prompt came). ``visible_only`` leaves
    out hidden nodes and what they contain (all hidden too)."""

    def visit(ids: tuple[str, ...], inst: Instance, prefix: str, depth: int) -> Iterator[Placed]:
        for name in ids:
            info = state.form.items[name]
            key = (name, inst.uid)
            if visible_only and not state.relevant.get(key, True):
                continue
            yield Placed(state, info, inst, prefix + name, depth, key)
            if info.type == "section":
                yield from visit(info.children, inst, prefix, depth + 1)
            elif info.type == "repeat":
                for index, child in enumerate(inst.children.get(name, [])):
                    head = f"{prefix}{name}[{index}]"
                    yield Placed(state, info, child, head, depth + 1, key, index)
                    yield from visit(info.children, child, f"{head}.", depth + 2)

    yield from visit(names if names is not None else state.form.top_level, state.root, "", 0)


def prompts(
    state: Evaluator, section: str | None, *, visible_only: bool = False
) -> Iterator[Prompt]:
    """The prompts in form order, each built when it is reached (see ``walk``)."""
    names = (section,) if section is not None else None
    for placed in walk(state, names, visible_only=visible_only):
        info, view = placed.info, placed.view
        if info.type in HIDDEN_TYPES or isinstance(info.item, Metadata):
            continue
        if placed.instance is not None:
            yield _instance_prompt(placed)
            continue
        if info.type == "repeat":
            yield _repeat_prompt(placed)
            continue
        yield _prompt(placed, placed.path, info.type, view.value)
        view = placed.view  # current again: the select may have been answered
        if view.other:  # the "other, specify" text under its select
            yield (
                replace(
                    _prompt(placed, f"{placed.path}_other", "text", view.other_value),
                    id=f"{info.id}_other",
                    label=message("other_specify", state.language),
                    hint="",
                    appearance=None,
                    required=view.visible,
                    error=view.other_error,
                    choices=(),
                    depth=placed.depth + 1,
                )
            )


def blanks(state: Evaluator, skip: Container[str]) -> Iterator[Blank]:
    """The visible repeats and questions not read-only, as the prompts a filler answers, in
    form order, each built when it is reached (see ``walk``); those whose paths are in
    ``skip`` are passed over. No view is built: labels, hints and errors are not needed."""
    for placed in walk(state, visible_only=True):
        info, inst, path = placed.info, placed.inst, placed.path
        if placed.instance is not None or not (info.answerable or info.type == "repeat"):
            continue
        other = f"{path}_other" if info.or_other else None  # its "other, specify" text
        if path in skip and (other is None or other in skip):
            continue  # (before reading read-only: a filler's later passes skip most)
        if state.readonly(info, inst):
            continue
        if info.type == "repeat":
            if path not in skip:
                yield Blank(path, info.id, "repeat", repeat=_repeat_state(placed))
            continue
        if path not in skip:
            yield Blank(
                path,
                info.id,
                info.type,
                required=state.condition(info, "required", inst, False),
                appearance=info.item.appearance,
                choices=shown_choices(state, info, inst),
                rows=shown_rows(state, info, inst),
            )
        if other is not None and other not in skip and other_chosen(info, state.raw(info, inst)):
            yield Blank(other, f"{info.id}_other", "text", required=True)


def _prompt(placed: Placed, path: str, kind: str, value: object) -> Prompt:
    info, view = placed.info, placed.view
    return Prompt(
        path=path,
        id=info.id,
        type=kind,
        label=view.label,
        hint=view.hint,
        appearance=info.item.appearance,
        value=value,
        visible=view.visible,
        required=view.required,
        readonly=view.readonly,
        error=view.error,
        choices=view.choices,
        rows=view.rows,
        depth=placed.depth,
        tags=info.item.tags,
    )


def _repeat_prompt(placed: Placed) -> Prompt:
    repeat = _repeat_state(placed)
    return replace(_prompt(placed, placed.path, "repeat", repeat.count), repeat=repeat)


def _repeat_state(placed: Placed) -> RepeatState:
    info, item = placed.info, placed.info.item
    fixed = "repeat_count" in info.expressions
    return RepeatState(
        count=len(placed.inst.children.get(info.id, [])),
        min=0 if fixed else item.min or 0,
        max=None if fixed else item.max,
        fixed=fixed,
    )


def _instance_prompt(placed: Placed) -> Prompt:
    index = placed.instance or 0
    return Prompt(
        path=placed.path,
        id=placed.info.id,
        type="repeat_instance",
        label=f"{placed.view.label} {index + 1}",
        visible=placed.view.visible,
        depth=placed.depth,
        instance=index,
        tags=placed.info.item.tags,
    )


def issues(state: Evaluator) -> list[Issue]:
    """Every missing required answer and failed constraint of visible questions, in form order.

    Checked without building views (labels and choices) except for the questions at fault, so
    that reviewing a filled batch costs the checks alone."""
    found: list[Issue] = []
    for placed in walk(state, visible_only=True):
        if placed.instance is not None:
            continue
        errors, section = state.errors(placed.info, placed.inst), placed.info.section or ""
        if errors.kind is not None and errors.message is not None:
            kind = "required" if errors.kind == "required" else "constraint"
            found.append(Issue(placed.path, section, placed.view.label, kind, errors.message))
        if errors.other is not None:
            found.append(
                Issue(f"{placed.path}_other", section, placed.view.label, "required", errors.other)
            )
    return found


def counts(state: Evaluator, names: tuple[str, ...] | None = None) -> tuple[int, int, int]:
    """(answered, total, errors) over the visible questions under ``names`` (all by default)."""
    answered = total = errors = 0
    for placed in walk(state, names, visible_only=True):
        if not placed.info.is_question or placed.instance is not None:
            continue
        total += 1
        answered += not is_empty(state.raw(placed.info, placed.inst))
        wrong = state.errors(placed.info, placed.inst)
        errors += wrong.message is not None or wrong.other is not None
    return answered, total, errors


def sections(state: Evaluator) -> list[SectionInfo]:
    found: list[SectionInfo] = []
    for name in state.form.top_level:
        info = state.form.items[name]
        if info.type != "section":
            continue
        view = state.view((name, state.root.uid))
        answered, total, errors = counts(state, (name,))
        found.append(SectionInfo(name, view.label, view.visible, answered, total, errors))
    return found
