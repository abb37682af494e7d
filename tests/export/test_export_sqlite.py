"""SQLite export: typed tables with foreign keys, a codebook, scores and full-text search."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils
from export_kit import FORM_C

from sp_collect.analysis.submissions import InstitutionKey
from sp_collect.errors import Cancelled, UsageError
from sp_collect.progress import CancelToken

BENEFICIARY = "caricom_beneficiary_interview"


@pytest.fixture(scope="module")
def database(workspace, tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("sqlite") / "study.db"
    workspace.exports.write("sqlite", target, language="fr")
    return target


def test_a_table_per_form_and_repeat_with_foreign_keys(database) -> None:
    db = sqlite_utils.Database(database)
    tables = set(db.table_names())
    assert {BENEFICIARY, "c2_work", "d5_scores", "d5_corrections", "codebook"} <= tables
    assert db[BENEFICIARY].pks == ["response_uuid"] and db["c2_work"].pks == ["key"]
    foreign_keys = db["d5_corrections"].foreign_keys
    links = {(fk.column, fk.other_table, fk.other_column) for fk in foreign_keys}
    assert links == {
        ("parent_key", "d5_scores", "key"),
        ("response_uuid", "caricom_workshop_summary", "response_uuid"),
    }
    with sqlite3.connect(database) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_columns_are_typed_for_analysis(database) -> None:
    db = sqlite_utils.Database(database)
    types = db["c2_work"].columns_dict
    assert types["c2_from"] is int and types["position"] is int
    assert db[BENEFICIARY].columns_dict["c4_12a"] is float
    assert db[BENEFICIARY].columns_dict["c4_03/post"] is int


def test_a_join_finds_each_response_and_its_repeat_entries(database) -> None:
    with sqlite3.connect(database) as conn:
        rows = conn.execute(
            f"SELECT b.c0_01, w.position, w.c2_country FROM {BENEFICIARY} b "
            "JOIN c2_work w ON w.parent_key = b.response_uuid ORDER BY w.position"
        ).fetchall()
    assert rows == [("BEN-RBT-17", 1, "VCT"), ("BEN-RBT-17", 2, "TTO")]


def test_full_text_search_finds_words_in_open_answers(database) -> None:
    db = sqlite_utils.Database(database)
    hits = list(db[BENEFICIARY].search("justice"))
    assert [hit["c4_15"] for hit in hits] == [
        "A life certificate signed by a justice of the peace, posted every January."
    ]
    assert list(db[BENEFICIARY].search("kangaroo")) == []
    # Repeat tables are searchable too.
    hits = list(db["d4_findings"].search("totalisation"))
    assert [hit["position"] for hit in hits] == [1]


def test_codebook_table_describes_columns_in_the_export_language(database) -> None:
    db = sqlite_utils.Database(database)
    where = '"table" = ? AND "column" = ?'
    (row,) = db["codebook"].rows_where(where, ["c2_work", "c2_country"])
    assert row["question_id"] == "c2_country" and row["type"] == "select_one"
    assert "TTO=Trinité-et-Tobago" in row["choices"]


def test_score_tables_match_the_workspace_scores_in_both_versions(workspace, database) -> None:
    db = sqlite_utils.Database(database)
    expected = workspace.scoring.scores()
    dma = InstitutionKey("DMA", "DMA_DSS")
    assert set(expected) == {dma}
    for version in ("self_reported", "validated"):
        rows = db["score_areas"].rows_where("version = ?", [version])
        indices = {(row["institution"], row["area"]): row["index"] for row in rows}
        score = getattr(expected[dma], version)
        for code in "LIAT":
            assert indices[("DMA_DSS", code)] == score.dimensions[code].index
    items = list(db["score_items"].rows_where("version = 'validated'"))
    assert items and {row["status"] for row in items} <= {
        "scored", "dk", "na", "hidden", "not_asked", "unanswered", "unscored",
    }  # fmt: skip
    with sqlite3.connect(database) as conn:
        joined = conn.execute(
            "SELECT count(*) FROM score_areas s JOIN caricom_institutional_survey f "
            "USING (response_uuid)"
        ).fetchone()
    assert joined == (db["score_areas"].count,) and joined[0] > 0


def test_no_score_tables_without_form_a(workspace, tmp_path) -> None:
    target = tmp_path / "c.db"
    report = workspace.exports.write("sqlite", target, form_id=FORM_C)
    assert "score_areas" not in sqlite_utils.Database(target).table_names()
    assert "score_areas" not in dict(report.tables)


def test_an_existing_file_is_replaced_whole_and_nothing_is_left_beside_it(
    workspace, tmp_path
) -> None:
    target = tmp_path / "study.db"
    target.write_bytes(b"old")
    workspace.exports.write("sqlite", target, form_id=FORM_C)
    assert sqlite_utils.Database(target)[BENEFICIARY].count == 1
    assert [p.name for p in tmp_path.iterdir()] == ["study.db"]


def test_a_cancelled_export_leaves_the_old_file_and_no_partial(workspace, tmp_path) -> None:
    target = tmp_path / "study.db"
    target.write_bytes(b"old")
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        workspace.exports.write("sqlite", target, cancel=token)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["study.db"]


def test_a_folder_or_a_missing_folder_is_refused(workspace, tmp_path) -> None:
    for target in (tmp_path, tmp_path / "missing" / "x.db"):
        with pytest.raises(UsageError) as caught:
            workspace.exports.write("sqlite", target)
        assert caught.value.code == "export_target"
