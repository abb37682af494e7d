"""A response as printable text: the session's prompts as a tree, answers shown as labels.

The prompts come from ``FormSession`` in the report's language, so labels are piped, choices
are filtered and only relevant questions appear, exactly as the person filling it saw them.
Questions tagged ``sensitive`` (personal data) are left out unless asked for, as in exports.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sp_collect.analysis.sensitive import sensitive_ids
from sp_collect.engine import CompiledForm, FormSession
from sp_collect.engine.model import text_in
from sp_collect.engine.prompts import Prompt
from sp_collect.errors import ReportError
from sp_collect.reports.texts import t

CONTAINERS = frozenset({"section", "repeat", "repeat_instance"})
HIDDEN = frozenset({"note", "start", "end", "interviewer", "device_id", "form_version", "language"})


@dataclass
class Node:
    prompt: Prompt | None
    children: list[Node] = field(default_factory=list)


def open_session(
    form: CompiledForm, state: Mapping[str, Any], answers: Mapping[str, Any], language: str
) -> FormSession:
    """The saved session when there is one (received copies may carry answers only)."""
    if state.get("answers") is not None:
        session = FormSession.from_json(form, state)
    else:
        session = FormSession(form, language=form.model.default_language)
        session.load_answers(dict(answers))
    if language not in form.model.languages:
        raise ReportError(
            f"form {form.id} is not written in {language!r}; use one of "
            f"{', '.join(form.model.languages)}",
            code="report_language",
        )
    session.set_language(language)
    return session


class ResponseView:
    """Labels and answers of one response by path (``d2_roster[0].d2_name``), and its tree."""

    def __init__(self, session: FormSession, *, include_sensitive: bool = False) -> None:
        self.language = session.language
        self.include_sensitive = include_sensitive
        sensitive = sensitive_ids(session.form)
        shown = [p for p in session.prompts() if _shown(p)]
        self.sensitive_shown = tuple(p.path for p in shown if p.id in sensitive)
        """Paths of shown sensitive questions: printed with ``include_sensitive``, else left
        out (the page says how many)."""
        if not include_sensitive:
            shown = [p for p in shown if p.id not in sensitive]
        self.prompts = shown
        self.by_path = {p.path: p for p in self.prompts}
        model = session.form.model
        self._labels = {
            item.id: text_in(item.label, self.language, model.default_language)
            for _pointer, item in model.walk()
        }
        # Calculations have no prompt; their results are in the finalized answers.
        self._calculated = {
            qid: value
            for qid, value in session.finalized_answers().items()
            if include_sensitive or qid not in sensitive
        }

    def tree(self) -> Node:
        root = Node(None)
        stack: list[tuple[int, Node]] = []
        for prompt in self.prompts:
            while stack and stack[-1][0] >= prompt.depth:
                stack.pop()
            node = Node(prompt)
            (stack[-1][1] if stack else root).children.append(node)
            if prompt.type in CONTAINERS:
                stack.append((prompt.depth, node))
        return root

    def value(self, path: str) -> Any:
        prompt = self.by_path.get(path)
        return self._calculated.get(path) if prompt is None else prompt.value

    def label(self, path: str) -> str:
        """The label of the question at ``path``, even where it is not shown (``a[2].b``)."""
        prompt = self.by_path.get(path)
        return self._labels.get(path.rsplit(".", 1)[-1], "") if prompt is None else prompt.label

    def answer(self, path: str) -> str:
        """The answer at ``path`` as a reader sees it; empty when not relevant or unanswered."""
        prompt = self.by_path.get(path)
        if prompt is None:
            value = self._calculated.get(path)
            return "" if value is None or isinstance(value, list | dict) else _plain(value)
        return answer_text(prompt, self.language)

    def count(self, path: str) -> int:
        """How many instances a repeat has (0 when it is not shown)."""
        prompt = self.by_path.get(path)
        return prompt.repeat.count if prompt is not None and prompt.repeat else 0


def _shown(prompt: Prompt) -> bool:
    # Unlabelled calculations are the form's internal arithmetic (counters, flags).
    unlabelled = prompt.type == "calculate" and not prompt.label
    return prompt.visible and prompt.type not in HIDDEN and not unlabelled


def answer_text(prompt: Prompt, language: str) -> str:
    value = prompt.value
    if value is None or value in ("", []):
        return ""
    labels = {choice.value: choice.label for choice in prompt.choices}
    if prompt.type == "select_one":
        return labels.get(str(value), str(value))
    if prompt.type in ("select_multiple", "rank") and isinstance(value, list):
        return "; ".join(labels.get(str(v), str(v)) for v in value)
    if prompt.type == "matrix" and isinstance(value, dict):
        rows = {row.value: row.label for row in prompt.rows}
        return "; ".join(
            f"{rows.get(r, r)}: {labels.get(str(c), str(c))}" for r, c in value.items()
        )
    if isinstance(value, dict) and "sha256" in value:
        return t("attached_file", language, name=value.get("name") or value["sha256"][:12])
    if isinstance(value, dict) and {"lat", "lon"} <= set(value):
        return f"{value['lat']}, {value['lon']}"
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return _plain(value)


def _plain(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)
