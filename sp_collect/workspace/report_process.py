"""Reports written in a helper process, so that the app's window never waits for one.

Laying out a report is pure Python (reportlab, python-docx) that makes hundreds of thousands of
objects. On the app's worker thread it shared one interpreter with the window: the full garbage
collection it set off paused every thread of the app for 0.1–0.35 s (measured with
``gc.callbacks``; see ``benchmarks/ui_report.py``). A process of its own has its own interpreter
and memory, and the app only waits on a pipe.

The app hands the helper the workspace folder and its database key through that pipe (in
memory; never a file, an environment variable or a command line). The helper opens the
workspace for reading, as the command line does beside the app, writes the report with the
same :meth:`ReportService.write` the command line uses, and sends back progress and the outcome:
the file written, or our typed error (never a traceback). Cancel ends the helper and removes
what it may have half-written. The helper is started with ``spawn`` (a fresh interpreter: a
fork of the app would copy its Qt threads); the frozen app calls
``multiprocessing.freeze_support()`` first thing (``sp_collect/__main__.py``) so that the same
executable can be that helper.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import multiprocessing
import os
import threading
import time
import traceback
from collections.abc import Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path

from sp_collect.errors import ReportError, SpCollectError
from sp_collect.progress import CancelToken, Progress, check, report
from sp_collect.workspace.core import Workspace

log = logging.getLogger("sp_collect.reports")

SPAWN = multiprocessing.get_context("spawn")
POLL_SECONDS = 0.05
"""How often the waiting thread looks at the Cancel button."""
PROGRESS_SECONDS = 0.1
"""The helper sends progress at most this often (a report counts thousands of steps)."""
STOP_SECONDS = 5.0
"""How long a helper asked to stop may take before it is killed."""
REPORT_CODE = (
    "sp_collect.workspace.reports",
    "sp_collect.reports.regional_report",
    "sp_collect.reports.readiness_report",
    "sp_collect.reports.workshop_report",
    "sp_collect.reports.response_report",
    "sp_collect.reports.pdf_render",
    "sp_collect.reports.docx_render",
)
"""What a helper loads before it is given a job (about a second: the engine, scoring, reportlab,
python-docx), so that a helper started ahead (:func:`warm_up`) has it ready."""


@dataclass(frozen=True)
class ReportRequest:
    """One report to write: the arguments of :meth:`ReportService.write`."""

    kind: str
    out_path: Path
    uuid: str | None = None
    institution: str | None = None
    language: str = "en"
    validated: bool = True
    countries: Sequence[str] = ()
    named: bool = False
    format: str | None = None

    def write(self, workspace: Workspace, progress: Progress | None = None) -> Path:
        """Write it with ``workspace`` (in the helper process)."""
        return workspace.reports.write(
            self.kind,
            self.out_path,
            uuid=self.uuid,
            institution=self.institution,
            language=self.language,
            validated=self.validated,
            countries=tuple(self.countries),
            named=self.named,
            format=self.format,
            progress=progress,
        )


@dataclass(frozen=True)
class _Job:
    folder: Path
    key: bytes
    request: ReportRequest


def write_apart(
    workspace: Workspace,
    request: ReportRequest,
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> Path:
    """Write the report in a helper process and wait for it; the calling thread holds the
    interpreter only to relay progress and to look at ``cancel``."""
    check(cancel)
    target = Path(request.out_path)
    before = _stamp(target)
    taken = _SPARE.take()
    helper, ours = taken.process, taken.pipe
    try:
        try:
            ours.send(_Job(workspace.folder, workspace.store.reader_key(), request))
        except OSError:  # the helper started ahead has ended meanwhile
            raise _stopped() from None
        written = _follow(ours, progress, cancel)
    except BaseException:
        _stop(helper)
        if _stamp(target) != before:  # stopped while writing: no half-written report stays
            target.unlink(missing_ok=True)
        raise
    finally:
        ours.close()
    helper.join(STOP_SECONDS)  # it ends once it has answered
    _stop(helper)
    return written


@dataclass(frozen=True)
class _Helper:
    process: BaseProcess
    pipe: Connection


class _Spare:
    """At most one helper started ahead of its job."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._helper: _Helper | None = None

    def ensure(self) -> None:
        with self._lock:
            if not _alive(self._helper):
                self._helper = _started()

    def take(self) -> _Helper:
        """The helper started ahead, else a new one."""
        with self._lock:
            helper, self._helper = self._helper, None
        return helper if helper is not None and _alive(helper) else _started()


