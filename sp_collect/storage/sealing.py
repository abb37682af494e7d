"""Values sealed by the app before they reach a PostgreSQL server (AES-256-GCM, one per value).

A SQLCipher file is encrypted whole, so its values are stored as they are (``PLAIN``). A
PostgreSQL server's administrators, logs and backups see every row, so there the app seals
answers, drafts' state, audit trails, names, attachments, comments and conflict copies under a
key derived from the workspace's key, which lives only in the keyfile (``Sealer``). Each value
gets its own nonce, and its associated data names the workspace, the table and column, the row
(a response's uuid, an attachment's address) and the revision: a value copied into another row,
column or revision does not open. Digests of answers are keyed (HMAC) for the same reason: a
plain SHA-256 would let anyone with the database confirm a guess of a response's answers.

What stays visible on the server is listed in docs/architecture.md ("What a PostgreSQL server
sees").
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Any, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from sp_collect.errors import SealBroken
from sp_collect.storage import keys

PREFIX = "sp1:"
"""How a sealed text value starts (plain JSON starts with ``{`` or ``[``)."""
_BYTES_PREFIX = PREFIX.encode("ascii")


@dataclass(frozen=True)
class Slot:
    """Where a value lives: table, column, row key and revision (0 where there is none)."""

    table: str
    column: str
    key: str
    revision: int = 0

    def describe(self) -> str:
        """The row as a user finds it again: ``response <uuid>``, ``attachment <sha256>``."""
        what = {"responses": "response", "attachments": "attachment", "events": "event"}
        return f"{what.get(self.table, self.table.rstrip('s'))} {self.key}"


def broken(slot: Slot) -> SealBroken:
    """The error for a sealed value at ``slot`` that does not open."""
    return SealBroken(
        f"{slot.describe()}: the sealed value of its {slot.column.replace('_', ' ')} was "
        "changed outside sp_collect or copied from another row; restore the database from "
        "a backup",
        code="sealed_value_altered",
    )


class Codec(Protocol):
    """How a store keeps values: ``Plain`` (SQLCipher) or ``Sealer`` (PostgreSQL)."""

    sealed: bool

    def seal(self, text: str, slot: Slot) -> str: ...

    def open(self, stored: str, slot: Slot) -> str: ...

    def seal_bytes(self, data: bytes, slot: Slot) -> bytes: ...

    def open_bytes(self, stored: bytes, slot: Slot) -> bytes: ...

    def digest(self, text: str) -> str:
        """The digest of canonical answers stored beside them (duplicates, ``check``)."""
        ...

    def address(self, sha256: str) -> str:
        """The key an attachment is stored under, from the SHA-256 of its bytes."""
        ...


class Plain:
    """SQLCipher: the file is encrypted whole; values are stored as they are."""

    sealed = False

    def seal(self, text: str, slot: Slot) -> str:
        return text

    def open(self, stored: str, slot: Slot) -> str:
        return stored

    def seal_bytes(self, data: bytes, slot: Slot) -> bytes:
        return data

    def open_bytes(self, stored: bytes, slot: Slot) -> bytes:
        return stored

    def digest(self, text: str) -> str:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def address(self, sha256: str) -> str:
        return sha256


class Sealer:
    """PostgreSQL: every value sealed under keys derived from the workspace's key."""

    sealed = True

    def __init__(self, master: bytes, workspace_id: str) -> None:
        self._aead = AESGCM(keys.subkey(master, "sealed values"))
        self._digest_key = keys.subkey(master, "answer digests")
        self._address_key = keys.subkey(master, "attachment addresses")
        self._workspace_id = workspace_id

    def _aad(self, slot: Slot) -> bytes:
        return (
            f"sp_collect sealed v1|{self._workspace_id}|{slot.table}.{slot.column}|"
            f"{slot.key}|{slot.revision}"
        ).encode()

    def seal_bytes(self, data: bytes, slot: Slot) -> bytes:
        nonce = os.urandom(keys.NONCE_BYTES)
        return _BYTES_PREFIX + nonce + self._aead.encrypt(nonce, data, self._aad(slot))

    def open_bytes(self, stored: bytes, slot: Slot) -> bytes:
        stored = bytes(stored)
        if not stored.startswith(_BYTES_PREFIX):
            raise broken(slot)
        body = stored[len(_BYTES_PREFIX) :]
        try:
            return self._aead.decrypt(body[: keys.NONCE_BYTES], body[keys.NONCE_BYTES :],
                                      self._aad(slot))  # fmt: skip
        except (InvalidTag, ValueError):
            raise broken(slot) from None

    def seal(self, text: str, slot: Slot) -> str:
        sealed = self.seal_bytes(text.encode("utf-8"), slot)[len(_BYTES_PREFIX) :]
        return PREFIX + base64.b64encode(sealed).decode("ascii")

    def open(self, stored: str, slot: Slot) -> str:
        if not stored.startswith(PREFIX):
            raise broken(slot)
        try:
            body = base64.b64decode(stored[len(PREFIX) :], validate=True)
        except (binascii.Error, ValueError):
            raise broken(slot) from None
        try:
            return self.open_bytes(_BYTES_PREFIX + body, slot).decode("utf-8")
        except UnicodeDecodeError:
            raise broken(slot) from None

    def digest(self, text: str) -> str:
        """HMAC-SHA-256 of the canonical text: equal answers, equal digests, no oracle."""
        return hmac.new(self._digest_key, text.encode("utf-8"), hashlib.sha256).hexdigest()

    def address(self, sha256: str) -> str:
        """HMAC-SHA-256 of the file's SHA-256: a plain one would confirm a guess of a file."""
        return hmac.new(self._address_key, sha256.encode("ascii"), hashlib.sha256).hexdigest()


PLAIN = Plain()


RESPONSE_COLUMNS = ("answers", "state", "audit", "author", "instance_name")
"""The columns of ``responses`` a server never reads in clear."""


def seal_response(sealer: Codec, row: dict[str, Any]) -> dict[str, Any]:
    """``row`` (plain texts, with uuid and revision) with its sealed columns sealed, in place."""
    if sealer.sealed:
        for column in RESPONSE_COLUMNS:
            if row.get(column) is not None:
                slot = Slot("responses", column, row["uuid"], row["revision"])
                row[column] = sealer.seal(row[column], slot)
    return row


def open_response(sealer: Codec, uuid: str, revision: int, column: str, stored: str) -> str:
    return sealer.open(stored, Slot("responses", column, uuid, revision))
