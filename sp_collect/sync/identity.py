"""Workspace identities (age X25519 + Ed25519) and their public contact cards."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyrage import x25519

from sp_collect.errors import BundleError
from sp_collect.sync import minisign

ROLES: tuple[str, ...] = ("field", "coordinator")
CARD_TYPE = "sp-collect-contact"
CARD_VERSION = 1
_FINGERPRINT_DOMAIN = b"sp-collect-card-v1\x00"
_AGE_RECIPIENT = re.compile(r"^age1[02-9ac-hj-np-z]{58}$")
_FINGERPRINT = re.compile(r"^[A-Z2-7]{4}( [A-Z2-7]{4}){5}$")
_MAX_NAME = 200


def _key_id(public_raw: bytes) -> bytes:
    # Derived from the key rather than random, so the secrets need not store it.
    return hashlib.blake2b(b"sp-collect-key-id\x00" + public_raw, digest_size=8).digest()


def fingerprint(age_recipient: str, minisign_public: str) -> str:
    """Six groups of four base32 letters (120 bits) over both public keys, to read aloud."""
    digest = hashlib.sha256(
        _FINGERPRINT_DOMAIN + age_recipient.encode("ascii") + b"\x00" + minisign_public.encode()
    ).digest()
    letters = base64.b32encode(digest).decode("ascii")[:24]
    return " ".join(letters[i : i + 4] for i in range(0, 24, 4))


@dataclass(frozen=True)
class ContactCard:
    """The public half of an identity: who, what role, both public keys, a fingerprint."""

    name: str
    role: str
    age_recipient: str
    minisign_public: str
    key_id: str
    fingerprint: str

    @property
    def public_key(self) -> minisign.PublicKey:
        return minisign.PublicKey.from_line(self.minisign_public)

    @property
    def recipient(self) -> x25519.Recipient:
        return x25519.Recipient.from_str(self.age_recipient)

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": CARD_TYPE,
            "version": CARD_VERSION,
            "name": self.name,
            "role": self.role,
            "age_recipient": self.age_recipient,
            "minisign_public": self.minisign_public,
            "key_id": self.key_id,
            "fingerprint": self.fingerprint,
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str | bytes) -> ContactCard:
        try:
            data = json.loads(text)
        except RecursionError:
            raise _invalid("it is nested more deeply than sp_collect reads") from None
        except (ValueError, UnicodeDecodeError):
            raise _invalid("it is not valid JSON") from None
        return cls.from_dict(data)

    @classmethod
    def from_dict(cls, data: object) -> ContactCard:
        """Validate every field; a card that does not check out raises ``card_invalid``."""
        if not isinstance(data, dict):
            raise _invalid("it is not a JSON object")
        expected = {"type", "version", "name", "role", "age_recipient", "minisign_public"}
        expected |= {"key_id", "fingerprint"}
        if set(data) != expected:
            raise _invalid(f"its fields are not {sorted(expected)}")
        if data["type"] != CARD_TYPE or data["version"] != CARD_VERSION:
            raise _invalid("it is not a version 1 sp_collect contact card")
        fields = {key: data[key] for key in expected - {"type", "version"}}
        if not all(isinstance(value, str) for value in fields.values()):
            raise _invalid("a field is not a string")
        name = fields["name"]
        if not name.strip() or len(name) > _MAX_NAME or any(ord(c) < 32 for c in name):
            raise _invalid("the name is empty, too long or has control characters")
        if fields["role"] not in ROLES:
            raise _invalid(f"the role is not one of {', '.join(ROLES)}")
        if not _AGE_RECIPIENT.match(fields["age_recipient"]):
            raise _invalid("the age recipient is not an age1… key")
        try:
            x25519.Recipient.from_str(fields["age_recipient"])
        except pyrage.RecipientError:
            raise _invalid("the age recipient is not a valid key") from None
        try:
            public = minisign.PublicKey.from_line(fields["minisign_public"])
        except BundleError:
            raise _invalid("the minisign public key is malformed") from None
        if fields["key_id"] != public.key_id.hex() or public.key_id != _key_id(public.raw):
            raise _invalid("the key id does not match the signing key")
        if not _FINGERPRINT.match(fields["fingerprint"]) or fields["fingerprint"] != fingerprint(
            fields["age_recipient"], fields["minisign_public"]
        ):
            raise _invalid("the fingerprint does not match the keys")
        return cls(**fields)


def _invalid(reason: str) -> BundleError:
    return BundleError(
        f"this contact card is not valid ({reason}); ask its owner to export it again.",
        code="card_invalid",
    )


@dataclass(frozen=True)
class Identity:
    """A workspace's private keys: age X25519 to receive, Ed25519 to sign."""

    name: str
    role: str
    age_identity: x25519.Identity
    signing_key: Ed25519PrivateKey

    @classmethod
    def generate(cls, name: str, role: str) -> Identity:
        if role not in ROLES:
            raise ValueError(f"role must be one of {ROLES}")
        return cls(name, role, x25519.Identity.generate(), Ed25519PrivateKey.generate())

    def secrets(self) -> dict[str, bytes]:
        """The private keys, for ``store.secrets.put``; never write these anywhere else."""
        return {
            "age": str(self.age_identity).encode("ascii"),
            "ed25519": self.signing_key.private_bytes_raw(),
        }

    @classmethod
    def from_secrets(cls, name: str, role: str, secrets: dict[str, bytes]) -> Identity:
        try:
            age_identity = x25519.Identity.from_str(secrets["age"].decode("ascii"))
            signing_key = Ed25519PrivateKey.from_private_bytes(secrets["ed25519"])
        except (KeyError, ValueError, UnicodeDecodeError, pyrage.IdentityError):
            raise BundleError(
                "the stored identity keys are damaged; restore the workspace from a backup.",
                code="identity_damaged",
            ) from None
        return cls(name, role, age_identity, signing_key)

    @property
    def key_id(self) -> bytes:
        return _key_id(self.signing_key.public_key().public_bytes_raw())

    @property
    def public_key(self) -> minisign.PublicKey:
        return minisign.PublicKey.from_private(self.signing_key, self.key_id)

    @property
    def recipient(self) -> x25519.Recipient:
        return self.age_identity.to_public()

    @property
    def card(self) -> ContactCard:
        age_recipient = str(self.recipient)
        public_line = self.public_key.line
        return ContactCard(
            name=self.name,
            role=self.role,
            age_recipient=age_recipient,
            minisign_public=public_line,
            key_id=self.key_id.hex(),
            fingerprint=fingerprint(age_recipient, public_line),
        )

    def sign(self, data: bytes, *, trusted_comment: str) -> str:
        """A minisign signature over ``data`` by this identity."""
        return minisign.sign(
            self.signing_key,
            self.key_id,
            data,
            trusted_comment=trusted_comment,
            untrusted_comment=f"signature from sp_collect key {self.key_id.hex()}",
        )
