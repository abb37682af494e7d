"""Atomic publication of export files: written beside the target, then renamed over it.

A partial export never shows up under the name the user asked for, and the plaintext never
lands anywhere but the folder the user chose (no system temp folder).
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from sp_collect.errors import UsageError


def partial_path(target: Path) -> Path:
    """A hidden, unique name in the target's own folder."""
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}.partial")


def publish(partial: Path, target: Path) -> None:
    """Flush the finished file to disk, then rename it over the target in one step."""
    with partial.open("rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, target)


def discard(paths: list[Path]) -> None:
    for path in paths:
        path.unlink(missing_ok=True)


def check_file_target(target: Path) -> None:
    """The export of a single file needs an existing folder and must not replace a folder."""
    if target.is_dir():
        raise UsageError(f"{target} is a folder; give a file name to write", code="export_target")
    if not target.parent.is_dir():
        raise UsageError(
            f"the folder {target.parent} does not exist; create it or choose another",
            code="export_target",
        )
