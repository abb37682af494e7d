"""Render the coordinator's production pages to docs/screenshots/coord_*.png at 1024×700:
Forms and packages (after a build with one assigned device), Scores (an institution chosen),
Reports, Data export (sensitive fields ticked, to show the warning) and the change-passphrase
dialog, on the demo workspaces in a scratch folder."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from screenshots_coordinator import page, save, settle

from sp_collect.ui.app import Shell, application
from sp_collect.ui.coordinator.export_page import ExportPage
from sp_collect.ui.coordinator.packages_page import PackagesPage
from sp_collect.ui.coordinator.reports_page import ReportsPage
from sp_collect.ui.coordinator.scores_page import ScoresPage
from sp_collect.ui.settings import SettingsPage
from sp_collect.workspace import Workspace
from sp_collect.workspace.demo_workspace import DEMO_PASSPHRASE, demo_folders, ensure_demo

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1024, 700)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        os.environ["SP_COLLECT_HOME"] = scratch_name
        app = application(sys.argv[:1])
        root = scratch / "demo"
        folders = ensure_demo(root)
        with Workspace.open(folders.field, passphrase=DEMO_PASSPHRASE) as field:
            device = field.card.fingerprint
        shell = Shell(folders.coordinator, demo_root=root)
        shell.window.resize(*SIZE)
        shell.window.show()
        shell.unlocked(Workspace.open(demo_folders(root).coordinator, passphrase=DEMO_PASSPHRASE))
        area = shell.window.area
        assert area is not None

        packages = page(area, PackagesPage)
        assert isinstance(packages, PackagesPage)
        packages.add_assignment(device, "caricom-institutional-survey", "BRB_NISSS")
        packages.build(scratch / "study.sppackage")
        settle(area)
        save(shell.window, args.out / "coord_packages.png")

        scores = page(area, ScoresPage)
        assert isinstance(scores, ScoresPage)
        if scores.data.rows:
            scores.select_institution(scores.data.rows[0].code)
        save(shell.window, args.out / "coord_scores.png")

        page(area, ReportsPage)
        save(shell.window, args.out / "coord_reports.png")

        export = page(area, ExportPage)
        assert isinstance(export, ExportPage)
        export.sensitive.setChecked(True)
        save(shell.window, args.out / "coord_export.png")

        settings = page(area, SettingsPage)
        assert isinstance(settings, SettingsPage)
        dialog = settings.change_passphrase()
        save(dialog, args.out / "coord_passphrase.png")
        dialog.reject()

        shell.shutdown()
        shell.window.close()
        app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
