"""An exclusive lock on ``workspace.lock``, so a second window or program cannot write too.

Readers beside a writer take no lock once open (see ``Store.open(read_only=True)``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

from sp_collect.errors import WorkspaceLocked

LOCK_NAME = "workspace.lock"


class FolderLock:
    """Held for as long as a store is open; the OS releases it if the process dies."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self._handle: IO[bytes] | None = None

    def acquire(self) -> None:
        # OSError from open() (read-only folder, full disk) is left to the caller to translate.
        handle = open(self.path, "a+b")  # noqa: SIM115 (kept open while locked)
        try:
            _lock(handle)
        except OSError:
            handle.close()
            raise WorkspaceLocked(
                "the workspace is open in another window or program; close it there first"
            ) from None
        self._handle = handle

    @property
    def held(self) -> bool:
        return self._handle is not None

    def release(self) -> None:
        if self._handle is not None:
            _unlock(self._handle)
            self._handle.close()
            self._handle = None


if os.name == "nt":
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    # flock (not fcntl/lockf) so that two opens inside one process also exclude each other.
    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
