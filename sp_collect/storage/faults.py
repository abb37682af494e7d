"""Turn database and file-system failures into one clear sentence with a stable code."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

from sqlalchemy.exc import DBAPIError, OperationalError

from sp_collect.errors import WorkspaceError, WorkspaceLocked

_FULL = ("database or disk is full", "no space left")
_READ_ONLY = ("readonly database", "read-only", "unable to open database file")
_NEEDS_SPACE = ("disk i/o error", "readonly database", "read-only")
FULL_BELOW = 1024 * 1024
"""Free bytes below which the disk counts as full (SQLite needs room for its WAL and index)."""
_CORRUPT = ("file is not a database", "malformed", "hmac check failed", "not a database")


def disk_full() -> WorkspaceError:
    return WorkspaceError(
        "the disk is full; free some space and try again (what was saved before is kept)",
        code="disk_full",
    )


def no_space(folder: Path) -> bool:
    """Whether the disk holding ``folder`` is (all but) full."""
    try:
        usage = shutil.disk_usage(folder)
    except OSError:
        return False
    return usage.free < FULL_BELOW


def read_only(folder: Path) -> WorkspaceError:
    return WorkspaceError(
        f"the workspace folder {folder} is read-only; copy it somewhere writable and open it there",
        code="read_only",
    )


def corrupt(folder: Path) -> WorkspaceError:
    return WorkspaceError(
        f"workspace.db in {folder} is not a workspace database or is damaged; "
        "restore it from a backup",
        code="database_corrupt",
    )


def translate(exc: BaseException, folder: Path) -> WorkspaceError | None:
    """The user-facing error for ``exc``, or None when it is not a known fault."""
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return disk_full()
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return read_only(folder)
        return None
    if not isinstance(exc, DBAPIError):
        return None
    message = str(exc.orig).lower()
    sqlstate = getattr(exc.orig, "sqlstate", None)
    if sqlstate == "53100" or any(text in message for text in _FULL):
        return disk_full()
    if any(text in message for text in _NEEDS_SPACE) and no_space(folder):
        # A full disk shows as an I/O error (the WAL index cannot grow) or, once opened
        # read-only for lack of space, as a refused write.
        return disk_full()
    if any(text in message for text in _READ_ONLY):
        return read_only(folder)
    if any(text in message for text in _CORRUPT):
        return corrupt(folder)
    if "database is locked" in message:
        return WorkspaceLocked(
            "the workspace is open in another window or program; close it there first"
        )
    # psycopg gives no SQLSTATE when it cannot connect at all; the server does, for 08xxx.
    unreachable = exc.connection_invalidated or (
        sqlstate is None and isinstance(exc, OperationalError) and "connect" in message
    )
    if unreachable or (sqlstate is not None and sqlstate.startswith("08")):
        return WorkspaceError(
            "cannot reach the PostgreSQL server; check the network and that it is running",
            code="database_unreachable",
        )
    return WorkspaceError(
        f"the workspace database refused the operation: {exc.orig}", code="database_error"
    )
