"""The append-only event log; each row stores SHA-256(previous hash ‖ its own content)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, func, select, text

from sp_collect.errors import SealBroken
from sp_collect.storage import values
from sp_collect.storage.db import Database
from sp_collect.storage.sealing import Slot
from sp_collect.storage.tables import events

GENESIS = "0" * 64
# Any fixed number: PostgreSQL writers queue on it so two coordinators cannot fork the chain.
_PG_CHAIN_LOCK = 0x5350_4576


@dataclass(frozen=True)
class EventRow:
    seq: int
    at: str
    kind: str
    subject: str
    details: dict[str, Any]
    hash: str


def chain_hash(prev_hash: str, content: tuple[int, str, str, str, str]) -> str:
    """SHA-256 over the previous hash and (seq, at, kind, subject, details-as-stored)."""
    content_text = values.dumps(list(content))
    return hashlib.sha256((prev_hash + content_text).encode("utf-8")).hexdigest()


def details_slot(seq: int) -> Slot:
    """Where an event's details live (sealed on PostgreSQL: a reopening's reason is free text)."""
    return Slot("events", "details", str(seq))


def chain_problems(rows: Iterable[Row[Any]]) -> list[str]:
    """Every break in the chain of ``rows`` (all events, by seq): edits, deletions, relinks."""
    problems: list[str] = []
    expected_seq, prev_hash = 1, GENESIS
    for row in rows:
        if row.seq != expected_seq:
            problems.append(f"event log: events {expected_seq}–{row.seq - 1} are missing (deleted)")
        if row.prev_hash != prev_hash:
            problems.append(f"event log: event {row.seq} does not follow the one before it")
        content = (row.seq, row.at, row.kind, row.subject, row.details)
        if chain_hash(row.prev_hash, content) != row.hash:
            problems.append(f"event log: event {row.seq} was altered after it was written")
        expected_seq, prev_hash = row.seq + 1, row.hash
    return problems


class Events:
    def __init__(self, db: Database) -> None:
        self._db = db

    def append(self, kind: str, subject: str, details: dict[str, Any] | None = None) -> int:
        """Add one event after the current head; returns its sequence number."""
        return self.append_many([(kind, subject, details)])[-1]

    def append_many(self, entries: Sequence[tuple[str, str, dict[str, Any] | None]]) -> list[int]:
        """Add events (kind, subject, details) after the current head, in order, in one
        statement; returns their sequence numbers."""
        plain = [values.dumps(details or {}) for _kind, _subject, details in entries]
        rows: list[dict[str, Any]] = []
        with self._db.atomic(savepoint=False) as conn:
            if self._db.kind == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_CHAIN_LOCK})
            head = conn.execute(
                select(events.c.seq, events.c.hash).order_by(events.c.seq.desc()).limit(1)
            ).first()
            seq, prev_hash = (head.seq, head.hash) if head else (0, GENESIS)
            at = values.now()
            for (kind, subject, _details), details in zip(entries, plain, strict=True):
                seq += 1
                details_text = self._db.sealer.seal(details, details_slot(seq))
                digest = chain_hash(prev_hash, (seq, at, kind, subject, details_text))
                rows.append(
                    {"seq": seq, "at": at, "kind": kind, "subject": subject,
                     "details": details_text, "prev_hash": prev_hash, "hash": digest}
                )  # fmt: skip
                prev_hash = digest
            if rows:
                conn.execute(events.insert(), rows)
        return [row["seq"] for row in rows]

    def list(self, *, subject: str | None = None, limit: int | None = None) -> list[EventRow]:
        """Newest first."""
        query = select(events).order_by(events.c.seq.desc()).limit(limit)
        if subject is not None:
            query = query.where(events.c.subject == subject)
        with self._db.reading() as conn:
            rows = conn.execute(query).all()
        sealer = self._db.sealer
        return [
            EventRow(r.seq, r.at, r.kind, r.subject,
                     values.loads(sealer.open(r.details, details_slot(r.seq))), r.hash)
            for r in rows
        ]  # fmt: skip

    def count(self) -> int:
        with self._db.reading() as conn:
            return int(conn.execute(select(func.count()).select_from(events)).scalar_one())

    def verify(self) -> list[str]:
        """Every break in the chain, and (PostgreSQL) every sealed detail that does not open."""
        with self._db.reading() as conn:
            rows = conn.execute(select(events).order_by(events.c.seq)).all()
        problems = chain_problems(rows)
        if self._db.sealer.sealed:
            for row in rows:
                try:
                    self._db.sealer.open(row.details, details_slot(row.seq))
                except SealBroken as exc:
                    problems.append(exc.message)
        return problems
