"""Attachments (documents, photos, audio) content-addressed by the SHA-256 of their bytes."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select

from sp_collect.errors import NotFound, SealBroken
from sp_collect.storage import values
from sp_collect.storage.db import Database, upsert_insert
from sp_collect.storage.sealing import Codec, Slot, broken
from sp_collect.storage.tables import attachments


def content_digest(data: bytes) -> str:
    """An attachment's address: the SHA-256 of its bytes, in hex."""
    return hashlib.sha256(data).hexdigest()


def slot(address: str, column: str) -> Slot:
    """Sealed attachment values are bound to the row's stored address."""
    return Slot("attachments", column, address)


def stored_name(codec: Codec, sha256: str, name: str) -> str:
    """The ``name`` column: on PostgreSQL it also carries the SHA-256 (sealed), since the row's
    key is only a keyed address of it."""
    return f"{sha256}\n{name}" if codec.sealed else name


class Attachments:
    """Stored inside the encrypted database, so they share its encryption and its backups. On
    PostgreSQL bytes, name and media type are sealed and the row's key is a keyed address (HMAC)
    of the SHA-256, so the server sees sizes only."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def put(self, data: bytes, media_type: str, name: str) -> str:
        """Store ``data`` once (same bytes, same row); returns its SHA-256 hex digest."""
        return self.put_many([(data, media_type, name)])[0]

    def put_many(self, files: Sequence[tuple[bytes, str, str]]) -> list[str]:
        """``put`` for many files (data, media type, name) in one statement; their digests."""
        codec = self._db.sealer
        digests: list[str] = []
        rows: list[dict[str, Any]] = []
        added_at = values.now()
        for data, media_type, name in files:
            digest = content_digest(data)
            address = codec.address(digest)
            digests.append(digest)
            rows.append(
                {
                    "sha256": address,
                    "media_type": codec.seal(media_type, slot(address, "media_type")),
                    "name": codec.seal(stored_name(codec, digest, name), slot(address, "name")),
                    "size": len(data),
                    "data": codec.seal_bytes(data, slot(address, "data")),
                    "added_at": added_at,
                }
            )
        if rows:
            statement = upsert_insert(self._db.kind, attachments).on_conflict_do_nothing()
            with self._db.atomic(savepoint=False) as conn:
                conn.execute(statement, rows)
        return digests

    def get(self, sha256: str) -> bytes:
        address = self._db.sealer.address(sha256)
        with self._db.reading() as conn:
            data = conn.execute(
                select(attachments.c.data).where(attachments.c.sha256 == address)
            ).scalar()
        if data is None:
            raise NotFound(
                f"attachment {sha256} is not in this workspace", code="attachment_missing"
            )
        return self._db.sealer.open_bytes(bytes(data), slot(address, "data"))

    def has(self, sha256: str) -> bool:
        address = self._db.sealer.address(sha256)
        with self._db.reading() as conn:
            found = conn.execute(
                select(attachments.c.sha256).where(attachments.c.sha256 == address)
            ).scalar()
        return found is not None

    def digests(self) -> list[str]:
        """Every stored attachment's SHA-256, sorted."""
        return sorted(self.sizes())

    def sizes(self) -> dict[str, int]:
        """Every stored attachment's SHA-256 and its size in bytes (never sealed), in one query."""
        codec = self._db.sealer
        query = select(attachments.c.sha256, attachments.c.name, attachments.c.size)
        with self._db.reading() as conn:
            rows = conn.execute(query).all()
        return {
            (self._sha256(address, name) if codec.sealed else address): int(size)
            for address, name, size in rows
        }

    def count(self) -> int:
        with self._db.reading() as conn:
            return int(conn.execute(select(func.count()).select_from(attachments)).scalar_one())

    def verify(self) -> list[str]:
        """Attachments whose bytes no longer match their address (or, sealed, do not open)."""
        problems: list[str] = []
        codec = self._db.sealer
        query = select(attachments.c.sha256, attachments.c.name, attachments.c.data)
        with self._db.reading() as conn:
            for address, name, stored in conn.execute(query):
                try:
                    sha256 = self._sha256(address, name) if codec.sealed else address
                except SealBroken as exc:
                    problems.append(exc.message)
                    continue
                try:
                    data = codec.open_bytes(bytes(stored), slot(address, "data"))
                except SealBroken:  # named by the SHA-256 the answers cite, not the address
                    problems.append(broken(Slot("attachments", "data", sha256)).message)
                    continue
                if content_digest(data) != sha256:
                    problems.append(f"attachment {sha256}: its content does not match its hash")
        return problems

    def _sha256(self, address: str, name: str) -> str:
        """A sealed row's SHA-256, from its sealed name; it must give the row's address."""
        sha256 = self._db.sealer.open(name, slot(address, "name")).split("\n", 1)[0]
        if self._db.sealer.address(sha256) != address:
            raise SealBroken(
                f"attachment {sha256}: it is stored under another file's address; restore the "
                "database from a backup",
                code="sealed_value_altered",
            )
        return sha256
