"""Simple charts drawn with QPainter in the system palette: count bars and a heat-map table."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSizePolicy, QWidget

from sp_collect.ui.coordinator.text_table import Cell, TextTable, read_only_table

LEVEL_COLOURS = ((25.0, "#e57373"), (50.0, "#ffb74d"), (75.0, "#fff176"), (101.0, "#81c784"))
"""Index bands → light red, orange, yellow, green: status colours chosen light enough for black
text in light and dark mode alike; the number is always written in the cell too."""


MAX_ROWS_SHOWN = 20


class CountBars(QWidget):
    """Horizontal bars, one per label, longest first; the counts are also written out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, int]] = []
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_counts(self, rows: list[tuple[str, int]], empty_text: str) -> None:
        self.rows = rows
        self.empty_text = empty_text
        text = "; ".join(f"{label}: {count}" for label, count in rows) or empty_text
        self.setAccessibleDescription(text)
        self.setToolTip(text)
        self.updateGeometry()
        self.update()

    def _line(self) -> int:
        return self.fontMetrics().height() + 6

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(320, self._line() * max(len(self.rows), 1) + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        palette = self.palette()
        metrics = self.fontMetrics()
        line = self._line()
        if not self.rows:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignVCenter, self.empty_text)
            return
        widest = max(metrics.horizontalAdvance(label) for label, _count in self.rows)
        label_width = min(widest + 16, int(self.width() * 0.45))
        number_width = metrics.horizontalAdvance(str(max(c for _l, c in self.rows))) + 8
        bar_space = max(self.width() - label_width - number_width, 10)
        top_count = max(count for _label, count in self.rows) or 1
        for index, (label, count) in enumerate(self.rows):
            y = 2 + index * line
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            text_rect = QRect(0, y, label_width - 6, line)
            elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, text_rect.width())
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, elided)
            length = max(int(bar_space * count / top_count), 2)
            painter.fillRect(
                QRect(label_width, y + 3, length, line - 6),
                palette.color(QPalette.ColorRole.Highlight),
            )
            painter.drawText(
                QRect(label_width + length + 4, y, number_width, line),
                Qt.AlignmentFlag.AlignVCenter,
                str(count),
            )


def level_colour(index: float) -> QColor:
    return QColor(next(colour for limit, colour in LEVEL_COLOURS if index < limit))


class HeatMapTable(TextTable):
    """Fits its width, on a small laptop's screen too, without a horizontal scroll bar: the
    sub-dimension columns are as wide as their codes and numbers, the institution names take
    what is left and elide (the full name is in the tooltip)."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        self.fit_names()
        super().resizeEvent(event)

    def fit_names(self) -> None:
        columns = sum(
            max(self.horizontalHeader().sectionSizeHint(c), self.sizeHintForColumn(c))
            for c in range(self.column_count())
        )
        chrome = 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
        self.verticalHeader().setMaximumWidth(max(self.width() - columns - chrome, 60))


def heatmap_table(accessible_name: str) -> HeatMapTable:
    table = HeatMapTable()
    read_only_table(accessible_name, table)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    table.verticalHeader().setVisible(True)
    table.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
    columns = table.horizontalHeader()
    columns.setStretchLastSection(False)
    columns.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def fill_heatmap(
    table: HeatMapTable,
    rows: tuple[str, ...],
    columns: tuple[str, ...],
    column_names: tuple[str, ...],
    indices: tuple[tuple[float | None, ...], ...],
    missing: str,
) -> None:
    """Rows × columns of indices; column headers are codes, their names in tooltips."""
    black = QColor("black")
    cells = []
    for name, values in zip(rows, indices, strict=True):
        line = []
        for code, column_name, index in zip(columns, column_names, values, strict=True):
            text = missing if index is None else f"{index:.0f}"
            line.append(
                Cell(
                    text,
                    f"{name} · {code} {column_name}: {text}",
                    background=None if index is None else level_colour(index),
                    foreground=None if index is None else black,
                    alignment=Qt.AlignmentFlag.AlignCenter,
                )
            )
        cells.append(line)
    headers = [Cell(code, name) for code, name in zip(columns, column_names, strict=True)]
    table.fill(headers, cells, [Cell(name, name) for name in rows])
    table.fit_names()
    # As tall as its rows (up to a screenful), so short maps leave no empty panel.
    shown = min(len(rows), MAX_ROWS_SHOWN)
    height = table.horizontalHeader().height() + 2 * table.frameWidth() + 4
    height += sum(table.rowHeight(r) for r in range(shown))
    height += table.horizontalScrollBar().sizeHint().height()
    table.setFixedHeight(height)
