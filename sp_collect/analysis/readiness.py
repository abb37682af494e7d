"""Readiness of one institution: indices, levels, gates, targets, ranked gaps (study.md §4.3–4.5).

Works on a plain answers dict (``{question_id: value}``, the ``finalized_answers()`` shape); it
needs no store. Choices made where study.md §4 is silent:

- An item is *not applicable* when it was answered "not applicable" (status ``na``) or when
  the response's skip logic hid it (status ``hidden``; pass a
  :class:`~sp_collect.analysis.applicability.FormRelevance`). A not-applicable item never
  fails a gate, never lowers completeness and never becomes a gap; the result lists it in
  :attr:`InstitutionScore.not_applicable` with the reason.
- *Completeness* of an area = answered items (not dk, not unanswered) / applicable items (not
  na, not hidden). An area with no applicable item has completeness None and is provisional.
- *Overall* and *weakest link* are None unless all four dimension indices exist: a mean over
  three would silently re-weight the index (33 % instead of 25 %) and make institutions
  incomparable. The regional summary then leaves that institution out of overall statistics.
- A gate *fails* (caps its dimension's level) when it scores ≤ 1, is answered dk, is
  unanswered, or gets an answer the rule cannot score; a gate that is not applicable neither
  fails nor passes.
- Targets form a ladder: T-int also requires T-min, and T-opt requires T-int (an institution
  cannot be "interoperable" while not "pilot-ready"). T-min requires every gate passed.
- Gap items are ranked by priority w × (4 − s), then gates first, then weight, then config
  order (:meth:`ScoringConfig.ordered_like` puts the config in form order).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any, Literal

from sp_collect.analysis.applicability import FormRelevance
from sp_collect.analysis.item_rules import ItemRating, ItemStatus, rate_item
from sp_collect.analysis.scoring_config import (
    DIMENSIONS,
    SUBDIMENSIONS,
    TARGETS,
    ScoringConfig,
    ScoringItem,
)

GateReason = Literal["low_score", "dk", "unanswered", "unscored"]
NotApplicableReason = Literal["hidden", "answered_na", "not_asked"]
"""``hidden``: skip logic did not ask the question; ``answered_na``: answered "not applicable";
``not_asked``: the form version the response was collected with did not have the question."""
NOT_APPLICABLE: frozenset[ItemStatus] = frozenset({"na", "hidden", "not_asked"})
_REASONS: dict[ItemStatus, NotApplicableReason] = {
    "na": "answered_na",
    "hidden": "hidden",
    "not_asked": "not_asked",
}


@dataclass(frozen=True)
class ItemScore:
    id: str
    dim: str
    sub: str
    w: int
    gate: bool
    recommendation: str
    status: ItemStatus
    score: int | None
    """The score that counts: None unless scored (in the dk = 0 run, dk counts as 0)."""

    @property
    def applicable(self) -> bool:
        return self.status not in NOT_APPLICABLE


@dataclass(frozen=True)
class AreaScore:
    """A dimension's or sub-dimension's index (0–100) and how complete its answers are."""

    code: str
    index: float | None
    completeness: float | None
    provisional: bool
    applicable: int
    answered: int
    dont_know: int
    scored: int


@dataclass(frozen=True)
class GateFailure:
    item: str
    dim: str
    reason: GateReason
    score: int | None


@dataclass(frozen=True)
class DimensionScore(AreaScore):
    level: int | None = None
    """The maturity level after gate capping."""
    uncapped_level: int | None = None
    failed_gates: tuple[GateFailure, ...] = ()

    @property
    def capped(self) -> bool:
        return self.level != self.uncapped_level


@dataclass(frozen=True)
class NotApplicable:
    """A scored item left out of this institution's scoring, and why."""

    item: str
    dim: str
    sub: str
    gate: bool
    reason: NotApplicableReason


@dataclass(frozen=True)
class GapItem:
    item: str
    dim: str
    sub: str
    w: int
    gate: bool
    score: int
    priority: int
    recommendation: str


@dataclass(frozen=True)
class InstitutionScore:
    items: Mapping[str, ItemScore]
    dimensions: Mapping[str, DimensionScore]
    subdimensions: Mapping[str, AreaScore]
    """Only sub-dimensions that have scored items in the config, in study.md §4.1 order."""
    overall: float | None
    weakest_link: float | None
    weakest_dimension: str | None
    failed_gates: tuple[GateFailure, ...]
    targets: Mapping[str, bool]
    gaps: Mapping[str, Mapping[str, float | None]]
    """target → dimension or sub-dimension code → max(0, threshold − index), None if no index."""
    gap_items: tuple[GapItem, ...]
    not_applicable: tuple[NotApplicable, ...] = ()
    """Scored items that did not count (hidden by skip logic, answered "not applicable"), in
    config order; none of them is in ``failed_gates``, ``gap_items`` or a completeness ratio."""
    corrected_items: tuple[str, ...] = ()
    dk_as_zero: bool = False
    sensitivity: InstitutionScore | None = None
    """The same answers scored with every "don't know" as 0 (study.md §4.2's sensitivity run)."""

    def index(self, code: str) -> float | None:
        """The index of a dimension or sub-dimension code (None when absent or not scored)."""
        area = self.dimensions.get(code) or self.subdimensions.get(code)
        return area.index if area else None

    @property
    def provisional_dimensions(self) -> tuple[str, ...]:
        return tuple(code for code, dim in self.dimensions.items() if dim.provisional)


