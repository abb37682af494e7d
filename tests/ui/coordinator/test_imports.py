"""The Imports page driven through its widgets: quarantine, trust, results, duplicates, drops."""

from __future__ import annotations

from pathlib import Path

import pytest
from coordinator_kit import PASSPHRASE, SURVEY, Kit, shown_page, survey_answers, wait_idle
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sp_collect.sync.results import ImportReport, ResponseNote
from sp_collect.ui.coordinator.imports_page import ImportsPage
from sp_collect.workspace import Workspace

FILE, SENDER, RESULT, NEW, DETAILS = 0, 1, 3, 4, 10


def column(page: ImportsPage, index: int) -> list[str]:
    table = page.results
    return [table.text(row, index) for row in range(table.row_count())]


def drop(page: ImportsPage, paths: list[Path]) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dropEvent(event)
    return event


def test_unknown_sender_is_held_until_trusted_then_merged(
    qtbot: QtBot, kit: Kit, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = kit.context(tmp_path)
    page = ImportsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert not page.quarantine.isVisible()

    drop(page, [kit.bundle, tmp_path / "notes.txt"])  # only bundles are taken
    wait_idle(qtbot, ctx)
    assert column(page, RESULT) == ["Held: unknown sender"]
    assert kit.field.card.fingerprint in column(page, DETAILS)[0]
    one_line = page.results.fontMetrics().height() * 2
    assert page.results.rowHeight(0) < one_line, "the held row keeps one line's height"
    details = page.results.tip(0, DETAILS)
    assert details.startswith("<p>") and kit.field.card.fingerprint in details
    assert page.quarantine.isVisible()
    assert page.quarantine.senders.count() == 1
    assert page.quarantine.fingerprint.text().split() == kit.field.card.fingerprint.split()
    assert kit.coord.responses.list(status="received") == []

    asked: list[str] = []

    def answer_no(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    qtbot.mouseClick(page.quarantine.trust_button, Qt.MouseButton.LeftButton)
    assert kit.field.card.fingerprint in asked[0]
    assert not ctx.runner.busy  # a "no" changes nothing

    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.sig_status, timeout=20_000) as status:
        qtbot.mouseClick(page.quarantine.trust_button, Qt.MouseButton.LeftButton)
    assert "1 file(s): 1 response(s) new or updated" in status.args[0]
    wait_idle(qtbot, ctx)
    assert column(page, RESULT) == ["Merged"]
    assert column(page, NEW) == ["1"]
    # The file as the coordinator received it, not the copy kept in quarantine.
    assert column(page, FILE) == [kit.bundle.name]
    assert column(page, SENDER) == [kit.field.info.name]
    assert column(page, DETAILS)[0].startswith("held since ")
    assert [r.uuid for r in kit.coord.responses.list(status="received")] == [kit.uuid]
    assert not page.quarantine.isVisible()

    page.import_files([kit.bundle])
    wait_idle(qtbot, ctx)
    assert column(page, RESULT) == ["Already imported"]
    assert "0 response(s) new or updated" in page.last_summary.text()


def test_a_refused_file_is_listed_with_its_reason(qtbot: QtBot, kit: Kit, tmp_path: Path) -> None:
    ctx = kit.context(tmp_path)
    page = ImportsPage(ctx)
    qtbot.addWidget(page)
    broken = tmp_path / "broken.spbundle"
    broken.write_bytes(b"not an age file")
    page.import_files([broken])
    wait_idle(qtbot, ctx)
    assert column(page, 0) == ["broken.spbundle"]
    assert column(page, RESULT) == ["Refused"]
    assert column(page, DETAILS)[0].startswith("broken.spbundle:")


def test_a_revoked_sender_is_rejected_from_then_on(
    qtbot: QtBot, kit: Kit, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stranger, _ = Workspace.create(tmp_path / "ws", PASSPHRASE, name="Unknown", role="field")
    with stranger:
        stranger.packages.install(kit.folder / "study.sppackage")
        stranger.responses.add(SURVEY, survey_answers(), finalize=True)
        stranger.sync.export_bundle(tmp_path / "stranger.spbundle")
    page = shown_page(qtbot, kit, tmp_path, ImportsPage)
    page.import_files([tmp_path / "stranger.spbundle"])
    wait_idle(qtbot, page.ctx)
    assert page.quarantine.isVisible()
    page.quarantine.senders.setCurrentRow(
        next(
            row
            for row in range(page.quarantine.senders.count())
            if page.quarantine.senders.item(row).text().startswith("Unknown")
        )
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.quarantine.revoke_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page.ctx)
    page.refresh()
    assert [c.status for c in kit.coord.contacts.list() if c.name == "Unknown"] == ["revoked"]
    assert not any(
        page.quarantine.senders.item(r).text().startswith("Unknown")
        for r in range(page.quarantine.senders.count())
    )
    page.import_files([tmp_path / "stranger.spbundle"])
    wait_idle(qtbot, page.ctx)
    assert column(page, RESULT) == ["Rejected"]


def test_failed_constraints_are_counted_in_the_results_and_the_summary(
    qtbot: QtBot, kit: Kit, tmp_path: Path
) -> None:
    page = shown_page(qtbot, kit, tmp_path, ImportsPage)
    note = ResponseNote(
        "0123456789ab", "constraint", "merged with failed constraints: question staff: too few"
    )
    report = ImportReport(
        path=tmp_path / "field.spbundle",
        bundle_id="b",
        sender_name="Dominica NIS",
        sender_fingerprint="AB CD",
        sequence=1,
        status="merged",
        verified=True,
        message="merged with 2 constraint problems (review lists them)",
        new=1,
        constraint_problems=2,
        notes=(note,),
    )
    page.show_released([report])
    details = column(page, DETAILS)[0]
    assert "2 failed constraint(s) in the responses merged: Review lists them" in details
    assert "01234567: merged with failed constraints: question staff: too few" in details
    assert "2 failed constraint" in page.last_summary.text()  # (plural form once translated)
