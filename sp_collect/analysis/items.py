"""Item-level results across institutions: how each scored question was answered and how often
it is a gap (REPORT.md annex B, and the executive summary's most common gaps)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from sp_collect.analysis.readiness import InstitutionScore
from sp_collect.analysis.submissions import InstitutionKey


@dataclass(frozen=True)
class ItemSummary:
    """One scored item over the institutions given (one version: self-reported or validated)."""

    item: str
    dim: str
    sub: str
    w: int
    gate: bool
    recommendation: str
    """The recommendation id of the scoring config (its text is ``config.recommendations``)."""
    institutions: int
    """Institutions counted (every one given, whatever its answer)."""
    scores: Mapping[int, int]
    """Score 0–4 → institutions with that score (all five keys, zeros included)."""
    dont_know: int
    answered_na: int
    """Answered "not applicable"."""
    hidden: int
    """Not asked: the institution's skip logic hid the question."""
    unanswered: int
    unscored: int
    """Answered, but the rule gives no score."""
    gaps: int
    """Institutions for which the item is a gap (scored below 4)."""
    priority: int
    """Summed gap priority w × (4 − s) over those institutions."""
    failed_gates: int
    """Institutions whose level this gate caps (0 for an item that is not a gate)."""

    @property
    def not_applicable(self) -> int:
        return self.answered_na + self.hidden

    @property
    def scored(self) -> int:
        return sum(self.scores.values())


def item_summaries(scores: Mapping[InstitutionKey, InstitutionScore]) -> tuple[ItemSummary, ...]:
    """Every scored item in config order (the order of the scores' ``items``)."""
    ordered = [scores[key] for key in sorted(scores)]
    if not ordered:
        return ()
    summaries = []
    for item_id, first in ordered[0].items.items():
        rated = [score.items[item_id] for score in ordered]
        statuses = Counter(r.status for r in rated)
        values = Counter(r.score for r in rated if r.score is not None)
        gaps = [score for score in ordered for gap in score.gap_items if gap.item == item_id]
        summaries.append(
            ItemSummary(
                item=item_id,
                dim=first.dim,
                sub=first.sub,
                w=first.w,
                gate=first.gate,
                recommendation=first.recommendation,
                institutions=len(ordered),
                scores={value: values[value] for value in range(5)},
                dont_know=statuses["dk"],
                answered_na=statuses["na"],
                hidden=statuses["hidden"],
                unanswered=statuses["unanswered"],
                unscored=statuses["unscored"],
                gaps=len(gaps),
                priority=sum(first.w * (4 - (s.items[item_id].score or 0)) for s in gaps),
                failed_gates=sum(
                    1 for s in ordered for failure in s.failed_gates if failure.item == item_id
                ),
            )
        )
    return tuple(summaries)


def common_gap_items(summaries: tuple[ItemSummary, ...]) -> tuple[ItemSummary, ...]:
    """The items that are gaps somewhere, by summed priority, then by how many institutions
    have them, then gates first; ties keep config order."""
    gaps = [s for s in summaries if s.gaps]
    return tuple(sorted(gaps, key=lambda s: (-s.priority, -s.gaps, not s.gate)))
