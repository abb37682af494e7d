"""The Scores page: readiness per institution, sortable and filterable, with the items behind it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sp_collect.analysis.dimensions import DIMENSIONS
from sp_collect.ui.context import AppContext
from sp_collect.ui.coordinator.display import explanation, heading
from sp_collect.ui.coordinator.scores_data import (
    InstitutionRow,
    ScoresData,
    collect,
    levels,
    target_met,
)
from sp_collect.ui.coordinator.text_table import (
    SORT_ROLE,
    Cell,
    TextTable,
    TextTableModel,
    capped,
    read_only_table,
)
from sp_collect.ui.pages import COORDINATOR, Page, register_page
from sp_collect.ui.worker import RunningTask

if TYPE_CHECKING:  # the scores are computed when the page first shows, not with the app
    from sp_collect.analysis.readiness import InstitutionScore

NARROW_COLUMN_EMS = 6
"""The narrowest a figure column of the items is cut to when space is short; a longer header
elides then (its tooltip is whole)."""
ANSWER_COLUMN = 3
ANSWER_SHARE = 0.4
"""Of the width the figure columns leave, the answer's share; the question has the rest. Both
wrap, so a long answer or question takes more lines, never a sideways scroll."""
INSTITUTION_COLUMN, COUNTRY_COLUMN = 0, 1
GATES_COLUMN = 2 + len(DIMENSIONS) + 1
"""After the names, the dimensions' indices and the levels."""
SHARED_COLUMNS = (INSTITUTION_COLUMN, COUNTRY_COLUMN, GATES_COLUMN)
"""Columns that share what the figures leave, and elide (the cell's tooltip has it all)."""
COUNTRY_SHARE = 0.2
GATES_SHARE = 0.25
"""At most these shares of the width the figures leave (less when their text is shorter); the
institution has the rest."""
INSTITUTION_CHARACTERS = 12
"""The institution column never gets narrower than this many characters."""


