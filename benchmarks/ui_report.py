"""UI responsiveness while the coordinator writes every kind of report and a data export.

The demo coordinator workspace (built in a scratch folder) is opened on the Reports and Data
export pages; a QTimer ticks every 5 ms on the UI thread while each page's work runs (a report
in its helper process, followed from the worker thread; an export on the worker thread). The
longest gap between two ticks is the longest time the window could not repaint or take a key
press. As in the app, what exists once the workspace's screens are up is frozen out of the
garbage collector's full passes (``sp_collect/ui/heap.py``). Each row also counts the full
(generation 2) collections in the app's process meanwhile and the longest one: they pause every
thread, and were what made the window wait while reports were laid out on the worker thread.
Each measurement runs ``--runs`` times (default 3): min / median / max.
Run: ``.venv/bin/python benchmarks/ui_report.py [--runs N]``.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from sp_collect.ui.context import AppContext
from sp_collect.ui.coordinator.export_page import ExportPage
from sp_collect.ui.coordinator.reports_page import ReportsPage
from sp_collect.ui.heap import freeze_what_is_open
from sp_collect.ui.settings import Preferences
from sp_collect.ui.worker import Runner, RunningTask
from sp_collect.workspace import Workspace
from sp_collect.workspace.demo_workspace import DEMO_PASSPHRASE, ensure_demo

TICK_MS = 5
TARGET_MS = 100.0
CHOOSING_SECONDS = 1.0
"""Between two reports, as a user takes to choose the next one and its file: meanwhile the next
report's helper process loads the report code (``report_process.warm_up``)."""


@dataclass(frozen=True)
class Run:
    seconds: float
    stall_ms: float
    full_collections: int
    longest_collection_ms: float


class FullCollections:
    """The generation-2 collections in this process (any thread) while it is installed."""

    def __init__(self) -> None:
        self.durations: list[float] = []
        self._started = 0.0

    def __call__(self, phase: str, info: dict[str, Any]) -> None:
        if info["generation"] != 2:
            return
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.durations.append((time.perf_counter() - self._started) * 1000)


def measured(start: Callable[[], RunningTask]) -> Run:
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loop = QEventLoop()
    collections = FullCollections()
    gc.callbacks.append(collections)
    timer.start()
    started = time.perf_counter()
    task = start()
    task.sig_finished.connect(loop.quit)
    loop.exec()
    seconds = time.perf_counter() - started
    timer.stop()
    gc.callbacks.remove(collections)
    gaps = [(b - a) * 1000 for a, b in pairwise(ticks)]
    return Run(
        seconds,
        max(gaps, default=seconds * 1000),
        len(collections.durations),
        max(collections.durations, default=0.0),
    )


def settle(app: QApplication, ctx: AppContext) -> None:
    ctx.runner.wait()
    for _ in range(5):
        app.processEvents()


def spread(values: list[float], digits: int) -> str:
    low, mid, high = min(values), statistics.median(values), max(values)
    return f"{low:.{digits}f} / {mid:.{digits}f} / {high:.{digits}f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="measurements per row (default 3)")
    runs = parser.parse_args().runs
    app = QApplication.instance() or QApplication(sys.argv[:1])
    rows: dict[str, list[Run]] = {}
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        folders = ensure_demo(work / "demo")
        workspace = Workspace.open(folders.coordinator, passphrase=DEMO_PASSPHRASE)
        ctx = AppContext(workspace, Runner())
        ctx.settings["preferences"] = Preferences(work / "settings.ini")
        reports = ReportsPage(ctx)
        reports.show()
        reports.refresh()
        settle(app, ctx)
        exports = ExportPage(ctx)
        exports.show()
        exports.folder.setText(str(work))
        settle(app, ctx)
        freeze_what_is_open()  # as the app does once a workspace's screens are up
        for _ in range(runs):
            for kind in reports.kinds():
                reports.kind.setCurrentIndex(reports.kind.findData(kind))
                settle(app, ctx)
                for fmt in reports.choices.formats if kind != "response" else ("pdf",):
                    reports.format.setCurrentIndex(reports.format.findData(fmt))
                    out = work / f"{kind}.{fmt}"
                    run = measured(lambda out=out: reports.write(out))
                    if reports.written != out:
                        raise SystemExit(f"the {kind} report ({fmt}) was not written")
                    rows.setdefault(f"{kind} report ({fmt.upper()})", []).append(run)
                    settle(app, ctx)
                    time.sleep(CHOOSING_SECONDS)
            name = f"data export ({exports.format.currentText()})"
            rows.setdefault(name, []).append(measured(exports.export))
            settle(app, ctx)
        workspace.close()
    print(f"{runs} runs each, min / median / max; target: longest stall < {TARGET_MS:.0f} ms")
    print(
        f"{'':26} {'seconds':>20} {'longest stall, ms':>24} {'full GCs':>9} {'longest GC, ms':>20}"
    )
    for name, measured_runs in rows.items():
        stalls = [r.stall_ms for r in measured_runs]
        verdict = "ok" if max(stalls) < TARGET_MS else "OVER TARGET"
        print(
            f"{name:26} {spread([r.seconds for r in measured_runs], 2):>20} "
            f"{spread(stalls, 1):>24} {max(r.full_collections for r in measured_runs):>9} "
            f"{spread([r.longest_collection_ms for r in measured_runs], 1):>20} {verdict}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
