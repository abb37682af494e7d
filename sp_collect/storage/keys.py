"""Key derivation, key wrapping, recovery codes and sealed secrets: bytes in, bytes out."""

from __future__ import annotations

import hmac
import os
import secrets
import threading
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from sp_collect.errors import WorkspaceError

KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16

# Crockford's base32: no I, L, O, U, so a code read aloud or copied by hand is unambiguous.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_READ_AS = {"O": "0", "I": "1", "L": "1"}
RECOVERY_GROUPS = 8
GROUP_LENGTH = 5
# 39 random characters (195 bits) + 1 check character = 8 groups of 5.
_RANDOM_CHARS = RECOVERY_GROUPS * GROUP_LENGTH - 1


class KeyUnwrapError(Exception):
    """A wrapped key did not authenticate: wrong secret, or the wrap was altered."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters as stored in the keyfile (memory in KiB, as RFC 9106 counts it)."""

    iterations: int = 3
    memory_kib: int = 64 * 1024
    lanes: int = 4
    salt: bytes = b""

    def require_bounds(self) -> None:
        """Refuse parameters weaker than the floor, so an edited keyfile cannot downgrade us,
        and above the ceiling, so it cannot make unlocking take all memory or hours."""
        if (
            self.iterations < FLOOR.iterations
            or self.memory_kib < FLOOR.memory_kib
            or self.lanes < 1
            or len(self.salt) < SALT_BYTES
        ):
            raise WorkspaceError(
                "the keyfile asks for a weaker key derivation than this app allows; "
                "restore the original keyfile.json",
                code="kdf_too_weak",
            )
        if (
            self.iterations > CEILING.iterations
            or self.memory_kib > CEILING.memory_kib
            or self.lanes > CEILING.lanes
            or len(self.salt) > CEILING_SALT_BYTES
        ):
            raise WorkspaceError(
                "the keyfile asks for a key derivation far heavier than this app ever writes "
                f"(at most {CEILING.iterations} passes over {CEILING.memory_kib // 1024} MiB); "
                "restore the original keyfile.json",
                code="kdf_too_heavy",
            )

    def aad(self) -> bytes:
        """The parameters as associated data, so the passphrase wrap commits to them."""
        return f"argon2id:t={self.iterations}:m={self.memory_kib}:p={self.lanes}".encode()


FLOOR = KdfParams(salt=b"\0" * SALT_BYTES)
# Far above what the app writes (FLOOR), far below what would exhaust a laptop or take minutes.
CEILING = KdfParams(iterations=32, memory_kib=1024 * 1024, lanes=16)
CEILING_SALT_BYTES = 64


def new_kdf_params() -> KdfParams:
    return KdfParams(salt=os.urandom(SALT_BYTES))


def new_key() -> bytes:
    return os.urandom(KEY_BYTES)


class _EarlyKey:
    """One derivation running in a thread (Argon2 releases the GIL while it works)."""

    def __init__(self, passphrase: str, params: KdfParams) -> None:
        self.passphrase = passphrase
        self.params = params
        self.key: bytes | None = None
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="argon2id", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            self.key = _derive(self.passphrase, self.params)
        except BaseException as error:  # handed to the caller of passphrase_key
            self.error = error

    def result(self) -> bytes:
        self.thread.join()
        if self.error is not None:
            raise self.error
        assert self.key is not None
        return self.key


_early: list[_EarlyKey] = []
"""At most one derivation started ahead (see ``start_passphrase_key``)."""


def start_passphrase_key(passphrase: str, params: KdfParams) -> None:
    """Begin deriving the passphrase key in the background, so that a command can load the
    rest of the app meanwhile; ``passphrase_key`` with the same arguments then waits for it.
    The same Argon2id work is done, only earlier (one derivation is kept, in memory)."""
    params.require_bounds()
    _early[:] = [_EarlyKey(passphrase, params)]


def passphrase_key(passphrase: str, params: KdfParams) -> bytes:
    """The key-encryption key for the passphrase wrap (deliberately slow: Argon2id)."""
    early = _early.pop() if _early else None
    if early is not None and early.params == params and early.passphrase == passphrase:
        return early.result()
    return _derive(passphrase, params)


_DERIVING = threading.Lock()
"""One Argon2id derivation at a time: OpenSSL's Argon2 (behind cryptography, which releases the
GIL while deriving) deadlocks when two threads of one process derive at once."""


def _derive(passphrase: str, params: KdfParams) -> bytes:
    params.require_bounds()
    kdf = Argon2id(
        salt=params.salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    with _DERIVING:
        return kdf.derive(passphrase.encode("utf-8"))


def _hkdf(secret: bytes, salt: bytes | None, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=info).derive(secret)


def wrap(kek: bytes, key: bytes, aad: bytes) -> tuple[bytes, bytes]:
    """AES-256-GCM wrap of ``key``; returns (nonce, ciphertext)."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce, AESGCM(kek).encrypt(nonce, key, aad)


def unwrap(kek: bytes, nonce: bytes, ciphertext: bytes, aad: bytes) -> bytes:
    try:
        key = AESGCM(kek).decrypt(nonce, ciphertext, aad)
    except (InvalidTag, ValueError) as exc:
        raise KeyUnwrapError from exc
    if len(key) != KEY_BYTES:
        raise KeyUnwrapError
    return key


# -- recovery codes ----------------------------------------------------------------------------
def _check_char(body: str) -> str:
    """Luhn mod 32: catches every single wrong character and most swapped neighbours."""
    factor, total = 2, 0
    for char in reversed(body):
        addend = factor * ALPHABET.index(char)
        factor = 1 if factor == 2 else 2
        total += addend // 32 + addend % 32
    return ALPHABET[(32 - total % 32) % 32]


def new_recovery_code() -> str:
    """A printable code, e.g. ``7K2QD-…`` (8 groups of 5), the last character a checksum."""
    body = "".join(secrets.choice(ALPHABET) for _ in range(_RANDOM_CHARS))
    code = body + _check_char(body)
    return "-".join(code[i : i + GROUP_LENGTH] for i in range(0, len(code), GROUP_LENGTH))


def normalize_recovery_code(text: str) -> str:
    """Accept any case, spaces or dashes and look-alike letters; refuse typos (checksum)."""
    cleaned = "".join(_READ_AS.get(char, char) for char in text.upper() if char not in " -\t\r\n")
    valid = (
        len(cleaned) == _RANDOM_CHARS + 1
        and all(char in ALPHABET for char in cleaned)
        and hmac.compare_digest(_check_char(cleaned[:-1]), cleaned[-1])
    )
    if not valid:
        raise WorkspaceError(
            "that recovery code is mistyped (it has 8 groups of 5 letters and digits); "
            "check it against the printed copy",
            code="recovery_code_invalid",
        )
    return cleaned


def recovery_key(code: str, salt: bytes) -> bytes:
    """The key-encryption key for the recovery wrap; 195 random bits need no slow KDF."""
    return _hkdf(normalize_recovery_code(code).encode("ascii"), salt, b"sp_collect recovery v1")


# -- sealed secrets ----------------------------------------------------------------------------
def subkey(master: bytes, purpose: str) -> bytes:
    """An independent key for one purpose, derived from the database key."""
    return _hkdf(master, None, b"sp_collect subkey v1:" + purpose.encode("utf-8"))


def seal(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def open_sealed(key: bytes, sealed: bytes, aad: bytes) -> bytes:
    try:
        return AESGCM(key).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], aad)
    except (InvalidTag, ValueError) as exc:
        raise KeyUnwrapError from exc
