"""The Data export page: every response as CSV files, an XLSX workbook or a SQLite database."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sp_collect.analysis.export_formats import EXPORT_FORMATS  # as the CLI lists them
from sp_collect.progress import CancelToken, Progress
from sp_collect.ui.context import AppContext
from sp_collect.ui.coordinator.display import explanation, heading
from sp_collect.ui.i18n import LANGUAGES
from sp_collect.ui.pages import COORDINATOR, Page, register_page
from sp_collect.ui.settings import preferences
from sp_collect.ui.widgets.palette import mark_error
from sp_collect.ui.worker import RunningTask

if TYPE_CHECKING:
    from sp_collect.analysis.export import DataExportReport

FOLDER_FORMATS = frozenset({"csv"})
"""Formats written as a folder of files; the others are one file in the chosen folder."""


def destination(folder: Path, fmt: str) -> Path:
    """Where an export of ``fmt`` goes inside the chosen folder."""
    return folder / ("responses-csv" if fmt in FOLDER_FORMATS else f"responses.{fmt}")


@register_page
class ExportPage(Page):
    """Format, folder, labels and whether sensitive fields go out (not by default)."""

    roles = frozenset({COORDINATOR})
    order = 95

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.last: DataExportReport | None = None
        self.last_path: Path | None = None
        self.heading = heading()
        self.intro = explanation()
        self.format = QComboBox()
        for code in EXPORT_FORMATS:
            self.format.addItem(code.upper(), code)
        self.format.currentIndexChanged.connect(lambda _i: self._show_destination())
        self.folder = QLineEdit(str(preferences(ctx).export_folder))
        self.folder.setReadOnly(True)
        self.choose_folder = QPushButton()
        self.choose_folder.clicked.connect(self._choose_folder)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.labels = QCheckBox()
        self.sensitive = QCheckBox()
        self.sensitive.toggled.connect(lambda _on: self._show_warning())
        self.warning = explanation()
        mark_error(self.warning)
        self.target = explanation()
        self.export_button = QPushButton()
        self.export_button.setObjectName("primary")  # the page's one main action
        self.export_button.clicked.connect(self.export)
        self.result = explanation()
        self.open_folder = QPushButton()
        self.open_folder.clicked.connect(self._open_folder)
        self.open_folder.setEnabled(False)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_folder)
        self._labels = [QLabel() for _ in range(3)]
        form = QFormLayout()
        for label, field in zip(
            self._labels, (self.format, self.folder, self.language), strict=True
        ):
            label.setBuddy(field)
        form.addRow(self._labels[0], self.format)
        form.addRow(self._labels[1], folder_row)
        form.addRow(self._labels[2], self.language)
        form.addRow("", self.labels)
        form.addRow("", self.sensitive)
        box = QWidget()
        form.setContentsMargins(0, 0, 0, 0)
        box.setLayout(form)
        box.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 60)
        done_row = QHBoxLayout()
        done_row.addWidget(self.export_button)
        done_row.addWidget(self.open_folder)
        done_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(box)
        layout.addWidget(self.warning)
        layout.addWidget(self.target)
        layout.addLayout(done_row)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.retranslate()

    @property
    def title(self) -> str:
        return self.tr("Data export")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Data export"))
        self.intro.setText(
            self.tr(
                "Every response of every form, one table per form and per repeat with a "
                "codebook, for analysis in a spreadsheet or a statistics program. The exported "
                "files are not encrypted: keep them on an encrypted disk."
            )
        )
        for label, text in zip(
            self._labels, (self.tr("&Format"), self.tr("F&older"), self.tr("&Language of labels")),
            strict=True,
        ):  # fmt: skip
            label.setText(text)
        self.format.setAccessibleName(self.tr("Export format"))
        self.folder.setAccessibleName(self.tr("Export folder"))
        self.choose_folder.setText(self.tr("&Choose…"))
        self.choose_folder.setAccessibleName(self.tr("Choose the export folder"))
        self.language.setAccessibleName(self.tr("Language of labels"))
        self.labels.setText(self.tr("Write choice &labels instead of codes"))
        self.labels.setAccessibleName(self.tr("Write choice labels instead of codes"))
        self.sensitive.setText(self.tr("Include &sensitive fields (personal data)"))
        self.sensitive.setAccessibleName(self.tr("Include sensitive fields"))
        self.export_button.setText(self.tr("&Export"))
        self.export_button.setAccessibleName(self.tr("Export the responses"))
        self.open_folder.setText(self.tr("Open the &folder"))
        self.open_folder.setAccessibleName(self.tr("Open the export folder"))
        self._show_warning()
        self._show_destination()
        self._show_result()

    def _show_warning(self) -> None:
        self.warning.setVisible(self.sensitive.isChecked())
        self.warning.setText(
            self.tr(
                "Warning: the export will contain names, contact details and other personal "
                "data of respondents, unencrypted. Only do this if the study's data protection "
                "rules allow it, and delete the files when the analysis is done."
            )
        )

    def destination(self) -> Path:
        return destination(Path(self.folder.text()), str(self.format.currentData()))

    def _show_destination(self) -> None:
        self.target.setText(self.tr("Will write: %1").replace("%1", str(self.destination())))

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Export folder"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)
            self._show_destination()

    def export(self) -> RunningTask:
        fmt = str(self.format.currentData())
        path = self.destination()
        language = str(self.language.currentData())
        labels = self.labels.isChecked()
        sensitive = self.sensitive.isChecked()
        workspace = self.ctx.workspace

        def work(progress: Progress, cancel: CancelToken) -> DataExportReport:
            return workspace.exports.write(
                fmt,
                path,
                language=language,
                labels=labels,
                include_sensitive=sensitive,
                progress=progress,
                cancel=cancel,
            )

        self.last_path = path
        return self.ctx.run(
            work, self._exported, parent=self, progress_label=self.tr("Exporting the responses…")
        )

    def _exported(self, report: DataExportReport) -> None:
        self.last = report
        self._show_result()
        self.sig_status.emit(self.result.text().split("\n")[0])

    def _show_result(self) -> None:
        report = self.last
        self.open_folder.setEnabled(report is not None)
        if report is None:
            self.result.setText("")
            return
        lines = [
            self.tr("Exported %1 response(s) to %2.")
            .replace("%1", str(report.responses))
            .replace("%2", str(self.last_path)),
            *(
                self.tr("%1: %2 row(s)").replace("%1", table).replace("%2", str(rows))
                for table, rows in report.tables
            ),
        ]
        if report.sensitive_left_out:
            lines.append(
                self.tr("Sensitive fields left out: %1").replace(
                    "%1", ", ".join(report.sensitive_left_out)
                )
            )
        self.result.setText("\n".join(lines))

    def _open_folder(self) -> None:
        if self.last_path is not None:
            folder = self.last_path if self.last_path.is_dir() else self.last_path.parent
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
