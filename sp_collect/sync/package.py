"""Form packages (``*.sppackage``): a signed, unencrypted tar from the coordinator to devices.

Layout: ``package.json``, ``package.json.minisig``, then ``forms/*.json``, ``scoring/*.json`` and
``media/*``: a form's media (choice files, see ``choice_files`` in the form format), each listed
with its form, its file name, size and hash in the signed ``package.json``.
The signature comes second so a device checks it (against the pinned coordinator key) before it
reads anything else; later packages must be signed by the same key and carry a newer sequence.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import tarfile
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sp_collect.engine.choice_files import MEDIA_FILE
from sp_collect.errors import BundleError, TrustError
from sp_collect.storage.values import MAX_INTEGER
from sp_collect.sync import minisign
from sp_collect.sync.assignments import read_assignments
from sp_collect.sync.identity import ContactCard, Identity
from sp_collect.sync.manifest import check_members
from sp_collect.sync.tarsafe import Limits, TooDeep, check_member, read_small, strict_json

PACKAGE_JSON = "package.json"
PACKAGE_SIG = "package.json.minisig"
FORMAT_VERSION = 1
WHAT = "form package"
_SAFE = re.compile(r"[^A-Za-z0-9._-]+")
PACKAGE_LIMITS = Limits(max_members=1000, max_member_size=32 * 1024 * 1024)
_FIELDS = {
    "format": int,
    "kind": str,
    "package_id": str,
    "sequence": int,
    "created": str,
    "signer": dict,
    "coordinators": list,
    "backup_recipients": list,
    "escrow": dict,
    "assignments": dict,
    "files": list,
}


@dataclass(frozen=True)
class FormFile:
    form_id: str
    version: str
    data: bytes
    media: dict[str, bytes] = field(default_factory=dict)
    """The form's media files (file name → bytes), verified with the package."""


@dataclass(frozen=True)
class MediaFile:
    """A media file to package with the form ``form_id`` ``version``."""

    form_id: str
    version: str
    name: str
    data: bytes


@dataclass(frozen=True)
class Package:
    """A verified form package."""

    package_id: str
    sequence: int
    created: str
    signer: ContactCard
    coordinators: tuple[ContactCard, ...]
    backup_recipients: tuple[ContactCard, ...]
    escrow: dict[str, Any]
    assignments: dict[str, Any]
    forms: tuple[FormFile, ...]
    scoring: tuple[tuple[str, bytes], ...]

    @property
    def recipients(self) -> tuple[ContactCard, ...]:
        """Who bundles from devices are encrypted to: the coordinators and any backup."""
        return self.coordinators + self.backup_recipients


def trusted_comment(body: dict[str, Any]) -> str:
    return (
        f"sp-collect package v{body['format']} id={body['package_id']} seq={body['sequence']} "
        f"created={body['created']} file={PACKAGE_JSON}"
    )


