"""Select questions: radio list, likert row, searchable dropdown, checkboxes, filtered checklist."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QButtonGroup,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sp_collect.engine.prompts import ChoiceOption, Prompt

from .base import QuestionWidget
from .wrapping import WrappingCheckBox, WrappingRadioButton


class _ButtonChoices(QuestionWidget):
    """Choices as one button each, rebuilt only when the filtered choices change."""

    horizontal = False

    def _build_input(self) -> QWidget:
        self._box = QWidget()
        self._layout: QBoxLayout = (
            QHBoxLayout(self._box) if self.horizontal else QVBoxLayout(self._box)
        )
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._group = QButtonGroup(self)
        self._group.setExclusive(self.exclusive())
        self._group.buttonToggled.connect(self._on_toggled)
        self._shown: tuple[ChoiceOption, ...] = ()
        self._buttons: dict[str, QAbstractButton] = {}
        self._question = ""
        return self._box

    def exclusive(self) -> bool:
        return True

    def make_button(self, label: str) -> QAbstractButton:
        return WrappingRadioButton(label)

    def focus_target(self) -> QWidget:
        checked = self._group.checkedButton()
        if checked is not None:
            return checked
        return next(iter(self._buttons.values()), self._box)

    def _apply_prompt(self, prompt: Prompt) -> None:
        if prompt.choices == self._shown:
            return
        keep = self._checked_values()
        for button in self._buttons.values():
            if self.exclusive():
                self._group.removeButton(button)
        while (old := self._layout.takeAt(0)) is not None:
            if old.widget() is not None:
                # Hidden now: deletion waits for the event loop, and must not overlap the new.
                old.widget().hide()
                old.widget().deleteLater()
        self._buttons = {}
        for choice in prompt.choices:
            button = self.make_button(choice.label)
            button.setProperty("choice", choice.value)
            button.setChecked(choice.value in keep)
            if self.exclusive():
                self._group.addButton(button)
            else:
                # Outside a button group each check box is its own Tab stop (Qt makes a
                # group one stop, reached with the arrow keys).
                button.toggled.connect(lambda on, b=button: self._on_toggled(b, on))
            self._layout.addWidget(button)
            self._buttons[choice.value] = button
        if self.horizontal:
            self._layout.addStretch(1)
        self._shown = prompt.choices

    def _set_accessible_name(self, label: str) -> None:
        self._box.setAccessibleName(label)
        self._question = label

    def _describe(self, text: str) -> None:
        # Each option says which question it answers, then the error and the hint.
        for button in self._buttons.values():
            button.setAccessibleDescription("; ".join(p for p in (self._question, text) if p))

    def _checked_values(self) -> list[str]:
        return [value for value, button in self._buttons.items() if button.isChecked()]

    def _set_checked(self, values: list[str]) -> None:
        # Exclusive groups refuse to uncheck their last button; lift that while clearing.
        self._group.setExclusive(False)
        for value, button in self._buttons.items():
            button.setChecked(value in values)
        self._group.setExclusive(self.exclusive())

    def _on_toggled(self, _button: QAbstractButton, checked: bool) -> None:
        # A radio switch toggles two buttons; report once, on the one turned on.
        if checked or not self.exclusive():
            self._emit()


class RadioWidget(_ButtonChoices):
    """select_one as a vertical list of radio buttons."""

    def value(self) -> str | None:
        checked = self._checked_values()
        return checked[0] if checked else None

    def _show_value(self, value: Any) -> None:
        self._set_checked([] if value is None else [str(value)])


class LikertWidget(RadioWidget):
    """select_one as a row of radio buttons (``appearance: likert``); a column when the row
    would not fit the width (a small screen, long French labels)."""

    horizontal = True

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        self._fit(event.size().width())
        super().resizeEvent(event)

    def _apply_prompt(self, prompt: Prompt) -> None:
        super()._apply_prompt(prompt)
        self._fit(self.width())

    def _fit(self, width: int) -> None:
        spacing = max(self._layout.spacing(), 0)
        row = sum(b.sizeHint().width() + spacing for b in self._buttons.values())
        direction = (
            QBoxLayout.Direction.LeftToRight if row <= width else QBoxLayout.Direction.TopToBottom
        )
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)


class CheckboxWidget(_ButtonChoices):
    """select_multiple as checkboxes; the value lists choices in choice order."""

    def exclusive(self) -> bool:
        return False

    def make_button(self, label: str) -> QAbstractButton:
        return WrappingCheckBox(label)

    def value(self) -> list[str] | None:
        return self._checked_values() or None

    def _show_value(self, value: Any) -> None:
        self._set_checked(list(value or []))


class DropdownWidget(QuestionWidget):
    """select_one as a searchable dropdown (``minimal``/``dropdown``): type to filter."""

    def _build_input(self) -> QWidget:
        self._combo = QComboBox()
        # A long choice must not widen the page: the list pops up as wide as it needs.
        self._combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._combo.setMinimumContentsLength(24)
        self._combo.setEditable(True)
        self._combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self._combo.model(), self._combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._combo.setCompleter(completer)
        self._combo.currentIndexChanged.connect(lambda _i: self._emit())
        self._shown: tuple[ChoiceOption, ...] = ()
        return self._combo

    def focus_target(self) -> QWidget:
        return self._combo

    def _set_accessible_name(self, label: str) -> None:
        # The typing field inside the combo is what has focus: it speaks the label too.
        self._combo.setAccessibleName(label)
        self._combo.lineEdit().setAccessibleName(label)

    def value(self) -> str | None:
        data = self._combo.currentData()
        return str(data) if data is not None else None

    def _apply_prompt(self, prompt: Prompt) -> None:
        if prompt.choices == self._shown:
            return
        keep = self.value()
        self._combo.clear()
        # The first entry is "no answer", so an answer can be taken back.
        self._combo.addItem("", None)
        for choice in prompt.choices:
            self._combo.addItem(choice.label, choice.value)
        self._shown = prompt.choices
        self._show_value(keep)

    def _show_value(self, value: Any) -> None:
        index = self._combo.findData(value) if value is not None else 0
        self._combo.setCurrentIndex(max(index, 0))

    def _set_read_only(self, readonly: bool) -> None:
        self._combo.setEnabled(not readonly)


class SearchableChecklistWidget(QuestionWidget):
    """select_multiple as a checkable list with a filter field (``appearance: minimal``)."""

    def _build_input(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self._filter = QLineEdit()
        self._filter.setPlaceholderText(self.tr("Type to filter…"))
        self._filter.setClearButtonEnabled(True)
        self._filter.setAccessibleName(self.tr("Filter the choices"))
        self._filter.textChanged.connect(self._apply_filter)
        self._list = QListWidget()
        self._list.itemChanged.connect(lambda _item: self._emit())
        layout.addWidget(self._filter)
        layout.addWidget(self._list)
        self._shown: tuple[ChoiceOption, ...] = ()
        return box

    def focus_target(self) -> QWidget:
        return self._list

    def _items(self) -> list[QListWidgetItem]:
        return [self._list.item(row) for row in range(self._list.count())]

    def value(self) -> list[str] | None:
        checked = [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]
        return checked or None

    def _apply_prompt(self, prompt: Prompt) -> None:
        if prompt.choices == self._shown:
            return
        keep = self.value() or []
        self._list.blockSignals(True)
        self._list.clear()
        for choice in prompt.choices:
            item = QListWidgetItem(choice.label)
            item.setData(Qt.ItemDataRole.UserRole, choice.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = choice.value in keep
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self._list.addItem(item)
        self._list.blockSignals(False)
        self._shown = prompt.choices
        self._apply_filter(self._filter.text())

    def _show_value(self, value: Any) -> None:
        wanted = set(value or [])
        self._list.blockSignals(True)
        for item in self._items():
            on = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._list.blockSignals(False)

    def _apply_filter(self, text: str) -> None:
        needle = text.casefold()
        for item in self._items():
            item.setHidden(bool(needle) and needle not in item.text().casefold())
