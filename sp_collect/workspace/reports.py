"""PDF reports from the workspace's data: response, readiness, regional and workshop.

The report writers (and reportlab) are imported where a report is written, so that opening the
app does not pay for them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from sp_collect.analysis.frameworks import load_frameworks
from sp_collect.analysis.sensitive import mentions_sensitive
from sp_collect.analysis.submissions import InstitutionKey
from sp_collect.engine.model import text_in
from sp_collect.errors import NotFound, UsageError
from sp_collect.progress import CancelToken, Progress, check
from sp_collect.reports.inputs import Interview, RegionalData, ReportMeta, ScoringContext
from sp_collect.reports.response_view import ResponseView, open_session
from sp_collect.reports.texts import LANGUAGES as REPORT_LANGUAGES
from sp_collect.reports.texts import check_language
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

REPORT_FORMATS: tuple[str, ...] = ("pdf",)
REPORT_KINDS: tuple[str, ...] = ("response", "readiness", "regional", "workshop")
KII_FORM = "caricom-kii-institutional"


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
        named: bool = True,
        format: str = "pdf",
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> Path:
        """Write one report; ``validated=False`` reports self-reported scores.

        A printed response leaves out answers tagged sensitive unless ``include_sensitive``.
        The regional report covers ``countries`` only when given (country codes), and with
        ``named=False`` calls each institution by its country and a number instead of its name.
        """
        if kind not in REPORT_KINDS:
            raise UsageError(
                f"unknown report {kind!r}; choose one of {', '.join(REPORT_KINDS)}",
                code="report_kind",
            )
        if format not in REPORT_FORMATS:
            raise UsageError(
                f"reports are written as {', '.join(REPORT_FORMATS)}, not {format!r}",
                code="unknown_format",
            )
        if kind != "response":  # a printed response may be in any of its form's languages
            check_language(language)
        meta = ReportMeta(self._ctx.info.name, dt.date.today().isoformat(), language)
        out_path = Path(out_path)
        check(cancel)
        if kind == "response":
            needed = _needed(uuid, "response", kind)
            return self._response(out_path, needed, meta, include_sensitive, progress, cancel)
        if kind == "workshop":
            return self._workshop(out_path, uuid, meta, config_path, progress, cancel)
        scoring = self._scoring_context(config_path, validated)
        if kind == "readiness":
            key = self._scoring.resolve_institution(
                _needed(institution, "institution", kind), config_path
            )
            pairs = self._scoring.scores(config_path)
            info = self._scoring.institutions(scoring.config.form, language)[key]
            from sp_collect.reports.readiness_report import write_readiness_report

            return write_readiness_report(
                out_path, info, pairs[key], scoring, meta, progress=progress, cancel=cancel
            )
        data = _scoped(self._regional_data(scoring, config_path, language), countries, named)
        from sp_collect.reports.regional_report import write_regional_report

        return write_regional_report(out_path, data, meta, progress=progress, cancel=cancel)

    def _scoring_context(self, config_path: Path | str | None, validated: bool) -> ScoringContext:
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
        # Attendees' names print only where each agreed to be listed (d2_listed): the report
        # applies that consent itself, so the view keeps the sensitive roster.
        session = open_session(form, row.state, row.answers, meta.language)
        view = ResponseView(session, include_sensitive=True)
        try:
            pairs = self._scoring.scores(config_path)
        except NotFound:
            # No institutional survey installed: the summary shows presented indices only.
            pairs = {}
        from sp_collect.reports.workshop_report import write_workshop_report

        return write_workshop_report(out_path, view, pairs, meta, progress=progress, cancel=cancel)

    def _regional_data(
        self,
        scoring: ScoringContext,
        config_path: Path | str | None,
        language: str,
    ) -> RegionalData:
        form_a = scoring.config.form
        frameworks_path = default_frameworks_path()
        try:
            kii_rows = finished_rows(self._ctx, KII_FORM, SCORED)
        except NotFound:
            kii_rows = []  # no interview form installed: the report says 0 interviews
        interviews = tuple(
            Interview(row.answers, self._ctx.forms.compiled(row.form_id, row.form_version).model)
            for row in kii_rows
        )
        choices = scoring.form.choice_lists.get("institution", [])
        return RegionalData(
            scoring=scoring,
            pairs=self._scoring.scores(config_path),
            institutions=self._scoring.institutions(form_a, language),
            country_names=choice_labels(scoring.form, "country", language),
            listed_institutions=frozenset(c.value for c in choices if c.value != "other"),
            frameworks=load_frameworks(frameworks_path, scoring.config),
            frameworks_file=frameworks_path.name,
            interviews=interviews,
        )


def _scoped(data: RegionalData, countries: Sequence[str], named: bool) -> RegionalData:
    """The regional data of ``countries`` only (all when empty); unnamed institutions become
    ``DMA-1``, ``DMA-2``… (their country and a number), in code order."""
    wanted = set(countries)
    unknown = sorted(wanted - {info.country for info in data.institutions.values()})
    if unknown:
        raise NotFound(
            f"no scored institution in {', '.join(unknown)}; scored countries: "
            + (", ".join(sorted({i.country for i in data.institutions.values()})) or "none yet"),
            code="country_not_scored",
        )
    keys = sorted(key for key in data.pairs if not wanted or key.country in wanted)
    alias = {key: key for key in keys}
    if not named:
        numbers: dict[str, int] = {}
        for key in keys:
            numbers[key.country] = numbers.get(key.country, 0) + 1
            alias[key] = InstitutionKey(
                key.country, f"{key.country or 'XX'}-{numbers[key.country]}"
            )
    institutions = {
        alias[key]: replace(
            data.institutions[key],
            code=alias[key].code,
            name=data.institutions[key].name if named else alias[key].code,
        )
        for key in keys
    }
    interviews = tuple(
        interview
        for interview in data.interviews
        if not wanted or _interview_country(interview) in wanted
    )
    return replace(
        data,
        pairs={alias[key]: data.pairs[key] for key in keys},
        institutions=institutions,
        listed_institutions=frozenset(
            alias[key].code for key in keys if key.code in data.listed_institutions
        ),
        interviews=interviews,
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
