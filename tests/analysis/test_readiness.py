"""Readiness of realistic institutions, every expected value computed by hand in the comments.

Inline config (tests/analysis/conftest.py), weights and maximum weighted sums (Σ w × 4):
  L: l_status w3 gate, l_transfer w3 gate, l_esign w1 likert             → 28
  I: i_unit w3 gate, i_strategy w2, i_training w1 likert                 → 24
  A: a_procedure w3 gate, a_days w2 bands, a_pay_abroad w1               → 24
  T: t_uid w3 gate (T2), t_history w3 gate (T1), t_channels w2 max (T3),
     t_codes w2 (T-SEM), t_security w2 count_bands (T4)                  → 48
"""

from __future__ import annotations

from typing import Any

import pytest
from inline_config import STRONG, WEAK

from sp_collect.analysis.readiness import GateFailure, score_both, score_institution
from sp_collect.analysis.scoring_config import ScoringConfig

approx = pytest.approx


def test_strong_institution(config: ScoringConfig) -> None:
    score = score_institution(STRONG, config)
    # L: 3×4 + 3×4 + 1×3 = 27 / 28 = 96.428571
    # I: 3×4 + 2×4 + 1×4 = 24 / 24 = 100
    # A: 3×4 + 2×3 (45 days: band (30,60]) + 1×4 = 22 / 24 = 91.666667
    # T: 3×4 + 3×4 + 2×4 (api) + 2×2 (codes partial) + 2×3 (6 controls) = 42 / 48 = 87.5
    indices = {code: dim.index for code, dim in score.dimensions.items()}
    assert indices == approx({"L": 96.428571, "I": 100.0, "A": 91.666667, "T": 87.5})
    assert score.overall == approx((96.428571 + 100 + 91.666667 + 87.5) / 4)  # 93.898810
    assert (score.weakest_link, score.weakest_dimension) == (87.5, "T")
    assert {code: dim.level for code, dim in score.dimensions.items()} == dict.fromkeys("LIAT", 5)
    assert score.failed_gates == ()
    assert all(dim.completeness == 1.0 and not dim.provisional for dim in score.dimensions.values())
    # T-SEM: 2×2 / 2×4 = 50 < 60, so not interoperable, and therefore not aspirational either
    assert score.index("T-SEM") == 50.0
    assert score.targets == {"T_min": True, "T_int": False, "T_opt": False}
    assert score.gaps["T_int"]["T-SEM"] == 10.0  # 60 − 50
    assert score.gaps["T_opt"]["T-SEM"] == 30.0  # 80 − 50
    assert score.gaps["T_opt"]["T"] == 0.0  # 87.5 ≥ 80
    # priorities: t_codes 2×(4−2)=4; a_days 2×1=2 and t_security 2×1=2 (tie: form order);
    # l_esign 1×1=1
    assert [(g.item, g.priority) for g in score.gap_items] == [
        ("t_codes", 4), ("a_days", 2), ("t_security", 2), ("l_esign", 1),
    ]  # fmt: skip
    assert score.gap_items[0].recommendation == "fix_t_codes"
    assert score.sensitivity is not None and score.sensitivity.overall == score.overall


def test_ties_follow_the_form_order(config: ScoringConfig) -> None:
    # a_days and t_security both have priority 2 and weight 2: the form decides
    form_order = [item.id for item in reversed(config.items)]
    ranked = score_institution(STRONG, config.ordered_like(form_order)).gap_items
    assert [g.item for g in ranked] == ["t_codes", "t_security", "a_days", "l_esign"]


def test_strong_institution_with_code_lists_meets_every_target(config: ScoringConfig) -> None:
    score = score_institution({**STRONG, "t_codes": "adopted"}, config)
    # T: 42 − 4 + 8 = 46 / 48 = 95.833333; T-SEM = 100
    assert score.dimensions["T"].index == approx(95.833333)
    assert score.targets == {"T_min": True, "T_int": True, "T_opt": True}


