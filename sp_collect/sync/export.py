"""Export every finalized response not yet confirmed into signed, encrypted bundles.

One bundle, or several with consecutive sequence numbers when the set is more than one bundle
may hold: the importer's limits (:mod:`sp_collect.sync.tarsafe`) are the exporter's, so no
device ever writes a bundle the coordinator refuses.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from sp_collect.errors import BundleError
from sp_collect.progress import CancelToken, Progress, check, report
from sp_collect.storage import Store
from sp_collect.storage.responses import ResponseText
from sp_collect.storage.statuses import UNCONFIRMED
from sp_collect.sync import container
from sp_collect.sync.container import Member
from sp_collect.sync.identity import ContactCard, Identity
from sp_collect.sync.records import ATTACHMENTS, RESPONSES, record_line, refs_in_json
from sp_collect.sync.results import ExportedFile, ExportReport
from sp_collect.sync.tarsafe import DEFAULT_LIMITS, Limits

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
    limits: Limits = DEFAULT_LIMITS,
) -> ExportReport:
    """Write ``out_path`` (or ``<name>-1-of-N.spbundle``… when split); mark the responses
    ``exported`` only once every file is complete and recorded.

    One transaction throughout: the files hold exactly the rows it marks, and reads share one
    connection instead of opening one per response.
    """
    if not recipients:
        raise BundleError(
            "no recipient to export to; install the coordinator's form package first.",
            code="no_recipients",
        )
    paths: list[Path] = []
    try:
        with store.atomic():
            total = store.responses.count(statuses=UNCONFIRMED)
            if not total:
                raise BundleError(
                    "there is no finalized response to export; finalize a response first.",
                    code="nothing_to_export",
                )
            content = _collect(store, total, progress, cancel)
            parts = _split(content, limits)
            paths = part_paths(out_path, len(parts))
            rows = store.responses.iter_texts(statuses=UNCONFIRMED)  # shared: parts in order
            files = [
                _write_part(store, identity, recipients, content, part, rows, path, cancel)
                for part, path in zip(parts, paths, strict=True)
            ]
            if next(rows, None) is not None:  # and this ends the shared query
                raise _changed()
            store.responses.set_status_many(content.uuids, "exported")
    except BaseException:
        for path in paths:
            container.discard(path)
        raise
    # Recorded (committed) before the files have their names: a kill in between leaves
    # ".partial" files and sequence numbers the coordinator will see as missing, never two
    # bundles that share one sequence number. The responses go again in the next export.
    for path in paths:
        container.publish(path)
    report(progress, total, total, "responses")
    return ExportReport(
        files=tuple(file.published() for file in files),
        recipients=tuple(card.name for card in recipients),
        responses=tuple(content.uuids),
        attachments=len(content.attachments),
    )


def part_paths(out_path: Path, parts: int) -> list[Path]:
    """``out_path`` for one part; ``<stem>-1-of-3<suffix>``, ``<stem>-2-of-3<suffix>``… for more."""
    if parts == 1:
        return [out_path]
    return [
        out_path.with_name(f"{out_path.stem}-{number}-of-{parts}{out_path.suffix}")
        for number in range(1, parts + 1)
    ]


@dataclass
class _Content:
    """What pass 1 learnt: each response's uuid, attachments, line size and form."""

    uuids: list[str] = field(default_factory=list)
    refs: list[list[str]] = field(default_factory=list)
    sizes: list[int] = field(default_factory=list)
    """Each response's ``responses.jsonl`` line, newline included, in bytes."""
    form_of: list[int] = field(default_factory=list)
    """Each response's form, as an index into ``forms``."""
    forms: list[tuple[str, str]] = field(default_factory=list)
    attachments: dict[str, int] = field(default_factory=dict)
    """The size of every attachment a response names."""


@dataclass
class _Part:
    """Responses ``start`` to ``stop`` (exclusive), as one bundle."""

    start: int
    stop: int
    size: int = 0
    attachments: set[str] = field(default_factory=set)
    extra: dict[str, int] = field(default_factory=dict)
    """In the manifest: ``{"part": k, "parts": n}`` when the set was split, else empty."""


def _collect(
    store: Store, total: int, progress: Progress | None, cancel: CancelToken | None
) -> _Content:
    content = _Content()
    stored = store.attachments.sizes()  # one query, not one per digest an answer names
    forms: dict[tuple[str, str], int] = {}
    # By uuid, as bundles always listed them; streamed, so one query reads them all.
    for done, row in enumerate(store.responses.iter_texts(statuses=UNCONFIRMED), 1):
        check(cancel)
        refs = sorted(refs_in_json(row.answers) & stored.keys())
        content.uuids.append(row.uuid)
        content.refs.append(refs)
        content.sizes.append(len(record_line(row, refs)) + 1)
        content.form_of.append(forms.setdefault((row.form_id, row.form_version), len(forms)))
        content.attachments.update((digest, stored[digest]) for digest in refs)
        if done % _PROGRESS_EVERY == 0:
            report(progress, done, total, "responses")
    content.forms = list(forms)
    return content


