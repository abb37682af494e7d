"""Small field details: a draft reopens where the user stopped, leaving a new form at once leaves
no empty draft, file dialogs open in the last folder used."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from sp_collect.resources import forms_dir
from sp_collect.ui.context import AppContext
from sp_collect.ui.form_host import FormHost
from sp_collect.ui.settings import Preferences
from sp_collect.ui.worker import Runner
from sp_collect.workspace import Workspace

PASSPHRASE = "details test passphrase"
FORM_A = "caricom-institutional-survey"


@pytest.fixture
def workspace(tmp_path: Path):
    ws, _ = Workspace.create(tmp_path / "ws", PASSPHRASE, name="Officer", role="field")
    ws.forms.add(forms_dir() / f"{FORM_A}.json")
    yield ws
    ws.close()


def test_a_new_response_is_stored_only_at_its_first_answer(qtbot: QtBot, workspace) -> None:
    runner = Runner()
    ctx = AppContext(workspace, runner)
    host = FormHost(ctx, workspace.responses.new(FORM_A))
    qtbot.addWidget(host)
    host.close_form("")
    runner.wait()
    assert workspace.responses.list(status="draft") == [], "opened and left: no empty draft"

    host = FormHost(ctx, workspace.responses.new(FORM_A))
    qtbot.addWidget(host)
    host.view.page.widgets["s0_02"].sig_value_changed.emit("yes")
    host.close_form("")
    runner.wait()
    assert [r.uuid for r in workspace.responses.list(status="draft")] == [host.editor.uuid]


def test_a_draft_reopens_at_the_question_where_the_user_stopped(qtbot: QtBot, workspace) -> None:
    runner = Runner()
    ctx = AppContext(workspace, runner)
    host = FormHost(ctx, workspace.responses.new(FORM_A))
    qtbot.addWidget(host)
    host.view.page.widgets["s0_02"].sig_value_changed.emit("yes")
    host.view.show_section("s1")
    host.view.page.widgets["s1_04_name"].sig_value_changed.emit("Maria Best")
    host.close_form("")
    runner.wait()

    again = FormHost(ctx, workspace.responses.open(host.editor.uuid))
    qtbot.addWidget(again)
    assert again.view.current_section() == "s1", "not the first section"


def test_file_dialogs_open_in_the_last_folder_used(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    prefs = Preferences(tmp_path / "prefs.ini")
    assert prefs.last_folder == prefs.export_folder
    stick = tmp_path / "usb"
    (stick / "forms").mkdir(parents=True)
    form = stick / "forms" / "new.json"
    form.write_bytes((forms_dir() / "caricom-workshop-summary.json").read_bytes())
    prefs.last_folder = stick
    assert Preferences(tmp_path / "prefs.ini").last_folder == stick, "kept across starts"

    from sp_collect.ui.home import HomePage

    seen: list[str] = []

    def pick(_parent, _title, folder, _filter):
        seen.append(folder)
        return (str(form), "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
    workspace, _ = Workspace.create(tmp_path / "ws2", PASSPHRASE, name="C", role="coordinator")
    with workspace:
        ctx = AppContext(workspace, Runner(), settings={"preferences": prefs})
        home = HomePage(ctx)
        qtbot.addWidget(home)
        home.add_form_file()
        ctx.runner.wait()
        QApplication.processEvents()
        assert seen == [str(stick)]
        assert prefs.last_folder == stick / "forms", "the next dialog opens where this one was"
        assert [f.form_id for f in workspace.forms.summaries()] == ["caricom-workshop-summary"]


def test_english_plurals_and_french_texts_come_from_the_catalogues(qtbot: QtBot) -> None:
    from PySide6.QtCore import QCoreApplication

    from sp_collect.ui.i18n import Translations

    translations = Translations(QCoreApplication.instance())
    try:
        assert translations.apply("en")
        say = QCoreApplication.translate
        assert say("SectionNav", "%n answer(s) need attention", "", 1) == "1 answer needs attention"
        assert say("SectionNav", "%n answer(s) need attention", "", 3) == "3 answers need attention"
        assert translations.apply("fr")
        more = say("FormCard", "%n more draft(s) on the Drafts page", "", 2)
        assert more == "2 autres brouillons dans la page Brouillons"
        assert say("MainWindow", "Lock (Ctrl+L)") == "Verrouiller (Ctrl+L)"
    finally:
        translations.apply("xx")  # back to the source language
        QCoreApplication.removeTranslator(translations._ours)
