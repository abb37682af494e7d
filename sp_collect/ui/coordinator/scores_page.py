"""The Scores page: readiness per institution, sortable and filterable, with the items behind it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sp_collect.analysis.dimensions import DIMENSIONS
from sp_collect.ui.context import AppContext
from sp_collect.ui.coordinator.display import explanation, fill_table, heading, read_only_table
from sp_collect.ui.coordinator.scores_data import (
    InstitutionRow,
    ScoresData,
    collect,
    levels,
    target_met,
)
from sp_collect.ui.pages import COORDINATOR, Page, register_page
from sp_collect.ui.worker import RunningTask

if TYPE_CHECKING:  # the scores are computed when the page first shows, not with the app
    from sp_collect.analysis.readiness import InstitutionScore

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CODE_ROLE = Qt.ItemDataRole.UserRole + 2
NARROW_COLUMN_EMS = 6
"""The widest a figure column of the items grows; a longer header elides (its tooltip is whole)."""
ANSWER_COLUMN = 3
ANSWER_SHARE = 0.4
"""Of the width the figure columns leave, the answer's share; the question has the rest. Both
wrap, so a long answer or question takes more lines, never a sideways scroll."""
INSTITUTION_COLUMN, COUNTRY_COLUMN = 0, 1
NAME_COLUMNS = (INSTITUTION_COLUMN, COUNTRY_COLUMN)
COUNTRY_SHARE = 0.35
"""Of the width the figures leave, the country's share; the institution has the rest."""
"""Pixels for the institution column at most: about 35 characters before it elides."""


def _cell(text: str, sort_value: object = None) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(text if sort_value is None else sort_value, SORT_ROLE)
    item.setToolTip(text)
    return item


def _index_cell(value: float | None) -> QStandardItem:
    """Indices sort as numbers; an index that could not be computed sorts first."""
    return _cell("–" if value is None else f"{value:.1f}", -1.0 if value is None else value)


