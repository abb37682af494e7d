"""The XLSForm import's parts: language codes, expressions, appearances, repair and the report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from make_corpus import write

from sp_collect.engine import validate_form
from sp_collect.engine.xlsform import import_xlsform
from sp_collect.engine.xlsform.appearances import map_appearance
from sp_collect.engine.xlsform.expressions import to_ours, unsupported_calls
from sp_collect.engine.xlsform.languages import language_code
from sp_collect.engine.xlsform.report import ImportReport


@pytest.mark.parametrize(
    ("name", "code", "guessed"),
    [
        ("English (en)", "en", False),
        ("Français (fr)", "fr", False),
        ("Papiamentu (pap)", "pap", False),
        ("English", "en", True),
        ("French", "fr", True),
        ("Français", "fr", True),
        ("Dutch", "nl", True),
        ("Nederlands", "nl", True),
        ("Spanish", "es", True),
        ("Español", "es", True),
        ("Haitian Creole", "ht", True),
        ("Kreyòl", "ht", True),
        ("Papiamentu", "pap", True),
        ("es", "es", False),
        ("Klingon", None, True),
    ],
)
def test_language_codes(name: str, code: str | None, guessed: bool) -> None:
    assert language_code(name) == (code, guessed)


@pytest.mark.parametrize(
    ("source", "ours"),
    [
        ("/data/hh_size > 2", "${hh_size} > 2"),
        ("/data/group/b + /data/a", "${b} + ${a}"),
        ("selected(../works, 'other')", "selected(${works}, 'other')"),
        ("current()/../country = 'jm'", "${country} = 'jm'"),
        ("'/data/x' = /data/y", "'/data/x' = ${y}"),
        ("count(/data/member)", "count(${member})"),
        (". > 0 and ${a} div 2 < 5", ". > 0 and ${a} div 2 < 5"),
    ],
)
def test_xpath_paths_become_references(source: str, ours: str) -> None:
    assert to_ours(source) == ours


NAMES = st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,12}", fullmatch=True).filter(
    lambda name: name not in {"and", "or", "div", "mod"}
)


@settings(max_examples=60, deadline=None)
@given(groups=st.lists(NAMES, max_size=3), name=NAMES, text=st.text(alphabet="/ab.${}", max_size=8))
def test_any_absolute_path_becomes_its_last_step_and_strings_stay(
    groups: list[str], name: str, text: str
) -> None:
    path = "/".join(["", "data", *groups, name])
    quoted = "'" + text.replace("'", "") + "'"
    assert to_ours(f"{path} = {quoted}") == "${" + name + "} = " + quoted


def test_unsupported_functions_are_named_once_and_strings_are_not_calls() -> None:
    reasons = unsupported_calls("jr:itext('a') + jr:itext('b') + instance('x')/root/item")
    assert len(reasons) == 1
    assert unsupported_calls("concat('jr:itext(', ${x})") == []


@pytest.mark.parametrize(
    ("our_type", "text", "expected", "actions"),
    [
        ("select_one", "minimal", ("select_one", "minimal"), ()),
        ("select_one", "likert", ("select_one", "likert"), ()),
        ("select_one", "list-nolabel", ("select_one", "likert"), ("converted",)),
        ("select_one", "label", ("note", None), ("converted",)),
        ("select_multiple", "autocomplete", ("select_multiple", "minimal"), ("converted",)),
        ("image", "signature", ("signature", None), ("converted",)),
        ("text", "multiline", ("text", "multiline"), ()),
        ("section", "field-list", ("section", None), ()),
        ("select_one", "minimal search('towns', 'matches', 'a', ${x})", ("select_one", "minimal"),
         ()),
        ("geopoint", "maps", ("geopoint", None), ("ignored",)),
    ],
)  # fmt: skip
def test_appearances(
    our_type: str, text: str, expected: tuple[str, str | None], actions: tuple[str, ...]
) -> None:
    mapped = map_appearance(our_type, text)
    assert (mapped.type, mapped.appearance) == expected
    assert tuple(action for _, action, _ in mapped.notes) == actions


def test_report_lines_are_sorted_by_sheet_then_row() -> None:
    report = ImportReport()
    report.add("survey", 9, "appearance", "map", "ignored", "maps are not drawn")
    report.add("settings", 2, "style", "style", "ignored", "no equivalent")
    report.add("survey", 3, "type", "range", "converted", "a number")
    assert report.lines() == [
        "settings row 2 column style: style: ignored: no equivalent",
        "survey row 3 column type: range: converted: a number",
        "survey row 9 column appearance: map: ignored: maps are not drawn",
    ]
    assert "3 XLSForm features" in report.summary()
    assert ImportReport().summary() == "every XLSForm feature was imported"


def _import(tmp_path: Path, survey: list[list[Any]], **sheets: list[list[Any]]) -> Any:
    return import_xlsform(write(tmp_path / "form.xlsx", {"survey": survey, **sheets}))


def test_what_our_validator_refuses_is_removed_and_located(tmp_path: Path) -> None:
    result = _import(
        tmp_path,
        [
            ["type", "name", "label", "relevant", "calculation"],
            ["calculate", "phone", None, None, "if(1 < 2, 0, 1"],
            ["text", "a", "A", "${phone} != ''"],
            ["calculate", "b", None, None, "wq:length('eA==')"],
            ["integer", "c", "C", "${b} = 'x'"],
        ],
    )
    assert [p for p in validate_form(result.form) if p.severity == "error"] == []
    items = {item["id"]: item for item in result.form["items"]}
    assert "relevant" not in items["a"]
    assert "b" not in items
    assert "relevant" not in items["c"]
    found = {(f.row, f.column, f.feature, f.action) for f in result.report.findings}
    assert (2, "calculation", "expr_syntax", "dropped") in found
    assert (3, "relevant", "unknown_reference", "dropped") in found
    assert (4, "calculation", "expr_unknown_function", "dropped") in found
    assert (5, "relevant", "unknown_reference", "dropped") in found


def test_a_plain_label_column_with_translations_merges_into_the_default(tmp_path: Path) -> None:
    result = _import(
        tmp_path,
        [["type", "name", "label", "label::Español (es)"], ["text", "q", "Question", "Pregunta"]],
        settings=[["form_id", "version", "default_language"], ["f", "1", "English (en)"]],
    )
    assert result.form["languages"] == ["en", "es"]
    assert result.form["items"][0]["label"] == {"en": "Question", "es": "Pregunta"}


def test_a_form_without_settings_takes_its_id_from_the_file_and_reports_the_version(
    tmp_path: Path,
) -> None:
    result = _import(tmp_path, [["type", "name", "label"], ["text", "q", "Q"]])
    assert (result.form["id"], result.form["version"]) == ("form", "1")
    assert [f.column for f in result.report.findings] == ["version"]


def test_an_instance_name_naming_a_dropped_question_is_removed_and_reported(
    tmp_path: Path,
) -> None:
    result = _import(
        tmp_path,
        [
            ["type", "name", "label", "calculation"],
            ["calculate", "phone", None, "if(1 < 2, 0, 1"],
            ["text", "q", "Q"],
        ],
        settings=[["form_id", "version", "instance_name"], ["f", "1", "concat('x', ${phone})"]],
    )
    assert "instance_name" not in result.form["settings"]
    found = {(f.sheet, f.row, f.column, f.action) for f in result.report.findings}
    assert ("settings", 2, "instance_name", "dropped") in found
