"""Import a bundle into the store: verify (pass 1), then merge in one transaction (pass 2).

Unknown senders go to quarantine (the encrypted file is kept in ``<workspace>/quarantine/``
until the sender is trusted); revoked senders are rejected; the same bundle twice is a no-op.
"""

from __future__ import annotations

import hashlib
import shutil
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sp_collect.engine.constraint_check import ConstraintCheck
from sp_collect.engine.loader import load_form
from sp_collect.errors import BundleError, TrustError
from sp_collect.progress import CancelToken, Progress, report
from sp_collect.storage import Store
from sp_collect.sync import container
from sp_collect.sync.answer_check import AnswerCheck, describe
from sp_collect.sync.container import VerifiedContainer
from sp_collect.sync.identity import ContactCard, Identity
from sp_collect.sync.records import ATTACHMENTS, RESPONSES, Incoming, check_record
from sp_collect.sync.results import ImportReport, ResponseNote
from sp_collect.sync.tarsafe import DEFAULT_LIMITS, Limits

QUARANTINE = "quarantine"
_PROGRESS_EVERY = 500
MAX_GAPS_LISTED = 100
_OUTCOMES = {"new": "new", "updated": "updated", "duplicate": "unchanged", "older": "unchanged"}


def trust_of(store: Store) -> Callable[[ContactCard], str]:
    """The contacts table as a trust callback: trusted, revoked, or unknown (incl. pending)."""

    def is_trusted(card: ContactCard) -> str:
        row = store.contacts.get(card.key_id)
        if row is None:
            return "unknown"
        if row.status == "revoked":
            return "revoked"
        same_keys = (
            row.card.get("minisign_public") == card.minisign_public
            and row.card.get("age_recipient") == card.age_recipient
        )
        return "trusted" if row.trusted and same_keys else "unknown"

    return is_trusted


