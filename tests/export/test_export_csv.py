"""CSV export: a file per form and per repeat, joined by keys, a codebook, labels, sensitive."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from export_kit import FORM_C, FORM_D, fixture_answers

from sp_collect.errors import NotFound, UsageError

BENEFICIARY = "caricom_beneficiary_interview"


def read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


@pytest.fixture(scope="module")
def exported(workspace, tmp_path_factory):
    folder = tmp_path_factory.mktemp("csv") / "out"
    report = workspace.exports.write("csv", folder)
    return folder, report


def test_one_file_per_form_and_per_repeat_plus_codebook(exported) -> None:
    folder, report = exported
    names = {path.name for path in folder.iterdir()}
    assert {f"{BENEFICIARY}.csv", "c2_work.csv", "caricom_workshop_summary.csv"} <= names
    assert {"d5_scores.csv", "d5_corrections.csv", "codebook.csv"} <= names
    assert {path.name for path in report.files} == names  # nothing partial left behind
    assert dict(report.tables)[BENEFICIARY] == 1 and report.responses == 3


def test_form_table_has_metadata_then_questions_with_unique_headers(exported) -> None:
    headers, rows = read_csv(exported[0] / f"{BENEFICIARY}.csv")
    assert headers[:9] == [
        "response_uuid", "form_version", "status", "revision", "author", "sender",
        "created_at", "updated_at", "instance_name",
    ]  # fmt: skip
    assert len(headers) == len(set(headers))
    # The form's own form_version metadata question is renamed, not lost.
    assert "form_version_answer" in headers
    (row,) = rows
    assert row["status"] == "finalized" and row["revision"] == "1"
    assert row["author"] == "Study Coordinator" and row["c0_01"] == "BEN-RBT-17"
    assert row["c4_12a"] == "420.0" and row["c7_07"] == "41"


def test_select_multiple_is_raw_values_plus_a_0_1_column_per_choice(exported) -> None:
    headers, (row,) = read_csv(exported[0] / f"{BENEFICIARY}.csv")
    assert row["c4_03"] == "office_residence post"
    assert row["c4_03/office_residence"] == "1" and row["c4_03/post"] == "1"
    assert row["c4_03/email"] == "0"
    assert headers.index("c4_03") < headers.index("c4_03/office_residence")
    # a select with "other, specify" has its 0/1 column and the text column after them
    assert row["c1_05/other"] == "0" and "c1_05_other" in headers


def test_repeat_rows_join_their_response_by_parent_key(exported) -> None:
    _headers, (response,) = read_csv(exported[0] / f"{BENEFICIARY}.csv")
    headers, work = read_csv(exported[0] / "c2_work.csv")
    assert headers[:4] == ["key", "parent_key", "response_uuid", "position"]
    uuid = response["response_uuid"]
    assert [w["parent_key"] for w in work] == [uuid, uuid]
    assert [w["key"] for w in work] == [f"{uuid}/c2_work[1]", f"{uuid}/c2_work[2]"]
    expected = fixture_answers("beneficiary_complete")["c2_work"]
    assert [(w["c2_country"], w["c2_from"]) for w in work] == [
        (entry["c2_country"], str(entry["c2_from"])) for entry in expected
    ]


def test_nested_repeat_rows_join_the_enclosing_entry(exported) -> None:
    _h, scores = read_csv(exported[0] / "d5_scores.csv")
    _h, corrections = read_csv(exported[0] / "d5_corrections.csv")
    keys = {row["key"] for row in scores}
    assert corrections and all(row["parent_key"] in keys for row in corrections)
    assert all(row["key"].startswith(row["parent_key"] + "/d5_corrections[") for row in corrections)
    (workshop,) = read_csv(exported[0] / "caricom_workshop_summary.csv")[1]
    assert {row["response_uuid"] for row in corrections} == {workshop["response_uuid"]}


def test_codebook_names_every_column_with_label_type_choices_and_table(exported) -> None:
    folder = exported[0]
    headers, codebook = read_csv(folder / "codebook.csv")
    assert headers == ["table", "column", "question_id", "type", "label", "choices"]
    for table in ("c2_work", BENEFICIARY):
        columns = read_csv(folder / f"{table}.csv")[0]
        assert [row["column"] for row in codebook if row["table"] == table] == columns
    by_column = {(row["table"], row["column"]): row for row in codebook}
    c1_02 = by_column[(BENEFICIARY, "c1_02")]
    assert c1_02["type"] == "select_one" and c1_02["question_id"] == "c1_02"
    assert c1_02["label"] and "man=" in c1_02["choices"]
    flag = by_column[(BENEFICIARY, "c4_03/post")]
    assert flag["type"] == "choice" and flag["question_id"] == "c4_03"
    assert by_column[("c2_work", "c2_from")]["type"] == "integer"


def test_sensitive_fields_are_left_out_and_reported(exported) -> None:
    folder, report = exported
    headers, _rows = read_csv(folder / f"{BENEFICIARY}.csv")
    assert "c7_02_name" not in headers and "c7_02_phone" not in headers
    assert {"c7_02_name", "c7_02_phone", "d2_name"} <= set(report.sensitive_left_out)
    assert "Winston Charles" not in "".join(p.read_text() for p in folder.iterdir())
    assert not any("personal data" in w for w in report.warnings)


def test_include_sensitive_keeps_them_with_a_warning(workspace, tmp_path) -> None:
    report = workspace.exports.write("csv", tmp_path, form_id=FORM_C, include_sensitive=True)
    _headers, (row,) = read_csv(tmp_path / f"{BENEFICIARY}.csv")
    assert row["c7_02_name"] == "Winston Charles"
    assert report.sensitive_left_out == ()
    (warning,) = report.warnings
    assert "personal data" in warning and "c7_02_name" in warning
    # only the form asked for
    assert not (tmp_path / "caricom_workshop_summary.csv").exists()


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "Man"), ("fr", "Homme"), ("es", "Hombre")],
)
def test_labels_write_choice_labels_in_the_chosen_language(
    workspace, tmp_path, language, expected
) -> None:
    workspace.exports.write("csv", tmp_path, form_id=FORM_C, language=language, labels=True)
    _headers, (row,) = read_csv(tmp_path / f"{BENEFICIARY}.csv")
    assert row["c1_02"] == expected
    assert row["c4_03/post"] == "1"  # 0/1 columns stay numbers
    _headers, codebook = read_csv(tmp_path / "codebook.csv")
    (c1_02,) = [r for r in codebook if r["table"] == BENEFICIARY and r["column"] == "c1_02"]
    assert f"man={expected}" in c1_02["choices"]


def test_select_multiple_labels_are_joined_by_semicolons(workspace, tmp_path) -> None:
    workspace.exports.write("csv", tmp_path, form_id=FORM_D, language="fr", labels=True)
    _headers, (row,) = read_csv(tmp_path / "caricom_workshop_summary.csv")
    assert row["d1_09"].split("; ") == ["Anglais", "Français", "Néerlandais"]


def test_a_file_where_the_folder_should_be_is_refused(workspace, tmp_path) -> None:
    target = tmp_path / "not-a-folder"
    target.write_text("x")
    with pytest.raises(UsageError) as caught:
        workspace.exports.write("csv", target)
    assert caught.value.code == "export_target"


def test_unknown_form_and_format_are_refused(workspace, tmp_path) -> None:
    with pytest.raises(NotFound):
        workspace.exports.write("csv", tmp_path, form_id="no-such-form")
    with pytest.raises(UsageError) as caught:
        workspace.exports.write("parquet", tmp_path / "x")
    assert caught.value.code == "export_format"


def test_progress_reports_responses_done_out_of_the_total(workspace, tmp_path) -> None:
    calls: list[tuple[int, int, str]] = []
    workspace.exports.write("csv", tmp_path, progress=lambda *call: calls.append(call))
    assert calls[-1] == (3, 3, "responses")
