"""Imports in other processes: two at once on PostgreSQL, and one killed mid-merge."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sync_kit import FORM, device_bundle, install_form

from sp_collect.storage import Store

PASSPHRASE = "correct horse battery staple"
CHILD = Path(__file__).with_name("import_child.py")


def _uuids(start: int, stop: int) -> list[str]:
    return [f"00000000-0000-4000-8000-{i:012d}" for i in range(start, stop)]


def _start(folder: Path, bundle: Path, coord, *flags: str) -> subprocess.Popen[str]:  # type: ignore[no-untyped-def]
    env = {**os.environ, "SP_TEST_PASSPHRASE": PASSPHRASE}
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(folder), str(bundle), *flags],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdin is not None
    child.stdin.write(json.dumps({k: v.hex() for k, v in coord.secrets().items()}))
    child.stdin.close()
    return child


def _result(child: subprocess.Popen[str]) -> dict:  # type: ignore[type-arg]
    assert child.stdout is not None
    out = child.stdout.read()
    assert child.wait(timeout=120) == 0, out
    return json.loads(out.strip().splitlines()[-1])


@pytest.mark.postgres
def test_two_processes_importing_overlapping_bundles(tmp_path, pg_cluster, field, coord):
    url = pg_cluster.create_database()
    first = tmp_path / "first"
    store, _ = Store.create(first, PASSPHRASE, name="C", role="coordinator", database_url=url)
    install_form(store, FORM)
    store.contacts.trust(field.card.to_dict())
    store.close()
    # More coordinator folders on the same central database (the keyfile is shared).
    second, third = tmp_path / "second", tmp_path / "third"
    for folder in (second, third):
        folder.mkdir()
        shutil.copy(first / "keyfile.json", folder / "keyfile.json")
    a = device_bundle(tmp_path / "a.spbundle", field, coord, _uuids(0, 400), sequence=1)
    b = device_bundle(tmp_path / "b.spbundle", field, coord, _uuids(200, 600), sequence=2)
    children = [_start(first, a, coord), _start(second, b, coord), _start(third, b, coord)]
    results = [_result(child) for child in children]
    with Store.open(first, passphrase=PASSPHRASE) as store:
        assert store.responses.counts() == {"received": 600}
    assert sum(r["new"] for r in results) == 600
    assert sorted(r["status"] for r in results) == ["duplicate", "merged", "merged"]


def test_sigkill_mid_import_leaves_the_store_as_it_was(tmp_path, field, coord):
    folder = tmp_path / "coord"
    store, _ = Store.create(folder, PASSPHRASE, name="C", role="coordinator")
    install_form(store, FORM)
    store.contacts.trust(field.card.to_dict())
    before = (store.events.count(), store.responses.counts())
    store.close()
    bundle = device_bundle(tmp_path / "big.spbundle", field, coord, _uuids(0, 1200))
    child = _start(folder, bundle, coord, "--stall")
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "opened"
    assert child.stdout.readline().strip() == "merging"  # 500 responses written, uncommitted
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    with Store.open(folder, passphrase=PASSPHRASE) as store:
        assert (store.events.count(), store.responses.counts()) == before
        assert store.bundles.last_sequence(field.card.key_id) is None
        assert store.check().ok
    assert _result(_start(folder, bundle, coord))["new"] == 1200
