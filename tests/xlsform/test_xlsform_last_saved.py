"""``${last-saved#name}`` defaults: a new response starts with the last saved response's answer,
as ODK Collect does for mapping forms that record one building after another."""

from __future__ import annotations

from pathlib import Path

import pytest
from make_corpus import write

from sp_collect.engine import FormSession, load_form
from sp_collect.engine.xlsform import import_xlsform
from sp_collect.errors import FormDefinitionError
from sp_collect.workspace import Workspace

SURVEY = [
    ["type", "name", "label", "default"],
    ["select_one material", "material", "Material", "${last-saved#material}"],
    ["integer", "floors", "Floors", "${last-saved#floors}"],
    ["text", "note", "Note"],
]
CHOICES = [
    ["list_name", "name", "label"],
    ["material", "wood", "Wood"],
    ["material", "brick", "Brick"],
]


def _form(tmp_path: Path) -> dict:  # type: ignore[type-arg]
    path = write(tmp_path / "buildings.xlsx", {"survey": SURVEY, "choices": CHOICES})
    result = import_xlsform(path)
    assert not result.report.losses()
    return result.form


def test_the_default_becomes_last_saved_and_the_session_starts_with_it(tmp_path: Path) -> None:
    form = _form(tmp_path)
    items = {item["id"]: item for item in form["items"]}
    assert items["material"]["last_saved"] == "material"
    compiled = load_form(form)
    session = FormSession(compiled, last_saved={"material": "brick", "floors": 3, "note": "x"})
    assert (session.value("material"), session.value("floors"), session.value("note")) == (
        "brick",
        3,
        None,
    )
    # Nothing saved yet, or an answer that no longer fits (an older version): no default.
    assert FormSession(compiled).value("material") is None
    assert FormSession(compiled, last_saved={"material": "stone"}).value("material") is None


def test_last_saved_must_name_a_question_outside_the_repeats() -> None:
    form = {
        "id": "f",
        "version": "1",
        "title": "F",
        "items": [{"type": "text", "id": "a", "label": "A", "last_saved": "nowhere"}],
    }
    with pytest.raises(FormDefinitionError) as caught:
        load_form(form)
    assert caught.value.code == "unknown_reference"


def test_a_new_response_in_the_workspace_starts_with_the_last_saved_answers(
    tmp_path: Path,
) -> None:
    workspace, _ = Workspace.create(
        tmp_path / "w", "a long passphrase for last saved", name="Mapper", role="field"
    )
    try:
        workspace.forms.add(_form(tmp_path))
        assert workspace.responses.new("buildings").session.value("material") is None
        workspace.responses.add("buildings", {"material": "wood", "floors": 2, "note": "n"})
        editor = workspace.responses.new("buildings")
        assert editor.session.value("material") == "wood"
        assert editor.session.value("floors") == 2
        assert editor.session.value("note") is None
    finally:
        workspace.close()
