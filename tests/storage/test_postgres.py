"""PostgreSQL as a central store: concurrent importers neither race nor fork the event chain."""

from __future__ import annotations

import threading
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from sp_collect.errors import WorkspaceError
from sp_collect.storage import Events, Responses, Store, keyfile
from sp_collect.storage.db import Database
from sp_collect.storage.sealing import Sealer

from .conftest import PASSPHRASE

pytestmark = pytest.mark.postgres
WRITERS = 3
RESPONSES = 40


def _sealer(folder: Path) -> Sealer:
    """The workspace's sealer, as Store.open builds it from the keyfile."""
    kf = keyfile.load(folder)
    return Sealer(kf.unlock_with_passphrase(PASSPHRASE), kf.workspace_id)


def _incoming(uuid: str) -> dict[str, object]:
    return {
        "uuid": uuid, "form_id": "f", "form_version": "1", "revision": 1, "status": "received",
        "answers": {"q": uuid}, "audit": [], "author": "Ana",
        "created_at": "2026-11-01T00:00:00+00:00", "updated_at": "2026-11-01T00:00:00+00:00",
        "sender": "device-1",
    }  # fmt: skip


def test_workspace_on_postgresql_reopens_with_the_keyfile_only(pg_cluster, folder: Path):
    url = pg_cluster.create_database()
    store, _code = Store.create(folder, PASSPHRASE, name="Hub", role="coordinator",
                                database_url=url)  # fmt: skip
    store.secrets.put("identity.key", b"private signing key")
    store.close()
    # What a server administrator sees: the sealed bytes, never the key itself.
    engine = create_engine(url)
    with engine.connect() as conn:
        sealed = conn.execute(text("SELECT sealed FROM secrets")).scalar_one()
    engine.dispose()
    assert b"private signing key" not in bytes(sealed)
    assert sorted(p.name for p in folder.iterdir()) == ["keyfile.json", "workspace.lock"]
    # The URL is sealed in the keyfile, not written in clear.
    assert url.encode() not in (folder / "keyfile.json").read_bytes()
    with Store.open(folder, passphrase=PASSPHRASE) as again:
        assert again.info.database == "postgresql" and again.info.name == "Hub"
        assert again.secrets.get("identity.key") == b"private signing key"
        assert again.check().ok


def test_a_database_holding_a_workspace_is_not_reused(pg_cluster, tmp_path: Path):
    url = pg_cluster.create_database()
    first, _code = Store.create(tmp_path / "a", PASSPHRASE, name="A", role="coordinator",
                                database_url=url)  # fmt: skip
    first.close()
    with pytest.raises(WorkspaceError) as caught:
        Store.create(tmp_path / "b", PASSPHRASE, name="B", role="coordinator", database_url=url)
    assert caught.value.code == "workspace_exists"
    assert not (tmp_path / "b" / "keyfile.json").exists()


def test_concurrent_imports_insert_each_response_once(pg_cluster, folder: Path):
    url = pg_cluster.create_database()
    Store.create(folder, PASSPHRASE, name="Hub", role="coordinator", database_url=url)[0].close()
    databases = [Database.postgresql(url, folder, _sealer(folder)) for _ in range(WRITERS)]
    outcomes: Counter[str] = Counter()
    guard = threading.Lock()
    start = threading.Barrier(WRITERS)

    def importer(db: Database) -> None:
        responses, events = Responses(db), Events(db)
        start.wait()
        for n in range(RESPONSES):
            with db.atomic():
                outcome = responses.upsert_received(**_incoming(f"r{n}"))
                events.append("response_imported", f"r{n}", {"outcome": outcome})
            with guard:
                outcomes[outcome] += 1

    threads = [threading.Thread(target=importer, args=(db,)) for db in databases]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes == {"new": RESPONSES, "duplicate": RESPONSES * (WRITERS - 1)}
    assert Events(databases[0]).verify() == []
    assert Events(databases[0]).count() == RESPONSES * WRITERS
    for db in databases:
        db.close()


def test_unreachable_server_is_one_sentence_and_leaves_no_workspace(tmp_path: Path):
    url = f"postgresql+psycopg://postgres@/nowhere?host={tmp_path}/no-socket-here"
    with pytest.raises(WorkspaceError) as caught:
        Store.create(tmp_path / "ws", PASSPHRASE, name="Hub", role="coordinator",
                     database_url=url)  # fmt: skip
    assert caught.value.code == "database_unreachable"
    assert not (tmp_path / "ws" / "keyfile.json").exists()


def test_workspace_check_exits_3_when_the_server_is_out_of_reach(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
):
    """An unreachable server is not damage: exit 3 with one sentence, never 1."""
    import pg_fixture

    from sp_collect.cli.main import main

    with pg_fixture.running_cluster() as cluster:
        url = cluster.create_database()
        Store.create(folder, PASSPHRASE, name="Hub", role="coordinator",
                     database_url=url)[0].close()  # fmt: skip
    monkeypatch.setenv("SP_COLLECT_PASSPHRASE", PASSPHRASE)
    assert main(["workspace", "check", "-w", str(folder)]) == 3
    err = capsys.readouterr().err
    assert "cannot reach the PostgreSQL server" in err and "was not checked" in err
    assert err.count("\n") == 1
