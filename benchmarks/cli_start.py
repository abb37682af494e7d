"""CLI start and unlock: ``sp-collect forms list`` on a workspace, and what it is made of.

Prints, beside the target (issue 15: < 0.6 s, the KDF as strong as today): the whole command
(best of 5, wall and CPU), the Argon2id derivation alone (the keyfile's parameters), and the
start of a command that unlocks nothing (``--version``: interpreter and imports). The command
derives the key in a thread while it imports SQLAlchemy and the store, so its wall time can be
less than the sum of its parts; its CPU time cannot.

Run: ``.venv/bin/python benchmarks/cli_start.py``.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sp_collect.storage import keys
from sp_collect.workspace import Workspace

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "benchmark passphrase"
RUNS = 5
TARGET = 0.6


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall, CPU) seconds of one run of ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, env=env, capture_output=True, check=True, cwd=ROOT)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def best(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    runs = [timed(command, env) for _ in range(RUNS)]
    return min(w for w, _ in runs), min(c for _, c in runs)


def kdf_alone() -> tuple[float, float]:
    params = keys.new_kdf_params()
    runs = []
    for _ in range(RUNS):
        wall, cpu = time.perf_counter(), time.process_time()
        keys.passphrase_key(PASSPHRASE, params)
        runs.append((time.perf_counter() - wall, time.process_time() - cpu))
    return min(w for w, _ in runs), min(c for _, c in runs)


def main() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SP_COLLECT_PASSPHRASE": PASSPHRASE}
    cli = [sys.executable, "-m", "sp_collect.cli.main"]
    with tempfile.TemporaryDirectory() as folder:
        workspace_folder = Path(folder) / "ws"
        workspace, _ = Workspace.create(
            workspace_folder, PASSPHRASE, name="Bench", role="coordinator"
        )
        with workspace:
            for path in sorted((ROOT / "forms").glob("caricom-*.json")):
                workspace.forms.add(path)
        wall, cpu = best([*cli, "forms", "list", "-w", str(workspace_folder)], env)
    verdict = "ok" if wall < TARGET else "MISSED"
    print(
        f"CLI start and unlock (forms list, best of {RUNS}): {wall:.2f} s wall, CPU {cpu:.2f} s "
        f"(target < {TARGET} s) {verdict}"
    )
    params = keys.FLOOR
    kdf_wall, kdf_cpu = kdf_alone()
    print(
        f"  Argon2id alone (t={params.iterations}, m={params.memory_kib // 1024} MiB, "
        f"p={params.lanes}): {kdf_wall:.2f} s wall, CPU {kdf_cpu:.2f} s"
    )
    wall, cpu = best([*cli, "--version"], env)
    print(f"  start without unlocking (--version): {wall:.2f} s wall, CPU {cpu:.2f} s")


if __name__ == "__main__":
    main()
