"""PostgreSQL stores are sealed: the server holds no answer, attachment, comment or conflict copy
in clear, a value moved between rows or revisions does not open, and migration 0002 seals an
existing plaintext store in one transaction that a failure leaves untouched."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from sp_collect.errors import IntegrityError
from sp_collect.storage import Attachments, Comments, Conflicts, Events, Responses, Store, sealing
from sp_collect.storage.db import Database
from sp_collect.storage.tables import metadata

from .conftest import PASSPHRASE

pytestmark = pytest.mark.postgres
CANARY = "CANARY-5e41d"
FILE = f"{CANARY} scanned payslip".encode()
A, B = "00000000-0000-4000-8000-00000000000a", "00000000-0000-4000-8000-00000000000b"
# A response as a device sends it; "income" stands for a field the form tags sensitive.
ANSWERS = {"name": f"Ms {CANARY}", "income": f"{CANARY} 4,200 a month", "members": 3}


def _incoming(uuid: str, answers: dict[str, object], revision: int = 1) -> dict[str, object]:
    return {
        "uuid": uuid, "form_id": "household", "form_version": "1", "revision": revision,
        "status": "received", "answers": answers, "audit": [{"event": "answer", "note": CANARY}],
        "author": f"Enumerator {CANARY}", "created_at": "2026-11-01T10:00:00+00:00",
        "updated_at": "2026-11-01T10:30:00+00:00", "sender": "device-1",
        "instance_name": f"household of {CANARY}",
    }  # fmt: skip


def _fill(db: Database) -> None:
    """One of everything that holds answers: a draft, a received copy, a file, a comment, a
    conflict copy and its resolution."""
    responses = Responses(db)
    responses.create(A, "household", "1", f"Ana {CANARY}", {"draft": CANARY}, ANSWERS,
                     f"household of {CANARY}", audit=[{"note": CANARY}])  # fmt: skip
    responses.upsert_received(**_incoming(B, ANSWERS))
    Attachments(db).put(FILE, "image/png", f"{CANARY}.png")
    Comments(db).add(B, 1, "income", f"check {CANARY}", f"Cora {CANARY}")
    Conflicts(db).add(B, 1, _incoming(B, {"name": CANARY}), "device-1", "bundle-1")
    Conflicts(db).resolve(B, 1, {"choices": {"name": f"incoming {CANARY}"}})
    Events(db).append("response_reopened", A, {"reason": f"income was {CANARY}"})


def _server_view(url: str) -> str:
    """Every row of every workspace table as the server's administrator reads it."""
    engine = create_engine(url)
    with engine.connect() as conn:
        rows = [repr(tuple(row)) for t in metadata.sorted_tables for row in conn.execute(select(t))]
    engine.dispose()
    return "\n".join(rows)


def _sql(url: str, statement: str, **parameters: object) -> list[tuple[object, ...]]:
    engine = create_engine(url)
    with engine.begin() as conn:
        result = conn.execute(text(statement), parameters)
        rows = [tuple(row) for row in result] if result.returns_rows else []
    engine.dispose()
    return rows


@pytest.fixture
def url(pg_cluster) -> str:
    return pg_cluster.create_database()


@pytest.fixture
def hub(url: str, folder: Path) -> Iterator[Store]:
    store, _code = Store.create(folder, PASSPHRASE, name="Hub", role="coordinator",
                                database_url=url)  # fmt: skip
    yield store
    store.close()


