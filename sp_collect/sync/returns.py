"""Returns (coordinator → device): review decisions with comments, and a receipt of arrivals.

A return is the same signed, encrypted container as a bundle (kind ``"return"``) with two
members, in this order: ``receipt.jsonl`` (every response revision that arrived intact from
that device) and ``decisions.jsonl`` (approved / returned, with per-question comments).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from sp_collect.errors import BundleError
from sp_collect.progress import CancelToken
from sp_collect.storage import ResponseSummary, Store, statuses
from sp_collect.storage.values import MAX_INTEGER
from sp_collect.sync import container
from sp_collect.sync.container import Member, VerifiedContainer
from sp_collect.sync.identity import ContactCard, Identity
from sp_collect.sync.merge import trust_of
from sp_collect.sync.results import ExportedFile, ExportReport, ReturnReport
from sp_collect.sync.tarsafe import DEFAULT_LIMITS, Limits

DECISIONS = "decisions.jsonl"
RECEIPT = "receipt.jsonl"


def export_return(
    store: Store,
    identity: Identity,
    device: ContactCard,
    out_path: Path,
    *,
    cancel: CancelToken | None = None,
    limits: Limits = DEFAULT_LIMITS,
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
    # Checked before anything is written: the device refuses what exceeds its limits.
    members = [_jsonl(RECEIPT, receipt, limits), _jsonl(DECISIONS, decisions, limits)]
    try:
        with store.atomic():
            sequence = store.bundles.next_outgoing_sequence()
            manifest = container.write(
                out_path,
                identity,
                [device],
                kind="return",
                sequence=sequence,
                members=members,
                counts={"decisions": len(decisions), "receipt": len(receipt)},
                cancel=cancel,
                publish=False,
            )
            store.bundles.record(
                manifest["bundle_id"],
                "out",
                identity.card.key_id,
                sequence,
                manifest["counts"],
                "sent",
            )
            store.events.append("returned", manifest["bundle_id"], {"to": device.name})
    except BaseException:
        container.discard(out_path)
        raise
    container.publish(out_path)  # recorded first, as bundles are (see export_bundle)
    written = ExportedFile(out_path, manifest["bundle_id"], sequence, len(decisions), 0)
    return ExportReport(
        files=(written.published(),),
        recipients=(device.name,),
        responses=tuple(d["uuid"] for d in decisions),
        attachments=0,
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


def _jsonl(name: str, rows: Iterable[dict[str, Any]], limits: Limits) -> Member:
    """One line per row; refused, with the reason, if the device would refuse it."""
    lines = []
    for row in rows:
        line = json.dumps(row, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"
        if len(line) > limits.max_line:
            raise BundleError(
                f"the decision on response {row['uuid']} takes {len(line):,} bytes with its "
                f"comments, more than the {limits.max_line:,} a return may carry for one "
                "response; shorten its comments, then export the return again.",
                code="response_too_large",
            )
        lines.append(line)
    data = b"".join(lines)
    if len(data) > limits.max_member_size:
        raise BundleError(
            f"this return would hold {len(data):,} bytes in {name}, more than the "
            f"{limits.max_member_size:,} a return may carry, so it was not written; please "
            "report this to sp_collect's maintainers.",
            code="return_too_large",
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
        lines: Counter[str] = Counter()
        for member, item in container.replay(verified, identity, cancel=cancel):
            if not isinstance(item, dict):
                continue
            lines[member] += 1
            if member == RECEIPT:
                _check_line(item, lines[member], member, _RECEIPT_FIELDS)
                applied.receipt(store, item)
            elif member == DECISIONS:
                _check_line(item, lines[member], member, _DECISION_FIELDS)
                applied.decision(store, item, sender.name)
        store.events.append("return_imported", verified.bundle_id, {"from": sender.name})
    return _result(verified, "applied", applied)


def _is_revision(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_INTEGER


def _is_comments(value: Any) -> bool:
    return isinstance(value, list) and all(
        isinstance(c, dict) and all(isinstance(c.get(k, ""), str) for k in _COMMENT_FIELDS)
        for c in value
    )


Fields = dict[str, Callable[[Any], bool]]
"""Each field of a line, and the test its value must pass."""

_RECEIPT_FIELDS: Fields = {
    "uuid": lambda v: isinstance(v, str) and bool(v),
    "revision": _is_revision,
}
_DECISION_FIELDS: Fields = {
    **_RECEIPT_FIELDS,
    "decision": lambda v: v in statuses.DECISIONS,
    "comments": _is_comments,
}
_COMMENT_FIELDS = ("question", "text", "author", "created")


def _check_line(item: dict[str, Any], number: int, member: str, fields: Fields) -> None:
    """Refuse the whole return (the transaction rolls back) at the first malformed line."""
    for name, valid in fields.items():
        if not valid(item.get(name)):
            raise BundleError(
                f"line {number} of {member} in this return is not valid (its {name} is missing "
                "or wrong); nothing was applied, ask the coordinator to export it again.",
                code="bad_record",
            )


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
        # Editable again; the next finalize carries a higher revision, so it replaces this one.
        # Comments stay on the revision they were written about.
        store.responses.set_status(row.uuid, "draft", revision=row.revision + 1)
        for comment in item["comments"]:
            store.comments.add(
                row.uuid,
                row.revision,
                comment.get("question", ""),
                comment.get("text", ""),
                comment.get("author") or author,
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
