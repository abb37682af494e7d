"""The Reports page writes in a helper process: a valid PDF and DOCX, Cancel mid-way leaves no
file and no helper, and the helper's error reaches the page as one readable sentence."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import docx
import pytest
from coordinator_kit import Kit, merged, shown_page, wait_idle
from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sp_collect.ui.coordinator.reports_page import ReportsPage
from sp_collect.ui.settings import preferences


@pytest.fixture(scope="module")
def scored(kit: Kit) -> Kit:
    merged(kit)  # one scored institution for the regional report
    return kit


def _regional_page(qtbot: QtBot, kit: Kit, tmp_path: Path, fmt: str) -> ReportsPage:
    page = shown_page(qtbot, kit, tmp_path, ReportsPage)
    page.refresh()
    wait_idle(qtbot, page.ctx)
    page.kind.setCurrentIndex(page.kind.findData("regional"))
    page.format.setCurrentIndex(page.format.findData(fmt))
    return page


def test_the_page_writes_a_pdf_and_a_docx(qtbot: QtBot, scored: Kit, tmp_path: Path) -> None:
    page = _regional_page(qtbot, scored, tmp_path, "pdf")
    page.write(tmp_path / "regional.pdf")
    wait_idle(qtbot, page.ctx)
    assert page.written == tmp_path / "regional.pdf" and page.open_file.isEnabled()
    assert len(PdfReader(page.written).pages) > 1
    page.format.setCurrentIndex(page.format.findData("docx"))
    page.write(tmp_path / "regional.docx")
    wait_idle(qtbot, page.ctx)
    assert page.written == tmp_path / "regional.docx"
    headings = [p.text for p in docx.Document(str(page.written)).paragraphs if p.text]
    assert headings and str(page.written) in page.result.text()


def test_cancel_mid_way_leaves_no_file(qtbot: QtBot, scored: Kit, tmp_path: Path) -> None:
    page = _regional_page(qtbot, scored, tmp_path, "pdf")
    out = tmp_path / "cancelled.pdf"
    task = page.write(out)
    progressed: list[int] = []

    writing: set[int] = set()

    def cancel_once(done: int, _total: int, _what: str) -> None:
        if not progressed:  # the helper is laying the report out: stop it there
            writing.update(child.pid for child in multiprocessing.active_children())
            task.cancel()
        progressed.append(done)

    task.sig_progress.connect(cancel_once)
    with qtbot.waitSignal(task.sig_finished, timeout=60_000):
        pass
    assert progressed  # it was cancelled mid-way, not before it started
    assert page.written is None and not out.exists()
    assert writing and not writing & {child.pid for child in multiprocessing.active_children()}


def test_the_helpers_error_reads_as_one_sentence(
    qtbot: QtBot, scored: Kit, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []

    def warning(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    page = _regional_page(qtbot, scored, tmp_path, "pdf")
    out = tmp_path / "no such folder" / "regional.pdf"
    page.write(out)
    wait_idle(qtbot, page.ctx)
    assert len(shown) == 1
    assert str(out) in shown[0] and "choose another file or folder" in shown[0]
    assert "Traceback" not in shown[0] and "\n" not in shown[0]
    assert page.written is None


def test_the_save_dialog_starts_in_the_export_folder_whatever_the_subject(
    qtbot: QtBot, scored: Kit, tmp_path: Path
) -> None:
    """An institution's code holds a "/" (``BRB/BRB_NISSS``): kept in the suggested name, the
    dialog looked for a folder that does not exist and opened wherever the app was started."""
    page = _regional_page(qtbot, scored, tmp_path, "pdf")
    page.kind.setCurrentIndex(page.kind.findData("readiness"))
    codes = [page.subject.itemData(i) for i in range(page.subject.count())]
    assert any("/" in str(code) for code in codes), codes
    folder = preferences(page.ctx).export_folder
    for index, code in enumerate(codes):
        page.subject.setCurrentIndex(index)
        suggested = page.suggested_path()
        assert suggested.parent == folder, (code, suggested)
        assert suggested.name.startswith("readiness-") and suggested.suffix == ".pdf"
