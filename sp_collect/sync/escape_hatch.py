"""The escape hatch: a workspace's keys in the ``age`` and ``minisign`` programs' own formats, so
bundles and returns stay readable if sp_collect ever disappears (docs/bundle-format.md).

Only the age identity is secret; signatures are verified with public keys alone, so the signing
key never leaves the workspace.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sp_collect.errors import WorkspaceError
from sp_collect.sync import minisign
from sp_collect.sync.identity import ContactCard, Identity

AGE_IDENTITY = "age-identity.txt"
OWN_PUBLIC = "minisign.pub"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class KeyFiles:
    """What was written: the secret age identity and the public minisign keys."""

    age_identity: Path
    own_public: Path
    contacts: tuple[Path, ...]


def age_identity_text(identity: Identity) -> str:
    """The ``age-keygen`` file format: two comment lines, then ``AGE-SECRET-KEY-1…``."""
    created = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return (
        f"# created: {created} by sp_collect for {identity.name}\n"
        f"# public key: {identity.recipient}\n"
        f"{identity.age_identity}\n"
    )


def minisign_public_text(card: ContactCard) -> str:
    """The ``minisign -G`` public key file of ``card``."""
    return minisign.PublicKey.from_line(card.minisign_public).file_text()


def contact_file_name(card: ContactCard) -> str:
    """``<name>-<key id>.pub``: readable, and unique even when two contacts share a name."""
    return f"{_UNSAFE.sub('_', card.name).strip('_') or 'contact'}-{card.key_id}.pub"


def write_keys(folder: Path, identity: Identity, contacts: list[ContactCard]) -> KeyFiles:
    """Write the key files into ``folder`` (created, owner-only); never over existing files."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    secret = folder / AGE_IDENTITY
    own = folder / OWN_PUBLIC
    others = [(folder / contact_file_name(card), minisign_public_text(card)) for card in contacts]
    files = [(secret, age_identity_text(identity)), (own, minisign_public_text(identity.card))]
    files += others
    existing = [path.name for path, _ in files if path.exists()]
    if existing:
        raise WorkspaceError(
            f"{folder} already holds {existing[0]}; choose an empty folder",
            code="file_exists",
        )
    for path, text in files:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="ascii") as handle:
            handle.write(text)
    return KeyFiles(secret, own, tuple(path for path, _ in others))
