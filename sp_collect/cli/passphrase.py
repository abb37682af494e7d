"""Where the CLI gets a passphrase: SP_COLLECT_PASSPHRASE, --passphrase-file, or a prompt."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from sp_collect.errors import UsageError, WorkspaceError

ENV_VAR = "SP_COLLECT_PASSPHRASE"
NEW_ENV_VAR = "SP_COLLECT_NEW_PASSPHRASE"
"""``workspace passwd`` in a script: the new passphrase (the current one is in ``ENV_VAR``)."""
MIN_LENGTH = 8


def add_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help=f"read the passphrase from the first line of FILE (else ${ENV_VAR}, else a prompt)",
    )


def read_passphrase(args: argparse.Namespace, *, confirm: bool = False, prompt: str = "") -> str:
    """The passphrase for this command; ``confirm`` asks twice when prompting (new passphrases)."""
    file: Path | None = getattr(args, "passphrase_file", None)
    if file is not None:
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise WorkspaceError(
                f"cannot read the passphrase file {file}: {exc.strerror}",
                code="passphrase_file_unreadable",
            ) from exc
        return _checked(lines[0] if lines else "", new=confirm)
    from_env = os.environ.get(ENV_VAR)
    if from_env is not None:
        return _checked(from_env, new=confirm)
    return ask(prompt or "Passphrase: ", confirm=confirm)


def read_new_passphrase(args: argparse.Namespace) -> str:
    """The new passphrase of ``workspace passwd``: --new-passphrase-file, then
    $SP_COLLECT_NEW_PASSPHRASE, else asked twice at the terminal."""
    file: Path | None = getattr(args, "new_passphrase_file", None)
    if file is not None:
        return read_passphrase(argparse.Namespace(passphrase_file=file), confirm=True)
    from_env = os.environ.get(NEW_ENV_VAR)
    if from_env is not None:
        return _checked(from_env, new=True)
    if not sys.stdin.isatty():
        raise UsageError(
            f"no new passphrase given: set {NEW_ENV_VAR} or use --new-passphrase-file for "
            "scripted use"
        )
    return ask("New passphrase: ", confirm=True)


def ask(prompt: str, *, confirm: bool = False) -> str:
    if not sys.stdin.isatty():
        raise UsageError(
            f"no passphrase given: set {ENV_VAR} or use --passphrase-file for scripted use",
            code="passphrase_missing",
        )
    first = getpass.getpass(prompt)
    if confirm:
        _checked(first, new=True)
        if getpass.getpass("Repeat it: ") != first:
            raise WorkspaceError(
                "the two passphrases differ; nothing was changed", code="passphrases_differ"
            )
    return first


def _checked(passphrase: str, *, new: bool) -> str:
    if new and len(passphrase) < MIN_LENGTH:
        raise WorkspaceError(
            f"choose a passphrase of at least {MIN_LENGTH} characters", code="passphrase_short"
        )
    if not passphrase:
        raise WorkspaceError("the passphrase is empty", code="passphrase_empty")
    return passphrase
