"""Recommendations and roadmap (REPORT.md §12): the scoring config's recommendation for every
gap item, merged across institutions, and the workshops' own recommendations.

Who acts: the actor the scoring configuration names for the recommendation
(``recommendation_actors``), or the lead the workshop proposed (Form D ``d6_lead``).

Horizons: a workshop recommendation keeps the horizon the workshop gave (quick → short term).
A config recommendation takes its dimension's usual lead time — administrative and
institutional measures short term (< 12 months), technical ones medium term (1–3 years), legal
ones long term (> 3 years); the report states this rule.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sp_collect.analysis.readiness import InstitutionScore
from sp_collect.analysis.workshops import WorkshopSummary

HORIZONS = ("short", "medium", "long")
DIMENSION_HORIZON = {"A": "short", "I": "short", "T": "medium", "L": "long"}
WORKSHOP_HORIZON = {"quick": "short", "medium": "medium", "long": "long"}
WORKSHOP_PRIORITY = {"high": 3, "medium": 2, "low": 1}


@dataclass(frozen=True)
class Action:
    key: str
    """The config's recommendation key, or the workshop recommendation's text."""
    dim: str
    horizon: str
    institutions: int
    priority: int
    """Summed gap priority (config) or 3/2/1 for a high/medium/low workshop priority."""
    source: str
    """``config`` or the workshop's id."""
    items: tuple[str, ...] = ()
    gates: int = 0
    """Institutions for which one of the items is a failed gate."""
    actor: str = ""
    """Who acts: the config's actor code, or the workshop's proposed lead as written ("" when
    neither names one)."""


@dataclass
class _Tally:
    dim: str
    institutions: set[str] = field(default_factory=set)
    priority: int = 0
    items: set[str] = field(default_factory=set)
    gates: set[str] = field(default_factory=set)


def roadmap(
    scores: Mapping[str, InstitutionScore],
    workshops: Iterable[WorkshopSummary],
    actors: Mapping[str, str] | None = None,
) -> list[Action]:
    """Actions ranked by failed gates, institutions concerned, then summed priority."""
    tallies: dict[str, _Tally] = {}
    for code, score in scores.items():
        failed = {f.item for f in score.failed_gates}
        for gap in score.gap_items:
            tally = tallies.setdefault(gap.recommendation, _Tally(gap.dim))
            tally.institutions.add(code)
            tally.priority += gap.priority
            tally.items.add(gap.item)
            if gap.item in failed:
                tally.gates.add(code)
    actions = [
        Action(
            key=key,
            dim=tally.dim,
            horizon=DIMENSION_HORIZON.get(tally.dim, "medium"),
            institutions=len(tally.institutions),
            priority=tally.priority,
            source="config",
            items=tuple(sorted(tally.items)),
            gates=len(tally.gates),
            actor=(actors or {}).get(key, ""),
        )
        for key, tally in tallies.items()
    ]
    for workshop in workshops:
        for rec in workshop.recommendations:
            actions.append(
                Action(
                    key=rec.text,
                    dim=rec.dim,
                    horizon=WORKSHOP_HORIZON.get(rec.horizon, "medium"),
                    institutions=0,
                    priority=WORKSHOP_PRIORITY.get(rec.priority, 0),
                    source=workshop.id,
                    actor=rec.lead,
                )
            )
    return sorted(actions, key=lambda a: (-a.gates, -a.institutions, -a.priority, a.key))