def import_bundle(
    store: Store,
    path: Path,
    identity: Identity,
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> ImportReport:
    """Verify and merge one ``.spbundle``; raises ``BundleError`` (nothing written) if refused."""
    path = Path(path)
    try:
        verified = container.verify(
            path,
            identity,
            kind="bundle",
            is_trusted=trust_of(store),
            allow_unknown=True,
            limits=limits,
            cancel=cancel,
        )
    except TrustError as exc:
        if exc.code != "revoked":
            raise
        return _rejected(path, exc)
    expected = verified.manifest["counts"].get("responses")
    if expected is not None and expected != verified.record_counts.get(RESPONSES, 0):
        raise BundleError(
            "this bundle's manifest counts another number of responses than it holds; ask the "
            "sender to export it again.",
            code="count_mismatch",
        )
    known = store.bundles.get(verified.bundle_id)
    if known is not None and known.status not in ("quarantined", "held"):
        message = "already imported; nothing changed"
        if known.counts.get("file_sha256") not in (None, verified.file_sha256):
            # Re-encrypted, or the sender reused a bundle id: either way the first one stands.
            message += " (this copy's bytes differ from the one imported before; it was not used)"
        return _report(verified, "duplicate", message)
    if verified.trust == "unknown":
        return _quarantine(store, verified, known is not None)
    return _merge(store, verified, identity, progress=progress, cancel=cancel, limits=limits)


def release_quarantine(
    store: Store,
    identity: Identity,
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> list[ImportReport]:
    """Import again every quarantined bundle; those whose sender is now trusted merge and leave."""
    reports = []
    folder = store.folder / QUARANTINE
    for path in sorted(folder.glob("*.spbundle")) if folder.exists() else []:
        result = import_bundle(store, path, identity, progress=progress, cancel=cancel)
        if result.status != "quarantined":
            path.unlink()
        reports.append(result)
    return reports


def _rejected(path: Path, exc: TrustError) -> ImportReport:
    return ImportReport(
        path=path,
        bundle_id="",
        sender_name="",
        sender_fingerprint="",
        sequence=0,
        status="rejected",
        verified=False,
        message=exc.message,
    )


def _report(verified: VerifiedContainer, status: str, message: str, **counts: Any) -> ImportReport:
    return ImportReport(
        path=verified.path,
        bundle_id=verified.bundle_id,
        sender_name=verified.sender.name,
        sender_fingerprint=verified.sender.fingerprint,
        sequence=verified.sequence,
        status=status,
        verified=True,
        message=message,
        **counts,
    )


def _quarantine(store: Store, verified: VerifiedContainer, recorded: bool) -> ImportReport:
    message = (
        f"{verified.sender.name} ({verified.sender.fingerprint}) is not a trusted contact; the "
        "bundle waits in quarantine until you check this fingerprint with them and trust them."
    )
    if recorded:
        return _report(verified, "quarantined", message)
    folder = store.folder / QUARANTINE
    folder.mkdir(exist_ok=True)
    kept = folder / f"{verified.bundle_id}.spbundle"
    if verified.path.resolve() != kept.resolve():
        shutil.copyfile(verified.path, kept)  # still age-encrypted: no plaintext on disk
    try:
        with store.atomic():
            store.contacts.add(verified.sender.to_dict())
            store.bundles.record(
                verified.bundle_id,
                "in",
                verified.sender.key_id,
                verified.sequence,
                # The file's own name: the copy kept here is named by bundle id.
                {**_counts(verified), "file_name": verified.path.name},
                "quarantined",
            )
            store.events.append("quarantined", verified.bundle_id, {"sender": verified.sender.name})
    except BaseException:
        kept.unlink(missing_ok=True)
        raise
    return _report(verified, "quarantined", message)


def _counts(verified: VerifiedContainer) -> dict[str, Any]:
    return {**verified.manifest["counts"], "file_sha256": verified.file_sha256}


class _Tally:
    """Counts per outcome (the ``ImportReport`` field names) and the notes that explain them."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.notes: list[ResponseNote] = []

    def add(self, outcome: str, uuid: str = "", reason: str = "") -> None:
        self.counts[outcome] += 1
        if reason:
            # The report counts "conflicts"; one note names one "conflict".
            self.notes.append(
                ResponseNote(uuid, "conflict" if outcome == "conflicts" else outcome, reason)
            )


def _merge(
    store: Store,
    verified: VerifiedContainer,
    identity: Identity,
    *,
    progress: Progress | None,
    cancel: CancelToken | None,
    limits: Limits,
) -> ImportReport:
    sender = verified.sender
    tally = _Tally()
    total = verified.record_counts.get(RESPONSES, 0)
    with store.atomic():
        # Gaps are judged before this bundle is recorded, and only the first time it is seen.
        gaps, out_of_order = _sequence_check(store, sender.key_id, verified)
        if not store.bundles.record(
            verified.bundle_id, "in", sender.key_id, verified.sequence, _counts(verified), "merging"
        ):
            current = store.bundles.get(verified.bundle_id)
            if current is not None and current.status not in ("quarantined", "held"):
                # Another importer committed it first (concurrent import): nothing to do.
                return _report(verified, "duplicate", "already imported; nothing changed")
            gaps, out_of_order = (), False
        forms = _FormCache(store)
        carried = _Attachments(store, verified)
        done = 0
        pending: list[dict[str, Any]] = []
        for member, item in container.replay(verified, identity, limits=limits, cancel=cancel):
            if member == RESPONSES:
                assert isinstance(item, dict)
                pending.append(item)
                done += 1
                if done % _PROGRESS_EVERY == 0:
                    _merge_chunk(store, verified, pending, (forms, carried), tally)
                    pending = []
                    report(progress, done, total, "responses")
            elif member.startswith(ATTACHMENTS) and isinstance(item, bytes):
                _store_attachment(store, member, item)
                tally.add("attachments")
        _merge_chunk(store, verified, pending, (forms, carried), tally)
        status = "held" if tally.counts["held"] else "merged"
        _finish(store, verified, status, tally.counts["constraint_problems"])
    report(progress, total, total, "responses")
    message = "merged" + _problems_text(tally.counts["constraint_problems"])
    if status == "held":
        message += (
            f", but {tally.counts['held']} responses wait for a form version this "
            "workspace lacks; install it, then import this bundle again"
        )
    return _report(
        verified,
        status,
        message,
        **tally.counts,
        missing_sequences=gaps,
        out_of_order=out_of_order,
        notes=tuple(tally.notes),
    )


def _sequence_check(
    store: Store, sender: str, verified: VerifiedContainer
) -> tuple[tuple[int, ...], bool]:
    """Gaps before this bundle's sequence, and whether a newer one already arrived."""
    last = store.bundles.last_sequence(sender) or 0
    sequence = verified.sequence
    if sequence <= last:
        return (), True
    # The first few only: a sender's sequence may jump by billions (a signed, but odd, bundle).
    return tuple(range(last + 1, min(sequence, last + 1 + MAX_GAPS_LISTED))), False


def _problems_text(count: int) -> str:
    if not count:
        return ""
    return f" with {count} constraint problem{'s' if count > 1 else ''} (review lists them)"


def _finish(store: Store, verified: VerifiedContainer, status: str, problems: int) -> None:
    store.bundles.set_status(verified.bundle_id, status)
    store.events.append(
        "imported",
        verified.bundle_id,
        {
            "sender": verified.sender.name,
            "sequence": verified.sequence,
            "status": status,
            "constraint_problems": problems,
        },
    )


class _FormCache:
    """The answer and constraint checkers of each form version a bundle names (None: not
    installed here)."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._checks: dict[tuple[str, str], tuple[AnswerCheck, ConstraintCheck] | None] = {}

    def check(self, form_id: str, version: str) -> AnswerCheck | None:
        checks = self._get(form_id, version)
        return None if checks is None else checks[0]

    def constraints(self, form_id: str, version: str) -> ConstraintCheck:
        checks = self._get(form_id, version)
        assert checks is not None  # only asked about responses that merged
        return checks[1]

    def _get(self, form_id: str, version: str) -> tuple[AnswerCheck, ConstraintCheck] | None:
        key = (form_id, version)
        if key not in self._checks:
            definition = self._store.forms.get(form_id, version)
            if definition is None:
                self._checks[key] = None
            else:
                form = load_form(definition)
                self._checks[key] = (AnswerCheck(form), ConstraintCheck(form))
        return self._checks[key]


class _Attachments:
    """Whether an attachment a response names arrives in this bundle or is already stored."""

    def __init__(self, store: Store, verified: VerifiedContainer) -> None:
        self._store = store
        self._carried = {
            d.name.removeprefix(ATTACHMENTS)
            for d in verified.members
            if d.name.startswith(ATTACHMENTS)
        }
        # Found in the store once, found for the rest of the merge (which deletes none): many
        # responses name the same document, and one query per answer was a query per response.
        self._stored: set[str] = set()

    def missing(self, digests: set[str]) -> list[str]:
        unknown = digests - self._carried - self._stored
        self._stored.update(d for d in unknown if self._store.attachments.has(d))
        return sorted(unknown - self._stored)


def _merge_chunk(
    store: Store,
    verified: VerifiedContainer,
    records: list[dict[str, Any]],
    checks: tuple[_FormCache, _Attachments],
    tally: _Tally,
) -> None:
    """Merge records in one batched store call; tallies and notes keep the records' order."""
    checked = [_checked(record, *checks) for record in records]
    incoming = [
        {
            "uuid": item.uuid,
            "form_id": item.form_id,
            "form_version": item.form_version,
            "revision": item.revision,
            "status": "received",
            "answers": item.answers,
            "audit": item.audit,
            "author": item.author,
            "created_at": item.created,
            "updated_at": item.updated,
            "sender": verified.sender.key_id,
            "instance_name": item.instance_name,
        }
        for item in checked
        if isinstance(item, Incoming)
    ]
    outcomes = iter(store.responses.upsert_received_many(incoming))
    for record, item in zip(records, checked, strict=True):
        uuid = str(record.get("uuid", "?"))
        if not isinstance(item, Incoming):
            outcome, reason = item
            tally.add(outcome, uuid, reason)
            continue
        outcome = next(outcomes)
        if outcome == "conflict":
            store.conflicts.add(
                item.uuid, item.revision, record, verified.sender.key_id, verified.bundle_id
            )
            tally.add("conflicts", uuid, "same revision with other answers: kept side by side")
            continue
        reason = "a newer revision is already here; the older one is ignored"
        tally.add(_OUTCOMES[outcome], uuid, reason if outcome == "older" else "")
        if outcome in ("new", "updated"):
            _note_constraints(store, item, checks[0], tally)


def _note_constraints(store: Store, item: Incoming, forms: _FormCache, tally: _Tally) -> None:
    """A merged response's failed constraints: problems for review, as for a draft (not
    refusals). Counted and noted in the report; an event keeps which questions, by path only
    (a message may quote an answer)."""
    failures = forms.constraints(item.form_id, item.form_version).failures(item.answers)
    if not failures:
        return
    tally.counts["constraint_problems"] += len(failures)
    tally.notes.append(
        ResponseNote(
            item.uuid, "constraint", f"merged with failed constraints: {describe(failures)}"
        )
    )
    store.events.append(
        "constraint_problems",
        item.uuid,
        {"revision": item.revision, "questions": [path for path, _ in failures]},
    )


def _checked(
    record: dict[str, Any], forms: _FormCache, carried: _Attachments
) -> Incoming | tuple[str, str]:
    """The record to merge, or the (outcome, reason) that keeps it out."""
    checked = check_record(record)
    if not isinstance(checked, Incoming):
        return "rejected", f"refused: {checked}"
    check = forms.check(checked.form_id, checked.form_version)
    if check is None:
        return (
            "held",
            f"form {checked.form_id} version {checked.form_version} is not installed here; "
            "install it, then import this bundle again",
        )
    problems, named = check.check(checked.answers)
    if problems:
        return "rejected", f"refused: its answers do not fit the form ({describe(problems)})"
    missing = carried.missing(named | set(checked.attachments))
    if missing:
        return (
            "rejected",
            f"refused: attachment {missing[0]} it names is not in the bundle"
            + (f" (nor {len(missing) - 1} more)" if len(missing) > 1 else ""),
        )
    return checked


def _store_attachment(store: Store, member: str, data: bytes) -> None:
    digest = member.removeprefix(ATTACHMENTS)
    if hashlib.sha256(data).hexdigest() != digest:
        raise BundleError(
            f"this bundle was damaged (bad checksum for {member}); ask the sender to export it "
            "again.",
            code="bad_checksum",
        )
    store.attachments.put(data, "application/octet-stream", digest)
