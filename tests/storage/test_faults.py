"""Full disk and read-only folders: one clear sentence, and what was saved stays intact."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from sp_collect.errors import WorkspaceError
from sp_collect.storage import Store

from .conftest import PASSPHRASE


def _save(store: Store, uuid: str, text: str) -> None:
    with store.atomic():
        store.responses.create(uuid, "f", "1", "Ana", {}, {"q1": text})


def test_full_disk_during_a_save_keeps_earlier_saves(created: tuple[Store, str], folder):
    store, _code = created
    _save(store, "r1", "kept")
    with store.atomic() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        # SQLite's own "database or disk is full" (SQLITE_FULL), as a real full disk gives.
        conn.exec_driver_sql(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(WorkspaceError) as caught:
        _save(store, "r2", "x" * 200_000)
    assert caught.value.code == "disk_full"
    assert store.responses.get("r1").answers == {"q1": "kept"}
    assert store.responses.get("r2") is None
    store.close()
    with Store.open(folder, passphrase=PASSPHRASE) as again:
        assert again.check().ok
        assert [s.uuid for s in again.responses.list()] == ["r1"]


def test_full_disk_while_changing_the_passphrase_keeps_the_old_keyfile(
    created: tuple[Store, str], folder: Path, monkeypatch: pytest.MonkeyPatch
):
    store, _code = created
    _save(store, "r1", "kept")
    before = (folder / "keyfile.json").read_bytes()

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(WorkspaceError) as caught:
        store.change_passphrase(PASSPHRASE, "new passphrase")
    assert caught.value.code == "disk_full"
    monkeypatch.undo()
    assert (folder / "keyfile.json").read_bytes() == before
    assert not (folder / "keyfile.json.new").exists()
    store.close()
    with Store.open(folder, passphrase=PASSPHRASE) as again:
        assert again.responses.get("r1").answers == {"q1": "kept"}


@contextmanager
def _read_only(paths: list[Path]) -> Iterator[None]:
    """Really read-only, even for root (whom permission bits do not stop): chattr +i."""
    if os.geteuid() == 0:
        if shutil.which("chattr") is None:
            pytest.skip("chattr is needed to make a folder read-only for root")
        done = subprocess.run(["chattr", "+i", *map(str, paths)], capture_output=True)
        if done.returncode != 0:
            pytest.skip("this file system cannot make files immutable (chattr +i)")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", *map(str, paths)], check=True)
    else:
        modes = {path: path.stat().st_mode for path in paths}
        for path in paths:
            path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            for path, mode in modes.items():
                path.chmod(mode)


@pytest.mark.parametrize("files_too", [False, True], ids=["folder", "folder-and-files"])
def test_read_only_workspace_is_refused_and_left_intact(created, folder: Path, files_too):
    store, _code = created
    _save(store, "r1", "kept")
    store.close()
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    paths = [folder, *(folder.iterdir() if files_too else [])]
    with _read_only(paths):
        with pytest.raises(WorkspaceError) as caught:
            Store.open(folder, passphrase=PASSPHRASE)
        assert caught.value.code == "read_only"
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    with Store.open(folder, passphrase=PASSPHRASE) as again:
        assert again.responses.get("r1").answers == {"q1": "kept"}


def test_create_in_a_read_only_folder_is_refused(tmp_path: Path):
    parent = tmp_path / "locked"
    parent.mkdir()
    with _read_only([parent]), pytest.raises(WorkspaceError) as caught:
        Store.create(parent / "ws", PASSPHRASE, name="Ana", role="field")
    assert caught.value.code == "read_only"
