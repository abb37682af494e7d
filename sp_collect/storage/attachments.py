"""Attachments (documents, photos, audio) content-addressed by the SHA-256 of their bytes."""

from __future__ import annotations

import hashlib

from sqlalchemy import func, select

from sp_collect.errors import NotFound
from sp_collect.storage import values
from sp_collect.storage.db import Database
from sp_collect.storage.tables import attachments


class Attachments:
    """Stored inside the encrypted database, so they share its encryption and its backups."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def put(self, data: bytes, media_type: str, name: str) -> str:
        """Store ``data`` once (same bytes, same row); returns its SHA-256 hex digest."""
        digest = hashlib.sha256(data).hexdigest()
        row = {
            "sha256": digest,
            "media_type": media_type,
            "name": name,
            "size": len(data),
            "data": data,
            "added_at": values.now(),
        }
        with self._db.atomic(savepoint=False) as conn:
            self._db.insert_new(conn, attachments, row)
        return digest

    def get(self, sha256: str) -> bytes:
        with self._db.reading() as conn:
            data = conn.execute(
                select(attachments.c.data).where(attachments.c.sha256 == sha256)
            ).scalar()
        if data is None:
            raise NotFound(
                f"attachment {sha256} is not in this workspace", code="attachment_missing"
            )
        return bytes(data)

    def has(self, sha256: str) -> bool:
        with self._db.reading() as conn:
            found = conn.execute(
                select(attachments.c.sha256).where(attachments.c.sha256 == sha256)
            ).scalar()
        return found is not None

    def sizes(self) -> dict[str, int]:
        """Every stored attachment's SHA-256 and size in bytes, in one query."""
        with self._db.reading() as conn:
            query = select(attachments.c.sha256, attachments.c.size)
            return {sha256: int(size) for sha256, size in conn.execute(query)}

    def count(self) -> int:
        with self._db.reading() as conn:
            return int(conn.execute(select(func.count()).select_from(attachments)).scalar_one())

    def verify(self) -> list[str]:
        """Attachments whose bytes no longer match their address."""
        problems: list[str] = []
        with self._db.reading() as conn:
            for sha256, data in conn.execute(select(attachments.c.sha256, attachments.c.data)):
                if hashlib.sha256(data).hexdigest() != sha256:
                    problems.append(f"attachment {sha256}: its content does not match its hash")
        return problems