@dataclass(frozen=True)
class ScorePair:
    self_reported: InstitutionScore
    validated: InstitutionScore
    """The self-reported answers with the workshop's agreed corrections applied on top."""


def score_institution(
    answers: Mapping[str, Any],
    config: ScoringConfig,
    *,
    corrections: Mapping[str, Any] | None = None,
    relevance: FormRelevance | None = None,
    not_asked: Collection[str] = (),
) -> InstitutionScore:
    """Score one institution; with ``corrections`` (item id → agreed answer) the validated one.

    ``not_asked`` names items the response's form version did not have
    (:func:`sp_collect.analysis.form_versions.as_current`): not applicable either.

    With ``relevance`` (the scored form's skip logic) items the form would not ask with these
    answers, corrections included, are not applicable; without it only answered "not
    applicable" is (for answers that do not come from a form, e.g. tests of the formula).
    """
    corrected: tuple[str, ...] = ()
    if corrections:
        scored_ids = config.item_order()
        corrected = tuple(
            qid for qid in corrections if qid in scored_ids and corrections[qid] != answers.get(qid)
        )
        answers = {**answers, **corrections}
    hidden = relevance.hidden(answers) if relevance is not None else frozenset()
    skipped: dict[str, ItemStatus] = dict.fromkeys(hidden, "hidden")
    skipped.update(dict.fromkeys(not_asked, "not_asked"))
    sensitivity = _score(answers, config, skipped, dk_as_zero=True, corrected=corrected)
    result = _score(answers, config, skipped, dk_as_zero=False, corrected=corrected)
    return replace(result, sensitivity=sensitivity)


def score_both(
    answers: Mapping[str, Any],
    config: ScoringConfig,
    corrections: Mapping[str, Any] | None = None,
    relevance: FormRelevance | None = None,
    not_asked: Collection[str] = (),
) -> ScorePair:
    """The "self-reported" and the "validated" (corrected) scores, kept side by side."""
    self_reported = score_institution(answers, config, relevance=relevance, not_asked=not_asked)
    if not corrections:  # nothing corrected: the same result, without evaluating it twice
        return ScorePair(self_reported, self_reported)
    validated = score_institution(
        answers, config, corrections=corrections, relevance=relevance, not_asked=not_asked
    )
    return ScorePair(self_reported, validated)


def level_for(index: float | None, config: ScoringConfig) -> int | None:
    """The maturity level whose band ``[lo, hi)`` holds the index (study.md §4.4: 20 is level 2)."""
    if index is None:
        return None
    return next((level for lo, hi, level, _ in config.levels if lo <= index < hi), None)


def _score(
    answers: Mapping[str, Any],
    config: ScoringConfig,
    skipped: Mapping[str, ItemStatus],
    *,
    dk_as_zero: bool,
    corrected: tuple[str, ...],
) -> InstitutionScore:
    items = {
        item.id: _item_score(item, answers.get(item.id), dk_as_zero, skipped.get(item.id))
        for item in config.items
    }
    threshold = config.provisional_if_completeness_below
    dimensions: dict[str, DimensionScore] = {}
    for code in DIMENSIONS:
        members = [score for score in items.values() if score.dim == code]
        area = _area(code, members, threshold)
        failures = tuple(f for s in members if (f := _gate_failure(s)) is not None)
        uncapped = level_for(area.index, config)
        level = uncapped
        if failures and uncapped is not None:
            level = min(uncapped, config.gate_cap_level)
        dimensions[code] = DimensionScore(
            **vars(area), level=level, uncapped_level=uncapped, failed_gates=failures
        )
    subdimensions = {
        code: _area(code, [s for s in items.values() if s.sub == code], threshold)
        for code in SUBDIMENSIONS
        if any(s.sub == code for s in items.values())
    }
    indices = [dimensions[code].index for code in DIMENSIONS]
    complete = [index for index in indices if index is not None]
    all_four = len(complete) == len(DIMENSIONS)
    weakest = min(DIMENSIONS, key=lambda c: dimensions[c].index or 0.0) if all_four else None
    failed_gates = tuple(f for dim in dimensions.values() for f in dim.failed_gates)
    lookup = {**subdimensions, **dimensions}
    return InstitutionScore(
        items=items,
        dimensions=dimensions,
        subdimensions=subdimensions,
        overall=sum(complete) / len(DIMENSIONS) if all_four else None,
        weakest_link=min(complete) if all_four else None,
        weakest_dimension=weakest,
        failed_gates=failed_gates,
        targets=_targets(lookup, config, gates_passed=not failed_gates),
        gaps=_gaps(lookup, config),
        gap_items=_gap_items(items.values(), config),
        not_applicable=tuple(
            NotApplicable(s.id, s.dim, s.sub, s.gate, _REASONS[s.status])
            for s in items.values()
            if not s.applicable
        ),
        corrected_items=corrected,
        dk_as_zero=dk_as_zero,
    )


