"""Interview notes typed in the app are saved with the response and come back when it reopens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from sp_collect.resources import forms_dir
from sp_collect.ui.context import AppContext
from sp_collect.ui.form_host import FormHost
from sp_collect.ui.worker import Runner
from sp_collect.workspace import Workspace

PASSPHRASE = "notes test passphrase"


def test_interview_notes_are_saved_and_restored(qtbot: QtBot, tmp_path: Path) -> None:
    workspace, _ = Workspace.create(tmp_path / "ws", PASSPHRASE, name="Interviewer", role="field")
    workspace.forms.add(forms_dir() / "caricom-beneficiary-interview.json")
    runner = Runner()
    ctx = AppContext(workspace, runner)
    editor = workspace.responses.start("caricom-beneficiary-interview")
    host = FormHost(ctx, editor)
    qtbot.addWidget(host)
    assert host.view.notes is not None, "Form C is an interview: it has a notes box"
    qtbot.keyClicks(
        host.view.notes.findChild(QPlainTextEdit), "Spoke Kreyol; neighbour translated."
    )
    host.autosaver.flush()
    runner.wait()
    uuid = editor.uuid
    workspace.close()

    with Workspace.open(tmp_path / "ws", passphrase=PASSPHRASE) as reopened:
        again = FormHost(AppContext(reopened, Runner()), reopened.responses.open(uuid))
        qtbot.addWidget(again)
        assert again.view.notes is not None
        assert again.view.notes.text() == "Spoke Kreyol; neighbour translated."
