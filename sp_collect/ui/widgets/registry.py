"""The widget registry: ``(question type, appearance)`` → widget class, one table, no switch."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from sp_collect.engine.prompts import Prompt

from .attachment import AudioWidget, FileWidget, ImageWidget
from .base import QuestionWidget
from .choices import (
    CheckboxWidget,
    DropdownWidget,
    LikertWidget,
    RadioWidget,
    SearchableChecklistWidget,
)
from .geopoint import GeopointWidget
from .matrix import MatrixWidget
from .numbers import DecimalWidget, IntegerWidget
from .rank import RankWidget
from .signature import SignatureWidget
from .temporal import DateTimeWidget, DateWidget, TimeWidget
from .text import CalculateWidget, MultilineTextWidget, NoteWidget, TextWidget

WIDGETS: dict[tuple[str, str | None], type[QuestionWidget]] = {
    ("note", None): NoteWidget,
    ("text", None): TextWidget,
    ("text", "multiline"): MultilineTextWidget,
    ("integer", None): IntegerWidget,
    ("decimal", None): DecimalWidget,
    ("select_one", None): RadioWidget,
    ("select_one", "minimal"): DropdownWidget,
    ("select_one", "dropdown"): DropdownWidget,
    ("select_one", "likert"): LikertWidget,
    ("select_multiple", None): CheckboxWidget,
    ("select_multiple", "minimal"): SearchableChecklistWidget,
    ("select_multiple", "dropdown"): SearchableChecklistWidget,
    ("rank", None): RankWidget,
    ("date", None): DateWidget,
    ("time", None): TimeWidget,
    ("datetime", None): DateTimeWidget,
    ("calculate", None): CalculateWidget,
    ("file", None): FileWidget,
    ("image", None): ImageWidget,
    ("audio", None): AudioWidget,
    ("signature", None): SignatureWidget,
    ("geopoint", None): GeopointWidget,
    ("matrix", None): MatrixWidget,
}


def widget_class(question_type: str, appearance: str | None) -> type[QuestionWidget]:
    """The class for a type and appearance, falling back to the type's default widget."""
    found = WIDGETS.get((question_type, appearance)) or WIDGETS.get((question_type, None))
    if found is None:
        raise KeyError(f"no widget for question type {question_type!r}")
    return found


def widget_for(prompt: Prompt, parent: QWidget | None = None) -> QuestionWidget:
    """A new widget showing ``prompt`` (give the parent: a parentless widget is a window)."""
    return widget_class(prompt.type, prompt.appearance)(prompt, parent)


__all__ = ["WIDGETS", "QuestionWidget", "widget_class", "widget_for"]
