"""A field officer's whole loop through the app's widgets, with the coordinator's side scripted.

Start Form A from Home, answer by keyboard (a skip, a constraint error and its fix, a repeat with
an attachment, a language switch), review, finalize, export a bundle from the Outbox; the
coordinator returns it with a comment; import the return in the Inbox, see the comment on its
question, correct it and send revision 2.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from form_driving import press, question, shown_texts, type_in
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QInputDialog,
    QMessageBox,
)
from pytestqt.qtbot import QtBot

from sp_collect.ui.app import Shell
from sp_collect.ui.form_host import FormHost
from sp_collect.ui.main_window import WorkspaceArea
from sp_collect.ui.outbox import InboxPage, OutboxPage
from sp_collect.ui.unlock import UnlockScreen
from sp_collect.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
FORM_A = ROOT / "forms" / "caricom-institutional-survey.json"
ANSWERS = json.loads((ROOT / "tests" / "fixtures" / "institutional_complete.json").read_text())
FORM_ID = "caricom-institutional-survey"
PASSPHRASE = "journey passphrase"
TYPED = {"s0_02", "s0_03", "s1_11", "s1_12"}


@pytest.fixture
def coordinator(tmp_path: Path) -> Any:
    workspace, _ = Workspace.create(
        tmp_path / "coord", PASSPHRASE, name="Study Team", role="coordinator"
    )
    workspace.forms.add(FORM_A)
    workspace.packages.build([FORM_A], tmp_path / "study.sppackage")
    yield workspace
    workspace.close()


@pytest.fixture
def field_shell(qtbot: QtBot, tmp_path: Path, coordinator: Any) -> Shell:
    field, _ = Workspace.create(tmp_path / "field", PASSPHRASE, name="Dominica NIS", role="field")
    field.packages.install(tmp_path / "study.sppackage")
    field.close()
    shell = Shell(tmp_path / "field")
    qtbot.addWidget(shell.window)
    shell.start()
    with qtbot.waitActive(shell.window):
        shell.window.activateWindow()
    screen = shell.window.screens.currentWidget()
    assert isinstance(screen, UnlockScreen)
    with qtbot.waitSignal(screen.sig_unlocked):
        qtbot.keyClicks(screen.secret, PASSPHRASE)
        qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    yield shell
    shell.shutdown()


def area_of(shell: Shell) -> WorkspaceArea:
    assert shell.window.area is not None
    return shell.window.area


def saved_value(workspace: Workspace, uuid: str, path: str) -> Any:
    """What the store holds for a question (autosave writes off the UI thread)."""
    return workspace.responses.open(uuid).session.value(path)


def open_host(qtbot: QtBot, area: WorkspaceArea) -> FormHost:
    qtbot.waitUntil(lambda: area.host is not None)
    assert area.host is not None
    return area.host


def go_to(qtbot: QtBot, area: WorkspaceArea, page_type: type) -> Any:
    row = next(i for i, page in enumerate(area.pages) if type(page) is page_type)
    area.sidebar.setFocus()
    area.sidebar.setCurrentRow(row)
    assert isinstance(area.current_page(), page_type)
    return area.current_page()


def finalize(qtbot: QtBot, host: FormHost, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    host.view.show_review()
    assert host.view.review.issue_links() == []
    with qtbot.waitSignal(host.sig_closed):
        qtbot.mouseClick(host.view.review.finalize_button, Qt.MouseButton.LeftButton)


def export_from_outbox(
    qtbot: QtBot, area: WorkspaceArea, path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    outbox = go_to(qtbot, area, OutboxPage)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(path), ""))
    assert outbox.export_button.isEnabled()
    qtbot.mouseClick(outbox.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: outbox.last_report is not None and outbox.last_report.path == path)


def test_fill_finalize_send_correct_and_resend(
    qtbot: QtBot,
    tmp_path: Path,
    coordinator: Any,
    field_shell: Shell,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    area = area_of(field_shell)
    workspace = area.ctx.workspace
    home = area.current_page()
    assert home is not None and home.forms.count() == 1
    qtbot.keyClick(field_shell.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    host = open_host(qtbot, area)
    view = host.view
    uuid = host.editor.uuid

    # A skip: refusing consent ends the questionnaire with a thank-you note; agreeing goes on.
    press(qtbot, view, "s0_02", "No (the questionnaire ends here)")
    assert question(view, "s0_04").isVisible()
    press(qtbot, view, "s0_02", "Yes")
    assert not question(view, "s0_04").isVisible()
    press(qtbot, view, "s0_03", "English")
    qtbot.waitUntil(lambda: saved_value(workspace, uuid, "s0_02") == "yes")  # autosaved

    # A constraint error and its fix: ICT staff cannot exceed total staff.
    view.show_section("s1")
    type_in(qtbot, view, "s1_11", "148")
    type_in(qtbot, view, "s1_12", "500")
    assert any("148" in t or "staff" in t.lower() for t in shown_texts(question(view, "s1_12")))
    assert view.page.widgets["s1_12"].prompt.error
    type_in(qtbot, view, "s1_12", "9")
    assert not view.page.widgets["s1_12"].prompt.error

    # A repeat: one supporting document, attached from a file and described.
    document = tmp_path / "regulations.pdf"
    document.write_bytes(b"%PDF-1.4 regulations")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(document), ""))
    view.show_section("s10")
    add = next(b for b in view.page.findChildren(QAbstractButton) if b.text() == "Add")
    add.setFocus()
    qtbot.keyClick(add, Qt.Key.Key_Space)
    qtbot.keyClick(question(view, "s10_09[0].s10_09_file").focus_target(), Qt.Key.Key_Space)
    type_in(qtbot, view, "s10_09[0].s10_09_desc", "Social Security Act 1997")
    host.autosaver.flush()
    assert saved_value(workspace, uuid, "s10_09[0].s10_09_desc") == "Social Security Act 1997"
    stored = saved_value(workspace, uuid, "s10_09[0].s10_09_file")
    assert stored["name"] == "regulations.pdf" and len(stored["sha256"]) == 64

    # The review lists what is missing, as links.
    qtbot.mouseClick(view.toolbar.review_button, Qt.MouseButton.LeftButton)
    assert view.review.issue_links(), "most required answers are still missing"
    assert not view.review.finalize_button.isEnabled()

    # The other ~100 answers come from the study's complete fixture (typing each is the form
    # view's own tests' job); then the language switch keeps every answer.
    rest = {key: value for key, value in ANSWERS.items() if key not in TYPED}
    assert host.editor.session.load_answers(rest) == []
    host.autosave()
    view.show_section("s1")
    view.toolbar.language.setFocus()
    qtbot.keyClick(view.toolbar.language, Qt.Key.Key_Down)
    assert host.editor.session.language == "fr"
    assert view.toolbar.title.text().startswith("Enquête")
    assert question(view, "s1_12").value() == 9

    finalize(qtbot, host, monkeypatch)
    assert area.host is None
    assert field_shell.window.isAncestorOf(QApplication.focusWidget()), "keyboard can go on"
    assert "Outbox" in field_shell.window.message.text()
    assert workspace.responses.get(uuid).status == "finalized"

    bundle = tmp_path / "first.spbundle"
    export_from_outbox(qtbot, area, bundle, monkeypatch)
    assert workspace.responses.get(uuid).status == "exported"
    assert "Sent, not confirmed yet" in [
        area.current_page().table.model.item(r, 2).text()
        for r in range(area.current_page().table.model.rowCount())
    ]

    # The coordinator's side, scripted: trust, import, return with a comment.
    coordinator.sync.import_bundles([bundle])
    coordinator.contacts.trust(workspace.card)
    coordinator.reviews.decide(uuid, "returned", {"s1_08": "Please give the 2025 figure"})
    back = tmp_path / "back.spreturn"
    coordinator.sync.export_return("Dominica NIS", back)

    inbox = go_to(qtbot, area, InboxPage)
    assert inbox.table.uuids() == []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(back), ""))
    qtbot.mouseClick(inbox.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: inbox.table.uuids() == [uuid])
    assert "Please give the 2025 figure" in inbox.table.model.item(0, 5).text()

    inbox.table.view.setFocus()
    qtbot.keyClick(inbox.table.view, Qt.Key.Key_Return)
    host = open_host(qtbot, area)
    view = host.view
    view.show_section("s1")
    assert any("Please give the 2025 figure" in t for t in shown_texts(question(view, "s1_08")))
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *_a, **_k: ("coordinator asked for 2025", True)
    )
    type_in(qtbot, view, "s1_08", "41234")
    # The reason is asked on leaving the question or reviewing, not while typing.
    view.show_review()
    qtbot.waitUntil(lambda: saved_value(workspace, uuid, "s1_08") == 41234)
    finalize(qtbot, host, monkeypatch)

    export_from_outbox(qtbot, area, tmp_path / "second.spbundle", monkeypatch)
    coordinator.sync.import_bundles([tmp_path / "second.spbundle"])
    row = coordinator.responses.get(uuid)
    assert (row.revision, row.answers["s1_08"]) == (2, 41234)


def test_a_finalized_response_opens_read_only_and_reopens_with_a_reason(
    qtbot: QtBot, field_shell: Shell, monkeypatch: pytest.MonkeyPatch
) -> None:
    area = area_of(field_shell)
    workspace = area.ctx.workspace
    saved = workspace.responses.add(FORM_ID, ANSWERS, finalize=True)
    outbox = go_to(qtbot, area, OutboxPage)
    assert outbox.table.uuids() == [saved.uuid]
    qtbot.mouseClick(outbox.open_button, Qt.MouseButton.LeftButton)
    host = open_host(qtbot, area)
    assert not host.view.page.isEnabled()
    assert "read-only" in host.banner.text()

    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("", False))
    qtbot.mouseClick(host.reopen_button, Qt.MouseButton.LeftButton)
    assert host.editor.status == "finalized", "cancelled: nothing changes"

    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("wrong staff count", True))
    qtbot.mouseClick(host.reopen_button, Qt.MouseButton.LeftButton)
    assert host.editor.status == "draft" and host.view.page.isEnabled()
    assert not host.reopen_button.isVisible()
    host.view.show_section("s1")
    type_in(qtbot, host.view, "s1_11", "150")
    qtbot.waitUntil(lambda: saved_value(workspace, saved.uuid, "s1_11") == 150)
    reopened = [e for e in workspace.store.events.list(subject=saved.uuid)]
    assert reopened[0].kind == "response_reopened"
    assert reopened[0].details == {"reason": "wrong staff count"}
    qtbot.mouseClick(host.back_button, Qt.MouseButton.LeftButton)
    assert area.host is None


def test_autosaves_queue_at_most_one_behind_and_keep_the_last_answer(
    qtbot: QtBot, field_shell: Shell, monkeypatch: pytest.MonkeyPatch
) -> None:
    area = area_of(field_shell)
    workspace = area.ctx.workspace
    area.show_editor(workspace.responses.start(FORM_ID))
    host = open_host(qtbot, area)
    writes: list[str] = []
    real_save = workspace.store.responses.save

    def counted(uuid: str, **kwargs: Any) -> None:
        writes.append(uuid)
        real_save(uuid, **kwargs)

    monkeypatch.setattr(workspace.store.responses, "save", counted)
    host.view.show_section("s1")
    for staff in ("1", "12", "123", "1234"):
        type_in(qtbot, host.view, "s1_11", staff)
    host.autosaver.flush()
    assert saved_value(workspace, host.editor.uuid, "s1_11") == 1234
    keystrokes = 1 + 2 + 3 + 4  # each accepted as an answer
    assert 1 <= len(writes) <= keystrokes, "writes coalesce while one is under way"
