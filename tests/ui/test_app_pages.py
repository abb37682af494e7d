"""The shell's pages on the demo workspaces: every input named for screen readers, lists that
search and sort, and 'sp-collect gui' loading no Qt until it runs."""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from sp_collect.cli.commands import gui_cmd
from sp_collect.ui.app import Shell
from sp_collect.ui.main_window import WorkspaceArea
from sp_collect.ui.responses_page import DraftsPage
from sp_collect.ui.unlock import FirstRunWizard
from sp_collect.workspace import Workspace
from sp_collect.workspace.demo_workspace import DEMO_PASSPHRASE, ensure_demo

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QCheckBox)


@pytest.fixture(scope="module")
def demo_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("demo") / "demo"
    ensure_demo(root)
    return root


@pytest.fixture(params=["field", "coordinator"])
def area(request: pytest.FixtureRequest, qtbot: QtBot, demo_root: Path) -> Iterator[WorkspaceArea]:
    shell = Shell(demo_root / request.param, demo_root=demo_root)
    qtbot.addWidget(shell.window)
    shell.show_unlock()
    shell.window.show()
    shell.unlocked(Workspace.open(demo_root / request.param, passphrase=DEMO_PASSPHRASE))
    assert shell.window.area is not None
    yield shell.window.area
    shell.shutdown()


def unnamed_inputs(root: QWidget) -> list[str]:
    """Inputs a screen reader would announce without a name (their label is not a buddy)."""
    return [
        f"{type(w).__name__} in {type(w.parentWidget()).__name__}"
        for w in root.findChildren(QWidget)
        if isinstance(w, INPUTS)
        and not isinstance(w, QHeaderView)  # part of its table, which is named
        and not isinstance(w.parentWidget(), INPUTS)  # a spin box's own line edit
        and w.isVisibleTo(root)
        and not w.accessibleName()
        and not (isinstance(w, QCheckBox) and w.text())
    ]


def test_every_input_of_every_own_page_has_an_accessible_name(area: WorkspaceArea) -> None:
    own = [p for p in area.pages if not type(p).__module__.startswith("sp_collect.ui.coordinator")]
    assert own, "the shell's pages are in the sidebar"
    for row, page in enumerate(area.pages):
        area.sidebar.setCurrentRow(row)
        QApplication.processEvents()
        if page in own:
            assert unnamed_inputs(page) == [], type(page).__name__
    assert area.sidebar.accessibleName()


def test_the_wizard_and_unlock_screen_name_their_inputs(qtbot: QtBot, tmp_path: Path) -> None:
    wizard = FirstRunWizard(tmp_path / "new")
    qtbot.addWidget(wizard)
    wizard.show()
    for page in (wizard.about, wizard.passphrase):
        assert unnamed_inputs(page) == []


def test_the_demo_has_something_on_every_list(area: WorkspaceArea) -> None:
    drafts = next(p for p in area.pages if isinstance(p, DraftsPage))
    area.show_page(DraftsPage)
    assert len(drafts.table.uuids()) >= 3
    role = area.ctx.workspace.info.role
    counts = {s.status for s in area.ctx.workspace.responses.list()}
    if role == "field":
        assert {"draft", "finalized", "received", "approved"} <= counts
    else:
        assert {"received", "approved", "returned", "draft"} <= counts


def test_a_list_searches_and_sorts(qtbot: QtBot, area: WorkspaceArea) -> None:
    area.show_page(DraftsPage)
    table = area.current_page().table
    names = {
        uuid: table.model.item(row, 0).text()
        for row in range(table.model.rowCount())
        for uuid in [table.model.item(row, 0).data(Qt.ItemDataRole.UserRole + 1)]
    }
    table.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    shown = [names[uuid] for uuid in table.uuids()]
    assert shown == sorted(shown, key=str.lower)
    table.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert [names[uuid] for uuid in table.uuids()] == list(reversed(shown))

    wanted = shown[0]
    qtbot.keyClicks(table.search, wanted)
    assert table.uuids() and all(wanted.lower() in names[u].lower() for u in table.uuids())
    table.search.clear()
    qtbot.keyClicks(table.search, "no response is called this")
    assert table.uuids() == []


def test_the_gui_command_loads_no_qt_until_it_runs() -> None:
    code = (
        "import sys; from sp_collect.cli.main import build_parser; build_parser(); "
        "print('PySide6' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_gui_command_runs_the_smoke_test_on_a_workspace(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Workspace.create(tmp_path / "ws", "smoke passphrase", name="S", role="field")[0].close()
    parser = argparse.ArgumentParser()
    gui_cmd.register(parser.add_subparsers())
    args = parser.parse_args(["gui", "--workspace", str(tmp_path / "ws"), "--smoke-test"])
    monkeypatch.setenv("SP_COLLECT_PASSPHRASE", "smoke passphrase")
    assert args.func(args) == 0
    monkeypatch.setenv("SP_COLLECT_PASSPHRASE", "wrong passphrase")
    assert args.func(args) == 1
    for widget in QApplication.topLevelWidgets():
        widget.close()


def test_the_demo_is_made_once_and_a_half_made_one_is_made_again(demo_root: Path) -> None:
    keyfile = next((demo_root / "coordinator").glob("keyfile*"))
    made = keyfile.stat().st_mtime_ns
    assert ensure_demo(demo_root).coordinator == demo_root / "coordinator"
    assert keyfile.stat().st_mtime_ns == made, "an existing demo is opened, not rebuilt"
    assert sorted(p.name for p in demo_root.parent.iterdir()) == ["demo"], "no scratch left"

    half = demo_root.parent / "half" / "demo"
    (half / "coordinator").mkdir(parents=True)
    folders = ensure_demo(half)
    with Workspace.open(folders.field, passphrase=DEMO_PASSPHRASE) as field:
        assert field.packages.installed() is not None
