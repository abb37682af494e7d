"""Render the app's main field screens to docs/screenshots/app_*.png, on the demo workspaces.

Unlock, Home, the Outbox, the Inbox, a returned response in the form view (English, then the
whole UI in French) and its review screen. Runs offscreen in a scratch user folder, so the
user's own settings and demo are never touched.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from sp_collect.ui.app import Shell, application
from sp_collect.ui.main_window import WorkspaceArea
from sp_collect.ui.outbox import InboxPage, OutboxPage
from sp_collect.workspace import Workspace
from sp_collect.workspace.demo_workspace import DEMO_PASSPHRASE, demo_folders, ensure_demo

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1280, 800)
FORM_A = "caricom-institutional-survey"


def save(widget: QWidget, path: Path) -> None:
    for _ in range(5):  # posted LanguageChange events and nested layouts settle over a few passes
        QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise SystemExit(f"error: could not write {path}")
    print(path)


def show(area: WorkspaceArea, page_type: type) -> None:
    area.show_page(page_type)
    QApplication.processEvents()


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
    # The French shots need the compiled catalogues (build output, not in git).
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_translations.py")], check=True)
    with tempfile.TemporaryDirectory() as scratch:
        os.environ["SP_COLLECT_HOME"] = scratch
        app = application(sys.argv[:1])
        root = Path(scratch) / "demo"
        folders = ensure_demo(root)
        shell = Shell(folders.field, demo_root=root)
        shell.window.resize(*size)
        shell.show_unlock()
        shell.window.show()
        save(shell.window, args.out / f"app_unlock{args.suffix}.png")
        shell.unlocked(Workspace.open(demo_folders(root).field, passphrase=DEMO_PASSPHRASE))
        area = shell.window.area
        assert area is not None
        save(shell.window, args.out / f"app_home{args.suffix}.png")
        show(area, OutboxPage)
        save(shell.window, args.out / f"app_outbox{args.suffix}.png")
        show(area, InboxPage)
        inbox = area.current_page()
        assert isinstance(inbox, InboxPage)
        area.show_editor(area.ctx.workspace.responses.open(inbox.table.uuids()[0]))
        host = area.host
        assert host is not None
        commented = next(iter(host.view.comments()))
        host.view.show_question(commented)
        save(shell.window, args.out / f"app_form_en{args.suffix}.png")
        shell.prefs.language = "fr"
        host.view.set_language("fr")
        save(shell.window, args.out / f"app_form_fr{args.suffix}.png")
        # A new institutional survey: its review screen lists what is still missing.
        area.show_editor(area.ctx.workspace.responses.start(FORM_A, language="fr"))
        assert area.host is not None
        area.host.view.show_review()
        save(shell.window, args.out / f"app_review_fr{args.suffix}.png")
        shell.prefs.language = "en"
        shell.shutdown()
        shell.window.close()
        app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
