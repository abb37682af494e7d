"""Issue 13's command-line items: quiet progress off a terminal, a draft's problems said, and
``package build`` installing its forms in the coordinator's workspace."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from sp_collect.cli.main import main
from sp_collect.cli.progress_bar import ProgressBar
from sp_collect.resources import forms_dir
from sp_collect.workspace import Workspace

PASSPHRASE = "field output passphrase"
FORM_A = "caricom-institutional-survey"


@pytest.fixture(autouse=True)
def passphrase(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("SP_COLLECT_PASSPHRASE", PASSPHRASE)
    yield
    ProgressBar.quiet = False


def test_off_a_terminal_progress_is_at_most_a_line_per_tenth() -> None:
    stream = io.StringIO()
    bar = ProgressBar("Writing", stream)
    for _stage in range(3):  # a report's stages each count to their own total
        for done in range(1, 99):
            bar(done, 98, "pages")
    lines = stream.getvalue().splitlines()
    assert 1 <= len(lines) <= 11
    assert len(set(lines)) == len(lines), "never the same line twice"
    assert lines[-1].startswith("Writing [##############################] 98/98")


def test_quiet_prints_no_progress(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "ws"
    workspace, _ = Workspace.create(folder, PASSPHRASE, name="F", role="field")
    with workspace:
        workspace.forms.add(forms_dir() / f"{FORM_A}.json")
    code = main(["demo", "-w", str(folder), "--responses", "3", "--quiet"])
    _out, err = capsys.readouterr()
    assert code == 0
    assert "Generating" not in err
    ProgressBar.quiet = False
    assert main(["demo", "-w", str(folder), "--responses", "3"]) == 0
    assert "Generating" in capsys.readouterr().err


def test_responses_add_of_a_draft_names_its_problems(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "ws"
    workspace, _ = Workspace.create(folder, PASSPHRASE, name="F", role="field")
    with workspace:
        workspace.forms.add(forms_dir() / f"{FORM_A}.json")
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"s0_02": "yes", "s1_04_email": "maria.best@"}))
    code = main(
        ["responses", "add", "-w", str(folder), "--form", FORM_A, "--answers", str(answers)]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "(draft)" in out
    assert "problem: s1_04_email" in out
    assert "required question(s) not answered yet" in out


def test_package_build_installs_its_forms_in_the_coordinator_workspace(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "coord"
    workspace, _ = Workspace.create(folder, PASSPHRASE, name="C", role="coordinator")
    workspace.close()
    form = forms_dir() / "caricom-workshop-summary.json"
    out_path = tmp_path / "p.sppackage"
    code = main(["package", "build", "-w", str(folder), "--forms", str(form), "-o", str(out_path)])
    out = capsys.readouterr().out
    assert code == 0
    assert "Installed in this workspace: caricom-workshop-summary" in out
    with Workspace.open(folder, passphrase=PASSPHRASE) as reopened:
        assert [f.form_id for f in reopened.forms.summaries()] == ["caricom-workshop-summary"]
