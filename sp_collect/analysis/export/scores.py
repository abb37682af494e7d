"""Readiness score tables for an export: areas and items per institution, both versions.

The scores come in computed (the workspace's ``scores()``: Form A per institution, Form D's
agreed corrections for the validated version), so an export shows the same numbers as
``sp-collect score`` and the reports.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sp_collect.analysis.export.rows import Row
from sp_collect.analysis.export.tables import Column, Table
from sp_collect.analysis.readiness import InstitutionScore, ScorePair
from sp_collect.analysis.score_table import area_rows, item_rows

VERSIONS = ("self_reported", "validated")

_LEAD = (
    Column("version", label="self_reported, or validated (workshop corrections applied)"),
    Column("institution", label="institution code"),
)
_RESPONSE = Column("response_uuid", kind="key", label="the Form A response scored")
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
    Column("status", label="scored, dk, na, unanswered or unscored"),
    Column("score", int, label="item score 0-4"),
    _RESPONSE,
)


@dataclass(frozen=True)
class ScoreInput:
    form_id: str
    """The scored form; its table is what ``response_uuid`` refers to."""
    pairs: Mapping[str, ScorePair]
    """Institution code → self-reported and validated scores."""
    responses: Mapping[str, str]
    """Institution code → uuid of the response scored."""


def score_tables(scores: ScoreInput, form_table: str) -> Iterator[tuple[Table, list[Row]]]:
    link = (("response_uuid", form_table, "response_uuid"),)
    for name, columns, flatten in (
        ("score_areas", AREA_COLUMNS, area_rows),
        ("score_items", ITEM_COLUMNS, item_rows),
    ):
        rows = [
            _row(columns, {**record, "version": version}, scores.responses)
            for version in VERSIONS
            for record in flatten(_version(scores.pairs, version))
        ]
        yield Table(name, columns, None, link), rows


def _version(pairs: Mapping[str, ScorePair], version: str) -> dict[str, InstitutionScore]:
    return {code: getattr(pair, version) for code, pair in pairs.items()}


def _row(columns: tuple[Column, ...], record: dict[str, Any], uuids: Mapping[str, str]) -> Row:
    record["response_uuid"] = uuids.get(record["institution"])
    # Booleans as 0/1, so SQLite, CSV and spreadsheets read them alike.
    return tuple(
        int(value) if isinstance(value := record[c.name], bool) else value for c in columns
    )
