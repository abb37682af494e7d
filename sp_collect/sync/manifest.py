"""The signed ``manifest.json`` of bundles and returns: build, parse strictly, check."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Sequence
from typing import Any

from sp_collect.errors import BundleError, TrustError
from sp_collect.storage.values import MAX_INTEGER
from sp_collect.sync import minisign
from sp_collect.sync.identity import ContactCard
from sp_collect.sync.tarsafe import TooDeep, strict_json

FORMAT_VERSION = 1
KINDS = ("bundle", "return")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_CREATED = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
_FIELDS = {
    "format": int,
    "kind": str,
    "bundle_id": str,
    "sender": dict,
    "sequence": int,
    "recipients": list,
    "created": str,
    "forms": list,
    "counts": dict,
    "members": list,
    "extra": dict,
}


def build(
    *,
    kind: str,
    bundle_id: str,
    sender: ContactCard,
    sequence: int,
    recipients: list[str],
    created: str,
    members: Sequence[tuple[str, int, str]],
    forms: Sequence[dict[str, str]],
    counts: dict[str, int],
    extra: dict[str, Any],
) -> dict[str, Any]:
    return {
        "format": FORMAT_VERSION,
        "kind": kind,
        "bundle_id": bundle_id,
        "sender": sender.to_dict(),
        "sequence": sequence,
        "recipients": recipients,
        "created": created,
        "forms": [dict(form) for form in forms],
        "counts": dict(counts),
        "members": [{"name": n, "size": s, "sha256": h} for n, s, h in members],
        "extra": extra,
    }


def dump(manifest: dict[str, Any]) -> bytes:
    return (json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode()


def trusted_comment(manifest: dict[str, Any]) -> str:
    """The signed one-line comment: binds kind, id, sequence and time (domain separation)."""
    return (
        f"sp-collect {manifest['kind']} v{manifest['format']} id={manifest['bundle_id']} "
        f"seq={manifest['sequence']} created={manifest['created']} file=manifest.json"
    )


def _invalid(what: str, reason: str) -> BundleError:
    return BundleError(
        f"the manifest of this {what} is not valid ({reason}); ask the sender to export it again.",
        code="manifest_invalid",
    )


def parse(data: bytes, *, kind: str) -> dict[str, Any]:
    """Parse and validate a manifest; the format version is checked before anything else."""
    try:
        manifest = strict_json(data)
    except TooDeep:
        raise _invalid(kind, "it is nested more deeply than sp_collect reads") from None
    except (ValueError, UnicodeDecodeError):
        raise _invalid(kind, "it is not valid UTF-8 JSON") from None
    if not isinstance(manifest, dict):
        raise _invalid(kind, "it is not a JSON object")
    if manifest.get("format") != FORMAT_VERSION or isinstance(manifest.get("format"), bool):
        raise BundleError(
            f"this {kind} uses format version {manifest.get('format')!r}, but this version of "
            f"sp_collect reads only version {FORMAT_VERSION}; update sp_collect or ask the "
            "sender to export it again.",
            code="unsupported_version",
        )
    if set(manifest) != set(_FIELDS):
        raise _invalid(kind, f"its fields are not {sorted(_FIELDS)}")
    for name, expected in _FIELDS.items():
        value = manifest[name]
        if not isinstance(value, expected) or isinstance(value, bool):
            raise _invalid(kind, f"{name} is not a {expected.__name__}")
    if manifest["kind"] != kind:
        raise BundleError(
            f"this file is a {manifest['kind']!r}, not a {kind}; open it with the right command.",
            code="wrong_kind",
        )
    try:
        uuid.UUID(manifest["bundle_id"], version=4)
    except ValueError:
        raise _invalid(kind, "bundle_id is not a UUID") from None
    if not 1 <= manifest["sequence"] <= MAX_INTEGER:
        raise _invalid(kind, f"its sequence is not a whole number from 1 to {MAX_INTEGER}")
    if not _CREATED.match(manifest["created"]):
        raise _invalid(kind, "created is not a UTC time")
    if not manifest["recipients"] or not all(isinstance(r, str) for r in manifest["recipients"]):
        raise _invalid(kind, "recipients is not a list of keys")
    if not all(_is_form(form) for form in manifest["forms"]):
        raise _invalid(kind, "forms is not a list of {id, version}")
    if not all(isinstance(k, str) and _is_count(v) for k, v in manifest["counts"].items()):
        raise _invalid(kind, "counts is not a map of whole numbers")
    if not all(_is_member(member) for member in manifest["members"]):
        raise _invalid(kind, "members is not a list of {name, size, sha256}")
    return manifest


def _is_count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_INTEGER


def _is_form(form: object) -> bool:
    return (
        isinstance(form, dict)
        and set(form) == {"id", "version"}
        and all(isinstance(value, str) for value in form.values())
    )


def _is_member(member: object) -> bool:
    return (
        isinstance(member, dict)
        and set(member) == {"name", "size", "sha256"}
        and isinstance(member["name"], str)
        and _is_count(member["size"])
        and isinstance(member["sha256"], str)
        and bool(_SHA256.match(member["sha256"]))
    )


def check_signature(manifest: dict[str, Any], data: bytes, signature: bytes) -> ContactCard:
    """Verify the signature by the sender named inside; return that sender's card."""
    sender = ContactCard.from_dict(manifest["sender"])
    try:
        text = signature.decode("ascii")
    except UnicodeDecodeError:
        text = ""
    comment = minisign.verify(text, data, sender.public_key, what="manifest.json")
    if comment != trusted_comment(manifest):
        raise TrustError(
            "the signed comment of manifest.json does not match the manifest; the file was "
            "altered.",
            code="bad_signature",
        )
    return sender