def test_the_server_holds_ids_statuses_sizes_and_times_but_no_answer(hub: Store, url: str):
    _fill(hub._db)
    seen = _server_view(url)
    assert CANARY not in seen
    assert CANARY.encode().hex() not in seen
    assert hashlib.sha256(FILE).hexdigest() not in seen  # no file's fingerprint either
    # Nor a plain digest that would confirm a guess of the answers.
    canonical = '{"income":"' + ANSWERS["income"] + '","members":3,"name":"' + ANSWERS["name"]
    assert hashlib.sha256((canonical + '"}').encode()).hexdigest() not in seen
    # What stays visible: ids, statuses, revisions, sizes, times.
    for visible in (A, B, "received", "draft", "2026-11-01T10:30:00+00:00", "device-1"):
        assert visible in seen
    assert _sql(url, "SELECT size FROM attachments") == [(len(FILE),)]
    # The app reads all of it back.
    assert hub.responses.get(A).answers == ANSWERS
    assert hub.responses.get(A).state == {"draft": CANARY}
    assert hub.responses.get(B).author == f"Enumerator {CANARY}"
    assert [r.instance_name for r in hub.responses.list()] == [f"household of {CANARY}"] * 2
    assert [r.answers for r in hub.responses.iter_rows(with_state=True)] == [ANSWERS, ANSWERS]
    assert {t.answers for t in hub.responses.iter_texts()} == {
        '{"income":"CANARY-5e41d 4,200 a month","members":3,"name":"Ms CANARY-5e41d"}'
    }
    digest = hashlib.sha256(FILE).hexdigest()
    assert hub.attachments.get(digest) == FILE
    assert hub.attachments.has(digest) and hub.attachments.digests() == [digest]
    assert hub.comments.for_response(B)[0].text == f"check {CANARY}"
    [conflict] = hub.conflicts.list(include_resolved=True)
    assert conflict.incoming["answers"] == {"name": CANARY}
    assert conflict.resolution == {"choices": {"name": f"incoming {CANARY}"}}
    assert hub.events.list()[0].details == {"reason": f"income was {CANARY}"}
    assert hub.check().ok, hub.check().problems


def test_equal_answers_still_merge_as_duplicates_and_other_ones_conflict(hub: Store):
    assert hub.responses.upsert_received(**_incoming(B, ANSWERS)) == "new"
    assert hub.responses.upsert_received(**_incoming(B, ANSWERS)) == "duplicate"
    assert hub.responses.upsert_received(**_incoming(B, {"name": "other"})) == "conflict"
    assert hub.responses.upsert_received(**_incoming(B, {"name": "n"}, revision=2)) == "updated"
    assert hub.responses.get(B).answers == {"name": "n"}


def test_a_sealed_value_moved_to_another_row_or_revision_is_named(hub: Store, url: str):
    hub.responses.create(A, "household", "1", "ana", {}, {"name": "first"})
    hub.responses.create(B, "household", "1", "ana", {}, {"name": "second"})
    # Row B gets row A's sealed answers and keyed digest: both valid, but bound to A.
    _sql(url, "UPDATE responses SET (answers, answers_sha256) = "
              "(SELECT answers, answers_sha256 FROM responses WHERE uuid = :a) WHERE uuid = :b",
         a=A, b=B)  # fmt: skip
    report = hub.check()
    assert not report.ok
    assert report.problems == [
        f"response {B}: the sealed value of its answers was changed outside sp_collect or "
        "copied from another row; restore the database from a backup"
    ]
    with pytest.raises(IntegrityError) as caught:
        hub.responses.get(B)
    assert caught.value.code == "sealed_value_altered" and B in caught.value.message


def test_a_revision_bump_reseals_and_an_old_revisions_value_does_not_open(hub: Store, url: str):
    hub.responses.create(A, "household", "1", "ana", {}, {"name": "first"})
    hub.responses.save(A, state={}, answers={"name": "kept"}, instance_name="x")
    old = _sql(url, "SELECT answers FROM responses WHERE uuid = :a", a=A)[0][0]
    hub.responses.set_status(A, "finalized")
    hub.responses.set_status(A, "draft", revision=2)
    assert hub.responses.get(A).answers == {"name": "kept"}
    assert hub.responses.get(A).instance_name == "x"
    assert hub.check().ok
    _sql(url, "UPDATE responses SET answers = :old WHERE uuid = :a", old=old, a=A)
    assert [p.split(":")[0] for p in hub.check().problems] == [f"response {A}"]


