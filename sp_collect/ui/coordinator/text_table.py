"""Read-only tables of text: a model holding headers and rows of strings, shown in a table view.

Refilling a table is one model reset. No cell is a Qt object with a Python wrapper, so nothing
Qt deletes while refilling can still be reached from Python (``QTableWidgetItem`` and
``QStandardItem`` wrappers of deleted items were: dangling pointers, intermittent crashes).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

NARROWEST_EMS = 8
"""A column cut to fit the table keeps at least this many letters' width (it wraps)."""
TOOLTIP_WRAP = 80
"""Longer tooltips are given as rich text, which Qt wraps at a readable width."""

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""What a column sorts by: a cell's ``sort_key``, else its text."""

Index = QModelIndex | QPersistentModelIndex


def tooltip(text: str) -> str:
    """A cell's full text for its tooltip; long ones wrap instead of spanning the screen."""
    if len(text) <= TOOLTIP_WRAP:
        return text
    return "<p>" + escape(text).replace("\n", "<br>") + "</p>"


@dataclass(frozen=True)
class Cell:
    """One cell (or header) of text and how it shows."""

    text: str
    tip: str | None = None
    """Shown on hover; None: the text itself (wrapped when long), nothing for an empty cell."""
    sort_key: object = None
    """What the column sorts by (a number for figures); None: the text."""
    background: QColor | None = None
    foreground: QColor | None = None
    bold: bool = False
    alignment: Qt.AlignmentFlag | None = None

    def hover(self) -> str:
        return tooltip(self.text) if self.tip is None else self.tip


CellLike = Cell | str
EMPTY = Cell("")


def _cell(value: CellLike) -> Cell:
    return value if isinstance(value, Cell) else Cell(value)


