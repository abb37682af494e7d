"""The Alembic migrations build exactly the schema in tables.py, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from sp_collect.storage import migrations
from sp_collect.storage.tables import metadata


def test_head_constant_is_alembics_head() -> None:
    config = Config()
    config.set_main_option("script_location", migrations.SCRIPT_LOCATION)
    assert ScriptDirectory.from_config(config).get_heads() == [migrations.HEAD]


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def test_migrated_schema_matches_the_tables(request: pytest.FixtureRequest, backend: str):
    url = "sqlite://"
    if backend == "postgresql":
        url = request.getfixturevalue("pg_cluster").create_database()
    engine = create_engine(url)
    with engine.begin() as conn:
        assert migrations.current_revision(conn) is None
        migrations.upgrade(conn)
        assert migrations.current_revision(conn) == migrations.HEAD
        migrations.upgrade(conn)  # already at head: a no-op
        differences = compare_metadata(MigrationContext.configure(conn), metadata)
    engine.dispose()
    assert differences == []
