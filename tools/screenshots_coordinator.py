"""Render the coordinator's screens to docs/screenshots/coord_*.png, on the demo workspaces.

A second field device is made in a scratch folder: its first bundle arrives from an unknown
sender (held), is released by trusting it, and a second copy of one of its responses, changed
at the same revision, makes a conflict. Then the review queue, the conflict screen, the
dashboard and Identity & contacts are captured. The user's own settings and demo are untouched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from sp_collect.resources import shipped_forms
from sp_collect.ui.app import Shell, application
from sp_collect.ui.coordinator.conflicts_page import ConflictsPage
from sp_collect.ui.coordinator.dashboard_page import DashboardPage
from sp_collect.ui.coordinator.identity_page import IdentityPage
from sp_collect.ui.coordinator.imports_page import ImportsPage
from sp_collect.ui.coordinator.review_page import ReviewPage
from sp_collect.ui.main_window import WorkspaceArea
from sp_collect.ui.pages import Page
from sp_collect.workspace import Workspace
from sp_collect.workspace.demo_workspace import DEMO_PASSPHRASE, demo_folders, ensure_demo

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1280, 800)
DEVICE = "Kingston field office"


def settle(area: WorkspaceArea) -> None:
    """Let queued work finish and its results reach the widgets."""
    while area.ctx.runner.busy:
        QApplication.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        QApplication.processEvents()


def save(widget: QWidget, path: Path) -> None:
    for _ in range(5):
        QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise SystemExit(f"error: could not write {path}")
    print(path)


def page(area: WorkspaceArea, page_type: type[Page]) -> Page:
    area.show_page(page_type)
    settle(area)
    shown = area.current_page()
    assert isinstance(shown, page_type)
    return shown


def second_device(scratch: Path, coordinator_folder: Path) -> tuple[Workspace, Path]:
    """A new field workspace with the study package and a first bundle of six responses."""
    package = scratch / "study.sppackage"
    with Workspace.open(coordinator_folder, passphrase=DEMO_PASSPHRASE) as coordinator:
        coordinator.packages.build(shipped_forms(), package)
    device, _ = Workspace.create(scratch / "device", DEMO_PASSPHRASE, name=DEVICE, role="field")
    device.packages.install(package)
    device.demo.generate(6, finalize=True, seed=21)
    bundle = scratch / "kingston-1.spbundle"
    device.sync.export_bundle(bundle)
    return device, bundle


def conflicting_copy(device: Workspace, out: Path) -> Path:
    """The same revision of one response with other answers, as a restored backup would send."""
    store = device.store
    summary = store.responses.list(status="exported")[0]
    row = store.responses.get(summary.uuid)
    assert row is not None
    numbers = [k for k, v in row.answers.items() if isinstance(v, int) and not isinstance(v, bool)]
    changed = {**row.answers, **{k: row.answers[k] + 11 for k in numbers[:3]}}
    store.responses.set_status(row.uuid, "draft")
    store.responses.save(row.uuid, state=row.state, answers=changed)
    store.responses.set_status(row.uuid, "finalized")
    device.sync.export_bundle(out)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument(
        "--size", default="x".join(map(str, SIZE)), help="window size, WIDTHxHEIGHT"
    )
    parser.add_argument("--suffix", default="", help="added to each file name (e.g. _1024)")
    args = parser.parse_args(argv)
    size = tuple(int(n) for n in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        os.environ["SP_COLLECT_HOME"] = scratch_name
        app = application(sys.argv[:1])
        root = scratch / "demo"
        folders = ensure_demo(root)
        device, first = second_device(scratch, folders.coordinator)
        shell = Shell(folders.coordinator, demo_root=root)
        shell.window.resize(*size)
        shell.window.show()
        shell.unlocked(Workspace.open(demo_folders(root).coordinator, passphrase=DEMO_PASSPHRASE))
        area = shell.window.area
        assert area is not None

        imports = page(area, ImportsPage)
        assert isinstance(imports, ImportsPage)
        imports.import_files([first])
        settle(area)
        save(shell.window, args.out / f"coord_quarantine{args.suffix}.png")
        _changes, released = area.ctx.workspace.contacts.trust(device.card)
        imports.show_released(released)
        imports.import_files([conflicting_copy(device, scratch / "kingston-2.spbundle")])
        settle(area)
        save(shell.window, args.out / f"coord_import{args.suffix}.png")

        review = page(area, ReviewPage)
        assert isinstance(review, ReviewPage)
        detail = review.detail
        if detail.question.count() > 1:
            detail.question.setCurrentIndex(1)
        detail.comment.setText("Please give the figure from the 2025 annual report.")
        detail.add_comment()
        save(shell.window, args.out / f"coord_review{args.suffix}.png")

        conflicts = page(area, ConflictsPage)
        assert isinstance(conflicts, ConflictsPage)
        save(shell.window, args.out / f"coord_conflicts{args.suffix}.png")
        page(area, DashboardPage)
        save(shell.window, args.out / f"coord_dashboard{args.suffix}.png")
        page(area, IdentityPage)
        save(shell.window, args.out / f"coord_identity{args.suffix}.png")

        device.close()
        shell.shutdown()
        shell.window.close()
        app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
