"""How one question's answer fills export columns: a table from question type to builder.

A select_multiple becomes the raw space-separated values plus one 0/1 column per choice (as ODK
and Kobo exports do); a matrix one column per row; an attachment its file name and SHA-256.
With ``labels`` the choice labels in the export language replace the values.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sp_collect.analysis.export.tables import Column, ColumnType
from sp_collect.engine.model import ATTACHMENT_TYPES

Cells = Callable[[Mapping[str, Any]], tuple[Any, ...]]
LABEL_SEPARATOR = "; "
"""Between labels of a select_multiple or rank: labels contain spaces, values do not."""
NO_COLUMNS = frozenset({"note", "section", "repeat"})
OPEN_ENDED = frozenset({"text"})
SQL_TYPES: dict[str, ColumnType] = {"integer": int, "decimal": float}


@dataclass(frozen=True)
class Question:
    """What the export needs to know of one question, merged over the form's versions."""

    id: str
    type: str
    label: str
    choices: tuple[tuple[str, str], ...] = ()
    """(value, label in the export language), the ``or_other`` choice included."""
    rows: tuple[tuple[str, str], ...] = ()
    or_other: bool = False


@dataclass(frozen=True)
class Field:
    """One question's share of a row: its columns and how an answers dict fills them."""

    question: Question
    columns: tuple[Column, ...]
    cells: Cells


def build_field(question: Question, labels: bool) -> Field | None:
    """None for items that hold no answer (notes, sections, repeats)."""
    if question.type in NO_COLUMNS:
        return None
    if question.type in ATTACHMENT_TYPES:
        return _attachment(question)
    builder = _BUILDERS.get(question.type, _scalar)
    return builder(question, labels)


def plain(value: Any) -> Any:
    """A cell value: lists space-separated (as in XLSForm), objects as JSON, the rest as is."""
    if isinstance(value, list):
        return " ".join(str(item) for item in value) if value else None
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True) if value else None
    if value == "":
        return None
    return value


def _column(question: Question, name: str, **overrides: Any) -> Column:
    settings: dict[str, Any] = {
        "type": SQL_TYPES.get(question.type, str),
        "question": question.id,
        "kind": question.type,
        "label": question.label,
        "choices": _choice_text(question.choices),
        "open_ended": question.type in OPEN_ENDED,
    }
    settings.update(overrides)
    return Column(name, **settings)


def _choice_text(choices: tuple[tuple[str, str], ...]) -> str:
    return " | ".join(f"{value}={label}" for value, label in choices)


def _other(question: Question) -> tuple[Column, ...]:
    """The "other, specify" companion text, when the select has one."""
    if not question.or_other:
        return ()
    return (_column(question, f"{question.id}_other", kind="text", choices="", open_ended=True),)


def _scalar(question: Question, labels: bool) -> Field:
    qid = question.id
    return Field(question, (_column(question, qid),), lambda answers: (plain(answers.get(qid)),))


def _select_one(question: Question, labels: bool) -> Field:
    qid, other_id = question.id, f"{question.id}_other"
    names = dict(question.choices) if labels else {}
    extra = _other(question)

    def cells(answers: Mapping[str, Any]) -> tuple[Any, ...]:
        value = plain(answers.get(qid))
        shown = names.get(value, value) if names else value
        return (shown, answers.get(other_id)) if extra else (shown,)

    return Field(question, (_column(question, qid), *extra), cells)


def _select_multiple(question: Question, labels: bool) -> Field:
    qid, other_id = question.id, f"{question.id}_other"
    values = [value for value, _label in question.choices]
    names = dict(question.choices)
    flags = tuple(
        _column(
            question,
            f"{qid}/{value}",
            type=int,
            kind="choice",
            label=f"{question.label}: {label}",
            choices="0=no | 1=yes",
        )
        for value, label in question.choices
    )
    extra = _other(question)

    def cells(answers: Mapping[str, Any]) -> tuple[Any, ...]:
        chosen = answers.get(qid)
        if not isinstance(chosen, list) or not chosen:
            return (None,) * (1 + len(flags)) + tuple(answers.get(other_id) for _ in extra)
        if labels:
            raw = LABEL_SEPARATOR.join(names.get(str(v), str(v)) for v in chosen)
        else:
            raw = " ".join(str(v) for v in chosen)
        picked = set(chosen)
        marks = tuple(1 if value in picked else 0 for value in values)
        return (raw, *marks, *(answers.get(other_id) for _ in extra))

    return Field(question, (_column(question, qid), *flags, *extra), cells)


def _rank(question: Question, labels: bool) -> Field:
    qid = question.id
    names = dict(question.choices)

    def cells(answers: Mapping[str, Any]) -> tuple[Any, ...]:
        order = answers.get(qid)
        if not isinstance(order, list) or not order:
            return (plain(order),)
        if labels:
            return (LABEL_SEPARATOR.join(names.get(str(v), str(v)) for v in order),)
        return (" ".join(str(v) for v in order),)

    return Field(question, (_column(question, qid),), cells)


def _matrix(question: Question, labels: bool) -> Field:
    qid = question.id
    names = dict(question.choices) if labels else {}
    columns = tuple(
        _column(question, f"{qid}/{row}", label=f"{question.label}: {row_label}")
        for row, row_label in question.rows
    )
    rows = [row for row, _label in question.rows]

    def cells(answers: Mapping[str, Any]) -> tuple[Any, ...]:
        grid = answers.get(qid)
        if not isinstance(grid, Mapping):
            return (None,) * len(rows)
        return tuple(names.get(grid.get(row), grid.get(row)) for row in rows)

    return Field(question, columns, cells)


def _attachment(question: Question) -> Field:
    qid = question.id
    columns = (
        _column(question, qid, choices=""),
        _column(question, f"{qid}/sha256", label=f"{question.label}: SHA-256", choices=""),
    )

    def cells(answers: Mapping[str, Any]) -> tuple[Any, ...]:
        value = answers.get(qid)
        if isinstance(value, Mapping):
            return value.get("name"), value.get("sha256")
        return plain(value), None

    return Field(question, columns, cells)


_BUILDERS: dict[str, Callable[[Question, bool], Field]] = {
    "select_one": _select_one,
    "select_multiple": _select_multiple,
    "rank": _rank,
    "matrix": _matrix,
}
