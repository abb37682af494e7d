"""``Store``: create, unlock, check and close a workspace; the repositories hang off it."""

from __future__ import annotations

import contextlib
import uuid as uuid_module
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from sqlalchemy import Connection, select

from sp_collect.errors import SpCollectError, WorkspaceError, WorkspaceLocked
from sp_collect.storage import faults, keyfile, keys, migrations
from sp_collect.storage.attachments import Attachments
from sp_collect.storage.bundles import Bundles
from sp_collect.storage.check import CheckReport, run_check
from sp_collect.storage.comments import Comments
from sp_collect.storage.conflicts import Conflicts
from sp_collect.storage.contacts import Contacts
from sp_collect.storage.db import Database
from sp_collect.storage.events import Events
from sp_collect.storage.forms import Forms
from sp_collect.storage.keyfile import Keyfile
from sp_collect.storage.lock import FolderLock
from sp_collect.storage.responses import Responses
from sp_collect.storage.sealed_secrets import Secrets
from sp_collect.storage.sealing import Sealer
from sp_collect.storage.tables import workspace
from sp_collect.storage.values import now

DB_NAME = "workspace.db"
ROLES = ("field", "coordinator")


@dataclass(frozen=True)
class WorkspaceInfo:
    name: str
    role: str
    device_id: str
    created_at: str
    database: str  # "sqlcipher" | "postgresql"
    workspace_id: str


class Store:
    """An unlocked workspace. Holds the folder lock until :meth:`close`."""

    def __init__(
        self, folder: Path, kf: Keyfile, master: bytes, db: Database, lock: FolderLock
    ) -> None:
        self.folder = folder
        self._keyfile = kf
        self._master = master
        self._db = db
        self._lock = lock
        self.info = _read_info(db, kf)
        self.forms = Forms(db)
        self.responses = Responses(db)
        self.attachments = Attachments(db)
        self.comments = Comments(db)
        self.contacts = Contacts(db)
        self.bundles = Bundles(db)
        self.conflicts = Conflicts(db)
        self.events = Events(db)
        self.secrets = Secrets(db, master, kf.workspace_id)

    # -- lifecycle -----------------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        folder: Path,
        passphrase: str,
        *,
        name: str,
        role: str,
        database_url: str | None = None,
    ) -> tuple[Store, str]:
        """A new workspace; returns it open, and the recovery code (to show the user once)."""
        if role not in ROLES:
            raise WorkspaceError(
                f"role must be 'field' or 'coordinator', not {role!r}", code="role_invalid"
            )
        if not name.strip():
            raise WorkspaceError(
                "give the workspace a name (the person or team using it)", code="name_empty"
            )
        folder = Path(folder)
        if (folder / keyfile.KEYFILE_NAME).exists() or (folder / DB_NAME).exists():
            raise WorkspaceError(
                f"{folder} already holds a workspace; open it, or choose an empty folder",
                code="workspace_exists",
            )
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise faults.translate(exc, folder) or _unwritable(folder, exc) from None
        lock = _acquire(folder)
        master = keys.new_key()
        code = keys.new_recovery_code()
        db: Database | None = None
        try:
            kf = Keyfile.new(
                str(uuid_module.uuid4()), master, passphrase, code, database_url=database_url
            )
            db = _connect(folder, kf, master)
            with db.atomic() as conn:
                migrations.upgrade(conn, db.sealer)
                if conn.execute(select(workspace.c.workspace_id)).first() is not None:
                    raise WorkspaceError(
                        "that database already holds a workspace; use an empty database",
                        code="workspace_exists",
                    )
                conn.execute(
                    workspace.insert().values(
                        workspace_id=kf.workspace_id,
                        name=name,
                        role=role,
                        device_id=str(uuid_module.uuid4()),
                        created_at=now(),
                    )
                )
            # The keyfile last: until it exists the folder is not a workspace, so a failure
            # above leaves nothing that looks usable.
            keyfile.save(folder, kf)
            return cls(folder, kf, master, db, lock), code
        except BaseException:
            if db is not None:
                db.close()
            _remove_partial(folder, database_url is None)
            lock.release()
            raise

    @classmethod
    def open(
        cls,
        folder: Path,
        *,
        passphrase: str | None = None,
        recovery_code: str | None = None,
        read_only: bool = False,
    ) -> Store:
        """Unlock with the passphrase or the recovery code; migrations run if needed.

        A writer holds the folder lock until :meth:`close`, so a second writer is refused. A
        reader (``read_only``) may open beside a writer (the app): it holds no lock once open
        and every write through it is refused; the database's own locking (WAL) keeps its
        reads consistent while the writer goes on. It runs pending migrations only when no
        writer holds the workspace (a writer has already run them).
        """
        folder = Path(folder)
        kf = _load_keyfile(folder)
        lock = _acquire(folder) if not read_only else _acquire_if_free(folder)
        db: Database | None = None
        try:
            master = _unlock(kf, passphrase, recovery_code)
            db = _connect(folder, kf, master)
            if lock.held:
                # Read first: an up-to-date workspace opens without writing (a full disk reads).
                with db.reading() as conn:
                    current = migrations.current_revision(conn)
                if current != migrations.HEAD:
                    with db.atomic() as conn:
                        migrations.upgrade(conn, db.sealer)
            if read_only:
                lock.release()
                db.read_only = True
            return cls(folder, kf, master, db, lock)
        except BaseException:
            if db is not None:
                db.close()
            lock.release()
            raise

    @classmethod
    def open_reader(cls, folder: Path, key: bytes) -> Store:
        """A reader in a helper process of the app that holds the workspace (a report written
        apart, so the window never waits): unlocked with the writer's :meth:`reader_key`, which
        costs no key derivation. Like ``open(read_only=True)`` beside a writer, it takes no lock
        and refuses every write; the writer has already run the migrations."""
        folder = Path(folder)
        kf = _load_keyfile(folder)
        db = _connect(folder, kf, key)
        db.read_only = True
        try:
            return cls(folder, kf, key, db, FolderLock(folder))
        except BaseException:
            db.close()
            raise

    def reader_key(self) -> bytes:
        """The database key, for :meth:`open_reader` in a helper process. Hand it over in
        memory only (a pipe to that process), never through a file or a command line."""
        return self._master

    @staticmethod
    def recover(folder: Path, recovery_code: str, new_passphrase: str) -> None:
        """Set a new passphrase with the recovery code; rewraps the key, data untouched."""
        folder = Path(folder)
        kf = _load_keyfile(folder)
        lock = _acquire(folder)
        try:
            master = kf.unlock_with_recovery_code(recovery_code)
            keyfile.save(folder, kf.with_passphrase(master, new_passphrase))
        finally:
            lock.release()

    def change_passphrase(self, old: str, new: str, *, recovery_code: str | None = None) -> None:
        """Rewrap the database key under ``new``; ``old`` must be the current passphrase, or
        ``recovery_code`` the recovery code (after a forgotten passphrase: ``old`` is ignored)."""
        current = (
            self._keyfile.unlock_with_recovery_code(recovery_code)
            if recovery_code is not None
            else self._keyfile.unlock_with_passphrase(old)
        )
        if current != self._master:
            raise WorkspaceError(
                "the keyfile changed on disk since the workspace was opened; reopen it",
                code="keyfile_changed",
            )
        rewrapped = self._keyfile.with_passphrase(self._master, new)
        keyfile.save(self.folder, rewrapped)
        self._keyfile = rewrapped
        self.events.append("passphrase_changed", self.info.name, {})

    def check(self) -> CheckReport:
        return run_check(self._db)

    def atomic(self) -> contextlib.AbstractContextManager[Connection]:
        """THE write path: one transaction; nested calls are savepoints."""
        return self._db.atomic()

    def close(self) -> None:
        self._db.close()
        self._lock.release()
        self._master = b""

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


