"""``check()`` compares every response's answers with the digest stored beside them, on both
back ends: an insider's UPDATE of the answers is named by response uuid."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy

from sp_collect.storage import Store

from .conftest import PASSPHRASE
from .test_integrity import _raw

Execute = Callable[[str, tuple[object, ...]], None]
UUIDS = [f"00000000-0000-4000-8000-{i:012d}" for i in range(3)]


@pytest.fixture(params=["sqlcipher", pytest.param("postgresql", marks=pytest.mark.postgres)])
def insider(request: pytest.FixtureRequest, folder: Path) -> Iterator[tuple[Store, Execute]]:
    """A store with three responses, and a way to run SQL on its database behind its back."""
    url = None
    if request.param == "postgresql":
        url = request.getfixturevalue("pg_cluster").create_database()
    store, _code = Store.create(
        folder, PASSPHRASE, name="Cora Ordinator", role="coordinator", database_url=url
    )
    for n, uuid in enumerate(UUIDS):
        store.responses.create(uuid, "household", "1", "ana", {}, {"size": n, "name": "x"})

    def execute(sql: str, parameters: tuple[object, ...]) -> None:
        if url is None:
            with _raw(folder) as conn:
                conn.execute(sql, parameters)
            return
        engine = sqlalchemy.create_engine(url)
        with engine.begin() as conn:
            conn.exec_driver_sql(sql.replace("?", "%s"), parameters)
        engine.dispose()

    yield store, execute
    store.close()


def test_an_intact_store_passes(insider):
    store, _execute = insider
    report = store.check()
    assert report.ok, report.problems
    assert report.counts["responses"] == 3


def test_changed_answers_are_named_by_uuid(insider):
    store, execute = insider
    execute("UPDATE responses SET answers = ? WHERE uuid = ?", ('{"size":99}', UUIDS[1]))
    report = store.check()
    assert not report.ok
    if store.info.database == "sqlcipher":
        changed = "its answers were changed outside sp_collect"
    else:  # sealed: plain text written in their place does not open
        changed = (
            "the sealed value of its answers was changed outside sp_collect or copied from "
            "another row; restore the database from a backup"
        )
    assert report.problems == [f"response {UUIDS[1]}: {changed}"]


def test_every_changed_response_is_named_and_only_those(insider):
    store, execute = insider
    execute("UPDATE responses SET answers = ? WHERE uuid = ?", ('{"size":1}', UUIDS[0]))
    execute("UPDATE responses SET answers = ? WHERE uuid = ?", ('{"size":2}', UUIDS[2]))
    report = store.check()
    assert [p.split(":")[0] for p in report.problems] == [
        f"response {UUIDS[0]}",
        f"response {UUIDS[2]}",
    ]
