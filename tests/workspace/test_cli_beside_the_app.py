"""The command line beside the app: reading commands work while another process holds the
workspace for writing (as the app does); writing commands are refused with one clear line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import sp_collect
from sp_collect.cli.main import main
from sp_collect.errors import WorkspaceLocked
from sp_collect.resources import shipped_forms
from sp_collect.workspace import Workspace

PASSPHRASE = "a passphrase for two processes"
FORM_A = "caricom-institutional-survey"
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
HOLDER = Path(__file__).with_name("app_holder.py")
LOCKED = "error: the workspace is open in another window or program; close it there first"


def _env() -> dict[str, str]:
    root = str(Path(sp_collect.__file__).resolve().parents[1])
    return {**os.environ, "SP_COLLECT_PASSPHRASE": PASSPHRASE, "PYTHONPATH": root}


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("beside") / "coordinator"
    workspace, _ = Workspace.create(folder, PASSPHRASE, name="Study Team", role="coordinator")
    with workspace:
        for path in shipped_forms():
            workspace.forms.add(path)
        answers = json.loads((FIXTURES / "institutional_complete.json").read_text("utf-8"))
        workspace.responses.add(FORM_A, answers, finalize=True)
    return folder


class Holder:
    """Another process holding the workspace open for writing, as the app does."""

    def __init__(self, folder: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(HOLDER), str(folder)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=_env(),
        )
        assert self.line() == "ready"

    def line(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def send(self, command: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()

    def close(self) -> None:
        self.send("quit")
        assert self.process.wait(timeout=60) == 0


@pytest.fixture
def holder(folder: Path) -> Iterator[Holder]:
    held = Holder(folder)
    yield held
    held.close()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SP_COLLECT_PASSPHRASE", PASSPHRASE)


def test_reading_commands_work_while_the_app_holds_the_workspace(
    folder: Path, holder: Holder, tmp_path: Path, capsys, passphrase
) -> None:
    ws = str(folder)
    code, out, err = run(capsys, "responses", "list", "-w", ws, "--json")
    assert code == 0, err
    [row] = json.loads(out)
    assert run(capsys, "responses", "show", "-w", ws, row["uuid"])[0] == 0

    code, out, err = run(capsys, "score", "-w", ws, "--json")
    assert code == 0, err
    assert [record["institution"] for record in json.loads(out)] == ["DMA_DSS"]

    pdf = tmp_path / "dss.pdf"
    code, _, err = run(capsys, "report", "readiness", "-w", ws, "--institution", "DMA_DSS",
                       "-o", str(pdf))  # fmt: skip
    assert code == 0, err
    assert pdf.read_bytes().startswith(b"%PDF")

    code, _, err = run(capsys, "data", "export", "-w", ws, "--format", "csv",
                       "-o", str(tmp_path / "csv"))  # fmt: skip
    assert code == 0, err
    assert (tmp_path / "csv" / "score_items.csv").is_file()

    code, out, err = run(capsys, "workspace", "check", "-w", ws)
    assert code == 0, err
    assert "intact" in out
    assert run(capsys, "review", "conflicts", "-w", ws)[0] == 0


def test_writing_commands_are_still_refused(
    folder: Path, holder: Holder, capsys, passphrase
) -> None:
    answers = str(FIXTURES / "institutional_complete.json")
    code, _, err = run(capsys, "responses", "add", "-w", str(folder), "--form", FORM_A,
                       "--answers", answers)  # fmt: skip
    assert (code, err.strip()) == (1, LOCKED)


def test_a_reader_sees_what_the_app_writes_and_never_writes_itself(
    folder: Path, holder: Holder
) -> None:
    with Workspace.open(folder, passphrase=PASSPHRASE, read_only=True) as reader:
        before = len(reader.responses.list())
        holder.send(f"add {FIXTURES / 'institutional_complete.json'}")
        added = holder.line()
        assert len(reader.responses.list()) == before + 1
        assert reader.responses.get(added).status == "finalized"
        with pytest.raises(WorkspaceLocked) as caught:
            reader.responses.add(FORM_A, {}, finalize=False)
        assert caught.value.code == "workspace_read_only"


def test_the_app_opens_while_a_reading_command_runs(folder: Path) -> None:
    with Workspace.open(folder, passphrase=PASSPHRASE, read_only=True) as reader:
        held = Holder(folder)  # would fail with "open in another window" if the reader locked
        held.close()
        assert reader.responses.list()


def test_a_real_cli_process_reads_beside_the_app(folder: Path, holder: Holder) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "sp_collect.cli.main", "responses", "list", "-w", str(folder)],
        capture_output=True, text=True, env=_env(), timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert FORM_A in done.stdout
