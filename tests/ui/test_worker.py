"""Long work runs off the UI thread and reports back on it; errors become one sentence."""

from __future__ import annotations

import threading

from sp_collect.errors import Cancelled, WorkspaceError
from sp_collect.ui.errors import message_for
from sp_collect.ui.worker import Runner


def test_work_runs_on_another_thread_and_reports_back(qtbot) -> None:
    runner = Runner()
    seen: dict[str, object] = {}
    ui_thread = threading.get_ident()

    def work(progress, cancel):
        seen["thread"] = threading.get_ident()
        for done in range(1, 4):
            progress(done, 3, "items")
        return 42

    def done(result):
        seen["result"] = result
        seen["done_thread"] = threading.get_ident()

    steps: list[tuple[int, int]] = []
    task = runner.run(work, on_done=done, on_error=lambda exc: seen.setdefault("error", exc))
    task.sig_progress.connect(lambda d, t, _w: steps.append((d, t)))
    with qtbot.waitSignal(task.sig_finished, timeout=5000):
        pass
    assert seen["result"] == 42
    assert seen["thread"] != ui_thread and seen["done_thread"] == ui_thread
    assert steps[-1] == (3, 3)


def test_cancel_stops_the_work_with_cancelled(qtbot) -> None:
    runner = Runner()
    started = threading.Event()
    errors: list[BaseException] = []

    def work(progress, cancel):
        started.set()
        while True:
            cancel.check()

    task = runner.run(work, on_done=lambda _r: None, on_error=errors.append)
    assert started.wait(5)
    with qtbot.waitSignal(task.sig_finished, timeout=5000):
        task.cancel()
    assert isinstance(errors[0], Cancelled)


def test_errors_become_one_sentence() -> None:
    assert message_for(WorkspaceError("wrong passphrase")) == "wrong passphrase"
    text = message_for(RuntimeError("internal detail"))
    assert "internal detail" not in text and "saved answers are safe" in text


def test_errors_a_user_meets_in_the_app_are_said_in_the_ui_language(qtbot) -> None:
    from PySide6.QtCore import QCoreApplication

    from sp_collect.errors import WrongPassphrase
    from sp_collect.ui.i18n import Translations

    translations = Translations(QCoreApplication.instance())
    try:
        assert message_for(WrongPassphrase()).startswith("The passphrase does not open")
        assert translations.apply("fr")
        assert message_for(WrongPassphrase()).startswith("La phrase secrète")
        refused = WorkspaceError("the disk is full; free some space", code="disk_full")
        assert message_for(refused).startswith("Le disque est plein")
        assert message_for(WorkspaceError("no such form")) == "no such form", "others as written"
    finally:
        translations.apply("en")
