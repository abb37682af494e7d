"""Geopoint questions: latitude and longitude in decimal degrees, altitude and accuracy optional."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from sp_collect.engine.geopoint import GEOPOINT_PARTS, parts_out_of_range

from .base import QuestionWidget
from .numbers import DECIMAL_PATTERN, format_number, parse_decimal
from .palette import mark_error


class GeopointWidget(QuestionWidget):
    """The value is ``"lat lon"`` or ``"lat lon altitude accuracy"``; out-of-range is refused."""

    def _build_input(self) -> QWidget:
        box = QWidget()
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        captions = {
            "latitude": self.tr("Latitude (−90 to 90)"),
            "longitude": self.tr("Longitude (−180 to 180)"),
            "altitude": self.tr("Altitude in metres (optional)"),
            "accuracy": self.tr("Accuracy in metres (optional)"),
        }
        self._edits: dict[str, QLineEdit] = {}
        validator = QRegularExpressionValidator(QRegularExpression(DECIMAL_PATTERN), box)
        for name, _low, _high in GEOPOINT_PARTS:
            edit = QLineEdit()
            edit.setValidator(validator)
            edit.setAccessibleName(captions[name])
            edit.textEdited.connect(self._on_edited)
            form.addRow(captions[name], edit)
            self._edits[name] = edit
        self._range = QLabel()
        mark_error(self._range)
        self._range.hide()
        form.addRow(self._range)
        return box

    def focus_target(self) -> QWidget:
        return self._edits["latitude"]

    def _set_accessible_name(self, label: str) -> None:
        self._edits["latitude"].setAccessibleDescription(label)

    def _numbers(self) -> dict[str, float | None]:
        return {name: parse_decimal(edit.text()) for name, edit in self._edits.items()}

    def _out_of_range(self) -> list[str]:
        numbers = list(self._numbers().values())
        return [self._edits[name].accessibleName() for name in parts_out_of_range(numbers)]

    def value(self) -> str | None:
        numbers = self._numbers()
        lat, lon = numbers["latitude"], numbers["longitude"]
        if lat is None or lon is None or self._out_of_range():
            return None
        parts = [lat, lon]
        if numbers["altitude"] is not None or numbers["accuracy"] is not None:
            parts += [numbers["altitude"] or 0.0, numbers["accuracy"] or 0.0]
        return " ".join(format_number(part) for part in parts)

    def _on_edited(self) -> None:
        bad = self._out_of_range()
        self._range.setText(self.tr("Out of range: %s") % ", ".join(bad) if bad else "")
        self._range.setVisible(bool(bad))
        self._emit()

    def _show_value(self, value: Any) -> None:
        parts = str(value).split() if value else []
        for (name, _low, _high), part in zip(GEOPOINT_PARTS, parts + [""] * 4, strict=False):
            number = parse_decimal(part) if part else None
            self._edits[name].setText(format_number(number))

    def _set_read_only(self, readonly: bool) -> None:
        for edit in self._edits.values():
            edit.setReadOnly(readonly)
