"""UI responsiveness while importing: the longest event-loop stall during a 10,000-response import.

A QTimer ticks every 5 ms on the UI thread while the Imports page imports a bundle of 10,000
synthetic responses (about 1 KB of answers each) on the worker thread; the longest gap between
two ticks is the longest time the window could not repaint or take a key press.
Run: ``.venv/bin/python benchmarks/ui_import.py``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from itertools import pairwise
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from sync import FORM, line  # the sync benchmark's synthetic responses

from sp_collect.sync import container
from sp_collect.sync.container import Member
from sp_collect.sync.identity import Identity
from sp_collect.ui.context import AppContext
from sp_collect.ui.coordinator.imports_page import ImportsPage
from sp_collect.ui.settings import Preferences
from sp_collect.ui.worker import Runner
from sp_collect.workspace import Workspace

COUNT = 10_000
TICK_MS = 5
TARGET_MS = 100.0
PASSPHRASE = "benchmark passphrase"


def bundle(path: Path, sender: Identity, coordinator: Workspace) -> Path:
    body = b"\n".join(line(i) for i in range(COUNT)) + b"\n"
    container.write(
        path,
        sender,
        [coordinator.card],
        kind="bundle",
        sequence=1,
        members=[Member.from_bytes("responses.jsonl", body)],
        counts={"responses": COUNT},
    )
    return path


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    field = Identity.generate("Ana", "field")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        workspace, _ = Workspace.create(work / "coord", PASSPHRASE, name="Cora", role="coordinator")
        workspace.store.forms.add(FORM["id"], FORM["version"], FORM)
        workspace.store.contacts.trust(field.card.to_dict())
        path = bundle(work / "x.spbundle", field, workspace)
        ctx = AppContext(workspace, Runner())
        ctx.settings["preferences"] = Preferences(work / "settings.ini")
        page = ImportsPage(ctx)
        page.resize(1000, 700)
        page.show()
        app.processEvents()

        ticks: list[float] = []
        timer = QTimer()
        timer.setInterval(TICK_MS)
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
        loop = QEventLoop()
        timer.start()
        started = time.perf_counter()
        task = page.import_files([path])
        task.sig_finished.connect(loop.quit)
        loop.exec()
        seconds = time.perf_counter() - started
        timer.stop()
        ctx.runner.wait()
        new = page.results.item(0, 4).text()
        workspace.close()
    gaps = [(b - a) * 1000 for a, b in pairwise(ticks)]
    longest = max(gaps, default=seconds * 1000)
    verdict = "ok" if longest < TARGET_MS else "OVER TARGET"
    print(f"import {COUNT:,} responses through the Imports page: {seconds:.2f} s, {new} new, "
          f"{len(ticks)} ticks of {TICK_MS} ms")  # fmt: skip
    print(f"{'longest event-loop stall':<44} {longest:7.1f} ms (target < {TARGET_MS:.0f} ms) "
          f"{verdict}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
