"""Matrix questions: rows × columns of one choice list, one radio per cell, one answer per row."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QRadioButton, QWidget

from sp_collect.engine.prompts import ChoiceOption, Prompt

from .base import QuestionWidget


class MatrixWidget(QuestionWidget):
    """The value maps each answered row's value to a column value; None while no row is answered."""

    def _build_input(self) -> QWidget:
        self._grid_box = QWidget()
        self._grid = QGridLayout(self._grid_box)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._groups: dict[str, QButtonGroup] = {}
        self._shape: tuple[tuple[ChoiceOption, ...], tuple[ChoiceOption, ...]] = ((), ())
        return self._grid_box

    def focus_target(self) -> QWidget:
        for group in self._groups.values():
            return group.checkedButton() or group.buttons()[0]
        return self._grid_box

    def _set_accessible_name(self, label: str) -> None:
        self._grid_box.setAccessibleName(label)

    def value(self) -> dict[str, str] | None:
        answers = {}
        for row, group in self._groups.items():
            checked = group.checkedButton()
            if checked is not None:
                answers[row] = str(checked.property("column"))
        return answers or None

    def _apply_prompt(self, prompt: Prompt) -> None:
        if (prompt.rows, prompt.choices) == self._shape:
            return
        keep = self.value() or {}
        while (item := self._grid.takeAt(0)) is not None:
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        self._groups = {}
        for col, column in enumerate(prompt.choices, start=1):
            header = QLabel(column.label)
            header.setWordWrap(True)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._grid.addWidget(header, 0, col)
        for line, row in enumerate(prompt.rows, start=1):
            caption = QLabel(row.label)
            caption.setWordWrap(True)
            self._grid.addWidget(caption, line, 0)
            group = QButtonGroup(self._grid_box)
            for col, column in enumerate(prompt.choices, start=1):
                radio = QRadioButton()
                radio.setProperty("column", column.value)
                # Screen readers announce the row and the column, as a sighted user reads them.
                radio.setAccessibleName(f"{row.label}: {column.label}")
                radio.setChecked(keep.get(row.value) == column.value)
                group.addButton(radio)
                self._grid.addWidget(radio, line, col, Qt.AlignmentFlag.AlignCenter)
            group.buttonToggled.connect(lambda _b, on: self._emit() if on else None)
            self._groups[row.value] = group
        self._grid.setColumnStretch(0, 2)
        self._shape = (prompt.rows, prompt.choices)

    def _show_value(self, value: Any) -> None:
        answers = dict(value or {})
        for row, group in self._groups.items():
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(button.property("column") == answers.get(row))
            group.setExclusive(True)
