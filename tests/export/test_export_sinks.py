"""The three writers on their own: inline tables, awkward values, atomic publication."""

from __future__ import annotations

import csv
import tempfile
from pathlib import Path

import pytest
import sqlite_utils
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from sp_collect.analysis.export import xlsx_sink
from sp_collect.analysis.export.csv_sink import CsvSink
from sp_collect.analysis.export.sqlite_sink import SqliteSink
from sp_collect.analysis.export.tables import Column, Table
from sp_collect.analysis.export.xlsx_sink import XlsxSink
from sp_collect.errors import UsageError

NOTES = Table(
    "notes",
    (Column("id", kind="key"), Column("n", int), Column("note", kind="text", open_ended=True)),
    "id",
)


def test_sqlite_search_ignores_accents(tmp_path) -> None:
    sink = SqliteSink(tmp_path / "n.db")
    sink.add_table(NOTES)
    sink.write("notes", ("a", 1, "Le développement des échanges électroniques"))
    sink.write("notes", ("b", 2, "Nothing to see"))
    sink.commit()
    db = sqlite_utils.Database(tmp_path / "n.db")
    assert [row["id"] for row in db["notes"].search("developpement")] == ["a"]
    assert db["notes"].columns_dict == {"id": str, "n": int, "note": str}


def test_sqlite_writes_more_rows_than_one_batch(tmp_path) -> None:
    sink = SqliteSink(tmp_path / "n.db")
    sink.add_table(NOTES)
    for index in range(4500):
        sink.write("notes", (str(index), index, None))
    sink.commit()
    assert sqlite_utils.Database(tmp_path / "n.db")["notes"].count == 4500


def test_xlsx_drops_control_characters_and_keeps_its_scratch_files_beside_the_target(
    tmp_path, monkeypatch
) -> None:
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    out = tmp_path / "out"
    out.mkdir()
    sink = XlsxSink(out / "n.xlsx")
    sink.add_table(NOTES)
    sink.write("notes", ("a", 1, "bell\x07 and tab\tkept"))
    sink.commit()
    assert list(system_temp.iterdir()) == []
    assert [p.name for p in out.iterdir()] == ["n.xlsx"]
    sheet = load_workbook(out / "n.xlsx", read_only=True)["notes"]
    assert list(sheet.values) == [("id", "n", "note"), ("a", 1, "bell and tab\tkept")]


def test_xlsx_refuses_more_rows_than_a_sheet_holds(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(xlsx_sink, "MAX_ROWS", 3)
    sink = XlsxSink(tmp_path / "n.xlsx")
    sink.add_table(NOTES)
    sink.write("notes", ("a", 1, "x"))
    sink.write("notes", ("b", 2, "y"))
    with pytest.raises(UsageError) as caught:
        sink.write("notes", ("c", 3, "z"))
    assert caught.value.code == "export_too_large"
    sink.abort()


@pytest.mark.parametrize("make", [lambda p: XlsxSink(p / "n.xlsx"), lambda p: CsvSink(p / "csv")])
def test_abort_removes_every_partial_file(tmp_path, make) -> None:
    sink = make(tmp_path)
    sink.add_table(NOTES)
    sink.write("notes", ("a", 1, "x"))
    sink.abort()
    leftovers = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert leftovers == []


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(exclude_categories=("Cs",))), max_size=5))
def test_csv_round_trips_any_text(texts: list[str]) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "csv"
        sink = CsvSink(folder)
        sink.add_table(NOTES)
        for index, text in enumerate(texts):
            sink.write("notes", (str(index), index, text))
        sink.commit()
        with (folder / "notes.csv").open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
    assert [row[2] for row in rows[1:]] == texts
