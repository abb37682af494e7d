"""Returns (coordinator → device): review decisions with comments, and a receipt of arrivals.

A return is the same signed, encrypted container as a bundle (kind ``"return"``) with two
members, in this order: ``receipt.jsonl`` (every response revision that arrived intact from
that device) and ``decisions.jsonl`` (approved / returned, with per-question comments).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sp_collect.errors import BundleError
from sp_collect.progress import CancelToken
from sp_collect.storage import ResponseSummary, Store, statuses
from sp_collect.sync import container
from sp_collect.sync.container import Member, VerifiedContainer
from sp_collect.sync.identity import ContactCard, Identity
from sp_collect.sync.merge import trust_of
from sp_collect.sync.results import ExportReport, ReturnReport

DECISIONS = "decisions.jsonl"
RECEIPT = "receipt.jsonl"


def export_return(
    store: Store,
    identity: Identity,
    device: ContactCard,
    out_path: Path,
    *,
    cancel: CancelToken | None = None,
) -> ExportReport:
    """Everything decided about, and received from, ``device``, in one return to it."""
    mine = [s for s in store.responses.list() if s.sender == device.key_id]
    if not mine:
        raise BundleError(
            f"nothing was received from {device.name}; there is nothing to return.",
            code="nothing_to_export",
        )
    receipt = [{"uuid": s.uuid, "revision": s.revision} for s in mine]
    decisions = [_decision(store, s) for s in mine if s.status in statuses.DECISIONS]
    sequence = store.bundles.next_outgoing_sequence()
    manifest = container.write(
        out_path,
        identity,
        [device],
        kind="return",
        sequence=sequence,
        members=[_jsonl(RECEIPT, receipt), _jsonl(DECISIONS, decisions)],
        counts={"decisions": len(decisions), "receipt": len(receipt)},
        cancel=cancel,
    )
    with store.atomic():
        store.bundles.record(
            manifest["bundle_id"], "out", identity.card.key_id, sequence, manifest["counts"], "sent"
        )
        store.events.append("returned", manifest["bundle_id"], {"to": device.name})
    return ExportReport(
        path=out_path,
        bundle_id=manifest["bundle_id"],
        sequence=sequence,
        recipients=(device.name,),
        responses=tuple(d["uuid"] for d in decisions),
        attachments=0,
        size=out_path.stat().st_size,
    )


def _decision(store: Store, summary: ResponseSummary) -> dict[str, Any]:
    comments = [
        {"question": c.question_path, "text": c.text, "author": c.author, "created": c.created_at}
        for c in store.comments.for_response(summary.uuid)
        if c.revision == summary.revision
    ]
    return {
        "uuid": summary.uuid,
        "revision": summary.revision,
        "decision": summary.status,
        "comments": comments,
    }


def _jsonl(name: str, rows: Iterable[dict[str, Any]]) -> Member:
    data = b"".join(
        json.dumps(row, ensure_ascii=False, separators=(",", ":")).encode() + b"\n" for row in rows
    )
    return Member.from_bytes(name, data)


def import_return(
    store: Store, path: Path, identity: Identity, *, cancel: CancelToken | None = None
) -> ReturnReport:
    """Apply a return from a trusted coordinator; refused (nothing written) otherwise."""
    verified = container.verify(
        Path(path), identity, kind="return", is_trusted=trust_of(store), cancel=cancel
    )
    sender = verified.sender
    with store.atomic():
        if not store.bundles.record(
            verified.bundle_id, "in", sender.key_id, verified.sequence,
            verified.manifest["counts"], "applied",
        ):  # fmt: skip
            return _result(verified, "duplicate")
        applied = _Applied()
        for member, item in container.replay(verified, identity, cancel=cancel):
            if not isinstance(item, dict):
                continue
            if member == RECEIPT:
                applied.receipt(store, item)
            elif member == DECISIONS:
                applied.decision(store, item, sender.name)
        store.events.append("return_imported", verified.bundle_id, {"from": sender.name})
    return _result(verified, "applied", applied)


class _Applied:
    def __init__(self) -> None:
        self.received = 0
        self.approved = 0
        self.returned: list[str] = []
        self.comments = 0
        self.stale = 0

    def _current(self, store: Store, item: dict[str, Any]) -> Any:
        row = store.responses.get(str(item.get("uuid")))
        if row is None or row.revision != item.get("revision"):
            self.stale += 1  # unknown here, or edited since that revision was sent
            return None
        return row

    def receipt(self, store: Store, item: dict[str, Any]) -> None:
        row = self._current(store, item)
        if row is not None and row.status in statuses.UNCONFIRMED:
            store.responses.set_status(row.uuid, "received")
            self.received += 1

    def decision(self, store: Store, item: dict[str, Any], author: str) -> None:
        row = self._current(store, item)
        if row is None:
            return
        if item.get("decision") == "approved":
            store.responses.set_status(row.uuid, "approved")
            self.approved += 1
            return
        if item.get("decision") != "returned":
            raise BundleError(
                f"this return holds an unknown decision for {row.uuid}; ask the coordinator "
                "to export it again.",
                code="bad_record",
            )
        # Editable again; the next finalize carries a higher revision, so it replaces this one.
        # Comments stay on the revision they were written about.
        store.responses.set_status(row.uuid, "draft", revision=row.revision + 1)
        for comment in item.get("comments") or []:
            if isinstance(comment, dict):
                store.comments.add(
                    row.uuid,
                    row.revision,
                    str(comment.get("question", "")),
                    str(comment.get("text", "")),
                    str(comment.get("author") or author),
                )
                self.comments += 1
        self.returned.append(row.uuid)


def _result(
    verified: VerifiedContainer, status: str, applied: _Applied | None = None
) -> ReturnReport:
    applied = applied or _Applied()
    return ReturnReport(
        path=verified.path,
        bundle_id=verified.bundle_id,
        sender_name=verified.sender.name,
        sender_fingerprint=verified.sender.fingerprint,
        status=status,
        received=applied.received,
        approved=applied.approved,
        returned=tuple(applied.returned),
        comments=applied.comments,
        stale=applied.stale,
    )
