"""Command-line behaviour the guides promise: conflicts listed by question and sender name, and
an attachment reference to a file the workspace lacks refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from guide_runner import attachments_as_files

from sp_collect.cli.main import main
from sp_collect.resources import forms_dir
from sp_collect.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "cli fixes passphrase"
SURVEY = "caricom-institutional-survey"
WORKSHOP = "caricom-workshop-summary"


def _answers(name: str) -> dict:
    return json.loads((ROOT / "tests" / "fixtures" / name).read_text(encoding="utf-8"))


def _cli(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_review_conflicts_names_the_questions_that_differ_and_the_sender(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SP_COLLECT_PASSPHRASE", PASSPHRASE)
    coord, _ = Workspace.create(tmp_path / "c", PASSPHRASE, name="Study", role="coordinator")
    field, _ = Workspace.create(tmp_path / "f", PASSPHRASE, name="Marcia Laurent", role="field")
    form = forms_dir() / f"{SURVEY}.json"
    coord.forms.add(form)
    coord.packages.build([form], tmp_path / "p.sppackage")
    field.packages.install(tmp_path / "p.sppackage")
    saved = field.responses.add(SURVEY, _answers("institutional_complete.json"), finalize=True)
    field.sync.export_bundle(tmp_path / "1.spbundle")
    coord.contacts.trust(field.card)
    coord.sync.import_bundles([tmp_path / "1.spbundle"])
    # A restored backup sends the same revision with another figure (written past the façade).
    row = field.store.responses.get(saved.uuid)
    assert row is not None
    field.store.responses.set_status(saved.uuid, "draft")
    field.store.responses.save(saved.uuid, state=row.state, answers={**row.answers, "s1_08": 9})
    field.store.responses.set_status(saved.uuid, "finalized", revision=row.revision)
    field.sync.export_bundle(tmp_path / "2.spbundle")
    coord.close()
    field.close()

    code, out, err = _cli(capsys, "bundle", "import", "-w", tmp_path / "c", tmp_path / "2.spbundle")
    assert code == 0, err
    code, out, err = _cli(capsys, "review", "conflicts", "-w", tmp_path / "c")
    assert code == 0, err
    (line,) = [text for text in out.splitlines() if saved.uuid in text]
    assert "Marcia Laurent" in line
    assert line.rstrip().endswith("s1_08 (Number of active insured persons (contributors))")
    assert "answers" not in line and "audit" not in line  # fields of the record, not questions


def test_a_made_up_attachment_is_refused_and_a_file_is_stored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SP_COLLECT_PASSPHRASE", PASSPHRASE)
    workspace, _ = Workspace.create(tmp_path / "w", PASSPHRASE, name="Study", role="coordinator")
    workspace.forms.add(forms_dir() / f"{WORKSHOP}.json")
    workspace.close()
    made_up = tmp_path / "made-up.json"
    made_up.write_text(json.dumps(_answers("workshop_complete.json")))
    code, _out, err = _cli(
        capsys, "responses", "add", "-w", tmp_path / "w", "--form", WORKSHOP,
        "--answers", made_up, "--finalize",
    )  # fmt: skip
    assert code == 1 and "is not stored in this workspace" in err

    signed = attachments_as_files(_answers("workshop_complete.json"), tmp_path)
    (tmp_path / "signature.png").write_bytes(b"\x89PNG a signature")
    draft = tmp_path / "draft.json"
    draft.write_text(json.dumps(signed))
    code, out, err = _cli(
        capsys, "responses", "add", "-w", tmp_path / "w", "--form", WORKSHOP, "--answers", draft
    )
    assert code == 0, err
    uuid = out.split()[2]
    with Workspace.open(tmp_path / "w", passphrase=PASSPHRASE) as opened:
        stored = opened.responses.get(uuid).answers["d9_signature"]
        assert stored["name"] == "signature.png" and stored["size"] == len(b"\x89PNG a signature")
        assert opened.store.attachments.has(stored["sha256"])