class TextTableModel(QAbstractTableModel):
    """Headers and rows of cells; rows shorter than the headers show empty cells."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: list[Cell] = []
        self._row_headers: list[Cell] = []
        self._rows: list[list[Cell]] = []

    def set_content(
        self,
        headers: Sequence[CellLike],
        rows: Sequence[Sequence[CellLike]],
        row_headers: Sequence[CellLike] = (),
    ) -> None:
        self.beginResetModel()
        self._headers = [_cell(h) for h in headers]
        self._rows = [[_cell(c) for c in row] for row in rows]
        self._row_headers = [_cell(h) for h in row_headers]
        self.endResetModel()

    def set_header_tips(self, tips: Mapping[int, str]) -> None:
        """Hover texts for some column headers (what a short header means)."""
        for column, tip in tips.items():
            if 0 <= column < len(self._headers):
                header = self._headers[column]
                self._headers[column] = Cell(header.text, tip)
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, column, column)

    # -- reading -------------------------------------------------------------------------------
    def cell(self, row: int, column: int) -> Cell:
        if 0 <= row < len(self._rows) and 0 <= column < len(self._headers):
            cells = self._rows[row]
            return cells[column] if column < len(cells) else EMPTY
        return EMPTY

    def header(self, column: int) -> Cell:
        return self._headers[column] if 0 <= column < len(self._headers) else EMPTY

    def row_header(self, row: int) -> Cell:
        return self._row_headers[row] if 0 <= row < len(self._row_headers) else EMPTY

    # -- Qt's model interface ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's name)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's name)
        return 0 if parent.isValid() else len(self._headers)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        return _role_data(self.cell(index.row(), index.column()), role)

    def headerData(  # noqa: N802 (Qt's name)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._headers):
                return None
            header = self._headers[section]
        elif 0 <= section < len(self._row_headers):
            header = self._row_headers[section]
        else:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return header.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return header.hover() or None
        return None


def _role_data(cell: Cell, role: int) -> object:
    if role == Qt.ItemDataRole.DisplayRole:
        return cell.text
    if role == Qt.ItemDataRole.ToolTipRole:
        return cell.hover() or None
    if role == SORT_ROLE:
        return cell.text if cell.sort_key is None else cell.sort_key
    if role == Qt.ItemDataRole.BackgroundRole and cell.background is not None:
        return QBrush(cell.background)
    if role == Qt.ItemDataRole.ForegroundRole and cell.foreground is not None:
        return QBrush(cell.foreground)
    if role == Qt.ItemDataRole.FontRole and cell.bold:
        font = QFont()
        font.setBold(True)
        return font
    if role == Qt.ItemDataRole.TextAlignmentRole and cell.alignment is not None:
        return cell.alignment
    return None


class TextTable(QTableView):
    """A table to read, not edit: its own model of text; ``fill`` replaces what it shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = TextTableModel(self)
        self.setModel(self.content)
        self.filling = False
        """True while ``fill`` runs: re-fitting columns on a resize waits until it is done."""
        self.fits_width = True
        """Columns are fitted to the table's width here, on each fill and resize (False: the
        page fits them its own way)."""

    def fill(
        self,
        headers: Sequence[CellLike],
        rows: Sequence[Sequence[CellLike]],
        row_headers: Sequence[CellLike] = (),
    ) -> None:
        """Replace the content; columns fit their text except the last, which stretches."""
        self.filling = True
        try:
            self.content.set_content(headers, rows, row_headers)
            for column in range(max(len(headers) - 1, 0)):
                self.resizeColumnToContents(column)
            if self.fits_width:
                self._fit_width()
            self.resizeRowsToContents()
        finally:
            self.filling = False

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self.fits_width and not self.filling and self.content.columnCount() > 1:
            self.filling = True
            try:
                for column in range(self.content.columnCount() - 1):
                    self.resizeColumnToContents(column)
                self._fit_width()
                self.resizeRowsToContents()
            finally:
                self.filling = False

    def _fit_width(self) -> None:
        """Columns wider together than the table give up width, the widest first and never
        below a few words; their text wraps: nothing scrolls sideways on a small screen."""
        last = self.content.columnCount() - 1
        room = self.viewport().width()
        if last < 1 or room <= 0:
            return
        floor = self.fontMetrics().horizontalAdvance("M") * NARROWEST_EMS
        widths = [self.columnWidth(column) for column in range(last)]
        # The last column stretches over what is left, but never below the header's default
        # section size: that much stays for it.
        reserved = max(
            min(self.sizeHintForColumn(last), floor), self.horizontalHeader().defaultSectionSize()
        )
        kept = capped(widths, room - reserved, floor)
        for column, width in enumerate(kept):
            if width != widths[column]:
                self.setColumnWidth(column, width)

    def row_count(self) -> int:
        return self.content.rowCount()

    def column_count(self) -> int:
        return self.content.columnCount()

    def text(self, row: int, column: int) -> str:
        return self.content.cell(row, column).text

    def tip(self, row: int, column: int) -> str:
        return self.content.cell(row, column).hover()

    def header_text(self, column: int) -> str:
        return self.content.header(column).text

    def header_tip(self, column: int) -> str:
        return self.content.header(column).hover()


def capped(widths: Sequence[int], room: int, floor: int) -> list[int]:
    """``widths`` with the widest cut to one cap, the largest that lets them fit ``room``
    (never below ``floor``; narrower columns keep their width)."""
    if sum(widths) <= room:
        return list(widths)
    left, count = room, len(widths)
    cap = floor
    for index, width in enumerate(sorted(widths)):
        share = left // (count - index)
        if width > share:
            cap = max(share, floor)
            break
        left -= width
    return [min(width, cap) for width in widths]


def read_only_table(accessible_name: str, table: TextTable | None = None) -> TextTable:
    """A table to read, not edit (``table``, or a new one, set up so): whole rows selected one
    at a time, alternating row colours, wrapped text, the last column stretching."""
    table = table if table is not None else TextTable()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    # A chosen row would make every header bold, wider than its column was fitted to.
    table.horizontalHeader().setHighlightSections(False)
    table.setAccessibleName(accessible_name)
    return table
