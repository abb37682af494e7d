"""Scores as plain rows: the table ``sp-collect score`` prints, and flat tables for data exports."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sp_collect.analysis.readiness import InstitutionScore
from sp_collect.analysis.scoring_config import DIMENSIONS, TARGETS
from sp_collect.analysis.submissions import InstitutionKey, InstitutionSubmissions

COLUMNS: tuple[str, ...] = (
    "country", "institution", "L", "I", "A", "T", "overall", "weakest", "levels",
    "failed_gates", "target", "provisional", "not_applicable", "submissions",
)  # fmt: skip
"""``levels`` are L/I/A/T maturity levels, ``target`` the highest target met,
``not_applicable`` the items that did not count, ``submissions`` how many the institution sent
and which counts."""

Submissions = Mapping[InstitutionKey, InstitutionSubmissions]


def score_rows(
    scores: Mapping[InstitutionKey, InstitutionScore], submissions: Submissions | None = None
) -> list[dict[str, Any]]:
    """One JSON-ready record per institution, in key order, keyed by :data:`COLUMNS`.

    ``not_applicable`` is a list of ``{"item", "reason"}`` (reason ``hidden``: skip logic did
    not ask it; ``answered_na``); ``submissions`` (None when not given) is ``{"counted",
    "counted_by", "uuids"}`` with the uuids latest first.
    """
    return [_record(key, scores[key], (submissions or {}).get(key)) for key in sorted(scores)]


def score_table(
    scores: Mapping[InstitutionKey, InstitutionScore], submissions: Submissions | None = None
) -> list[list[str]]:
    """The header and one text row per institution: indices to one decimal, ``-`` for none.

    A level capped by a failed gate is marked ``*`` (e.g. ``2*``); ``submissions`` reads
    ``1``, ``3, latest`` or ``3, chosen``.
    """
    rows = [list(COLUMNS)]
    for key, record in zip(sorted(scores), score_rows(scores, submissions), strict=True):
        score = scores[key]
        levels = "/".join(
            f"{dim.level}{'*' if dim.capped else ''}" if dim.level is not None else "-"
            for dim in (score.dimensions[code] for code in DIMENSIONS)
        )
        sent = record["submissions"]
        rows.append(
            [
                record["country"],
                record["institution"],
                *(_number(record[code]) for code in DIMENSIONS),
                _number(record["overall"]),
                _number(record["weakest"]),
                levels,
                ", ".join(record["failed_gates"]) or "-",
                (record["target"] or "none").replace("_", "-"),
                ", ".join(record["provisional"]) or "-",
                str(len(record["not_applicable"])),
                _sent(sent),
            ]
        )
    return rows


def area_rows(scores: Mapping[InstitutionKey, InstitutionScore]) -> list[dict[str, Any]]:
    """One row per institution and dimension or sub-dimension (a long table for heat-maps)."""
    rows = []
    for key in sorted(scores):
        score = scores[key]
        areas = [*score.dimensions.values(), *score.subdimensions.values()]
        for area in areas:
            dimension = score.dimensions.get(area.code)
            rows.append(
                {
                    "country": key.country,
                    "institution": key.code,
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


def item_rows(scores: Mapping[InstitutionKey, InstitutionScore]) -> list[dict[str, Any]]:
    """One row per institution and scored item: status (scored, dk, na, hidden, …), score,
    weight, whether it counts as a gap or failed gate, and its gap priority."""
    rows = []
    for key in sorted(scores):
        score = scores[key]
        failed = {failure.item for failure in score.failed_gates}
        priorities = {gap.item: gap.priority for gap in score.gap_items}
        rows += [
            {
                "country": key.country,
                "institution": key.code,
                "item": item.id,
                "dim": item.dim,
                "sub": item.sub,
                "w": item.w,
                "gate": item.gate,
                "status": item.status,
                "score": item.score,
                "applicable": item.applicable,
                "failed_gate": item.id in failed,
                "gap_priority": priorities.get(item.id),
            }
            for item in score.items.values()
        ]
    return rows


def _record(
    key: InstitutionKey, score: InstitutionScore, sent: InstitutionSubmissions | None
) -> dict[str, Any]:
    met = [target for target in TARGETS if score.targets[target]]
    return {
        "country": key.country,
        "institution": key.code,
        **{dim: score.dimensions[dim].index for dim in DIMENSIONS},
        "overall": score.overall,
        "weakest": score.weakest_link,
        "levels": {dim: score.dimensions[dim].level for dim in DIMENSIONS},
        "failed_gates": [failure.item for failure in score.failed_gates],
        "target": met[-1] if met else None,
        "provisional": list(score.provisional_dimensions),
        "targets_met": met,
        "weakest_dimension": score.weakest_dimension,
        "not_applicable": [{"item": na.item, "reason": na.reason} for na in score.not_applicable],
        "submissions": None
        if sent is None
        else {
            "counted": sent.counted.uuid,
            "counted_by": sent.counted_by,
            "uuids": [s.uuid for s in sent.submissions],
        },
    }


def _sent(sent: dict[str, Any] | None) -> str:
    if sent is None:
        return "-"
    count = len(sent["uuids"])
    return str(count) if count == 1 else f"{count}, {sent['counted_by']}"


def _number(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"
