"""SIGKILL during ``bundle export``: a file with its final name is always a recorded bundle, so
no two bundles ever share one sequence number."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sync_kit import FORM, add_finalized, install_form, trusting

from sp_collect.errors import WorkspaceError
from sp_collect.storage import Store
from sp_collect.sync import container
from sp_collect.sync.export import export_bundle
from sp_collect.sync.merge import import_bundle
from sp_collect.sync.tarsafe import Limits

CHILD = Path(__file__).with_name("export_child.py")
PASSPHRASE = "correct horse battery staple"
RUNS = 12


def _run_and_kill(folder: Path, out: Path, given: str, rng: random.Random, *extra: str) -> None:
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(folder), str(out), *extra],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(f"{PASSPHRASE}\n{given}\n")
    child.stdin.close()
    assert child.stdout.readline().strip() == "ready"
    time.sleep(rng.uniform(0.0, 0.4))
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    child.stdout.close()


def _field(folder: Path, field, coord) -> str:  # type: ignore[no-untyped-def]
    """A field workspace with the form; returns what the child reads on its stdin."""
    store, _code = Store.create(folder, PASSPHRASE, name=field.name, role="field")
    install_form(store, FORM)
    store.close()
    return json.dumps(
        {
            "name": field.name,
            "secrets": {k: v.hex() for k, v in field.secrets().items()},
            "coordinator": coord.card.to_dict(),
        }
    )


@pytest.mark.slow
@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_killed_exports_never_give_two_bundles_one_sequence(tmp_path, field, coord):
    folder, out = tmp_path / "field", tmp_path / "out"
    out.mkdir()
    given = _field(folder, field, coord)
    rng = random.Random(15)
    for _run in range(RUNS):
        _run_and_kill(folder, out, given, rng)
    published = {}
    for path in sorted(out.glob("*.spbundle")):
        verified = container.verify(path, coord, kind="bundle", is_trusted=trusting(field.card))
        assert verified.sequence not in published, f"two bundles with sequence {verified.sequence}"
        published[verified.sequence] = verified.bundle_id
    assert len(published) > RUNS  # the child did real work between kills
    with Store.open(folder, passphrase=PASSPHRASE) as store:
        assert store.check().ok
        for sequence, bundle_id in published.items():
            recorded = store.bundles.get(bundle_id)
            assert recorded is not None and recorded.sequence == sequence, sequence


@pytest.mark.parametrize("failing", ["record", "event"])
def test_a_bundle_not_recorded_never_gets_its_final_name(tmp_path, field, coord, failing):
    """The deterministic twin of the kill test: recording fails after the file is written."""
    store, _code = Store.create(tmp_path / "ws", PASSPHRASE, name=field.name, role="field")
    install_form(store, FORM)
    add_finalized(store, ["00000000-0000-4000-8000-000000000001"])
    target = tmp_path / "x.spbundle"

    def fail(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    if failing == "record":
        store.bundles.record = fail  # type: ignore[method-assign]
    else:
        store.events.append = fail  # type: ignore[method-assign]
    with pytest.raises(WorkspaceError) as caught:
        export_bundle(store, field, [coord.card], target)
    assert caught.value.code == "disk_full"
    assert list(tmp_path.glob("x.spbundle*")) == []
    assert store.bundles.next_outgoing_sequence() == 1
    store.close()


@pytest.mark.slow
@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_killed_split_exports_lose_nothing_and_share_no_sequence(tmp_path, field, coord):
    """Each export is several bundles (a small limit); kills land before, between and after
    parts. Every file with its final name is recorded, within the limits and alone with its
    sequence; those files and one last export carry every response."""
    folder, out = tmp_path / "field", tmp_path / "out"
    out.mkdir()
    given = _field(folder, field, coord)
    limits = Limits(max_member_size=1_500)
    rng = random.Random(16)
    for _run in range(RUNS):
        _run_and_kill(folder, out, given, rng, str(limits.max_member_size))
    published = {}
    for path in sorted(out.glob("*.spbundle")):
        verified = container.verify(
            path, coord, kind="bundle", is_trusted=trusting(field.card), limits=limits
        )
        assert verified.sequence not in published, f"two bundles with sequence {verified.sequence}"
        assert all(member.size <= limits.max_member_size for member in verified.members)
        published[verified.sequence] = path
    assert any("-of-" in path.name for path in published.values())  # exports were split
    coord_store, _code = Store.create(
        tmp_path / "coord", PASSPHRASE, name=coord.name, role="coordinator"
    )
    install_form(coord_store, FORM)
    coord_store.contacts.trust(field.card.to_dict())
    with Store.open(folder, passphrase=PASSPHRASE) as store:
        assert store.check().ok
        for sequence, path in published.items():
            assert store.bundles.get(container.verify(
                path, coord, kind="bundle", is_trusted=trusting(field.card), limits=limits
            ).bundle_id).sequence == sequence  # fmt: skip
        finalized = {row.uuid for row in store.responses.list()}
        last = export_bundle(store, field, [coord.card], tmp_path / "last.spbundle")
    for path in published.values():
        assert import_bundle(coord_store, path, coord, limits=limits).rejected == 0
    assert import_bundle(coord_store, last.path, coord).rejected == 0
    assert {row.uuid for row in coord_store.responses.list()} == finalized
    coord_store.close()
