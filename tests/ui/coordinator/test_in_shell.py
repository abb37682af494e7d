"""The coordinator's pages in the app's sidebar: registered, per role, and switched to."""

from __future__ import annotations

from pathlib import Path

from coordinator_kit import Kit
from pytestqt.qtbot import QtBot

from sp_collect.ui.context import AppContext
from sp_collect.ui.coordinator.imports_page import ImportsPage
from sp_collect.ui.main_window import WorkspaceArea
from sp_collect.ui.settings import Preferences
from sp_collect.ui.worker import Runner

COORDINATOR_PAGES = ["Imports", "Review", "Conflicts", "Dashboard", "Identity & contacts"]


def sidebar(qtbot: QtBot, ctx: AppContext) -> tuple[WorkspaceArea, list[str]]:
    area = WorkspaceArea(ctx)
    qtbot.addWidget(area)
    return area, [area.sidebar.item(r).text() for r in range(area.sidebar.count())]


def test_a_coordinator_sees_its_pages_and_a_field_device_only_identity(
    qtbot: QtBot, kit: Kit, tmp_path: Path
) -> None:
    area, titles = sidebar(qtbot, kit.context(tmp_path))
    assert [t for t in titles if t in COORDINATOR_PAGES] == COORDINATOR_PAGES
    area.show_page(ImportsPage)
    assert isinstance(area.current_page(), ImportsPage)

    field = AppContext(kit.field, Runner())
    field.settings["preferences"] = Preferences(tmp_path / "field.ini")
    _area, titles = sidebar(qtbot, field)
    assert [t for t in titles if t in COORDINATOR_PAGES] == ["Identity & contacts"]
