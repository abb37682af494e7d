"""Readiness scores of the institutions in the workspace: Form A per institution, Form D on top.

Choices: a Form A response belongs to the institution chosen in ``s1_02`` (its typed name in
``s1_03`` when ``other``); of several responses for one institution the highest revision wins,
then the latest change. Workshop corrections come from every Form D record in the same
statuses, older workshops first, so a later workshop's agreed answer wins.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sp_collect.analysis.readiness import ScorePair, score_both
from sp_collect.analysis.scoring_config import ScoringConfig, load_scoring_config
from sp_collect.analysis.workshop_corrections import corrections_from_workshop
from sp_collect.engine.model import Form, text_in
from sp_collect.errors import AnswerError, NotFound
from sp_collect.reports.inputs import InstitutionInfo
from sp_collect.resources import forms_dir
from sp_collect.storage import ResponseRow
from sp_collect.workspace.context import WorkspaceContext

SCORED_STATUSES: tuple[str, ...] = ("received", "approved", "finalized", "exported")
"""Responses that count: finished on a device or merged on the coordinator's side."""
WORKSHOP_FORM = "caricom-workshop-summary"
INSTITUTION = "s1_02"
INSTITUTION_OTHER = "s1_03"
COUNTRY = "s1_01"


def default_config_path() -> Path:
    return forms_dir() / "scoring" / "caricom-readiness.json"


class ScoringService:
    """Scores per institution from the finished responses, with the shipped configuration."""

    def __init__(self, ctx: WorkspaceContext) -> None:
        self._ctx = ctx

    def config(self, config_path: Path | str | None = None) -> ScoringConfig:
        """The config (the shipped one by default), its items in the form's order."""
        config = load_scoring_config(config_path or default_config_path())
        form = self._ctx.forms.compiled(config.form).model
        return config.ordered_like([item.id for _pointer, item in form.walk()])

    def institution_responses(
        self, form_id: str, *, statuses: Iterable[str] = SCORED_STATUSES
    ) -> dict[str, ResponseRow]:
        """Institution code → the Form A response that speaks for it."""
        chosen: dict[str, ResponseRow] = {}
        for row in finished_rows(self._ctx, form_id, statuses):
            code = institution_code(row.answers)
            if code is None:
                continue  # consent declined: no institution, nothing to score
            held = chosen.get(code)
            if held is None or (row.revision, row.updated_at) > (held.revision, held.updated_at):
                chosen[code] = row
        return chosen

    def workshop_corrections(
        self,
        form_a: Form,
        *,
        statuses: Iterable[str] = SCORED_STATUSES,
        problems: list[AnswerError] | None = None,
    ) -> dict[str, dict[str, Any]]:
        """Institution code → {item → agreed answer}, from every workshop record.

        Corrections that cannot apply (an unknown item, an impossible answer) are left out and,
        with ``problems``, listed there with the workshop record they come from.
        """
        merged: dict[str, dict[str, Any]] = {}
        try:
            rows = sorted(
                finished_rows(self._ctx, WORKSHOP_FORM, statuses), key=lambda r: r.updated_at
            )
        except NotFound:
            return merged
        for row in rows:
            found: list[AnswerError] = []
            for code, corrections in corrections_from_workshop(
                row.answers, form_a, problems=found
            ).items():
                merged.setdefault(code, {}).update(corrections)
            if problems is not None:
                named = row.instance_name or row.uuid
                problems += [
                    AnswerError(f"workshop record {named}: {exc.message}", code=exc.code)
                    for exc in found
                ]
        return merged

    def correction_problems(self, config_path: Path | str | None = None) -> list[AnswerError]:
        """Workshop corrections that the validated scores had to leave out, and why."""
        problems: list[AnswerError] = []
        form_a = self._ctx.forms.compiled(self.config(config_path).form).model
        self.workshop_corrections(form_a, problems=problems)
        return problems

    def scores(
        self,
        config_path: Path | str | None = None,
        *,
        statuses: tuple[str, ...] = SCORED_STATUSES,
    ) -> dict[str, ScorePair]:
        """Self-reported and validated scores per institution code, in code order."""
        config = self.config(config_path)
        form_a = self._ctx.forms.compiled(config.form).model
        responses = self.institution_responses(config.form, statuses=statuses)
        corrections = self.workshop_corrections(form_a, statuses=statuses)
        return {
            code: score_both(responses[code].answers, config, corrections.get(code))
            for code in sorted(responses)
        }

    def institutions(
        self,
        form_id: str,
        language: str = "en",
        *,
        statuses: tuple[str, ...] = SCORED_STATUSES,
    ) -> dict[str, InstitutionInfo]:
        """The scored institutions' names and countries in ``language``."""
        form = self._ctx.forms.compiled(form_id).model
        institutions = choice_labels(form, "institution", language)
        countries = choice_labels(form, "country", language)
        result = {}
        for code, row in self.institution_responses(form_id, statuses=statuses).items():
            country = str(row.answers.get(COUNTRY) or "")
            result[code] = InstitutionInfo(
                code=code,
                name=institutions.get(code, code),
                country=country,
                country_name=countries.get(country, country),
                response_uuid=row.uuid,
            )
        return result


def institution_code(answers: dict[str, Any]) -> str | None:
    code = answers.get(INSTITUTION)
    if code == "other":
        code = str(answers.get(INSTITUTION_OTHER) or "").strip() or None
    return str(code) if code else None


def finished_rows(
    ctx: WorkspaceContext, form_id: str, statuses: Iterable[str]
) -> list[ResponseRow]:
    """Every response of the form in the given statuses, answers included."""
    ctx.forms.compiled(form_id)  # NotFound with advice when the form is not installed
    rows = []
    for status in statuses:
        for summary in ctx.store.responses.list(status=status, form_id=form_id):
            row = ctx.store.responses.get(summary.uuid)
            if row is not None:
                rows.append(row)
    return rows


def choice_labels(form: Form, list_name: str, language: str) -> dict[str, str]:
    """Value → label in ``language`` of one of the form's choice lists."""
    return {
        choice.value: text_in(choice.label, language, form.default_language)
        for choice in form.choice_lists.get(list_name, [])
    }
