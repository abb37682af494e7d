"""The Imports page: drop or choose bundles, import them off the UI thread, see what came in."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from sp_collect.errors import BundleError
from sp_collect.sync.results import ImportReport
from sp_collect.ui.context import AppContext
from sp_collect.ui.coordinator.display import explanation, heading
from sp_collect.ui.coordinator.import_results import headers, result_rows
from sp_collect.ui.coordinator.quarantine import QuarantinePanel
from sp_collect.ui.coordinator.text_table import read_only_table
from sp_collect.ui.pages import COORDINATOR, Page, register_page
from sp_collect.ui.settings import preferences
from sp_collect.ui.worker import RunningTask
from sp_collect.workspace import Changes

BUNDLE_SUFFIX = ".spbundle"


def bundle_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The dragged local files that are bundles (anything else is ignored)."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() == BUNDLE_SUFFIX]


@register_page
class ImportsPage(Page):
    """Bundles from the field: drag them here or choose them; held senders are listed below."""

    roles = frozenset({COORDINATOR})
    order = 50

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setAcceptDrops(True)
        self.heading = heading()
        self.drop_zone = explanation()
        self.drop_zone.setFrameShape(QFrame.Shape.StyledPanel)
        self.drop_zone.setFrameShadow(QFrame.Shadow.Sunken)
        self.drop_zone.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_zone.setMinimumHeight(self.fontMetrics().height() * 4)
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("primary")  # the page's one main action
        self.choose_button.clicked.connect(self.choose_files)
        self.results = read_only_table("")
        # One line per file however long its details: they elide, the tooltip has them all.
        self.results.setWordWrap(False)
        self.last_summary = explanation()
        self.quarantine = QuarantinePanel(ctx)
        self.quarantine.sig_released.connect(self.show_released)
        self.quarantine.sig_status.connect(self.sig_status)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.drop_zone)
        layout.addLayout(buttons)
        layout.addWidget(self.last_summary)
        layout.addWidget(self.results, 2)
        layout.addWidget(self.quarantine, 1)
        self.retranslate()

    @property
    def title(self) -> str:
        return self.tr("Imports")

    def retranslate(self) -> None:
        self.heading.setText(self.title)
        self.drop_zone.setText(
            self.tr("Drop .spbundle files here, or choose them. You can keep working meanwhile.")
        )
        self.choose_button.setText(self.tr("&Choose bundles…"))
        self.choose_button.setAccessibleName(self.tr("Choose bundle files to import"))
        self.results.setAccessibleName(self.tr("Import results"))
        self.quarantine.retranslate()
        if self.results.column_count() == 0:
            self.results.fill(headers(), [])

    def refresh(self, changes: object | None = None) -> None:
        self.quarantine.refresh()

    # -- choosing files ------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if bundle_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        paths = bundle_paths(event)
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose bundles to import"),
            str(preferences(self.ctx).export_folder),
            self.tr("Bundles (*.spbundle);;All files (*)"),
        )
        if names:
            self.import_files([Path(n) for n in names])

    # -- importing -----------------------------------------------------------------------------
    def import_files(self, paths: Sequence[Path]) -> RunningTask:
        """Import on the worker thread with a cancellable progress dialog."""
        files = list(paths)
        workspace = self.ctx.workspace
        return self.ctx.run(
            lambda progress, cancel: workspace.sync.import_bundles(
                files, progress=progress, cancel=cancel
            ),
            lambda results: self._imported(files, results),
            parent=self,
            progress_label=self.tr("Importing %1 bundle(s)…").replace("%1", str(len(files))),
        )

    def _imported(self, files: list[Path], results: list[ImportReport | BundleError]) -> None:
        self._show(list(zip(files, results, strict=True)))

    def show_released(self, released: list[ImportReport]) -> None:
        """Results of bundles a trust decision imported."""
        self._show([(report.path, report) for report in released])

    def _show(self, pairs: list[tuple[Path, ImportReport | BundleError]]) -> None:
        language = str(self.ctx.settings.get("language") or "en")
        self.results.fill(headers(), result_rows(pairs, language))
        reports = [r for _path, r in pairs if isinstance(r, ImportReport)]
        added = sum(r.new + r.updated for r in reports)
        conflicts = sum(r.conflicts for r in reports)
        held = sum(1 for r in reports if r.status == "quarantined")
        refused = len(pairs) - len(reports) + sum(1 for r in reports if r.status == "rejected")
        summary = (
            self.tr(
                "%1 file(s): %2 response(s) new or updated, %3 conflict(s), %4 held, %5 refused."
            )
            .replace("%1", str(len(pairs)))
            .replace("%2", str(added))
            .replace("%3", str(conflicts))
            .replace("%4", str(held))
            .replace("%5", str(refused))
        )
        rejected = sum(r.rejected for r in reports)
        if rejected:
            # Responses a merged bundle carried that broke their form (or lacked an attachment):
            # refused one by one, each named with its reason in the file's notes.
            summary += " " + self.tr("%n response(s) refused: see the file's notes.", "", rejected)
        problems = sum(r.constraint_problems for r in reports)
        if problems:
            # They merged, as a draft is saved with them: review shows them on each response.
            summary += " " + self.tr(
                "%n failed constraint(s) in the responses merged: Review lists them.", "", problems
            )
        self.last_summary.setText(summary)
        self.quarantine.refresh()
        self.ctx.announce(Changes(message=summary))
        self.sig_status.emit(summary)
