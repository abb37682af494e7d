"""Scores as plain rows: the table ``sp-collect score`` prints, and flat tables for data exports."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sp_collect.analysis.readiness import InstitutionScore
from sp_collect.analysis.scoring_config import DIMENSIONS, TARGETS

COLUMNS: tuple[str, ...] = (
    "institution", "L", "I", "A", "T", "overall", "weakest", "levels",
    "failed_gates", "target", "provisional",
)  # fmt: skip
"""``levels`` are L/I/A/T maturity levels, ``target`` the highest target met."""


def score_rows(scores: Mapping[str, InstitutionScore]) -> list[dict[str, Any]]:
    """One JSON-ready record per institution, in code order, keyed by :data:`COLUMNS`."""
    return [_record(code, scores[code]) for code in sorted(scores)]


def score_table(scores: Mapping[str, InstitutionScore]) -> list[list[str]]:
    """The header and one text row per institution: indices to one decimal, ``-`` for none.

    A level capped by a failed gate is marked ``*`` (e.g. ``2*``).
    """
    rows = [list(COLUMNS)]
    for record in score_rows(scores):
        score = scores[record["institution"]]
        levels = "/".join(
            f"{dim.level}{'*' if dim.capped else ''}" if dim.level is not None else "-"
            for dim in (score.dimensions[code] for code in DIMENSIONS)
        )
        rows.append(
            [
                record["institution"],
                *(_number(record[code]) for code in DIMENSIONS),
                _number(record["overall"]),
                _number(record["weakest"]),
                levels,
                ", ".join(record["failed_gates"]) or "-",
                (record["target"] or "none").replace("_", "-"),
                ", ".join(record["provisional"]) or "-",
            ]
        )
    return rows


def area_rows(scores: Mapping[str, InstitutionScore]) -> list[dict[str, Any]]:
    """One row per institution and dimension or sub-dimension (a long table for heat-maps)."""
    rows = []
    for institution in sorted(scores):
        score = scores[institution]
        areas = [*score.dimensions.values(), *score.subdimensions.values()]
        for area in areas:
            dimension = score.dimensions.get(area.code)
            rows.append(
                {
                    "institution": institution,
                    "area": area.code,
                    "kind": "dimension" if dimension else "subdimension",
                    "index": area.index,
                    "level": dimension.level if dimension else None,
                    "completeness": area.completeness,
                    "provisional": area.provisional,
                    "gap_t_min": score.gaps["T_min"][area.code],
                }
            )
    return rows


def item_rows(scores: Mapping[str, InstitutionScore]) -> list[dict[str, Any]]:
    """One row per institution and scored item: status (scored, dk, na, …), score, weight."""
    return [
        {
            "institution": institution,
            "item": item.id,
            "dim": item.dim,
            "sub": item.sub,
            "w": item.w,
            "gate": item.gate,
            "status": item.status,
            "score": item.score,
        }
        for institution in sorted(scores)
        for item in scores[institution].items.values()
    ]


def _record(code: str, score: InstitutionScore) -> dict[str, Any]:
    met = [target for target in TARGETS if score.targets[target]]
    return {
        "institution": code,
        **{dim: score.dimensions[dim].index for dim in DIMENSIONS},
        "overall": score.overall,
        "weakest": score.weakest_link,
        "levels": {dim: score.dimensions[dim].level for dim in DIMENSIONS},
        "failed_gates": [failure.item for failure in score.failed_gates],
        "target": met[-1] if met else None,
        "provisional": list(score.provisional_dimensions),
    }


def _number(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"
