"""Storage fixtures: a fresh workspace per test, on SQLCipher and (when possible) PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pg_fixture
import pytest

from sp_collect.storage import Store

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[pg_fixture.PgCluster]:
    reason = pg_fixture.unavailable_reason()
    if reason is not None:
        pytest.skip(reason)
    with pg_fixture.running_cluster() as cluster:
        yield cluster


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "ws"


@pytest.fixture
def created(folder: Path) -> Iterator[tuple[Store, str]]:
    """A new SQLCipher workspace and its recovery code."""
    store, code = Store.create(folder, PASSPHRASE, name="Ana Field", role="field")
    yield store, code
    store.close()


@pytest.fixture(params=["sqlcipher", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, folder: Path) -> Iterator[Store]:
    """The same repository tests run against both back ends."""
    url = None
    if request.param == "postgresql":
        url = request.getfixturevalue("pg_cluster").create_database()
    opened, _code = Store.create(
        folder, PASSPHRASE, name="Cora Ordinator", role="coordinator", database_url=url
    )
    yield opened
    opened.close()
