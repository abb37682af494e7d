"""Contacts: peers' public cards, pending until trusted (fingerprint checked), or revoked."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, select

from sp_collect.errors import NotFound, TrustError, WorkspaceError
from sp_collect.storage import values
from sp_collect.storage.db import Database
from sp_collect.storage.tables import contacts

PENDING, TRUSTED, REVOKED = "pending", "trusted", "revoked"


@dataclass(frozen=True)
class ContactRow:
    key_id: str
    name: str
    role: str
    card: dict[str, Any]
    status: str
    added_at: str
    changed_at: str

    @property
    def trusted(self) -> bool:
        return self.status == TRUSTED


def _row(row: Row[Any]) -> ContactRow:
    return ContactRow(
        row.key_id, row.name, row.role, values.loads(row.card), row.status, row.added_at,
        row.changed_at,
    )  # fmt: skip


def _key_id(card: dict[str, Any]) -> str:
    key_id = card.get("key_id")
    if not isinstance(key_id, str) or not key_id:
        raise WorkspaceError("the contact card has no key_id", code="contact_invalid")
    return key_id


class Contacts:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, card: dict[str, Any]) -> ContactRow:
        """Remember a card as pending (e.g. the sender of a quarantined bundle); idempotent."""
        key_id = _key_id(card)
        stamp = values.now()
        with self._db.atomic(savepoint=False) as conn:
            self._db.insert_new(
                conn,
                contacts,
                {
                    "key_id": key_id,
                    "name": str(card.get("name", "")),
                    "role": str(card.get("role", "")),
                    "card": values.dumps(card),
                    "status": PENDING,
                    "added_at": stamp,
                    "changed_at": stamp,
                },
            )
            return _row(conn.execute(select(contacts).where(contacts.c.key_id == key_id)).one())

    def trust(self, card: dict[str, Any]) -> ContactRow:
        """Trust a card after its fingerprint was checked; a revoked key stays revoked."""
        key_id = _key_id(card)
        with self._db.atomic(savepoint=False):
            current = self.add(card)
            if current.status == REVOKED:
                raise TrustError(
                    f"contact {current.name or key_id} was revoked and cannot be trusted again",
                    code="contact_revoked",
                )
            self._set_status(key_id, TRUSTED, card)
        return self._get(key_id)

    def revoke(self, key_id: str) -> None:
        with self._db.atomic(savepoint=False):
            self._set_status(key_id, REVOKED, None)

    def get(self, key_id: str) -> ContactRow | None:
        with self._db.reading() as conn:
            row = conn.execute(select(contacts).where(contacts.c.key_id == key_id)).first()
        return None if row is None else _row(row)

    def list(self) -> list[ContactRow]:
        with self._db.reading() as conn:
            return [_row(r) for r in conn.execute(select(contacts).order_by(contacts.c.name))]

    def _get(self, key_id: str) -> ContactRow:
        row = self.get(key_id)
        if row is None:
            raise NotFound(f"no contact with key id {key_id}", code="contact_missing")
        return row

    def _set_status(self, key_id: str, status: str, card: dict[str, Any] | None) -> None:
        changes: dict[str, Any] = {"status": status, "changed_at": values.now()}
        if card is not None:
            changes.update(
                card=values.dumps(card),
                name=str(card.get("name", "")),
                role=str(card.get("role", "")),
            )
        with self._db.atomic(savepoint=False) as conn:
            updated = conn.execute(
                contacts.update().where(contacts.c.key_id == key_id).values(**changes)
            ).rowcount
        if not updated:
            raise NotFound(f"no contact with key id {key_id}", code="contact_missing")
