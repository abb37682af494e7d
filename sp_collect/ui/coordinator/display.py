"""Shared pieces of the coordinator screens: headings, fingerprints to read aloud, tables."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
)


def heading() -> QLabel:
    """A page title: the system font, larger and bold."""
    label = QLabel()
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    return label


def explanation() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    return label


def fingerprint_label(scale: float = 1.6) -> QLabel:
    """Fingerprints are read aloud over the phone: large, fixed-width, groups kept apart, and
    selectable so they can be copied."""
    label = QLabel()
    font: QFont = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(label.font().pointSizeF() * scale)
    font.setBold(True)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
    label.setFont(font)
    label.setWordWrap(True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return label


def spoken_fingerprint(fingerprint: str) -> str:
    """The groups with wider gaps, so each is read as one word."""
    return "   ".join(fingerprint.split())


def compact_combo(characters: int = 16) -> QComboBox:
    """A drop-down whose width does not follow its longest entry (form titles and question
    labels are long: a window would grow past a small laptop's screen); entries elide."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


def read_only_table(accessible_name: str, table: QTableWidget | None = None) -> QTableWidget:
    """A table to read, not edit (``table``, or a new one, set up so)."""
    table = table if table is not None else QTableWidget()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAccessibleName(accessible_name)
    return table


TOOLTIP_WRAP = 80
"""Longer tooltips are given as rich text, which Qt wraps at a readable width."""


def tooltip(text: str) -> str:
    """A cell's full text for its tooltip; long ones wrap instead of spanning the screen."""
    if len(text) <= TOOLTIP_WRAP:
        return text
    return "<p>" + escape(text).replace("\n", "<br>") + "</p>"


def fill_table(table: QTableWidget, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Replace a table's content; columns fit their text except the last, which stretches."""
    table.clearContents()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(tooltip(text))
            table.setItem(r, c, item)
    for column in range(max(len(headers) - 1, 0)):
        table.resizeColumnToContents(column)
    table.resizeRowsToContents()