def build_package(
    out_path: Path,
    identity: Identity,
    *,
    sequence: int,
    forms: Sequence[bytes],
    scoring: Sequence[tuple[str, bytes]] = (),
    media: Sequence[MediaFile] = (),
    package_id: str | None = None,
    coordinators: Sequence[ContactCard] = (),
    backup_recipients: Sequence[ContactCard] = (),
    escrow: dict[str, Any] | None = None,
    assignments: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Write a signed package; ``forms`` are form JSON files (already validated by the caller).

    ``assignments`` follows :mod:`sp_collect.sync.assignments` and may name only packaged forms;
    ``media`` likewise belong to packaged forms.

    ``coordinators`` defaults to the signer's own card. Returns the signed ``package.json``.
    """
    files: list[tuple[str, bytes, dict[str, str]]] = []
    for data in forms:
        form = json.loads(data)
        name = f"forms/{_SAFE.sub('_', form['id'])}-{_SAFE.sub('_', form['version'])}.json"
        files.append((name, data, {"role": "form", "id": form["id"], "version": form["version"]}))
    files.extend((f"scoring/{_SAFE.sub('_', n)}", d, {"role": "scoring"}) for n, d in scoring)
    packaged = {(m["id"], m["version"]) for _n, _d, m in files if m["role"] == "form"}
    for item in media:
        if (item.form_id, item.version) not in packaged or not MEDIA_FILE.match(item.name):
            raise _invalid(f"{item.name} is not a media file of a form in the package")
        safe = "-".join(_SAFE.sub("_", part) for part in (item.form_id, item.version, item.name))
        meta = {"role": "media", "id": item.form_id, "version": item.version, "file": item.name}
        files.append((f"media/{safe}", item.data, meta))
    _check_fits([(name, data) for name, data, _meta in files], PACKAGE_LIMITS)
    read_assignments(assignments or {}, (m["id"] for _n, _d, m in files if m["role"] == "form"))
    body = {
        "format": FORMAT_VERSION,
        "kind": "package",
        "package_id": package_id or str(uuid.uuid4()),
        "sequence": sequence,
        "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "signer": identity.card.to_dict(),
        "coordinators": [card.to_dict() for card in coordinators or (identity.card,)],
        "backup_recipients": [card.to_dict() for card in backup_recipients],
        "escrow": escrow or {"policy": "none"},
        "assignments": assignments or {},
        "files": [
            {"name": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest(), **meta}
            for n, d, meta in files
        ],
    }
    manifest = (json.dumps(body, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode()
    signature = identity.sign(manifest, trusted_comment=trusted_comment(body)).encode()
    partial = out_path.with_name(out_path.name + ".partial")
    with tarfile.open(partial, mode="w") as tar:
        for name, data in [(PACKAGE_JSON, manifest), (PACKAGE_SIG, signature)] + [
            (n, d) for n, d, _ in files
        ]:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mode = 0o644
            tar.addfile(info, io.BytesIO(data))
    partial.replace(out_path)
    return body


def _check_fits(files: Sequence[tuple[str, bytes]], limits: Limits) -> None:
    """Refuse, before writing, a package that devices would refuse."""
    if len(files) > limits.max_members:
        raise BundleError(
            f"a {WHAT} may hold at most {limits.max_members:,} forms and scoring files, not "
            f"{len(files):,}; split the study's forms over several packages.",
            code="package_too_large",
        )
    for name, data in files:
        if len(data) > limits.max_member_size:
            raise BundleError(
                f"{name} takes {len(data):,} bytes, more than the {limits.max_member_size:,} a "
                f"{WHAT} may carry for one file; make it smaller, then build the package again.",
                code="package_too_large",
            )


def read_package(
    path: Path,
    pinned_key: str | None = None,
    installed_sequence: int | None = None,
    *,
    installed_package_id: str | None = None,
    limits: Limits = PACKAGE_LIMITS,
) -> Package:
    """Verify a package: signature (by ``pinned_key`` if given), newer sequence, every hash."""
    try:
        with tarfile.open(path, mode="r|") as tar:
            entries = _read_entries(tar, limits)
    except (tarfile.TarError, EOFError, OSError) as exc:
        raise BundleError(
            f"this {WHAT} is damaged or is not a package; ask the coordinator to send it again.",
            code="damaged",
        ) from exc
    names = [name for name, _ in entries]
    if names[:2] != [PACKAGE_JSON, PACKAGE_SIG]:
        raise BundleError(
            f"this {WHAT} has no signature at its start; it was not made by sp_collect.",
            code="unsigned",
        )
    body, signer = _verified_body(entries[0][1], entries[1][1], pinned_key)
    if installed_package_id is not None and body["package_id"] != installed_package_id:
        raise TrustError(
            f"this {WHAT} belongs to another study than the one installed; it was refused.",
            code="other_package",
        )
    if installed_sequence is not None and body["sequence"] <= installed_sequence:
        older = body["sequence"] < installed_sequence
        raise BundleError(
            f"this {WHAT} (version {body['sequence']}) is "
            f"{'older than' if older else 'the same as'} the installed one "
            f"(version {installed_sequence}); it was refused.",
            code="downgrade" if older else "replay",
        )
    listed = [(f["name"], f["size"], f["sha256"]) for f in body["files"]]
    actual = [(n, len(d), hashlib.sha256(d).hexdigest()) for n, d in entries[2:]]
    check_members(listed, actual, WHAT)
    contents = dict(entries[2:])
    read_assignments(body["assignments"], (f["id"] for f in body["files"] if f["role"] == "form"))
    return Package(
        package_id=body["package_id"],
        sequence=body["sequence"],
        created=body["created"],
        signer=signer,
        coordinators=tuple(ContactCard.from_dict(c) for c in body["coordinators"]),
        backup_recipients=tuple(ContactCard.from_dict(c) for c in body["backup_recipients"]),
        escrow=body["escrow"],
        assignments=body["assignments"],
        forms=tuple(
            FormFile(
                f["id"], f["version"], contents[f["name"]], _media_of(f, body["files"], contents)
            )
            for f in body["files"]
            if f["role"] == "form"
        ),
        scoring=tuple(
            (f["name"].removeprefix("scoring/"), contents[f["name"]])
            for f in body["files"]
            if f["role"] == "scoring"
        ),
    )


def _media_of(
    form: dict[str, Any], files: list[dict[str, Any]], contents: dict[str, bytes]
) -> dict[str, bytes]:
    return {
        f["file"]: contents[f["name"]]
        for f in files
        if f["role"] == "media" and (f["id"], f["version"]) == (form["id"], form["version"])
    }


def _read_entries(tar: tarfile.TarFile, limits: Limits) -> list[tuple[str, bytes]]:
    entries: list[tuple[str, bytes]] = []
    seen: set[str] = set()
    for info in tar:
        check_member(info, limits, WHAT)
        if info.name in seen:
            raise BundleError(
                f"this {WHAT} was altered ({info.name} appears twice); it was refused.",
                code="duplicate_member",
            )
        if len(entries) >= limits.max_members + 2:
            raise BundleError(
                f"this {WHAT} holds more than {limits.max_members} files; it was refused.",
                code="too_many_members",
            )
        seen.add(info.name)
        content = tar.extractfile(info)
        assert content is not None  # check_member allows regular files only
        data = read_small(content, info.size, limits.max_member_size, info.name, WHAT)
        entries.append((info.name, data))
    return entries


def _verified_body(
    data: bytes, signature: bytes, pinned_key: str | None
) -> tuple[dict[str, Any], ContactCard]:
    try:
        body = strict_json(data)
    except TooDeep:
        raise _invalid("package.json is nested more deeply than sp_collect reads") from None
    except (ValueError, UnicodeDecodeError):
        body = None
    if not isinstance(body, dict):
        raise _invalid("package.json is not a JSON object")
    if body.get("format") != FORMAT_VERSION:
        raise BundleError(
            f"this {WHAT} uses format version {body.get('format')!r}; this version of "
            f"sp_collect reads only version {FORMAT_VERSION}.",
            code="unsupported_version",
        )
    if set(body) != set(_FIELDS) or not all(
        isinstance(body[k], t) and not isinstance(body[k], bool) for k, t in _FIELDS.items()
    ):
        raise _invalid(f"its fields are not {sorted(_FIELDS)} with the right types")
    if body["kind"] != "package":
        raise BundleError(f"this file is not a {WHAT}.", code="wrong_kind")
    if not 1 <= body["sequence"] <= MAX_INTEGER:
        raise _invalid(f"its sequence is not a whole number from 1 to {MAX_INTEGER}")
    signer = ContactCard.from_dict(body["signer"])
    if pinned_key is not None and signer.minisign_public != pinned_key:
        raise TrustError(
            f"this {WHAT} is signed by another key than the coordinator's pinned key; "
            "it was refused. Ask the coordinator, by phone, whether their key changed.",
            code="other_key",
        )
    try:
        text = signature.decode("ascii")
    except UnicodeDecodeError:
        text = ""
    key = minisign.PublicKey.from_line(pinned_key) if pinned_key else signer.public_key
    try:
        comment = minisign.verify(text, data, key, what=PACKAGE_JSON)
    except TrustError as exc:
        if exc.code == "wrong_signer" and pinned_key is not None:
            raise TrustError(exc.message, code="other_key") from None
        raise
    if comment != trusted_comment(body):
        raise TrustError(
            f"the signed comment of {PACKAGE_JSON} does not match it; the package was altered.",
            code="bad_signature",
        )
    if not all(_is_file(f) for f in body["files"]):
        raise _invalid("files is not a list of {name, size, sha256, role}")
    forms = {(f["id"], f["version"]) for f in body["files"] if f["role"] == "form"}
    for entry in body["files"]:
        if entry["role"] == "media" and (
            (entry["id"], entry["version"]) not in forms or not MEDIA_FILE.match(entry["file"])
        ):
            raise _invalid(f"{entry['name']} is not a media file of a form in the package")
    return body, signer


def _is_file(entry: object) -> bool:
    if not isinstance(entry, dict) or entry.get("role") not in ("form", "scoring", "media"):
        return False
    keys = {"name", "size", "sha256", "role"}
    if entry["role"] in ("form", "media"):
        keys |= {"id", "version"}
    if entry["role"] == "media":
        keys.add("file")
    texts = [entry[key] for key in keys - {"size"} if key in entry]
    return (
        set(entry) == keys
        and all(isinstance(text, str) for text in texts)
        and isinstance(entry["size"], int)
        and not isinstance(entry["size"], bool)
        and 0 <= entry["size"] <= MAX_INTEGER
    )


def _invalid(reason: str) -> BundleError:
    return BundleError(
        f"this {WHAT} is not valid ({reason}); ask the coordinator to send it again.",
        code="manifest_invalid",
    )
