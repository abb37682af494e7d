"""The whole offline loop through the CLI, as the coordinator and a field interviewer live it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from sp_collect.cli.main import main
from sp_collect.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
FORM_A = ROOT / "forms" / "caricom-institutional-survey.json"
ANSWERS = ROOT / "tests" / "fixtures" / "institutional_complete.json"
COORD_PASS = "coordinator passphrase"
FIELD_PASS = "field officer passphrase"


def run(capsys, monkeypatch, passphrase: str, *argv: str) -> tuple[int, str, str]:
    monkeypatch.setenv("SP_COLLECT_PASSPHRASE", passphrase)
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_package_bundle_review_return_resubmit(tmp_path, capsys, monkeypatch) -> None:
    coord, field = tmp_path / "coord", tmp_path / "field"

    def as_coord(*argv):
        return run(capsys, monkeypatch, COORD_PASS, *argv)

    def as_field(*argv):
        return run(capsys, monkeypatch, FIELD_PASS, *argv)

    assert as_coord("init", "-w", coord, "--name", "Study Team", "--role", "coordinator")[0] == 0
    assert as_field("init", "-w", field, "--name", "Dominica NIS", "--role", "field")[0] == 0
    assert as_coord("forms", "add", "-w", coord, FORM_A)[0] == 0

    package = tmp_path / "study.sppackage"
    code, out, err = as_coord("package", "build", "-w", coord, "--forms", FORM_A, "-o", package)
    assert code == 0, err
    coord_fingerprint = re.search(r"fingerprint to check: (.+)", out).group(1)

    code, out, err = as_field("package", "install", "-w", field, package, "--yes")
    assert code == 0, err
    assert coord_fingerprint in out and "caricom-institutional-survey" in out

    code, out, err = as_field(
        "responses", "add", "-w", field, "--form", "caricom-institutional-survey",
        "--answers", ANSWERS, "--finalize",
    )  # fmt: skip
    assert code == 0, err
    uuid = re.search(r"Saved response (\S+)", out).group(1)

    bundle = tmp_path / "out1.spbundle"
    code, out, err = as_field("bundle", "export", "-w", field, "-o", bundle)
    assert code == 0, err
    assert "1 response(s)" in out and "Study Team" in out

    # An unknown sender's bundle is held, never merged silently.
    code, out, err = as_coord("bundle", "import", "-w", coord, bundle)
    assert code == 0, err
    assert "quarantine" in out.lower()
    assert uuid not in as_coord("responses", "list", "-w", coord)[1]

    card = tmp_path / "field-card.json"
    assert as_field("identity", "export", "-w", field, "-o", card)[0] == 0
    code, out, err = as_coord("contacts", "trust", "-w", coord, card, "--yes")
    assert code == 0, err
    assert "1 held bundle(s) imported" in out
    assert "Trusted Dominica NIS" in out, "names keep their capitals"
    listed = json.loads(as_coord("responses", "list", "-w", coord, "--json")[1])
    assert [(r["uuid"], r["status"], r["revision"]) for r in listed] == [(uuid, "received", 1)]

    # A received response (only its answers travel) opens like any other.
    with Workspace.open(coord, passphrase=COORD_PASS) as workspace:
        received = workspace.responses.open(uuid)
        assert received.read_only and received.session.errors() == []
        assert received.session.value("s1_08") == json.loads(ANSWERS.read_text())["s1_08"]

    # Importing the same bundle again changes nothing.
    code, out, _ = as_coord("bundle", "import", "-w", coord, bundle)
    assert code == 0 and "already imported" in out

    code, out, err = as_coord(
        "review", "return", "-w", coord, uuid, "--comment", "s1_08=Please give the 2025 figure"
    )
    assert code == 0, err
    ret = tmp_path / "back.spreturn"
    code, out, err = as_coord("return", "export", "-w", coord, "--to", "Dominica NIS", "-o", ret)
    assert code == 0, err

    code, out, err = as_field("return", "import", "-w", field, ret)
    assert code == 0, err
    assert "1 returned for correction with 1 comment(s)" in out
    shown = json.loads(as_field("responses", "show", "-w", field, uuid, "--json")[1])
    assert shown["status"] == "draft" and shown["revision"] == 2
    assert [(c["question"], c["text"]) for c in shown["comments"]] == [
        ("s1_08", "Please give the 2025 figure")
    ]

    fix = tmp_path / "fix.json"
    fix.write_text(json.dumps({"s1_08": 41234}))
    code, _, err = as_field("responses", "edit", "-w", field, uuid, "--answers", fix)
    assert code == 1 and "was finalized before: give a reason" in err
    code, out, err = as_field(
        "responses", "edit", "-w", field, uuid, "--answers", fix,
        "--reason", "coordinator asked for the 2025 figure", "--finalize",
    )  # fmt: skip
    assert code == 0, err
    bundle2 = tmp_path / "out2.spbundle"
    assert as_field("bundle", "export", "-w", field, "-o", bundle2)[0] == 0
    code, out, err = as_coord("bundle", "import", "-w", coord, bundle2)
    assert code == 0, err
    shown = json.loads(as_coord("responses", "show", "-w", coord, uuid, "--json")[1])
    assert shown["revision"] == 2 and shown["answers"]["s1_08"] == 41234

    # The coordinator approves; the receipt lets the device purge what arrived.
    assert as_coord("review", "approve", "-w", coord, uuid)[0] == 0
    ret2 = tmp_path / "back2.spreturn"
    assert as_coord("return", "export", "-w", coord, "--to", "Dominica NIS", "-o", ret2)[0] == 0
    code, out, err = as_field("return", "import", "-w", field, ret2)
    assert code == 0, err
    code, out, err = as_field("responses", "purge", "-w", field, "--received")
    assert code == 0, err
    assert "Removed 1 response(s)" in out
    assert json.loads(as_field("responses", "list", "-w", field, "--json")[1]) == []


def test_tampered_package_is_refused_and_nothing_installed(tmp_path, capsys, monkeypatch) -> None:
    coord, field = tmp_path / "coord", tmp_path / "field"
    run(
        capsys, monkeypatch, COORD_PASS, "init", "-w", coord, "--name", "T", "--role", "coordinator"
    )
    run(capsys, monkeypatch, FIELD_PASS, "init", "-w", field, "--name", "F", "--role", "field")
    package = tmp_path / "p.sppackage"
    run(capsys, monkeypatch, COORD_PASS, "package", "build", "-w", coord, "--forms", FORM_A,
        "-o", package)  # fmt: skip
    data = bytearray(package.read_bytes())
    index = data.find(b'"caricom-institutional-survey"', 4096)
    data[index + 2] ^= 0x01
    package.write_bytes(bytes(data))
    code, _, err = run(capsys, monkeypatch, FIELD_PASS, "package", "install", "-w", field,
                       package, "--yes")  # fmt: skip
    assert code == 1 and err.startswith("error: ") and err.count("\n") == 1
    out = run(capsys, monkeypatch, FIELD_PASS, "forms", "list", "-w", field)[1]
    assert "caricom-institutional-survey" not in out


def new_coordinator(tmp_path: Path, capsys, monkeypatch) -> Path:
    folder = tmp_path / "ws"
    argv = ("init", "-w", folder, "--name", "T", "--role", "coordinator")
    assert run(capsys, monkeypatch, COORD_PASS, *argv)[0] == 0
    return folder


@pytest.mark.parametrize(
    ("what", "reason"),
    [("bundle", "install the coordinator's form package first"), ("return", "no contact named")],
)
def test_export_with_nothing_to_send_says_so(tmp_path, capsys, monkeypatch, what, reason) -> None:
    folder = new_coordinator(tmp_path, capsys, monkeypatch)
    if what == "bundle":
        argv = ("bundle", "export", "-w", folder, "-o", tmp_path / "x.spbundle")
    else:
        argv = ("return", "export", "-w", folder, "--to", "nobody", "-o", tmp_path / "x.spreturn")
    code, _, err = run(capsys, monkeypatch, COORD_PASS, *argv)
    assert code == 1 and err.startswith("error: ") and reason in err


def test_a_missing_bundle_or_return_file_is_one_clear_line(tmp_path, capsys, monkeypatch) -> None:
    folder = new_coordinator(tmp_path, capsys, monkeypatch)
    code, out, err = run(
        capsys,
        monkeypatch,
        COORD_PASS,
        "bundle",
        "import",
        "-w",
        folder,
        tmp_path / "gone.spbundle",
    )
    assert code == 1 and "gone.spbundle: there is no such file" in out
    code, _, err = run(
        capsys, monkeypatch, COORD_PASS, "return", "import", "-w", folder, tmp_path / "x.spreturn"
    )
    assert code == 1 and err.startswith("error: there is no file")