def test_weak_institution(config: ScoringConfig) -> None:
    score = score_institution(WEAK, config)
    # L: 3×1 + 3×0 + 1×1 = 4 / 28 = 14.285714        → level 1
    # I: 3×2 + 2×2 + 1×2 = 12 / 24 = 50               → level 3
    # A: 3×1 + 2×1 (150 days) + 1×0 = 5 / 24 = 20.833333 → level 2
    # T: 3×1 + 3×2 + 2×1 (email_scan) + 2×0 + 2×0 (1 control, "none" excluded) = 11 / 48
    #    = 22.916667                                   → level 2
    indices = {code: dim.index for code, dim in score.dimensions.items()}
    assert indices == approx({"L": 14.285714, "I": 50.0, "A": 20.833333, "T": 22.916667})
    assert score.overall == approx(27.008929)  # 108.035714 / 4
    assert (score.weakest_link, score.weakest_dimension) == (approx(14.285714), "L")
    assert {code: dim.level for code, dim in score.dimensions.items()} == {
        "L": 1, "I": 3, "A": 2, "T": 2,
    }  # fmt: skip
    assert score.failed_gates == (
        GateFailure("l_status", "L", "low_score", 1),
        GateFailure("l_transfer", "L", "low_score", 0),
        GateFailure("a_procedure", "A", "low_score", 1),
        GateFailure("t_uid", "T", "low_score", 1),
    )
    assert not any(dim.capped for dim in score.dimensions.values())  # already at or below 2
    assert score.targets == {"T_min": False, "T_int": False, "T_opt": False}
    assert score.gaps["T_min"] == approx(
        {"L": 25.714286, "I": 0.0, "A": 19.166667, "T": 17.083333}
        | {"L1": 15.0, "L2": 40.0, "L3": 15.0, "I1": 0.0, "I2": 0.0, "I4": 0.0,
           "A1": 15.0, "A2": 15.0, "A3": 40.0, "T1": 0.0, "T2": 15.0, "T-SEM": 40.0,
           "T3": 15.0, "T4": 40.0}
    )  # fmt: skip
    # priority w×(4−s): l_transfer 12; l_status, a_procedure, t_uid 9 (gates, w3, form order);
    # t_codes, t_security 8; i_unit, t_history 6 (gates first), a_days, t_channels 6;
    # i_strategy 4 (w2) before a_pay_abroad 4 (w1); l_esign 3; i_training 2
    assert [g.item for g in score.gap_items] == [
        "l_transfer", "l_status", "a_procedure", "t_uid", "t_codes", "t_security",
        "i_unit", "t_history", "a_days", "t_channels", "i_strategy", "a_pay_abroad",
        "l_esign", "i_training",
    ]  # fmt: skip


def test_all_dont_know(config: ScoringConfig) -> None:
    answers: dict[str, Any] = {item.id: "dk" for item in config.items}
    answers |= {"t_channels": ["dk"], "t_security": ["dk"]}
    score = score_institution(answers, config)
    for dim in score.dimensions.values():
        assert (dim.index, dim.level, dim.completeness, dim.provisional) == (None, None, 0.0, True)
        assert dim.dont_know == dim.applicable
    assert (score.overall, score.weakest_link, score.weakest_dimension) == (None, None, None)
    assert [(f.item, f.reason) for f in score.failed_gates] == [
        ("l_status", "dk"), ("l_transfer", "dk"), ("i_unit", "dk"),
        ("a_procedure", "dk"), ("t_uid", "dk"), ("t_history", "dk"),
    ]  # fmt: skip
    assert score.targets == {"T_min": False, "T_int": False, "T_opt": False}
    assert set(score.gaps["T_min"].values()) == {None}
    assert score.gap_items == ()
    # Sensitivity run, dk = 0: every index 0, level 1, every item a gap of priority 4w.
    low = score.sensitivity
    assert low is not None and low.dk_as_zero
    assert {code: (d.index, d.level) for code, d in low.dimensions.items()} == dict.fromkeys(
        "LIAT", (0.0, 1)
    )
    assert low.overall == 0.0
    assert [g.priority for g in low.gap_items] == [12] * 6 + [8] * 5 + [4] * 3


def test_failed_gate_caps_a_high_index(config: ScoringConfig) -> None:
    score = score_institution({**STRONG, "l_status": "admin_only"}, config)
    legal = score.dimensions["L"]
    # L: 3×1 + 3×4 + 1×3 = 18 / 28 = 64.285714 → level 4, capped at 2 by the gate (s = 1)
    assert legal.index == approx(64.285714)
    assert (legal.uncapped_level, legal.level, legal.capped) == (4, 2, True)
    assert legal.failed_gates == (GateFailure("l_status", "L", "low_score", 1),)
    # every dimension ≥ 40, but a gate failed: not pilot-ready
    assert score.targets["T_min"] is False
    assert score.gap_items[0].item == "l_status"  # priority 3×(4−1) = 9


