"""``forms import-xlsform``: writes a form that ``forms validate`` accepts, and reports."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from sp_collect.cli.commands.xlsform_cmd import add_import_xlsform, run_import_xlsform
from sp_collect.cli.main import build_parser, main
from sp_collect.errors import FormDefinitionError

CORPUS = Path(__file__).parent / "corpus"


def _run(argv: list[str]) -> int:
    """Through ``sp-collect`` once ``forms_cmd`` offers the subcommand, else on its own parser."""
    if _forms_has_it():
        return main(["forms", *argv])
    parser = argparse.ArgumentParser(prog="sp-collect forms")
    add_import_xlsform(parser.add_subparsers(dest="forms_command", required=True))
    args = parser.parse_args(argv)
    return int(args.func(args))


def _forms_has_it() -> bool:
    try:
        build_parser().parse_args(["forms", "import-xlsform", "x.xlsx", "-o", "x.json"])
    except SystemExit:
        return False
    return True


def test_import_writes_a_form_that_validates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "roster.json"
    assert _run(["import-xlsform", str(CORPUS / "household_roster.xlsx"), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "form household_roster version 2026.1" in printed
    assert "every XLSForm feature was imported" in printed
    assert json.loads(out.read_text(encoding="utf-8"))["id"] == "household_roster"
    assert main(["forms", "validate", str(out)]) == 0
    assert not list(tmp_path.glob("*.partial"))


def test_without_report_one_line_counts_what_is_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "u.json"
    assert _run(["import-xlsform", str(CORPUS / "unsupported.xlsx"), "-o", str(out)]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert len(printed) == 2
    assert printed[1].endswith("without an exact equivalent (see --report)")


def test_report_lists_findings_by_sheet_row_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "u.json"
    argv = ["import-xlsform", str(CORPUS / "unsupported.xlsx"), "-o", str(out), "--report"]
    assert _run(argv) == 0
    printed = capsys.readouterr().out
    assert "settings row 2 column public_key: public_key: ignored" in printed
    lines = printed.splitlines()
    assert not any("WARNING" in line for line in lines)  # choice files are form media
    assert "survey row 2 column type: towns.csv: converted: towns.csv became" in printed
    assert "survey row 12 column type: background-audio: converted" in printed
    assert lines.index(next(x for x in lines if x.startswith("settings row 2"))) == 1
    assert main(["forms", "validate", str(out)]) == 0


def test_a_broken_workbook_raises_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "b.json"
    args = argparse.Namespace(file=CORPUS / "broken_unclosed_group.xlsx", output=out, report=False)
    with pytest.raises(FormDefinitionError) as caught:
        run_import_xlsform(args)
    assert caught.value.code == "xlsform_invalid"
    assert not out.exists()


def test_media_passed_alongside_give_the_choices_of_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "media").mkdir()
    (tmp_path / "media" / "towns.csv").write_text("name,label\nkgn,Kingston\n", encoding="utf-8")
    out = tmp_path / "u.json"
    argv = ["import-xlsform", str(CORPUS / "unsupported.xlsx"), "-o", str(out)]
    assert _run([*argv, "--media", str(tmp_path / "media")]) == 0
    form = json.loads(out.read_text(encoding="utf-8"))
    assert form["choice_lists"]["towns"] == [{"value": "kgn", "label": "Kingston"}]
    assert form["choice_files"]["towns"] == {"file": "towns.csv"}
    printed = capsys.readouterr().out
    assert "WARNING" not in printed
    # The file goes beside the JSON form, where 'forms add' and packages find it.
    assert (tmp_path / "towns.csv").read_bytes() == b"name,label\nkgn,Kingston\n"
    assert f"wrote {tmp_path / 'towns.csv'}: a choice file of the form" in printed
