"""Readiness score tables for an export, from the Form A responses streamed past.

Only the response that speaks for an institution is kept while streaming (the one chosen in
``s1_02``, ``s1_03`` when "other"; highest revision, then latest change), so memory grows with
institutions, not responses. Scores are the self-reported ones (no workshop corrections).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sp_collect.analysis.export.rows import ResponseLike, Row
from sp_collect.analysis.export.tables import Column, Table
from sp_collect.analysis.readiness import InstitutionScore, score_institution
from sp_collect.analysis.score_table import area_rows, item_rows
from sp_collect.analysis.scoring_config import ScoringConfig

SCORED_STATUSES = frozenset({"finalized", "exported", "received", "approved"})
"""Finished responses; drafts and returned ones are not scored."""
INSTITUTION, INSTITUTION_OTHER = "s1_02", "s1_03"

_INSTITUTION = Column("institution", question=INSTITUTION, label="institution code")
_RESPONSE = Column("response_uuid", kind="key", label="the Form A response scored")
AREA_COLUMNS = (
    _INSTITUTION,
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
    _INSTITUTION,
    Column("item", label="the scored question"),
    Column("dim", label="dimension"),
    Column("sub", label="sub-dimension"),
    Column("w", int, label="weight"),
    Column("gate", int, label="1 for a gate item"),
    Column("status", label="scored, dk, na, unanswered or unscored"),
    Column("score", int, label="item score 0-4"),
    _RESPONSE,
)


class ScoreCollector:
    def __init__(self, config: ScoringConfig, form_table: str) -> None:
        self.config = config
        self._form_table = form_table
        self._chosen: dict[str, tuple[int, str, str, dict[str, Any]]] = {}

    def add(self, response: ResponseLike) -> None:
        if response.status not in SCORED_STATUSES:
            return
        code = _institution(response.answers)
        if code is None:
            return  # consent declined: no institution, nothing to score
        candidate = (response.revision, response.updated_at, response.uuid, response.answers)
        held = self._chosen.get(code)
        if held is None or candidate[:2] > held[:2]:
            self._chosen[code] = candidate

    def tables(self) -> Iterator[tuple[Table, list[Row]]]:
        """The score tables and their rows; nothing when no institution was scored."""
        if not self._chosen:
            return
        scores: dict[str, InstitutionScore] = {
            code: score_institution(answers, self.config)
            for code, (_rev, _at, _uuid, answers) in self._chosen.items()
        }
        link = (("response_uuid", self._form_table, "response_uuid"),)
        for name, columns, rows in (
            ("score_areas", AREA_COLUMNS, area_rows(scores)),
            ("score_items", ITEM_COLUMNS, item_rows(scores)),
        ):
            table = Table(name, columns, None, link)
            yield table, [self._row(columns, row) for row in rows]

    def _row(self, columns: tuple[Column, ...], record: dict[str, Any]) -> Row:
        uuid = self._chosen[record["institution"]][2]
        return tuple(
            uuid if c.name == "response_uuid" else _number(record[c.name]) for c in columns
        )


def _institution(answers: dict[str, Any]) -> str | None:
    code = answers.get(INSTITUTION)
    if code == "other":
        code = str(answers.get(INSTITUTION_OTHER) or "").strip() or None
    return str(code) if code else None


def _number(value: Any) -> Any:
    """Booleans as 0/1, so SQLite, CSV and spreadsheets read them alike."""
    return int(value) if isinstance(value, bool) else value
