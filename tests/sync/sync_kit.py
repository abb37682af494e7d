"""Helpers for the sync tests: sample records, trust callbacks, and hostile container crafting."""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyrage

from sp_collect.sync import container, manifest
from sp_collect.sync.container import Member
from sp_collect.sync.identity import ContactCard, Identity


def records(count: int, width: int = 40) -> bytes:
    """``count`` JSON lines of roughly ``width`` characters of answers each."""
    return b"".join(
        json.dumps({"uuid": f"r-{i}", "answers": {"note": "x" * width, "n": i}}).encode() + b"\n"
        for i in range(count)
    )


def trusting(*cards: ContactCard, revoked: tuple[ContactCard, ...] = ()) -> Callable[..., str]:
    def is_trusted(card: ContactCard) -> str:
        if card in revoked:
            return "revoked"
        return "trusted" if card in cards else "unknown"

    return is_trusted


def write_bundle(
    path: Path, sender: Identity, recipients: list[Identity], members: list[tuple[str, bytes]]
) -> dict[str, Any]:
    return container.write(
        path,
        sender,
        [r.card for r in recipients],
        kind="bundle",
        sequence=1,
        members=[Member.from_bytes(name, data) for name, data in members],
        counts={"responses": 0},
    )


def signed_manifest(
    sender: Identity,
    recipients: list[Identity],
    members: list[tuple[str, bytes]],
    *,
    edit: Callable[[dict[str, Any]], None] | None = None,
    signer: Identity | None = None,
    kind: str = "bundle",
) -> list[tuple[str, bytes]]:
    """The manifest and signature members for ``members``, optionally edited before signing."""
    body = manifest.build(
        kind=kind,
        bundle_id="0b3c6b4e-8f7a-4d51-9c1e-2f6a1d0e9a11",
        sender=sender.card,
        sequence=1,
        recipients=[r.card.age_recipient for r in recipients],
        created="2026-11-23T12:00:00Z",
        members=[(n, len(d), hashlib.sha256(d).hexdigest()) for n, d in members],
        forms=[],
        counts={},
        extra={},
    )
    if edit is not None:
        edit(body)
    data = manifest.dump(body)
    signature = (signer or sender).sign(data, trusted_comment=manifest.trusted_comment(body))
    return [(container.MANIFEST, data), (container.SIGNATURE, signature.encode())]


def seal(path: Path, plaintext: bytes, recipients: list[Identity]) -> Path:
    out = io.BytesIO()
    pyrage.encrypt_io(io.BytesIO(plaintext), out, [r.recipient for r in recipients])
    path.write_bytes(out.getvalue())
    return path


# --- field workspaces that produce real bundles ---------------------------------------------

FORM: dict[str, Any] = {
    "id": "household",
    "version": "2026.1",
    "title": "Household",
    "items": [
        {"type": "text", "id": "name"},
        {"type": "integer", "id": "size"},
        {"type": "image", "id": "photo"},
    ],
}


def photo_answer(digest: str, data: bytes) -> dict[str, Any]:
    """The answer of an image question whose photo is stored under ``digest``."""
    return {"sha256": digest, "name": "door.png", "media_type": "image/png", "size": len(data)}


def install_form(store: Any, form: dict[str, Any]) -> None:
    store.forms.add(form["id"], form["version"], form)


def add_finalized(store: Any, uuids: list[str], *, form: dict[str, Any] = FORM) -> None:
    for i, uuid in enumerate(uuids):
        answers = {"name": f"household {uuid}", "size": i}
        store.responses.create(uuid, form["id"], form["version"], "ana", {}, answers)
        store.responses.set_status(uuid, "finalized")


def revise(store: Any, uuid: str, answers: dict[str, Any], *, bump: bool = True) -> None:
    """Edit a response the way a return does: back to draft, save, finalize (new revision)."""
    row = store.responses.get(uuid)
    store.responses.set_status(uuid, "draft")
    store.responses.save(uuid, state={}, answers=answers)
    store.responses.set_status(uuid, "finalized", revision=row.revision + (1 if bump else 0))


def response_lines(uuids: list[str], form: dict[str, Any] = FORM) -> bytes:
    """``responses.jsonl`` for ``uuids``, as a device would write them."""
    return b"".join(
        json.dumps(
            {
                "uuid": uuid,
                "form_id": form["id"],
                "form_version": form["version"],
                "revision": 1,
                "status": "finalized",
                "created": "2026-11-01T10:00:00Z",
                "updated": "2026-11-01T10:30:00Z",
                "author": "ana",
                "answers": {"name": f"household {uuid}", "size": 4},
                "audit": [],
                "comments": [],
                "attachments": [],
            }
        ).encode()
        + b"\n"
        for uuid in uuids
    )


def device_bundle(
    path: Path, sender: Identity, recipient: Identity, uuids: list[str], sequence: int = 1
) -> Path:
    container.write(
        path,
        sender,
        [recipient.card],
        kind="bundle",
        sequence=sequence,
        members=[Member.from_bytes("responses.jsonl", response_lines(uuids))],
        counts={"responses": len(uuids)},
    )
    return path