class MiddleElided(QStyledItemDelegate):
    """Cut in the middle: names that begin alike ("National Insurance…") keep their end and
    the institution's code in view."""

    def initStyleOption(  # noqa: N802 (Qt's name)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


def two_lines(header: str) -> str:
    """A figure's header broken at the space or hyphen nearest its middle: the column needs
    only the width of its figures and of the longer half ("Self-" over "reported")."""
    breaks = [i for i, character in enumerate(header) if character in " -"]
    if not breaks:
        return header
    at = min(breaks, key=lambda i: abs(len(header) / 2 - i))
    keep = at + 1 if header[at] == "-" else at
    return header[:keep] + "\n" + header[at + 1 :]


def _index_cell(value: float | None) -> Cell:
    """Indices sort as numbers; an index that could not be computed sorts first."""
    return Cell("–" if value is None else f"{value:.1f}", sort_key=-1.0 if value is None else value)


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
        self._fitting: set[QTableView] = set()
        self.model = TextTableModel(self)
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
        # A chosen row would make every header bold, wider than its column was fitted to.
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.setItemDelegateForColumn(INSTITUTION_COLUMN, MiddleElided(self.table))
        self.table.viewport().installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._drill_down())
        self.detail_title = explanation()  # a long institution name wraps, not widening
        self.items = read_only_table("")
        self.items.fits_width = False  # _fit_items shares the width its own way
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
        rows = []
        for row in self.data.rows:
            score = self._score(row)
            gates = ", ".join(failure.item for failure in score.failed_gates)
            rows.append(
                [
                    Cell(f"{row.name} ({row.code})", sort_key=row.name.lower()),
                    Cell(row.country),
                    *(_index_cell(score.dimensions[dim].index) for dim in DIMENSIONS),
                    Cell(levels(score)),
                    Cell(gates or "–", sort_key=len(score.failed_gates)),
                    Cell(target_met(score) or self.tr("none")),
                    _index_cell(row.pair.self_reported.overall),
                    _index_cell(row.pair.validated.overall),
                ]
            )
        tips = self.header_tips()
        headers = [
            Cell(text if column in SHARED_COLUMNS else two_lines(text), tips.get(column, text))
            for column, text in enumerate(self.headers())
        ]
        self.model.set_content(headers, rows)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            mode = (
                QHeaderView.ResizeMode.Interactive
                if column in SHARED_COLUMNS
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        self._refit(self.table, self._fit_names)
        self.detail_title.setText(
            self.tr("%n institution(s) scored.", "", len(self.data.rows))
            if self.data.rows
            else self.tr("No institution is scored yet: import and approve finished surveys.")
        )
        self.items.fill(self.item_headers(), [])
        self.open_button.setEnabled(False)

    def _refit(self, view: QTableView, fit: Callable[[], None]) -> None:
        """Fit ``view``'s columns to its width: never while it is being filled, never inside
        itself (fitting can show or hide a scroll bar, resizing the view: then it fits once
        more to the new width)."""
        if view in self._fitting or (isinstance(view, TextTable) and view.filling):
            return
        self._fitting.add(view)
        try:
            for _attempt in range(2):
                width = view.viewport().width()
                fit()
                if view.viewport().width() == width:
                    break
        finally:
            self._fitting.discard(view)

    def _fit_names(self) -> None:
        """The figures keep their width; the institution, its country and its failed gates
        share what is left and elide, the cell's tooltip having the whole text: one line per
        institution, at least a dozen letters of its name, and nothing scrolls sideways on a
        small laptop's screen."""
        header = self.table.horizontalHeader()
        if header.count() <= GATES_COLUMN:
            return
        figures = sum(
            header.sectionSize(c) for c in range(header.count()) if c not in SHARED_COLUMNS
        )
        left = self.table.viewport().width() - figures
        metrics = self.table.fontMetrics()
        least = metrics.horizontalAdvance("M") * 3
        wanted = {
            column: max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))
            for column in (COUNTRY_COLUMN, GATES_COLUMN)
        }
        country = max(min(wanted[COUNTRY_COLUMN], int(left * COUNTRY_SHARE)), least)
        gates = max(min(wanted[GATES_COLUMN], int(left * GATES_SHARE)), least)
        institution = max(
            left - country - gates, metrics.averageCharWidth() * INSTITUTION_CHARACTERS
        )
        header.resizeSection(COUNTRY_COLUMN, country)
        header.resizeSection(GATES_COLUMN, gates)
        header.resizeSection(INSTITUTION_COLUMN, institution)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Resize:
            if watched is self.table.viewport():
                self._refit(self.table, self._fit_names)
            elif watched is self.items.viewport():
                self._refit(self.items, self._fit_items)
        return super().eventFilter(watched, event)

    def _fit_items(self) -> None:
        """Figure columns fit their contents within a third of the width (cut, the widest first,
        never below a few words, when they do not); the answer and the question share what is
        left and wrap: every item's whole text on screen, however small the window."""
        columns = self.items.column_count()
        if columns <= ANSWER_COLUMN:
            return
        em = self.fontMetrics().horizontalAdvance("M")
        question = columns - 1
        narrow = [c for c in range(columns) if c not in (ANSWER_COLUMN, question)]
        for column in narrow:
            self.items.resizeColumnToContents(column)
        natural = [self.items.columnWidth(c) for c in narrow]
        budget = self.items.viewport().width() // 3
        widths = capped(natural, budget, em * NARROW_COLUMN_EMS)
        for column, width in zip(narrow, widths, strict=True):
            self.items.setColumnWidth(column, width)
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
        source = self.proxy.mapToSource(index).row()
        return self.data.rows[source] if 0 <= source < len(self.data.rows) else None

    def select_institution(self, code: str) -> None:
        for proxy_row in range(self.proxy.rowCount()):
            index = self.proxy.index(proxy_row, 0)
            source = self.proxy.mapToSource(index).row()
            if 0 <= source < len(self.data.rows) and self.data.rows[source].code == code:
                self.table.selectRow(proxy_row)
                self.table.setCurrentIndex(index)
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
        # Each header's tooltip is its whole title (a narrow column elides it).
        self.items.fill(self.item_headers(), rows)
        self._refit(self.items, self._fit_items)
        self.detail_title.setText(
            self.tr("Items behind the score of %1").replace("%1", f"{row.name} ({row.code})")
        )

    def _open_response(self) -> None:
        row = self.selected()
        if row is not None:
            self.sig_open_response.emit(row.response_uuid)
