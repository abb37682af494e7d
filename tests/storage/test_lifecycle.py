"""Create, open, recover, change passphrase, lock: and one clear error for each bad case."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sp_collect.errors import WorkspaceError, WorkspaceLocked, WrongPassphrase
from sp_collect.storage import Store

from .conftest import PASSPHRASE


def _codes(excinfo: pytest.ExceptionInfo[BaseException]) -> str:
    assert isinstance(excinfo.value, WorkspaceError)
    return excinfo.value.code


def _add_draft(store: Store, uuid: str = "r1", text: str = "first answer") -> None:
    with store.atomic():
        store.responses.create(uuid, "f", "1", "Ana", {"page": 1}, {"q1": text})


def test_create_then_open_gives_the_same_workspace(created: tuple[Store, str], folder: Path):
    store, _code = created
    _add_draft(store)
    info = store.info
    store.close()
    with Store.open(folder, passphrase=PASSPHRASE) as again:
        assert again.info == info
        assert info.role == "field" and info.database == "sqlcipher"
        assert again.responses.get("r1").answers == {"q1": "first answer"}
    assert sorted(p.name for p in folder.iterdir()) == [
        "keyfile.json",
        "workspace.db",
        "workspace.lock",
    ]


def test_wrong_passphrase_is_refused_and_changes_nothing(created: tuple[Store, str], folder):
    store, _code = created
    _add_draft(store)
    store.close()
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    with pytest.raises(WrongPassphrase) as caught:
        Store.open(folder, passphrase="not it")
    assert caught.value.code == "wrong_passphrase" and caught.value.message == "wrong passphrase"
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_recovery_code_opens_and_sets_a_new_passphrase(created: tuple[Store, str], folder):
    store, code = created
    _add_draft(store)
    store.close()
    with Store.open(folder, recovery_code=code) as by_code:
        assert by_code.responses.get("r1") is not None
    Store.recover(folder, code, "a brand new passphrase")
    with pytest.raises(WrongPassphrase):
        Store.open(folder, passphrase=PASSPHRASE)
    with Store.open(folder, passphrase="a brand new passphrase") as again:
        assert again.responses.get("r1").answers == {"q1": "first answer"}


def test_wrong_or_mistyped_recovery_code(created: tuple[Store, str], folder: Path):
    store, code = created
    store.close()
    other = Store.create(folder.parent / "other", "x" * 12, name="B", role="field")
    other[0].close()
    with pytest.raises(WorkspaceError) as caught:
        Store.open(folder, recovery_code=other[1])
    assert _codes(caught) == "wrong_recovery_code"
    typo = ("Z" if code[0] != "Z" else "Y") + code[1:]
    with pytest.raises(WorkspaceError) as caught:
        Store.recover(folder, typo, "new one")
    assert _codes(caught) == "recovery_code_invalid"


def test_change_passphrase_rewraps_and_keeps_the_data(created: tuple[Store, str], folder):
    store, _code = created
    _add_draft(store)
    db_before = (folder / "workspace.db").stat().st_ino
    with pytest.raises(WrongPassphrase):
        store.change_passphrase("not the old one", "whatever")
    store.change_passphrase(PASSPHRASE, "second passphrase")
    store.close()
    assert (folder / "workspace.db").stat().st_ino == db_before
    with pytest.raises(WrongPassphrase):
        Store.open(folder, passphrase=PASSPHRASE)
    with Store.open(folder, passphrase="second passphrase") as again:
        assert again.responses.get("r1").answers == {"q1": "first answer"}
        assert again.events.list()[0].kind == "passphrase_changed"


def test_second_open_is_locked_out_until_the_first_closes(created: tuple[Store, str], folder):
    store, _code = created
    with pytest.raises(WorkspaceLocked) as caught:
        Store.open(folder, passphrase=PASSPHRASE)
    assert caught.value.code == "workspace_locked"
    store.close()
    Store.open(folder, passphrase=PASSPHRASE).close()


def test_another_process_is_locked_out(created: tuple[Store, str], folder: Path):
    script = (
        "import sys; from pathlib import Path\n"
        "from sp_collect.errors import SpCollectError\n"
        "from sp_collect.storage import Store\n"
        "try:\n"
        "    Store.open(Path(sys.argv[1]), passphrase=sys.stdin.read())\n"
        "except SpCollectError as exc:\n"
        "    print(exc.code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(folder)],
        input=PASSPHRASE, capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    assert result.stdout.strip() == "workspace_locked"


def test_missing_folder_and_folder_that_is_not_a_workspace(tmp_path: Path):
    with pytest.raises(WorkspaceError) as caught:
        Store.open(tmp_path / "nowhere", passphrase=PASSPHRASE)
    assert _codes(caught) == "folder_missing"
    (tmp_path / "empty").mkdir()
    with pytest.raises(WorkspaceError) as caught:
        Store.open(tmp_path / "empty", passphrase=PASSPHRASE)
    assert _codes(caught) == "not_a_workspace"
    (tmp_path / "a_file").write_text("x")
    with pytest.raises(WorkspaceError) as caught:
        Store.open(tmp_path / "a_file", passphrase=PASSPHRASE)
    assert _codes(caught) == "not_a_workspace"


def test_create_refuses_an_existing_workspace(created: tuple[Store, str], folder: Path):
    with pytest.raises(WorkspaceError) as caught:
        Store.create(folder, PASSPHRASE, name="Again", role="field")
    assert _codes(caught) == "workspace_exists"


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],  # truncated
        lambda text: "",  # emptied
        lambda text: "\x00\xff not json",  # garbage
        lambda text: text.replace('"format": "sp_collect keyfile"', '"format": "other"'),
        lambda text: json.dumps({**json.loads(text), "wraps": {}}),  # a wrap removed
    ],
    ids=["truncated", "empty", "garbage", "foreign-format", "no-wraps"],
)
def test_damaged_keyfile_is_one_clear_error_and_data_survives(created, folder, damage):
    store, _code = created
    _add_draft(store)
    store.close()
    keyfile = folder / "keyfile.json"
    original = keyfile.read_text()
    keyfile.write_text(damage(original), encoding="utf-8", errors="surrogateescape")
    with pytest.raises(WorkspaceError) as caught:
        Store.open(folder, passphrase=PASSPHRASE)
    assert _codes(caught) == "keyfile_corrupt"
    keyfile.write_text(original)
    with Store.open(folder, passphrase=PASSPHRASE) as again:
        assert again.responses.get("r1").answers == {"q1": "first answer"}


@pytest.mark.parametrize(
    ("field", "value"),
    [("iterations", 1), ("memory_kib", 1024), ("lanes", 0), ("salt", "")],
)
def test_keyfile_downgraded_to_weaker_kdf_is_refused(created, folder, field, value):
    store, _code = created
    store.close()
    keyfile = folder / "keyfile.json"
    data = json.loads(keyfile.read_text())
    data["kdf"][field] = value
    keyfile.write_text(json.dumps(data))
    with pytest.raises(WorkspaceError) as caught:
        Store.open(folder, passphrase=PASSPHRASE)
    assert _codes(caught) == "kdf_too_weak"


def test_keyfile_with_edited_but_strong_kdf_is_just_a_wrong_passphrase(created, folder):
    store, _code = created
    store.close()
    keyfile = folder / "keyfile.json"
    data = json.loads(keyfile.read_text())
    data["kdf"]["iterations"] = 4  # the wrap commits to its parameters
    keyfile.write_text(json.dumps(data))
    with pytest.raises(WrongPassphrase):
        Store.open(folder, passphrase=PASSPHRASE)


def test_database_missing_empty_foreign_or_truncated(created, folder: Path, tmp_path: Path):
    store, _code = created
    _add_draft(store)
    store.close()
    db = folder / "workspace.db"
    original = db.read_bytes()
    cases = {
        "database_missing": None,
        "database_corrupt": b"",
    }
    for code, content in cases.items():
        db.unlink(missing_ok=True)
        if content is not None:
            db.write_bytes(content)
        with pytest.raises(WorkspaceError) as caught:
            Store.open(folder, passphrase=PASSPHRASE)
        assert _codes(caught) == code
    for content in (b"SQLite format 3\x00" + bytes(4080), original[: len(original) // 3]):
        db.write_bytes(content)
        with pytest.raises(WorkspaceError) as caught:
            Store.open(folder, passphrase=PASSPHRASE)
        assert _codes(caught) == "database_corrupt"
    db.write_bytes(original)
    with Store.open(folder, passphrase=PASSPHRASE) as again:
        assert again.responses.get("r1").answers == {"q1": "first answer"}


def test_database_of_another_workspace_is_refused(created, folder: Path):
    store, _code = created
    store.close()
    other_folder = folder.parent / "other"
    other, _ = Store.create(other_folder, PASSPHRASE, name="B", role="field")
    other.close()
    (folder / "workspace.db").write_bytes((other_folder / "workspace.db").read_bytes())
    with pytest.raises(WorkspaceError) as caught:
        Store.open(folder, passphrase=PASSPHRASE)
    # The other workspace's key does not open it: it is just not our database.
    assert _codes(caught) == "database_corrupt"


def test_closed_store_refuses_work(created: tuple[Store, str]):
    store, _code = created
    store.close()
    with pytest.raises(WorkspaceError) as caught:
        store.responses.list()
    assert _codes(caught) == "workspace_closed"


def test_workspace_from_a_newer_app_is_refused(created: tuple[Store, str], folder: Path):
    store, _code = created
    with store.atomic() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    store.close()
    with pytest.raises(WorkspaceError) as caught:
        Store.open(folder, passphrase=PASSPHRASE)
    assert _codes(caught) == "schema_too_new"


@pytest.mark.parametrize(
    ("name", "role", "code"),
    [("Ana", "boss", "role_invalid"), ("  ", "field", "name_empty")],
)
def test_create_checks_name_and_role(folder: Path, name: str, role: str, code: str):
    with pytest.raises(WorkspaceError) as caught:
        Store.create(folder, PASSPHRASE, name=name, role=role)
    assert _codes(caught) == code
    assert not folder.exists()


def test_empty_passphrase_is_refused_and_leaves_no_workspace(folder: Path):
    with pytest.raises(WorkspaceError) as caught:
        Store.create(folder, "", name="Ana", role="field")
    assert _codes(caught) == "passphrase_empty"
    assert not (folder / "keyfile.json").exists() and not (folder / "workspace.db").exists()


def test_open_without_passphrase_or_code_is_refused(created: tuple[Store, str], folder: Path):
    store, _code = created
    store.close()
    with pytest.raises(WorkspaceError) as caught:
        Store.open(folder)
    assert _codes(caught) == "no_secret"
    Store.open(folder, passphrase=PASSPHRASE).close()  # and the lock was released
