"""The guides' command lines, run end to end as a coordinator and an interviewer would type them.

Each step is the command exactly as a guide shows it (the runner refuses any other), with its
placeholders filled in: the study is set up, forms go out in a package, responses come back in a
bundle, are reviewed and returned, scored, reported and exported, and the passphrase changes.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from guide_runner import ROOT, GuideRunner, attachments_as_files

from sp_collect.workspace import Workspace

DOCS = ROOT / "docs"
FIXTURES = ROOT / "tests" / "fixtures"
COORD = "coordinator passphrase"
ANNE = "interviewer anne passphrase"
NEW = "a new coordinator passphrase"


def _uuid(out: str) -> str:
    found = re.search(r"Saved response (\S+) ", out)
    assert found, out
    return found.group(1)


def test_the_guides_commands_run_end_to_end(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    work, usb = tmp_path / "work", tmp_path / "usb"
    work.mkdir()
    usb.mkdir()
    coord_dir, anne_dir = str(tmp_path / "coordinator"), str(tmp_path / "anne")
    coordinator = GuideRunner(DOCS / "guide-coordinator.md", capsys, monkeypatch, work)
    interviewer = GuideRunner(DOCS / "guide-interviewer.md", capsys, monkeypatch, work)
    recovery = GuideRunner(DOCS / "recovery-and-lost-laptop.md", capsys, monkeypatch, work)
    coordinator.values = recovery.values = {"DIR": coord_dir, "E:/": str(usb)}
    interviewer.values = {"DIR": anne_dir, "E:/": str(usb)}

    # 1–3: the coordinator's workspace, the forms, the package.
    coordinator.run(
        'sp-collect init --workspace DIR --name "Study Team" --role coordinator', passphrase=COORD
    )
    out, _ = coordinator.run(
        "sp-collect forms add --workspace DIR forms/caricom-institutional-survey.json "
        "forms/caricom-kii-institutional.json forms/caricom-beneficiary-interview.json "
        "forms/caricom-workshop-summary.json",
        passphrase=COORD,
    )
    assert out.count("installed") == 4
    out, _ = coordinator.run("sp-collect forms list --workspace DIR", passphrase=COORD)
    assert "caricom-workshop-summary" in out
    out, _ = coordinator.run(
        "sp-collect forms validate --strict forms/*.json forms/scoring/caricom-readiness.json",
        passphrase=COORD,
    )
    assert "0 errors" in out
    out, _ = coordinator.run(
        "sp-collect package build --workspace DIR --forms forms/*.json --scoring "
        "forms/scoring/caricom-readiness.json -o study.sppackage",
        passphrase=COORD,
    )
    assert "Wrote package version 1 to study.sppackage" in out

    # The interviewer: workspace, package, card, two responses (one finished later), bundle.
    interviewer.run(
        'sp-collect init --workspace DIR --name "Interviewer Anne" --role field', passphrase=ANNE
    )
    interviewer.run(
        "sp-collect package install --workspace DIR study.sppackage --yes", passphrase=ANNE
    )
    interviewer.run("sp-collect identity export --workspace DIR -o anne-card.json", passphrase=ANNE)
    shutil.copy(FIXTURES / "kii_complete.json", work / "kii.json")
    shutil.copy(FIXTURES / "beneficiary_complete.json", work / "answers.json")
    interviewer.run(
        "sp-collect responses add --workspace DIR --form caricom-kii-institutional --answers "
        "kii.json --finalize",
        passphrase=ANNE,
    )
    out, _ = interviewer.run(
        "sp-collect responses add --workspace DIR --form caricom-beneficiary-interview --answers "
        "answers.json",
        passphrase=ANNE,
    )
    draft = _uuid(out)
    out, _ = interviewer.run(
        "sp-collect responses edit --workspace DIR UUID --finalize",
        passphrase=ANNE,
        values={"UUID": draft},
    )
    assert "finalized" in out
    interviewer.run(
        "sp-collect bundle export --workspace DIR -o E:/interviewer-anne-2026-11-23.spbundle",
        passphrase=ANNE,
    )

    # 4–7: trust, import, review, return.
    shutil.copy(work / "anne-card.json", work / "dominica-card.json")
    coordinator.run(
        "sp-collect contacts trust --workspace DIR dominica-card.json",
        passphrase=COORD,
        typed="y\n",
    )
    out, _ = coordinator.run("sp-collect contacts list --workspace DIR", passphrase=COORD)
    assert "Interviewer Anne" in out
    coordinator.run("sp-collect bundle import --workspace DIR E:/*.spbundle", passphrase=COORD)
    out, _ = coordinator.run(
        "sp-collect responses list --workspace DIR --status received", passphrase=COORD
    )
    received = re.findall(r"^([0-9a-f]{8}-[0-9a-f-]{27})\s", out, flags=re.M)
    assert len(received) == 2 and draft in received
    coordinator.run(
        "sp-collect responses show --workspace DIR UUID", passphrase=COORD, values={"UUID": draft}
    )
    coordinator.run(
        "sp-collect review approve --workspace DIR UUID", passphrase=COORD, values={"UUID": draft}
    )
    coordinator.run(
        'sp-collect return export --workspace DIR --to "Dominica NIS" -o '
        "dominica-nis-2026-11-23.spreturn",
        passphrase=COORD,
        values={'"Dominica NIS"': '"Interviewer Anne"'},
    )
    shutil.copy(
        work / "dominica-nis-2026-11-23.spreturn", work / "interviewer-anne-2026-11-23.spreturn"
    )
    interviewer.run(
        "sp-collect return import --workspace DIR interviewer-anne-2026-11-23.spreturn",
        passphrase=ANNE,
    )
    out, _ = interviewer.run(
        "sp-collect responses purge --workspace DIR --received", passphrase=ANNE
    )
    assert "Removed 2 response(s) the coordinator confirmed." in out  # approved and received

    # A survey carried over with the recovery guide's commands; Form D with its files.
    with Workspace.open(coord_dir, passphrase=COORD) as workspace:
        survey = workspace.responses.add(
            "caricom-institutional-survey",
            json.loads((FIXTURES / "institutional_complete.json").read_text(encoding="utf-8")),
        )
    out, _ = recovery.run(
        "sp-collect responses show --workspace BACKUP UUID --json",
        passphrase=COORD,
        values={"BACKUP": coord_dir, "UUID": survey.uuid},
    )
    (work / "response.json").write_text(out, encoding="utf-8")
    out, _ = recovery.run(
        "sp-collect responses add --workspace DIR --answers response.json", passphrase=COORD
    )
    (work / "changes.json").write_text(json.dumps({"s1_08": 41234}))
    coordinator.run(
        "sp-collect responses edit --workspace DIR UUID --answers changes.json --reason "
        '"item id typo" --finalize',
        passphrase=COORD,
        values={"UUID": _uuid(out)},
    )
    workshop = json.loads((FIXTURES / "workshop_complete.json").read_text(encoding="utf-8"))
    (work / "workshop.json").write_text(json.dumps(attachments_as_files(workshop, work)))
    coordinator.run(
        "sp-collect responses add --workspace DIR --form caricom-workshop-summary --answers "
        "workshop.json --finalize",
        passphrase=COORD,
    )

    # 9: scores, the four reports, the three exports.
    out, _ = coordinator.run("sp-collect score --workspace DIR", passphrase=COORD)
    assert "DMA_DSS" in out
    coordinator.run("sp-collect score --workspace DIR --validated", passphrase=COORD)
    out, _ = coordinator.run("sp-collect score --workspace DIR --json", passphrase=COORD)
    assert [row["institution"] for row in json.loads(out)] == ["DMA_DSS"]
    for documented, values in (
        (
            "sp-collect report readiness --workspace DIR --institution DMA_DSS -o "
            "dominica-readiness.pdf",
            {},
        ),
        ("sp-collect report regional --workspace DIR -o regional.pdf", {}),
        (
            "sp-collect report regional --workspace DIR --country DMA --anonymous -o "
            "regional-dominica.pdf",
            {},
        ),
        (
            "sp-collect report response --workspace DIR --uuid UUID --language fr -o response.pdf",
            {"UUID": draft},
        ),
        ("sp-collect report workshop --workspace DIR -o workshop.pdf", {}),
    ):
        out, _ = coordinator.run(documented, passphrase=COORD, values=values)
        written = work / documented.rsplit(" ", 1)[1]
        assert written.read_bytes()[:5] == b"%PDF-" and f"Wrote {written.name}." in out
    for documented in (
        "sp-collect data export --workspace DIR --format csv -o export/",
        "sp-collect data export --workspace DIR --format xlsx -o study.xlsx",
        "sp-collect data export --workspace DIR --format sqlite -o study.sqlite",
    ):
        out, _ = coordinator.run(documented, passphrase=COORD)
        assert "Exported 5 response(s)" in out  # the carried-over survey's draft too
    assert (work / "export").is_dir() and (work / "study.xlsx").is_file()

    # The passphrase, in a script: the old one stops working.
    monkeypatch.setenv("SP_COLLECT_NEW_PASSPHRASE", NEW)
    out, _ = recovery.run("sp-collect workspace passwd --workspace DIR", passphrase=COORD)
    recovery.says("The passphrase was changed.", out)
    recovery.run("sp-collect workspace check --workspace DIR", passphrase=COORD, expect=1)
    out, _ = recovery.run("sp-collect workspace check --workspace DIR", passphrase=NEW)
    assert "The workspace is intact" in out