def test_tampered_attachments_comments_and_conflicts_are_named(hub: Store, url: str):
    _fill(hub._db)
    _sql(url, "UPDATE attachments SET data = :d", d=b"sp1:" + b"\0" * 40)
    _sql(url, "UPDATE comments SET text = 'plain text written by hand'")
    _sql(url, "UPDATE conflicts SET incoming = (SELECT answers FROM responses WHERE uuid = :b)",
         b=B)  # fmt: skip
    # An event's sealed details swapped for another's, chain relinked as an insider could.
    Events(hub._db).append("second", "x", {"reason": "other"})
    _sql(url, "UPDATE events SET details = (SELECT details FROM events WHERE seq = 2) "
              "WHERE seq = 1")  # fmt: skip
    _relink(url)
    problems = hub.check().problems
    digest = hashlib.sha256(FILE).hexdigest()
    assert [p.split(":")[0] for p in problems] == [
        f"comment {B}",
        f"conflict {B}",
        "event 1",
        f"attachment {digest}",
    ]


def _relink(url: str) -> None:
    """Recompute the event chain's hashes over what is stored (it is not keyed)."""
    from sp_collect.storage.events import GENESIS, chain_hash

    prev = GENESIS
    for seq, at, kind, subject, details in _sql(
        url, "SELECT seq, at, kind, subject, details FROM events ORDER BY seq"
    ):
        own = chain_hash(prev, (seq, at, kind, subject, details))
        _sql(url, "UPDATE events SET prev_hash = :p, hash = :h WHERE seq = :s", p=prev, h=own,
             s=seq)  # fmt: skip
        prev = own


# -- migration 0002: sealing a store written before sealing ----------------------------------
def _plaintext_store(url: str, folder: Path) -> None:
    """A store as the app wrote it before sealing: values in clear, schema at 0001."""
    Store.create(folder, PASSPHRASE, name="Hub", role="coordinator", database_url=url)[0].close()
    old_app = Database(create_engine(url), "postgresql", folder)  # stores values as they are
    _fill(old_app)
    old_app.close()
    _sql(url, "UPDATE alembic_version SET version_num = '0001'")
    assert CANARY in _server_view(url)


def test_opening_a_plaintext_store_seals_it_in_place(url: str, folder: Path):
    _plaintext_store(url, folder)
    # An answer changed on the server before sealing stays detectable after it.
    _sql(url, 'UPDATE responses SET answers = \'{"name":"forged"}\' WHERE uuid = :a', a=A)
    with Store.open(folder, passphrase=PASSPHRASE) as store:
        assert CANARY not in _server_view(url)
        assert hashlib.sha256(FILE).hexdigest() not in _server_view(url)
        assert _sql(url, "SELECT version_num FROM alembic_version") == [("0002",)]
        assert store.responses.get(B).answers == ANSWERS
        assert store.attachments.get(hashlib.sha256(FILE).hexdigest()) == FILE
        assert store.comments.for_response(B)[0].author == f"Cora {CANARY}"
        assert store.conflicts.list(include_resolved=True)[0].resolution is not None
        assert store.events.list()[0].details == {"reason": f"income was {CANARY}"}
        store.events.append("opened", "hub", {"after": "sealing"})  # the chain goes on
        assert store.check().problems == [
            f"response {A}: its answers were changed outside sp_collect"
        ]


def test_an_event_log_broken_before_sealing_stays_reported_after_it(url: str, folder: Path):
    _plaintext_store(url, folder)
    Events(Database(create_engine(url), "postgresql", folder)).append("later", "x", {"n": 2})
    _sql(url, "UPDATE events SET subject = 'rewritten' WHERE seq = 1")
    with Store.open(folder, passphrase=PASSPHRASE) as store:
        problems = store.check().problems
    assert "event log: event 1 was altered after it was written" in problems
    assert CANARY not in _server_view(url)


def test_a_failed_sealing_leaves_the_store_as_it_was_and_the_next_open_finishes(
    url: str, folder: Path, monkeypatch: pytest.MonkeyPatch
):
    _plaintext_store(url, folder)
    before = _server_view(url)
    real_seal = sealing.Sealer.seal_bytes
    calls = []

    def failing(self, data, slot):  # type: ignore[no-untyped-def]
        calls.append(slot)
        if len(calls) == 7:  # part-way through the responses
            raise ConnectionError("the server went away")
        return real_seal(self, data, slot)

    monkeypatch.setattr(sealing.Sealer, "seal_bytes", failing)
    with pytest.raises(ConnectionError):
        Store.open(folder, passphrase=PASSPHRASE)
    assert _server_view(url) == before
    assert _sql(url, "SELECT version_num FROM alembic_version") == [("0001",)]
    monkeypatch.setattr(sealing.Sealer, "seal_bytes", real_seal)
    with Store.open(folder, passphrase=PASSPHRASE) as store:
        assert store.check().ok, store.check().problems
        assert store.responses.get(A).answers == ANSWERS
    assert CANARY not in _server_view(url)


