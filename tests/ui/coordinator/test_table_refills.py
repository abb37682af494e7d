"""Tables refilled again and again (other sizes, header tips, language switches, garbage
collection) show exactly their last content; a window left behind after its workspace closed
takes a language switch without reading the closed store. CI crashed in the middle of such
refills while ``QTableWidgetItem``s and ``QStandardItem`` headers had Python wrappers of items
Qt had deleted."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from coordinator_kit import PASSPHRASE, Kit, merged
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sp_collect.ui.context import AppContext
from sp_collect.ui.coordinator.conflicts_page import ConflictsPage
from sp_collect.ui.coordinator.dashboard_page import DashboardPage
from sp_collect.ui.coordinator.identity_page import IdentityPage
from sp_collect.ui.coordinator.imports_page import ImportsPage
from sp_collect.ui.coordinator.packages_page import PackagesPage
from sp_collect.ui.coordinator.review_page import ReviewPage
from sp_collect.ui.coordinator.scores_page import ScoresPage
from sp_collect.ui.coordinator.text_table import Cell, TextTableModel, read_only_table
from sp_collect.ui.i18n import Translations
from sp_collect.ui.main_window import MainWindow, WorkspaceArea
from sp_collect.ui.settings import Preferences
from sp_collect.ui.worker import Runner
from sp_collect.workspace import Workspace

HORIZONTAL = Qt.Orientation.Horizontal
TIP = Qt.ItemDataRole.ToolTipRole


def settle(qtbot: QtBot, ctx: AppContext) -> None:
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=30_000)
    for _ in range(3):
        QApplication.processEvents()


@pytest.fixture
def translations() -> Iterator[Translations]:
    switch = Translations(QCoreApplication.instance())
    yield switch
    switch.apply("en")  # the next tests read English


def test_a_table_refilled_many_times_shows_only_its_last_content(qtbot: QtBot) -> None:
    table = read_only_table("Numbers")
    qtbot.addWidget(table)
    table.resize(500, 300)
    table.show()
    assert isinstance(table.model(), TextTableModel)
    for n in range(80):
        columns, rows = 1 + n % 6, (n * 7) % 23
        headers = [Cell(f"H{c}", f"what H{c} means ({n})") for c in range(columns)]
        content = [
            [f"{n}:{r}:{c} " + "word " * (n % 25) for c in range(columns)] for r in range(rows)
        ]
        table.fill(headers, content)
        if n % 4 == 0:
            QApplication.sendEvent(table, QEvent(QEvent.Type.LanguageChange))
        gc.collect()
        QApplication.processEvents()
        model = table.model()
        assert (model.rowCount(), model.columnCount()) == (rows, columns)
        assert model.headerData(columns - 1, HORIZONTAL) == f"H{columns - 1}"
        assert model.headerData(columns - 1, HORIZONTAL, TIP) == f"what H{columns - 1} means ({n})"
        assert model.headerData(columns, HORIZONTAL) is None
        if rows:
            last = model.index(rows - 1, columns - 1)
            assert last.data() == content[-1][-1] == table.text(rows - 1, columns - 1)
            long_text = len(content[-1][-1]) > 80
            assert last.data(TIP).startswith("<p>") == long_text, "long tips wrap"
        assert table.text(rows, 0) == "", "past the last row: nothing"


def test_the_coordinator_tables_survive_refills_and_language_switches(
    qtbot: QtBot, kit: Kit, tmp_path: Path, translations: Translations
) -> None:
    merged(kit)  # a scored institution, a contact, a device
    ctx = AppContext(kit.coord, Runner())
    ctx.settings["preferences"] = Preferences(tmp_path / "settings.ini")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show_screen(WorkspaceArea(ctx))
    window.resize(1024, 700)
    window.show()
    area = window.area
    assert area is not None
    for language in ("fr", "es", "nl", "en", "fr", "en"):
        assert translations.apply(language)
        QApplication.processEvents()  # Qt delivers LanguageChange: every page retranslates
        for page_type in (ScoresPage, IdentityPage, ImportsPage, PackagesPage, DashboardPage):
            area.show_page(page_type)
            settle(qtbot, ctx)
            gc.collect()
        scores = next(p for p in area.pages if isinstance(p, ScoresPage))
        area.show_page(ScoresPage)
        settle(qtbot, ctx)
        qtbot.waitUntil(lambda s=scores: s.model.rowCount() > 0, timeout=30_000)
        for which in (1, 0, 1):
            scores.which.setCurrentIndex(which)  # the institutions and their items refill
            scores.select_institution(scores.data.rows[0].code)
            gc.collect()
            QApplication.processEvents()
            assert scores.items.row_count() == len(scores.data.rows[0].items) > 10
        validated = scores.model.header(scores.model.columnCount() - 1)
        assert validated.tip == scores.header_tips()[scores.model.columnCount() - 1]
        identity = next(p for p in area.pages if isinstance(p, IdentityPage))
        area.show_page(IdentityPage)
        settle(qtbot, ctx)
        assert identity.contacts.header_text(0) == QCoreApplication.translate(
            "IdentityPage", "Name"
        )
        assert identity.contacts.row_count() == len(kit.coord.contacts.list()) > 0


def test_a_language_switch_after_the_workspace_closed_leaves_the_store_alone(
    qtbot: QtBot, tmp_path: Path
) -> None:
    workspace, _ = Workspace.create(tmp_path / "w", PASSPHRASE, name="Study", role="coordinator")
    ctx = AppContext(workspace, Runner())
    ctx.settings["preferences"] = Preferences(tmp_path / "settings.ini")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show_screen(WorkspaceArea(ctx))
    window.show()
    area = window.area
    assert area is not None
    for page_type in (IdentityPage, ConflictsPage, ReviewPage, ImportsPage, PackagesPage):
        area.show_page(page_type)
        settle(qtbot, ctx)
    window.close()  # as a finished test leaves a window: hidden, not yet deleted
    workspace.close()
    # A page that read the closed store here would raise inside changeEvent: pytest-qt
    # fails the test on it.
    QApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))
    QApplication.processEvents()
    identity = next(p for p in area.pages if isinstance(p, IdentityPage))
    assert identity.contacts.header_text(0) == "Name", "what it showed stays"
