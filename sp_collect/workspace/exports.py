"""Data exports of the workspace's responses (CSV, XLSX, SQLite) through the façade."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from sp_collect.errors import NotFound
from sp_collect.progress import CancelToken, Progress
from sp_collect.storage import ResponseRow
from sp_collect.workspace.context import WorkspaceContext
from sp_collect.workspace.scoring import (
    ScoringService,
    default_config_path,
    default_frameworks_path,
)

if TYPE_CHECKING:
    from sp_collect.analysis.export import DataExportReport, FormSource
    from sp_collect.analysis.export.scores import ScoreInput


class ExportService:
    """Plaintext exports the user asks for: every form's responses, with scores for Form A."""

    def __init__(self, ctx: WorkspaceContext, scoring: ScoringService) -> None:
        self._ctx = ctx
        self._scoring = scoring

    def write(
        self,
        format: str,
        out_path: Path | str,
        *,
        form_id: str | None = None,
        language: str = "en",
        labels: bool = False,
        include_sensitive: bool = False,
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> DataExportReport:
        """Every response of every form that has some (or of ``form_id``), in ``format``.

        ``out_path`` is a folder for CSV and a file otherwise. The export is plaintext because
        the user asked for it; sensitive fields stay out unless ``include_sensitive``.
        """
        if form_id is not None:
            self._ctx.forms.compiled(form_id)  # NotFound, with advice, for a form not installed
            sources = [self._export_source(form_id)]
        else:
            # Form by form, so only one form's response list is in memory at a time.
            installed = sorted({row.form_id for row in self._ctx.store.forms.list()})
            every = (self._export_source(fid) for fid in installed)
            sources = [source for source in every if source.count]
            if not sources:
                raise NotFound(
                    "there are no responses to export in this workspace", code="nothing_to_export"
                )
        form_ids = [source.versions[0].id for source in sources]
        # openpyxl and sqlite-utils load only when exporting: the app starts faster without them.
        from sp_collect.analysis.export import export_responses

        return export_responses(
            sources,
            format,
            Path(out_path),
            language=language,
            labels=labels,
            include_sensitive=include_sensitive,
            scores=self._export_scores(form_ids),
            progress=progress,
            cancel=cancel,
        )

    def _export_source(self, form_id: str) -> FormSource:
        newest = self._ctx.forms.compiled(form_id)
        others = [
            self._ctx.forms.compiled(form_id, row.version)
            for row in self._ctx.store.forms.list()
            if row.form_id == form_id and row.version != newest.version
        ]
        count = self._ctx.store.responses.count(form_id=form_id)

        def responses() -> Iterator[ResponseRow]:
            # Oldest first, so tables read in the order the work was done; one streamed query.
            return self._ctx.store.responses.iter_rows(form_id=form_id, oldest_first=True)

        from sp_collect.analysis.export import FormSource

        return FormSource([newest, *reversed(others)], count, responses)

    def _export_scores(self, form_ids: list[str]) -> ScoreInput | None:
        """Readiness scores, as ``sp-collect score`` gives them, when Form A is exported."""
        if not default_config_path().is_file():
            return None
        form_id = self._scoring.config().form
        if form_id not in form_ids:
            return None
        pairs = self._scoring.scores()
        if not pairs:
            return None
        from sp_collect.analysis.export.scores import ScoreInput
        from sp_collect.analysis.frameworks import load_frameworks

        path = default_frameworks_path()
        frameworks = load_frameworks(path, self._scoring.config()) if path.is_file() else None
        return ScoreInput(form_id, pairs, self._scoring.submissions(form_id), frameworks)
