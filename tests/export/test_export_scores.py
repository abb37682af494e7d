"""The SQLite export carries what the reports show: the regional summary rebuilds from it."""

from __future__ import annotations

import sqlite3
import statistics
from pathlib import Path

import pytest

from sp_collect.analysis.corridors import corridor_matrix
from sp_collect.analysis.regional import regional_summary
from sp_collect.analysis.scoring_config import DIMENSIONS, TARGETS
from sp_collect.resources import shipped_forms
from sp_collect.workspace import Workspace

FORM_A = "caricom-institutional-survey"
PASSPHRASE = "correct horse battery staple"


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory) -> tuple[Workspace, Path]:
    """Synthetic Form A answers of a dozen institutions, exported to SQLite."""
    folder = tmp_path_factory.mktemp("scores") / "ws"
    workspace, _ = Workspace.create(folder, PASSPHRASE, name="C", role="coordinator")
    for path in shipped_forms():
        workspace.forms.add(path)
    workspace.demo.generate(14, form_id=FORM_A, finalize=True, seed=21)
    target = folder.parent / "study.db"
    workspace.exports.write("sqlite", target, form_id=FORM_A)
    yield workspace, target
    workspace.close()


def rows(database: Path, query: str, *args: object) -> list[sqlite3.Row]:
    with sqlite3.connect(database) as conn:
        conn.row_factory = sqlite3.Row
        return conn.execute(query, args).fetchall()


def test_the_regional_summary_table_rebuilds_from_the_export(study) -> None:
    workspace, database = study
    pairs = workspace.scoring.scores()
    assert len(pairs) >= 5, "enough institutions for quartiles"
    # The demo spreads its surveys over the listed institutions: no duplicates among 14.
    assert not any(found.several for found in workspace.scoring.submissions(FORM_A).values())
    summary = regional_summary({key: pair.validated for key, pair in pairs.items()})
    institutions = rows(
        database, "SELECT * FROM score_institutions WHERE version = 'validated' ORDER BY 2, 3"
    )
    assert [(r["country"], r["institution"]) for r in institutions] == [
        (key.country, key.code) for key in summary.institutions
    ]
    for code in DIMENSIONS:
        indices = [
            r["index"]
            for r in rows(
                database,
                "SELECT \"index\" FROM score_areas WHERE version = 'validated' AND area = ?",
                code,
            )
            if r["index"] is not None
        ]
        spread = summary.dimensions[code]
        assert spread.count == len(indices)
        assert spread.median == pytest.approx(statistics.median(indices))
        assert (spread.minimum, spread.maximum) == (min(indices), max(indices))
        levels = [r[f"level_{code}"] for r in institutions]
        assert {level: levels.count(level) for level in set(levels)} == summary.levels[code]
    overall = [r["overall"] for r in institutions if r["overall"] is not None]
    assert summary.overall.count == len(overall)
    if overall:
        assert summary.overall.median == pytest.approx(statistics.median(overall))
    weakest = [r["weakest_link"] for r in institutions if r["weakest_link"] is not None]
    assert summary.weakest_link.count == len(weakest)
    for target in TARGETS:
        assert summary.targets_met[target] == sum(r[target.lower()] for r in institutions)


def test_gates_not_applicable_items_and_corridors_agree_with_the_analysis(study) -> None:
    workspace, database = study
    pairs = workspace.scoring.scores()
    sent = workspace.scoring.submissions(FORM_A)
    exported = {
        (r["country"], r["institution"]): r
        for r in rows(database, "SELECT * FROM score_institutions WHERE version = 'self_reported'")
    }
    reasons = set()
    for key, pair in pairs.items():
        score = pair.self_reported
        row = exported[key.country, key.code]
        assert row["failed_gates"].split() == [f.item for f in score.failed_gates]
        assert row["not_applicable"].split() == [
            f"{n.item}:{n.reason}" for n in score.not_applicable
        ]
        reasons |= {n.reason for n in score.not_applicable}
        assert row["weakest_dimension"] == score.weakest_dimension
        assert row["counted_by"] == sent[key].counted_by
        assert row["submissions"] == len(sent[key].submissions)
        assert row["response_uuid"] == sent[key].counted.uuid
        items = rows(
            database,
            "SELECT item, status, failed_gate, gap_priority FROM score_items "
            "WHERE version = 'self_reported' AND country = ? AND institution = ?",
            key.country,
            key.code,
        )
        assert {r["item"] for r in items if r["failed_gate"]} == {
            f.item for f in score.failed_gates
        }
        assert {r["item"]: r["gap_priority"] for r in items if r["gap_priority"]} == {
            g.item: g.priority for g in score.gap_items
        }
    assert "hidden" in reasons, "skip logic hid some scored item in the synthetic answers"
    corridors = rows(database, "SELECT * FROM score_corridors WHERE version = 'self_reported'")
    expected = corridor_matrix({key: pair.self_reported for key, pair in pairs.items()})
    assert len(corridors) == len(expected)
    assert sum(r["pilot_ready"] for r in corridors) == sum(c.pilot_ready for c in expected)


def test_framework_outcomes_are_exported_per_institution(study) -> None:
    workspace, database = study
    outcomes = rows(database, "SELECT DISTINCT outcome FROM score_frameworks")
    assert {r["outcome"] for r in outcomes} <= {"met", "not_met", "unknown"}
    count = rows(database, "SELECT count(*) AS n FROM score_frameworks WHERE version = 'validated'")
    criteria = rows(database, "SELECT count(DISTINCT criterion) AS n FROM score_frameworks")
    assert count[0]["n"] == criteria[0]["n"] * len(workspace.scoring.scores()) > 0
