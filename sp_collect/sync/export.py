"""Export every finalized response not yet confirmed into one signed, encrypted bundle."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sp_collect.errors import BundleError
from sp_collect.progress import CancelToken, Progress, check, report
from sp_collect.storage import Store
from sp_collect.storage.statuses import UNCONFIRMED
from sp_collect.sync import container
from sp_collect.sync.container import Member
from sp_collect.sync.identity import ContactCard, Identity
from sp_collect.sync.records import ATTACHMENTS, RESPONSES, record_line, refs_in_json
from sp_collect.sync.results import ExportReport

# "exported" responses go again until a receipt confirms them: a lost USB stick loses nothing.
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
    """Write ``out_path``; mark its responses ``exported`` only once the file is complete.

    One transaction throughout: the file holds exactly the rows it marks, and reads share one
    connection instead of opening one per response.
    """
    if not recipients:
        raise BundleError(
            "no recipient to export to; install the coordinator's form package first.",
            code="no_recipients",
        )
    with store.atomic():
        total = store.responses.count(statuses=UNCONFIRMED)
        if not total:
            raise BundleError(
                "there is no finalized response to export; finalize a response first.",
                code="nothing_to_export",
            )
        content = _collect(store, total, progress, cancel)
        sequence = store.bundles.next_outgoing_sequence()
        manifest = container.write(
            out_path,
            identity,
            recipients,
            kind="bundle",
            sequence=sequence,
            members=_members(store, content.body, sorted(content.attachments)),
            forms=[{"id": f, "version": v} for f, v in sorted(content.forms)],
            counts={"responses": len(content.uuids), "attachments": len(content.attachments)},
            cancel=cancel,
        )
        store.bundles.record(
            manifest["bundle_id"], "out", identity.card.key_id, sequence, manifest["counts"], "sent"
        )
        store.responses.set_status_many(content.uuids, "exported")
        store.events.append(
            "exported",
            manifest["bundle_id"],
            {"responses": len(content.uuids), "sequence": sequence},
        )
    report(progress, total, total, "responses")
    return ExportReport(
        path=out_path,
        bundle_id=manifest["bundle_id"],
        sequence=sequence,
        recipients=tuple(card.name for card in recipients),
        responses=tuple(content.uuids),
        attachments=len(content.attachments),
        size=out_path.stat().st_size,
    )


@dataclass
class _Content:
    uuids: list[str] = field(default_factory=list)
    lines: list[bytes] = field(default_factory=list)
    attachments: set[str] = field(default_factory=set)
    forms: set[tuple[str, str]] = field(default_factory=set)

    @property
    def body(self) -> bytes:
        # responses.jsonl needs its size in its tar header, so its lines are held in memory;
        # attachments stream one at a time.
        return b"".join(line + b"\n" for line in self.lines)


def _collect(
    store: Store, total: int, progress: Progress | None, cancel: CancelToken | None
) -> _Content:
    content = _Content()
    # By uuid, as bundles always listed them; streamed, so one query reads them all.
    for done, row in enumerate(store.responses.iter_texts(statuses=UNCONFIRMED), 1):
        check(cancel)
        refs = sorted(ref for ref in refs_in_json(row.answers) if store.attachments.has(ref))
        content.uuids.append(row.uuid)
        content.attachments.update(refs)
        content.forms.add((row.form_id, row.form_version))
        content.lines.append(record_line(row, refs))
        if done % _PROGRESS_EVERY == 0:
            report(progress, done, total, "responses")
    return content


def _members(store: Store, body: bytes, attachments: list[str]) -> Iterator[Member]:
    yield Member.from_bytes(RESPONSES, body)
    for digest in attachments:
        yield Member.from_bytes(ATTACHMENTS + digest, store.attachments.get(digest))
