"""load_form and ``sp-collect forms validate``: files, JSON errors, every problem, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from forms_helpers import form_data, make_form

from sp_collect.cli.main import main
from sp_collect.engine import CompiledForm, load_form
from sp_collect.errors import FormDefinitionError

GOOD = form_data(items=[{"type": "integer", "id": "age", "label": "Age"}])


def write(tmp_path: Path, name: str, data: object) -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_load_form_from_a_path_text_and_dict(tmp_path: Path) -> None:
    path = write(tmp_path, "f.json", GOOD)
    for source in (path, str(path), json.dumps(GOOD), GOOD):
        form = load_form(source)
        assert isinstance(form, CompiledForm)
        assert list(form.items) == ["age"]


def test_not_json_reports_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.json", '{\n  "id": "x",\n  "items": [,]\n}')
    with pytest.raises(FormDefinitionError) as caught:
        load_form(path)
    assert caught.value.code == "json_syntax"
    assert (caught.value.where.line, caught.value.where.column) == (3, 13)


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FormDefinitionError) as caught:
        load_form(tmp_path / "nope.json")
    assert caught.value.code == "file_not_found"


def test_invalid_form_raises_with_every_problem() -> None:
    data = form_data(
        items=[
            {"type": "text", "id": "a", "bogus": 1},
            {"type": "text", "id": "a"},
            {"type": "text", "id": "b", "relevant": "${nope}"},
        ]
    )
    with pytest.raises(FormDefinitionError) as caught:
        load_form(data)
    codes = [(p.code, p.pointer) for p in caught.value.problems]
    assert codes == [
        ("unknown_property", "/items/0/bogus"),
        ("duplicate_id", "/items/1/id"),
        ("unknown_reference", "/items/2/relevant"),
    ]
    assert caught.value.code == "unknown_property"


def test_warnings_do_not_stop_loading_unless_strict() -> None:
    data = form_data(languages=["en", "fr"], items=[{"type": "text", "id": "a", "label": "A"}])
    assert load_form(data)
    with pytest.raises(FormDefinitionError) as caught:
        load_form(data, strict=True)
    assert caught.value.code == "missing_translation"


def test_compiled_form_has_the_dependency_graph() -> None:
    form = make_form(
        items=[
            {"type": "integer", "id": "a", "label": "A"},
            {"type": "calculate", "id": "c", "calculation": "${b} * 2"},
            {"type": "integer", "id": "b", "label": "B ${a}", "relevant": "${a} > 1"},
            {"type": "repeat", "id": "r", "items": [{"type": "integer", "id": "x"}]},
            {"type": "calculate", "id": "s", "calculation": "sum(${x})"},
        ]
    )
    assert form.value_dependents["a"] == ("b",)
    assert form.display_dependents["a"] == ("b",)  # label piping
    assert form.dependents("b") == {"c"}
    assert form.value_order.index("b") < form.value_order.index("c")
    assert form.items["x"].scope == ("r",)
    assert form.outside_dependents["r"] == ("s",)
    assert form.items["c"].expressions["calculation"].references == {"b"}


def test_cli_validate_valid_and_invalid_files(tmp_path: Path, capsys) -> None:
    good = write(tmp_path, "good.json", GOOD)
    bad = write(
        tmp_path,
        "bad.json",
        form_data(
            languages=["en", "fr"],
            title={"en": "T", "fr": "T"},
            items=[{"type": "txet", "id": "a"}, {"type": "text", "id": "b", "label": "B"}],
        ),
    )
    assert main(["forms", "validate", str(good)]) == 0
    assert "1 of 1 form valid; 0 errors, 0 warnings" in capsys.readouterr().out
    assert main(["forms", "validate", str(good), str(bad)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert f"{bad}: /items/0/type: unknown question type 'txet' (did you mean 'text'?)" in out
    assert f"warning: {bad}: /items/1/label: missing translation: fr (the en text is shown)" in out
    assert out[-1] == "1 of 2 forms valid; 1 error, 1 warning"


def test_cli_validate_strict_turns_warnings_into_errors(tmp_path: Path, capsys) -> None:
    path = write(
        tmp_path, "f.json", form_data(languages=["en", "fr"], title={"en": "T", "fr": "T"})
    )
    assert main(["forms", "validate", str(path)]) == 0
    assert main(["forms", "validate", "--strict", str(path)]) == 0  # nothing untranslated
    write(tmp_path, "f.json", form_data(languages=["en", "fr"]))
    assert main(["forms", "validate", "--strict", str(path)]) == 1
    assert "/title: missing translation: fr" in capsys.readouterr().out


def test_cli_validate_reports_json_syntax(tmp_path: Path, capsys) -> None:
    path = write(tmp_path, "broken.json", '{"id": ')
    assert main(["forms", "validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}: line 1, column 8: the file is not valid JSON" in out
