"""The signed, age-encrypted tar container shared by bundles and returns: write, verify, replay.

Nothing decrypted ever touches disk: age plaintext flows through an OS pipe into a streaming
``tarfile`` reader. Reading is two passes: :func:`verify` checks everything (signature, sender,
recipients, member list, sizes, hashes, records) and :func:`replay` streams the members again for
the merge, re-checking every hash and raising at the end if anything differs.
"""

from __future__ import annotations

import hashlib
import io
import os
import tarfile
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

import pyrage

from sp_collect.errors import BundleError
from sp_collect.progress import CancelToken, check
from sp_collect.sync import manifest as manifests
from sp_collect.sync.identity import ContactCard, Identity
from sp_collect.sync.streams import CHUNK, PIPE_BUFFER, HashingChunks, HashingReader, plaintext
from sp_collect.sync.tarsafe import DEFAULT_LIMITS, Limits, check_member, json_lines, read_small

MANIFEST = "manifest.json"
SIGNATURE = "manifest.json.minisig"


@dataclass(frozen=True)
class Member:
    """A data member to write: its name, its exact size and its bytes in chunks."""

    name: str
    size: int
    chunks: Iterable[bytes]

    @classmethod
    def from_bytes(cls, name: str, data: bytes) -> Member:
        return cls(name, len(data), (data,))


@dataclass(frozen=True)
class MemberDigest:
    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class VerifiedContainer:
    """What pass 1 proved about a container; pass 2 (:func:`replay`) must find the same."""

    path: Path
    file_sha256: str
    manifest: dict[str, Any]
    sender: ContactCard
    trust: str
    members: tuple[MemberDigest, ...]
    record_counts: dict[str, int] = field(default_factory=dict)

    @property
    def bundle_id(self) -> str:
        return str(self.manifest["bundle_id"])

    @property
    def sequence(self) -> int:
        return int(self.manifest["sequence"])

    @property
    def kind(self) -> str:
        return str(self.manifest["kind"])


TrustCallback = Callable[[ContactCard], str]
"""``is_trusted(card)`` → ``"trusted"``, ``"unknown"`` or ``"revoked"``."""


def write(
    out_path: Path,
    identity: Identity,
    recipients: Sequence[ContactCard],
    *,
    kind: str,
    sequence: int,
    members: Iterable[Member],
    forms: Sequence[dict[str, str]] = (),
    counts: dict[str, int] | None = None,
    extra: dict[str, Any] | None = None,
    cancel: CancelToken | None = None,
    publish: bool = True,
) -> dict[str, Any]:
    """Write a signed container encrypted to ``recipients``; return its manifest.

    The file appears at ``out_path`` only when complete (written beside it, then renamed). With
    ``publish=False`` it stays beside it until :func:`publish` (or :func:`discard`): the caller
    records it first, so a file with the final name is always one the sender has recorded.
    """
    if not recipients:
        raise ValueError("a container needs at least one recipient")
    partial = _partial(out_path)
    read_fd, write_fd = os.pipe()
    failures: list[BaseException] = []

    def encrypt() -> None:
        try:
            with open(read_fd, "rb", buffering=PIPE_BUFFER) as source, open(partial, "wb") as sink:
                pyrage.encrypt_io(source, sink, [card.recipient for card in recipients])
                sink.flush()
                os.fsync(sink.fileno())
        except BaseException as exc:
            failures.append(exc)

    worker = threading.Thread(target=encrypt, name="sp-collect-encrypt", daemon=True)
    worker.start()
    try:
        with (
            open(write_fd, "wb", buffering=PIPE_BUFFER) as pipe,
            tarfile.open(fileobj=pipe, mode="w|") as tar,
        ):
            digests: list[MemberDigest] = []
            for member in members:
                check(cancel)
                digests.append(_add_member(tar, member))
            manifest = manifests.build(
                kind=kind,
                bundle_id=str(uuid.uuid4()),
                sender=identity.card,
                sequence=sequence,
                recipients=[card.age_recipient for card in recipients],
                created=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                members=[(d.name, d.size, d.sha256) for d in digests],
                forms=forms,
                counts=counts or {},
                extra=extra or {},
            )
            manifest_bytes = manifests.dump(manifest)
            _add_member(tar, Member.from_bytes(MANIFEST, manifest_bytes))
            signature = identity.sign(
                manifest_bytes, trusted_comment=manifests.trusted_comment(manifest)
            )
            _add_member(tar, Member.from_bytes(SIGNATURE, signature.encode("ascii")))
    except BaseException as exc:
        worker.join()
        partial.unlink(missing_ok=True)
        if failures and isinstance(exc, BrokenPipeError):
            # The encrypting side failed first (e.g. the disk is full) and closed the pipe.
            raise failures[0] from exc
        raise
    worker.join()
    if failures:
        partial.unlink(missing_ok=True)
        raise failures[0]
    if publish:
        partial.replace(out_path)
    return manifest


