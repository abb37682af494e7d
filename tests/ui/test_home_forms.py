"""Forms → Import in the app: a form file or an XLSForm goes in from Home, with its report."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from sp_collect.ui.app import Shell
from sp_collect.ui.form_card import FormCard
from sp_collect.ui.home import HomePage
from sp_collect.ui.when import local_time_text
from sp_collect.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "home forms passphrase"


def open_home(qtbot: QtBot, folder: Path, role: str) -> tuple[Shell, HomePage]:
    """A new workspace of ``role``, unlocked in the app, on its Home page."""
    workspace, _ = Workspace.create(folder, PASSPHRASE, name="Study Team", role=role)
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
    return shell, page


@pytest.fixture
def home(qtbot: QtBot, tmp_path: Path):
    shell, page = open_home(qtbot, tmp_path / "ws", "coordinator")
    yield page
    shell.shutdown()


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def _card(page: HomePage) -> FormCard:
    card = page.forms.itemWidget(page.forms.item(0))
    assert isinstance(card, FormCard)
    return card


def _titles(page: HomePage) -> list[str]:
    return [
        page.forms.item(i).data(Qt.ItemDataRole.AccessibleTextRole)
        for i in range(page.forms.count())
    ]


def test_an_xlsform_is_converted_installed_and_reported(qtbot, monkeypatch, home) -> None:
    assert _titles(home) == []
    # A public form whose calculation is a sentence: the import drops it and says so.
    _choose(monkeypatch, ROOT / "tests" / "xlsform" / "corpus" / "public" / "pyxform_bad_calc.xlsx")
    home.xlsform_button.click()
    qtbot.waitUntil(lambda: home.last_import_message is not None, timeout=20000)
    message = home.last_import_message
    assert "installed" in message.text()
    assert "survey row" in message.detailedText()
    assert message.informativeText().startswith("WARNING: the form lost 1 question")
    assert len(_titles(home)) == 1


def test_a_form_file_is_installed(qtbot, monkeypatch, home) -> None:
    _choose(monkeypatch, ROOT / "forms" / "caricom-workshop-summary.json")
    home.add_button.click()
    qtbot.waitUntil(lambda: home.forms.count() == 1, timeout=20000)
    assert "workshop" in _titles(home)[0].lower()


def test_a_form_package_is_installed_after_the_fingerprint_is_confirmed(
    qtbot, monkeypatch, tmp_path
) -> None:
    coordinator, _ = Workspace.create(
        tmp_path / "c", "coordinator pass", name="Study", role="coordinator"
    )
    with coordinator:
        coordinator.packages.build(
            [ROOT / "forms" / "caricom-institutional-survey.json"], tmp_path / "study.sppackage"
        )
        fingerprint = coordinator.card.fingerprint
    shell, page = open_home(qtbot, tmp_path / "field", "field")
    _choose(monkeypatch, tmp_path / "study.sppackage")
    asked: list[str] = []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])

    def question(_parent, _title, text, *_a):
        asked.append(text)
        return next(answers)

    monkeypatch.setattr(QMessageBox, "question", question)
    page.package_button.click()
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=20000)
    assert fingerprint in asked[0]
    assert page.forms.count() == 0, "No installs nothing"
    page.package_button.click()
    qtbot.waitUntil(lambda: page.forms.count() == 1, timeout=20000)
    shell.shutdown()


def test_a_card_shows_each_drafts_progress_and_last_edit_in_the_ui_language(
    qtbot, monkeypatch, home
) -> None:
    _choose(monkeypatch, ROOT / "forms" / "caricom-workshop-summary.json")
    home.add_button.click()
    qtbot.waitUntil(lambda: home.forms.count() == 1, timeout=20000)
    workspace = home.ctx.workspace
    [form] = workspace.forms.summaries()
    editor = workspace.responses.start(form.form_id)
    first = next(p for p in editor.session.prompts() if p.type == "text" and p.visible)
    editor.session.answer(first.path, "Port of Spain")
    editor.save()
    answered, total = editor.session.progress()
    assert 0 < answered < total
    assert not workspace.responses.drafts_progress_known(), "the changed draft is replayed"
    home.refresh()  # the card shows at once, the draft's progress when the worker replayed it
    percent = 100 * answered // total
    counted = f"{answered} of {total} questions answered ({percent}%)"
    qtbot.waitUntil(lambda: counted in _card(home).drafts.text(), timeout=20_000)
    line = _card(home).drafts.text()
    assert workspace.responses.drafts_progress_known()
    stamp = workspace.responses.get(editor.uuid).updated_at
    shown = local_time_text(stamp, "fr")
    assert shown[2] == "/" and shown[5] == "/", "French writes the day first: 01/12/2026 14:05"
    assert local_time_text(stamp, "en") in line
    description = home.forms.item(0).data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert line in description, "a screen reader hears the progress too"
    editor.session.answer(first.path, "")
    editor.save()
    home.refresh()
    qtbot.waitUntil(  # a changed draft is counted again
        lambda: f"{answered - 1} of " in _card(home).drafts.text(), timeout=20_000
    )
