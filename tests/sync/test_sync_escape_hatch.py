"""The escape hatch: the shell commands of docs/bundle-format.md, run exactly as written, open
and verify a real bundle and a real return with the age and minisign programs alone."""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sync_kit import FORM, add_finalized, install_form, photo_answer

from sp_collect.errors import WorkspaceError
from sp_collect.sync.escape_hatch import AGE_IDENTITY, OWN_PUBLIC, write_keys
from sp_collect.sync.export import export_bundle
from sp_collect.sync.merge import import_bundle
from sp_collect.sync.returns import export_return
from sp_collect.workspace import Workspace

DOC = Path(__file__).parents[2] / "docs" / "bundle-format.md"
PASSPHRASE = "correct horse battery staple"
PHOTO = b"\x89PNG a door"
UUID = "00000000-0000-4000-8000-000000000002"


def _doc_block(label: str) -> str:
    """The shell block that follows ``<!-- tested by …: label -->`` in the format document."""
    text = DOC.read_text(encoding="utf-8")
    found = re.search(rf"<!-- tested by [^:]+: {label} -->\n```sh\n(.*?)```", text, re.S)
    assert found is not None, label
    return found.group(1)


def _keys_command() -> list[str]:
    found = re.search(r"```sh\n(sp-collect identity keys .*)\n```", DOC.read_text())
    assert found is not None
    return found.group(1).split()[1:]


def _sp_collect(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SP_COLLECT_PASSPHRASE": PASSPHRASE}
    root = str(Path(__file__).parents[2])
    env["PYTHONPATH"] = root + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.run(
        [sys.executable, "-m", "sp_collect.cli.main", *args],
        cwd=cwd, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip


@pytest.fixture
def exchanged(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A coordinator and a device that trust each other, one bundle and one return between them."""
    coord_side, device_side = tmp_path / "coordinator-side", tmp_path / "device-side"
    coord_side.mkdir()
    device_side.mkdir()
    coordinator, _ = Workspace.create(
        coord_side / "coordinator", PASSPHRASE, name="Cora Ordinator", role="coordinator"
    )
    device, _ = Workspace.create(device_side / "field", PASSPHRASE, name="Ana Field", role="field")
    with coordinator, device:
        for ws in (coordinator, device):
            install_form(ws.store, FORM)
        coordinator.store.contacts.trust(device.card.to_dict())
        device.store.contacts.trust(coordinator.card.to_dict())
        add_finalized(device.store, ["00000000-0000-4000-8000-000000000001"])
        photo = device.store.attachments.put(PHOTO, "image/png", "door.png")
        answers = {"photo": photo_answer(photo, PHOTO)}
        device.store.responses.create(UUID, FORM["id"], FORM["version"], "ana", {}, answers)
        device.store.responses.set_status(UUID, "finalized")
        bundle = export_bundle(
            device.store, device.identity, [coordinator.card], coord_side / "x.spbundle"
        )
        import_bundle(coordinator.store, bundle.path, coordinator.identity)
        export_return(
            coordinator.store, coordinator.identity, device.card, device_side / "r.spreturn"
        )
    return coord_side, device_side


@pytest.mark.parametrize(
    ("label", "side", "members"),
    [
        ("bundle", 0, ["responses.jsonl", "attachments/" + hashlib.sha256(PHOTO).hexdigest()]),
        ("return", 1, ["receipt.jsonl", "decisions.jsonl"]),
    ],
)
def test_the_documented_commands_open_and_verify(exchanged, require_program, label, side, members):
    for program in ("age", "minisign", "tar", "sha256sum"):
        require_program(program)
    folder = exchanged[side]
    workspace = "coordinator" if side == 0 else "field"
    args = _keys_command()
    args[args.index("-w") + 1] = workspace
    written = _sp_collect(args, folder)
    assert "private key, unprotected" in written.stderr
    run = subprocess.run(
        ["bash", "-e", "-c", _doc_block(label)], cwd=folder, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    assert "Signature and comment signature verified" in run.stdout
    assert f"sp-collect {label} v1 id=" in run.stdout
    opened = folder / "opened"
    manifest = json.loads((opened / "manifest.json").read_text())
    listed = {m["name"]: m["sha256"] for m in manifest["members"]}
    assert sorted(listed) == sorted(members)
    for name, digest in listed.items():
        assert hashlib.sha256((opened / name).read_bytes()).hexdigest() == digest
        assert f"{digest}  {name}" in run.stdout


def test_a_tampered_manifest_fails_minisign(exchanged, require_program):
    require_program("minisign")
    require_program("age")
    folder = exchanged[0]
    _sp_collect(["identity", "keys", "-w", "coordinator", "-o", "keys"], folder)
    script = _doc_block("bundle").replace(
        "minisign -V", 'sed -i \'s/"sequence": 1/"sequence": 2/\' manifest.json\nminisign -V'
    )
    run = subprocess.run(["bash", "-e", "-c", script], cwd=folder, capture_output=True, text=True)
    assert run.returncode != 0


def test_key_files_are_owner_only_and_never_overwritten(tmp_path, field, coord):
    written = write_keys(tmp_path / "keys", field, [coord.card])
    assert written.age_identity.name == AGE_IDENTITY and written.own_public.name == OWN_PUBLIC
    for path in (written.age_identity, written.own_public, *written.contacts):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = written.age_identity.read_text()
    assert text.splitlines()[-1] == str(field.age_identity)
    assert f"# public key: {field.recipient}" in text
    assert written.own_public.read_text().splitlines()[1] == field.card.minisign_public
    with pytest.raises(WorkspaceError) as caught:
        write_keys(tmp_path / "keys", field, [coord.card])
    assert caught.value.code == "file_exists"
