"""Export every finalized response not yet confirmed into one signed, encrypted bundle."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path

from sp_collect.errors import BundleError
from sp_collect.progress import CancelToken, Progress, check, report
from sp_collect.storage import Store
from sp_collect.sync import container
from sp_collect.sync.container import Member
from sp_collect.sync.identity import ContactCard, Identity
from sp_collect.sync.records import ATTACHMENTS, RESPONSES, attachment_refs, to_record
from sp_collect.sync.results import ExportReport

# "exported" responses go again until a receipt confirms them: a lost USB stick loses nothing.
UNCONFIRMED = ("finalized", "exported")
_PROGRESS_EVERY = 500


def export_bundle(
    store: Store,
    identity: Identity,
    recipients: Sequence[ContactCard],
    out_path: Path,
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> ExportReport:
    """Write ``out_path``; mark its responses ``exported`` only once the file is complete."""
    if not recipients:
        raise BundleError(
            "no recipient to export to; install the coordinator's form package first.",
            code="no_recipients",
        )
    uuids = sorted(s.uuid for status in UNCONFIRMED for s in store.responses.list(status=status))
    if not uuids:
        raise BundleError(
            "there is no finalized response to export; finalize a response first.",
            code="nothing_to_export",
        )
    lines: list[bytes] = []
    exported: list[str] = []
    wanted: set[str] = set()
    forms: set[tuple[str, str]] = set()
    for done, uuid in enumerate(uuids, 1):
        check(cancel)
        row = store.responses.get(uuid)
        if row is None:
            continue  # deleted meanwhile
        exported.append(uuid)
        refs = sorted(ref for ref in attachment_refs(row.answers) if store.attachments.has(ref))
        wanted.update(refs)
        forms.add((row.form_id, row.form_version))
        record = to_record(row, refs)
        lines.append(json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode())
        if done % _PROGRESS_EVERY == 0:
            report(progress, done, len(uuids), "responses")
    # responses.jsonl needs its size in its tar header, so its lines are held in memory;
    # attachments stream one at a time.
    body = b"\n".join(lines) + b"\n"
    sequence = store.bundles.next_outgoing_sequence()
    manifest = container.write(
        out_path,
        identity,
        recipients,
        kind="bundle",
        sequence=sequence,
        members=_members(store, body, sorted(wanted)),
        forms=[{"id": f, "version": v} for f, v in sorted(forms)],
        counts={"responses": len(lines), "attachments": len(wanted)},
        cancel=cancel,
    )
    with store.atomic():
        store.bundles.record(
            manifest["bundle_id"],
            "out",
            identity.card.key_id,
            sequence,
            manifest["counts"],
            "sent",
        )
        for uuid in exported:
            store.responses.set_status(uuid, "exported")
        store.events.append(
            "exported", manifest["bundle_id"], {"responses": len(lines), "sequence": sequence}
        )
    report(progress, len(uuids), len(uuids), "responses")
    return ExportReport(
        path=out_path,
        bundle_id=manifest["bundle_id"],
        sequence=sequence,
        recipients=tuple(card.name for card in recipients),
        responses=tuple(exported),
        attachments=len(wanted),
        size=out_path.stat().st_size,
    )


def _members(store: Store, body: bytes, attachments: list[str]) -> Iterator[Member]:
    yield Member.from_bytes(RESPONSES, body)
    for digest in attachments:
        yield Member.from_bytes(ATTACHMENTS + digest, store.attachments.get(digest))
