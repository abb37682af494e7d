"""Matrix questions: rows × columns of one choice list, one radio per cell, one answer per row.

Where the grid does not fit the width, each row becomes its caption over a column of labelled
radio buttons (the same buttons, placed again), so nothing is cut off on a small screen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QRadioButton, QWidget

from sp_collect.engine.prompts import ChoiceOption, Prompt

from .base import QuestionWidget
from .wrapping import WrappingRadioButton


class MatrixWidget(QuestionWidget):
    """The value maps each answered row's value to a column value; None while no row is answered."""

    def _build_input(self) -> QWidget:
        self._grid_box = QWidget()
        self._grid = QGridLayout(self._grid_box)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._groups: dict[str, QButtonGroup] = {}
        self._shape: tuple[tuple[ChoiceOption, ...], tuple[ChoiceOption, ...]] = ((), ())
        self._headers: list[QLabel] = []
        self._captions: list[QLabel] = []
        self._radios: list[list[QRadioButton]] = []
        self._stacked: bool | None = None
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
        self._groups, self._headers, self._captions, self._radios = {}, [], [], []
        for column in prompt.choices:
            header = QLabel(column.label)
            header.setWordWrap(True)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._headers.append(header)
        for row in prompt.rows:
            caption = QLabel(row.label)
            caption.setWordWrap(True)
            self._captions.append(caption)
            group = QButtonGroup(self._grid_box)
            radios = []
            for column in prompt.choices:
                radio = WrappingRadioButton()
                radio.setProperty("column", column.value)
                radio.setProperty("column_label", column.label)
                # Screen readers announce the row and the column, as a sighted user reads them.
                radio.setAccessibleName(f"{row.label}: {column.label}")
                radio.setChecked(keep.get(row.value) == column.value)
                group.addButton(radio)
                radios.append(radio)
            group.buttonToggled.connect(lambda _b, on: self._emit() if on else None)
            self._groups[row.value] = group
            self._radios.append(radios)
        self._shape = (prompt.rows, prompt.choices)
        self._stacked = None
        self._fit(self.width())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        self._fit(event.size().width())
        super().resizeEvent(event)

    def _grid_width(self) -> int:
        """The narrowest grid that shows every column header's longest word."""
        metrics = self.fontMetrics()
        spacing = max(self._grid.horizontalSpacing(), 0) + metrics.horizontalAdvance("  ")
        columns = 0
        for header in self._headers:
            words = header.text().split() or [""]
            columns += max(metrics.horizontalAdvance(word) for word in words) + spacing
        return metrics.horizontalAdvance("M") * 12 + columns

    def _fit(self, width: int) -> None:
        stacked = width < self._grid_width()
        if stacked == self._stacked:
            return
        self._stacked = stacked
        while self._grid.takeAt(0) is not None:
            pass
        for header in self._headers:
            header.setVisible(not stacked)
        if stacked:
            self._place_stacked()
        else:
            self._place_grid()

    def _place_grid(self) -> None:
        for col, header in enumerate(self._headers, start=1):
            self._grid.addWidget(header, 0, col)
        for line, (caption, radios) in enumerate(
            zip(self._captions, self._radios, strict=True), start=1
        ):
            self._grid.addWidget(caption, line, 0)
            for col, radio in enumerate(radios, start=1):
                radio.setText("")
                self._grid.addWidget(radio, line, col, Qt.AlignmentFlag.AlignCenter)
        self._grid.setColumnStretch(0, 2)
        self._grid.setColumnMinimumWidth(0, 0)

    def _place_stacked(self) -> None:
        line = 0
        for caption, radios in zip(self._captions, self._radios, strict=True):
            self._grid.addWidget(caption, line, 0, 1, 2)
            line += 1
            for radio in radios:
                radio.setText(str(radio.property("column_label")))
                self._grid.addWidget(radio, line, 1)
                line += 1
        for col in range(1, len(self._headers) + 1):
            self._grid.setColumnStretch(col, 0)
        self._grid.setColumnStretch(0, 0)
        self._grid.setColumnStretch(1, 1)
        self._grid.setColumnMinimumWidth(0, self.fontMetrics().horizontalAdvance("M") * 2)

    def _show_value(self, value: Any) -> None:
        answers = dict(value or {})
        for row, group in self._groups.items():
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(button.property("column") == answers.get(row))
            group.setExclusive(True)
