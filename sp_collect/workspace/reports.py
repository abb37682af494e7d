"""Reports from the workspace's data: response, readiness, regional, workshop and the synthesis
of all workshops, as PDF or (all but the response printout) as an editable DOCX.

The report writers (and reportlab, python-docx) are imported where a report is written, so that
opening the app does not pay for them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from sp_collect.analysis.frameworks import load_frameworks
from sp_collect.analysis.readiness import InstitutionScore, score_institution
from sp_collect.analysis.sensitive import mentions_sensitive
from sp_collect.analysis.submissions import InstitutionKey
from sp_collect.analysis.workshop_corrections import CorrectionProblem, corrections_from_workshop
from sp_collect.engine.model import Form, text_in
from sp_collect.errors import NotFound, UsageError
from sp_collect.progress import CancelToken, Progress, check
from sp_collect.reports.document import FORMATS, report_format
from sp_collect.reports.inputs import Interview, RegionalData, ReportMeta, ScoringContext
from sp_collect.reports.response_view import ResponseView, open_session
from sp_collect.reports.texts import LANGUAGES as REPORT_LANGUAGES
from sp_collect.reports.texts import check_language
from sp_collect.storage import ResponseRow
from sp_collect.storage.statuses import SCORED
from sp_collect.workspace.context import WorkspaceContext
from sp_collect.workspace.responses import ResponseService
from sp_collect.workspace.scoring import (
    WORKSHOP_FORM,
    ScoringService,
    choice_labels,
    default_frameworks_path,
    finished_rows,
)

REPORT_FORMATS: tuple[str, ...] = FORMATS
REPORT_KINDS: tuple[str, ...] = ("response", "readiness", "regional", "workshop", "workshops")
KII_FORM = "caricom-kii-institutional"
BENEFICIARY_FORM = "caricom-beneficiary-interview"


class ReportService:
    """Writes each kind of report from the workspace's responses and scores."""

    def __init__(
        self, ctx: WorkspaceContext, responses: ResponseService, scoring: ScoringService
    ) -> None:
        self._ctx = ctx
        self._responses = responses
        self._scoring = scoring

    def formats(self) -> tuple[str, ...]:
        """The file formats reports are written in (the UI offers these, in this order)."""
        return REPORT_FORMATS

    def languages(self) -> tuple[str, ...]:
        """The languages the reports' own wording is written in."""
        return REPORT_LANGUAGES

    def write(
        self,
        kind: str,
        out_path: Path | str,
        *,
        uuid: str | None = None,
        institution: str | None = None,
        language: str = "en",
        validated: bool = True,
        config_path: Path | str | None = None,
        include_sensitive: bool = False,
        countries: Sequence[str] = (),
        named: bool = False,
        format: str | None = None,
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> Path:
        """Write one report; ``validated=False`` reports self-reported scores.

        ``format``: ``pdf`` or ``docx`` (default: the file's extension). The regional report
        covers ``countries`` only when given (country codes); ``named`` names institutions (by
        default countries and the region only; an institution a table must single out is called
        by its country and a number, ``DMA-1``). A
        printed response leaves out answers tagged sensitive unless ``include_sensitive``.
        """
        if kind not in REPORT_KINDS:
            raise UsageError(
                f"unknown report {kind!r}; choose one of {', '.join(REPORT_KINDS)}",
                code="report_kind",
            )
        if kind != "response":  # a printed response may be in any of its form's languages
            check_language(language)
        meta = ReportMeta(self._ctx.info.name, dt.date.today().isoformat(), language)
        out_path = Path(out_path)
        fmt = report_format(str(out_path), format)
        if fmt != "pdf" and kind == "response":
            raise UsageError(
                "a response printout is written as PDF only; name the file .pdf",
                code="report_format",
            )
        check(cancel)
        if kind == "response":
            needed = _needed(uuid, "response", kind)
            return self._response(out_path, needed, meta, include_sensitive, progress, cancel)
        if kind == "workshop":
            return self._workshop(out_path, uuid, meta, config_path, fmt, progress, cancel)
        scoring = self.scoring_context(config_path, validated)
        if kind == "readiness":
            try:
                key = self._scoring.resolve_institution(
                    _needed(institution, "institution", kind), config_path
                )
            except NotFound as exc:
                raise NotFound(exc.message, code="institution_not_scored") from None
            pairs = self._scoring.scores(config_path)
            info = self._scoring.institutions(scoring.config.form, language)[key]
            from sp_collect.reports.readiness_report import write_readiness_report

            return write_readiness_report(
                out_path,
                info,
                pairs[key],
                scoring,
                meta,
                fmt=fmt,
                progress=progress,
                cancel=cancel,
            )
        data = _scoped(self.regional_data(scoring, config_path, language, named=named), countries)
        from sp_collect.reports import regional_report
        from sp_collect.reports.render import write_document

        if kind == "workshops":
            doc = regional_report.workshops_document(data, meta)
        else:
            doc = regional_report.regional_document(data, meta)
        check(cancel)
        return write_document(out_path, doc, fmt=fmt, progress=progress, cancel=cancel)

    def scoring_context(self, config_path: Path | str | None, validated: bool) -> ScoringContext:
        config = self._scoring.config(config_path)
        form = self._ctx.forms.compiled(config.form).model
        return ScoringContext(config=config, form=form, validated=validated)

    def _response(
        self,
        out_path: Path,
        uuid: str,
        meta: ReportMeta,
        include_sensitive: bool,
        progress: Progress | None,
        cancel: CancelToken | None,
    ) -> Path:
        from sp_collect.reports.response_report import (
            Comment,
            ResponseHeader,
            write_response_report,
        )

        row = self._responses.get(uuid)
        form = self._ctx.forms.compiled(row.form_id, row.form_version)
        session = open_session(form, row.state, row.answers, meta.language)
        view = ResponseView(session, include_sensitive=include_sensitive)
        # A name built from personal data (a beneficiary's name) is personal data too.
        named = include_sensitive or not mentions_sensitive(form, form.model.settings.instance_name)
        header = ResponseHeader(
            uuid=row.uuid,
            revision=row.revision,
            status=row.status,
            form_id=row.form_id,
            form_version=row.form_version,
            title=text_in(form.model.title, meta.language, form.model.default_language),
            instance_name=row.instance_name if named else "",
        )
        comments = [
            Comment(c.question_path, c.text, c.author, c.created_at)
            for c in self._responses.comments(uuid)
        ]
        return write_response_report(
            out_path, view, header, comments, meta, progress=progress, cancel=cancel
        )

    def _workshop(
        self,
        out_path: Path,
        uuid: str | None,
        meta: ReportMeta,
        config_path: Path | str | None,
        fmt: str,
        progress: Progress | None,
        cancel: CancelToken | None,
    ) -> Path:
        if uuid is None:
            rows = sorted(
                finished_rows(self._ctx, WORKSHOP_FORM, SCORED), key=lambda r: r.updated_at
            )
            if not rows:
                raise NotFound(
                    "no finished workshop summary (Form D) in this workspace",
                    code="no_workshop_summary",
                )
            uuid = rows[-1].uuid
        row = self._responses.get(uuid)
        if row.form_id != WORKSHOP_FORM:
            raise UsageError(
                f"response {uuid} is a {row.form_id} response, not a workshop summary",
                code="not_a_workshop_summary",
            )
        form = self._ctx.forms.compiled(row.form_id, row.form_version)
        session = open_session(form, row.state, row.answers, meta.language)
        # Participants' names are sensitive: the summary prints them only for those who agreed
        # to be listed (d2_listed), in its annex.
        view = ResponseView(session, include_sensitive=True)
        recomputed, problems = self.workshop_scores(row.answers, config_path)
        from sp_collect.reports.workshop_report import write_workshop_report

        return write_workshop_report(
            out_path,
            view,
            recomputed,
            meta,
            problems=problems,
            fmt=fmt,
            progress=progress,
            cancel=cancel,
        )

    def workshop_scores(
        self, record: dict[str, Any], config_path: Path | str | None = None
    ) -> tuple[dict[InstitutionKey, InstitutionScore], list[CorrectionProblem]]:
        """The corrected institutions' scores with this workshop's corrections only, and the
        corrections that could not apply (an unknown item, an impossible answer)."""
        try:
            config = self._scoring.config(config_path)
            form_a = self._ctx.forms.compiled(config.form).model
        except NotFound:
            return {}, []  # no institutional survey installed: presented indices only
        found: list[CorrectionProblem] = []
        corrections = corrections_from_workshop(record, form_a, problems=found)
        responses = self._scoring.institution_responses(config.form)
        scores = {
            code: score_institution(responses[code].answers, config, corrections=values)
            for code, values in corrections.items()
            if code in responses
        }
        missing = [
            CorrectionProblem("no_survey", institution=str(code))
            for code in corrections
            if code not in responses
        ]
        return scores, found + missing

    def regional_data(
        self,
        scoring: ScoringContext,
        config_path: Path | str | None = None,
        language: str = "en",
        *,
        named: bool = False,
    ) -> RegionalData:
        """Everything the regional report shows, read once from the store."""
        form_a = scoring.config.form
        frameworks_path = default_frameworks_path()
        kii_rows = self._rows(KII_FORM)
        forms: dict[tuple[str, str], Form] = {}
        for row in kii_rows:
            key = (row.form_id, row.form_version)
            if key not in forms:
                forms[key] = self._ctx.forms.compiled(*key).model
        interviews = tuple(
            Interview(row.answers, forms[row.form_id, row.form_version]) for row in kii_rows
        )
        beneficiary_rows = self._rows(BENEFICIARY_FORM)
        workshop_rows = self._rows(WORKSHOP_FORM)
        form_a_rows = self._rows(form_a)
        submissions = self._scoring.submissions(form_a)
        chosen = self._scoring.institution_responses(form_a)
        problems: list[CorrectionProblem] = []
        self._scoring.workshop_corrections(scoring.form, problems=problems)
        form = scoring.form
        dates = [row.updated_at[:10] for row in (*form_a_rows, *kii_rows, *beneficiary_rows)]
        return RegionalData(
            scoring=scoring,
            pairs=self._scoring.scores(config_path),
            institutions=self._scoring.institutions(form_a, language),
            country_names=choice_labels(form, "country", language),
            frameworks=load_frameworks(frameworks_path, scoring.config),
            frameworks_file=frameworks_path.name,
            interviews=interviews,
            answers={code: row.answers for code, row in chosen.items()},
            submissions={key: len(found.submissions) for key, found in submissions.items()},
            refusals=self._scoring.declined(form_a),
            beneficiaries=tuple(row.answers for row in beneficiary_rows),
            beneficiary_form=self._form(beneficiary_rows),
            workshops=tuple(row.answers for row in workshop_rows),
            workshop_form=self._form(workshop_rows),
            countries=tuple(
                (
                    c.value,
                    text_in(c.label, language, form.default_language),
                    str(c.extra_columns().get("group", "")),
                )
                for c in form.choice_lists.get("country", [])
            ),
            listed={
                InstitutionKey(str(c.extra_columns().get("country", "")), c.value): text_in(
                    c.label, language, form.default_language
                )
                for c in form.choice_lists.get("institution", [])
                if c.value != "other"
            },
            named=named,
            correction_problems=tuple(problems),
            forms={row.form_id: row.version for row in self._ctx.store.forms.list()},
            fieldwork=(min(dates), max(dates)) if dates else None,
        )

    def _rows(self, form_id: str) -> list[ResponseRow]:
        """The form's finished responses, streamed in one read (the report reads hundreds)."""
        responses = self._ctx.store.responses
        return list(responses.iter_rows(statuses=SCORED, form_id=form_id))

    def _form(self, rows: list[ResponseRow]) -> Form | None:
        if not rows:
            return None
        return self._ctx.forms.compiled(rows[0].form_id, rows[0].form_version).model


def _scoped(data: RegionalData, countries: Sequence[str]) -> RegionalData:
    """The regional data of ``countries`` only (everything when empty)."""
    wanted = set(countries)
    if not wanted:
        return data
    scored = {key.country for key in data.pairs}
    unknown = sorted(wanted - scored)
    if unknown:
        raise NotFound(
            f"no scored institution in {', '.join(unknown)}; scored countries: "
            + (", ".join(sorted(scored)) or "none yet"),
            code="country_not_scored",
        )

    def mine(mapping: Any) -> dict[Any, Any]:
        return {key: value for key, value in mapping.items() if key.country in wanted}

    return replace(
        data,
        pairs=mine(data.pairs),
        institutions=mine(data.institutions),
        answers=mine(data.answers),
        submissions=mine(data.submissions),
        listed=mine(data.listed),
        countries=tuple(c for c in data.countries if c[0] in wanted),
        interviews=tuple(i for i in data.interviews if _interview_country(i) in wanted),
    )


def _interview_country(interview: Interview) -> str | None:
    """The country an interview (Form B) was held in: its first answer from the country list."""
    for _pointer, item in interview.form.walk():
        if getattr(item, "type", None) == "select_one" and getattr(item, "choices", None) == (
            "country"
        ):
            value = interview.answers.get(item.id)
            return str(value) if value else None
    return None


def _needed(value: str | None, what: str, kind: str) -> str:
    if value:
        return value
    if what == "response":
        raise UsageError(f"the {kind} report needs a response", code="report_needs_response")
    raise UsageError(f"the {kind} report needs an institution", code="report_needs_institution")
