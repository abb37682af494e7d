"""Item scoring by rule: maps, bands, max, count_bands, likert, and dk/na/unanswered."""

from __future__ import annotations

from typing import Any

import pytest

from sp_collect.analysis.item_rules import ItemRating, rate_item
from sp_collect.analysis.scoring_config import ScoringConfig, ScoringItem


def rule_item(config: ScoringConfig, qid: str) -> ScoringItem:
    return next(item for item in config.items if item.id == qid)


@pytest.mark.parametrize(
    ("qid", "value", "expected"),
    [
        ("l_status", "in_force", ItemRating("scored", 4)),
        ("l_status", "admin_only", ItemRating("scored", 1)),
        ("l_status", "dk", ItemRating("dk")),
        ("l_status", "na", ItemRating("na")),
        ("l_status", "maybe", ItemRating("unscored")),  # not in the map
        ("l_status", ["in_force"], ItemRating("unscored")),  # wrong shape
        ("l_status", None, ItemRating("unanswered")),
        ("l_status", "", ItemRating("unanswered")),
        # bands: the first band includes its lower bound, every band its upper bound
        ("a_days", 0, ItemRating("scored", 4)),
        ("a_days", 30, ItemRating("scored", 4)),
        ("a_days", 30.5, ItemRating("scored", 3)),
        ("a_days", 60, ItemRating("scored", 3)),
        ("a_days", 240, ItemRating("scored", 1)),
        ("a_days", 241, ItemRating("scored", 0)),
        ("a_days", -1, ItemRating("unscored")),  # below the first band
        ("a_days", True, ItemRating("unscored")),
        ("a_days", "dk", ItemRating("dk")),
        # max: the best channel in use counts
        ("t_channels", ["post", "api"], ItemRating("scored", 4)),
        ("t_channels", ["email_scan", "dk"], ItemRating("scored", 1)),
        ("t_channels", ["dk"], ItemRating("dk")),
        ("t_channels", ["na"], ItemRating("na")),
        ("t_channels", ["telepathy"], ItemRating("unscored")),
        ("t_channels", [], ItemRating("unanswered")),
        # likert 1–5 → 0–4
        ("l_esign", "1", ItemRating("scored", 0)),
        ("l_esign", "5", ItemRating("scored", 4)),
        ("l_esign", 3, ItemRating("scored", 2)),
        ("l_esign", "6", ItemRating("unscored")),
        ("l_esign", "dk", ItemRating("dk")),
    ],
)
def test_rules(config: ScoringConfig, qid: str, value: Any, expected: ItemRating) -> None:
    assert rate_item(rule_item(config, qid), value) == expected


# Bands [[0,1,0],[2,3,1],[4,5,2],[6,7,3],[8,10,4]] are whole-number ranges: 2 and 3 score 1.
@pytest.mark.parametrize(("count", "score"), list(enumerate([0, 0, 1, 1, 2, 2, 3, 3, 4])))
def test_count_bands_count_selected_controls(config: ScoringConfig, count: int, score: int) -> None:
    controls = ["policy", "risk", "iso", "incident", "dpo", "encryption", "logs", "pki"][:count]
    item = rule_item(config, "t_security")
    assert rate_item(item, [*controls, "none"]) == ItemRating("scored", score)


def test_count_bands_excluded_and_dont_know(config: ScoringConfig) -> None:
    item = rule_item(config, "t_security")
    assert rate_item(item, ["none"]) == ItemRating("scored", 0)  # "none" is an answer: 0
    assert rate_item(item, ["dk"]) == ItemRating("dk")
    assert rate_item(item, "policy") == ItemRating("unscored")  # a string is not a selection
