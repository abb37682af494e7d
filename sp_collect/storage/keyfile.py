"""``keyfile.json``: the database key wrapped under the passphrase and the recovery code."""

from __future__ import annotations

import base64
import binascii
import errno
import json
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sp_collect.errors import WorkspaceError, WrongPassphrase
from sp_collect.storage import keys
from sp_collect.storage.keys import KdfParams, KeyUnwrapError

FORMAT = "sp_collect keyfile"
VERSION = 1
KEYFILE_NAME = "keyfile.json"


@dataclass(frozen=True)
class Wrap:
    """One AES-256-GCM wrap of the database key; ``salt`` only for the recovery wrap."""

    nonce: bytes
    ciphertext: bytes
    salt: bytes = b""


@dataclass(frozen=True)
class Keyfile:
    workspace_id: str
    database: str  # "sqlcipher" | "postgresql"
    kdf: KdfParams
    passphrase_wrap: Wrap
    recovery_wrap: Wrap
    # A PostgreSQL URL may hold a password, so it is sealed under the database key too.
    sealed_url: bytes = b""

    # -- construction ------------------------------------------------------------------------
    @classmethod
    def new(
        cls,
        workspace_id: str,
        master: bytes,
        passphrase: str,
        recovery_code: str,
        *,
        database_url: str | None = None,
    ) -> Keyfile:
        salt = os.urandom(keys.SALT_BYTES)
        recovery_kek = keys.recovery_key(recovery_code, salt)
        nonce, ciphertext = keys.wrap(recovery_kek, master, _aad(workspace_id, "recovery"))
        sealed_url = b""
        if database_url is not None:
            sealed_url = keys.seal(
                keys.subkey(master, "database-url"),
                database_url.encode("utf-8"),
                _aad(workspace_id, "database-url"),
            )
        draft = cls(
            workspace_id=workspace_id,
            database="sqlcipher" if database_url is None else "postgresql",
            kdf=keys.FLOOR,
            passphrase_wrap=Wrap(b"", b""),
            recovery_wrap=Wrap(nonce, ciphertext, salt),
            sealed_url=sealed_url,
        )
        return draft.with_passphrase(master, passphrase)

    def with_passphrase(self, master: bytes, passphrase: str) -> Keyfile:
        """A copy whose passphrase wrap uses a fresh salt; the database key is unchanged."""
        if not passphrase:
            raise WorkspaceError("the passphrase cannot be empty", code="passphrase_empty")
        params = keys.new_kdf_params()
        kek = keys.passphrase_key(passphrase, params)
        nonce, ciphertext = keys.wrap(kek, master, self._passphrase_aad(params))
        return replace(self, kdf=params, passphrase_wrap=Wrap(nonce, ciphertext))

    # -- unlocking ---------------------------------------------------------------------------
    def unlock_with_passphrase(self, passphrase: str) -> bytes:
        kek = keys.passphrase_key(passphrase, self.kdf)
        wrap = self.passphrase_wrap
        try:
            return keys.unwrap(kek, wrap.nonce, wrap.ciphertext, self._passphrase_aad(self.kdf))
        except KeyUnwrapError:
            raise WrongPassphrase() from None

    def unlock_with_recovery_code(self, code: str) -> bytes:
        wrap = self.recovery_wrap
        kek = keys.recovery_key(code, wrap.salt)
        try:
            return keys.unwrap(
                kek, wrap.nonce, wrap.ciphertext, _aad(self.workspace_id, "recovery")
            )
        except KeyUnwrapError:
            raise WorkspaceError(
                "wrong recovery code for this workspace", code="wrong_recovery_code"
            ) from None

    def database_url(self, master: bytes) -> str | None:
        if not self.sealed_url:
            return None
        try:
            plain = keys.open_sealed(
                keys.subkey(master, "database-url"),
                self.sealed_url,
                _aad(self.workspace_id, "database-url"),
            )
        except KeyUnwrapError:
            raise _corrupt() from None
        return plain.decode("utf-8")

    def _passphrase_aad(self, params: KdfParams) -> bytes:
        return _aad(self.workspace_id, "passphrase") + b"|" + params.aad()

    # -- JSON --------------------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "workspace_id": self.workspace_id,
            "database": self.database,
            "kdf": {
                "name": "argon2id",
                "iterations": self.kdf.iterations,
                "memory_kib": self.kdf.memory_kib,
                "lanes": self.kdf.lanes,
                "salt": _b64(self.kdf.salt),
            },
            "wraps": {
                "passphrase": {
                    "nonce": _b64(self.passphrase_wrap.nonce),
                    "ciphertext": _b64(self.passphrase_wrap.ciphertext),
                },
                "recovery": {
                    "salt": _b64(self.recovery_wrap.salt),
                    "nonce": _b64(self.recovery_wrap.nonce),
                    "ciphertext": _b64(self.recovery_wrap.ciphertext),
                },
            },
            "database_url_sealed": _b64(self.sealed_url) if self.sealed_url else None,
        }

    @classmethod
    def from_json(cls, data: Any) -> Keyfile:
        try:
            if data["format"] != FORMAT or data["version"] != VERSION:
                raise _corrupt()
            kdf = data["kdf"]
            if kdf["name"] != "argon2id":
                raise _corrupt()
            params = KdfParams(
                iterations=_int(kdf["iterations"]),
                memory_kib=_int(kdf["memory_kib"]),
                lanes=_int(kdf["lanes"]),
                salt=_unb64(kdf["salt"]),
            )
            wraps = data["wraps"]
            database = data["database"]
            if database not in ("sqlcipher", "postgresql") or not isinstance(
                data["workspace_id"], str
            ):
                raise _corrupt()
            sealed = data.get("database_url_sealed")
            keyfile = cls(
                workspace_id=data["workspace_id"],
                database=database,
                kdf=params,
                passphrase_wrap=Wrap(
                    _unb64(wraps["passphrase"]["nonce"]),
                    _unb64(wraps["passphrase"]["ciphertext"]),
                ),
                recovery_wrap=Wrap(
                    _unb64(wraps["recovery"]["nonce"]),
                    _unb64(wraps["recovery"]["ciphertext"]),
                    _unb64(wraps["recovery"]["salt"]),
                ),
                sealed_url=_unb64(sealed) if sealed else b"",
            )
        except (KeyError, TypeError, ValueError, binascii.Error):
            raise _corrupt() from None
        if database == "postgresql" and not keyfile.sealed_url:
            raise _corrupt()
        params.require_bounds()
        return keyfile


