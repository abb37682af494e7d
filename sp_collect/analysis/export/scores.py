"""Readiness score tables for an export: what the reports show, per institution, both versions.

The scores come in computed (the workspace's ``scores()``: Form A per institution, Form D's
agreed corrections for the validated version), so an export shows the same numbers as
``sp-collect score`` and the reports:

- ``score_institutions``: overall index, weakest link, levels, failed gates, targets met,
  provisional dimensions, not-applicable items, submissions and which one counts;
- ``score_areas``: index, level, completeness and gap per dimension and sub-dimension;
- ``score_items``: each scored item's status (``hidden`` / ``na`` say why it did not count),
  score, gate failure and gap priority;
- ``score_corridors``: pairwise corridor readiness (BRIEF §6.3);
- ``score_frameworks``: each framework criterion's outcome per institution.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sp_collect.analysis.corridors import corridor_matrix
from sp_collect.analysis.export.rows import Row
from sp_collect.analysis.export.tables import Column, Table
from sp_collect.analysis.frameworks import FrameworksConfig, compare_frameworks
from sp_collect.analysis.readiness import InstitutionScore, ScorePair
from sp_collect.analysis.score_table import area_rows, item_rows
from sp_collect.analysis.scoring_config import DIMENSIONS, TARGETS
from sp_collect.analysis.submissions import InstitutionKey, InstitutionSubmissions

VERSIONS = ("self_reported", "validated")
TABLES = (
    "score_institutions",
    "score_areas",
    "score_items",
    "score_corridors",
    "score_frameworks",
)

Scores = Mapping[InstitutionKey, InstitutionScore]

_VERSION = Column("version", label="self_reported, or validated (workshop corrections applied)")
_LEAD = (
    _VERSION,
    Column("country", label="country code"),
    Column("institution", label="institution code (or the name typed for 'other')"),
)
_RESPONSE = Column("response_uuid", kind="key", label="the Form A response scored")
INSTITUTION_COLUMNS = (
    *_LEAD,
    Column("overall", float, label="overall index 0-100: mean of L, I, A, T (empty: one missing)"),
    Column("weakest_link", float, label="lowest of the four dimension indices"),
    Column("weakest_dimension", label="the dimension with the lowest index"),
    *(Column(f"level_{dim}", int, label=f"maturity level of {dim}") for dim in DIMENSIONS),
    Column("failed_gates", label="gate items that cap a level, space-separated"),
    *(Column(target.lower(), int, label=f"1 when {target} is met") for target in TARGETS),
    Column("provisional", label="dimensions whose completeness is below the threshold"),
    Column("not_applicable", label="items that did not count, as item:reason"),
    Column("submissions", int, label="finished Form A submissions of this institution"),
    Column("counted_by", label="only, latest (no choice yet) or chosen (by the coordinator)"),
    _RESPONSE,
)  # fmt: skip
AREA_COLUMNS = (
    *_LEAD,
    Column("area", label="dimension (L, I, A, T) or sub-dimension code"),
    Column("kind", label="dimension or subdimension"),
    Column("index", float, label="readiness index 0-100 (empty: nothing scored)"),
    Column("level", int, label="maturity level 1-5 (dimensions only; gates may cap it)"),
    Column("completeness", float, label="answered / applicable items"),
    Column("provisional", int, label="1 when completeness is below the config's threshold"),
    Column("gap_t_min", float, label="points missing to the pilot-ready target"),
    _RESPONSE,
)
ITEM_COLUMNS = (
    *_LEAD,
    Column("item", label="the scored question"),
    Column("dim", label="dimension"),
    Column("sub", label="sub-dimension"),
    Column("w", int, label="weight"),
    Column("gate", int, label="1 for a gate item"),
    Column(
        "status",
        label="scored, dk, na (answered not applicable), hidden (not asked: skip logic), "
        "not_asked (not in the response's form version), unanswered or unscored",
    ),
    Column("score", int, label="item score 0-4"),
    Column("applicable", int, label="0 when not applicable (status na, hidden or not_asked)"),
    Column("failed_gate", int, label="1 when this gate caps its dimension's level"),
    Column("gap_priority", int, label="w x (4 - score) when the item is a gap"),
    _RESPONSE,
)
CORRIDOR_COLUMNS = (
    _VERSION,
    Column("a_country", label="first institution's country"),
    Column("a_institution", label="first institution"),
    Column("b_country", label="second institution's country"),
    Column("b_institution", label="second institution"),
    Column("overall", float, label="the weaker partner's overall index"),
    Column("technical", float, label="the weaker partner's Technical index"),
    Column("pilot_ready", int, label="1 when both meet T-min"),
)
FRAMEWORK_COLUMNS = (
    *_LEAD,
    Column("framework", label="framework id"),
    Column("criterion", label="criterion id"),
    Column("outcome", label="met, not_met or unknown (a condition could not be judged)"),
)


@dataclass(frozen=True)
class ScoreInput:
    form_id: str
    """The scored form; its table is what ``response_uuid`` refers to."""
    pairs: Mapping[InstitutionKey, ScorePair]
    """Institution → self-reported and validated scores."""
    submissions: Mapping[InstitutionKey, InstitutionSubmissions]
    """Institution → its submissions and the one scored."""
    frameworks: FrameworksConfig | None = None


def score_tables(scores: ScoreInput, form_table: str) -> Iterator[tuple[Table, list[Row]]]:
    link = (("response_uuid", form_table, "response_uuid"),)
    flatteners: tuple[tuple[str, tuple[Column, ...], Callable[[Scores], list[dict[str, Any]]]], ...]
    flatteners = (
        ("score_institutions", INSTITUTION_COLUMNS, lambda s: _institution_rows(s, scores)),
        ("score_areas", AREA_COLUMNS, area_rows),
        ("score_items", ITEM_COLUMNS, item_rows),
        ("score_corridors", CORRIDOR_COLUMNS, _corridor_rows),
        ("score_frameworks", FRAMEWORK_COLUMNS, lambda s: _framework_rows(s, scores.frameworks)),
    )
    for name, columns, flatten in flatteners:
        rows = [
            _row(columns, {**record, "version": version}, scores.submissions)
            for version in VERSIONS
            for record in flatten(_version(scores.pairs, version))
        ]
        links = link if _RESPONSE in columns else ()
        yield Table(name, columns, None, links), rows


def _version(pairs: Mapping[InstitutionKey, ScorePair], version: str) -> Scores:
    return {key: getattr(pair, version) for key, pair in pairs.items()}


def _institution_rows(scores: Scores, given: ScoreInput) -> list[dict[str, Any]]:
    rows = []
    for key in sorted(scores):
        score = scores[key]
        sent = given.submissions.get(key)
        rows.append(
            {
                "country": key.country,
                "institution": key.code,
                "overall": score.overall,
                "weakest_link": score.weakest_link,
                "weakest_dimension": score.weakest_dimension,
                **{f"level_{dim}": score.dimensions[dim].level for dim in DIMENSIONS},
                "failed_gates": " ".join(failure.item for failure in score.failed_gates),
                **{target.lower(): score.targets[target] for target in TARGETS},
                "provisional": " ".join(score.provisional_dimensions),
                "not_applicable": " ".join(f"{na.item}:{na.reason}" for na in score.not_applicable),
                "submissions": len(sent.submissions) if sent else None,
                "counted_by": sent.counted_by if sent else None,
            }
        )
    return rows


def _corridor_rows(scores: Scores) -> list[dict[str, Any]]:
    return [
        {
            "a_country": corridor.a.country,
            "a_institution": corridor.a.code,
            "b_country": corridor.b.country,
            "b_institution": corridor.b.code,
            "overall": corridor.overall,
            "technical": corridor.technical,
            "pilot_ready": corridor.pilot_ready,
        }
        for corridor in corridor_matrix(scores)
    ]


def _framework_rows(scores: Scores, frameworks: FrameworksConfig | None) -> list[dict[str, Any]]:
    if frameworks is None:
        return []
    return [
        {
            "country": key.country,
            "institution": key.code,
            "framework": result.framework.id,
            "criterion": result.criterion.id,
            "outcome": outcome,
        }
        for result in compare_frameworks(frameworks, scores)
        for key, outcome in result.outcomes.items()
    ]


def _row(
    columns: tuple[Column, ...],
    record: dict[str, Any],
    submissions: Mapping[InstitutionKey, InstitutionSubmissions],
) -> Row:
    if "institution" in record:
        sent = submissions.get(InstitutionKey(record["country"], record["institution"]))
        record["response_uuid"] = sent.counted.uuid if sent else None
    # Booleans as 0/1, so SQLite, CSV and spreadsheets read them alike.
    return tuple(
        int(value) if isinstance(value := record[c.name], bool) else value for c in columns
    )
