"""The Reports page: choose a report, its language, format and scope; write it; open it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sp_collect.errors import SpCollectError
from sp_collect.progress import CancelToken, Progress
from sp_collect.ui.context import AppContext
from sp_collect.ui.coordinator.display import explanation, heading
from sp_collect.ui.file_names import file_stem
from sp_collect.ui.i18n import LANGUAGES
from sp_collect.ui.pages import COORDINATOR, Page, register_page
from sp_collect.ui.settings import preferences
from sp_collect.ui.worker import RunningTask
from sp_collect.workspace import SCORED, Workspace
from sp_collect.workspace.report_process import ReportRequest, warm_up, write_apart


@dataclass(frozen=True)
class ReportChoices:
    """What the scope lists offer: scored institutions, finished responses, workshop records."""

    formats: tuple[str, ...]
    languages: tuple[str, ...]
    institutions: tuple[tuple[str, str], ...]
    """(code, "name (code)")"""
    responses: tuple[tuple[str, str], ...]
    """(uuid, what a person recognises it by)"""
    workshops: tuple[tuple[str, str], ...]
    countries: tuple[tuple[str, str], ...] = ()
    """(code, name) of the countries with a scored institution."""


def collect_choices(workspace: Workspace, language: str) -> ReportChoices:
    """Off the UI thread: what each report kind can be written about."""
    from sp_collect.workspace.scoring import WORKSHOP_FORM  # scoring loads here, not with the app

    try:
        form_a = workspace.scoring.config().form
        infos = workspace.scoring.institutions(form_a, language)
    except SpCollectError:
        infos = {}  # no survey installed yet: no readiness report to offer
    finished = [row for status in SCORED for row in workspace.responses.list(status=status)]
    finished.sort(key=lambda r: r.updated_at, reverse=True)
    named = [
        (row, f"{row.instance_name or row.uuid[:8]} · {row.form_id} · {row.status}")
        for row in finished
    ]
    responses = tuple((row.uuid, text) for row, text in named)
    workshops = tuple((row.uuid, text) for row, text in named if row.form_id == WORKSHOP_FORM)
    return ReportChoices(
        formats=workspace.reports.formats(),
        languages=workspace.reports.languages(),
        institutions=tuple((code, f"{info.name} ({code})") for code, info in infos.items()),
        responses=responses,
        workshops=workshops,
        countries=tuple(sorted({(i.country, i.country_name) for i in infos.values() if i.country})),
    )


@register_page
class ReportsPage(Page):
    """Readiness, regional, workshop and single-response reports, written off the UI thread."""

    roles = frozenset({COORDINATOR})
    order = 90

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.choices = ReportChoices(("pdf",), ("en",), (), (), ())
        self.written: Path | None = None
        self.heading = heading()
        self.intro = explanation()
        self.kind = QComboBox()
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_chosen())
        self.kind_help = explanation()
        self.language = QComboBox()
        self.format = QComboBox()
        self.subject = QComboBox()
        self.validated = QCheckBox()
        self.validated.setChecked(True)
        self.named = QCheckBox()
        # Form A promises institutions publication "only in aggregated form": naming is a choice.
        self.named.setChecked(False)
        self.write_button = QPushButton()
        self.write_button.setObjectName("primary")  # the page's one main action
        self.write_button.clicked.connect(self.choose_and_write)
        self.result = explanation()
        self.open_file = QPushButton()
        self.open_file.clicked.connect(lambda: self._open(self.written))
        self.open_folder = QPushButton()
        self.open_folder.clicked.connect(
            lambda: self._open(self.written.parent if self.written else None)
        )
        self._labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        for label, field in zip(
            self._labels, (self.kind, self.language, self.format, self.subject), strict=True
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.validated)
        form.addRow("", self.named)
        box = QWidget()
        form.setContentsMargins(0, 0, 0, 0)
        box.setLayout(form)
        box.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 55)
        opened = QHBoxLayout()
        opened.addWidget(self.open_file)
        opened.addWidget(self.open_folder)
        opened.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(box)
        layout.addWidget(self.kind_help)
        layout.addWidget(self.write_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result)
        layout.addLayout(opened)
        layout.addStretch(1)
        self.retranslate()
        self._show_written()

    @property
    def title(self) -> str:
        return self.tr("Reports")

    def kinds(self) -> dict[str, tuple[str, str]]:
        """kind → (name, what it holds), translated."""
        return {
            "readiness": (
                self.tr("Readiness of one institution"),
                self.tr("Indices, levels, failed gates, targets and the gaps to close."),
            ),
            "regional": (
                self.tr("Regional summary"),
                self.tr("Every scored institution and country, with the regional statistics."),
            ),
            "workshop": (
                self.tr("Validation workshop"),
                self.tr("What a workshop (Form D) agreed, and the scores it changed."),
            ),
            "response": (
                self.tr("One response, printed"),
                self.tr("Every answer of one response, with its review comments."),
            ),
        }

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Reports"))
        self.intro.setText(
            self.tr(
                "Choose a report and what it is about, then write it where you like. You can "
                "keep working while it is written."
            )
        )
        kind = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        for code, (name, _help) in self.kinds().items():
            self.kind.addItem(name, code)
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self.kind.blockSignals(False)
        for label, text in zip(
            self._labels,
            (self.tr("&Report"), self.tr("&Language"), self.tr("&Format"), self.tr("&About")),
            strict=True,
        ):
            label.setText(text)
        self.kind.setAccessibleName(self.tr("Report"))
        self.language.setAccessibleName(self.tr("Language of the report"))
        self.format.setAccessibleName(self.tr("File format of the report"))
        self.subject.setAccessibleName(self.tr("What the report is about"))
        self.validated.setText(self.tr("&Validated scores (with the workshop's corrections)"))
        self.validated.setAccessibleName(self.tr("Use validated scores"))
        self.named.setText(self.tr("&Name the institutions (else: country and a number)"))
        self.named.setAccessibleName(self.tr("Name the institutions in the report"))
        self.write_button.setText(self.tr("&Write the report…"))
        self.write_button.setAccessibleName(self.tr("Write the report to a file"))
        self.open_file.setText(self.tr("&Open the report"))
        self.open_file.setAccessibleName(self.tr("Open the written report"))
        self.open_folder.setText(self.tr("Open its &folder"))
        self.open_folder.setAccessibleName(self.tr("Open the folder of the written report"))
        self._fill_lists()

    def refresh(self, changes: object | None = None) -> RunningTask | None:
        if not self.isVisible() and changes is not None:
            return None
        workspace = self.ctx.workspace
        language = str(self.ctx.settings.get("language") or "en")

        def collect(_progress: Progress, _cancel: CancelToken) -> ReportChoices:
            warm_up()  # the report's helper process starts loading now: a report starts sooner
            return collect_choices(workspace, language)

        return self.ctx.run(collect, self._collected, parent=self)

    def _collected(self, choices: ReportChoices) -> None:
        self.choices = choices
        self._fill_lists()

    def _fill_lists(self) -> None:
        language = self.language.currentData() or self.ctx.settings.get("language") or "en"
        self.language.clear()
        for code in self.choices.languages:
            self.language.addItem(LANGUAGES.get(code, code), code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        fmt = self.format.currentData()
        self.format.clear()
        for code in self.choices.formats:
            self.format.addItem(code.upper(), code)
        self.format.setCurrentIndex(max(self.format.findData(fmt), 0))
        self._kind_chosen()

    def _kind_chosen(self) -> None:
        kind = str(self.kind.currentData() or "readiness")
        self.kind_help.setText(self.kinds()[kind][1])
        self.subject.clear()
        if kind == "readiness":
            options = self.choices.institutions
        elif kind == "response":
            options = self.choices.responses
        elif kind == "workshop":
            options = ((None, self.tr("The latest workshop")), *self.choices.workshops)
        else:
            countries = tuple(
                (code, self.tr("Institutions in %1").replace("%1", name or code))
                for code, name in self.choices.countries
            )
            options = ((None, self.tr("Every scored institution")), *countries)
        for value, text in options:
            self.subject.addItem(text, value)
        self.validated.setEnabled(kind in ("readiness", "regional"))
        self.named.setEnabled(kind == "regional")
        needs_subject = kind in ("readiness", "response")
        self.write_button.setEnabled(not needs_subject or self.subject.count() > 0)

    def suggested_path(self) -> Path:
        """Where the save dialog starts: the export folder, and a name from the report's kind
        and subject (an institution code's ``/`` made a dash, so the folder is the real one)."""
        fmt = str(self.format.currentData() or "pdf")
        stem = file_stem(self.kind.currentData(), self.subject.currentData() or "all")
        return preferences(self.ctx).export_folder / f"{stem}.{fmt}"

    def choose_and_write(self) -> None:
        fmt = str(self.format.currentData() or "pdf")
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Write the report"),
            str(self.suggested_path()),
            self.tr("%1 files (*.%2)").replace("%1", fmt.upper()).replace("%2", fmt),
        )
        if name:
            self.write(Path(name))

    def write(self, path: Path) -> RunningTask:
        """Write the chosen report to ``path`` in a helper process (the window never waits for
        the layout), followed on the worker with progress and cancel."""
        kind = str(self.kind.currentData())
        subject = self.subject.currentData()
        request = ReportRequest(
            kind,
            path,
            uuid=subject if kind in ("response", "workshop") else None,
            institution=str(subject) if kind == "readiness" else None,
            language=str(self.language.currentData() or "en"),
            validated=self.validated.isChecked(),
            countries=(subject,) if kind == "regional" and subject else (),
            named=self.named.isChecked(),
            format=str(self.format.currentData() or "pdf"),
        )
        workspace = self.ctx.workspace

        def work(progress: Progress, cancel: CancelToken) -> Path:
            try:
                return write_apart(workspace, request, progress=progress, cancel=cancel)
            finally:
                warm_up()  # for the next report

        return self.ctx.run(
            work,
            self._written,
            parent=self,
            progress_label=self.tr("Writing the report…"),
        )

    def _written(self, path: Path) -> None:
        self.written = Path(path)
        self._show_written()
        self.sig_status.emit(self.result.text())

    def _show_written(self) -> None:
        if self.written is None:
            self.result.setText("")
        else:
            self.result.setText(self.tr("Wrote %1.").replace("%1", str(self.written)))
        self.open_file.setEnabled(self.written is not None)
        self.open_folder.setEnabled(self.written is not None)

    def _open(self, path: Path | None) -> None:
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
