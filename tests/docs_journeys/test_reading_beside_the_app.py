"""The coordinator guide's list of "commands that only read", each run while another process
holds the workspace as the app does; ``score --choose``, which the list leaves out, is refused.

The list is read from the guide, so a command added to it (or left out of it) must be run here.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from guide_runner import ROOT

sys.path.insert(0, str(ROOT / "tests" / "workspace"))
from test_cli_beside_the_app import (  # the two-process kit of the workspace tests
    LOCKED,
    PASSPHRASE,
    Holder,
    run,
)

from sp_collect.resources import shipped_forms
from sp_collect.workspace import Workspace

GUIDE = ROOT / "docs" / "guide-coordinator.md"
FIXTURES = ROOT / "tests" / "fixtures"


def _documented() -> list[str]:
    text = " ".join(GUIDE.read_text(encoding="utf-8").split())
    found = re.search(r"Commands that only read \((.*?)\) work while the app is open", text)
    assert found is not None
    names = re.findall(r"`([a-z ]+)`(?! without)|`([a-z]+)` without", found.group(1))
    listed = [a or b for a, b in names]
    # "responses list and show", "identity show and export": the second word shares the first's
    groups = {"show": "responses show", "export": "identity export"}
    return [groups.get(name, name) if " " not in name else name for name in listed]


def test_the_reading_commands_of_the_guide_run_beside_the_app(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "coordinator"
    workspace, _ = Workspace.create(folder, PASSPHRASE, name="Study Team", role="coordinator")
    with workspace:
        for path in shipped_forms():
            workspace.forms.add(path)
        answers = json.loads((FIXTURES / "institutional_complete.json").read_text("utf-8"))
        uuid = workspace.responses.add("caricom-institutional-survey", answers, finalize=True).uuid
    monkeypatch.setenv("SP_COLLECT_PASSPHRASE", PASSPHRASE)
    ws = str(folder)
    argv = {
        "score": ["score", "-w", ws],
        "report": ["report", "readiness", "-w", ws, "--institution", "DMA_DSS",
                   "-o", str(tmp_path / "r.pdf")],
        "data export": ["data", "export", "-w", ws, "--format", "csv", "-o", str(tmp_path / "x")],
        "responses list": ["responses", "list", "-w", ws],
        "responses show": ["responses", "show", "-w", ws, uuid],
        "review conflicts": ["review", "conflicts", "-w", ws],
        "forms list": ["forms", "list", "-w", ws],
        "contacts list": ["contacts", "list", "-w", ws],
        "identity show": ["identity", "show", "-w", ws],
        "identity export": ["identity", "export", "-w", ws, "-o", str(tmp_path / "card.json")],
        "workspace check": ["workspace", "check", "-w", ws],
    }  # fmt: skip
    assert sorted(_documented()) == sorted(argv)
    holder = Holder(folder)
    try:
        for name, words in argv.items():
            code, _out, err = run(capsys, *words)
            assert code == 0, (name, err)
        code, _out, err = run(capsys, "score", "-w", ws, "--choose", uuid)
        assert (code, err.strip()) == (1, LOCKED)
    finally:
        holder.close()
