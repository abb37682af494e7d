"""``sp-collect data export``: formats, progress on stderr, sensitive warning, usage errors."""

from __future__ import annotations

import sqlite3

import pytest
from export_kit import PASSPHRASE

import sp_collect.cli.main as cli_main


@pytest.fixture
def cli(monkeypatch, coordinator_folder):
    """The coordinator workspace's folder, with its passphrase in the environment."""
    monkeypatch.setenv("SP_COLLECT_PASSPHRASE", PASSPHRASE)
    return coordinator_folder


def test_sqlite_export_prints_tables_and_leaves_out_sensitive_fields(cli, tmp_path, capsys):
    target = tmp_path / "study.db"
    code = cli_main.main(
        ["data", "export", "-w", str(cli), "--format", "sqlite", "-o", str(target)]
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Exported 3 response(s)" in out and "c2_work: 2 row(s)" in out
    assert "Sensitive fields left out" in out and "c7_02_name" in out
    assert "Exporting" in err  # the progress line
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT count(*) FROM c2_work").fetchone() == (2,)


def test_include_sensitive_warns_on_stderr(cli, tmp_path, capsys) -> None:
    argv = ["data", "export", "-w", str(cli), "--format", "csv", "-o", str(tmp_path / "csv")]
    argv += ["--form", "caricom-beneficiary-interview", "--labels", "--language", "fr"]
    code = cli_main.main([*argv, "--include-sensitive"])
    _out, err = capsys.readouterr()
    assert code == 0
    assert "warning: this export includes personal data" in err
    text = (tmp_path / "csv" / "caricom_beneficiary_interview.csv").read_text(encoding="utf-8")
    assert "Winston Charles" in text and "Homme" in text


def test_bad_format_is_a_usage_error(cli, tmp_path, capsys) -> None:
    with pytest.raises(SystemExit) as caught:
        cli_main.main(["data", "export", "-w", str(cli), "--format", "json", "-o", "x"])
    assert caught.value.code == 2
