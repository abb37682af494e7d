"""keyfile.json: bounds of its key derivation, what it may name, its mode, and write failures."""

from __future__ import annotations

import errno
import json
import os
import stat
from pathlib import Path

import pytest

from sp_collect.errors import WorkspaceError
from sp_collect.storage import Store, keyfile, keys

from .conftest import PASSPHRASE


def _edit(folder: Path, change) -> None:  # type: ignore[no-untyped-def]
    path = folder / keyfile.KEYFILE_NAME
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))


def _open_code(folder: Path) -> str:
    with pytest.raises(WorkspaceError) as caught:
        Store.open(folder, passphrase=PASSPHRASE)
    return caught.value.code


@pytest.fixture
def closed(created, folder: Path) -> Path:  # type: ignore[no-untyped-def]
    store, _code = created
    store.close()
    return folder


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("iterations", 33),
        ("iterations", 10**30),
        ("memory_kib", 1024 * 1024 + 1),
        ("memory_kib", 2**40),
        ("lanes", 17),
    ],
)
def test_a_kdf_above_the_ceiling_is_refused_before_it_runs(closed, field, value):
    _edit(closed, lambda data: data["kdf"].__setitem__(field, value))
    with pytest.raises(WorkspaceError) as caught:
        Store.open(closed, passphrase=PASSPHRASE)
    assert caught.value.code == "kdf_too_heavy"
    assert "restore the original keyfile.json" in caught.value.message


def test_a_salt_above_the_ceiling_is_refused(closed):
    salt = keyfile._b64(b"s" * (keys.CEILING_SALT_BYTES + 1))
    _edit(closed, lambda data: data["kdf"].__setitem__("salt", salt))
    assert _open_code(closed) == "kdf_too_heavy"


def test_the_bounds_themselves_are_allowed():
    keys.FLOOR.require_bounds()
    at_ceiling = keys.KdfParams(
        keys.CEILING.iterations,
        keys.CEILING.memory_kib,
        keys.CEILING.lanes,
        salt=b"s" * keys.CEILING_SALT_BYTES,
    )
    at_ceiling.require_bounds()
    assert keys.new_kdf_params().iterations >= keys.FLOOR.iterations


@pytest.mark.parametrize("name", ["scrypt", "argon2i", "pbkdf2", "", None])
def test_a_keyfile_naming_another_kdf_is_corrupt(closed, name):
    _edit(closed, lambda data: data["kdf"].__setitem__("name", name))
    assert _open_code(closed) == "keyfile_corrupt"


@pytest.mark.parametrize("database", ["sqlite", "POSTGRESQL", "", 1, None])
def test_a_bad_database_value_is_corrupt(closed, database):
    _edit(closed, lambda data: data.__setitem__("database", database))
    assert _open_code(closed) == "keyfile_corrupt"


def test_a_postgresql_keyfile_without_its_sealed_url_is_corrupt(closed):
    _edit(closed, lambda data: data.__setitem__("database", "postgresql"))
    assert _open_code(closed) == "keyfile_corrupt"


@pytest.mark.parametrize(("field", "value"), [("format", "other"), ("version", 2)])
def test_another_format_or_version_is_corrupt(closed, field, value):
    _edit(closed, lambda data: data.__setitem__(field, value))
    assert _open_code(closed) == "keyfile_corrupt"


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_the_keyfile_is_owner_only(closed):
    mode = stat.S_IMODE((closed / keyfile.KEYFILE_NAME).stat().st_mode)
    assert mode == 0o600
    # Saving again (a passphrase change) keeps it owner-only, whatever the umask.
    old = os.umask(0)
    try:
        keyfile.save(closed, keyfile.load(closed))
    finally:
        os.umask(old)
    assert stat.S_IMODE((closed / keyfile.KEYFILE_NAME).stat().st_mode) == 0o600
    assert not (closed / (keyfile.KEYFILE_NAME + ".new")).exists()