def _partial(out_path: Path) -> Path:
    return out_path.with_name(out_path.name + ".partial")


def publish(out_path: Path) -> None:
    """Give a container written with ``publish=False`` its final name."""
    _partial(out_path).replace(out_path)


def discard(out_path: Path) -> None:
    """Remove a container written with ``publish=False`` that will not be published."""
    _partial(out_path).unlink(missing_ok=True)


def _add_member(tar: tarfile.TarFile, member: Member) -> MemberDigest:
    info = tarfile.TarInfo(member.name)
    info.size = member.size
    info.mode = 0o600
    digest = hashlib.sha256()
    reader = HashingChunks(member.chunks, digest)
    tar.addfile(info, reader)
    if reader.total != member.size:
        raise ValueError(f"{member.name}: declared {member.size} bytes, got {reader.total}")
    return MemberDigest(member.name, member.size, digest.hexdigest())


def verify(
    path: Path,
    identity: Identity,
    *,
    kind: str,
    is_trusted: TrustCallback,
    allow_unknown: bool = False,
    limits: Limits = DEFAULT_LIMITS,
    cancel: CancelToken | None = None,
) -> VerifiedContainer:
    """Pass 1: decrypt, hash and check everything; nothing is kept but the verdict."""
    what = kind
    digests: list[MemberDigest] = []
    record_counts: dict[str, int] = {}
    record_error: BundleError | None = None
    manifest_bytes: bytes | None = None
    signature: bytes | None = None
    trailer: list[str] = []
    with plaintext(path, identity, what) as (stream, file_digest):
        for info, content in _members(stream):
            check(cancel)
            check_member(info, limits, what)
            names = {d.name for d in digests} | set(trailer)
            if info.name in names:
                raise _member_error("duplicate_member", info.name, what)
            if info.name == MANIFEST:
                manifest_bytes = read_small(
                    content, info.size, limits.max_manifest_size, MANIFEST, what
                )
                trailer.append(info.name)
                continue
            if info.name == SIGNATURE:
                signature = read_small(
                    content, info.size, limits.max_signature_size, SIGNATURE, what
                )
                trailer.append(info.name)
                continue
            if trailer:
                raise _member_error("extra_member", info.name, what)
            if len(digests) >= limits.max_members:
                raise BundleError(
                    f"this {what} holds more than {limits.max_members} files; it was refused.",
                    code="too_many_members",
                )
            digest, count, error = _consume(content, info.name, limits)
            digests.append(MemberDigest(info.name, info.size, digest))
            if count is not None:
                record_counts[info.name] = count
            record_error = record_error or error
    if manifest_bytes is None or signature is None:
        raise BundleError(
            f"this {what} has no signed manifest; it is incomplete or was not made by sp_collect.",
            code="unsigned",
        )
    if trailer != [MANIFEST, SIGNATURE]:
        raise _member_error("member_order", SIGNATURE, what)
    manifest = manifests.parse(manifest_bytes, kind=kind)
    sender = manifests.check_signature(manifest, manifest_bytes, signature)
    trust = is_trusted(sender)
    manifests.check_trust(trust, sender, allow_unknown=allow_unknown, what=what)
    if identity.card.age_recipient not in manifest["recipients"]:
        raise BundleError(
            f"this {what} was signed for other recipients than this workspace; "
            "it may have been forwarded, so it was refused.",
            code="recipient_mismatch",
        )
    actual = [(d.name, d.size, d.sha256) for d in digests]
    manifests.check_members(manifests.listed_members(manifest), actual, what)
    if record_error is not None:
        raise record_error
    return VerifiedContainer(
        path=path,
        file_sha256=file_digest.hexdigest(),
        manifest=manifest,
        sender=sender,
        trust=trust,
        members=tuple(digests),
        record_counts=record_counts,
    )


