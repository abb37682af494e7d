"""Driving a FormView as a user does: find a question, type into it, press one of its options."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from sp_collect.ui.form_view import FormView
from sp_collect.ui.widgets.base import QuestionWidget


def question(view: FormView, path: str) -> QuestionWidget:
    return view.page.widgets[path]


def shown_texts(widget: QuestionWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]


def type_in(qtbot: QtBot, view: FormView, path: str, text: str) -> None:
    """Focus a question's input and type, each key going through the view to the session."""
    target = question(view, path).focus_target()
    target.setFocus()
    if isinstance(target, QLineEdit):
        target.selectAll()
    qtbot.keyClicks(target, text)


def press(qtbot: QtBot, view: FormView, path: str, text: str) -> None:
    """Choose an option with the keyboard: focus its button and press Space."""
    buttons = question(view, path).findChildren(QAbstractButton)
    target = next(button for button in buttons if button.text() == text)
    target.setFocus()
    qtbot.keyClick(target, Qt.Key.Key_Space)
