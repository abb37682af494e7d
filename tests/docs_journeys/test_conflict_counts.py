"""Every way a coordinator imports counts the conflict an import creates.

A conflict as users make one: a laptop restored from a backup taken while a response was still a
draft finishes it differently from the original laptop, so two bundles carry the same revision
with other answers. They are imported in each order, one command per file or both in one
command (as a table and with ``--json``), through the workspace service and the app's Imports
page itself, and from quarantine when the sender is trusted afterwards (``contacts trust`` prints
the same counts as ``bundle import``).
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from guide_runner import ROOT
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sp_collect.cli.main import main
from sp_collect.resources import forms_dir
from sp_collect.sync.identity import ContactCard
from sp_collect.ui.context import AppContext
from sp_collect.ui.coordinator.imports_page import ImportsPage
from sp_collect.ui.settings import Preferences
from sp_collect.ui.worker import Runner
from sp_collect.workspace import Workspace

PASSPHRASE = "conflict counts passphrase"
FORM = "caricom-kii-institutional"
HEADER = ["sender", "verified", "new", "updated", "unchanged", "conflicts", "rejected", "result"]


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A coordinator that trusts nobody yet, and two bundles of one response, one per copy."""
    root = tmp_path_factory.mktemp("conflicts")
    coord, _ = Workspace.create(root / "c", PASSPHRASE, name="Study", role="coordinator")
    field, _ = Workspace.create(root / "f", PASSPHRASE, name="Anne", role="field")
    form = forms_dir() / f"{FORM}.json"
    coord.forms.add(form)
    coord.packages.build([form], root / "p.sppackage")
    (root / "card.json").write_text(json.dumps(field.card.to_dict()))
    coord.close()
    field.packages.install(root / "p.sppackage")
    answers = json.loads((ROOT / "tests" / "fixtures" / "kii_complete.json").read_text())
    draft = field.responses.add(FORM, answers)
    field.close()
    shutil.copytree(root / "f", root / "restored")  # the backup, taken while it was a draft
    for name, notes in (("f", "the original laptop"), ("restored", "the restored laptop")):
        with Workspace.open(root / name, passphrase=PASSPHRASE) as device:
            device.responses.edit(draft.uuid, {"bm1_01_notes": notes}, finalize=True)
            device.sync.export_bundle(root / f"{name}.spbundle")
    return {"root": root, "one": root / "f.spbundle", "two": root / "restored.spbundle"}


def _coordinator(study: dict[str, Path], name: str, *, trusted: bool = True) -> Path:
    folder = study["root"] / name
    shutil.copytree(study["root"] / "c", folder)
    if trusted:
        card = ContactCard.from_dict(json.loads((study["root"] / "card.json").read_text()))
        with Workspace.open(folder, passphrase=PASSPHRASE) as coord:
            coord.contacts.trust(card)
    return folder


def _cli(capsys: pytest.CaptureFixture[str], *argv: object) -> str:
    main([str(a) for a in argv])
    return capsys.readouterr().out


def _counts(out: str) -> list[dict[str, str]]:
    """The rows of the import table, by column name."""
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.split() == HEADER)
    return [dict(zip(HEADER, line.split(), strict=False)) for line in lines[start + 2 :]]