# -- two coordinators, one database --------------------------------------------------------------
SECOND = """
import sys
from sp_collect.storage import Store
folder, mine, theirs = sys.argv[1:4]
with Store.open(folder, passphrase=sys.argv[4]) as store:
    store.responses.upsert_received(
        uuid=mine, form_id="household", form_version="1", revision=1, status="received",
        answers={"name": "from the second coordinator"}, audit=[], author="Bea",
        created_at="2026-11-02T09:00:00+00:00", updated_at="2026-11-02T09:00:00+00:00",
        sender="device-2",
    )
    store.comments.add(theirs, 1, "name", "seen by the second coordinator", "Bea")
    print(store.responses.get(theirs).answers["name"])
    assert store.check().ok, store.check().problems
"""


def test_two_coordinators_share_one_sealed_database(hub: Store, folder: Path, tmp_path: Path):
    """The second coordinator's copy of the workspace folder (its keyfile holds the same key)
    opens the same database from another process while the first holds it open."""
    second = tmp_path / "second"
    second.mkdir()
    shutil.copy2(folder / "keyfile.json", second / "keyfile.json")
    hub.responses.upsert_received(**_incoming(A, ANSWERS))
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", SECOND, str(second), B, A, PASSPHRASE],
        capture_output=True, text=True, timeout=120, cwd=root,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ANSWERS["name"]
    assert hub.responses.get(B).answers == {"name": "from the second coordinator"}
    assert hub.comments.for_response(A)[0].text == "seen by the second coordinator"
    assert hub.responses.upsert_received(**_incoming(B, {"name": "x"}, revision=2)) == "updated"
    assert hub.check().ok


def test_workspace_check_exits_1_naming_the_response_whose_sealed_answers_changed(
    hub: Store, url: str, folder: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
):  # fmt: skip
    from sp_collect.cli.main import main

    monkeypatch.setenv("SP_COLLECT_PASSPHRASE", PASSPHRASE)
    hub.responses.upsert_received(**_incoming(A, ANSWERS))
    hub.responses.upsert_received(**_incoming(B, ANSWERS))
    assert main(["workspace", "check", "-w", str(folder)]) == 0
    assert "The workspace is intact" in capsys.readouterr().out
    # One bit of B's sealed answers flipped on the server.
    stored = _sql(url, "SELECT answers FROM responses WHERE uuid = :b", b=B)[0][0]
    flipped = stored[:-6] + ("A" if stored[-6] != "A" else "B") + stored[-5:]
    _sql(url, "UPDATE responses SET answers = :v WHERE uuid = :b", v=flipped, b=B)
    assert main(["workspace", "check", "-w", str(folder)]) == 1
    err = capsys.readouterr().err
    assert f"problem: response {B}: the sealed value of its answers" in err
    assert A not in err


def test_attachments_are_stored_under_keyed_addresses_that_cannot_be_swapped(hub: Store, url: str):
    first = hub.attachments.put(b"first document", "application/pdf", "a.pdf")
    second = hub.attachments.put(b"second document", "application/pdf", "b.pdf")
    addresses = [row[0] for row in _sql(url, "SELECT sha256 FROM attachments ORDER BY size")]
    assert first not in addresses and second not in addresses
    assert hub.attachments.digests() == sorted([first, second])
    assert hub.check().ok
    # The first file's sealed bytes copied over the second's: the second no longer opens.
    _sql(url, "UPDATE attachments SET data = (SELECT data FROM attachments WHERE sha256 = :a) "
              "WHERE sha256 = :b", a=addresses[0], b=addresses[1])  # fmt: skip
    assert [p.split(":")[0] for p in hub.check().problems] == [f"attachment {second}"]
    with pytest.raises(IntegrityError):
        hub.attachments.get(second)
    assert hub.attachments.get(first) == b"first document"
