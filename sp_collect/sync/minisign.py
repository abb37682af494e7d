"""Ed25519 signatures in the minisign format, readable by the real ``minisign -V``.

A signature file is four lines: ``untrusted comment: …``, base64(alg ‖ key id ‖ signature),
``trusted comment: …`` and base64(global signature over signature ‖ trusted comment). We write
the prehashed ``ED`` kind (Ed25519 over BLAKE2b-512 of the data) and accept ``Ed`` and ``ED``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from sp_collect.errors import BundleError, TrustError

KEY_ALG = b"Ed"
PREHASHED = b"ED"
LEGACY = b"Ed"
KEY_ID_LEN = 8
_PUBLIC_LEN = 2 + KEY_ID_LEN + 32
_SIGNATURE_LEN = 2 + KEY_ID_LEN + 64
_UNTRUSTED = "untrusted comment: "
_TRUSTED = "trusted comment: "


@dataclass(frozen=True)
class PublicKey:
    """A minisign public key: the 8-byte key id and the raw Ed25519 key."""

    key_id: bytes
    raw: bytes

    @property
    def line(self) -> str:
        """The base64 line of a minisign ``.pub`` file."""
        return base64.b64encode(KEY_ALG + self.key_id + self.raw).decode("ascii")

    def file_text(self) -> str:
        """The whole ``.pub`` file, as ``minisign -p`` reads it."""
        return f"{_UNTRUSTED}minisign public key {self.key_id[::-1].hex().upper()}\n{self.line}\n"

    @classmethod
    def from_line(cls, line: str) -> PublicKey:
        raw = _b64(line.strip(), "the minisign public key")
        if len(raw) != _PUBLIC_LEN or raw[:2] != KEY_ALG:
            raise BundleError("the minisign public key is malformed.", code="key_malformed")
        return cls(key_id=raw[2 : 2 + KEY_ID_LEN], raw=raw[2 + KEY_ID_LEN :])

    @classmethod
    def from_private(cls, key: Ed25519PrivateKey, key_id: bytes) -> PublicKey:
        return cls(key_id=key_id, raw=key.public_key().public_bytes_raw())


def sign(
    key: Ed25519PrivateKey,
    key_id: bytes,
    data: bytes,
    *,
    trusted_comment: str,
    untrusted_comment: str = "signature from sp_collect",
) -> str:
    """Return the text of a prehashed (``ED``) minisign signature over ``data``."""
    if "\n" in trusted_comment or "\r" in trusted_comment:
        raise ValueError("a trusted comment is one line")
    signature = key.sign(hashlib.blake2b(data, digest_size=64).digest())
    global_signature = key.sign(signature + trusted_comment.encode("utf-8"))
    return (
        f"{_UNTRUSTED}{untrusted_comment}\n"
        f"{base64.b64encode(PREHASHED + key_id + signature).decode('ascii')}\n"
        f"{_TRUSTED}{trusted_comment}\n"
        f"{base64.b64encode(global_signature).decode('ascii')}\n"
    )


def verify(signature_text: str, data: bytes, public: PublicKey, *, what: str) -> str:
    """Check ``signature_text`` over ``data`` by ``public``; return the trusted comment.

    ``what`` names the signed file in error sentences (e.g. ``"manifest.json"``).
    """
    lines = signature_text.splitlines()
    if len(lines) < 4 or not lines[0].startswith(_UNTRUSTED) or not lines[2].startswith(_TRUSTED):
        raise BundleError(
            f"the signature of {what} is malformed; ask the sender to export it again.",
            code="signature_malformed",
        )
    blob = _b64(lines[1], f"the signature of {what}")
    global_signature = _b64(lines[3], f"the signature of {what}")
    if len(blob) != _SIGNATURE_LEN or blob[:2] not in (PREHASHED, LEGACY):
        raise BundleError(
            f"the signature of {what} is malformed; ask the sender to export it again.",
            code="signature_malformed",
        )
    if blob[2 : 2 + KEY_ID_LEN] != public.key_id:
        raise TrustError(
            f"{what} was signed by another key than the one expected; do not trust this file.",
            code="wrong_signer",
        )
    signature = blob[2 + KEY_ID_LEN :]
    message = hashlib.blake2b(data, digest_size=64).digest() if blob[:2] == PREHASHED else data
    trusted_comment = lines[2][len(_TRUSTED) :]
    verifier = Ed25519PublicKey.from_public_bytes(public.raw)
    try:
        verifier.verify(signature, message)
        verifier.verify(global_signature, signature + trusted_comment.encode("utf-8"))
    except InvalidSignature:
        raise TrustError(
            f"the signature of {what} does not match its content; the file was altered.",
            code="bad_signature",
        ) from None
    return trusted_comment


def _b64(text: str, what: str) -> bytes:
    try:
        return base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise BundleError(f"{what} is not valid base64.", code="signature_malformed") from None
