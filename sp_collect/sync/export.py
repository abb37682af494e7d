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
    try:
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
                members=_members(store, content),
                forms=[{"id": f, "version": v} for f, v in sorted(content.forms)],
                counts={"responses": len(content.uuids), "attachments": len(content.attachments)},
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
            store.responses.set_status_many(content.uuids, "exported")
            store.events.append(
                "exported",
                manifest["bundle_id"],
                {"responses": len(content.uuids), "sequence": sequence},
            )
    except BaseException:
        container.discard(out_path)
        raise
    # Recorded (committed) before the file has its name: a kill in between leaves a ".partial"
    # file and a sequence number the coordinator will see as missing, never two bundles that
    # share one sequence number. The responses go again in the next bundle.
    container.publish(out_path)
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
    """What pass 1 learnt: every response's uuid and attachments, and the member's size."""

    uuids: list[str] = field(default_factory=list)
    refs: list[list[str]] = field(default_factory=list)
    size: int = 0
    attachments: set[str] = field(default_factory=set)
    forms: set[tuple[str, str]] = field(default_factory=set)


def _collect(
    store: Store, total: int, progress: Progress | None, cancel: CancelToken | None
) -> _Content:
    content = _Content()
    stored = set(store.attachments.digests())  # one query, not one per digest an answer names
    # By uuid, as bundles always listed them; streamed, so one query reads them all.
    for done, row in enumerate(store.responses.iter_texts(statuses=UNCONFIRMED), 1):
        check(cancel)
        refs = sorted(refs_in_json(row.answers) & stored)
        content.uuids.append(row.uuid)
        content.refs.append(refs)
        content.attachments.update(refs)
        content.forms.add((row.form_id, row.form_version))
        content.size += len(record_line(row, refs)) + 1
        if done % _PROGRESS_EVERY == 0:
            report(progress, done, total, "responses")
    return content


def _lines(store: Store, content: _Content) -> Iterator[bytes]:
    """Pass 2: the same rows, in the same transaction, streamed into the tar a chunk at a time.

    ``responses.jsonl`` needs its size in its tar header before its bytes, so pass 1 measured it;
    holding every line instead made memory grow with the bundle.
    """
    rows = store.responses.iter_texts(statuses=UNCONFIRMED)
    chunk: list[bytes] = []
    for uuid, refs, row in zip(content.uuids, content.refs, rows, strict=True):
        if row.uuid != uuid:
            raise BundleError(
                "the responses changed while the bundle was written; export again.",
                code="changed_during_export",
            )
        chunk.append(record_line(row, refs) + b"\n")
        if len(chunk) == _PROGRESS_EVERY:
            yield b"".join(chunk)
            chunk = []
    yield b"".join(chunk)


def _members(store: Store, content: _Content) -> Iterator[Member]:
    yield Member(RESPONSES, content.size, _lines(store, content))
    for digest in sorted(content.attachments):
        yield Member.from_bytes(ATTACHMENTS + digest, store.attachments.get(digest))
