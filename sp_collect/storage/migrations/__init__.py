"""Alembic migrations of the workspace schema, run on open on the already-open connection.

There is no alembic.ini: the script location is a package path, so migrations run the same from
a source tree, a wheel or a PyInstaller bundle (which must ship this folder's ``.py`` files).
"""

from __future__ import annotations

from sqlalchemy import Connection, inspect, text

from sp_collect.errors import WorkspaceError
from sp_collect.storage.sealing import PLAIN, Codec

SCRIPT_LOCATION = "sp_collect.storage:migrations"
# The newest revision; tests check it equals Alembic's head, so the fast path below stays right.
HEAD = "0002"
# Any fixed number: two coordinators opening one PostgreSQL store migrate it one after the other.
_PG_MIGRATION_LOCK = 0x5350_4D69


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(connection: Connection, sealer: Codec = PLAIN) -> None:
    """Bring the schema to HEAD inside the caller's transaction; cheap when already there.

    ``sealer`` is the workspace's: migration 0002 seals a PostgreSQL store's values with it.
    """
    if connection.dialect.name == "postgresql":
        # Held to the end of the transaction: a second coordinator waits, then finds HEAD.
        connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_MIGRATION_LOCK})
    # Importing Alembic and reading the scripts costs more than opening the database,
    # so an up-to-date workspace skips it.
    current = current_revision(connection)
    if current == HEAD:
        return
    from alembic import command
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    config.attributes["connection"] = connection
    config.attributes["sealer"] = sealer
    known = {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}
    if current is not None and current not in known:
        raise WorkspaceError(
            "this workspace was saved by a newer version of sp_collect; update the app to open it",
            code="schema_too_new",
        )
    command.upgrade(config, "head")
