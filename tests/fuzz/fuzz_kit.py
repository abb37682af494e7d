"""Seeded mutators and the one judgement every fuzz case gets: a clear error or a clean result.

A "clear error" is an ``SpCollectError`` whose message is one sentence on one line; anything
else (``ValueError``, ``KeyError``, ``RecursionError``, …) is a bug the user would see as a
traceback or as "something unexpected went wrong".
"""

from __future__ import annotations

import io
import json
import random
import tarfile
from collections.abc import Callable, Iterator
from typing import Any

from tar_kit import tar_of

from sp_collect.errors import SpCollectError

SEED = 15


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One mechanical mutation: flip bits, overwrite, insert, delete, duplicate or truncate."""
    buffer = bytearray(data)
    kind = rng.randrange(7)
    at = rng.randrange(len(buffer)) if buffer else 0
    if kind == 0:
        for _ in range(rng.randint(1, 8)):
            buffer[rng.randrange(len(buffer))] ^= 1 << rng.randrange(8)
    elif kind == 1:
        buffer[at : at + 4] = bytes(rng.randrange(256) for _ in range(4))
    elif kind == 2:
        buffer[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 64)))
    elif kind == 3:
        del buffer[at : at + rng.randint(1, 512)]
    elif kind == 4:
        size = rng.randint(1, 1024)
        buffer[at:at] = buffer[at : at + size]
    elif kind == 5:
        del buffer[rng.randrange(len(buffer) + 1) :]
    else:
        buffer[at : at + 1] = rng.choice([b"\x00", b"\xff", b"{", b'"', b"\n", b"9" * 30])
    return bytes(buffer)


def mutations(data: bytes, count: int, seed: int = SEED) -> Iterator[tuple[int, bytes]]:
    rng = random.Random(seed)
    for case in range(count):
        yield case, mutate(data, rng)


def judge(action: Callable[[], Any]) -> Any:
    """Run ``action``; return its result, or the ``SpCollectError`` it raised, judged clear."""
    try:
        return action()
    except SpCollectError as exc:
        message = str(exc)
        assert message and "\n" not in message, repr(message)
        assert "Traceback" not in message and "Error(" not in message, message
        return exc


def entries_of(tar_bytes: bytes) -> list[tuple[str, bytes]]:
    with tarfile.open(fileobj=io.BytesIO(tar_bytes), mode="r|") as tar:
        return [(m.name, tar.extractfile(m).read()) for m in tar]  # type: ignore[union-attr]


def jsonl(rows: list[dict[str, Any]]) -> bytes:
    return b"".join(json.dumps(row).encode() + b"\n" for row in rows)


# --- containers (bundles and returns) built member by member ----------------------------------

PHOTO = b"\x89PNG a photo of the office door"
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


def response(uuid: str, answers: dict[str, Any], revision: int = 1) -> dict[str, Any]:
    return {
        "uuid": uuid,
        "form_id": FORM["id"],
        "form_version": FORM["version"],
        "revision": revision,
        "status": "finalized",
        "created": "2026-11-01T10:00:00Z",
        "updated": "2026-11-01T10:30:00Z",
        "author": "ana",
        "answers": answers,
        "audit": [],
        "comments": [],
        "attachments": [],
    }


def plaintext(
    sender: Any,
    recipients: list[Any],
    members: list[tuple[str, bytes]],
    *,
    kind: str = "bundle",
    sequence: int = 1,
    counts: dict[str, int] | None = None,
    bundle_id: str | None = None,
    edit: Callable[[dict[str, Any]], None] | None = None,
    signer: Any = None,
    after_sign: Callable[[bytes], bytes] | None = None,
) -> bytes:
    """The tar inside a container: data members, then a manifest signed by ``signer``."""
    import hashlib
    import uuid as uuids

    from sp_collect.sync import container, manifest

    body = manifest.build(
        kind=kind,
        bundle_id=bundle_id or str(uuids.uuid4()),
        sender=sender.card,
        sequence=sequence,
        recipients=[r.card.age_recipient for r in recipients],
        created="2026-11-23T12:00:00Z",
        members=[(n, len(d), hashlib.sha256(d).hexdigest()) for n, d in members],
        forms=[],
        counts=counts if counts is not None else {},
        extra={},
    )
    if edit is not None:
        edit(body)
    data = manifest.dump(body)
    signature = (signer or sender).sign(data, trusted_comment=manifest.trusted_comment(body))
    if after_sign is not None:
        data = after_sign(data)
    return tar_of([*members, (container.MANIFEST, data), (container.SIGNATURE, signature.encode())])


def seal(plain: bytes, recipients: list[Any]) -> bytes:
    import pyrage

    out = io.BytesIO()
    pyrage.encrypt_io(io.BytesIO(plain), out, [r.recipient for r in recipients])
    return out.getvalue()


def unseal(sealed: bytes, identity: Any) -> bytes:
    import pyrage

    out = io.BytesIO()
    pyrage.decrypt_io(io.BytesIO(sealed), out, [identity.age_identity])
    return out.getvalue()
