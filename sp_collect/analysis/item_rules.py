"""Item scoring: one answer → a status and a score 0–4, by the item's rule (study.md §4.2)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sp_collect.analysis.scoring_config import Band, ScoringItem

ItemStatus = Literal["scored", "dk", "na", "hidden", "not_asked", "unanswered", "unscored"]
"""``unscored``: answered, but the rule gives no score (a value mapped to null, out of range);
``na``: answered "not applicable"; ``hidden``: the response's skip logic never asked it;
``not_asked``: the form version it was collected with had no such question (the last two are
set by :mod:`sp_collect.analysis.readiness`, never by :func:`rate_item`)."""


@dataclass(frozen=True)
class ItemRating:
    status: ItemStatus
    score: int | None = None


_UNANSWERED = ItemRating("unanswered")
_UNSCORED = ItemRating("unscored")


def band_score(value: float, bands: Sequence[Band]) -> int | None:
    """The score of the first band whose upper bound is ≥ ``value``; None when out of range.

    With contiguous bands (``lo`` = previous ``hi``) this is the contract's rule exactly: the
    first band is ``lo ≤ x ≤ hi``, the others ``lo < x ≤ hi``. Count bands may also be written
    as whole-number ranges (``[0,1]``, ``[2,3]``, …): a count of 2 then falls in ``[2,3]``, as
    the study's config means, where a strict lower-exclusive reading would score no band.
    """
    if value < bands[0][0] or value > bands[-1][1]:
        return None
    return next(score for _lo, hi, score in bands if value <= hi)


def rate_item(item: ScoringItem, value: Any) -> ItemRating:
    """Rate one answer in the ``finalized_answers()`` shape (None or [] means no answer)."""
    if value is None or value in ("", []):
        return _UNANSWERED
    if item.rule in ("max", "count_bands"):
        return _rate_selection(item, value)
    if isinstance(value, str):
        if value in item.dk_values:
            return ItemRating("dk")
        if value in item.na_values:
            return ItemRating("na")
    if item.rule == "map":
        score = item.map.get(value) if isinstance(value, str) and item.map else None
        return _UNSCORED if score is None else ItemRating("scored", score)
    if item.rule == "likert_minus_one":
        return _rate_likert(value)
    return _rate_number(item, value)


def _rate_selection(item: ScoringItem, value: Any) -> ItemRating:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return _UNSCORED
    real = [v for v in value if v not in item.dk_values and v not in item.na_values]
    if not real:
        # Only "don't know"/"not applicable" ticked: the item says nothing about capability.
        return ItemRating("dk") if any(v in item.dk_values for v in value) else ItemRating("na")
    if item.rule == "count_bands":
        count = sum(1 for v in real if v not in item.exclude)
        score = band_score(count, item.bands or [])
        return _UNSCORED if score is None else ItemRating("scored", score)
    mapping = item.map or {}
    scores = [s for v in real if (s := mapping.get(v)) is not None]
    return ItemRating("scored", max(scores)) if scores else _UNSCORED


def _rate_likert(value: Any) -> ItemRating:
    if not isinstance(value, str | int) or isinstance(value, bool):
        return _UNSCORED
    try:
        number = int(value)
    except (TypeError, ValueError):
        return _UNSCORED
    return ItemRating("scored", number - 1) if 1 <= number <= 5 else _UNSCORED


def _rate_number(item: ScoringItem, value: Any) -> ItemRating:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return _UNSCORED
    score = band_score(value, item.bands or [])
    return _UNSCORED if score is None else ItemRating("scored", score)
