"""Helpers shared by CLI commands: the --workspace option, opening, output."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sp_collect.cli.passphrase import add_passphrase_option, read_passphrase

if TYPE_CHECKING:
    from sp_collect.workspace import Workspace


def add_workspace_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--workspace", "-w", type=Path, required=True, metavar="DIR", help="the workspace folder"
    )
    add_passphrase_option(parser)


def open_workspace(
    args: argparse.Namespace, passphrase: str | None = None, *, read_only: bool = False
) -> Workspace:
    """The workspace the command names. Commands that only read pass ``read_only``: they then
    work while the app (or another command) holds the workspace for writing."""
    from sp_collect.workspace.unlock import start_opening

    passphrase = passphrase or read_passphrase(args)
    start_opening(args.workspace, passphrase)  # Argon2 runs while the workspace code loads
    from sp_collect.workspace import Workspace  # loads the core only when a command needs it

    return Workspace.open(args.workspace, passphrase=passphrase, read_only=read_only)


def read_json_object(path: Path, what: str = "a JSON object") -> dict[str, Any]:
    """A JSON object from a file the user named; bad usage (exit 2) if it is not one."""
    from sp_collect.errors import UsageError

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}", code="file_unreadable") from exc
    except RecursionError:
        raise UsageError(
            f"{path} is nested more deeply than sp_collect reads", code="too_deep"
        ) from None
    except json.JSONDecodeError as exc:
        raise UsageError(
            f"{path} is not valid JSON (line {exc.lineno}, column {exc.colno})", code="json_syntax"
        ) from exc
    if not isinstance(data, dict):
        raise UsageError(f"{path} must hold {what}", code="json_not_object")
    return data


def sentence(message: str) -> str:
    """``message`` as a sentence: first letter up (names keep their case), a full stop."""
    text = message[:1].upper() + message[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")


def print_table(headers: list[str], rows: list[list[Any]]) -> None:
    """A plain aligned table; no colours, so it survives redirection and e-mail."""
    cells = [headers, *[[("" if c is None else str(c)) for c in row] for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for index, row in enumerate(cells):
        print("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
        if index == 0:
            print("  ".join("-" * w for w in widths))
