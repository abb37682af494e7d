"""UI responsiveness while the coordinator writes the regional report and a data export.

The demo coordinator workspace (built in a scratch folder) is opened on the Reports and Data
export pages; a QTimer ticks every 5 ms on the UI thread while each page's work runs on the
worker thread. The longest gap between two ticks is the longest time the window could not
repaint or take a key press. Run: ``.venv/bin/python benchmarks/ui_report.py``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from sp_collect.ui.context import AppContext
from sp_collect.ui.coordinator.export_page import ExportPage
from sp_collect.ui.coordinator.reports_page import ReportsPage
from sp_collect.ui.settings import Preferences
from sp_collect.ui.worker import Runner, RunningTask
from sp_collect.workspace import Workspace
from sp_collect.workspace.demo_workspace import DEMO_PASSPHRASE, ensure_demo

TICK_MS = 5
TARGET_MS = 100.0


def longest_stall(start: Callable[[], RunningTask]) -> tuple[float, float]:
    """(seconds the work took, longest gap in ms between UI-thread ticks meanwhile)."""
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loop = QEventLoop()
    timer.start()
    started = time.perf_counter()
    task = start()
    task.sig_finished.connect(loop.quit)
    loop.exec()
    seconds = time.perf_counter() - started
    timer.stop()
    gaps = [(b - a) * 1000 for a, b in pairwise(ticks)]
    return seconds, max(gaps, default=seconds * 1000)


def settle(app: QApplication, ctx: AppContext) -> None:
    ctx.runner.wait()
    for _ in range(5):
        app.processEvents()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        folders = ensure_demo(work / "demo")
        workspace = Workspace.open(folders.coordinator, passphrase=DEMO_PASSPHRASE)
        ctx = AppContext(workspace, Runner())
        ctx.settings["preferences"] = Preferences(work / "settings.ini")
        reports = ReportsPage(ctx)
        reports.show()
        settle(app, ctx)
        reports.kind.setCurrentIndex(reports.kind.findData("regional"))
        settle(app, ctx)
        rows = [("regional report (PDF)", *longest_stall(lambda: reports.write(work / "r.pdf")))]
        exports = ExportPage(ctx)
        exports.show()
        exports.folder.setText(str(work))
        settle(app, ctx)
        rows.append(
            ("data export (" + exports.format.currentText() + ")", *longest_stall(exports.export))
        )
        settle(app, ctx)
        workspace.close()
    for name, seconds, longest in rows:
        verdict = "ok" if longest < TARGET_MS else "OVER TARGET"
        print(f"{name:28} {seconds:6.2f} s; longest event-loop stall {longest:7.1f} ms "
              f"(target < {TARGET_MS:.0f} ms) {verdict}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