def _members(stream: IO[bytes]) -> Iterator[tuple[tarfile.TarInfo, IO[bytes]]]:
    # The default record-sized reads: a larger buffer would swallow data after the archive
    # end, which _drain must see.
    with tarfile.open(fileobj=stream, mode="r|") as tar:
        for info in tar:
            content = tar.extractfile(info) if info.isreg() else None
            yield info, content if content is not None else io.BytesIO()


def _consume(
    content: IO[bytes], name: str, limits: Limits
) -> tuple[str, int | None, BundleError | None]:
    """Hash a data member; count and check its JSON lines if it is a ``.jsonl``."""
    hashing = HashingReader(content)
    if not name.endswith(".jsonl"):
        while hashing.read(CHUNK):
            pass
        return hashing.digest.hexdigest(), None, None
    count = 0
    error: BundleError | None = None
    try:
        for _record in json_lines(hashing, limits, name):
            count += 1
    except BundleError as exc:
        # Kept until the signature is checked: a forged file should say "bad signature".
        error = exc
        while hashing.read(CHUNK):
            pass
    return hashing.digest.hexdigest(), count, error


def _member_error(code: str, name: str, what: str) -> BundleError:
    reason = {
        "duplicate_member": f"{name} appears twice",
        "extra_member": f"{name} is not listed in the manifest",
        "member_order": "its files are not in the signed order",
    }[code]
    return BundleError(
        f"this {what} was altered ({reason}); ask the sender to export it again.", code=code
    )


def replay(
    verified: VerifiedContainer,
    identity: Identity,
    *,
    limits: Limits = DEFAULT_LIMITS,
    cancel: CancelToken | None = None,
) -> Iterator[tuple[str, dict[str, Any] | bytes]]:
    """Pass 2: yield ``(member, record)`` for JSON lines and ``(member, bytes)`` for blobs.

    Every member is hashed again; if the file changed since :func:`verify`, this raises at the
    end (after the last item), so the caller's open transaction rolls back.
    """
    what = verified.kind
    seen: list[MemberDigest] = []
    with plaintext(verified.path, identity, what) as (stream, file_digest):
        for info, content in _members(stream):
            check(cancel)
            if info.name in (MANIFEST, SIGNATURE):
                content.read(limits.max_manifest_size)
                continue
            check_member(info, limits, what)
            if len(seen) >= len(verified.members):
                raise _changed(what)
            hashing = HashingReader(content)
            if info.name.endswith(".jsonl"):
                for record in json_lines(hashing, limits, info.name):
                    yield info.name, record
            else:
                yield info.name, hashing.read(info.size)
            hashing.read()
            seen.append(MemberDigest(info.name, info.size, hashing.digest.hexdigest()))
    if tuple(seen) != verified.members or file_digest.hexdigest() != verified.file_sha256:
        raise _changed(what)


def _changed(what: str) -> BundleError:
    return BundleError(
        f"this {what} changed while it was being imported; nothing was written, import it again.",
        code="changed_during_import",
    )
