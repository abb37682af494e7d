"""Database engines (SQLCipher file or PostgreSQL) and the one transaction helper, ``atomic``."""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Connection, Engine, Table, create_engine, event
from sqlalchemy.dialects import sqlite
from sqlalchemy.pool import QueuePool

from sp_collect.errors import WorkspaceError, WorkspaceLocked
from sp_collect.storage import faults
from sp_collect.storage.sealing import PLAIN, Codec

_WRITE = "sp_collect_write"


def _sqlcipher_creator(path: Path, key: bytes) -> Callable[[], Any]:
    def connect() -> Any:
        try:
            return _sqlcipher_connect(path, key, exclusive=False)
        except sqlcipher3.OperationalError as exc:
            # WAL needs its shared-memory file (-shm), which SQLite cannot grow on a full disk.
            # Reading needs no space: without -shm (exclusive locking keeps the WAL index in
            # memory; this process holds the folder lock anyway), read-only until space is freed.
            if "disk i/o error" not in str(exc).lower() or not faults.no_space(path.parent):
                raise
        return _sqlcipher_connect(path, key, exclusive=True)

    return connect


def _sqlcipher_connect(path: Path, key: bytes, *, exclusive: bool) -> Any:
    # isolation_level=None: SQLAlchemy, not the driver, decides where transactions begin
    # (the driver's legacy mode would break SAVEPOINT and transactional DDL).
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        # SQLCipher reports a wrong key or a damaged page on stderr too; the user gets
        # our one sentence instead.
        conn.execute("PRAGMA cipher_log_level = NONE")
        # A raw 256-bit key: SQLCipher skips its own PBKDF2; ours is Argon2id in keyfile.py.
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        if not conn.execute("PRAGMA cipher_version").fetchone():
            raise RuntimeError("sqlcipher3 is linked against plain SQLite; refusing to run")
        # Temp tables and sort spills would be written unencrypted: keep them in memory.
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        if exclusive:
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            conn.execute("PRAGMA query_only = ON")
        # The first statement that reads the file: a wrong key or a foreign file fails here.
        conn.execute("PRAGMA journal_mode = WAL")
        # FULL for every commit, drafts included: an acknowledged autosave must survive a
        # power cut, not only a crash. It costs one WAL fsync per save, which
        # benchmarks/storage.py measured at 0.5-4 ms depending on disk load, as plain
        # sqlite3 pays too; NORMAL would make drafts cheaper only by risking the last ones.
        conn.execute("PRAGMA synchronous = FULL")
    except BaseException:
        conn.close()
        raise
    return conn


def upsert_insert(kind: str, table: Table) -> Any:
    """The back end's INSERT, which has ON CONFLICT DO NOTHING.

    The PostgreSQL dialect (and its drivers) is imported only by PostgreSQL workspaces: a field
    laptop's app starts without paying for it.
    """
    if kind == "postgresql":
        postgresql = importlib.import_module("sqlalchemy.dialects.postgresql")
        return postgresql.insert(table)
    return sqlite.insert(table)


class Database:
    """An engine plus the per-thread transaction in progress, so ``atomic`` calls nest."""

    def __init__(self, engine: Engine, kind: str, folder: Path, sealer: Codec = PLAIN) -> None:
        self.engine = engine
        self.sealer = sealer
        """How values are stored: as they are (SQLCipher), or sealed (PostgreSQL)."""
        # Writers connect through this view of the engine (same pool): see the begin hook.
        self._writer = engine.execution_options(**{_WRITE: True})
        self.kind = kind  # "sqlcipher" | "postgresql"
        self.folder = folder
        self._local = threading.local()
        self._closed = False
        self.read_only = False
        """Set for a reader beside the app (``Store.open(read_only=True)``): writes are refused."""

    @classmethod
    def sqlcipher(cls, path: Path, key: bytes) -> Database:
        engine = create_engine(
            "sqlite://",
            module=sqlcipher3,  # so SQLAlchemy wraps sqlcipher3's errors like sqlite3's
            creator=_sqlcipher_creator(path, key),
            poolclass=QueuePool,
        )

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            # Writers take the write lock at BEGIN, so a transaction never fails half-way
            # with "database is locked" when it upgrades from reading to writing.
            immediate = conn.get_execution_options().get(_WRITE, False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

        return cls(engine, "sqlcipher", path.parent)

    @classmethod
    def postgresql(cls, url: str, folder: Path, sealer: Codec) -> Database:
        return cls(create_engine(url), "postgresql", folder, sealer)

    @property
    def current(self) -> Connection | None:
        conn: Connection | None = getattr(self._local, "conn", None)
        return conn

    @contextmanager
    def atomic(self, *, savepoint: bool = True) -> Iterator[Connection]:
        """One transaction; nested calls become savepoints (or join, with ``savepoint=False``).

        Everything written inside commits together or not at all; database and disk faults
        leave as a ``WorkspaceError`` with one sentence, after the rollback.
        """
        self._require_open()
        if self.read_only:
            raise WorkspaceLocked(
                "the workspace was opened only for reading; close it in the other window or "
                "program to change it",
                code="workspace_read_only",
            )
        outer = self.current
        if outer is not None:
            if not savepoint:
                yield outer
                return
            with outer.begin_nested():
                yield outer
            return
        try:
            with self._writer.connect() as conn, conn.begin():
                self._local.conn = conn
                try:
                    yield conn
                finally:
                    self._local.conn = None
        except Exception as exc:
            translated = faults.translate(exc, self.folder)
            if translated is None:
                raise
            raise translated from exc

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A consistent snapshot to read from (inside a write, the write's own view)."""
        self._require_open()
        outer = self.current
        if outer is not None:
            yield outer
            return
        try:
            with self.engine.connect() as conn, conn.begin():
                yield conn
        except Exception as exc:
            translated = faults.translate(exc, self.folder)
            if translated is None:
                raise
            raise translated from exc

    def insert_new(self, conn: Connection, table: Table, row: dict[str, Any]) -> bool:
        """Insert unless the primary or a unique key exists; True if inserted.

        One statement (ON CONFLICT DO NOTHING) on both back ends, so concurrent writers never
        race between a read and a write.
        """
        statement = (
            upsert_insert(self.kind, table)
            .values(**row)
            .on_conflict_do_nothing()
            # RETURNING, not rowcount: psycopg reports -1 for this statement.
            .returning(*table.primary_key.columns)
        )
        return conn.execute(statement).first() is not None

    def _require_open(self) -> None:
        # A disposed engine would silently reconnect; a closed (locked) workspace must not.
        if self._closed:
            raise WorkspaceError("the workspace is closed; open it again", code="workspace_closed")

    def close(self) -> None:
        self._closed = True
        self.engine.dispose()
