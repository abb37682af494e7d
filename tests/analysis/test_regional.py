"""Regional statistics and corridors over hand-scored institutions (see test_readiness.py).

Dimension indices used below (computed by hand in test_readiness.py):
  BRB (strong):                 L 96.428571  I 100  A 91.666667  T 87.5       overall 93.898810
  GUY (weak):                   L 14.285714  I 50   A 20.833333  T 22.916667  overall 27.008929
  HTI (all "don't know"):       no index anywhere, overall None
  JAM (strong, gate s=1 in L):  L 64.285714  I 100  A 91.666667  T 87.5       overall 85.863095
"""

from __future__ import annotations

from typing import Any

import pytest
from inline_config import STRONG, WEAK

from sp_collect.analysis.corridors import Corridor, corridor_matrix
from sp_collect.analysis.readiness import InstitutionScore, score_institution
from sp_collect.analysis.regional import CommonGap, Spread, regional_summary, spread
from sp_collect.analysis.scoring_config import ScoringConfig
from sp_collect.analysis.submissions import InstitutionKey

approx = pytest.approx
BRB, GUY, HTI, JAM, TTO = (
    InstitutionKey(c, f"{c}_SSB") for c in ("BRB", "GUY", "HTI", "JAM", "TTO")
)


@pytest.fixture(scope="module")
def scores(config: ScoringConfig) -> dict[InstitutionKey, InstitutionScore]:
    all_dk: dict[str, Any] = {item.id: "dk" for item in config.items}
    return {
        BRB: score_institution(STRONG, config),
        GUY: score_institution(WEAK, config),
        HTI: score_institution(all_dk, config),
        JAM: score_institution({**STRONG, "l_status": "admin_only"}, config),
    }


def test_spreads_use_type_7_quartiles(scores: dict[InstitutionKey, InstitutionScore]) -> None:
    summary = regional_summary(scores)
    assert summary.institutions == (BRB, GUY, HTI, JAM)
    # L over 3 institutions, sorted 14.285714, 64.285714, 96.428571 (HTI has none):
    # Q1 at position 1.5 = (14.285714 + 64.285714) / 2 = 39.285714
    # Q3 at position 2.5 = (64.285714 + 96.428571) / 2 = 80.357143
    legal = summary.dimensions["L"]
    assert legal == Spread(
        count=3, missing=1, median=approx(64.285714), minimum=approx(14.285714),
        maximum=approx(96.428571), q1=approx(39.285714), q3=approx(80.357143),
    )  # fmt: skip
    assert legal.iqr == approx(41.071429)
    # I: 50, 100, 100 → median 100, Q1 75, Q3 100
    institutional = summary.dimensions["I"]
    assert (institutional.median, institutional.q1, institutional.q3) == (100.0, 75.0, 100.0)
    # overall: 27.008929, 85.863095, 93.898810
    assert summary.overall.median == approx(85.863095)
    assert summary.overall.q1 == approx((27.008929 + 85.863095) / 2)
    assert summary.overall.q3 == approx((85.863095 + 93.898810) / 2)
    assert summary.overall.missing == 1
    # weakest links: BRB 87.5 (T), GUY 14.285714 (L), JAM 64.285714 (L)
    assert summary.weakest_link.median == approx(64.285714)
    assert summary.subdimensions["T-SEM"].maximum == 50.0


def test_targets_and_levels(scores: dict[InstitutionKey, InstitutionScore]) -> None:
    summary = regional_summary(scores)
    assert summary.at_or_above["T_min"]["L"] == 2  # BRB 96, JAM 64
    assert summary.at_or_above["T_min"]["I"] == 3  # BRB, GUY (exactly 50), JAM
    assert summary.at_or_above["T_int"]["T-SEM"] == 0  # best is 50
    assert summary.at_or_above["T_opt"]["L"] == 1  # only BRB ≥ 80
    # only BRB is pilot-ready: JAM failed a gate; nobody reaches T-SEM 60 for T-int
    assert summary.targets_met == {"T_min": 1, "T_int": 0, "T_opt": 0}
    # L levels: BRB 5, GUY 1, HTI none, JAM 2 (64 is level 4, capped by the gate)
    assert summary.levels["L"] == {1: 1, 2: 1, 5: 1, None: 1}
    assert summary.levels["I"] == {3: 1, 5: 2, None: 1}


def test_common_gaps_rank_sub_dimensions_below_t_min(
    scores: dict[InstitutionKey, InstitutionScore],
) -> None:
    gaps = regional_summary(scores).common_gaps
    # L1: GUY 25 and JAM 25 below 40 → 2 of 3; GUY alone is below in L2, L3, A1–A3, T2,
    # T-SEM, T3, T4 → 1 of 3; nobody in I1, I2, I4 (GUY 50) or T1 (GUY 50)
    assert gaps[0] == CommonGap("L1", below=2, scored=3)
    assert gaps[0].share == approx(2 / 3)
    assert [gap.sub for gap in gaps[1:]] == [
        "L2", "L3", "A1", "A2", "A3", "T2", "T-SEM", "T3", "T4", "I1", "I2", "I4", "T1",
    ]  # fmt: skip
    assert [gap.below for gap in gaps[1:]] == [1] * 9 + [0] * 4


def test_corridors_take_the_weaker_partner(
    scores: dict[InstitutionKey, InstitutionScore], config: ScoringConfig
) -> None:
    both = {**scores, TTO: score_institution({**STRONG, "t_codes": "adopted"}, config)}
    corridors = {(c.a, c.b): c for c in corridor_matrix(both)}
    assert len(corridors) == 10  # 5 institutions choose 2
    assert corridors[BRB, GUY] == Corridor(
        BRB, GUY, overall=approx(27.008929), technical=approx(22.916667), pilot_ready=False
    )
    assert corridors[BRB, HTI] == Corridor(BRB, HTI, None, None, pilot_ready=False)
    # JAM is strong but failed a gate: not pilot-ready with anyone
    assert corridors[BRB, JAM].overall == approx(85.863095)
    assert not corridors[BRB, JAM].pilot_ready
    # TTO: T = 46/48 = 95.833333; with BRB: min overall 93.898810, min T 87.5, both T-min
    assert corridors[BRB, TTO] == Corridor(
        BRB, TTO, overall=approx(93.898810), technical=87.5, pilot_ready=True
    )
    assert regional_summary(both).corridors == corridor_matrix(both)


def test_spread_of_one_and_of_none() -> None:
    assert spread([5.0, None]) == Spread(1, 1, 5.0, 5.0, 5.0, 5.0, 5.0)
    assert spread([5.0]).iqr == 0.0
    assert spread([None]) == Spread(0, 1, None, None, None, None, None)
    assert spread([]).iqr is None