_SPARE = _Spare()


def warm_up() -> None:
    """Start the next report's helper now (the Reports page does when it shows and after each
    report), so that it has loaded the report code by the time a report is asked for. It holds
    no key and no data until then; the app's exit ends it."""
    _SPARE.ensure()


def _alive(helper: _Helper | None) -> bool:
    if helper is None:
        return False
    if helper.process.is_alive():
        return True
    helper.pipe.close()
    return False


def _started() -> _Helper:
    ours, theirs = SPAWN.Pipe()
    process = SPAWN.Process(target=serve, args=(theirs,), name="sp_collect report", daemon=True)
    process.start()
    theirs.close()  # so that a helper that dies shows as the end of the pipe
    return _Helper(process, ours)


def _follow(pipe: Connection, progress: Progress | None, cancel: CancelToken | None) -> Path:
    while True:
        check(cancel)
        if not pipe.poll(POLL_SECONDS):
            continue
        try:
            message = pipe.recv()
        except EOFError:
            raise _stopped() from None
        kind, *details = message
        if kind == "progress":
            report(progress, *details)
        elif kind == "done":
            return Path(details[0])
        elif kind == "failed":
            raise _rebuilt(*details)
        else:  # "crashed": a bug in the helper, logged here (the helper has no log file)
            log.error("the report process failed:\n%s", details[0])
            raise ReportError(
                "the report could not be written because of an unexpected problem; the "
                "details were written to the log file for a bug report",
                code="report_failed",
            )


def _stopped() -> ReportError:
    return ReportError(
        "the report could not be written: the program writing it stopped unexpectedly; try again",
        code="report_process_stopped",
    )


def _stop(helper: BaseProcess) -> None:
    if helper.is_alive():
        helper.terminate()
        helper.join(STOP_SECONDS)
        if helper.is_alive():
            helper.kill()
    helper.join()


def _stamp(path: Path) -> tuple[int, int, int] | None:
    """What tells whether a file changed: identity, size and modification time."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return (found.st_ino, found.st_size, found.st_mtime_ns)


def _rebuilt(
    error_class: type[SpCollectError], message: str, code: str, where: object
) -> SpCollectError:
    """The helper's error, of its own class, with its sentence, code and place (built without
    the class's own constructor, whose extra details stayed in the helper)."""
    error = error_class.__new__(error_class)
    SpCollectError.__init__(error, message, code=code, where=where)  # type: ignore[arg-type]
    return error


# -- in the helper process -------------------------------------------------------------------
def serve(pipe: Connection) -> None:
    """The helper's whole life: load the report code, then one job in, progress and one
    outcome out."""
    for name in REPORT_CODE:
        with contextlib.suppress(ImportError):  # said, if it matters, when the report is written
            importlib.import_module(name)
    try:
        job: _Job = pipe.recv()
    except EOFError:
        return  # the app ended before it gave this helper a job
    try:
        workspace = Workspace.open_reader(job.folder, job.key)
        try:
            outcome: tuple[object, ...] = (
                "done",
                str(job.request.write(workspace, _Relay(pipe))),
            )
        finally:
            workspace.close()
    except SpCollectError as exc:
        outcome = ("failed", type(exc), exc.message, exc.code, exc.where)
    except BaseException:
        outcome = ("crashed", traceback.format_exc())
    pipe.send(outcome)
    pipe.close()


class _Relay:
    """The helper's progress callback: sends to the app at most every PROGRESS_SECONDS."""

    def __init__(self, pipe: Connection) -> None:
        self._pipe = pipe
        self._sent = 0.0

    def __call__(self, done: int, total: int, what: str) -> None:
        now = time.monotonic()
        if now - self._sent >= PROGRESS_SECONDS or (total and done >= total):
            self._sent = now
            self._pipe.send(("progress", done, total, what))
