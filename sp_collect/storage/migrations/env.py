"""Alembic environment: migrate the connection handed over by the store, never a URL."""

from __future__ import annotations

from alembic import context

from sp_collect.storage.tables import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    # SQLite alters tables by copying them; batch mode does that the same way on both back ends.
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()
