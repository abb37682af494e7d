"""Long work off the UI thread: one worker thread for workspace operations, with progress/cancel.

Like Anki's CollectionOp: screens hand a function ``fn(progress, cancel)`` to :class:`Runner`,
which runs it on its single worker thread (SQLite has one writer, so operations queue) and
delivers the result or the error back on the UI thread. The window never freezes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from sp_collect.progress import CancelToken, Progress

Work = Callable[[Progress, CancelToken], Any]


class _Relay(QObject):
    """Carries a task's signals from the worker thread to the UI thread (queued connections)."""

    sig_progress = Signal(int, int, str)
    """done, total (0 if unknown), what is being counted."""
    sig_done = Signal(object)
    """The work's return value."""
    sig_failed = Signal(object)
    """The exception the work raised."""


class _Task(QRunnable):
    def __init__(self, work: Work, relay: _Relay, cancel: CancelToken) -> None:
        super().__init__()
        self._work = work
        self._relay = relay
        self._cancel = cancel

    def run(self) -> None:
        try:
            result = self._work(self._relay.sig_progress.emit, self._cancel)
        except BaseException as exc:  # delivered to the UI thread, shown by ui/errors.py
            self._relay.sig_failed.emit(exc)
        else:
            self._relay.sig_done.emit(result)


class RunningTask(QObject):
    """A handle on queued or running work: cancel it, or follow its signals."""

    sig_progress = Signal(int, int, str)
    sig_finished = Signal()
    """Emitted after on_done/on_error ran, whatever the outcome."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cancel_token = CancelToken()
        self.relay = _Relay()

    def cancel(self) -> None:
        self.cancel_token.cancel()


class Runner(QObject):
    """Queues workspace operations on one worker thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._running: set[RunningTask] = set()

    def run(
        self,
        work: Work,
        *,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        progress_label: str | None = None,
        parent: QWidget | None = None,
    ) -> RunningTask:
        """Run ``work`` off the UI thread; with ``progress_label`` a cancellable progress dialog
        shows (after a short delay, so quick work does not flash a dialog)."""
        task = RunningTask(self)
        self._running.add(task)
        dialog = _progress_dialog(progress_label, task, parent) if progress_label else None

        def finish() -> None:
            self._running.discard(task)
            if dialog is not None:
                dialog.reset()
                dialog.deleteLater()
            task.sig_finished.emit()

        def done(result: object) -> None:
            try:
                on_done(result)
            finally:
                finish()

        def failed(exc: object) -> None:
            try:
                on_error(exc if isinstance(exc, BaseException) else RuntimeError(str(exc)))
            finally:
                finish()

        queued = Qt.ConnectionType.QueuedConnection
        task.relay.sig_progress.connect(task.sig_progress, queued)
        task.relay.sig_done.connect(done, queued)
        task.relay.sig_failed.connect(failed, queued)
        self._pool.start(_Task(work, task.relay, task.cancel_token))
        return task

    def wait(self, msecs: int = -1) -> bool:
        """Block until queued work is done (closing the app, tests)."""
        return self._pool.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        return bool(self._running)


def _progress_dialog(label: str, task: RunningTask, parent: QWidget | None) -> QProgressDialog:
    dialog = QProgressDialog(label, QProgressDialog.tr("Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(task.cancel)

    def show_progress(done: int, total: int, what: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if what:
            dialog.setLabelText(f"{label}\n{done} {what}")

    task.sig_progress.connect(show_progress)
    return dialog
