"""The command lines of the install guide and the form references (xlsform.md, form-format.md),
run as written: help and version, a package installed into the app's workspace folder, and an
XLSForm converted (with its CSV choice file passed by ``--media``) and validated."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from guide_runner import ROOT, GuideRunner
from openpyxl import Workbook

from sp_collect.resources import forms_dir
from sp_collect.workspace import Workspace

DOCS = ROOT / "docs"
PASSPHRASE = "reference commands passphrase"

NOT_RUN = {
    "install.md": {
        "sp-collect",  # opens the app: tests/ui
        "sp-collect gui --workspace DIR",  # the app: tests/ui
        "sp-collect gui --demo --smoke-test",  # the app: tests/ui and the frozen-app check
        "sp-collect …",  # the notation, not a command
    },
    "xlsform.md": set(),
    "form-format.md": set(),
}


def _household(folder: Path) -> None:
    """An XLSForm whose region list is a CSV file kept in ``lists/``, not beside it."""
    book = Workbook()
    survey = book.active
    survey.title = "survey"
    for row in (
        ["type", "name", "label"],
        ["text", "village", "Village"],
        ["select_one_from_file regions.csv", "region", "Region"],
        ["integer", "size", "People in the household"],
    ):
        survey.append(row)
    settings = book.create_sheet("settings")
    settings.append(["form_id", "version"])
    settings.append(["household", "2026-11"])
    book.save(folder / "household.xlsx")
    (folder / "lists").mkdir()
    (folder / "lists" / "regions.csv").write_text("name,label\nnorth,North\nsouth,South\n")


def test_the_install_and_reference_commands_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    install = GuideRunner(DOCS / "install.md", capsys, monkeypatch, tmp_path)
    xlsform = GuideRunner(DOCS / "xlsform.md", capsys, monkeypatch, tmp_path)
    reference = GuideRunner(DOCS / "form-format.md", capsys, monkeypatch, tmp_path)

    for documented in ("sp-collect --version", "sp-collect --help", "sp-collect COMMAND --help"):
        with pytest.raises(SystemExit) as leaving:
            install.run(documented, passphrase=PASSPHRASE, values={"COMMAND": "score"})
        assert leaving.value.code == 0
        printed = capsys.readouterr().out
        assert printed.strip(), documented
    assert "--validated" in printed  # score's own options

    coord, _ = Workspace.create(tmp_path / "c", PASSPHRASE, name="Study Team", role="coordinator")
    form = forms_dir() / "caricom-kii-institutional.json"
    coord.forms.add(form)
    coord.packages.build([form], tmp_path / "study.sppackage")
    coord.close()
    app_workspace, _ = Workspace.create(
        tmp_path / "appdata" / "workspace", PASSPHRASE, name="Anne", role="field"
    )
    app_workspace.close()
    out, _ = install.run(
        'sp-collect package install --workspace "%LOCALAPPDATA%\\sp_collect\\workspace" '
        "study.sppackage",
        passphrase=PASSPHRASE,
        typed="y\n",
        values={'"%LOCALAPPDATA%\\sp_collect\\workspace"': str(tmp_path / "appdata/workspace")},
    )
    assert "Study Team" in out and "caricom-kii-institutional" in out

    _household(tmp_path)
    out, _ = xlsform.run(
        "sp-collect forms import-xlsform household.xlsx -o household.json", passphrase=PASSPHRASE
    )
    assert "form household version 2026-11" in out and "see --report" in out
    out, _ = xlsform.run(
        "sp-collect forms import-xlsform household.xlsx -o household.json --report",
        passphrase=PASSPHRASE,
    )
    assert "survey row 3 column type" in out and "until then its questions say it is missing" in out
    out, _ = xlsform.run(
        "sp-collect forms import-xlsform household.xlsx -o household.json --media lists/",
        passphrase=PASSPHRASE,
    )
    converted = json.loads((tmp_path / "household.json").read_text(encoding="utf-8"))
    assert [c["value"] for c in converted["choice_lists"]["regions"]] == ["north", "south"]
    out, _ = xlsform.run("sp-collect forms validate household.json", passphrase=PASSPHRASE)
    assert "1 of 1 form valid" in out
    reference.run(
        "sp-collect forms import-xlsform household.xlsx -o household.json", passphrase=PASSPHRASE
    )
    out, _ = reference.run(
        "sp-collect forms validate FORM.json",
        passphrase=PASSPHRASE,
        values={"FORM.json": "household.json"},
    )
    assert "0 errors" in out

    for runner in (install, xlsform, reference):
        assert runner.commands - runner.ran == NOT_RUN[runner.guide.name], runner.guide.name
