"""A coordinator's whole job in the app: install forms, build a package with an assignment,
import the device's bundle, review, score, write every report kind and every export format,
then change the passphrase (the old one no longer opens the workspace)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from coordinator_kit import FIXTURES, PASSPHRASE, SURVEY, wait_idle
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from sp_collect.errors import SpCollectError
from sp_collect.resources import forms_dir
from sp_collect.ui.context import AppContext
from sp_collect.ui.coordinator.export_page import ExportPage
from sp_collect.ui.coordinator.imports_page import ImportsPage
from sp_collect.ui.coordinator.packages_page import PackagesPage
from sp_collect.ui.coordinator.reports_page import ReportsPage
from sp_collect.ui.coordinator.review_page import ReviewPage
from sp_collect.ui.coordinator.scores_page import ScoresPage
from sp_collect.ui.pages import Page
from sp_collect.ui.settings import Preferences, SettingsPage
from sp_collect.ui.worker import Runner
from sp_collect.workspace import Workspace

FORMS = (
    SURVEY,
    "caricom-kii-institutional",
    "caricom-workshop-summary",
    "caricom-beneficiary-interview",
)
WORKSHOP = "caricom-workshop-summary"
NEW_PASSPHRASE = "a brand new coordinator passphrase"
ROOT = Path(__file__).resolve().parents[3]


def _fixture(name: str) -> dict:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def _show(qtbot: QtBot, page: Page) -> Page:
    qtbot.addWidget(page)
    page.show()
    return page


def _with_stored_files(workspace, value, folder: Path):
    """The answers with each attachment reference replaced by a file stored in ``workspace``."""
    if isinstance(value, dict) and "sha256" in value:
        path = folder / value["name"]
        path.write_bytes(f"stand-in for {value['name']}".encode())
        return workspace.responses.attach_file(path)
    if isinstance(value, dict):
        return {key: _with_stored_files(workspace, item, folder) for key, item in value.items()}
    if isinstance(value, list):
        return [_with_stored_files(workspace, item, folder) for item in value]
    return value


def test_the_coordinators_job_in_the_app(qtbot: QtBot, tmp_path: Path) -> None:
    coord, _ = Workspace.create(tmp_path / "coord", PASSPHRASE, name="Study", role="coordinator")
    field, _ = Workspace.create(tmp_path / "field", PASSPHRASE, name="Marcia", role="field")
    ctx = AppContext(coord, Runner())
    ctx.settings["preferences"] = Preferences(tmp_path / "settings.ini")

    # Forms and packages: install the four forms, assign the survey and Form D to the device.
    packages = _show(qtbot, PackagesPage(ctx))
    for form in FORMS:
        packages.install(forms_dir() / f"{form}.json")
        wait_idle(qtbot, ctx)
        shown = next(f.title("en") for f in coord.forms.summaries() if f.form_id == form)
        assert packages.result.text() == f"Installed: “{shown}”."
    packages.refresh()
    assert sorted(packages.ticked_forms()) == sorted(FORMS)
    packages.add_assignment(field.card.fingerprint.lower(), f"{SURVEY},{WORKSHOP}", "DMA_DSS")
    package = tmp_path / "out" / "study.sppackage"
    package.parent.mkdir()
    packages.build(package)
    wait_idle(qtbot, ctx)
    assert package.is_file()
    assert packages.fingerprint.text().split() == coord.card.fingerprint.split()
    assert packages.devices.row_count() == 1

    # The device gets only its forms, sends a survey and a workshop summary back.
    field.packages.install(package)
    assert {row.form_id for row in field.forms.list()} == {SURVEY, WORKSHOP}
    survey = field.responses.add(SURVEY, _fixture("institutional_complete.json"), finalize=True)
    # The summary's files (evidence, annexes, signature) are stored as a device stores them, so
    # the bundle carries them: the coordinator refuses a response naming a file it lacks.
    workshop = _with_stored_files(field, _fixture("workshop_complete.json"), tmp_path)
    field.responses.add(WORKSHOP, workshop, finalize=True)
    bundle = tmp_path / "marcia.spbundle"
    field.sync.export_bundle(bundle)

    coord.contacts.trust(field.card)  # the Identity page's job, tested there
    imports = _show(qtbot, ImportsPage(ctx))
    imports.import_files([bundle])
    wait_idle(qtbot, ctx)
    assert imports.results.row_count() == 1
    assert "2 response(s) new or updated" in imports.last_summary.text()

    review = _show(qtbot, ReviewPage(ctx))
    review.refresh()
    review._show(survey.uuid)
    review.decide("approved", {})
    wait_idle(qtbot, ctx)
    assert coord.responses.get(survey.uuid).status == "approved"
    packages.refresh()
    assert packages.devices.text(0, 4) == "2"  # what came back from the device

    # Scores: one institution, sortable, filterable, with its items.
    scores = _show(qtbot, ScoresPage(ctx))
    scores.refresh()
    wait_idle(qtbot, ctx)
    assert scores.proxy.rowCount() == 1
    code = scores.data.rows[0].code
    scores.select_institution(code)
    assert scores.items.row_count() == len(scores.data.rows[0].items) > 10
    answers = {scores.items.text(r, 0): scores.items.text(r, 3) for r in range(10)}
    assert answers["s2_02"] == "Law passed, but implementing rules or arrangements incomplete"
    # Long names elide; the indices stay in view, without a sideways scroll bar (the page
    # as wide as it is beside the sidebar on a 1024-pixel screen).
    scores.resize(820, 600)
    qtbot.waitUntil(lambda: not scores.table.horizontalScrollBar().isVisible())
    scores.filter.setText("no such institution")
    assert scores.proxy.rowCount() == 0
    scores.filter.clear()
    scores.table.sortByColumn(2, scores.table.horizontalHeader().sortIndicatorOrder())
    assert scores.proxy.rowCount() == 1
    scores.which.setCurrentIndex(1)  # self-reported
    assert not scores.validated()

    # Meanwhile a second process reads the same workspace on the command line.
    reader = subprocess.run(
        [sys.executable, "-m", "sp_collect.cli.main", "score", "--workspace", str(coord.folder)],
        env={**os.environ, "SP_COLLECT_PASSPHRASE": PASSPHRASE, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert reader.returncode == 0, reader.stderr
    assert "DMA_DSS" in reader.stdout

    # Reports: every kind, each written to a file the page can open.
    reports = _show(qtbot, ReportsPage(ctx))
    reports.refresh()
    wait_idle(qtbot, ctx)
    assert not reports.named.isChecked()  # institutions are named only when asked
    reports.named.setChecked(True)
    assert reports.format.count() == len(coord.reports.formats())
    for row in range(reports.kind.count()):
        reports.kind.setCurrentIndex(row)
        kind = reports.kind.currentData()
        if kind == "response":
            reports.subject.setCurrentIndex(reports.subject.findData(survey.uuid))
        reports.language.setCurrentIndex(reports.language.findData("fr"))
        out = tmp_path / "reports" / f"{kind}.pdf"
        out.parent.mkdir(exist_ok=True)
        reports.write(out)
        wait_idle(qtbot, ctx)
        assert out.read_bytes()[:5] == b"%PDF-", kind
        assert reports.written == out and reports.open_file.isEnabled()

    # The regional report of one country, institutions not named.
    reports.kind.setCurrentIndex(reports.kind.findData("regional"))
    reports.subject.setCurrentIndex(reports.subject.findData("DMA"))
    reports.named.setChecked(False)
    anonymous = tmp_path / "reports" / "regional-anonymous.pdf"
    reports.write(anonymous)
    wait_idle(qtbot, ctx)
    text = " ".join(page.extract_text() for page in PdfReader(anonymous).pages)
    assert "DMA-1" in text and "DMA_DSS" not in text and "Dominica Social Security" not in text
    named = " ".join(page.extract_text() for page in PdfReader(out.with_name("regional.pdf")).pages)
    assert "DMA_DSS" in named  # the same report with names does show the institution

    # Data export: every format; sensitive fields are off unless ticked, with a warning.
    export = _show(qtbot, ExportPage(ctx))
    assert not export.sensitive.isChecked() and export.warning.isHidden()
    export.sensitive.setChecked(True)
    assert not export.warning.isHidden()
    export.sensitive.setChecked(False)
    export.folder.setText(str(tmp_path / "export"))
    for row in range(export.format.count()):
        export.format.setCurrentIndex(row)
        export.export()
        wait_idle(qtbot, ctx)
        assert export.last is not None and export.last.responses == 2
        assert export.last_path is not None and export.last_path.exists()
    with sqlite3.connect(tmp_path / "export" / "responses.sqlite") as db:
        tables = {name for (name,) in db.execute("select name from sqlite_master")}
    assert SURVEY.replace("-", "_") in " ".join(tables)

    # Settings → change the passphrase: the old one no longer opens the workspace.
    settings = _show(qtbot, SettingsPage(ctx))
    dialog = settings.change_passphrase()
    dialog.current.setText(PASSPHRASE)
    dialog.first.setText(NEW_PASSPHRASE)
    dialog.second.setText(NEW_PASSPHRASE)
    dialog.change()
    wait_idle(qtbot, ctx)
    assert dialog.result() == dialog.DialogCode.Accepted
    coord.close()
    field.close()
    with pytest.raises(SpCollectError):
        Workspace.open(tmp_path / "coord", passphrase=PASSPHRASE)
    Workspace.open(tmp_path / "coord", passphrase=NEW_PASSPHRASE).close()


def test_a_wrong_current_passphrase_is_said_in_the_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    coord, _ = Workspace.create(tmp_path / "w", PASSPHRASE, name="Study", role="coordinator")
    ctx = AppContext(coord, Runner())
    ctx.settings["preferences"] = Preferences(tmp_path / "settings.ini")
    settings = _show(qtbot, SettingsPage(ctx))
    dialog = settings.change_passphrase()
    dialog.current.setText("not the passphrase")
    dialog.first.setText(NEW_PASSPHRASE)
    dialog.second.setText(NEW_PASSPHRASE)
    dialog.change()
    wait_idle(qtbot, ctx)
    assert dialog.isVisible() and dialog.problem.text()
    dialog.close()
    coord.close()
    Workspace.open(tmp_path / "w", passphrase=PASSPHRASE).close()


def test_after_a_recovery_unlock_the_app_asks_for_a_new_passphrase(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from sp_collect.ui.main_window import WorkspaceArea

    first, created = Workspace.create(tmp_path / "w", PASSPHRASE, name="S", role="coordinator")
    first.close()
    coord = Workspace.open(tmp_path / "w", recovery_code=created.recovery_code)
    assert coord.unlocked_by_recovery
    ctx = AppContext(coord, Runner())
    ctx.settings["preferences"] = Preferences(tmp_path / "settings.ini")
    area = WorkspaceArea(ctx)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitUntil(lambda: area.passphrase_dialog is not None)
    dialog = area.passphrase_dialog
    assert dialog is not None and dialog.isVisible() and dialog.current.isHidden()
    dialog.first.setText(NEW_PASSPHRASE)
    dialog.second.setText("different")
    assert "differ" in dialog.problem.text()
    dialog.second.setText(NEW_PASSPHRASE)
    dialog.change()
    wait_idle(qtbot, ctx)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert not coord.unlocked_by_recovery
    coord.close()
    with pytest.raises(SpCollectError):
        Workspace.open(tmp_path / "w", passphrase=PASSPHRASE)
    Workspace.open(tmp_path / "w", passphrase=NEW_PASSPHRASE).close()
