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

from sp_collect.cli.main import main
from sp_collect.workspace import Workspace

DOCS = ROOT / "docs"
FIXTURES = ROOT / "tests" / "fixtures"
COORD = "coordinator passphrase"
ANNE = "interviewer anne passphrase"
NEW = "a new coordinator passphrase"
RECOVERED = "the passphrase set with the recovery code"
FINAL = "the coordinator's passphrase at the end"
TYPED = "a passphrase typed at the terminal"
OFFICER = "dominica officer passphrase"

NOT_RUN = {
    "guide-coordinator.md": {
        # needs a PostgreSQL server: test_postgres_guide.py runs it against one
        'sp-collect init --workspace DIR --name "Study Team" --role coordinator --database '
        "postgresql+psycopg://USER@HOST/DATABASE",
    },
    "guide-interviewer.md": {"sp-collect gui --workspace DIR"},  # the app: tests/ui
    "guide-institution-officer.md": {"sp-collect gui --workspace DIR"},
    "recovery-and-lost-laptop.md": set(),
}


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
    officer = GuideRunner(DOCS / "guide-institution-officer.md", capsys, monkeypatch, work)
    officer_dir = str(tmp_path / "dominica")
    coordinator.values = recovery.values = {"DIR": coord_dir, "E:/": str(usb)}
    interviewer.values = {"DIR": anne_dir, "E:/": str(usb)}
    officer.values = {"DIR": officer_dir}

    # 1–3: the coordinator's workspace, the forms, the package.
    out, _ = coordinator.run(
        'sp-collect init --workspace DIR --name "Study Team" --role coordinator', passphrase=COORD
    )
    recovery_code = re.search(r"Recovery code: (\S+)", out).group(1)  # type: ignore[union-attr]
    out, _ = coordinator.run("sp-collect identity show --workspace DIR", passphrase=COORD)
    assert "Study Team" in out
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

    # The interviewer: workspace, package (a script must say --yes), card, responses, bundle.
    interviewer.run(
        'sp-collect init --workspace DIR --name "Interviewer Anne" --role field', passphrase=ANNE
    )
    _out, err = interviewer.run(
        "sp-collect package install --workspace DIR study.sppackage", passphrase=ANNE, expect=2
    )
    interviewer.says("cannot ask for confirmation here; check the fingerprint and add --yes", err)
    interviewer.run(
        "sp-collect package install --workspace DIR study.sppackage --yes", passphrase=ANNE
    )
    interviewer.run("sp-collect identity export --workspace DIR -o anne-card.json", passphrase=ANNE)
    out, _ = interviewer.run("sp-collect identity show --workspace DIR", passphrase=ANNE)
    assert "Interviewer Anne" in out
    kii = json.loads((FIXTURES / "kii_complete.json").read_text(encoding="utf-8"))
    (work / "kii.json").write_text(json.dumps({**kii, "bm1_01_sal": 3}))  # a code as a number
    _out, err = interviewer.run(
        "sp-collect responses add --workspace DIR --form caricom-kii-institutional --answers "
        "kii.json --finalize",
        passphrase=ANNE,
        expect=1,
    )
    interviewer.says("3 is not one of the choices", err)
    (work / "kii.json").write_text(json.dumps({**kii, "bm1_01_sal": "3"}))
    out, _ = interviewer.run(
        "sp-collect responses add --workspace DIR --form caricom-kii-institutional --answers "
        "kii.json --finalize",
        passphrase=ANNE,
    )
    monkeypatch.chdir(work)  # changing it without --reason, as the guide warns
    assert main(["responses", "edit", "--workspace", anne_dir, _uuid(out), "--answers",
                 "kii.json"]) == 1  # fmt: skip
    refused = capsys.readouterr().err
    assert "is finalized: give a reason for changing it (--reason)" in refused
    assert "… is finalized: give a reason …" in interviewer.text  # what the guide quotes of it
    beneficiary = json.loads((FIXTURES / "beneficiary_complete.json").read_text(encoding="utf-8"))
    (work / "answers.json").write_text(json.dumps({k: v for k, v in beneficiary.items()
                                                   if k != "c1_01"}))  # fmt: skip
    out, _ = interviewer.run(
        "sp-collect responses add --workspace DIR --form caricom-beneficiary-interview --answers "
        "answers.json",
        passphrase=ANNE,
    )
    draft = _uuid(out)
    assert "required question(s) not answered yet" in out
    _out, err = interviewer.run(
        "sp-collect responses edit --workspace DIR UUID --finalize",
        passphrase=ANNE,
        values={"UUID": draft},
        expect=1,
    )
    assert "c1_01" in err
    (work / "missing.json").write_text(json.dumps({"c1_01": beneficiary["c1_01"]}))
    out, _ = interviewer.run(
        "sp-collect responses edit --workspace DIR UUID --answers missing.json --finalize",
        passphrase=ANNE,
        values={"UUID": draft},
    )
    assert "finalized" in out
    # Another draft, finished later with only --finalize (nothing is missing any more).
    (work / "answers.json").write_text(json.dumps(beneficiary))
    out, _ = interviewer.run(
        "sp-collect responses add --workspace DIR --form caricom-beneficiary-interview --answers "
        "answers.json",
        passphrase=ANNE,
    )
    second = _uuid(out)
    out, _ = interviewer.run(
        "sp-collect responses edit --workspace DIR UUID --finalize",
        passphrase=ANNE,
        values={"UUID": second},
    )
    assert "finalized" in out
    out, _ = interviewer.run("sp-collect responses list --workspace DIR", passphrase=ANNE)
    assert draft in out and second in out
    interviewer.run(
        "sp-collect responses show --workspace DIR UUID", passphrase=ANNE, values={"UUID": draft}
    )
    interviewer.run(
        "sp-collect bundle export --workspace DIR -o E:/interviewer-anne-2026-11-23.spbundle",
        passphrase=ANNE,
    )
    # Still on the laptop afterwards: a draft that must survive the purge.
    (work / "answers.json").write_text(json.dumps({"c1_01": beneficiary["c1_01"]}))
    out, _ = interviewer.run(
        "sp-collect responses add --workspace DIR --form caricom-beneficiary-interview --answers "
        "answers.json",
        passphrase=ANNE,
    )
    kept_draft = _uuid(out)

    # The institution officer: workspace, package (checked at a terminal), card, the survey.
    officer.run('sp-collect init --workspace DIR --name "Dominica NIS" --role field',
                passphrase=OFFICER)  # fmt: skip
    officer.run(
        "sp-collect package install --workspace DIR study.sppackage", passphrase=OFFICER,
        typed="y\n",
    )  # fmt: skip
    officer.run(
        "sp-collect identity export --workspace DIR -o dominica-card.json", passphrase=OFFICER
    )
    with Workspace.open(officer_dir, passphrase=OFFICER) as workspace:  # filled in the app
        survey_at_nis = workspace.responses.add(
            "caricom-institutional-survey",
            json.loads((FIXTURES / "institutional_complete.json").read_text(encoding="utf-8")),
            finalize=True,
        ).uuid
    out, _ = officer.run("sp-collect responses list --workspace DIR", passphrase=OFFICER)
    assert survey_at_nis in out and "finalized" in out
    officer.run(
        "sp-collect bundle export --workspace DIR -o dominica-nis-2026-11-23.spbundle",
        passphrase=OFFICER,
    )
    shutil.copy(work / "dominica-nis-2026-11-23.spbundle", usb)

    # 3, options: a backup recipient, an assignment (newer packages the devices need not take).
    backup_dir = str(tmp_path / "backup")
    coordinator.run(
        'sp-collect init --workspace DIR --name "Study Team" --role coordinator',
        passphrase=COORD,
        values={"DIR": backup_dir},
    )
    coordinator.run(
        "sp-collect identity export --workspace DIR -o card.json",
        passphrase=COORD,
        values={"DIR": backup_dir},
    )
    shutil.move(work / "card.json", work / "backup-card.json")
    out, _ = coordinator.run(
        "sp-collect package build --workspace DIR --forms forms/*.json --scoring "
        "forms/scoring/caricom-readiness.json --backup backup-card.json -o study.sppackage",
        passphrase=COORD,
    )
    assert "Wrote package version 2" in out
    out, _ = recovery.run(  # the device accepts returns from the backup coordinator
        "sp-collect contacts trust --workspace DIR backup-card.json",
        passphrase=ANNE,
        typed="y\n",
        values={"DIR": anne_dir},
    )
    assert "Trusted Study Team" in out
    with Workspace.open(anne_dir, passphrase=ANNE) as workspace:
        anne_fingerprint = workspace.card.fingerprint
    out, _ = coordinator.run(
        'sp-collect package build --workspace DIR --forms forms/*.json --assign "PX6H O3K4 NWIV '
        '6R47 YLGK PSXP" forms=caricom-institutional-survey institution=BRB_NISSS -o '
        "study.sppackage",
        passphrase=COORD,
        values={'"PX6H O3K4 NWIV 6R47 YLGK PSXP"': f'"{anne_fingerprint}"'},
    )
    assert "Wrote package version 3" in out

    # 4–7: trust, import, review, return.
    coordinator.run(
        "sp-collect contacts trust --workspace DIR dominica-card.json",
        passphrase=COORD,
        typed="y\n",
    )
    shutil.copy(work / "anne-card.json", work / "new-card.json")
    recovery.run(
        "sp-collect contacts trust --workspace DIR new-card.json", passphrase=COORD, typed="y\n"
    )
    out, _ = coordinator.run("sp-collect contacts list --workspace DIR", passphrase=COORD)
    assert "Interviewer Anne" in out and "Dominica NIS" in out
    out, _ = coordinator.run(
        "sp-collect bundle import --workspace DIR E:/*.spbundle", passphrase=COORD
    )
    assert out.count(": merged") == 2
    out, _ = coordinator.run(
        "sp-collect responses list --workspace DIR --status received", passphrase=COORD
    )
    received = re.findall(r"^([0-9a-f]{8}-[0-9a-f-]{27})\s", out, flags=re.M)
    assert len(received) == 4 and {draft, second, survey_at_nis} <= set(received)
    coordinator.run(
        "sp-collect responses show --workspace DIR UUID", passphrase=COORD, values={"UUID": draft}
    )
    coordinator.run(
        "sp-collect review approve --workspace DIR UUID", passphrase=COORD, values={"UUID": draft}
    )
    coordinator.run(
        'sp-collect review return --workspace DIR UUID --comment s1_08="Please give the 2025 '
        'figure" --comment s4_02="Which year?"',
        passphrase=COORD,
        values={"UUID": survey_at_nis},
    )
    out, _ = coordinator.run(
        'sp-collect return export --workspace DIR --to "Dominica NIS" -o '
        "dominica-nis-2026-11-23.spreturn",
        passphrase=COORD,
    )
    assert "1 decision(s) and a receipt" in out
    out, _ = officer.run(
        "sp-collect return import --workspace DIR dominica-nis-2026-11-23.spreturn",
        passphrase=OFFICER,
    )
    assert f"returned: {survey_at_nis}" in out
    out, _ = officer.run(
        "sp-collect responses show --workspace DIR UUID",
        passphrase=OFFICER,
        values={"UUID": survey_at_nis},
    )
    assert "comment on s1_08 by Study Team: Please give the 2025 figure" in out
    (work / "changes.json").write_text(json.dumps({"s1_08": 31500}))
    officer.run(
        "sp-collect responses edit --workspace DIR UUID --answers changes.json --reason "
        '"2025 figure, as asked" --finalize',
        passphrase=OFFICER,
        values={"UUID": survey_at_nis},
    )
    officer.run(
        "sp-collect bundle export --workspace DIR -o dominica-nis-corrected.spbundle",
        passphrase=OFFICER,
    )
    shutil.copy(work / "dominica-nis-corrected.spbundle", usb)
    out, _ = coordinator.run(
        "sp-collect bundle import --workspace DIR E:/*.spbundle", passphrase=COORD
    )
    assert re.search(r"Dominica NIS\s+yes\s+0\s+1\s", out), out  # the correction: updated
    out, _ = coordinator.run("sp-collect review conflicts --workspace DIR", passphrase=COORD)
    assert "questions that differ" in out and survey_at_nis not in out
    coordinator.run(
        'sp-collect review return --workspace DIR UUID --comment s1_08="Please give the 2025 '
        'figure" --comment s4_02="Which year?"',
        passphrase=COORD,
        values={"UUID": second, "s1_08": "c1_02", "s4_02": "c1_04"},  # Form C's questions
    )
    out, _ = coordinator.run(
        'sp-collect return export --workspace DIR --to "Dominica NIS" -o '
        "dominica-nis-2026-11-23.spreturn",
        passphrase=COORD,
        values={'"Dominica NIS"': '"Interviewer Anne"', "dominica-nis-2026-11-23.spreturn":
                "interviewer-anne-2026-11-23.spreturn"},
    )  # fmt: skip
    assert "2 decision(s) and a receipt" in out
    out, _ = interviewer.run(
        "sp-collect return import --workspace DIR interviewer-anne-2026-11-23.spreturn",
        passphrase=ANNE,
    )
    assert f"returned: {second} (open it to see the comments)" in out
    out, _ = interviewer.run(
        "sp-collect responses purge --workspace DIR --received", passphrase=ANNE
    )
    interviewer.says("Removed 2 response(s) the coordinator confirmed.", out)  # approved, received
    out, _ = interviewer.run("sp-collect responses list --workspace DIR", passphrase=ANNE)
    assert kept_draft in out and second in out and draft not in out  # a draft, a returned one
    (work / "changes.json").write_text(json.dumps({"c1_02": "woman"}))
    monkeypatch.chdir(work)  # the same command without --reason, as the guide warns
    assert main(["responses", "edit", "--workspace", anne_dir, second, "--answers",
                 "changes.json", "--finalize"]) == 1  # fmt: skip
    interviewer.says("was finalized before: give a reason for changing it (--reason)",
                     capsys.readouterr().err)  # fmt: skip
    interviewer.run(
        "sp-collect responses edit --workspace DIR UUID --answers changes.json --reason "
        '"2025 figure, as asked" --finalize',
        passphrase=ANNE,
        values={"UUID": second},
    )
    interviewer.run(
        "sp-collect bundle export --workspace DIR -o corrected.spbundle", passphrase=ANNE
    )
    shutil.copy(work / "corrected.spbundle", usb)
    out, _ = coordinator.run(
        "sp-collect bundle import --workspace DIR E:/*.spbundle --json", passphrase=COORD
    )
    (corrected,) = [r for r in json.loads(out) if Path(r["file"]).name == "corrected.spbundle"]
    assert (corrected["sender"], corrected["new"], corrected["updated"]) == ("Interviewer Anne",
                                                                           0, 1)  # fmt: skip

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
        # KII, two beneficiaries, the NIS survey, Form D, the carried-over survey and its draft
        assert "Exported 7 response(s)" in out
    assert (work / "export").is_dir() and (work / "study.xlsx").is_file()

    out, _ = coordinator.run(
        "sp-collect report regional --workspace DIR -o regional.docx --name-institutions",
        passphrase=COORD,
    )
    assert (work / "regional.docx").read_bytes()[:2] == b"PK" and "Wrote regional.docx." in out
    coordinator.run(
        "sp-collect report workshops --workspace DIR -o all-workshops.pdf", passphrase=COORD
    )
    assert (work / "all-workshops.pdf").read_bytes()[:5] == b"%PDF-"
    out, _ = coordinator.run(
        "sp-collect score --workspace DIR --choose UUID",
        passphrase=COORD,
        values={"UUID": survey_at_nis},
    )
    assert survey_at_nis in out

    # The passphrase, in a script: the old one stops working; then the recovery code's script.
    monkeypatch.setenv("SP_COLLECT_NEW_PASSPHRASE", NEW)
    out, _ = recovery.run("sp-collect workspace passwd --workspace DIR", passphrase=COORD)
    recovery.says("The passphrase was changed.", out)
    recovery.run("sp-collect workspace check --workspace DIR", passphrase=COORD, expect=1)
    out, _ = recovery.run("sp-collect workspace check --workspace DIR", passphrase=NEW)
    assert "The workspace is intact" in out
    (work / "new.txt").write_text(RECOVERED + "\n")
    out, _ = recovery.run(
        'sp-collect workspace recover --workspace DIR --recovery-code "ABCDE-FGHIJ-…" '
        "--passphrase-file new.txt",
        passphrase=NEW,
        values={'"ABCDE-FGHIJ-…"': recovery_code},
    )
    recovery.says("The workspace has a new passphrase; the recovery code still works.", out)
    recovery.run("sp-collect workspace check --workspace DIR", passphrase=NEW, expect=1)
    out, _ = recovery.run(
        "sp-collect workspace recover --workspace DIR",
        passphrase=None,
        typed=f"{recovery_code}\n{TYPED}\n{TYPED}\n",
    )
    assert "The workspace has a new passphrase" in out
    recovery.run("sp-collect workspace check --workspace DIR", passphrase=RECOVERED, expect=1)
    monkeypatch.setenv("SP_COLLECT_NEW_PASSPHRASE", FINAL)
    coordinator.run("sp-collect workspace passwd --workspace DIR", passphrase=TYPED)
    coordinator.run("sp-collect workspace check --workspace DIR", passphrase=FINAL)

    # 10: a lost laptop is revoked, and so is a second device with the recovery guide's command.
    out, _ = coordinator.run(
        'sp-collect contacts revoke --workspace DIR "Interviewer Anne"', passphrase=FINAL
    )
    assert "their future bundles will be rejected" in out
    recovery.run(
        'sp-collect contacts revoke --workspace DIR "Interviewer Anne"',
        passphrase=FINAL,
        values={'"Interviewer Anne"': '"Dominica NIS"'},
    )
    out, _ = recovery.run("sp-collect contacts list --workspace DIR", passphrase=FINAL)
    assert out.count("revoked") == 2
    _out, err = recovery.run(
        "sp-collect contacts trust --workspace DIR new-card.json",
        passphrase=FINAL,
        typed="y\n",
        expect=1,
    )
    assert "was revoked and cannot be trusted again" in err
    interviewer.run(  # the lost laptop's key still signs a bundle: it is refused
        "sp-collect bundle export --workspace DIR -o E:/interviewer-anne-2026-11-23.spbundle",
        passphrase=ANNE,
    )
    out, err = coordinator.run(
        "sp-collect bundle import --workspace DIR E:/*.spbundle", passphrase=FINAL, expect=1
    )
    # every file of a revoked sender is refused, the ones merged before too; what they brought
    # stays (the recovery guide: import a lost laptop's bundles before revoking it)
    assert out.count("whose key was revoked; it was refused.") == 4
    assert "4 of 4 file(s) were refused" in err
    out, _ = coordinator.run(
        "sp-collect responses list --workspace DIR --status received", passphrase=FINAL
    )
    assert second in out and survey_at_nis in out

    # Every command line of these guides ran, except the few listed with their reason.
    for runner in (coordinator, interviewer, officer, recovery):
        not_run = runner.commands - runner.ran
        assert not_run == NOT_RUN[runner.guide.name], runner.guide.name
