"""The one non-system colour of the form view: an error red readable on light and dark bases."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget


def error_colour(palette: QPalette) -> QColor:
    """A red with enough contrast on the palette's window colour, light or dark."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#ff8a80") if dark else QColor("#b00020")


def mark_error(label: QLabel) -> None:
    """Show ``label`` in the error red; :func:`restyle_errors` follows theme changes."""
    label.setProperty("spError", True)
    label.setStyleSheet(f"color: {error_colour(label.palette()).name()};")


def restyle_errors(root: QWidget) -> None:
    """Re-pick the error red below ``root`` after the palette changed (light ↔ dark)."""
    for label in root.findChildren(QLabel):
        if label.property("spError"):
            label.setStyleSheet(f"color: {error_colour(root.palette()).name()};")
