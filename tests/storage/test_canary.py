"""No plaintext reaches disk: canaries, the passphrase and the key are absent from every file."""

from __future__ import annotations

import os
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from sp_collect.storage import Store, keyfile

PASSPHRASE = "canary passphrase " + uuid.uuid4().hex
SYSTEM_TMP = Path(tempfile.gettempdir())  # before any test points TMPDIR elsewhere


def _canary(label: str) -> str:
    return f"CANARY-{label}-{uuid.uuid4().hex}"


def _files(root: Path, since: float) -> Iterator[Path]:
    for dirpath, _dirs, names in os.walk(root):
        for name in names:
            path = Path(dirpath) / name
            try:
                if path.is_file() and path.stat().st_mtime >= since:
                    yield path
            except OSError:
                continue  # vanished meanwhile (another test's temp file)


def _leaks(roots: list[Path], needles: dict[str, bytes], since: float) -> list[str]:
    found = []
    for root in roots:
        for path in _files(root, since):
            try:
                content = path.read_bytes()
            except OSError:
                continue
            found += [
                f"{label} in {path}" for label, needle in needles.items() if needle in content
            ]
    return found


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where SQLite and Python would put temporary files during the test."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    for name in ("TMPDIR", "SQLITE_TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)
    return folder


def test_nothing_readable_reaches_disk(tmp_path: Path, private_tmp: Path):
    started = time.time() - 1
    folder = tmp_path / "ws"
    labels = ("answer", "state", "note", "comment", "attachment", "secret", "title", "card")
    canaries = {name: _canary(name) for name in labels}
    store, code = Store.create(folder, PASSPHRASE, name="Interviewer", role="field")
    db_key = keyfile.load(folder).unlock_with_passphrase(PASSPHRASE)
    form = {"id": "f", "version": "1", "title": canaries["title"], "items": []}
    with store.atomic():
        store.forms.add("f", "1", form)
        store.responses.create("r1", "f", "1", "Interviewer", {"draft": canaries["state"]}, {})
    for n in range(20):  # autosaves, as after every answer
        store.responses.save(
            "r1",
            state={"draft": canaries["state"], "n": n},
            answers={"q_text": canaries["answer"], "q_note": canaries["note"], "n": n},
        )
    with store.atomic():
        store.responses.set_status("r1", "finalized")
        store.events.append("response_finalized", "r1", {"revision": 1})
    store.comments.add("r1", 1, "q_text", canaries["comment"], "Coordinator")
    store.attachments.put(canaries["attachment"].encode() * 100, "audio/ogg", "note.ogg")
    store.secrets.put("identity.key", canaries["secret"].encode())
    store.contacts.trust({"key_id": "K", "name": canaries["card"], "role": "coordinator"})
    with store.atomic():
        store.responses.set_status("r1", "exported")
        store.bundles.record("b1", "out", "me", 1, {"responses": 1}, "exported")

    needles = {name: value.encode() for name, value in canaries.items()}
    needles |= {
        "passphrase": PASSPHRASE.encode(),
        "recovery code": code.replace("-", "").encode(),
        "database key": db_key,
        "database key (hex)": db_key.hex().encode(),
        "database key (HEX)": db_key.hex().upper().encode(),
    }
    roots = [folder, private_tmp, SYSTEM_TMP, Path(os.environ["SP_COLLECT_HOME"])]
    assert _leaks(roots, needles, started) == []  # while open: WAL and all
    store.close()
    assert _leaks(roots, needles, started) == []
    with Store.open(folder, passphrase=PASSPHRASE) as again:  # and the data is really there
        assert again.responses.get("r1").answers["q_text"] == canaries["answer"]
        assert again.secrets.get("identity.key") == canaries["secret"].encode()
