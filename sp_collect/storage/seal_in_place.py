"""Seal the values of a PostgreSQL store written before sealing (migration 0002).

It runs inside the migration's transaction, so a store is sealed whole or not at all: killed
half-way, the server rolls it back and the next open runs it again. Rows are read in batches
of those not sealed yet, so memory stays flat and a row already sealed is never sealed twice.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Column, Connection, Table, select

from sp_collect.storage.attachments import slot, stored_name
from sp_collect.storage.events import GENESIS, chain_hash, chain_problems, details_slot
from sp_collect.storage.sealing import PREFIX, RESPONSE_COLUMNS, Sealer, Slot, seal_response
from sp_collect.storage.tables import attachments, comments, conflicts, events, responses

BATCH = 200
_ATTACHMENT_BATCH = 20  # whole files: fewer at a time
TAMPERED = "0" * 64
"""The digest kept for answers that no longer matched theirs before sealing: the HMAC of any
text never equals it, so ``workspace check`` still names those responses afterwards."""


def seal_store(conn: Connection, sealer: Sealer) -> int:
    """Seal every row not sealed yet; returns how many rows were sealed."""
    steps: list[tuple[Table, Column[Any], int, Callable[[Any], dict[str, Any]]]] = [
        (responses, responses.c.answers, BATCH, lambda row: _response(sealer, row)),
        (attachments, attachments.c.name, _ATTACHMENT_BATCH, lambda row: _attachment(sealer, row)),
        (comments, comments.c.text, BATCH,
         lambda row: _keyed(sealer, row, "comments", ("text", "author"))),
        (conflicts, conflicts.c.incoming, BATCH,
         lambda row: _keyed(sealer, row, "conflicts", ("incoming", "resolution"))),
    ]  # fmt: skip
    return sum(_each_unsealed(conn, *step) for step in steps) + _seal_events(conn, sealer)


_MARKERS = (
    responses.c.answers,
    attachments.c.name,
    comments.c.text,
    conflicts.c.incoming,
    events.c.details,
)


def needs_sealing(conn: Connection) -> bool:
    """Whether any row is not sealed yet."""
    return any(
        conn.execute(select(marker).where(_unsealed(marker)).limit(1)).first() is not None
        for marker in _MARKERS
    )


def _unsealed(marker: Column[Any]) -> Any:
    return ~marker.startswith(PREFIX, autoescape=True)


def _each_unsealed(
    conn: Connection,
    table: Table,
    marker: Column[Any],
    batch: int,
    sealed: Callable[[Any], dict[str, Any]],
) -> int:
    keys: Sequence[Column[Any]] = list(table.primary_key.columns)
    count = 0
    while True:
        query = select(table).where(_unsealed(marker))
        rows = conn.execute(query.order_by(*keys).limit(batch)).all()
        if not rows:
            return count
        for row in rows:
            where = [key == getattr(row, key.name) for key in keys]
            conn.execute(table.update().where(*where).values(**sealed(row)))
        count += len(rows)


def _response(sealer: Sealer, row: Any) -> dict[str, Any]:
    plain = {name: getattr(row, name) for name in RESPONSE_COLUMNS}
    intact = hashlib.sha256(row.answers.encode("utf-8")).hexdigest() == row.answers_sha256
    sealed = seal_response(sealer, {**plain, "uuid": row.uuid, "revision": row.revision})
    digest = sealer.digest(row.answers) if intact else TAMPERED
    return {**{name: sealed[name] for name in RESPONSE_COLUMNS}, "answers_sha256": digest}


def _attachment(sealer: Sealer, row: Any) -> dict[str, Any]:
    """A plain row, sealed and moved to its keyed address (as ``Attachments.put`` stores it)."""
    address = sealer.address(row.sha256)
    return {
        "sha256": address,
        "data": sealer.seal_bytes(bytes(row.data), slot(address, "data")),
        "name": sealer.seal(stored_name(sealer, row.sha256, row.name), slot(address, "name")),
        "media_type": sealer.seal(row.media_type, slot(address, "media_type")),
    }


def _keyed(sealer: Sealer, row: Any, table: str, columns: tuple[str, ...]) -> dict[str, Any]:
    return {
        column: sealer.seal(value, Slot(table, column, row.uuid, row.revision))
        for column in columns
        if (value := getattr(row, column)) is not None
    }


def _seal_events(conn: Connection, sealer: Sealer) -> int:
    """Seal the events' details and link the chain again over the sealed text.

    Only an intact chain is relinked: a chain already broken keeps its hashes, so ``workspace
    check`` still reports it (every sealed event then reads as altered) instead of sealing over
    the damage.
    """
    rows = conn.execute(select(events).order_by(events.c.seq)).all()
    if all(row.details.startswith(PREFIX) for row in rows):
        return 0
    intact = not chain_problems(rows)
    prev_hash = GENESIS
    for row in rows:
        details = row.details
        if not details.startswith(PREFIX):
            details = sealer.seal(details, details_slot(row.seq))
        changes: dict[str, Any] = {"details": details}
        if intact:
            content = (row.seq, row.at, row.kind, row.subject, details)
            changes.update(prev_hash=prev_hash, hash=chain_hash(prev_hash, content))
            prev_hash = changes["hash"]
        conn.execute(events.update().where(events.c.seq == row.seq).values(**changes))
    return len(rows)
