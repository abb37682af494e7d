"""The score table the CLI prints: plain rows from hand-scored institutions."""

from __future__ import annotations

import json

from inline_config import STRONG, WEAK

from sp_collect.analysis.readiness import score_institution
from sp_collect.analysis.score_table import (
    COLUMNS,
    area_rows,
    item_rows,
    score_rows,
    score_table,
)
from sp_collect.analysis.scoring_config import ScoringConfig
from sp_collect.analysis.submissions import InstitutionKey, Submission, resolve_submissions

BRB, GUY, JAM = (InstitutionKey(c, f"{c}_NIS") for c in ("BRB", "GUY", "JAM"))
HTI = InstitutionKey("HTI", "HTI_ONA")


def test_table_rows(config: ScoringConfig) -> None:
    scores = {
        GUY: score_institution(WEAK, config),
        BRB: score_institution(STRONG, config),
        JAM: score_institution({**STRONG, "l_status": "admin_only", "a_procedure": None}, config),
    }
    sent = [
        (JAM, Submission("j1", "received", 1, "2026-03-01T10:00:00", "2026-03-01")),
        (JAM, Submission("j2", "received", 1, "2026-03-05T10:00:00", "2026-03-05")),
        (BRB, Submission("b1", "approved", 2, "2026-02-01T10:00:00", "2026-02-03")),
    ]
    table = score_table(scores, resolve_submissions(sent, {}))
    assert table[0] == list(COLUMNS)
    # values from test_readiness.py; JAM: L 18/28 = 64.3 capped 4→2; A without its gate:
    # 2×3 + 1×4 = 10/12 = 83.3, level 5 capped to 2, completeness 2/3 < 0.7 → provisional
    # overall (64.285714 + 100 + 83.333333 + 87.5) / 4 = 83.779762
    assert table[1:] == [
        ["BRB", "BRB_NIS", "96.4", "100.0", "91.7", "87.5", "93.9", "87.5", "5/5/5/5", "-",
         "T-min", "-", "0", "1"],
        ["GUY", "GUY_NIS", "14.3", "50.0", "20.8", "22.9", "27.0", "14.3", "1/3/2/2",
         "l_status, l_transfer, a_procedure, t_uid", "none", "-", "0", "-"],
        ["JAM", "JAM_NIS", "64.3", "100.0", "83.3", "87.5", "83.8", "64.3", "2*/5/2*/5",
         "l_status, a_procedure", "none", "A", "0", "2, latest"],
    ]  # fmt: skip


def test_records_are_json_ready(config: ScoringConfig) -> None:
    all_dk = {item.id: "dk" for item in config.items}
    all_dk["a_pay_abroad"] = "na"
    sent = [(HTI, Submission("h1", "received", 1, "2026-03-01T10:00:00", "2026-03-01"))]
    records = score_rows({HTI: score_institution(all_dk, config)}, resolve_submissions(sent, {}))
    assert json.loads(json.dumps(records)) == [
        {
            "country": "HTI", "institution": "HTI_ONA", "L": None, "I": None, "A": None,
            "T": None, "overall": None, "weakest": None,
            "levels": {"L": None, "I": None, "A": None, "T": None},
            "failed_gates": ["l_status", "l_transfer", "i_unit", "a_procedure", "t_uid",
                             "t_history"],
            "target": None, "provisional": ["L", "I", "A", "T"], "targets_met": [],
            "weakest_dimension": None,
            "not_applicable": [{"item": "a_pay_abroad", "reason": "answered_na"}],
            "submissions": {"counted": "h1", "counted_by": "only", "uuids": ["h1"]},
        }
    ]  # fmt: skip


def test_flat_rows_for_exports(config: ScoringConfig) -> None:
    scores = {GUY: score_institution({**WEAK, "a_pay_abroad": "na"}, config)}
    areas = {row["area"]: row for row in area_rows(scores)}
    assert len(areas) == 4 + 14  # four dimensions, the config's 14 sub-dimensions
    # A without a_pay_abroad: 3×1 + 2×1 = 5 / 20 = 25 → level 2; T-min gap 40 − 25 = 15
    assert areas["A"] == {
        "country": "GUY", "institution": "GUY_NIS", "area": "A", "kind": "dimension",
        "index": 25.0, "level": 2, "completeness": 1.0, "provisional": False, "gap_t_min": 15.0,
    }  # fmt: skip
    assert areas["A3"]["index"] is None and areas["A3"]["provisional"] is True
    items = {row["item"]: row for row in item_rows(scores)}
    assert len(items) == 14
    assert items["a_pay_abroad"]["status"] == "na"
    assert items["a_pay_abroad"]["applicable"] is False
    # l_status: w 3, score 1 → a failed gate and a gap of priority 3 × (4 − 1) = 9
    assert items["l_status"] == {
        "country": "GUY", "institution": "GUY_NIS", "item": "l_status", "dim": "L",
        "sub": "L1", "w": 3, "gate": True, "status": "scored", "score": 1, "applicable": True,
        "failed_gate": True, "gap_priority": 9,
    }  # fmt: skip
