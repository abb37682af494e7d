"""Received responses merged in chunks: one multi-row insert, guarded updates for the rest."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, bindparam, select

from sp_collect.storage import values
from sp_collect.storage.db import upsert_insert
from sp_collect.storage.sealing import Codec, seal_response
from sp_collect.storage.tables import responses

CHUNK = 500
"""Rows per INSERT: 15 columns each stays far below both back ends' parameter limits."""

# Built once; "key" and "newer" because SET already binds every column under its own name.
_REPLACE = (
    responses.update()
    .where(responses.c.uuid == bindparam("key"), responses.c.revision < bindparam("newer"))
    .values(
        {column.name: bindparam(column.name) for column in responses.c if column.name != "uuid"}
    )
)
_NO_STATE = values.dumps({})  # received copies carry none: one encoding less per response
_HELD = select(responses.c.uuid, responses.c.revision, responses.c.answers_sha256)


def stored_row(item: Mapping[str, Any], received_at: str, sealer: Codec) -> dict[str, Any]:
    """An incoming response (``upsert_received``'s keyword arguments) as a table row."""
    answers_text = values.dumps(item["answers"])
    row = {
        "uuid": item["uuid"],
        "form_id": item["form_id"],
        "form_version": item["form_version"],
        "status": item["status"],
        "revision": item["revision"],
        "created_at": item["created_at"],
        "updated_at": item["updated_at"],
        "author": item["author"],
        "instance_name": item.get("instance_name", ""),
        "answers": answers_text,
        "answers_sha256": sealer.digest(answers_text),
        "state": values.dumps(state) if (state := item.get("state")) else _NO_STATE,
        "audit": values.dumps(item["audit"]),
        "sender": item["sender"],
        "received_at": received_at,
    }
    return seal_response(sealer, row)


def chunks(rows: Sequence[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    """Up to ``CHUNK`` rows with distinct uuids each, in order.

    A uuid seen again starts a new chunk, so its second copy meets the first one stored, as it
    would one call at a time.
    """
    chunk: list[dict[str, Any]] = []
    seen: set[str] = set()
    for row in rows:
        if len(chunk) == CHUNK or row["uuid"] in seen:
            yield chunk
            chunk, seen = [], set()
        chunk.append(row)
        seen.add(row["uuid"])
    if chunk:
        yield chunk


def upsert_chunk(kind: str, conn: Connection, chunk: list[dict[str, Any]]) -> list[str]:
    """The outcome of each row of ``chunk`` (distinct uuids), in order."""
    # RETURNING, not rowcount: psycopg reports -1 for ON CONFLICT DO NOTHING. Executed with a
    # list of rows, SQLAlchemy sends them as multi-row VALUES ("insertmanyvalues").
    insert = upsert_insert(kind, responses).on_conflict_do_nothing().returning(responses.c.uuid)
    inserted = set(conn.execute(insert, chunk).scalars())
    if len(inserted) == len(chunk):
        return ["new"] * len(chunk)
    others = [row["uuid"] for row in chunk if row["uuid"] not in inserted]
    held = {
        uuid: (revision, digest)
        for uuid, revision, digest in conn.execute(_HELD.where(responses.c.uuid.in_(others)))
    }
    return [
        "new" if row["uuid"] in inserted else _resolve(conn, row, held.get(row["uuid"]))
        for row in chunk
    ]


def _resolve(conn: Connection, row: dict[str, Any], held: tuple[int, str] | None) -> str:
    """updated / older / duplicate / conflict for a row whose uuid is already stored."""
    # Revisions only rise, so a held revision at least as high needs no UPDATE attempt; a
    # lower one is replaced by a guarded UPDATE, which a concurrent importer cannot race.
    if held is None or held[0] < row["revision"]:
        replace = {**row, "key": row["uuid"], "newer": row["revision"]}
        del replace["uuid"]
        if conn.execute(_REPLACE, replace).rowcount:
            return "updated"
        # A concurrent importer stored a revision at least as high first: judge against it.
        revision, digest = conn.execute(_HELD.where(responses.c.uuid == row["uuid"])).one()[1:]
        held = (revision, digest)
    if held[0] > row["revision"]:
        return "older"
    return "duplicate" if held[1] == row["answers_sha256"] else "conflict"
