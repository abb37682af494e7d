"""Conflicts: an incoming copy with the same revision but other answers, kept side by side."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, select

from sp_collect.errors import NotFound
from sp_collect.storage import values
from sp_collect.storage.db import Database
from sp_collect.storage.sealing import Codec, Slot
from sp_collect.storage.tables import conflicts


@dataclass(frozen=True)
class ConflictRow:
    id: int
    uuid: str
    revision: int
    incoming: dict[str, Any]
    sender: str
    bundle_id: str
    created_at: str
    resolved_at: str | None
    resolution: dict[str, Any] | None


def _slot(uuid: str, revision: int, column: str) -> Slot:
    return Slot("conflicts", column, uuid, revision)


def _row(sealer: Codec, row: Row[Any]) -> ConflictRow:
    def opened(column: str) -> Any:
        stored = getattr(row, column)
        if stored is None:
            return None
        return values.loads(sealer.open(stored, _slot(row.uuid, row.revision, column)))

    return ConflictRow(
        row.id, row.uuid, row.revision, opened("incoming"), row.sender, row.bundle_id,
        row.created_at, row.resolved_at, opened("resolution"),
    )  # fmt: skip


class Conflicts:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(
        self, uuid: str, revision: int, incoming: dict[str, Any], sender: str, bundle_id: str
    ) -> bool:
        """Keep the incoming copy; False if a conflict for (uuid, revision) is already kept."""
        row = {
            "uuid": uuid,
            "revision": revision,
            "incoming": self._db.sealer.seal(
                values.dumps(incoming), _slot(uuid, revision, "incoming")
            ),
            "sender": sender,
            "bundle_id": bundle_id,
            "created_at": values.now(),
        }
        with self._db.atomic(savepoint=False) as conn:
            return self._db.insert_new(conn, conflicts, row)

    def list(self, *, include_resolved: bool = False) -> list[ConflictRow]:
        query = select(conflicts).order_by(conflicts.c.id)
        if not include_resolved:
            query = query.where(conflicts.c.resolved_at.is_(None))
        with self._db.reading() as conn:
            return [_row(self._db.sealer, r) for r in conn.execute(query)]

    def resolve(self, uuid: str, revision: int, resolution: dict[str, Any]) -> None:
        """Record the coordinator's field-by-field decision; the merge applies it."""
        with self._db.atomic(savepoint=False) as conn:
            updated = conn.execute(
                conflicts.update()
                .where(conflicts.c.uuid == uuid, conflicts.c.revision == revision)
                .values(
                    resolution=self._db.sealer.seal(
                        values.dumps(resolution), _slot(uuid, revision, "resolution")
                    ),
                    resolved_at=values.now(),
                )
            ).rowcount
        if not updated:
            raise NotFound(
                f"no conflict for response {uuid} revision {revision}", code="conflict_missing"
            )
