"""``workspace check``: SQLCipher page MACs, SQLite integrity, answer digests, the event chain,
attachments."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select

from sp_collect.errors import SealBroken, WorkspaceError
from sp_collect.storage.attachments import Attachments
from sp_collect.storage.db import Database
from sp_collect.storage.events import Events
from sp_collect.storage.sealing import RESPONSE_COLUMNS, Slot, open_response
from sp_collect.storage.tables import comments, conflicts, metadata, responses


@dataclass(frozen=True)
class CheckReport:
    ok: bool
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


def _sqlite_problems(db: Database) -> list[str]:
    problems: list[str] = []
    with db.reading() as conn:
        # Every page's HMAC: finds flipped bits anywhere in the file, not only in read pages.
        for (message,) in conn.exec_driver_sql("PRAGMA cipher_integrity_check"):
            problems.append(f"encryption: {message}")
        for (message,) in conn.exec_driver_sql("PRAGMA integrity_check"):
            if message != "ok":
                problems.append(f"database: {message}")
        for row in conn.exec_driver_sql("PRAGMA foreign_key_check"):
            problems.append(f"database: row {row[1]} of {row[0]} points to a missing {row[2]}")
    return problems


def _response_problems(db: Database) -> list[str]:
    """Responses whose answers no longer match the digest stored when they were written, or
    (PostgreSQL) whose sealed values no longer open: each named by its uuid."""
    problems: list[str] = []
    sealed = [responses.c[name] for name in RESPONSE_COLUMNS]
    query = select(responses.c.uuid, responses.c.revision, responses.c.answers_sha256, *sealed)
    with db.reading() as conn:
        for uuid, revision, digest, *stored in conn.execute(query.order_by(responses.c.uuid)):
            try:
                opened = [
                    open_response(db.sealer, uuid, revision, name, value)
                    for name, value in zip(RESPONSE_COLUMNS, stored, strict=True)
                ]
            except SealBroken as exc:
                problems.append(exc.message)
                continue
            if db.sealer.digest(opened[RESPONSE_COLUMNS.index("answers")]) != digest:
                problems.append(f"response {uuid}: its answers were changed outside sp_collect")
    return problems


def _sealed_problems(db: Database) -> list[str]:
    """Comments and conflict copies whose sealed values no longer open (PostgreSQL)."""
    problems: list[str] = []
    with db.reading() as conn:
        for table, columns in ((comments, ("text", "author")), (conflicts, ("incoming",))):
            for row in conn.execute(select(table).order_by(table.c.id)):
                for column in columns:
                    slot = Slot(table.name, column, row.uuid, row.revision)
                    try:
                        db.sealer.open(getattr(row, column), slot)
                    except SealBroken as exc:
                        problems.append(exc.message)
    return problems


def run_check(db: Database) -> CheckReport:
    problems: list[str] = []
    try:
        if db.kind == "sqlcipher":
            problems += _sqlite_problems(db)
    except WorkspaceError as exc:
        if exc.code == "disk_full":
            raise  # not damage: the check could not run
        # A damaged file can fail the checks themselves; that is the finding, not a crash.
        return CheckReport(ok=False, problems=[f"database: {exc.message}"])
    problems += _response_problems(db)
    if db.sealer.sealed:
        problems += _sealed_problems(db)
    problems += Events(db).verify()
    problems += Attachments(db).verify()
    with db.reading() as conn:
        counts = {
            name: int(conn.execute(select(func.count()).select_from(table)).scalar_one())
            for name, table in sorted(metadata.tables.items())
            if name != "workspace"
        }
    return CheckReport(ok=not problems, problems=problems, counts=counts)
