"""Readiness scores of the institutions in the workspace: Form A per institution, Form D on top.

Choices: a Form A response belongs to the institution identified by its country (``s1_01``) and
institution code (``s1_02``, or the name typed in ``s1_03`` for ``other``). Of several
responses for one institution the one the coordinator chose counts (the choice is an event in
the workspace's log, so it is kept, audited and travels with backups), else the latest one by
the time the respondent finished it (see :mod:`sp_collect.analysis.submissions`). Scoring
follows the form: items the response's skip logic hid are not applicable. Workshop corrections
come from every Form D record in the same statuses, older workshops first, so a later
workshop's agreed answer wins.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sp_collect.analysis.applicability import FormRelevance
from sp_collect.analysis.form_versions import as_current
from sp_collect.analysis.readiness import ScorePair, score_both
from sp_collect.analysis.scoring_config import ScoringConfig, load_scoring_config
from sp_collect.analysis.submissions import (
    InstitutionKey,
    InstitutionSubmissions,
    Submission,
    resolve_submissions,
)
from sp_collect.analysis.workshop_corrections import CorrectionProblem, corrections_from_workshop
from sp_collect.engine.texts import text_in
from sp_collect.errors import NotFound, UsageError
from sp_collect.reports.inputs import InstitutionInfo
from sp_collect.resources import default_config_path, forms_dir
from sp_collect.storage import ResponseRow
from sp_collect.storage.statuses import SCORED
from sp_collect.workspace.changes import Changes
from sp_collect.workspace.context import WorkspaceContext

if TYPE_CHECKING:  # scores are computed from compiled forms: the engine is loaded by then
    from sp_collect.engine import CompiledForm
    from sp_collect.engine.model import Form

WORKSHOP_FORM = "caricom-workshop-summary"
INSTITUTION = "s1_02"
INSTITUTION_OTHER = "s1_03"
COUNTRY = "s1_01"
CHOICE_EVENT = "submission_chosen"
"""The event that records the coordinator's choice; its subject is :func:`choice_subject`."""


def default_frameworks_path() -> Path:
    return forms_dir() / "scoring" / "frameworks.json"


