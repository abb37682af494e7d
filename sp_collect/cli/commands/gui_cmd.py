"""``sp-collect gui``: the desktop app (Qt is imported only when this command runs)."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(commands: argparse._SubParsersAction) -> None:
    gui = commands.add_parser("gui", help="start the desktop app")
    where = gui.add_mutually_exclusive_group()
    where.add_argument(
        "--workspace", "-w", type=Path, metavar="DIR", help="the workspace to open (or create)"
    )
    where.add_argument(
        "--demo", action="store_true", help="open the demo workspaces (created on first use)"
    )
    gui.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the workspace offscreen, show every page and quit (for CI); the passphrase "
        "comes from SP_COLLECT_PASSPHRASE",
    )
    gui.set_defaults(func=_gui)


def _gui(args: argparse.Namespace) -> int:
    from sp_collect.ui.app import run

    return run(args.workspace, demo=args.demo, smoke_test=args.smoke_test)
