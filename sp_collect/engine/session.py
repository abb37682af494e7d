"""``FormSession``: one response's live state, the controller every shell drives.

Shells call ``answer(path, value)`` and render ``prompts()``; they never evaluate logic.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Container, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from sp_collect.engine.answers import AnswerTypeError, check_answer, check_other_text
from sp_collect.engine.audit import AuditTrail
from sp_collect.engine.compiled import CompiledForm, ItemInfo
from sp_collect.engine.evaluator import Evaluator, NodeKey
from sp_collect.engine.expr import compile_expression, to_string
from sp_collect.engine.instances import Instance, parse_path
from sp_collect.engine.nodecontext import NodeContext
from sp_collect.engine.persist import answer_tree, fill_tree, finalized_tree
from sp_collect.engine.prompting import blanks, counts, issues, prompts, sections
from sp_collect.engine.prompts import AnswerResult, Blank, Issue, Prompt, SectionInfo
from sp_collect.errors import AnswerError, ExpressionError

METADATA_KEYS = ("start", "end", "interviewer", "device_id", "form_version", "language")
FORMAT = 1
"""Version of the ``to_json`` layout."""


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class FormSession:
    """Answers, visibility, errors, calculations, repeats, progress and audit of one response."""

    def __init__(
        self,
        form: CompiledForm,
        language: str = "en",
        *,
        metadata: Mapping[str, Any] | None = None,
        clock: Callable[[], dt.datetime] | None = None,
        last_saved: Mapping[str, Any] | None = None,
    ) -> None:
        """``last_saved``: the answers of the last response of this form saved on this device,
        which questions with ``last_saved`` start with."""
        self._setup(form, language, clock)
        self._state.last_saved = last_saved or {}
        unknown = sorted(set(metadata or {}) - set(METADATA_KEYS))
        if unknown:
            raise AnswerError(
                f"unknown metadata field {', '.join(unknown)}; use {', '.join(METADATA_KEYS)}",
                code="unknown_metadata",
            )
        self._state.meta.update({"start": self._now(), **(metadata or {})})
        self._state.init_instance(self._state.root, defaults=True)
        if len(self._state.instances) > 1:
            self._full_refresh()  # entries were created on the way: all again, in order
        else:
            self._state.evaluated()  # the root alone was evaluated in dependency order

    def _setup(
        self, form: CompiledForm, language: str, clock: Callable[[], dt.datetime] | None
    ) -> None:
        self.form = form
        self._check_language(language)
        self._clock = clock or _utc_now
        self._state = Evaluator(form, language, self._clock)
        self._state.meta = {"form_version": form.version, "language": language}
        self._audit = AuditTrail(form.model.settings.audit)
        self._finalized = False
        self._notes = ""

    # -- reading -----------------------------------------------------------------------------

    @property
    def language(self) -> str:
        return self._state.language

    @property
    def finalized(self) -> bool:
        return self._finalized

    @property
    def metadata(self) -> dict[str, Any]:
        return dict(self._state.meta)

    @property
    def audit(self) -> list[dict[str, Any]]:
        return self._audit.to_json()

    def value(self, path: str) -> Any:
        """The value at ``path`` (kept even while not relevant); a repeat's instance count."""
        info, inst, other = self._locate(path)
        if other:
            return inst.answers.get(f"{info.id}_other")
        return self._state.raw(info, inst)

    def is_relevant(self, path: str) -> bool:
        info, inst, other = self._locate(path)
        view = self._state.view((info.id, inst.uid))
        return view.visible and (view.other if other else True)

    def prompts(self, section: str | None = None) -> list[Prompt]:
        """Flat, in form order, with depth; ``section`` limits them to one top-level section."""
        return list(self.iter_prompts(section))

    def iter_prompts(
        self, section: str | None = None, *, visible_only: bool = False
    ) -> Iterator[Prompt]:
        """The same prompts one at a time, each current when it comes: an answer given while
        iterating shows in the prompts after it (a filler's single pass in form order).
        ``visible_only`` leaves out the prompts skip logic hides now."""
        if section is not None and section not in self.form.top_level:
            raise AnswerError(f"there is no section '{section}'", code="unknown_section")
        return prompts(self._state, section, visible_only=visible_only)

    def blanks(self, *, skip: Container[str] = ()) -> Iterator[Blank]:
        """For fillers (synthetic data): the visible repeats and questions not read-only, one
        at a time and each current when it comes, like ``iter_prompts``, but without labels,
        hints or errors; the paths in ``skip`` (those already handled) are passed over."""
        return blanks(self._state, skip)

    def sections(self) -> list[SectionInfo]:
        return sections(self._state)

    def errors(self) -> list[Issue]:
        """Every missing required answer and failed constraint of relevant questions."""
        return issues(self._state)

    def progress(self) -> tuple[int, int]:
        """(answered, total) over the relevant questions."""
        answered, total, _ = counts(self._state)
        return answered, total

    # -- changing ----------------------------------------------------------------------------

    def answer(self, path: str, value: Any, reason: str | None = None) -> AnswerResult:
        """Set an answer. A wrong type is refused; a failed constraint or a missing required
        answer keeps the value and says so. After ``mark_finalized`` a change needs a reason."""
        try:
            info, inst, other = self._locate(path)
        except AnswerError as exc:
            return AnswerResult(False, "unknown", exc.message)
        if not info.answerable or (other and not info.or_other):
            return AnswerResult(False, "readonly", "this item takes no answer")
        key = (info.id, inst.uid)
        try:
            new = check_other_text(value) if other else check_answer(info, value)
        except AnswerTypeError as exc:
            return AnswerResult(False, "type", str(exc))
        if not self._state.batching:
            self._state.flush_views()  # so that ``changed`` compares with what was shown
        if self._state.readonly(info, inst):
            return AnswerResult(False, "readonly", "this question is read-only")
        if self._finalized and not reason:
            return AnswerResult(
                False,
                "readonly",
                "this response is finalized: give a reason to change an answer",
            )
        name = f"{info.id}_other" if other else info.id
        old = inst.answers.get(name)
        changed: frozenset[str] = frozenset()
        if new != old:
            if new is None:
                del inst.answers[name]
            else:
                inst.answers[name] = new
            now = self._now()
            self._audit.record(now, "change", path, old=old, new=new, reason=reason)
            touched = self._state.propagate([(info, inst), *self._set_meta("end", now)])
            touched.add(key)
            changed = self._paths(self._state.refresh_views(touched))
        return self._result(info, inst, other, changed)

    def add_repeat(self, path: str) -> int:
        """Add an instance at the end of the repeat at ``path``; its 0-based index."""
        info, parent = self._repeat(path)
        count = len(parent.children.get(info.id, []))
        if "repeat_count" in info.expressions:
            raise AnswerError("the number of entries is computed", code="repeat_fixed")
        if info.item.max is not None and count >= info.item.max:
            raise AnswerError(
                f"at most {info.item.max} entries are allowed here", code="repeat_max"
            )
        inst = self._state.add_instance(info, parent)
        self._state.init_instance(inst, defaults=True)
        self._after_structure(info, parent)
        index = count
        self._audit.record(self._now(), "add_repeat", f"{path}[{index}]")
        return index

    def remove_repeat(self, path: str, index: int) -> None:
        info, parent = self._repeat(path)
        instances = parent.children.get(info.id, [])
        if "repeat_count" in info.expressions:
            raise AnswerError("the number of entries is computed", code="repeat_fixed")
        if not 0 <= index < len(instances):
            raise AnswerError(f"there is no entry {index} in '{path}'", code="unknown_path")
        if len(instances) <= (info.item.min or 0):
            raise AnswerError(
                f"at least {info.item.min} entries are needed here", code="repeat_min"
            )
        self._state.remove_instance(instances[index])
        self._after_structure(info, parent)
        self._audit.record(self._now(), "remove_repeat", f"{path}[{index}]")

    def move_repeat(self, path: str, index: int, to: int) -> None:
        """Move entry ``index`` of the repeat at ``path`` to position ``to`` (both 0-based)."""
        info, parent = self._repeat(path)
        instances = parent.children.get(info.id, [])
        if "repeat_count" in info.expressions:
            raise AnswerError("the number of entries is computed", code="repeat_fixed")
        if not (0 <= index < len(instances) and 0 <= to < len(instances)):
            raise AnswerError(
                f"there is no entry {max(index, to)} in '{path}'", code="unknown_path"
            )
        if index == to:
            return
        instances.insert(to, instances.pop(index))
        self._after_structure(info, parent)
        self._audit.record(self._now(), "move_repeat", f"{path}[{index}]", new=to)

    @property
    def notes(self) -> str:
        """The interviewer's free notes: kept with the response, not an answer to a question."""
        return self._notes

    def set_notes(self, text: str) -> None:
        self._notes = text

    def set_language(self, code: str) -> None:
        self._check_language(code)
        self._state.language = code
        self._set_meta("language", code)
        self._full_refresh()

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Many answers at once, for fillers and imports rather than people: values, relevance
        and each answer's own result stay exact, but what is shown (labels, choices, errors of
        other questions) is rebuilt once, when next read, instead of after every answer;
        ``answer`` then reports no changed paths. Reading prompts, errors or data inside the
        batch or after it sees everything current."""
        state = self._state
        if state.batching:  # nested: the outer batch ends it
            yield
            return
        state.batching = True
        try:
            yield
        finally:
            state.batching = False  # the views still stale are built when read

    def enter(self, path: str) -> None:
        """The user moved to the question at ``path`` (audit)."""
        self._locate(path)
        self._audit.record(self._now(), "enter", path)

    def leave(self, path: str) -> None:
        self._locate(path)
        self._audit.record(self._now(), "leave", path)

    def mark_finalized(self) -> None:
        """From now on, every change needs a reason, kept in the audit trail."""
        self._finalized = True
        self._refresh(self._set_meta("end", self._now()))

    # -- data --------------------------------------------------------------------------------

    def finalized_answers(self) -> dict[str, Any]:
        """Relevant answers, computed values and metadata; repeats as lists of objects."""
        return finalized_tree(self._state, self._state.root)

    def load_answers(self, answers: Mapping[str, Any]) -> list[Issue]:
        """Set answers given as ``finalized_answers`` returns them (the CLI's ``--answers``).

        Valid values are set; every value refused is returned as an Issue (kind "type") with
        its question path: unknown question, wrong type, not a list for a repeat. Missing
        required answers and failed constraints are in ``errors()`` as usual.
        """
        problems = fill_tree(self._state, self._state.root, answers, "", derived_ok=True)
        self._full_refresh()
        return [self._issue(path, message) for path, message in problems]

    def instance_name(self) -> str | None:
        """The response's name in lists, from the form's ``settings.instance_name``."""
        text = self.form.model.settings.instance_name
        if not text:
            return None
        try:
            value = compile_expression(text).evaluate(NodeContext(self._state, self._state.root))
        except ExpressionError:
            return None
        return to_string(value) or None

    def to_json(self) -> dict[str, Any]:
        """Everything needed to resume: answers (visible or not), metadata, audit, language."""
        return {
            "format": FORMAT,
            "form": {"id": self.form.id, "version": self.form.version},
            "language": self.language,
            "answers": answer_tree(self._state, self._state.root),
            "metadata": dict(self._state.meta),
            "audit": self._audit.to_json(),
            "finalized": self._finalized,
            "notes": self._notes,
        }

    @classmethod
    def from_json(
        cls,
        form: CompiledForm,
        data: Mapping[str, Any],
        *,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> FormSession:
        """A session as ``to_json`` saved it; refuses data of another form or version."""
        saved = data.get("form", {})
        if saved != {"id": form.id, "version": form.version}:
            raise AnswerError(
                f"the saved response belongs to form {saved}, not {form.id} {form.version}",
                code="form_mismatch",
            )
        session = cls.__new__(cls)
        session._setup(form, data.get("language", form.model.default_language), clock)
        problems = fill_tree(
            session._state, session._state.root, data.get("answers", {}), "", derived_ok=False
        )
        if problems:
            raise AnswerError(
                "the saved response does not fit the form: "
                + "; ".join(f"{path}: {message}" for path, message in problems),
                code="answers_invalid",
            )
        session._state.meta = dict(data.get("metadata", {}))
        session._audit = AuditTrail(form.model.settings.audit, list(data.get("audit", [])))
        session._finalized = bool(data.get("finalized", False))
        session._notes = str(data.get("notes") or "")
        session._full_refresh()
        return session

    # -- internals ---------------------------------------------------------------------------

    def _full_refresh(self) -> None:
        self._state.full_refresh()

    def _now(self) -> str:
        return self._clock().isoformat()

    def _check_language(self, code: str) -> None:
        if code not in self.form.model.languages:
            raise AnswerError(
                f"the form has no '{code}' version; choose one of "
                f"{', '.join(self.form.model.languages)}",
                code="unknown_language",
            )

    def _locate(self, path: str) -> tuple[ItemInfo, Instance, bool]:
        """The item, the instance holding its value, and whether it is an ``_other`` answer."""
        parsed = parse_path(path)
        if parsed is None or parsed.index is not None:
            raise AnswerError(f"'{path}' is not a question path", code="unknown_path")
        inst = self._state.root
        for repeat, index in parsed.steps:
            children = inst.children.get(repeat, [])
            if not 0 <= index < len(children):
                raise AnswerError(f"there is no '{path}'", code="unknown_path")
            inst = children[index]
        info = self.form.items.get(parsed.name)
        other = False
        if info is None and parsed.name.endswith("_other"):
            info = self.form.items.get(parsed.name.removesuffix("_other"))
            other = info is not None and info.or_other
        if info is None or info.scope != inst.scope() or (other and not info.or_other):
            raise AnswerError(f"there is no question at '{path}'", code="unknown_path")
        return info, inst, other

    def _repeat(self, path: str) -> tuple[ItemInfo, Instance]:
        info, inst, _ = self._locate(path)
        if info.type != "repeat":
            raise AnswerError(f"'{path}' is not a repeat", code="not_a_repeat")
        return info, inst

    def _set_meta(self, key: str, value: Any) -> list[tuple[ItemInfo, Instance]]:
        """Set a metadata field; the nodes showing it, whose dependents need a refresh."""
        self._state.meta[key] = value
        infos = [self.form.items[name] for name in self.form.metadata_items.get(key, ())]
        return [(i, inst) for i in infos for inst in self._state.root.descendants(i.scope)]

    def _refresh(self, nodes: list[tuple[ItemInfo, Instance]]) -> None:
        touched = self._state.propagate(nodes)
        self._state.refresh_views(touched | {(info.id, inst.uid) for info, inst in nodes})

    def _after_structure(self, info: ItemInfo, parent: Instance) -> None:
        state = self._state
        touched = state.propagate([], state.structure_changed(info, parent))
        state.refresh_views(touched | {(info.id, parent.uid)})

    def _issue(self, path: str, message: str) -> Issue:
        parsed = parse_path(path)
        info = self.form.items.get(parsed.name) if parsed else None
        section = (info.section or "") if info else ""
        label = self._state.text(info.item.label) if info else ""
        return Issue(path, section, label, "type", message)

    def _paths(self, keys: set[NodeKey]) -> frozenset[str]:
        paths = set()
        for name, uid in keys:
            inst = self._state.instances[uid]
            paths.add(inst.prefix() + name)
            if self.form.items[name].or_other:
                paths.add(f"{inst.prefix()}{name}_other")
        return frozenset(paths)

    def _result(
        self, info: ItemInfo, inst: Instance, other: bool, changed: frozenset[str]
    ) -> AnswerResult:
        errors = self._state.errors(info, inst)
        kind, message = errors.kind, errors.message
        if other:
            kind = "required" if errors.other else None
            message = errors.other
        if kind == "required":
            return AnswerResult(False, "required", message, changed)
        if kind == "constraint":
            return AnswerResult(False, "constraint", message, changed)
        return AnswerResult(True, "ok", None, changed)
