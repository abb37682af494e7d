"""Item-level results over hand-scored institutions (values from test_readiness.py)."""

from __future__ import annotations

import itertools

from inline_config import STRONG, WEAK

from sp_collect.analysis.items import common_gap_items, item_summaries
from sp_collect.analysis.readiness import score_institution
from sp_collect.analysis.scoring_config import ScoringConfig
from sp_collect.analysis.submissions import InstitutionKey

BRB, GUY, JAM = (InstitutionKey(c, f"{c}_NIS") for c in ("BRB", "GUY", "JAM"))


def test_each_item_counts_scores_answers_and_gaps(config: ScoringConfig) -> None:
    scores = {
        BRB: score_institution(STRONG, config),
        GUY: score_institution({**WEAK, "a_pay_abroad": "na", "t_history": "dk"}, config),
        JAM: score_institution({**STRONG, "l_status": "admin_only", "a_procedure": None}, config),
    }
    found = {summary.item: summary for summary in item_summaries(scores)}
    assert list(found) == [item.id for item in config.items]
    # l_status (w 3, gate): BRB 4, GUY 1, JAM 1 → two gaps of 3 × 3 = 9 each, two failed gates
    status = found["l_status"]
    assert status.scores == {0: 0, 1: 2, 2: 0, 3: 0, 4: 1}
    assert (status.gaps, status.priority, status.failed_gates) == (2, 18, 2)
    assert (status.institutions, status.scored, status.not_applicable) == (3, 3, 0)
    assert found["a_pay_abroad"].answered_na == 1 and found["a_pay_abroad"].scored == 2
    assert found["t_history"].dont_know == 1 and found["t_history"].failed_gates == 1
    assert found["a_procedure"].unanswered == 1
    ranked = common_gap_items(item_summaries(scores))
    assert ranked[0].item == "l_status"
    assert all(a.priority >= b.priority for a, b in itertools.pairwise(ranked))
    assert all(s.gaps for s in ranked)