@pytest.mark.parametrize("order", [("one", "two"), ("two", "one")])
def test_bundle_import_counts_the_conflict_in_either_order(
    study: dict[str, Path],
    order: tuple[str, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SP_COLLECT_PASSPHRASE", PASSPHRASE)
    files = [study[name] for name in order]
    separate = _coordinator(study, f"separate-{'-'.join(order)}")
    first = _counts(_cli(capsys, "bundle", "import", "-w", separate, files[0]))
    second = _counts(_cli(capsys, "bundle", "import", "-w", separate, files[1]))
    assert (first[0]["new"], first[0]["conflicts"]) == ("1", "0")
    assert (second[0]["new"], second[0]["updated"], second[0]["conflicts"]) == ("0", "0", "1")
    listed = _cli(capsys, "review", "conflicts", "-w", separate)
    assert "bm1_01_notes (Notes)" in listed

    together = _coordinator(study, f"together-{'-'.join(order)}")
    rows = _counts(_cli(capsys, "bundle", "import", "-w", together, *files))
    assert [(r["new"], r["conflicts"]) for r in rows] == [("1", "0"), ("0", "1")]

    scripted = _coordinator(study, f"json-{'-'.join(order)}")
    results = json.loads(_cli(capsys, "bundle", "import", "-w", scripted, *files, "--json"))
    assert [(r["new"], r["updated"], r["conflicts"]) for r in results] == [(1, 0, 0), (0, 0, 1)]
    assert [n["outcome"] for n in results[1]["notes"]] == ["conflict"]
    assert [r["file"] for r in results] == [str(f) for f in files]


def test_the_import_service_of_the_imports_page_counts_the_conflict(
    study: dict[str, Path],
) -> None:
    folder = _coordinator(study, "service")
    with Workspace.open(folder, passphrase=PASSPHRASE) as coord:
        first, second = coord.sync.import_bundles([study["two"], study["one"]])
        assert (first.new, first.conflicts) == (1, 0)  # type: ignore[union-attr]
        assert (second.new, second.updated, second.conflicts) == (0, 0, 1)  # type: ignore[union-attr]
        assert [n.outcome for n in second.notes] == ["conflict"]  # type: ignore[union-attr]
        assert len(coord.conflicts.views()) == 1


def test_trusting_a_held_sender_prints_the_conflict_its_bundles_bring(
    study: dict[str, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The import that holds a bundle says conflicts 0 (nothing merged yet); the trust that
    merges it must say what it brought."""
    monkeypatch.setenv("SP_COLLECT_PASSPHRASE", PASSPHRASE)
    folder = _coordinator(study, "held", trusted=False)
    out = _cli(capsys, "bundle", "import", "-w", folder, study["one"], study["two"])
    assert [r["conflicts"] for r in _counts(out)] == ["0", "0"]
    assert out.count("the bundle waits in quarantine") == 2
    out = _cli(capsys, "contacts", "trust", "-w", folder, study["root"] / "card.json", "--yes")
    assert re.search(r"Trusted Anne; 2 held bundle\(s\) imported\.", out)
    rows = _counts(out)
    assert sorted((r["new"], r["conflicts"]) for r in rows) == [("0", "1"), ("1", "0")]


def test_the_imports_page_counts_the_conflict_on_import_and_on_trust(
    study: dict[str, Path], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app's Imports page: its results table and its summary line, for the files it imports
    and for the held files a trust decision merges."""
    conflicts = 7  # the Conflicts column of the results table
    for trusted in (True, False):
        folder = _coordinator(study, f"app-{trusted}", trusted=trusted)
        with Workspace.open(folder, passphrase=PASSPHRASE) as coord:
            ctx = AppContext(coord, Runner())
            ctx.settings["preferences"] = Preferences(folder / "settings.ini")
            page = ImportsPage(ctx)
            qtbot.addWidget(page)
            page.show()
            page.import_files([study["one"], study["two"]])
            qtbot.waitUntil(lambda c=ctx: not c.runner.busy, timeout=20_000)
            if not trusted:
                assert "0 conflict(s), 2 held" in page.last_summary.text()
                monkeypatch.setattr(
                    QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes
                )
                page.quarantine.trust_selected()
                qtbot.waitUntil(lambda c=ctx: not c.runner.busy, timeout=20_000)
            table = page.results
            counts = sorted(table.text(row, conflicts) for row in range(table.row_count()))
            assert table.header_text(conflicts) == "Conflicts"
            assert counts == ["0", "1"], trusted
            assert "2 file(s): 1 response(s) new or updated, 1 conflict(s)" in (
                page.last_summary.text()
            )


def test_review_conflicts_lists_the_differing_metadata_as_the_guide_says(
    study: dict[str, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SP_COLLECT_PASSPHRASE", PASSPHRASE)
    folder = _coordinator(study, "listed")
    _cli(capsys, "bundle", "import", "-w", folder, study["one"], study["two"])
    (line,) = [row for row in _cli(capsys, "review", "conflicts", "-w", folder).splitlines()
               if "Anne" in row]  # fmt: skip
    differ = line.split("Anne", 1)[1].strip().split("; ")
    assert differ[-1] == "bm1_01_notes (Notes)"
    guide = (ROOT / "docs" / "guide-coordinator.md").read_text(encoding="utf-8")
    metadata = re.search(r"the metadata the app fills in by itself \(([^)]*)\)", " ".join(
        guide.split()))  # fmt: skip
    assert metadata is not None
    assert set(differ[:-1]) <= set(re.findall(r"`(\w+)`", metadata.group(1))) and differ[:-1]
