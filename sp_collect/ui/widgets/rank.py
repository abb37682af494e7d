"""Rank questions: every choice in a list, ordered with up/down buttons or Ctrl+Up/Ctrl+Down."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sp_collect.engine.prompts import ChoiceOption, Prompt

from .base import QuestionWidget

_MOVES = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}


class RankWidget(QuestionWidget):
    """The value is every choice value, most important first; None until the user orders them."""

    def _build_input(self) -> QWidget:
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self._list = QListWidget()
        self._list.setAlternatingRowColors(True)
        buttons = QVBoxLayout()
        self._up = QPushButton(self.tr("Move up"))
        self._down = QPushButton(self.tr("Move down"))
        self._up.clicked.connect(lambda: self.move_current(-1))
        self._down.clicked.connect(lambda: self.move_current(1))
        buttons.addWidget(self._up)
        buttons.addWidget(self._down)
        buttons.addStretch(1)
        layout.addWidget(self._list, 1)
        layout.addLayout(buttons)
        self._list.installEventFilter(self)
        self._shown: tuple[ChoiceOption, ...] = ()
        self._ranked = False
        return box

    def focus_target(self) -> QWidget:
        return self._list

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        # Ctrl+Up / Ctrl+Down move the selected choice, so ranking works without a mouse.
        if (
            watched is self._list
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and event.key() in _MOVES
        ):
            self.move_current(_MOVES[event.key()])
            return True
        return super().eventFilter(watched, event)

    def value(self) -> list[str] | None:
        if not self._ranked:
            return None
        return [self._list.item(row).data(Qt.ItemDataRole.UserRole) for row in self._rows()]

    def move_current(self, step: int) -> None:
        """Move the selected choice ``step`` places (negative: up) and report the new order."""
        row = self._list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self._list.count():
            return
        item = self._list.takeItem(row)
        self._list.insertItem(target, item)
        self._list.setCurrentRow(target)
        self._ranked = True
        self._renumber()
        self._emit()

    def _rows(self) -> range:
        return range(self._list.count())

    def _renumber(self) -> None:
        for row in self._rows():
            item = self._list.item(row)
            item.setText(f"{row + 1}. {item.data(Qt.ItemDataRole.UserRole + 1)}")

    def _fill(self, order: list[ChoiceOption]) -> None:
        current = self._list.currentRow()
        self._list.clear()
        for choice in order:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, choice.value)
            item.setData(Qt.ItemDataRole.UserRole + 1, choice.label)
            self._list.addItem(item)
        self._renumber()
        if current >= 0:
            self._list.setCurrentRow(min(current, self._list.count() - 1))

    def _apply_prompt(self, prompt: Prompt) -> None:
        if prompt.choices != self._shown:
            self._shown = prompt.choices
            self._show_value(self.value())

    def _show_value(self, value: Any) -> None:
        by_value = {choice.value: choice for choice in self._shown}
        ordered = [by_value[v] for v in value or [] if v in by_value]
        ordered += [choice for choice in self._shown if choice not in ordered]
        self._ranked = value is not None
        self._fill(ordered)

    def _set_read_only(self, readonly: bool) -> None:
        self._up.setEnabled(not readonly)
        self._down.setEnabled(not readonly)
