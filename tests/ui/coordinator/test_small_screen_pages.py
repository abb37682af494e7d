"""The coordinator's pages fit a 1024×700 laptop: the window does not grow past the screen,
the readiness heat-map of 30 institutions and every sub-dimension has no sideways scroll, and
the Scores drill-down and the review detail wrap long questions instead of cutting them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from coordinator_kit import Kit, merged
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QScrollArea, QTableView
from pytestqt.qtbot import QtBot

from sp_collect.analysis.scoring_config import SUBDIMENSIONS
from sp_collect.ui.context import AppContext
from sp_collect.ui.coordinator.answer_rows import AnswerRow
from sp_collect.ui.coordinator.dashboard_data import DashboardData, HeatMap
from sp_collect.ui.coordinator.dashboard_page import DashboardPage
from sp_collect.ui.coordinator.identity_page import IdentityPage
from sp_collect.ui.coordinator.imports_page import ImportsPage
from sp_collect.ui.coordinator.packages_page import PackagesPage
from sp_collect.ui.coordinator.review_page import ReviewPage
from sp_collect.ui.coordinator.scores_page import (
    COUNTRY_COLUMN,
    GATES_COLUMN,
    INSTITUTION_COLUMN,
    ScoresPage,
)
from sp_collect.ui.main_window import WorkspaceArea
from sp_collect.ui.pages import Page
from sp_collect.ui.settings import Preferences
from sp_collect.ui.worker import Runner
from sp_collect.workspace import Workspace
from sp_collect.workspace.demo_workspace import DEMO_PASSPHRASE, ensure_demo

SCREEN = (1024, 700)
LONG_QUESTION = (
    "Is there a clear legal basis for your institution to send identity data and insurance "
    "(contribution) records to social security institutions in other CARICOM states?"
)


def fits(view: QAbstractItemView, columns: int) -> None:
    """No sideways scroll bar, and the visible columns together no wider than the view."""
    assert not view.horizontalScrollBar().isVisible(), view.accessibleName()
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    widths = sum(header.sectionSize(c) for c in range(columns) if not header.isSectionHidden(c))
    assert widths <= view.viewport().width(), view.accessibleName()


def lines(view: QAbstractItemView, index: QModelIndex) -> int:
    return round(view.visualRect(index).height() / view.fontMetrics().lineSpacing())


def settle(qtbot: QtBot, area: WorkspaceArea) -> None:
    qtbot.waitUntil(lambda: not area.ctx.runner.busy, timeout=30_000)
    for _ in range(3):
        QApplication.processEvents()


def wide_heatmap() -> HeatMap:
    names = tuple(
        f"National Insurance and Social Security Board of Member State {n}" for n in range(30)
    )
    return HeatMap(
        institutions=names,
        subdimensions=tuple(SUBDIMENSIONS),
        subdimension_labels=tuple(f"Sub-dimension {code}" for code in SUBDIMENSIONS),
        indices=tuple(
            tuple(float((7 * r + 13 * c) % 101) for c in range(len(SUBDIMENSIONS)))
            for r in range(len(names))
        ),
    )


def test_every_coordinator_page_fits_a_1024x700_window(
    qtbot: QtBot, kit: Kit, tmp_path: Path
) -> None:
    merged(kit)  # a scored institution, so the Scores table has a row
    area = WorkspaceArea(kit.context(tmp_path))
    qtbot.addWidget(area)
    area.resize(*SCREEN)
    area.show()
    qtbot.waitExposed(area)
    for row in range(area.sidebar.count()):
        area.sidebar.setCurrentRow(row)
        settle(qtbot, area)
        page = area.current_page()
        assert isinstance(page, Page)
        assert area.width() <= SCREEN[0], f"{page.title} widens the window to {area.width()}"
        assert area.minimumSizeHint().width() <= SCREEN[0], page.title
        if isinstance(page, ScoresPage):
            qtbot.waitUntil(lambda p=page: p.model.rowCount() > 0, timeout=30_000)
            assert not page.table.horizontalScrollBar().isVisible(), "scores fit their width"
            page.select_institution(page.data.rows[0].code)
            QApplication.processEvents()
            items = page.items
            assert items.row_count() > 0
            fits(items, items.column_count())
            question = items.column_count() - 1
            longest = max(range(items.row_count()), key=lambda r: len(items.text(r, question)))
            cell = items.model().index(longest, question)
            assert lines(items, cell) >= 2, "a long question wraps instead of being cut"
            assert items.header_tip(4) == items.header_text(4) != "", "headers have tips"
        if isinstance(page, ReviewPage):
            review_wraps(page)

    area.show_page(DashboardPage)
    settle(qtbot, area)
    page = area.current_page()
    assert isinstance(page, DashboardPage)
    page.show_data(DashboardData(by_status=[("received", 1)], heatmap=wide_heatmap()))
    for _ in range(3):
        QApplication.processEvents()
    table = page.heatmap
    assert not table.horizontalScrollBar().isVisible(), "the heat-map fits its width"
    [scroll] = page.findChildren(QScrollArea)
    assert not scroll.horizontalScrollBar().isVisible()
    assert table.verticalHeader().width() <= table.width() * 0.45, "long names elide"
    rows = Qt.Orientation.Vertical
    first = table.model().headerData(0, rows)
    assert first.startswith("National Insurance"), "institutions head the rows"
    tip = table.model().headerData(0, rows, Qt.ItemDataRole.ToolTipRole)
    assert tip == first, "the full name is in the tooltip"
    assert table.header_tip(0) == f"Sub-dimension {next(iter(SUBDIMENSIONS))}"
    header = table.horizontalHeader()
    for column, code in enumerate(SUBDIMENSIONS):
        room = header.fontMetrics().horizontalAdvance(code)
        assert table.columnWidth(column) >= room, f"{code} is cut"
    assert table.columnWidth(0) >= table.fontMetrics().horizontalAdvance("100")


def review_wraps(page: ReviewPage) -> None:
    """The review detail shows a long question label whole, on several lines, beside its answer."""
    detail = page.detail
    rows = [
        AnswerRow("s2", "Legal basis", "", 0, False),
        AnswerRow("s2/s2_07a", LONG_QUESTION, "No basis, or prohibited", 1, True),
    ]
    detail.show_response("DMA – Social Security", rows, {})
    QApplication.processEvents()
    answers = detail.answers
    assert answers.isColumnHidden(2), "no earlier comments: no empty column"
    fits(answers, 3)
    item = answers.topLevelItem(0).child(0)
    index = answers.indexFromItem(item, 0)
    assert lines(answers, index) >= 2, "the long label wraps"
    room = answers.visualRect(index).width()
    assert room >= answers.fontMetrics().horizontalAdvance("M") * 12, "labels get room to read"
    detail.show_response("DMA – Social Security", rows, {"s2/s2_07a": "Which law?"})
    QApplication.processEvents()
    assert not answers.isColumnHidden(2), "earlier comments get their column"
    fits(answers, 3)


@pytest.fixture(scope="module")
def demo_coordinator(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    root = tmp_path_factory.mktemp("demo") / "demo"
    folders = ensure_demo(root)
    workspace = Workspace.open(folders.coordinator, passphrase=DEMO_PASSPHRASE)
    yield workspace
    workspace.close()


def test_the_demo_scores_fit_a_1024x700_window(
    qtbot: QtBot, demo_coordinator: Workspace, tmp_path: Path
) -> None:
    """Issue 13: institution names stay readable beside the figures and the failed gates,
    and nothing scrolls sideways."""
    ctx = AppContext(demo_coordinator, Runner())
    ctx.settings["preferences"] = Preferences(tmp_path / "settings.ini")
    area = WorkspaceArea(ctx)
    qtbot.addWidget(area)
    area.resize(*SCREEN)
    area.show()
    qtbot.waitExposed(area)
    area.show_page(ScoresPage)
    page = area.current_page()
    assert isinstance(page, ScoresPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 2, timeout=30_000)
    settle(qtbot, area)
    table = page.table
    fits(table, page.model.columnCount())
    metrics = table.fontMetrics()
    institution = table.columnWidth(INSTITUTION_COLUMN)
    assert institution >= metrics.horizontalAdvance("National Ins"), "a dozen letters of a name"
    assert table.columnWidth(COUNTRY_COLUMN) >= metrics.horizontalAdvance("Guyana")
    for column in range(page.model.columnCount()):
        if column not in (INSTITUTION_COLUMN, COUNTRY_COLUMN, GATES_COLUMN):
            assert table.columnWidth(column) >= table.sizeHintForColumn(column), column
    gates = [page.model.cell(r, GATES_COLUMN) for r in range(page.model.rowCount())]
    longest = max(gates, key=lambda cell: len(cell.text))
    assert len(longest.text) > 20, "the demo has institutions with several failed gates"
    assert longest.hover() == longest.text, "the whole list is a hover away"
    for row in page.data.rows:  # the drill-down's title names the institution in full
        page.select_institution(row.code)
        QApplication.processEvents()
        assert page.items.row_count() > 0
        assert area.width() <= SCREEN[0], f"{row.name} widens the window to {area.width()}"
        assert area.minimumSizeHint().width() <= SCREEN[0], row.name
        title = page.detail_title.minimumSizeHint().width()
        assert title < SCREEN[0] // 2, f"the title wraps instead of needing {title} px"
    area.show_page(PackagesPage)
    packages = area.current_page()
    assert isinstance(packages, PackagesPage)
    # A device in the last package: its long name and fingerprint must not push the table wide.
    packages.add_assignment(
        demo_coordinator.contacts.list()[0].card["fingerprint"],
        "caricom-institutional-survey",
        "BRB_NISSS",
    )
    packages.build(tmp_path / "study.sppackage")
    settle(qtbot, area)
    assert packages.devices.row_count() == 1
    for page_type in (PackagesPage, IdentityPage, ImportsPage):
        area.show_page(page_type)
        settle(qtbot, area)
        for view in area.current_page().findChildren(QTableView):
            if view.isVisible():
                fits(view, view.model().columnCount())
