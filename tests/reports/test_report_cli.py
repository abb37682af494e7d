"""``sp-collect score`` and ``sp-collect report``: tables, JSON, PDFs, one-line errors."""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader
from report_study_data import FORM_A, PASSPHRASE

from sp_collect.analysis.score_table import score_rows, score_table
from sp_collect.cli.main import main


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("SP_COLLECT_PASSPHRASE", PASSPHRASE)

    def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_score_json_is_one_record_per_institution(study, cli, capsys):
    code, out, _ = cli(capsys, "score", "-w", str(study.folder), "--json")
    assert code == 0
    with study.open() as workspace:
        pairs = workspace.scoring.scores()
        submissions = workspace.scoring.submissions(FORM_A)
    expected = score_rows({c: p.self_reported for c, p in pairs.items()}, submissions)
    assert json.loads(out) == json.loads(json.dumps(expected))
    assert {(r["country"], r["institution"]) for r in expected} == {
        (k.country, k.code) for k in pairs
    }


def test_score_table_validated_shows_the_corrected_figures(study, cli, capsys):
    code, out, _ = cli(capsys, "score", "-w", str(study.folder), "--validated")
    assert code == 0
    with study.open() as workspace:
        pairs = workspace.scoring.scores()
        submissions = workspace.scoring.submissions(FORM_A)
    rows = score_table({c: p.validated for c, p in pairs.items()}, submissions)
    lines = out.splitlines()
    assert lines[0].split() == rows[0]
    corrected = next(row for row in rows if row[1] == study.corrected_institution)
    printed = next(line for line in lines if f" {study.corrected_institution} " in line)
    assert printed.split()[:8] == corrected[:8]


def test_report_writes_the_pdf_and_a_progress_line(study, cli, capsys, tmp_path):
    out_path = tmp_path / "readiness.pdf"
    code, out, err = cli(
        capsys, "report", "readiness", "-w", str(study.folder), "-o", str(out_path),
        "--institution", study.corrected_institution, "--language", "es",
    )  # fmt: skip
    assert code == 0
    assert f"Wrote {out_path}." in out
    assert "Writing the readiness report" in err
    assert len(PdfReader(str(out_path)).pages) >= 2


def test_report_errors_are_one_line(study, cli, capsys, tmp_path):
    code, _, err = cli(
        capsys, "report", "readiness", "-w", str(study.folder), "-o", str(tmp_path / "x.pdf"),
    )  # fmt: skip
    assert code == 2
    assert err.strip() == "error: the readiness report needs --institution"
    code, _, err = cli(
        capsys, "report", "response", "-w", str(study.folder), "-o", str(tmp_path / "x.pdf"),
        "--uuid", "no-such-uuid",
    )  # fmt: skip
    assert code == 1
    assert err.startswith("error: no response no-such-uuid") and err.count("\n") == 1


def test_response_printout_includes_personal_data_only_when_asked(study, cli, capsys, tmp_path):
    uuid = study.form_a_uuids[study.corrected_key]
    with study.open() as workspace:
        name = workspace.responses.get(uuid).answers["s1_04_name"]
    texts = []
    for extra in ((), ("--include-sensitive",)):
        out_path = tmp_path / f"response{len(extra)}.pdf"
        code, _out, _err = cli(
            capsys, "report", "response", "-w", str(study.folder), "-o", str(out_path),
            "--uuid", uuid, *extra,
        )  # fmt: skip
        assert code == 0
        pages = PdfReader(str(out_path)).pages
        texts.append(" ".join(" ".join((p.extract_text() or "").split()) for p in pages))
    assert name not in texts[0] and name in texts[1]
