"""``check()`` finds tampering done with the key in hand, and damage done without it."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import sqlcipher3

from sp_collect.storage import Store, keyfile

from .conftest import PASSPHRASE


@pytest.fixture
def with_history(created: tuple[Store, str], folder: Path) -> Path:
    store, _code = created
    for n in range(1, 6):
        store.events.append("response_saved", f"r{n}", {"n": n})
    store.attachments.put(b"photo bytes", "image/jpeg", "p.jpg")
    assert store.check().ok
    store.close()
    return folder


def _raw(folder: Path) -> sqlcipher3.Connection:
    """The database opened directly with its key, as an insider with the passphrase could."""
    key = keyfile.load(folder).unlock_with_passphrase(PASSPHRASE)
    conn = sqlcipher3.connect(str(folder / "workspace.db"), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def _problems(folder: Path) -> list[str]:
    with Store.open(folder, passphrase=PASSPHRASE) as store:
        report = store.check()
    assert not report.ok
    return report.problems


def test_an_edited_event_is_reported(with_history: Path):
    with _raw(with_history) as conn:
        conn.execute("""UPDATE events SET details = '{"n":99}' WHERE seq = 3""")
    assert _problems(with_history) == ["event log: event 3 was altered after it was written"]


def test_an_edited_event_with_a_recomputed_hash_breaks_the_next_link(with_history: Path):
    with _raw(with_history) as conn:
        conn.execute("UPDATE events SET hash = ? WHERE seq = 3", ("f" * 64,))
    problems = _problems(with_history)
    assert "event log: event 4 does not follow the one before it" in problems


def test_a_deleted_event_is_reported(with_history: Path):
    with _raw(with_history) as conn:
        conn.execute("DELETE FROM events WHERE seq = 2")
    problems = _problems(with_history)
    assert "event log: events 2–2 are missing (deleted)" in problems


def test_an_altered_attachment_is_reported(with_history: Path):
    digest = hashlib.sha256(b"photo bytes").hexdigest()
    with _raw(with_history) as conn:
        conn.execute("UPDATE attachments SET data = ? WHERE sha256 = ?", (b"other", digest))
    assert _problems(with_history) == [f"attachment {digest}: its content does not match its hash"]


def test_a_flipped_byte_in_the_file_is_found(with_history: Path):
    path = with_history / "workspace.db"
    data = bytearray(path.read_bytes())
    data[len(data) - 100] ^= 0x01  # inside the last page, away from the header page
    path.write_bytes(bytes(data))
    problems = _problems(with_history)
    assert any(p.startswith(("encryption:", "database:")) for p in problems)
