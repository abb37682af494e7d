"""Widgets for text-like questions: note, single/multi-line text, calculate (read-only)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from sp_collect.engine.prompts import Prompt

from .base import QuestionWidget


class NoteWidget(QuestionWidget):
    """A note: its label and hint only, nothing to answer."""

    def _set_accessible_name(self, label: str) -> None:
        self.setAccessibleName(label)


class TextWidget(QuestionWidget):
    """A single-line text answer."""

    def _build_input(self) -> QWidget:
        self._edit = QLineEdit()
        self._edit.textEdited.connect(self._emit)
        return self._edit

    def focus_target(self) -> QWidget:
        return self._edit

    def value(self) -> str | None:
        return self._edit.text() or None

    def _show_value(self, value: Any) -> None:
        self._edit.setText("" if value is None else str(value))

    def _set_read_only(self, readonly: bool) -> None:
        self._edit.setReadOnly(readonly)


class MultilineTextWidget(QuestionWidget):
    """A text answer over several lines (``appearance: multiline``)."""

    def _build_input(self) -> QWidget:
        self._edit = QPlainTextEdit()
        self._edit.setTabChangesFocus(True)
        # About five lines tall, measured in the current font so high-DPI and large fonts fit.
        self._edit.setFixedHeight(self._edit.fontMetrics().lineSpacing() * 5 + 12)
        self._edit.textChanged.connect(self._emit)
        return self._edit

    def focus_target(self) -> QWidget:
        return self._edit

    def value(self) -> str | None:
        return self._edit.toPlainText() or None

    def _show_value(self, value: Any) -> None:
        self._edit.setPlainText("" if value is None else str(value))

    def _set_read_only(self, readonly: bool) -> None:
        self._edit.setReadOnly(readonly)


class CalculateWidget(QuestionWidget):
    """A computed value, shown read-only when the form author makes it visible."""

    def _build_input(self) -> QWidget:
        self._display = QLabel()
        self._display.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self._value: Any = None
        return self._display

    def focus_target(self) -> QWidget:
        return self._display

    def value(self) -> Any:
        return self._value

    def _show_value(self, value: Any) -> None:
        self._value = value
        self._display.setText("" if value is None else str(value))

    def _apply_prompt(self, prompt: Prompt) -> None:
        self._display.setAccessibleDescription(prompt.hint)
