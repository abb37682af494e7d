"""The issue-3 CLI journey: init, identity, forms, responses, passphrase, recovery, check."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from sp_collect.cli.main import main

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
FORM_A = "caricom-institutional-survey"
PASSPHRASE = "correct horse battery staple"  # the same as conftest.py's


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_prints_recovery_code_once_and_identity_matches(tmp_path, capsys, cli_env) -> None:
    folder = str(tmp_path / "new")
    code, out, _ = run(capsys, "init", "-w", folder, "--name", "Ana Coord", "--role", "coordinator")
    assert code == 0
    recovery = re.search(r"Recovery code: (\S+)", out)
    assert recovery and "Write this recovery code down" in out
    fingerprint = re.search(r"Fingerprint: (.+)", out).group(1)

    code, out, _ = run(capsys, "identity", "show", "-w", folder)
    assert code == 0 and "Ana Coord" in out and "coordinator" in out and fingerprint in out

    card_path = tmp_path / "card.json"
    assert run(capsys, "identity", "export", "-w", folder, "-o", str(card_path))[0] == 0
    card = json.loads(card_path.read_text())
    assert card["fingerprint"] == fingerprint
    assert card["age_recipient"].startswith("age1")
    assert "SECRET" not in card_path.read_text()


def test_wrong_passphrase_is_one_clear_line(field_folder, capsys, monkeypatch) -> None:
    monkeypatch.setenv("SP_COLLECT_PASSPHRASE", "not the passphrase")
    code, _, err = run(capsys, "forms", "list", "-w", str(field_folder))
    assert code == 1
    assert err.strip() == "error: wrong passphrase"


def test_forms_list_shows_the_installed_instruments(field_folder, capsys, cli_env) -> None:
    code, out, _ = run(capsys, "forms", "list", "-w", str(field_folder))
    assert code == 0
    for form_id in (FORM_A, "caricom-kii-institutional", "caricom-beneficiary-interview"):
        assert form_id in out


def test_responses_add_finalize_list_show(field_folder, capsys, cli_env) -> None:
    answers = str(FIXTURES / "institutional_complete.json")
    code, out, err = run(
        capsys, "responses", "add", "-w", str(field_folder), "--form", FORM_A,
        "--answers", answers, "--finalize",
    )  # fmt: skip
    assert code == 0, err
    uuid = re.search(r"Saved response (\S+) \(finalized\)", out).group(1)

    code, out, _ = run(capsys, "responses", "list", "-w", str(field_folder), "--json")
    listed = {row["uuid"]: row for row in json.loads(out)}
    assert listed[uuid]["status"] == "finalized"

    code, out, _ = run(capsys, "responses", "show", "-w", str(field_folder), uuid, "--json")
    shown = json.loads(out)
    expected = json.loads(Path(answers).read_text())
    assert shown["answers"]["s1_01"] == expected["s1_01"]


def test_invalid_answers_are_refused_with_question_and_reason(
    field_folder, tmp_path, capsys, cli_env
) -> None:
    before = run(capsys, "responses", "list", "-w", str(field_folder), "--json")[1]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"s0_02": "maybe"}))
    code, _, err = run(
        capsys, "responses", "add", "-w", str(field_folder), "--form", FORM_A, "--answers", str(bad)
    )
    assert code == 1
    assert "s0_02" in err and "not one of the choices" in err
    assert err.count("\n") == 1

    partial = tmp_path / "partial.json"
    partial.write_text(json.dumps({"s0_02": "yes"}))
    code, _, err = run(
        capsys, "responses", "add", "-w", str(field_folder), "--form", FORM_A,
        "--answers", str(partial), "--finalize",
    )  # fmt: skip
    assert code == 1 and "cannot be finalized yet" in err and "s1_01" in err
    after = run(capsys, "responses", "list", "-w", str(field_folder), "--json")[1]
    assert json.loads(after) == json.loads(before), "a refused response must leave nothing behind"


def test_answers_file_that_is_not_json(field_folder, tmp_path, capsys, cli_env) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"s0_02": ')
    code, _, err = run(
        capsys,
        "responses",
        "add",
        "-w",
        str(field_folder),
        "--form",
        FORM_A,
        "--answers",
        str(broken),
    )
    assert code == 2 and "not valid JSON" in err and "line 1" in err


def test_passwd_then_recover(tmp_path, capsys, monkeypatch) -> None:
    folder = str(tmp_path / "ws")
    monkeypatch.setenv("SP_COLLECT_PASSPHRASE", PASSPHRASE)
    out = run(capsys, "init", "-w", folder, "--name", "Kim", "--role", "field")[1]
    recovery = re.search(r"Recovery code: (\S+)", out).group(1)

    monkeypatch.setenv("SP_COLLECT_PASSPHRASE", "a brand new passphrase")
    code, _, err = run(capsys, "workspace", "recover", "-w", folder, "--recovery-code", recovery)
    assert code == 0, err
    assert run(capsys, "workspace", "check", "-w", folder)[0] == 0

    monkeypatch.setenv("SP_COLLECT_PASSPHRASE", PASSPHRASE)
    assert run(capsys, "workspace", "check", "-w", folder)[0] == 1

    monkeypatch.setenv("SP_COLLECT_PASSPHRASE", "a brand new passphrase")
    code, _, err = run(
        capsys, "workspace", "recover", "-w", folder, "--recovery-code", "AAAAA-BBBBB"
    )
    assert code == 1 and "recovery code" in err


def test_missing_folder_is_one_clear_line(tmp_path, capsys, cli_env) -> None:
    code, _, err = run(capsys, "forms", "list", "-w", str(tmp_path / "nowhere"))
    assert code == 1
    assert err.startswith("error: ") and err.count("\n") == 1
    assert "Traceback" not in err


def test_demo_fills_a_workspace_with_valid_responses(tmp_path, capsys, cli_env) -> None:
    folder = str(tmp_path / "demo")
    assert run(capsys, "init", "-w", folder, "--name", "Demo", "--role", "field")[0] == 0
    form = Path(__file__).resolve().parents[2] / "forms" / "caricom-beneficiary-interview.json"
    assert run(capsys, "forms", "add", "-w", folder, str(form))[0] == 0
    code, out, err = run(
        capsys, "demo", "-w", folder, "--responses", "12", "--finalize", "--seed", "5"
    )
    assert code == 0, err
    assert "Created 12 synthetic response(s)" in out
    listed = json.loads(run(capsys, "responses", "list", "-w", folder, "--json")[1])
    assert len(listed) == 12
    assert sum(r["status"] == "finalized" for r in listed) >= 10


def test_responses_show_lists_the_problems_review_sees(field_folder, tmp_path, capsys, cli_env):
    """A response kept with a broken constraint (a draft here; a merged copy alike) shows it."""
    answers = tmp_path / "negative.json"
    answers.write_text(json.dumps({"s0_02": "yes", "s1_08": -3}))
    code, out, err = run(
        capsys, "responses", "add", "-w", str(field_folder), "--form", FORM_A,
        "--answers", str(answers),
    )  # fmt: skip
    assert code == 0, err
    uuid = re.search(r"Saved response (\S+) \(draft\)", out).group(1)
    code, out, _ = run(capsys, "responses", "show", "-w", str(field_folder), uuid)
    assert code == 0
    assert re.search(r"problem: \S*s1_08 \(.+\): ", out)
    code, out, _ = run(capsys, "responses", "show", "-w", str(field_folder), uuid, "--json")
    problems = json.loads(out)["problems"]
    assert [p["kind"] for p in problems if p["question"].endswith("s1_08")] == ["constraint"]
    assert {p["kind"] for p in problems} == {"constraint", "required"}