def load(folder: Path) -> Keyfile:
    path = folder / KEYFILE_NAME
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise WorkspaceError(
            f"{folder} is not a workspace (it has no {KEYFILE_NAME}); choose the workspace folder",
            code="not_a_workspace",
        ) from None
    except OSError as exc:
        raise WorkspaceError(
            f"cannot read {path}: {exc.strerror}", code="keyfile_unreadable"
        ) from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _corrupt() from None
    return Keyfile.from_json(data)


def start_unlock(folder: Path, passphrase: str) -> None:
    """Start deriving the passphrase key of the workspace in ``folder`` in the background (see
    ``keys.start_passphrase_key``). Does nothing when the keyfile cannot be read or is refused:
    the unlock itself then reports why, with its own sentence."""
    try:
        params = load(folder).kdf
        keys.start_passphrase_key(passphrase, params)
    except WorkspaceError:
        return


def save(folder: Path, keyfile: Keyfile) -> None:
    """Write atomically (temp file, fsync, rename): a crash or full disk keeps the old file."""
    path = folder / KEYFILE_NAME
    temp = folder / (KEYFILE_NAME + ".new")
    payload = (json.dumps(keyfile.to_json(), indent=2) + "\n").encode("utf-8")
    try:
        # Owner-only: the wraps are safe to show, but nobody else needs to copy them.
        descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
        _fsync_folder(folder)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise os_error(exc, path) from None


def os_error(exc: OSError, path: Path) -> WorkspaceError:
    """The one sentence for a file-system failure while writing workspace files."""
    if exc.errno == errno.ENOSPC:
        return WorkspaceError(
            "the disk is full; free some space and try again (nothing was changed)",
            code="disk_full",
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return WorkspaceError(
            f"the workspace folder {path.parent} is read-only; copy it somewhere writable",
            code="read_only",
        )
    return WorkspaceError(f"cannot write {path}: {exc.strerror}", code="write_failed")


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open folders, and needs not.
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _aad(workspace_id: str, purpose: str) -> bytes:
    return f"sp_collect keyfile v{VERSION}|{workspace_id}|{purpose}".encode()


def _corrupt() -> WorkspaceError:
    return WorkspaceError(
        f"{KEYFILE_NAME} is damaged or incomplete; restore it from a backup",
        code="keyfile_corrupt",
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise TypeError
    return base64.b64decode(text, validate=True)


def _int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError
    return value
