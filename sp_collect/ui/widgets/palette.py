"""The one non-system colour of the form view: an error red readable on light and dark bases."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette


def error_colour(palette: QPalette) -> QColor:
    """A red with enough contrast on the palette's window colour, light or dark."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#ff8a80") if dark else QColor("#b00020")
