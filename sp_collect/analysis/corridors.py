"""Pairwise corridor readiness: an exchange is as ready as its weaker partner (study.md §4.3)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from itertools import combinations

from sp_collect.analysis.readiness import InstitutionScore
from sp_collect.analysis.submissions import InstitutionKey


@dataclass(frozen=True)
class Corridor:
    """Two institutions (in key order) and how ready an exchange between them is."""

    a: InstitutionKey
    b: InstitutionKey
    overall: float | None
    """min(Overall_a, Overall_b); None when either has no overall index."""
    technical: float | None
    """min of the two Technical (T) indices; None when either is missing."""
    pilot_ready: bool
    """Both institutions meet T-min."""


def corridor_matrix(scores: Mapping[InstitutionKey, InstitutionScore]) -> tuple[Corridor, ...]:
    """Every unordered pair of institutions once, in key order."""
    return tuple(
        Corridor(
            a=a,
            b=b,
            overall=_weaker(scores[a].overall, scores[b].overall),
            technical=_weaker(scores[a].index("T"), scores[b].index("T")),
            pilot_ready=scores[a].targets["T_min"] and scores[b].targets["T_min"],
        )
        for a, b in combinations(sorted(scores), 2)
    )


def _weaker(first: float | None, second: float | None) -> float | None:
    return None if first is None or second is None else min(first, second)