def _item_score(
    item: ScoringItem, value: Any, dk_as_zero: bool, skipped: ItemStatus | None
) -> ItemScore:
    # A skipped item's stored value (a workshop correction to a question never asked) is moot.
    rating = ItemRating(skipped) if skipped else rate_item(item, value)
    score = 0 if dk_as_zero and rating.status == "dk" else rating.score
    return ItemScore(
        id=item.id,
        dim=item.dim,
        sub=item.sub,
        w=item.w,
        gate=item.gate,
        recommendation=item.recommendation,
        status=rating.status,
        score=score,
    )


def _area(code: str, members: list[ItemScore], threshold: float) -> AreaScore:
    applicable = [s for s in members if s.applicable]
    answered = [s for s in applicable if s.status not in ("dk", "unanswered")]
    scored = [s for s in members if s.score is not None]
    # Index_d = 100 × Σ w·s / Σ w·4 over the items that have a score (study.md §4.3).
    denominator = sum(s.w * 4 for s in scored)
    index = 100 * sum(s.w * (s.score or 0) for s in scored) / denominator if scored else None
    completeness = len(answered) / len(applicable) if applicable else None
    return AreaScore(
        code=code,
        index=index,
        completeness=completeness,
        provisional=completeness is None or completeness < threshold,
        applicable=len(applicable),
        answered=len(answered),
        dont_know=sum(1 for s in members if s.status == "dk"),
        scored=len(scored),
    )


def _gate_failure(score: ItemScore) -> GateFailure | None:
    if not score.gate or not score.applicable:
        return None
    reasons: dict[ItemStatus, GateReason] = {
        "dk": "dk",  # unverified until the KII or workshop clarifies it (study.md §4.4)
        "unanswered": "unanswered",
        "unscored": "unscored",
    }
    reason = reasons.get(score.status)
    if reason is None and score.score is not None and score.score <= 1:
        reason = "low_score"
    if reason is None:
        return None
    return GateFailure(item=score.id, dim=score.dim, reason=reason, score=score.score)


def _targets(
    areas: Mapping[str, AreaScore], config: ScoringConfig, *, gates_passed: bool
) -> dict[str, bool]:
    met: dict[str, bool] = {}
    previous = gates_passed  # T-min needs every gate passed; each target needs the one below
    for target in TARGETS:
        rule = config.target_rules.get(target)
        codes = [*DIMENSIONS, *(rule.also if rule else ())]
        reached = all(
            _at_least(
                areas[code].index if code in areas else None,
                config.targets.threshold(target, code, config.target_rules),
            )
            for code in codes
        )
        met[target] = previous = previous and reached
    return met


def _at_least(index: float | None, threshold: float) -> bool:
    return index is not None and index >= threshold


def _gaps(areas: Mapping[str, AreaScore], config: ScoringConfig) -> dict[str, dict[str, Any]]:
    ordered = [code for code in (*DIMENSIONS, *SUBDIMENSIONS) if code in areas]
    gaps: dict[str, dict[str, float | None]] = {}
    for target in TARGETS:
        gaps[target] = {}
        for code in ordered:
            index = areas[code].index
            needed = config.targets.threshold(target, code, config.target_rules)
            gaps[target][code] = None if index is None else max(0.0, needed - index)
    return gaps


def _gap_items(items: Iterable[ItemScore], config: ScoringConfig) -> tuple[GapItem, ...]:
    order = config.item_order()
    gaps = [
        GapItem(
            item=s.id,
            dim=s.dim,
            sub=s.sub,
            w=s.w,
            gate=s.gate,
            score=s.score,
            priority=s.w * (4 - s.score),
            recommendation=s.recommendation,
        )
        for s in items
        if s.score is not None and s.score < 4
    ]
    return tuple(sorted(gaps, key=lambda g: (-g.priority, not g.gate, -g.w, order[g.item])))
