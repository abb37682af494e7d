"""Assignments in a form package: the device sees its forms and starts with its institution;
the coordinator sees per device what was assigned and what came back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sp_collect.errors import BundleError
from sp_collect.resources import forms_dir
from sp_collect.sync.assignments import Assignment, normalize_fingerprint
from sp_collect.workspace import Workspace

SURVEY = "caricom-institutional-survey"
KII = "caricom-kii-institutional"
PASSPHRASE = "assignments passphrase"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_fingerprints_are_normalized_and_checked() -> None:
    assert normalize_fingerprint("jzp4tjl7ld3gsacgjpupg5ca") == "JZP4 TJL7 LD3G SACG JPUP G5CA"
    with pytest.raises(BundleError, match="not a device fingerprint"):
        normalize_fingerprint("JZP4 TJL7")


def test_device_gets_its_forms_and_institution(tmp_path: Path) -> None:
    coord, _ = Workspace.create(tmp_path / "c", PASSPHRASE, name="Coord", role="coordinator")
    field, _ = Workspace.create(tmp_path / "f", PASSPHRASE, name="Marcia", role="field")
    other, _ = Workspace.create(tmp_path / "o", PASSPHRASE, name="Other", role="field")
    for form in (SURVEY, KII):
        coord.forms.add(forms_dir() / f"{form}.json")
    mine = Assignment(field.card.fingerprint, (SURVEY,), institution="BRB_NISSS")
    package = tmp_path / "study.sppackage"
    coord.packages.build([], package, form_ids=[SURVEY, KII], assignments=[mine])
    for device in (field, other):
        device.packages.install(package)

    assert {row.form_id for row in field.forms.list()} == {SURVEY}
    assert {row.form_id for row in other.forms.list()} == {SURVEY, KII}  # not named: everything
    started = field.responses.start(SURVEY)
    reopened = field.responses.open(started.uuid).session  # what was saved, not the live editor
    assert reopened.value("s1_02") == "BRB_NISSS"
    assert reopened.value("s1_01") == "BRB"  # from the institution's country column
    fresh = other.responses.start(SURVEY)
    assert other.responses.open(fresh.uuid).session.value("s1_02") is None

    overview = coord.packages.device_assignments()
    assert [(d.assignment.fingerprint, d.received) for d in overview] == [
        (field.card.fingerprint, 0)
    ]
    answers = json.loads((FIXTURES / "institutional_complete.json").read_text(encoding="utf-8"))
    field.responses.add(SURVEY, answers, finalize=True)
    field.sync.export_bundle(tmp_path / "marcia.spbundle")
    coord.contacts.trust(field.card)
    coord.sync.import_bundles([tmp_path / "marcia.spbundle"])
    (device,) = coord.packages.device_assignments()
    assert (device.name, device.received, device.received_forms) == ("Marcia", 1, (SURVEY,))
    for workspace in (coord, field, other):
        workspace.close()


def test_assigning_a_form_not_in_the_package_is_refused(tmp_path: Path) -> None:
    coord, _ = Workspace.create(tmp_path / "c", PASSPHRASE, name="Coord", role="coordinator")
    coord.forms.add(forms_dir() / f"{SURVEY}.json")
    wrong = Assignment(coord.card.fingerprint, (KII,))
    with pytest.raises(BundleError, match="does not contain"):
        coord.packages.build([], tmp_path / "p.sppackage", form_ids=[SURVEY], assignments=[wrong])
    coord.close()
