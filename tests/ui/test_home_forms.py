"""Forms → Import in the app: a form file or an XLSForm goes in from Home, with its report."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from sp_collect.ui.app import Shell
from sp_collect.ui.home import HomePage
from sp_collect.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "home forms passphrase"


@pytest.fixture
def home(qtbot: QtBot, tmp_path: Path):
    folder = tmp_path / "ws"
    workspace, _ = Workspace.create(folder, PASSPHRASE, name="Study Team", role="coordinator")
    workspace.close()
    shell = Shell(folder)
    qtbot.addWidget(shell.window)
    shell.show_unlock()
    shell.window.show()
    shell.unlocked(Workspace.open(folder, passphrase=PASSPHRASE))
    area = shell.window.area
    assert area is not None
    page = next(p for p in area.findChildren(HomePage))
    page.refresh()
    yield page
    shell.shutdown()


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def _titles(page: HomePage) -> list[str]:
    return [page.forms.item(i).text() for i in range(page.forms.count())]


def test_an_xlsform_is_converted_installed_and_reported(qtbot, monkeypatch, home) -> None:
    assert _titles(home) == []
    _choose(monkeypatch, ROOT / "tests" / "xlsform" / "corpus" / "unsupported.xlsx")
    home.xlsform_button.click()
    qtbot.waitUntil(lambda: home.last_import_message is not None, timeout=20000)
    message = home.last_import_message
    assert "installed" in message.text()
    assert "survey row" in message.detailedText()
    assert len(_titles(home)) == 1


def test_a_form_file_is_installed(qtbot, monkeypatch, home) -> None:
    _choose(monkeypatch, ROOT / "forms" / "caricom-workshop-summary.json")
    home.add_button.click()
    qtbot.waitUntil(lambda: home.forms.count() == 1, timeout=20000)
    assert "workshop" in _titles(home)[0].lower()
