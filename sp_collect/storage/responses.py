"""Responses: drafts autosaved after every answer, their lifecycle, and received copies."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Row, Select, bindparam, func, select
from sqlalchemy.exc import IntegrityError as SqlIntegrityError

from sp_collect.errors import NotFound, WorkspaceError
from sp_collect.storage import received, values
from sp_collect.storage.db import Database
from sp_collect.storage.sealing import (
    RESPONSE_COLUMNS,
    Codec,
    Slot,
    open_response,
    seal_response,
)
from sp_collect.storage.statuses import ResponseStatus
from sp_collect.storage.tables import responses

STATUSES = frozenset(ResponseStatus)
EDITABLE = ResponseStatus.DRAFT.value

_SUMMARY_COLUMNS = (
    responses.c.uuid,
    responses.c.form_id,
    responses.c.form_version,
    responses.c.status,
    responses.c.revision,
    responses.c.created_at,
    responses.c.updated_at,
    responses.c.author,
    responses.c.instance_name,
    responses.c.sender,
)


@dataclass(frozen=True)
class ResponseSummary:
    """What lists show: everything but the answers, state and audit."""

    uuid: str
    form_id: str
    form_version: str
    status: str
    revision: int
    created_at: str
    updated_at: str
    author: str
    instance_name: str
    sender: str | None


@dataclass(frozen=True)
class ResponseRow(ResponseSummary):
    """One response in full."""

    answers: dict[str, Any]
    state: dict[str, Any]  # the engine's session JSON, for drafts
    audit: list[Any]
    received_at: str | None
    answers_sha256: str


@dataclass(frozen=True)
class ResponseText(ResponseSummary):
    """One response without state, its answers and audit left as stored canonical JSON."""

    answers: str
    audit: str
    received_at: str | None
    answers_sha256: str


@dataclass(frozen=True)
class NewResponse:
    """A response stored for the first time (``Responses.create_many``): a draft, or already
    finalized where its answers were checked before it was stored (demo data)."""

    uuid: str
    form_id: str
    form_version: str
    author: str
    state: dict[str, Any]
    answers: dict[str, Any]
    instance_name: str = ""
    status: str = EDITABLE


# ResponseText's fields in order; iter_rows appends state when asked.
_TEXT_COLUMNS = (
    *_SUMMARY_COLUMNS,
    responses.c.answers,
    responses.c.audit,
    responses.c.received_at,
    responses.c.answers_sha256,
)


# Built once: constructing an UPDATE costs more than encrypting the pages it writes, and
# autosave runs after every answer. None for instance_name or audit keeps the stored value.
_SAVE_DRAFT = (
    responses.update()
    .where(responses.c.uuid == bindparam("key"), responses.c.status == EDITABLE)
    .values(
        state=bindparam("state"),
        answers=bindparam("answers"),
        answers_sha256=bindparam("answers_sha256"),
        updated_at=bindparam("updated_at"),
        instance_name=func.coalesce(bindparam("instance_name"), responses.c.instance_name),
        audit=func.coalesce(bindparam("audit"), responses.c.audit),
    )
)


def _row(sealer: Codec, row: Row[Any]) -> ResponseRow:
    def opened(column: str) -> str:
        return open_response(sealer, row.uuid, row.revision, column, getattr(row, column))

    return ResponseRow(
        uuid=row.uuid,
        form_id=row.form_id,
        form_version=row.form_version,
        status=row.status,
        revision=row.revision,
        created_at=row.created_at,
        updated_at=row.updated_at,
        author=opened("author"),
        answers=values.loads(opened("answers")),
        state=values.loads(opened("state")),
        audit=values.loads(opened("audit")),
        instance_name=opened("instance_name"),
        sender=row.sender,
        received_at=row.received_at,
        answers_sha256=row.answers_sha256,
    )


def _summary(sealer: Codec, row: Row[Any]) -> ResponseSummary:
    """A row of ``_SUMMARY_COLUMNS`` as a summary, its author and name opened."""
    uuid, revision = row[0], row[4]
    return ResponseSummary(
        *row[:7],
        open_response(sealer, uuid, revision, "author", row[7]),
        open_response(sealer, uuid, revision, "instance_name", row[8]),
        row[9],
    )


def _check_status(status: str) -> None:
    if status not in STATUSES:
        raise WorkspaceError(
            f"unknown response status {status!r}; use one of {', '.join(sorted(STATUSES))}",
            code="status_invalid",
        )


def _exists(uuid: str) -> WorkspaceError:
    return WorkspaceError(f"response {uuid} already exists", code="response_exists")


def _missing(uuid: str) -> NotFound:
    return NotFound(f"no response {uuid} in this workspace", code="response_missing")


def _filtered(
    query: Select[Any], statuses: Iterable[str] | None, form_id: str | None
) -> Select[Any]:
    if statuses is not None:
        query = query.where(responses.c.status.in_(list(statuses)))
    if form_id is not None:
        query = query.where(responses.c.form_id == form_id)
    return query


def _in_batches(
    conn: Connection, columns: Sequence[Any], keys: Select[Any], batch: int
) -> Iterator[Row[Any]]:
    """Rows of ``columns`` (uuid first) for the uuids ``keys`` selects, in its order.

    The order is sorted on uuids alone and rows are fetched ``batch`` at a time: sorting whole
    rows would hold every answer in memory at once (SQLite's sorter, temp_store = MEMORY).
    """
    uuids = list(conn.execute(keys).scalars())
    for start in range(0, len(uuids), batch):
        wanted = uuids[start : start + batch]
        query = select(*columns).where(responses.c.uuid.in_(wanted))
        found = {row[0]: row for row in conn.execute(query)}
        # A row deleted meanwhile (PostgreSQL reads each statement's own snapshot) is skipped.
        yield from (found[uuid] for uuid in wanted if uuid in found)


# Where _TEXT_COLUMNS (and state after them) hold sealed values.
_SEALED_AT = {7: "author", 8: "instance_name", 10: "answers", 11: "audit", 14: "state"}


def _opened(sealer: Codec, rows: Iterator[Row[Any]]) -> Iterator[Sequence[Any]]:
    """Rows of ``_TEXT_COLUMNS`` (and state) with their sealed values opened."""
    if not sealer.sealed:
        yield from rows
        return
    for row in rows:
        uuid, revision = row[0], row[4]
        yield [
            sealer.open(value, Slot("responses", _SEALED_AT[i], uuid, revision))
            if i in _SEALED_AT
            else value
            for i, value in enumerate(row)
        ]


# The reverse of ``list``'s order (newest change first), so both agree on ties.
_OLDEST_FIRST = (responses.c.updated_at, responses.c.uuid.desc())


class Responses:
    def __init__(self, db: Database) -> None:
        self._db = db

    def create(
        self,
        uuid: str,
        form_id: str,
        form_version: str,
        author: str,
        state: dict[str, Any],
        answers: dict[str, Any],
        instance_name: str = "",
        *,
        audit: list[Any] | None = None,
    ) -> None:
        """A new draft, revision 1."""
        new = NewResponse(uuid, form_id, form_version, author, state, answers, instance_name)
        row = self._new_row(new, values.now(), audit)
        with self._db.atomic(savepoint=False) as conn:
            if not self._db.insert_new(conn, responses, row):
                raise _exists(uuid)

    def create_many(self, new: Sequence[NewResponse]) -> None:
        """Many new responses, revision 1, in one statement (synthetic data): all or none."""
        if not new:
            return
        stamp = values.now()
        rows = [self._new_row(item, stamp, None) for item in new]
        with self._db.atomic(savepoint=False) as conn:
            try:
                conn.execute(responses.insert(), rows)
            except SqlIntegrityError:
                raise _exists(", ".join(item.uuid for item in new[:3])) from None

    def _new_row(self, new: NewResponse, stamp: str, audit: list[Any] | None) -> dict[str, Any]:
        _check_status(new.status)
        answers_text = values.dumps(new.answers)
        row = {
            "uuid": new.uuid,
            "form_id": new.form_id,
            "form_version": new.form_version,
            "status": new.status,
            "revision": 1,
            "created_at": stamp,
            "updated_at": stamp,
            "author": new.author,
            "instance_name": new.instance_name,
            "answers": answers_text,
            "answers_sha256": self._db.sealer.digest(answers_text),
            "state": values.dumps(new.state),
            "audit": values.dumps(audit or []),
        }
        return seal_response(self._db.sealer, row)

    def save(
        self,
        uuid: str,
        *,
        state: dict[str, Any],
        answers: dict[str, Any],
        instance_name: str | None = None,
        audit: list[Any] | None = None,
    ) -> None:
        """Autosave a draft: one UPDATE, atomic. Only drafts change; the rest is history."""
        answers_text = values.dumps(answers)
        parameters = {
            "key": uuid,
            "state": values.dumps(state),
            "answers": answers_text,
            "answers_sha256": self._db.sealer.digest(answers_text),
            "updated_at": values.now(),
            "instance_name": instance_name,
            "audit": None if audit is None else values.dumps(audit),
        }
        with self._db.atomic(savepoint=False) as conn:
            if self._db.sealer.sealed:
                # Sealed values name their revision: read it (and lock the row) first.
                revision = conn.execute(
                    select(responses.c.revision).where(responses.c.uuid == uuid).with_for_update()
                ).scalar()
                parameters = seal_response(
                    self._db.sealer, {**parameters, "uuid": uuid, "revision": revision or 0}
                )
                del parameters["uuid"], parameters["revision"]
            updated = conn.execute(_SAVE_DRAFT, parameters).rowcount
            if not updated:
                status = conn.execute(
                    select(responses.c.status).where(responses.c.uuid == uuid)
                ).scalar()
                if status is None:
                    raise _missing(uuid)
                raise WorkspaceError(
                    f"response {uuid} is {status}, not a draft; reopen it to edit it",
                    code="response_not_editable",
                )

    def get(self, uuid: str) -> ResponseRow | None:
        with self._db.reading() as conn:
            row = conn.execute(select(responses).where(responses.c.uuid == uuid)).first()
        return None if row is None else _row(self._db.sealer, row)

    def list(
        self, *, status: str | None = None, form_id: str | None = None
    ) -> list[ResponseSummary]:
        """Newest change first; without answers, so it stays cheap for thousands of rows."""
        query = select(*_SUMMARY_COLUMNS).order_by(responses.c.updated_at.desc(), responses.c.uuid)
        if status is not None:
            query = query.where(responses.c.status == status)
        if form_id is not None:
            query = query.where(responses.c.form_id == form_id)
        with self._db.reading() as conn:
            return [_summary(self._db.sealer, row) for row in conn.execute(query)]

    def iter_rows(
        self,
        *,
        statuses: Iterable[str] | None = None,
        form_id: str | None = None,
        with_state: bool = False,
        oldest_first: bool = False,
        batch: int = 500,
    ) -> Iterator[ResponseRow]:
        """Every response (of ``statuses``, of ``form_id``), streamed from one read transaction.

        By uuid, or oldest change first. ``state`` is ``{}`` unless ``with_state``: only drafts
        need it and it is the largest column. The snapshot stays open until the iterator ends.
        """
        columns = [*_TEXT_COLUMNS, responses.c.state] if with_state else _TEXT_COLUMNS
        order = _OLDEST_FIRST if oldest_first else (responses.c.uuid,)
        keys = _filtered(select(responses.c.uuid), statuses, form_id).order_by(*order)
        loads = values.loads
        with self._db.reading() as conn:
            # Unpacked by position: per-row attribute lookups cost about as much as decrypting
            # the pages they come from.
            for row in _opened(self._db.sealer, _in_batches(conn, columns, keys, batch)):
                (uuid, form_id_, version, status, revision, created, updated, author, name,
                 sender, answers, audit, received_at, digest) = row[:14]  # fmt: skip
                yield ResponseRow(
                    uuid=uuid, form_id=form_id_, form_version=version, status=status,
                    revision=revision, created_at=created, updated_at=updated, author=author,
                    instance_name=name, sender=sender, answers=loads(answers),
                    state=loads(row[14]) if with_state else {}, audit=loads(audit),
                    received_at=received_at, answers_sha256=digest,
                )  # fmt: skip

    def iter_texts(
        self, *, statuses: Iterable[str] | None = None, batch: int = 500
    ) -> Iterator[ResponseText]:
        """``iter_rows`` by uuid with answers and audit as their stored canonical JSON text.

        For writers that copy them out as JSON anyway (bundles): decoding and encoding them
        again was most of an export's time.
        """
        keys = _filtered(select(responses.c.uuid), statuses, None).order_by(responses.c.uuid)
        with self._db.reading() as conn:
            for row in _opened(self._db.sealer, _in_batches(conn, _TEXT_COLUMNS, keys, batch)):
                yield ResponseText(*row)

    def count(self, *, statuses: Iterable[str] | None = None, form_id: str | None = None) -> int:
        """How many responses ``iter_rows`` would give with the same filters."""
        query = _filtered(select(func.count()).select_from(responses), statuses, form_id)
        with self._db.reading() as conn:
            return int(conn.execute(query).scalar_one())

    def counts(self) -> dict[str, int]:
        """How many responses there are per status."""
        query = select(responses.c.status, func.count()).group_by(responses.c.status)
        with self._db.reading() as conn:
            return {status: int(n) for status, n in conn.execute(query)}

    def set_status(self, uuid: str, status: str, *, revision: int | None = None) -> None:
        """Move along the lifecycle; ``revision`` is given when a resubmission bumps it."""
        _check_status(status)
        changes: dict[str, Any] = {"status": status, "updated_at": values.now()}
        if revision is not None:
            changes["revision"] = revision
        with self._db.atomic(savepoint=False) as conn:
            if revision is not None and self._db.sealer.sealed:
                changes.update(self._resealed(conn, uuid, revision))
            updated = conn.execute(
                responses.update().where(responses.c.uuid == uuid).values(**changes)
            ).rowcount
        if not updated:
            raise _missing(uuid)

    def _resealed(self, conn: Connection, uuid: str, revision: int) -> dict[str, str]:
        """The sealed columns of ``uuid`` sealed again for ``revision`` (they name theirs)."""
        columns = [responses.c[name] for name in RESPONSE_COLUMNS]
        row = conn.execute(
            select(responses.c.revision, *columns).where(responses.c.uuid == uuid).with_for_update()
        ).first()
        if row is None:
            return {}
        sealer = self._db.sealer
        plain = {
            name: open_response(sealer, uuid, row[0], name, stored)
            for name, stored in zip(RESPONSE_COLUMNS, row[1:], strict=True)
        }
        resealed = seal_response(sealer, {**plain, "uuid": uuid, "revision": revision})
        return {name: resealed[name] for name in RESPONSE_COLUMNS}

    def set_status_many(self, uuids: Iterable[str], status: str) -> None:
        """``set_status`` for many responses at once; all move or, if one is missing, none."""
        _check_status(status)
        wanted = sorted(set(uuids))
        changes = {"status": status, "updated_at": values.now()}
        with self._db.atomic(savepoint=False) as conn:
            for start in range(0, len(wanted), received.CHUNK):
                keys = wanted[start : start + received.CHUNK]
                updated = conn.execute(
                    responses.update().where(responses.c.uuid.in_(keys)).values(**changes)
                ).rowcount
                if updated != len(keys):
                    found = conn.execute(select(responses.c.uuid).where(responses.c.uuid.in_(keys)))
                    raise _missing(min(set(keys) - set(found.scalars())))

    def delete(self, uuid: str) -> None:
        """Remove a response and (by cascade) its comments."""
        with self._db.atomic(savepoint=False) as conn:
            deleted = conn.execute(responses.delete().where(responses.c.uuid == uuid)).rowcount
        if not deleted:
            raise _missing(uuid)

    def upsert_received(
        self,
        *,
        uuid: str,
        form_id: str,
        form_version: str,
        revision: int,
        status: str,
        answers: dict[str, Any],
        audit: list[Any],
        author: str,
        created_at: str,
        updated_at: str,
        sender: str,
        instance_name: str = "",
        state: dict[str, Any] | None = None,
    ) -> str:
        """Merge one incoming response; returns what happened.

        ``"new"`` (inserted), ``"updated"`` (higher revision replaced ours), ``"duplicate"``
        (same revision, same answers), ``"conflict"`` (same revision, other answers: nothing
        written, the caller keeps it in conflicts), ``"older"`` (we hold a higher revision).
        Each step is a guarded statement, so concurrent imports on PostgreSQL cannot race.
        """
        incoming = {
            "uuid": uuid,
            "form_id": form_id,
            "form_version": form_version,
            "revision": revision,
            "status": status,
            "answers": answers,
            "audit": audit,
            "author": author,
            "created_at": created_at,
            "updated_at": updated_at,
            "sender": sender,
            "instance_name": instance_name,
            "state": state,
        }
        return self.upsert_received_many([incoming])[0]

    def upsert_received_many(self, incoming: Iterable[Mapping[str, Any]]) -> list[str]:
        """``upsert_received`` for many responses (its keyword arguments, one mapping each).

        Returns the outcome of each, in order, exactly as one call per response would; one
        multi-row INSERT per chunk, then a guarded UPDATE only for rows that were already here.
        """
        stamp = values.now()
        rows = []
        for item in incoming:
            _check_status(item["status"])
            rows.append(received.stored_row(item, stamp, self._db.sealer))
        outcomes: list[str] = []
        with self._db.atomic(savepoint=False) as conn:
            for chunk in received.chunks(rows):
                outcomes.extend(received.upsert_chunk(self._db.kind, conn, chunk))
        return outcomes
