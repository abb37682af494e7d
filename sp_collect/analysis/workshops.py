"""Validation workshops (Form D) summarised one by one and across workshops (REPORT.md §11)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

FINDINGS = "d4_findings"
SCORES = "d5_scores"
CORRECTIONS = "d5_corrections"
RECOMMENDATIONS = "d6_recs"
ACTIONS = "d7_actions"
ENDORSED = ("consensus", "majority")


@dataclass(frozen=True)
class WorkshopRecommendation:
    text: str
    dim: str
    horizon: str
    """quick (short term), medium or long, as the workshop gave it."""
    priority: str
    support: str
    workshop: str
    lead: str = ""
    """The lead the workshop proposed (``d6_lead``), as written."""


@dataclass(frozen=True)
class WorkshopSummary:
    id: str
    title: str
    start: str
    end: str
    statuses: Mapping[str, int]
    """Finding validation status → findings."""
    amended: tuple[tuple[str, str], ...]
    """(finding id, amended wording)."""
    contested: tuple[tuple[str, str], ...]
    """(finding id, statement)."""
    corrections: int
    """Corrections agreed in the log (applied or not)."""
    institutions_corrected: int
    recommendations: tuple[WorkshopRecommendation, ...]
    actions: tuple[Mapping[str, Any], ...]
    countries: tuple[str, ...]
    """Countries and territories represented (``d2_01``)."""

    @property
    def findings(self) -> int:
        return sum(self.statuses.values())

    @property
    def endorsed(self) -> int:
        return sum(1 for r in self.recommendations if r.support in ENDORSED)


def summarise(record: Mapping[str, Any]) -> WorkshopSummary:
    findings = record.get(FINDINGS) or []
    scores = record.get(SCORES) or []
    ident = str(record.get("d1_01") or record.get("d1_02") or "")
    return WorkshopSummary(
        id=ident,
        title=str(record.get("d1_02") or ""),
        start=str(record.get("d1_04_start") or ""),
        end=str(record.get("d1_04_end") or ""),
        statuses=Counter(str(f.get("d4_status") or "not_discussed") for f in findings),
        amended=tuple(
            (str(f.get("d4_id") or ""), str(f.get("d4_amended") or ""))
            for f in findings
            if f.get("d4_status") == "amended" and f.get("d4_amended")
        ),
        contested=tuple(
            (str(f.get("d4_id") or ""), str(f.get("d4_statement") or ""))
            for f in findings
            if f.get("d4_status") == "contested"
        ),
        corrections=sum(len(s.get(CORRECTIONS) or []) for s in scores),
        institutions_corrected=sum(1 for s in scores if s.get(CORRECTIONS)),
        recommendations=tuple(
            WorkshopRecommendation(
                text=str(r.get("d6_text") or ""),
                dim=str(r.get("d6_dim") or "X"),
                horizon=str(r.get("d6_horizon") or "medium"),
                priority=str(r.get("d6_priority") or ""),
                support=str(r.get("d6_support") or ""),
                workshop=ident,
                lead=str(r.get("d6_lead") or "").strip(),
            )
            for r in record.get(RECOMMENDATIONS) or []
            if r.get("d6_text")
        ),
        actions=tuple(record.get(ACTIONS) or []),
        countries=tuple(str(c) for c in record.get("d2_01") or []),
    )


def summarise_all(records: Iterable[Mapping[str, Any]]) -> list[WorkshopSummary]:
    """Every workshop, oldest first (by start date, then id)."""
    return sorted((summarise(r) for r in records), key=lambda s: (s.start, s.id))
