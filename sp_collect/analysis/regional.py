"""Regional statistics over institutions' readiness scores (study.md §4.3, §6.5 regional output).

Quartiles use linear interpolation between order statistics (Hyndman & Fan type 7, the default
of R, NumPy and Excel's QUARTILE.INC; ``statistics.quantiles(method="inclusive")``), so the
median is the usual one and a single institution has Q1 = Q3 = its index.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sp_collect.analysis.corridors import Corridor, corridor_matrix
from sp_collect.analysis.readiness import InstitutionScore
from sp_collect.analysis.scoring_config import DIMENSIONS, SUBDIMENSIONS, TARGETS
from sp_collect.analysis.submissions import InstitutionKey


@dataclass(frozen=True)
class Spread:
    """Median, range and inter-quartile range of one index over the institutions that have it."""

    count: int
    missing: int
    median: float | None
    minimum: float | None
    maximum: float | None
    q1: float | None
    q3: float | None

    @property
    def iqr(self) -> float | None:
        return None if self.q1 is None or self.q3 is None else self.q3 - self.q1


@dataclass(frozen=True)
class CommonGap:
    """How many institutions are below T-min in a sub-dimension, of those with an index there."""

    sub: str
    below: int
    scored: int

    @property
    def share(self) -> float:
        return self.below / self.scored if self.scored else 0.0


@dataclass(frozen=True)
class RegionalSummary:
    institutions: tuple[InstitutionKey, ...]
    dimensions: Mapping[str, Spread]
    subdimensions: Mapping[str, Spread]
    overall: Spread
    weakest_link: Spread
    at_or_above: Mapping[str, Mapping[str, int]]
    """target → dimension or sub-dimension code → institutions at or above its threshold."""
    targets_met: Mapping[str, int]
    """target → institutions meeting the whole target (gates and extra rules included)."""
    levels: Mapping[str, Mapping[int | None, int]]
    """dimension → maturity level (None: no index) → institutions at that level."""
    common_gaps: tuple[CommonGap, ...]
    """Sub-dimensions by share of institutions below T-min, largest first."""
    corridors: tuple[Corridor, ...]


def regional_summary(scores: Mapping[InstitutionKey, InstitutionScore]) -> RegionalSummary:
    """Summarise institution scores keyed by institution (e.g. ``BRB/BRB_NISSS``)."""
    ordered = [scores[code] for code in sorted(scores)]
    subs = [code for code in SUBDIMENSIONS if any(code in s.subdimensions for s in ordered)]
    areas = [*DIMENSIONS, *subs]
    return RegionalSummary(
        institutions=tuple(sorted(scores)),
        dimensions={code: spread(s.index(code) for s in ordered) for code in DIMENSIONS},
        subdimensions={code: spread(s.index(code) for s in ordered) for code in subs},
        overall=spread(s.overall for s in ordered),
        weakest_link=spread(s.weakest_link for s in ordered),
        at_or_above={target: _at_or_above(ordered, target, areas) for target in TARGETS},
        targets_met={target: sum(1 for s in ordered if s.targets[target]) for target in TARGETS},
        levels={code: _level_counts(ordered, code) for code in DIMENSIONS},
        common_gaps=_common_gaps(ordered, subs),
        corridors=corridor_matrix(scores),
    )


def spread(values: Iterable[float | None]) -> Spread:
    """The spread of the values that exist; ``missing`` counts the None ones."""
    all_values = list(values)
    present = sorted(v for v in all_values if v is not None)
    missing = len(all_values) - len(present)
    if not present:
        return Spread(0, missing, None, None, None, None, None)
    if len(present) == 1:
        q1 = q3 = present[0]
    else:
        q1, _median, q3 = statistics.quantiles(present, n=4, method="inclusive")
    return Spread(
        count=len(present),
        missing=missing,
        median=statistics.median(present),
        minimum=present[0],
        maximum=present[-1],
        q1=q1,
        q3=q3,
    )


def _at_or_above(scores: list[InstitutionScore], target: str, areas: list[str]) -> dict[str, int]:
    # A gap of exactly 0 means the index reached the target's threshold for that area.
    return {code: sum(1 for s in scores if s.gaps[target].get(code) == 0) for code in areas}


def _level_counts(scores: list[InstitutionScore], dimension: str) -> dict[int | None, int]:
    counts = Counter(s.dimensions[dimension].level for s in scores)
    return {level: counts[level] for level in sorted(counts, key=lambda x: (x is None, x or 0))}


def _common_gaps(scores: list[InstitutionScore], subs: list[str]) -> tuple[CommonGap, ...]:
    gaps = []
    for code in subs:
        known = [s.gaps["T_min"].get(code) for s in scores]
        known_gaps = [gap for gap in known if gap is not None]
        gaps.append(CommonGap(code, sum(1 for gap in known_gaps if gap > 0), len(known_gaps)))
    # Stable sort: equal shares keep study.md §4.1's sub-dimension order.
    return tuple(sorted(gaps, key=lambda gap: -gap.share))