# -- helpers ---------------------------------------------------------------------------------
def _load_keyfile(folder: Path) -> Keyfile:
    if not folder.exists():
        raise WorkspaceError(
            f"the workspace folder {folder} does not exist; check the path",
            code="folder_missing",
        )
    if not folder.is_dir():
        raise WorkspaceError(f"{folder} is a file, not a workspace folder", code="not_a_workspace")
    return keyfile.load(folder)


def _acquire(folder: Path) -> FolderLock:
    lock = FolderLock(folder)
    try:
        lock.acquire()
    except OSError as exc:
        raise faults.translate(exc, folder) or _unwritable(folder, exc) from None
    return lock


def _acquire_if_free(folder: Path) -> FolderLock:
    """The lock if no writer holds it (to run migrations), else an unheld one."""
    try:
        return _acquire(folder)
    except WorkspaceLocked:
        return FolderLock(folder)


def _unlock(kf: Keyfile, passphrase: str | None, recovery_code: str | None) -> bytes:
    if passphrase is not None:
        return kf.unlock_with_passphrase(passphrase)
    if recovery_code is not None:
        return kf.unlock_with_recovery_code(recovery_code)
    raise WorkspaceError("give the passphrase or the recovery code", code="no_secret")


def _connect(folder: Path, kf: Keyfile, master: bytes) -> Database:
    url = kf.database_url(master)
    if url is not None:
        return Database.postgresql(url, folder, Sealer(master, kf.workspace_id))
    path = folder / DB_NAME
    if (folder / keyfile.KEYFILE_NAME).exists():
        if not path.exists():
            raise WorkspaceError(
                f"{DB_NAME} is missing from {folder}; restore it from a backup",
                code="database_missing",
            )
        if path.stat().st_size == 0:
            # SQLCipher would treat an empty file as a new database and fill it.
            raise faults.corrupt(folder)
    return Database.sqlcipher(path, master)


def _read_info(db: Database, kf: Keyfile) -> WorkspaceInfo:
    with db.reading() as conn:
        row = conn.execute(select(workspace)).first()
    if row is None or row.workspace_id != kf.workspace_id:
        raise WorkspaceError(
            "the database does not belong to this workspace's keyfile; "
            "restore the matching workspace.db",
            code="database_mismatch",
        )
    return WorkspaceInfo(
        name=row.name,
        role=row.role,
        device_id=row.device_id,
        created_at=row.created_at,
        database=db.kind,
        workspace_id=row.workspace_id,
    )


def _remove_partial(folder: Path, local_db: bool) -> None:
    """Undo a failed create: only the files it made (never anything else in the folder)."""
    names = [keyfile.KEYFILE_NAME, keyfile.KEYFILE_NAME + ".new"]
    if local_db:
        names += [DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm"]
    for name in names:
        with contextlib.suppress(OSError):
            (folder / name).unlink(missing_ok=True)


def _unwritable(folder: Path, exc: OSError) -> SpCollectError:
    return WorkspaceError(f"cannot use the folder {folder}: {exc.strerror}", code="folder_unusable")
