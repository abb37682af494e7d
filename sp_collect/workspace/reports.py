"""PDF reports from the workspace's data: response, readiness, regional and workshop.

The report writers (and reportlab) are imported where a report is written, so that opening the
app does not pay for them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sp_collect.analysis.frameworks import load_frameworks
from sp_collect.engine.model import text_in
from sp_collect.errors import NotFound, UsageError
from sp_collect.progress import CancelToken, Progress, check
from sp_collect.reports.inputs import Interview, RegionalData, ReportMeta, ScoringContext
from sp_collect.reports.response_view import ResponseView, open_session
from sp_collect.reports.texts import check_language
from sp_collect.resources import forms_dir
from sp_collect.workspace.context import WorkspaceContext
from sp_collect.workspace.responses import ResponseService
from sp_collect.workspace.scoring import (
    SCORED_STATUSES,
    WORKSHOP_FORM,
    ScoringService,
    choice_labels,
    finished_rows,
)

REPORT_KINDS: tuple[str, ...] = ("response", "readiness", "regional", "workshop")
KII_FORM = "caricom-kii-institutional"


def default_frameworks_path() -> Path:
    return forms_dir() / "scoring" / "frameworks.json"


class ReportService:
    """Writes each kind of report from the workspace's responses and scores."""

    def __init__(
        self, ctx: WorkspaceContext, responses: ResponseService, scoring: ScoringService
    ) -> None:
        self._ctx = ctx
        self._responses = responses
        self._scoring = scoring

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
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> Path:
        """Write one report as a PDF; ``validated=False`` reports self-reported scores."""
        if kind not in REPORT_KINDS:
            raise UsageError(f"unknown report {kind!r}; choose one of {', '.join(REPORT_KINDS)}")
        if kind != "response":  # a printed response may be in any of its form's languages
            check_language(language)
        meta = ReportMeta(self._ctx.info.name, dt.date.today().isoformat(), language)
        out_path = Path(out_path)
        check(cancel)
        if kind == "response":
            return self._response(out_path, _needed(uuid, "uuid", kind), meta, progress, cancel)
        if kind == "workshop":
            return self._workshop(out_path, uuid, meta, config_path, progress, cancel)
        scoring = self._scoring_context(config_path, validated)
        if kind == "readiness":
            code = _needed(institution, "institution", kind)
            pairs = self._scoring.scores(config_path)
            if code not in pairs:
                known = ", ".join(pairs) or "none yet"
                raise NotFound(
                    f"no scored survey for institution {code}; scored institutions: {known}"
                )
            info = self._scoring.institutions(scoring.config.form, language)[code]
            from sp_collect.reports.readiness_report import write_readiness_report

            return write_readiness_report(
                out_path, info, pairs[code], scoring, meta, progress=progress, cancel=cancel
            )
        data = self._regional_data(scoring, config_path, language)
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
        view = ResponseView(open_session(form, row.state, row.answers, meta.language))
        header = ResponseHeader(
            uuid=row.uuid,
            revision=row.revision,
            status=row.status,
            form_id=row.form_id,
            form_version=row.form_version,
            title=text_in(form.model.title, meta.language, form.model.default_language),
            instance_name=row.instance_name,
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
                finished_rows(self._ctx, WORKSHOP_FORM, SCORED_STATUSES), key=lambda r: r.updated_at
            )
            if not rows:
                raise NotFound(
                    "no finished workshop summary (Form D) in this workspace; give --uuid"
                )
            uuid = rows[-1].uuid
        row = self._responses.get(uuid)
        if row.form_id != WORKSHOP_FORM:
            raise UsageError(f"response {uuid} is a {row.form_id} response, not a workshop summary")
        form = self._ctx.forms.compiled(row.form_id, row.form_version)
        view = ResponseView(open_session(form, row.state, row.answers, meta.language))
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
            kii_rows = finished_rows(self._ctx, KII_FORM, SCORED_STATUSES)
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


def _needed(value: str | None, option: str, kind: str) -> str:
    if not value:
        raise UsageError(f"the {kind} report needs --{option}")
    return value