@pytest.mark.parametrize(
    ("number", "code"),
    [
        (errno.ENOSPC, "disk_full"),
        (errno.EACCES, "read_only"),
        (errno.EPERM, "read_only"),
        (errno.EROFS, "read_only"),
        (errno.EIO, "write_failed"),
    ],
)
def test_a_failed_keyfile_write_keeps_the_old_one(closed, monkeypatch, number, code):
    before = (closed / keyfile.KEYFILE_NAME).read_bytes()
    real_replace = os.replace

    def failing_replace(src, dst):  # type: ignore[no-untyped-def]
        if Path(dst).name == keyfile.KEYFILE_NAME:
            raise OSError(number, os.strerror(number))
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(WorkspaceError) as caught:
        keyfile.save(closed, keyfile.load(closed))
    assert caught.value.code == code
    assert (closed / keyfile.KEYFILE_NAME).read_bytes() == before
    assert not (closed / (keyfile.KEYFILE_NAME + ".new")).exists()


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root ignores modes")
def test_a_read_only_folder_is_named(closed):
    closed.chmod(0o500)
    try:
        with pytest.raises(WorkspaceError) as caught:
            keyfile.save(closed, keyfile.load(closed))
    finally:
        closed.chmod(0o700)
    assert caught.value.code == "read_only"


def test_loading_refuses_a_kdf_out_of_bounds_before_any_unlock(closed):
    _edit(closed, lambda data: data["kdf"].__setitem__("memory_kib", 2**40))
    with pytest.raises(WorkspaceError) as caught:
        keyfile.load(closed)
    assert caught.value.code == "kdf_too_heavy"


def test_a_loaded_keyfile_cannot_be_changed_in_memory(closed):
    import dataclasses

    loaded = keyfile.load(closed)
    with pytest.raises(dataclasses.FrozenInstanceError):
        loaded.database = "postgresql"  # type: ignore[misc]


@pytest.mark.skipif(os.name == "nt", reason="POSIX folders are fsynced")
def test_saving_makes_the_file_and_its_rename_durable(closed, monkeypatch):
    synced: list[bool] = []
    real_fsync = os.fsync

    def recording_fsync(fd: int) -> None:
        synced.append(stat.S_ISDIR(os.fstat(fd).st_mode))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", recording_fsync)
    keyfile.save(closed, keyfile.load(closed))
    assert synced == [False, True]  # the new file, then the folder holding the rename


def test_a_sealed_database_url_opens_with_the_master_key_only():
    master = keys.new_key()
    url = "postgresql+psycopg://cora:secret@db.example/study"
    code = keys.new_recovery_code()
    made = keyfile.Keyfile.new("ws-1", master, "long passphrase here", code, database_url=url)
    assert made.database == "postgresql"
    assert url.encode() not in made.sealed_url
    assert made.database_url(master) == url
    with pytest.raises(WorkspaceError) as caught:
        made.database_url(keys.new_key())
    assert caught.value.code == "keyfile_corrupt"


def test_a_keyfile_that_cannot_even_be_started_gives_the_sentence(closed, monkeypatch):
    real_open = os.open

    def full_disk_open(path, flags, mode=0o777):  # type: ignore[no-untyped-def]
        if Path(path).name == keyfile.KEYFILE_NAME + ".new":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_open(path, flags, mode)

    monkeypatch.setattr(os, "open", full_disk_open)
    with pytest.raises(WorkspaceError) as caught:  # not the temporary file's FileNotFoundError
        keyfile.save(closed, keyfile.load(closed))
    assert caught.value.code == "disk_full"


def test_windows_saves_without_syncing_the_folder(closed, monkeypatch):
    synced: list[bool] = []
    real_fsync = os.fsync

    def recording_fsync(fd: int) -> None:
        synced.append(stat.S_ISDIR(os.fstat(fd).st_mode))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", recording_fsync)
    monkeypatch.setattr(os, "name", "nt")  # Windows cannot open a folder to sync it
    keyfile.save(closed, keyfile.load(closed))
    assert synced == [False]


def test_start_unlock_derives_with_the_workspaces_own_parameters(closed, monkeypatch):
    started: list[tuple[str, object]] = []
    monkeypatch.setattr(keys, "start_passphrase_key", lambda p, params: started.append((p, params)))
    keyfile.start_unlock(closed, PASSPHRASE)
    assert started == [(PASSPHRASE, keyfile.load(closed).kdf)]
    keyfile.start_unlock(closed / "elsewhere", PASSPHRASE)  # no keyfile: the unlock says why
    assert len(started) == 1