def test_gate_answered_dont_know_caps_until_verified(config: ScoringConfig) -> None:
    score = score_institution({**STRONG, "t_history": "dk"}, config)
    technical = score.dimensions["T"]
    # T without t_history: 3×4 + 2×4 + 2×2 + 2×3 = 30 / 36 = 83.333333 → level 5, capped at 2
    assert technical.index == approx(83.333333)
    assert (technical.uncapped_level, technical.level) == (5, 2)
    assert technical.completeness == 0.8  # 4 answered of 5 applicable
    assert not technical.provisional
    assert score.failed_gates == (GateFailure("t_history", "T", "dk", None),)
    # dk = 0: 30 / 48 = 62.5, and t_history becomes the top gap (3 × 4 = 12)
    assert score.sensitivity is not None
    assert score.sensitivity.dimensions["T"].index == 62.5
    assert score.sensitivity.gap_items[0].item == "t_history"


def test_missing_sections_are_provisional(config: ScoringConfig) -> None:
    answers = {k: STRONG[k] for k in STRONG if k[0] in "li"}
    answers |= {"a_days": 45, "t_uid": "all"}
    score = score_institution(answers, config)
    admin, technical = score.dimensions["A"], score.dimensions["T"]
    # A: only a_days, 2×3 / 2×4 = 75; completeness 1/3. T: only t_uid = 100; completeness 1/5
    assert (admin.index, admin.completeness, admin.provisional) == (75.0, approx(1 / 3), True)
    assert (technical.index, technical.completeness, technical.provisional) == (100.0, 0.2, True)
    # the unanswered gates a_procedure and t_history cap both at level 2
    assert (admin.uncapped_level, admin.level) == (4, 2)
    assert (technical.uncapped_level, technical.level) == (5, 2)
    assert [(f.item, f.reason) for f in score.failed_gates] == [
        ("a_procedure", "unanswered"), ("t_history", "unanswered"),
    ]  # fmt: skip
    assert score.provisional_dimensions == ("A", "T")
    assert score.overall == approx((96.428571 + 100 + 75 + 100) / 4)  # 92.857143
    assert score.subdimensions["A1"].index is None
    assert score.subdimensions["A1"].completeness == 0.0


def test_not_applicable_items_leave_the_index_and_completeness(config: ScoringConfig) -> None:
    answers = {**STRONG, "a_pay_abroad": "na", "i_training": "na", "t_channels": ["na"]}
    score = score_institution(answers, config)
    # A: 3×4 + 2×3 = 18 / 20 = 90; I: 20 / 20 = 100; T: 42 − 8 = 34 / 40 = 85
    indices = {code: dim.index for code, dim in score.dimensions.items()}
    assert indices == approx({"L": 96.428571, "I": 100.0, "A": 90.0, "T": 85.0})
    assert score.dimensions["A"].completeness == 1.0  # 2 answered of 2 applicable
    assert score.dimensions["A"].applicable == 2
    assert score.subdimensions["A3"].completeness is None  # nothing applicable
    assert score.subdimensions["A3"].index is None


def test_workshop_corrections_change_a_level(config: ScoringConfig) -> None:
    corrections = {
        "l_status": "in_force",
        "l_transfer": "yes",
        "i_unit": "shared",  # same as self-reported: not a correction
        "s1_name": "NIB",  # not a scored item
    }
    pair = score_both(WEAK, config, corrections)
    assert pair.self_reported.dimensions["L"].level == 1  # 14.285714, gates failed
    validated = pair.validated.dimensions["L"]
    # L: 3×4 + 3×4 + 1×1 = 25 / 28 = 89.285714 → level 5, no L gate left failing
    assert validated.index == approx(89.285714)
    assert (validated.level, validated.failed_gates) == (5, ())
    assert pair.validated.corrected_items == ("l_status", "l_transfer")
    assert pair.self_reported.corrected_items == ()
    assert pair.validated.overall == approx((89.285714 + 50 + 20.833333 + 22.916667) / 4)
    assert pair.validated.dimensions["I"] == pair.self_reported.dimensions["I"]