def check_trust(trust: str, sender: ContactCard, *, allow_unknown: bool, what: str) -> None:
    who = f"{sender.name} ({sender.fingerprint})"
    if trust == "revoked":
        raise TrustError(
            f"this {what} comes from {who}, whose key was revoked; it was refused.",
            code="revoked",
        )
    if trust == "unknown" and not allow_unknown:
        raise TrustError(
            f"this {what} comes from {who}, who is not a trusted contact; check the fingerprint "
            "with the sender, then trust their contact card.",
            code="unknown_sender",
        )
    if trust not in ("trusted", "unknown"):
        raise ValueError(f"is_trusted returned {trust!r}")


def listed_members(manifest: dict[str, Any]) -> list[tuple[str, int, str]]:
    return [(m["name"], m["size"], m["sha256"]) for m in manifest["members"]]


def check_members(
    listed: Sequence[tuple[str, int, str]], actual: Sequence[tuple[str, int, str]], what: str
) -> None:
    """The data members must be exactly those listed, in order, sizes and hashes."""
    listed_names = [name for name, _, _ in listed]
    actual_names = [name for name, _, _ in actual]
    if len(set(listed_names)) != len(listed_names):
        raise _invalid(what, "a member is listed twice")
    missing = [name for name in listed_names if name not in actual_names]
    if missing:
        raise BundleError(
            f"this {what} is missing {missing[0]}, which its manifest lists; ask the sender to "
            "export it again.",
            code="missing_member",
        )
    extra = [name for name in actual_names if name not in listed_names]
    if extra:
        raise BundleError(
            f"this {what} was altered ({extra[0]} is not listed in the manifest); ask the "
            "sender to export it again.",
            code="extra_member",
        )
    if listed_names != actual_names:
        raise BundleError(
            f"this {what} was altered (its files are not in the signed order); ask the sender to "
            "export it again.",
            code="member_order",
        )
    for (name, size, sha256), (_, real_size, real_sha256) in zip(listed, actual, strict=True):
        if size != real_size or sha256 != real_sha256:
            raise BundleError(
                f"this {what} was damaged in transit (bad checksum for {name}); ask the sender "
                "to export it again.",
                code="bad_checksum",
            )
