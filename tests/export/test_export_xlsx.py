"""XLSX export: a sheet per table plus the codebook, labels per language, sensitive fields."""

from __future__ import annotations

import pytest
from export_kit import FORM_C
from openpyxl import load_workbook

BENEFICIARY = "caricom_beneficiary_interview"


def sheet_rows(path, name) -> list[dict[str, object]]:
    book = load_workbook(path, read_only=True)
    header, *rows = book[name].values
    return [dict(zip(header, row, strict=True)) for row in rows]


@pytest.fixture(scope="module")
def workbook(workspace, tmp_path_factory):
    target = tmp_path_factory.mktemp("xlsx") / "study.xlsx"
    report = workspace.exports.write("xlsx", target, language="nl", labels=True)
    return target, report


def test_one_sheet_per_table_then_the_codebook_and_scores(workbook) -> None:
    target, report = workbook
    names = load_workbook(target, read_only=True).sheetnames
    assert names == [table for table, _rows in report.tables]
    assert names[:2] == [BENEFICIARY, "c2_work"] and "codebook" in names
    assert {"score_areas", "score_items", "d5_corrections"} <= set(names)
    assert all(len(name) <= 31 for name in names)  # Excel's limit


def test_rows_keep_numbers_as_numbers_and_labels_in_dutch(workbook) -> None:
    target, _report = workbook
    (response,) = sheet_rows(target, BENEFICIARY)
    assert response["c1_02"] == "Man" and response["c4_12a"] == 420.0
    assert response["c4_03/post"] == 1 and response["c4_03/email"] == 0
    work = sheet_rows(target, "c2_work")
    assert [w["parent_key"] for w in work] == [response["response_uuid"]] * 2
    assert [w["c2_from"] for w in work] == [1978, 1990]
    assert work[0]["c2_country"] == "Saint Vincent en de Grenadines"


def test_codebook_sheet_lists_the_repeat_columns(workbook) -> None:
    target, _report = workbook
    codebook = sheet_rows(target, "codebook")
    columns = [row["column"] for row in codebook if row["table"] == "c2_work"]
    assert columns[:4] == ["key", "parent_key", "response_uuid", "position"]
    assert "c2_registered" in columns


def test_sensitive_fields_absent_then_present_on_request(workspace, workbook, tmp_path) -> None:
    target, _report = workbook
    assert "c7_02_name" not in sheet_rows(target, BENEFICIARY)[0]
    full = tmp_path / "full.xlsx"
    report = workspace.exports.write("xlsx", full, form_id=FORM_C, include_sensitive=True)
    assert sheet_rows(full, BENEFICIARY)[0]["c7_02_phone"] == "+1 784 555 0142"
    assert any("personal data" in warning for warning in report.warnings)
