"""A response's answers as read-only rows: question label and answer text, in form order."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from sp_collect.engine.prompts import Prompt
from sp_collect.engine.texts import text_in

if TYPE_CHECKING:  # the pages that show answers load at start; the engine when answers show
    from sp_collect.engine import CompiledForm

HEADINGS = frozenset({"section", "repeat", "repeat_instance"})


@dataclass(frozen=True)
class AnswerRow:
    """One line of the read-only view; ``question`` rows can carry a reviewer's comment."""

    path: str
    label: str
    text: str
    depth: int
    question: bool


def form_language(form: CompiledForm, wanted: str) -> str:
    """The UI language when the form is written in it, else the form's default language."""
    return wanted if wanted in form.model.languages else form.model.default_language


def answer_rows(form: CompiledForm, answers: Mapping[str, Any], language: str) -> list[AnswerRow]:
    """Every visible question with its answer, as the person who filled it in saw it.

    The session recomputes relevance and piping, so hidden questions stay hidden here too.
    """
    from sp_collect.engine import FormSession  # see TYPE_CHECKING above

    session = FormSession(form, language=form_language(form, language))
    session.load_answers(dict(answers))
    rows = []
    for prompt in session.prompts():
        if not prompt.visible or prompt.type == "note":
            continue
        label = prompt.label or prompt.id  # repeat instances come numbered ("Participant 2")
        if prompt.type in HEADINGS:
            rows.append(AnswerRow(prompt.path, label, "", prompt.depth, False))
        else:
            rows.append(AnswerRow(prompt.path, label, value_text(prompt), prompt.depth, True))
    return rows


def value_text(prompt: Prompt) -> str:
    """An answer as words: choice labels rather than codes, file names rather than hashes."""
    value = prompt.value
    if value is None or value in ("", []):
        return QCoreApplication.translate("answers", "(no answer)")
    labels = {choice.value: choice.label for choice in prompt.choices}
    if isinstance(value, str):
        return labels.get(value, value)
    if isinstance(value, list):
        return "; ".join(labels.get(str(v), str(v)) for v in value)
    if isinstance(value, dict):
        if "sha256" in value:
            return str(value.get("name") or value["sha256"][:12])
        rows = {row.value: row.label for row in prompt.rows}
        return "; ".join(
            f"{rows.get(str(k), str(k))}: {labels.get(str(v), str(v))}" for k, v in value.items()
        )
    return str(value)


def question_labels(form: CompiledForm, language: str) -> dict[str, str]:
    """Question id → label (unpiped), for places that show answers without a session."""
    model = form.model
    code = form_language(form, language)
    return {
        item.id: text_in(getattr(item, "label", None), code, model.default_language) or item.id
        for _pointer, item in model.walk()
    }


def raw_answer_text(form: CompiledForm, name: str, value: Any, language: str) -> str:
    """A stored answer (no session) as text, choice codes replaced by their labels."""
    info = form.items.get(name)
    if info is None or not info.choices or not isinstance(value, str | list):
        return plain_text(value)
    code = form_language(form, language)
    default = form.model.default_language
    labels = {c.value: text_in(c.label, code, default) for c in info.choices}
    values = value if isinstance(value, list) else [value]
    return "; ".join(labels.get(str(v), str(v)) for v in values) or plain_text(None)


def plain_text(value: Any) -> str:
    """A raw answer (a conflict's copy) as short text; repeats show one line per instance."""
    if value is None:
        return QCoreApplication.translate("answers", "(no answer)")
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        return "\n".join(
            ", ".join(f"{k}={plain_text(v)}" for k, v in entry.items()) for entry in value
        )
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    return str(value)
