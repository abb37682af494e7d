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

CHILD = Path(__file__).with_name("export_child.py")
PASSPHRASE = "correct horse battery staple"
RUNS = 12


def _run_and_kill(folder: Path, out: Path, given: str, rng: random.Random) -> None:
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(folder), str(out)],
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


@pytest.mark.slow
@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_killed_exports_never_give_two_bundles_one_sequence(tmp_path, field, coord):
    folder, out = tmp_path / "field", tmp_path / "out"
    out.mkdir()
    store, _code = Store.create(folder, PASSPHRASE, name=field.name, role="field")
    install_form(store, FORM)
    store.close()
    given = json.dumps(
        {
            "name": field.name,
            "secrets": {k: v.hex() for k, v in field.secrets().items()},
            "coordinator": coord.card.to_dict(),
        }
    )
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
