"""The field side of sync: the Outbox (export a bundle) and the Inbox (import a return)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from sp_collect.sync.results import ExportReport, ReturnReport
from sp_collect.ui.context import AppContext
from sp_collect.ui.file_names import file_stem
from sp_collect.ui.pages import FIELD, register_page
from sp_collect.ui.responses_page import (
    ResponsesPage,
    form_titles,
    question_labels,
    returned_uuids,
    summary_headers,
    summary_row,
)
from sp_collect.ui.settings import preferences
from sp_collect.ui.style import icon
from sp_collect.workspace import OUTBOX, UNCONFIRMED, Changes


@register_page
class OutboxPage(ResponsesPage):
    """Finalized responses: what waits to be sent, what was sent, what the coordinator confirmed."""

    roles = frozenset({FIELD})
    order = 30

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.export_button = QPushButton(icon("fa5s.paper-plane"), "")
        self.export_button.setObjectName("primary")
        self.export_button.clicked.connect(self.export_bundle)
        self.buttons.addWidget(self.export_button)
        self.last_report: ExportReport | None = None
        self.retranslate()

    @property
    def title(self) -> str:
        return self.tr("Outbox")

    def retranslate(self) -> None:
        super().retranslate()
        self.open_button.setText(self.tr("&Open (read-only)"))
        self.export_button.setText(self.tr("&Export a bundle…"))
        self.export_button.setAccessibleName(self.tr("Export a bundle for the coordinator"))
        self.refresh_if_shown()

    def refresh(self, changes: object | None = None) -> None:
        rows = [s for status in OUTBOX for s in self.ctx.workspace.responses.list(status=status)]
        waiting = sum(1 for s in rows if s.status in UNCONFIRMED)
        confirmed = len(rows) - waiting
        text = self.tr(
            "Finalized responses. Export a bundle to send the ones not yet confirmed "
            "(waiting: %1, confirmed by the coordinator: %2)."
        )
        self.explain.setText(text.replace("%1", str(waiting)).replace("%2", str(confirmed)))
        if self.last_report is not None:
            self.explain.setText(self.explain.text() + "\n" + self._sent_text(self.last_report))
        titles = form_titles(self.ctx)
        self.table.set_rows(
            summary_headers(),
            (summary_row(s, titles) for s in rows),
            self.tr("Nothing finalized yet. Finish a draft and finalize it on its review screen."),
        )
        self.export_button.setEnabled(waiting > 0)

    def export_bundle(self) -> None:
        """Ask where to write the bundle (a USB stick, a folder to e-mail from), then export."""
        prefs = preferences(self.ctx)
        stem = file_stem(self.ctx.workspace.info.name, date.today().isoformat(), fallback="bundle")
        name = f"{stem}.spbundle"
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export a bundle"),
            str(prefs.export_folder / name),
            self.tr("Bundles (*.spbundle)"),
        )
        if not path:
            return
        target = Path(path)
        prefs.last_folder = target.parent
        if target.suffix != ".spbundle":
            target = target.with_suffix(".spbundle")
        workspace = self.ctx.workspace
        self.ctx.run(
            lambda progress, cancel: workspace.sync.export_bundle(
                target, progress=progress, cancel=cancel
            ),
            self._exported,
            parent=self,
            progress_label=self.tr("Exporting the bundle…"),
        )

    def _exported(self, report: ExportReport) -> None:
        self.last_report = report
        message = self._sent_text(report)
        self.ctx.announce(Changes(responses=frozenset(report.responses), message=message))
        self.sig_status.emit(message)

    def _sent_text(self, report: ExportReport) -> str:
        text = self.tr(
            "Last bundle: %n response(s) for %1, written to %2.", "", len(report.responses)
        )
        written = ", ".join(str(file.path) for file in report.files)
        return text.replace("%1", ", ".join(report.recipients)).replace("%2", written)


@register_page
class InboxPage(ResponsesPage):
    """Responses the coordinator returned for correction, with their comments."""

    roles = frozenset({FIELD})
    order = 40

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.import_button = QPushButton(icon("fa5s.file-import"), "")
        self.import_button.setObjectName("primary")
        self.import_button.clicked.connect(self.import_return)
        self.buttons.addWidget(self.import_button)
        self.retranslate()

    @property
    def title(self) -> str:
        return self.tr("Inbox")

    def retranslate(self) -> None:
        super().retranslate()
        self.open_button.setText(self.tr("&Correct"))
        self.import_button.setText(self.tr("&Import a return file…"))
        self.import_button.setAccessibleName(self.tr("Import a return file from the coordinator"))
        self.explain.setText(
            self.tr(
                "Responses the coordinator sent back. Open one to see the comments on its "
                "questions, correct it and finalize it again."
            )
        )
        self.refresh_if_shown()

    def refresh(self, changes: object | None = None) -> None:
        workspace = self.ctx.workspace
        drafts = workspace.responses.list(status="draft")
        returned = returned_uuids(self.ctx, drafts)
        titles = form_titles(self.ctx)
        rows = []
        for summary in drafts:
            if summary.uuid in returned:
                comments = workspace.responses.comments(summary.uuid)
                label = question_labels(self.ctx, summary.form_id, summary.form_version)
                rows.append(summary_row(summary, titles, _comment_text(comments, label)))
        self.table.set_rows(
            summary_headers(self.tr("Comments")),
            rows,
            self.tr("Nothing returned. Import a return file when the coordinator sends one."),
        )

    def import_return(self) -> None:
        prefs = preferences(self.ctx)
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a return file"),
            str(prefs.last_folder),
            self.tr("Return files (*.spreturn);;All files (*)"),
        )
        if not path:
            return
        prefs.last_folder = Path(path).parent
        workspace = self.ctx.workspace
        self.ctx.run(
            lambda _progress, cancel: workspace.sync.import_return(Path(path), cancel=cancel),
            self._imported,
            parent=self,
            progress_label=self.tr("Importing the return…"),
        )

    def _imported(self, report: ReturnReport) -> None:
        if report.status == "duplicate":
            message = self.tr("This return was already imported; nothing changed.")
        else:
            message = (
                self.tr(
                    "From %1: %2 confirmed, %3 approved, %4 returned for correction with %n "
                    "comment(s).",
                    "",
                    report.comments,
                )
                .replace("%1", report.sender_name)
                .replace("%2", str(report.received))
                .replace("%3", str(report.approved))
                .replace("%4", str(len(report.returned)))
            )
        self.ctx.announce(Changes(responses=frozenset(report.returned), message=message))
        self.sig_status.emit(message)


def _comment_text(comments: list[Any], label: Callable[[str], str]) -> str:
    """The comments in one cell: the first one (on its question's label), and how many more."""
    if not comments:
        return ""
    first = f"{label(comments[0].question_path)}: {comments[0].text}"
    return first if len(comments) == 1 else f"{first} (+{len(comments) - 1})"
