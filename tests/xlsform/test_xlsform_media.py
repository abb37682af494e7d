"""Choice files as form media: imported beside the XLSForm, installed into the coordinator's
workspace, carried signed inside a form package, and used on the field device."""

from __future__ import annotations

import json
import tarfile
from pathlib import Path

import pytest
from make_corpus import write
from tar_kit import tar_of

from sp_collect.engine import FormSession
from sp_collect.errors import BundleError
from sp_collect.sync.identity import Identity
from sp_collect.sync.package import PACKAGE_JSON, MediaFile, build_package, read_package
from sp_collect.workspace import Workspace

PASSPHRASE = "a long passphrase for media tests"
TOWNS = (
    "name,label,label::French (fr),region\nkgn,Kingston,Kingston FR,south\nmbj,Montego Bay,,north\n"
)
SURVEY = [
    ["type", "name", "label::English (en)", "label::French (fr)", "calculation"],
    ["select_one_from_file towns.csv", "town", "Town", "Ville"],
    ["calculate", "region", None, None, "pulldata('towns', 'region', 'name', ${town})"],
]


def _xlsform(folder: Path, *, with_csv: bool) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = write(
        folder / "towns_form.xlsx",
        {"survey": SURVEY, "settings": [["form_id", "version"], ["towns_form", "3"]]},
    )
    if with_csv:
        (folder / "towns.csv").write_text(TOWNS, encoding="utf-8")
    return path


def _package(tmp_path: Path, *, with_csv: bool) -> Path:
    coord, _ = Workspace.create(tmp_path / "coord", PASSPHRASE, name="Coord", role="coordinator")
    try:
        coord.forms.import_xlsform(_xlsform(tmp_path / "xls", with_csv=with_csv))
        out = tmp_path / "study.sppackage"
        coord.packages.build([], out, form_ids=["towns_form"])
    finally:
        coord.close()
    return out


def _field(tmp_path: Path) -> Workspace:
    field, _ = Workspace.create(tmp_path / "field", PASSPHRASE, name="Field", role="field")
    return field


def test_a_package_carries_the_csv_and_the_device_shows_its_choices(tmp_path: Path) -> None:
    package = _package(tmp_path, with_csv=True)
    body = read_package(package)
    media = {name for form in body.forms for name in form.media}
    assert media == {"towns.csv"}
    # The rows travel once, in the signed file, not inside the form's JSON as well.
    assert "towns" not in json.loads(body.forms[0].data).get("choice_lists", {})
    field = _field(tmp_path)
    try:
        field.packages.install(package)
        session = FormSession(field.forms.compiled("towns_form"), "fr")
        town = next(p for p in session.prompts() if p.id == "town")
        assert [(c.value, c.label) for c in town.choices] == [
            ("kgn", "Kingston FR"),
            ("mbj", "Montego Bay"),
        ]
        assert town.hint == ""
        session.answer("town", "mbj")
        assert session.value("region") == "north"
        assert field.forms.media("towns_form", "3") == {"towns.csv": TOWNS.encode()}
    finally:
        field.close()


def test_tampered_media_is_refused_and_nothing_is_installed(tmp_path: Path) -> None:
    package = _package(tmp_path, with_csv=True)
    with tarfile.open(package) as tar:
        entries = [(m.name, tar.extractfile(m).read()) for m in tar.getmembers()]  # type: ignore[union-attr]
    tampered = tmp_path / "tampered.sppackage"
    tampered.write_bytes(
        tar_of(
            [
                (name, data.replace(b"Kingston", b"Kingstan") if name.endswith(".csv") else data)
                for name, data in entries
            ]
        )
    )
    field = _field(tmp_path)
    try:
        with pytest.raises(BundleError) as caught:
            field.packages.install(tampered)
        assert caught.value.code == "bad_checksum"
        assert field.forms.list() == []
    finally:
        field.close()


def test_the_package_lists_each_media_file_with_its_form(tmp_path: Path) -> None:
    package = _package(tmp_path, with_csv=True)
    with tarfile.open(package) as tar:
        names = [m.name for m in tar.getmembers()]
        body = json.loads(tar.extractfile(PACKAGE_JSON).read())  # type: ignore[union-attr]
    assert [f["role"] for f in body["files"]] == ["form", "media"]
    assert "media/towns_form-3-towns.csv" in names
    assert body["files"][1]["file"] == "towns.csv"


def test_media_for_a_form_the_package_lacks_is_refused(tmp_path: Path) -> None:
    identity = Identity.generate("Coord", "coordinator")
    form = json.dumps({"id": "a", "version": "1", "title": "A", "items": []}).encode()
    with pytest.raises(BundleError) as caught:
        build_package(
            tmp_path / "p.sppackage",
            identity,
            sequence=1,
            forms=[form],
            media=[MediaFile("b", "1", "towns.csv", b"name,label\n")],
        )
    assert caught.value.code == "manifest_invalid"


def test_without_its_file_the_question_says_which_file_is_missing(tmp_path: Path) -> None:
    package = _package(tmp_path, with_csv=False)
    assert read_package(package).forms[0].media == {}
    field = _field(tmp_path)
    try:
        field.packages.install(package)
        session = FormSession(field.forms.compiled("towns_form"), "en")
        town = next(p for p in session.prompts() if p.id == "town")
        assert town.type == "select_one" and town.choices == ()
        assert town.hint == (
            "The list of choices towns.csv is missing; ask your coordinator for the form's files."
        )
    finally:
        field.close()


def test_a_json_form_finds_its_choice_file_beside_it_and_packages_carry_it(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "forms"
    folder.mkdir()
    form = {
        "id": "visits",
        "version": "1",
        "title": "Visits",
        "choice_files": {"towns": {"file": "towns.csv"}},
        "items": [{"type": "select_one", "id": "town", "label": "Town", "choices": "towns"}],
    }
    (folder / "visits.json").write_text(json.dumps(form), encoding="utf-8")
    (folder / "towns.csv").write_text(TOWNS, encoding="utf-8")
    coord, _ = Workspace.create(tmp_path / "coord", PASSPHRASE, name="Coord", role="coordinator")
    try:
        coord.forms.add(folder / "visits.json")
        choices = coord.forms.compiled("visits").model.choice_lists["towns"]
        assert [c.value for c in choices] == ["kgn", "mbj"]
        coord.packages.build([folder / "visits.json"], tmp_path / "p.sppackage")
    finally:
        coord.close()
    assert read_package(tmp_path / "p.sppackage").forms[0].media == {"towns.csv": TOWNS.encode()}
