"""The coordinator's pages fit a 1024×700 laptop: the window does not grow past the screen,
and the readiness heat-map of 30 institutions and every sub-dimension has no sideways scroll."""

from __future__ import annotations

from pathlib import Path

from coordinator_kit import Kit, merged
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from sp_collect.analysis.scoring_config import SUBDIMENSIONS
from sp_collect.ui.coordinator.dashboard_data import DashboardData, HeatMap
from sp_collect.ui.coordinator.dashboard_page import DashboardPage
from sp_collect.ui.coordinator.scores_page import ScoresPage
from sp_collect.ui.main_window import WorkspaceArea
from sp_collect.ui.pages import Page

SCREEN = (1024, 700)


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
    first = table.verticalHeaderItem(0)
    assert first.toolTip() == first.text(), "the full name is in the tooltip"
    assert table.horizontalHeaderItem(0).toolTip() == f"Sub-dimension {next(iter(SUBDIMENSIONS))}"
    header = table.horizontalHeader()
    for column, code in enumerate(SUBDIMENSIONS):
        room = header.fontMetrics().horizontalAdvance(code)
        assert table.columnWidth(column) >= room, f"{code} is cut"
    assert table.columnWidth(0) >= table.fontMetrics().horizontalAdvance("100")