class ScoringService:
    """Scores per institution from the finished responses, with the shipped configuration."""

    def __init__(self, ctx: WorkspaceContext) -> None:
        self._ctx = ctx

    def config(self, config_path: Path | str | None = None) -> ScoringConfig:
        """The config (the shipped one by default), its items in the form's order."""
        config = load_scoring_config(config_path or default_config_path())
        form = self._ctx.forms.compiled(config.form).model
        return config.ordered_like([item.id for _pointer, item in form.walk()])

    def submissions(
        self, form_id: str, *, statuses: Iterable[str] = SCORED
    ) -> dict[InstitutionKey, InstitutionSubmissions]:
        """Every institution's finished submissions of ``form_id`` and the one that counts."""
        return self._resolved(form_id, statuses)[1]

    def institution_responses(
        self, form_id: str, *, statuses: Iterable[str] = SCORED
    ) -> dict[InstitutionKey, ResponseRow]:
        """Institution → the Form A response that counts for it (see :meth:`submissions`)."""
        rows, resolved = self._resolved(form_id, statuses)
        return {key: rows[found.counted.uuid][1] for key, found in resolved.items()}

    def declined(self, form_id: str, *, statuses: Iterable[str] = SCORED) -> int:
        """Finished responses of ``form_id`` that name no institution (consent declined): the
        coverage counts them, and nothing else is known of them."""
        rows = finished_rows(self._ctx, form_id, statuses)
        return sum(1 for row in rows if institution_key(row.answers) is None)

    def choose_submission(self, uuid: str, config_path: Path | str | None = None) -> Changes:
        """Make the finished Form A response ``uuid`` the one that counts for its institution.

        The choice is appended to the workspace's event log and lasts until another is made.
        """
        form_id = self.config(config_path).form
        row = self._ctx.store.responses.get(uuid)
        if row is None or row.form_id != form_id or row.status not in SCORED:
            raise UsageError(
                f"response {uuid} is not a finished {form_id} submission; run 'sp-collect "
                "score' to see the submissions of each institution",
                code="choice_not_submission",
            )
        key = institution_key(row.answers)
        if key is None:
            raise UsageError(
                f"response {uuid} names no institution (consent declined?); choose another",
                code="choice_no_institution",
            )
        self._ctx.store.events.append(
            CHOICE_EVENT,
            choice_subject(key),
            {"country": key.country, "code": key.code, "uuid": uuid},
        )
        found = self.submissions(form_id)[key]
        return Changes(
            responses=frozenset({uuid}),
            message=f"{key}: response {uuid} now counts "
            f"(of {len(found.submissions)} submission(s))",
        )

    def workshop_corrections(
        self,
        form_a: Form,
        *,
        statuses: Iterable[str] = SCORED,
        problems: list[CorrectionProblem] | None = None,
    ) -> dict[InstitutionKey, dict[str, Any]]:
        """Institution → {item → agreed answer}, from every workshop record.

        Corrections that cannot apply (an unknown item, an impossible answer) are left out and,
        with ``problems``, listed there with the workshop record they come from.
        """
        merged: dict[InstitutionKey, dict[str, Any]] = {}
        try:
            rows = sorted(
                finished_rows(self._ctx, WORKSHOP_FORM, statuses), key=lambda r: r.updated_at
            )
        except NotFound:
            return merged
        for row in rows:
            found: list[CorrectionProblem] = []
            for key, corrections in corrections_from_workshop(
                row.answers, form_a, problems=found
            ).items():
                merged.setdefault(key, {}).update(corrections)
            if problems is not None:
                named = row.instance_name or row.uuid
                problems += [replace(problem, record=named) for problem in found]
        return merged

    def correction_problems(self, config_path: Path | str | None = None) -> list[CorrectionProblem]:
        """Workshop corrections that the validated scores had to leave out, and why."""
        problems: list[CorrectionProblem] = []
        form_a = self._ctx.forms.compiled(self.config(config_path).form).model
        self.workshop_corrections(form_a, problems=problems)
        return problems

    def scores(
        self,
        config_path: Path | str | None = None,
        *,
        statuses: tuple[str, ...] = SCORED,
    ) -> dict[InstitutionKey, ScorePair]:
        """Self-reported and validated scores per institution, in key order.

        Each institution's counted submission is scored (see :meth:`submissions`); items its
        skip logic hid are not applicable.
        """
        config = self.config(config_path)
        form_a = self._ctx.forms.compiled(config.form)
        relevance = FormRelevance(form_a, config.item_order())
        responses = self.institution_responses(config.form, statuses=statuses)
        corrections = self.workshop_corrections(form_a.model, statuses=statuses)
        scores = {}
        for key in sorted(responses):
            row = responses[key]
            # Answers of an earlier form version, read as the config's items; what that version
            # did not ask is not applicable.
            read = as_current(config, row.form_version, row.answers)
            scores[key] = score_both(
                read.answers, config, corrections.get(key), relevance, not_asked=read.not_asked
            )
        return scores

    def institutions(
        self,
        form_id: str,
        language: str = "en",
        *,
        statuses: tuple[str, ...] = SCORED,
    ) -> dict[InstitutionKey, InstitutionInfo]:
        """The scored institutions' names, countries and submissions in ``language``."""
        form = self._ctx.forms.compiled(form_id).model
        institutions = choice_labels(form, "institution", language)
        countries = choice_labels(form, "country", language)
        return {
            key: InstitutionInfo(
                code=key.code,
                name=institutions.get(key.code, key.code),
                country=key.country,
                country_name=countries.get(key.country, key.country),
                response_uuid=found.counted.uuid,
                submissions=found,
            )
            for key, found in self.submissions(form_id, statuses=statuses).items()
        }

    def resolve_institution(
        self, text: str, config_path: Path | str | None = None
    ) -> InstitutionKey:
        """The scored institution ``text`` names: ``COUNTRY/CODE``, or a code only one has."""
        known = sorted(self.institution_responses(self.config(config_path).form))
        key = InstitutionKey.parse(text)
        matches = [k for k in known if k == key] if key else [k for k in known if k.code == text]
        if len(matches) == 1:
            return matches[0]
        listed = ", ".join(str(k) for k in known) or "none yet"
        if matches:
            raise UsageError(
                f"{text} names institutions in several countries; write COUNTRY/CODE "
                f"(one of {', '.join(str(k) for k in matches)})",
                code="institution_ambiguous",
            )
        raise NotFound(
            f"no scored survey for institution {text}; scored institutions: {listed}",
            code="institution_not_scored",
        )

    def _resolved(
        self, form_id: str, statuses: Iterable[str]
    ) -> tuple[
        dict[str, tuple[InstitutionKey, ResponseRow]], dict[InstitutionKey, InstitutionSubmissions]
    ]:
        """uuid → (institution, row) of every finished response naming an institution (consent
        declined names none: nothing to score), and each institution's submissions."""
        rows = {}
        for row in finished_rows(self._ctx, form_id, statuses):
            key = institution_key(row.answers)
            if key is not None:
                rows[row.uuid] = (key, row)
        ends = end_items(self._ctx.forms.compiled(form_id))
        resolved = resolve_submissions(
            ((key, _submission(row, ends)) for key, row in rows.values()),
            self._chosen_submissions({key for key, _row in rows.values()}),
        )
        return rows, resolved

    def _chosen_submissions(self, keys: set[InstitutionKey]) -> dict[InstitutionKey, str]:
        """The coordinator's latest choice for each institution that has one."""
        chosen = {}
        for key in keys:
            events = self._ctx.store.events.list(subject=choice_subject(key), limit=1)
            if events and events[0].kind == CHOICE_EVENT:
                chosen[key] = str(events[0].details.get("uuid"))
        return chosen


def institution_key(answers: dict[str, Any]) -> InstitutionKey | None:
    """The institution a Form A response speaks for; None when it names none."""
    code = answers.get(INSTITUTION)
    if code == "other":
        code = str(answers.get(INSTITUTION_OTHER) or "").strip() or None
    if not code:
        return None
    return InstitutionKey(str(answers.get(COUNTRY) or ""), str(code))


def choice_subject(key: InstitutionKey) -> str:
    return f"institution {key}"


def end_items(form: CompiledForm) -> tuple[str, ...]:
    """The form's ``end`` metadata questions (when the respondent finished)."""
    return tuple(qid for qid, info in form.items.items() if info.type == "end" and not info.scope)


def _submission(row: ResponseRow, ends: tuple[str, ...]) -> Submission:
    finished = next((str(row.answers[q]) for q in ends if row.answers.get(q)), row.created_at)
    return Submission(
        uuid=row.uuid,
        status=row.status,
        revision=row.revision,
        finished_at=finished,
        updated_at=row.updated_at,
    )


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
