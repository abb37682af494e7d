"""A full disk: reading still works, every write gives the disk-full sentence, nothing is lost,
and ``workspace check`` does not call it damage. Runs on a real, small tmpfs (needs root)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from sp_collect.cli.main import main
from sp_collect.errors import WorkspaceError
from sp_collect.storage import Store, faults

from .conftest import PASSPHRASE

FORMS = Path(__file__).parents[2] / "forms"


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    disk = tmp_path / "disk"
    disk.mkdir()
    if os.name == "nt" or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(disk)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def _fill(disk: Path) -> Path:
    filler = disk / "filler"
    with open(filler, "wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass
    assert faults.no_space(disk)
    return filler


@pytest.fixture
def full(small_disk: Path) -> Iterator[tuple[Path, Path]]:
    folder = small_disk / "ws"
    store, _code = Store.create(folder, PASSPHRASE, name="Ana Field", role="field")
    store.responses.create("r1", "f", "1", "Ana", {}, {"q1": "first answer"})
    store.close()
    filler = _fill(small_disk)
    yield folder, filler


def test_reading_works_and_writing_says_the_disk_is_full(full):
    folder, filler = full
    with Store.open(folder, passphrase=PASSPHRASE) as store:
        assert store.responses.get("r1").answers == {"q1": "first answer"}
        assert store.check().ok
        with pytest.raises(WorkspaceError) as caught:
            store.responses.create("r2", "f", "1", "Ana", {}, {"q1": "second"})
        assert caught.value.code == "disk_full"
    filler.unlink()
    with Store.open(folder, passphrase=PASSPHRASE) as store:
        store.responses.create("r2", "f", "1", "Ana", {}, {"q1": "second"})
        assert store.check().ok
        assert store.responses.count() == 2


def test_cli_reading_commands_work_and_check_is_not_damage(small_disk, capsys, monkeypatch):
    folder = str(small_disk / "ws")
    monkeypatch.setenv("SP_COLLECT_PASSPHRASE", PASSPHRASE)
    assert main(["init", "-w", folder, "--name", "Ana", "--role", "field"]) == 0
    assert main(["forms", "add", "-w", folder, str(FORMS / "caricom-workshop-summary.json")]) == 0
    _fill(small_disk)
    capsys.readouterr()
    for command in (["responses", "list"], ["identity", "show"], ["workspace", "check"]):
        assert main([*command, "-w", folder]) == 0, command
    assert "intact" in capsys.readouterr().out
    assert main(["demo", "-w", folder, "--responses", "1"]) == 1
    err = capsys.readouterr().err
    assert "the disk is full" in err and "unexpected" not in err


def test_a_check_that_cannot_run_for_space_exits_3(tmp_path, capsys, monkeypatch):
    from sp_collect.workspace import Workspace

    store, _code = Store.create(tmp_path / "ws", PASSPHRASE, name="Ana Field", role="field")
    store.close()

    def no_room(_self):  # type: ignore[no-untyped-def]
        raise faults.disk_full()

    monkeypatch.setattr(Workspace, "check", no_room)
    monkeypatch.setenv("SP_COLLECT_PASSPHRASE", PASSPHRASE)
    assert main(["workspace", "check", "-w", str(tmp_path / "ws")]) == 3
    assert "the disk is full" in capsys.readouterr().err


@pytest.mark.parametrize("message", ["disk I/O error", "attempt to write a readonly database"])
def test_io_errors_on_a_full_disk_are_the_disk_full_sentence(tmp_path, monkeypatch, message):
    import sqlcipher3
    from sqlalchemy.exc import OperationalError

    error = OperationalError("stmt", {}, sqlcipher3.OperationalError(message))
    monkeypatch.setattr(faults, "no_space", lambda _folder: True)
    assert faults.translate(error, tmp_path).code == "disk_full"
    monkeypatch.setattr(faults, "no_space", lambda _folder: False)
    assert faults.translate(error, tmp_path).code != "disk_full"