def _split(content: _Content, limits: Limits) -> list[_Part]:
    """Consecutive runs of responses, each within every limit the importer enforces.

    Each part carries the attachments its own responses name (one named in two parts travels
    twice), so the parts can be imported in any order.
    """
    parts = [_Part(0, 0)]
    for index, (refs, size) in enumerate(zip(content.refs, content.sizes, strict=True)):
        _check_fits(content, index, limits)
        part = parts[-1]
        new = [digest for digest in refs if digest not in part.attachments]
        members = 1 + len(part.attachments) + len(new)  # responses.jsonl and attachments
        if part.stop > part.start and (
            part.size + size > limits.max_member_size or members > limits.max_members
        ):
            part = _Part(index, index)
            parts.append(part)
        part.stop = index + 1
        part.size += size
        part.attachments.update(refs)
    if len(parts) > 1:
        for number, part in enumerate(parts, 1):
            part.extra = {"part": number, "parts": len(parts)}
    return parts


def _check_fits(content: _Content, index: int, limits: Limits) -> None:
    """Refuse, before anything is written, a response no bundle could carry."""
    uuid, refs, size = content.uuids[index], content.refs[index], content.sizes[index]
    if size > min(limits.max_line, limits.max_member_size):
        raise BundleError(
            f"response {uuid} takes {size:,} bytes, more than the "
            f"{min(limits.max_line, limits.max_member_size):,} a bundle may carry for one "
            "response; shorten its answers, then export again.",
            code="response_too_large",
        )
    if 1 + len(refs) > limits.max_members:
        raise BundleError(
            f"response {uuid} names {len(refs):,} attachments, more than the "
            f"{limits.max_members - 1:,} a bundle may carry; remove some, then export again.",
            code="response_too_large",
        )
    for digest in refs:
        if content.attachments[digest] > limits.max_member_size:
            raise BundleError(
                f"an attachment of response {uuid} takes {content.attachments[digest]:,} bytes, "
                f"more than the {limits.max_member_size:,} a bundle may carry for one file; "
                "replace it with a smaller file, then export again.",
                code="attachment_too_large",
            )


def _write_part(
    store: Store,
    identity: Identity,
    recipients: Sequence[ContactCard],
    content: _Content,
    part: _Part,
    rows: Iterator[ResponseText],
    path: Path,
    cancel: CancelToken | None,
) -> ExportedFile:
    """Write one part beside ``path`` and record it (inside the caller's transaction)."""
    count = part.stop - part.start
    forms = sorted({content.forms[content.form_of[i]] for i in range(part.start, part.stop)})
    sequence = store.bundles.next_outgoing_sequence()
    manifest = container.write(
        path,
        identity,
        recipients,
        kind="bundle",
        sequence=sequence,
        members=_members(store, content, part, rows),
        forms=[{"id": f, "version": v} for f, v in forms],
        counts={"responses": count, "attachments": len(part.attachments)},
        extra=part.extra,
        cancel=cancel,
        publish=False,
    )
    bundle_id = manifest["bundle_id"]
    store.bundles.record(
        bundle_id, "out", identity.card.key_id, sequence, manifest["counts"], "sent"
    )
    store.events.append("exported", bundle_id, {"responses": count, "sequence": sequence})
    return ExportedFile(path, bundle_id, sequence, count, len(part.attachments))


def _lines(content: _Content, part: _Part, rows: Iterator[ResponseText]) -> Iterator[bytes]:
    """Pass 2: this part's rows, in the same transaction, streamed a chunk at a time.

    ``responses.jsonl`` needs its size in its tar header before its bytes, so pass 1 measured
    it; holding every line instead made memory grow with the bundle.
    """
    chunk: list[bytes] = []
    mine = islice(rows, part.stop - part.start)  # never reads past this part's last row
    for index, row in zip(range(part.start, part.stop), mine, strict=True):
        if row.uuid != content.uuids[index]:
            raise _changed()
        chunk.append(record_line(row, content.refs[index]) + b"\n")
        if len(chunk) == _PROGRESS_EVERY:
            yield b"".join(chunk)
            chunk = []
    yield b"".join(chunk)


def _changed() -> BundleError:
    return BundleError(
        "the responses changed while the bundle was written; export again.",
        code="changed_during_export",
    )


def _members(
    store: Store, content: _Content, part: _Part, rows: Iterator[ResponseText]
) -> Iterator[Member]:
    yield Member(RESPONSES, part.size, _lines(content, part, rows))
    for digest in sorted(part.attachments):
        yield Member.from_bytes(ATTACHMENTS + digest, store.attachments.get(digest))
