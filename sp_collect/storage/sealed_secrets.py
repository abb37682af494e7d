"""Named secrets (identity private keys) sealed with AES-GCM under a key from the master key.

SQLCipher already encrypts them on disk; the extra seal keeps them unreadable on a PostgreSQL
server too, whose administrators never see the workspace's keyfile.
"""

from __future__ import annotations

from sqlalchemy import select

from sp_collect.errors import IntegrityError, NotFound
from sp_collect.storage import keys, values
from sp_collect.storage.db import Database
from sp_collect.storage.keys import KeyUnwrapError
from sp_collect.storage.tables import secrets


class Secrets:
    def __init__(self, db: Database, master: bytes, workspace_id: str) -> None:
        self._db = db
        self._key = keys.subkey(master, "secrets")
        self._workspace_id = workspace_id

    def _aad(self, name: str) -> bytes:
        # Binds each secret to its name and workspace: rows cannot be swapped or transplanted.
        return f"sp_collect secret v1|{self._workspace_id}|{name}".encode()

    def put(self, name: str, data: bytes) -> None:
        sealed = keys.seal(self._key, data, self._aad(name))
        with self._db.atomic(savepoint=False) as conn:
            updated = conn.execute(
                secrets.update()
                .where(secrets.c.name == name)
                .values(sealed=sealed, updated_at=values.now())
            ).rowcount
            if not updated:
                conn.execute(
                    secrets.insert().values(name=name, sealed=sealed, updated_at=values.now())
                )

    def get(self, name: str) -> bytes:
        with self._db.reading() as conn:
            sealed = conn.execute(select(secrets.c.sealed).where(secrets.c.name == name)).scalar()
        if sealed is None:
            raise NotFound(f"the workspace holds no secret named {name!r}", code="secret_missing")
        try:
            return keys.open_sealed(self._key, bytes(sealed), self._aad(name))
        except KeyUnwrapError:
            raise IntegrityError(
                f"the secret {name!r} was altered or belongs to another workspace",
                code="secret_corrupt",
            ) from None

    def names(self) -> list[str]:
        with self._db.reading() as conn:
            return list(conn.execute(select(secrets.c.name).order_by(secrets.c.name)).scalars())
