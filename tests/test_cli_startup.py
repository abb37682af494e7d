"""CLI start-up: what a command loads before it does anything, and the key derived ahead.

Not timed (the machine is shared): these check the causes of a slow start instead. Each runs a
fresh interpreter, since this test process has long loaded everything.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

from sp_collect.cli.main import main
from sp_collect.storage import keys
from sp_collect.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "start-up test passphrase"
HEAVY = ("sqlalchemy", "PySide6", "reportlab", "openpyxl", "docx", "pydantic", "lark", "pyrage")
"""Never needed to parse a command line."""
NOT_FOR_LISTING = (
    "PySide6",
    "reportlab",
    "openpyxl",
    "docx",
    "pydantic",
    "lark",
    "pyrage",
    "sp_collect.engine.session",
    "sp_collect.analysis.readiness",
    "sp_collect.reports.document",
    "sp_collect.sync.merge",
)
"""Not needed to unlock a workspace and list its forms."""


def _loaded_after(code: str, wanted: tuple[str, ...]) -> tuple[list[str], str]:
    """Run ``code`` in a fresh interpreter; the ``wanted`` modules it loaded, and its output."""
    probe = (
        f"{code}\nimport json, sys\n"
        f"print(json.dumps([m for m in {list(wanted)!r} if m in sys.modules]))"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SP_COLLECT_PASSPHRASE": PASSPHRASE}
    done = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
    )
    *output, last = done.stdout.strip().splitlines()
    return json.loads(last), "\n".join(output)


def test_parsing_a_command_line_loads_nothing_heavy() -> None:
    loaded, _ = _loaded_after("import sp_collect.cli.main", HEAVY)
    assert loaded == []


def test_listing_forms_loads_neither_the_engine_nor_reports(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    workspace, _ = Workspace.create(folder, PASSPHRASE, name="Start-up", role="coordinator")
    with workspace:
        workspace.forms.add(ROOT / "forms" / "caricom-kii-institutional.json")
    arguments = ["forms", "list", "-w", str(folder)]
    command = f"from sp_collect.cli.main import main\nmain({arguments!r})"
    loaded, output = _loaded_after(command, NOT_FOR_LISTING)
    assert "caricom-kii-institutional" in output
    assert loaded == []


def test_a_key_started_ahead_is_the_key() -> None:
    params = keys.new_kdf_params()
    expected = keys.passphrase_key(PASSPHRASE, params)
    keys.start_passphrase_key(PASSPHRASE, params)
    assert keys.passphrase_key(PASSPHRASE, params) == expected


def test_a_key_started_ahead_for_other_arguments_is_not_used() -> None:
    params = keys.new_kdf_params()
    expected = keys.passphrase_key(PASSPHRASE, params)
    keys.start_passphrase_key("some other passphrase", params)
    assert keys.passphrase_key(PASSPHRASE, params) == expected
    keys.start_passphrase_key(PASSPHRASE, keys.new_kdf_params())
    assert keys.passphrase_key(PASSPHRASE, params) == expected


def test_a_wrong_passphrase_is_still_refused(tmp_path: Path, monkeypatch, capsys) -> None:
    folder = tmp_path / "ws"
    Workspace.create(folder, PASSPHRASE, name="Start-up", role="coordinator")[0].close()
    monkeypatch.setenv("SP_COLLECT_PASSPHRASE", "not the passphrase")
    assert main(["forms", "list", "-w", str(folder)]) == 1
    assert "passphrase" in capsys.readouterr().err


def test_a_derivation_beside_one_started_ahead_finishes() -> None:
    """OpenSSL's Argon2 deadlocks when two threads derive at once: they take turns."""
    params = keys.new_kdf_params()
    keys.start_passphrase_key("some other passphrase", params)
    worker = threading.Thread(target=keys.passphrase_key, args=(PASSPHRASE, params), daemon=True)
    worker.start()
    worker.join(timeout=120)
    assert not worker.is_alive()
