"""Data exports of the workspace's responses (CSV, XLSX, SQLite) through the façade."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from sp_collect.analysis.export import DataExportReport, FormSource, export_responses
from sp_collect.analysis.scoring_config import ScoringConfig, load_scoring_config
from sp_collect.errors import NotFound
from sp_collect.progress import CancelToken, Progress
from sp_collect.resources import forms_dir
from sp_collect.storage.responses import ResponseRow

if TYPE_CHECKING:
    from sp_collect.workspace.core import Workspace


def scoring_config_path() -> Path:
    return forms_dir() / "scoring" / "caricom-readiness.json"


class ExportOps:
    """Mixed into :class:`Workspace`."""

    def export_data(
        self: Workspace,
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
            self.compiled_form(form_id)  # NotFound, with advice, for a form not installed
            sources = [self._export_source(form_id)]
        else:
            # Form by form, so only one form's response list is in memory at a time.
            installed = sorted({row.form_id for row in self.store.forms.list()})
            every = (self._export_source(fid) for fid in installed)
            sources = [source for source in every if source.count]
            if not sources:
                raise NotFound("there are no responses to export in this workspace")
        form_ids = [source.versions[0].id for source in sources]
        return export_responses(
            sources,
            format,
            Path(out_path),
            language=language,
            labels=labels,
            include_sensitive=include_sensitive,
            scoring=self._export_scoring(form_ids),
            progress=progress,
            cancel=cancel,
        )

    def _export_source(self: Workspace, form_id: str) -> FormSource:
        newest = self.compiled_form(form_id)
        others = [
            self.compiled_form(form_id, row.version)
            for row in self.store.forms.list()
            if row.form_id == form_id and row.version != newest.version
        ]
        uuids = [summary.uuid for summary in self.store.responses.list(form_id=form_id)]
        # Oldest first, so tables read in the order the work was done.
        uuids.reverse()

        def responses() -> Iterator[ResponseRow]:
            for uuid in uuids:
                row = self.store.responses.get(uuid)
                if row is not None:  # deleted meanwhile
                    yield row

        return FormSource([newest, *reversed(others)], len(uuids), responses)

    def _export_scoring(self: Workspace, form_ids: list[str]) -> ScoringConfig | None:
        """The shipped readiness config, when its form is among those exported."""
        path = scoring_config_path()
        if not path.is_file():
            return None
        config = load_scoring_config(path)
        if config.form not in form_ids:
            return None
        form = self.compiled_form(config.form).model
        # Gap ranking breaks ties by form order.
        return config.ordered_like([item.id for _pointer, item in form.walk()])
