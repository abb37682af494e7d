"""Reports written in a helper process (what the app does, so its window never waits): the
file, typed errors, cancel, a helper that dies or has a bug, and the reader it opens."""

from __future__ import annotations

import logging
import multiprocessing
import threading
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from coordinator_field import (
    SURVEY,
    CoordinatorAndDevice,
    coordinator_and_device,
    merged,
    survey_answers,
)
from pypdf import PdfReader

from sp_collect.errors import Cancelled, ReportError, UsageError, WorkspaceLocked
from sp_collect.progress import CancelToken
from sp_collect.workspace import Workspace, report_process
from sp_collect.workspace.report_process import ReportRequest, warm_up, write_apart


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CoordinatorAndDevice]:
    kit = coordinator_and_device(tmp_path_factory.mktemp("apart"))
    merged(kit)  # one scored institution: every report kind has something to show
    yield kit
    kit.close()


def _helpers() -> set[int]:
    return {child.pid for child in multiprocessing.active_children() if child.pid}


def test_the_regional_report_is_written_apart_as_pdf_and_docx(
    pair: CoordinatorAndDevice, tmp_path: Path
) -> None:
    before = _helpers()
    seen: list[tuple[int, int, str]] = []
    pdf = write_apart(
        pair.coord,
        ReportRequest("regional", tmp_path / "regional.pdf", named=True),
        progress=lambda done, total, what: seen.append((done, total, what)),
    )
    assert pdf == tmp_path / "regional.pdf"
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "DMA_DSS" in text  # the merged institution, named as asked
    assert seen and seen[-1][0] == seen[-1][1] > 0  # progress came back, up to the end
    word = write_apart(pair.coord, ReportRequest("regional", tmp_path / "r.docx", format="docx"))
    assert docx.Document(str(word)).paragraphs
    assert _helpers() <= before


def test_the_helpers_error_comes_back_typed_with_its_sentence(
    pair: CoordinatorAndDevice, tmp_path: Path
) -> None:
    before = _helpers()
    with pytest.raises(UsageError) as needs:
        write_apart(pair.coord, ReportRequest("readiness", tmp_path / "r.pdf"))
    assert needs.value.code == "report_needs_institution"
    assert str(needs.value) == "the readiness report needs an institution"
    missing_folder = tmp_path / "no such folder" / "r.pdf"
    with pytest.raises(ReportError) as unwritable:
        write_apart(pair.coord, ReportRequest("regional", missing_folder))
    assert unwritable.value.code == "report_unwritable"
    assert str(missing_folder) in str(unwritable.value)
    assert not missing_folder.exists() and _helpers() <= before


def test_cancel_after_the_file_was_written_leaves_no_file(
    pair: CoordinatorAndDevice, tmp_path: Path
) -> None:
    """The helper wrote the whole PDF but was stopped before it said so: the file is removed,
    as a half-written one would be."""
    before = _helpers()
    cancel = CancelToken()
    out = tmp_path / "regional.pdf"

    def progress(_done: int, _total: int, what: str) -> None:
        if what == "done":  # build_pdf reports "done" once the file is on disk
            assert out.read_bytes()[:5] == b"%PDF-"
            cancel.cancel()

    with pytest.raises(Cancelled):
        write_apart(pair.coord, ReportRequest("regional", out), progress=progress, cancel=cancel)
    assert not out.exists() and _helpers() <= before


def test_cancel_before_the_helper_writes_keeps_an_earlier_file(
    pair: CoordinatorAndDevice, tmp_path: Path
) -> None:
    before = _helpers()
    out = tmp_path / "regional.pdf"
    out.write_bytes(b"an earlier report")
    cancel = CancelToken()
    with pytest.raises(Cancelled):
        write_apart(
            pair.coord,
            ReportRequest("regional", out),
            progress=lambda *_: cancel.cancel(),
            cancel=cancel,
        )
    assert out.read_bytes() == b"an earlier report" and _helpers() <= before


def test_a_helper_that_dies_gives_one_sentence(pair: CoordinatorAndDevice, tmp_path: Path) -> None:
    before = _helpers()

    def kill_the_helper(*_: object) -> None:
        for child in multiprocessing.active_children():
            child.kill()

    out = tmp_path / "regional.pdf"
    with pytest.raises(ReportError) as stopped:
        write_apart(pair.coord, ReportRequest("regional", out), progress=kill_the_helper)
    assert stopped.value.code == "report_process_stopped"
    assert not out.exists() and _helpers() <= before


def test_a_bug_in_the_helper_is_logged_and_reads_as_one_sentence(
    pair: CoordinatorAndDevice, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The helper's side (serve) in a thread of this process, so that the bug can be planted."""

    def broken(*_: object) -> Workspace:
        raise RuntimeError("a bug in the helper")

    monkeypatch.setattr(Workspace, "open_reader", broken)
    ours, theirs = multiprocessing.Pipe()
    helper = threading.Thread(target=report_process.serve, args=(theirs,))
    helper.start()
    ours.send(report_process._Job(pair.coord.folder, b"key", ReportRequest("regional", Path())))
    with (
        caplog.at_level(logging.ERROR, logger="sp_collect.reports"),
        pytest.raises(ReportError) as failed,
    ):
        report_process._follow(ours, None, None)
    helper.join()
    assert failed.value.code == "report_failed"
    assert "Traceback" not in str(failed.value)
    assert "RuntimeError: a bug in the helper" in caplog.text


def test_the_helpers_reader_refuses_changes(pair: CoordinatorAndDevice) -> None:
    reader = Workspace.open_reader(pair.coord.folder, pair.coord.store.reader_key())
    try:
        assert [row.uuid for row in reader.responses.list()] == [
            row.uuid for row in pair.coord.responses.list()
        ]
        with pytest.raises(WorkspaceLocked) as refused:
            reader.responses.add(SURVEY, survey_answers())
        assert refused.value.code == "workspace_read_only"
    finally:
        reader.close()


def test_a_helper_started_ahead_writes_the_next_report(
    pair: CoordinatorAndDevice, tmp_path: Path
) -> None:
    warm_up()
    ready = _helpers()
    assert ready
    out = write_apart(pair.coord, ReportRequest("regional", tmp_path / "regional.pdf"))
    assert out.read_bytes()[:5] == b"%PDF-"
    assert not ready & _helpers()  # that helper wrote it (none was left waiting) and ended


def test_a_helper_started_ahead_that_ended_is_replaced(
    pair: CoordinatorAndDevice, tmp_path: Path
) -> None:
    warm_up()
    for child in multiprocessing.active_children():
        child.kill()
        child.join()
    out = write_apart(pair.coord, ReportRequest("regional", tmp_path / "regional.docx"))
    assert docx.Document(str(out)).paragraphs
