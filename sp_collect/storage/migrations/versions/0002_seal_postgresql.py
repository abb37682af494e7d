"""Seal answers, attachments, comments, conflict copies and event details on PostgreSQL.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 00:10:00

No schema change: sealed values fit the same columns. SQLCipher files are encrypted whole and
are left as they are. The workspace's sealer (its keys never reach the server) is handed over
by ``migrations.upgrade``.
"""

from __future__ import annotations

from alembic import context, op

from sp_collect.errors import WorkspaceError
from sp_collect.storage.seal_in_place import needs_sealing, seal_store
from sp_collect.storage.sealing import Sealer

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    sealer = context.config.attributes.get("sealer")
    if isinstance(sealer, Sealer):
        seal_store(conn, sealer)
    elif needs_sealing(conn):
        raise WorkspaceError(
            "this PostgreSQL store must be sealed, which needs the workspace's key; open the "
            "workspace with sp_collect to do it",
            code="seal_needs_key",
        )


def downgrade() -> None:
    raise NotImplementedError("sealed values are never unsealed in place")