@register_page
class ScoresPage(Page):
    """Self-reported or validated scores per institution; pick one to see its items."""

    roles = frozenset({COORDINATOR})
    order = 85

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data = ScoresData(())
        self.heading = heading()
        self.intro = explanation()
        self.which = QComboBox()
        self.which.currentIndexChanged.connect(lambda _i: self._fill())
        self.which_label = QLabel()
        self.which_label.setBuddy(self.which)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter_label = QLabel()
        self.filter_label.setBuddy(self.filter)
        self.reload_button = QPushButton()
        self.reload_button.clicked.connect(lambda: self.refresh(None))
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.viewport().installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._drill_down())
        self.detail_title = QLabel()
        self.items = read_only_table("")
        self.items.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        # Always there, so wrapped rows do not show and hide it, re-fitting the columns in turn.
        self.items.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.items.viewport().installEventFilter(self)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self._open_response)
        self.open_button.setEnabled(False)
        controls = QHBoxLayout()
        controls.addWidget(self.which_label)
        controls.addWidget(self.which)
        controls.addSpacing(12)
        controls.addWidget(self.filter_label)
        controls.addWidget(self.filter, 1)
        controls.addWidget(self.reload_button)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        title_row = QHBoxLayout()
        title_row.addWidget(self.detail_title, 1)
        title_row.addWidget(self.open_button)
        detail_layout.addLayout(title_row)
        detail_layout.addWidget(self.items)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(controls)
        layout.addWidget(splitter, 1)
        self.retranslate()

    @property
    def title(self) -> str:
        return self.tr("Scores")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Readiness scores"))
        self.intro.setText(
            self.tr(
                "One row per institution with a finished survey (Form A). Validated scores "
                "include the corrections agreed at the validation workshop (Form D). Click a "
                "column to sort; choose a row to see the answers behind its score."
            )
        )
        current = self.which.currentIndex()
        self.which.blockSignals(True)
        self.which.clear()
        self.which.addItem(self.tr("Validated (with the workshop's corrections)"), True)
        self.which.addItem(self.tr("Self-reported"), False)
        self.which.setCurrentIndex(max(current, 0))
        self.which.blockSignals(False)
        self.which_label.setText(self.tr("&Scores:"))
        self.which.setAccessibleName(self.tr("Which scores to show"))
        self.filter_label.setText(self.tr("&Filter:"))
        self.filter.setPlaceholderText(self.tr("institution, country, target…"))
        self.filter.setAccessibleName(self.tr("Filter the institutions"))
        self.reload_button.setText(self.tr("&Recompute"))
        self.reload_button.setAccessibleName(self.tr("Recompute the scores"))
        self.table.setAccessibleName(self.tr("Scores per institution"))
        self.items.setAccessibleName(self.tr("Items behind the chosen institution's score"))
        self.open_button.setText(self.tr("&Open the survey"))
        self.open_button.setAccessibleName(self.tr("Open the chosen institution's survey"))
        self._fill()

    def headers(self) -> list[str]:
        return [
            self.tr("Institution"),
            self.tr("Country"),
            *DIMENSIONS,
            self.tr("Levels L/I/A/T"),
            self.tr("Failed gates"),
            self.tr("Target met"),
            self.tr("Self-reported"),
            self.tr("Validated"),
        ]

    def header_tips(self) -> dict[int, str]:
        """Column → what its short header means (shown on hover)."""
        last = len(self.headers()) - 1
        return {
            last - 1: self.tr("Overall index from the survey's own answers"),
            last: self.tr("Overall index with the workshop's corrections"),
        }

    def refresh(self, changes: object | None = None) -> RunningTask | None:
        if not self.isVisible() and changes is not None:
            return None
        language = str(self.ctx.settings.get("language") or "en")
        workspace = self.ctx.workspace
        return self.ctx.run(
            lambda progress, cancel: collect(workspace, language, progress, cancel),
            self._collected,
            parent=self,
            progress_label=self.tr("Computing the scores…"),
        )

    def _collected(self, data: ScoresData) -> None:
        self.data = data
        self._fill()

    def validated(self) -> bool:
        return bool(self.which.currentData())

    def _score(self, row: InstitutionRow) -> InstitutionScore:
        return row.pair.validated if self.validated() else row.pair.self_reported

    def _fill(self) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels(self.headers())
        for row in self.data.rows:
            score = self._score(row)
            name = _cell(f"{row.name} ({row.code})", row.name.lower())
            name.setData(row.code, CODE_ROLE)
            gates = ", ".join(failure.item for failure in score.failed_gates)
            self.model.appendRow(
                [
                    name,
                    _cell(row.country),
                    *(_index_cell(score.dimensions[dim].index) for dim in DIMENSIONS),
                    _cell(levels(score)),
                    _cell(gates or "–", len(score.failed_gates)),
                    _cell(target_met(score) or self.tr("none")),
                    _index_cell(row.pair.self_reported.overall),
                    _index_cell(row.pair.validated.overall),
                ]
            )
        for column, tip in self.header_tips().items():
            header = self.model.horizontalHeaderItem(column)
            if header is not None:
                header.setToolTip(tip)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            mode = (
                QHeaderView.ResizeMode.Interactive
                if column in NAME_COLUMNS
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        self._fit_names()
        self.detail_title.setText(
            self.tr("%n institution(s) scored.", "", len(self.data.rows))
            if self.data.rows
            else self.tr("No institution is scored yet: import and approve finished surveys.")
        )
        fill_table(self.items, self.item_headers(), [])
        self.open_button.setEnabled(False)

    def _fit_names(self) -> None:
        """The figures keep their width; institution and country names share what is left
        (never less than a few letters) and elide, the cell's tooltip having the whole name:
        one line per institution, and nothing scrolls sideways on a small laptop's screen."""
        header = self.table.horizontalHeader()
        figures = sum(header.sectionSize(c) for c in range(header.count()) if c not in NAME_COLUMNS)
        left = self.table.viewport().width() - figures
        least = self.fontMetrics().horizontalAdvance("M") * 3
        country = max(int(left * COUNTRY_SHARE), least)
        header.resizeSection(COUNTRY_COLUMN, country)
        header.resizeSection(INSTITUTION_COLUMN, max(left - country, least))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Resize:
            if watched is self.table.viewport():
                self._fit_names()
            elif watched is self.items.viewport():
                self._fit_items()
        return super().eventFilter(watched, event)

    def _fit_items(self) -> None:
        """Figure columns fit their contents (at most a few words wide); the answer and the
        question share what is left and wrap: every item's whole text on screen, however
        small the window."""
        columns = self.items.columnCount()
        if columns <= ANSWER_COLUMN:
            return
        em = self.fontMetrics().horizontalAdvance("M")
        question = columns - 1
        narrow = [c for c in range(columns) if c not in (ANSWER_COLUMN, question)]
        for column in narrow:
            self.items.resizeColumnToContents(column)
            self.items.setColumnWidth(
                column, min(self.items.columnWidth(column), em * NARROW_COLUMN_EMS)
            )
        left = self.items.viewport().width() - sum(self.items.columnWidth(c) for c in narrow)
        answer = max(int(left * ANSWER_SHARE), em * 4)
        self.items.setColumnWidth(ANSWER_COLUMN, answer)
        self.items.setColumnWidth(question, max(left - answer, em * 4))
        self.items.resizeRowsToContents()

    def item_headers(self) -> list[str]:
        return [
            self.tr("Item"),
            self.tr("Dimension"),
            self.tr("Gate"),
            self.tr("Answer"),
            self.tr("Self-reported score"),
            self.tr("Validated score"),
            self.tr("Corrected at the workshop"),
            self.tr("Question"),
        ]

    def selected(self) -> InstitutionRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        code = self.proxy.index(index.row(), 0).data(CODE_ROLE)
        return next((row for row in self.data.rows if row.code == code), None)

    def select_institution(self, code: str) -> None:
        for proxy_row in range(self.proxy.rowCount()):
            if self.proxy.index(proxy_row, 0).data(CODE_ROLE) == code:
                self.table.selectRow(proxy_row)
                self.table.setCurrentIndex(self.proxy.index(proxy_row, 0))
                return

    def _drill_down(self) -> None:
        row = self.selected()
        self.open_button.setEnabled(row is not None)
        if row is None:
            return
        yes, no = self.tr("yes"), ""
        rows = [
            [
                item.item,
                item.dimension,
                yes if item.gate else no,
                item.answer or self.tr("(no answer)"),
                "–" if item.self_reported is None else str(item.self_reported),
                "–" if item.validated is None else str(item.validated),
                yes if item.corrected else no,
                item.question,
            ]
            for item in row.items
        ]
        fill_table(self.items, self.item_headers(), rows)
        for column, title in enumerate(self.item_headers()):
            header = self.items.horizontalHeaderItem(column)
            if header is not None:
                header.setToolTip(title)
        self._fit_items()
        self.detail_title.setText(
            self.tr("Items behind the score of %1").replace("%1", f"{row.name} ({row.code})")
        )

    def _open_response(self) -> None:
        row = self.selected()
        if row is not None:
            self.sig_open_response.emit(row.response_uuid)
