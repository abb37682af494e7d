"""Integer and decimal questions: locale-independent typed input (a comma is read as a point)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from sp_collect.engine.expr import format_number as number_text

from .base import QuestionWidget

INTEGER_PATTERN = r"-?\d{0,18}"
DECIMAL_PATTERN = r"-?\d{0,15}([.,]\d{0,15})?"


def parse_decimal(text: str) -> float | None:
    """A decimal typed with a point or a comma (French, Dutch and Spanish write 3,5)."""
    cleaned = text.strip().replace(",", ".")
    try:
        return float(cleaned)
    except ValueError:
        return None


def format_number(value: Any) -> str:
    """A number as typed back into a field, written as the engine writes numbers (no exponent,
    no trailing ``.0``); blank for no answer."""
    if value is None:
        return ""
    return number_text(value) if isinstance(value, float) else str(value)


class _NumberWidget(QuestionWidget):
    pattern = INTEGER_PATTERN

    def _build_input(self) -> QWidget:
        self._edit = QLineEdit()
        # A regular expression, not QIntValidator/QDoubleValidator: those follow the system
        # locale, and a form filled on a French laptop must read the same as on an English one.
        self._edit.setValidator(QRegularExpressionValidator(QRegularExpression(self.pattern)))
        self._edit.textEdited.connect(self._emit)
        return self._edit

    def focus_target(self) -> QWidget:
        return self._edit

    def _show_value(self, value: Any) -> None:
        self._edit.setText(format_number(value))

    def _set_read_only(self, readonly: bool) -> None:
        self._edit.setReadOnly(readonly)


class IntegerWidget(_NumberWidget):
    """A whole number."""

    def value(self) -> int | None:
        text = self._edit.text().strip()
        return int(text) if text not in ("", "-") else None


class DecimalWidget(_NumberWidget):
    """A decimal number; both ``3.5`` and ``3,5`` are accepted."""

    pattern = DECIMAL_PATTERN

    def value(self) -> float | None:
        return parse_decimal(self._edit.text())
