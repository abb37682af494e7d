"""Bundles sent and received, with per-sender sequence numbers (gaps and replays show up)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from sp_collect.errors import NotFound, WorkspaceError
from sp_collect.storage import values
from sp_collect.storage.db import Database
from sp_collect.storage.tables import bundles

DIRECTIONS = ("in", "out")


@dataclass(frozen=True)
class BundleRow:
    bundle_id: str
    direction: str
    sender: str
    sequence: int
    counts: dict[str, Any]
    status: str
    recorded_at: str


class Bundles:
    def __init__(self, db: Database) -> None:
        self._db = db

    def record(
        self,
        bundle_id: str,
        direction: str,
        sender: str,
        sequence: int,
        counts: dict[str, Any],
        status: str,
    ) -> bool:
        """Remember a bundle; False if this bundle id was already recorded (a re-import)."""
        if direction not in DIRECTIONS:
            raise WorkspaceError(
                f"bundle direction must be 'in' or 'out', not {direction!r}",
                code="bundle_direction",
            )
        row = {
            "bundle_id": bundle_id,
            "direction": direction,
            "sender": sender,
            "sequence": sequence,
            "counts": values.dumps(counts),
            "status": status,
            "recorded_at": values.now(),
        }
        with self._db.atomic(savepoint=False) as conn:
            return self._db.insert_new(conn, bundles, row)

    def set_status(self, bundle_id: str, status: str) -> None:
        """E.g. a quarantined bundle released once its sender is trusted."""
        with self._db.atomic(savepoint=False) as conn:
            updated = conn.execute(
                bundles.update().where(bundles.c.bundle_id == bundle_id).values(status=status)
            ).rowcount
        if not updated:
            raise NotFound(f"no bundle {bundle_id} is recorded", code="bundle_unknown")

    def get(self, bundle_id: str) -> BundleRow | None:
        with self._db.reading() as conn:
            row = conn.execute(select(bundles).where(bundles.c.bundle_id == bundle_id)).first()
        if row is None:
            return None
        return BundleRow(
            row.bundle_id, row.direction, row.sender, row.sequence, values.loads(row.counts),
            row.status, row.recorded_at,
        )  # fmt: skip

    def last_sequence(self, sender: str) -> int | None:
        """The highest sequence number received from ``sender`` (None: nothing yet)."""
        query = select(func.max(bundles.c.sequence)).where(
            bundles.c.direction == "in", bundles.c.sender == sender
        )
        with self._db.reading() as conn:
            return conn.execute(query).scalar()

    def next_outgoing_sequence(self) -> int:
        query = select(func.max(bundles.c.sequence)).where(bundles.c.direction == "out")
        with self._db.reading() as conn:
            last = conn.execute(query).scalar()
        return 1 if last is None else int(last) + 1
