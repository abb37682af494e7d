"""The Forms and packages page: install forms, see their versions, build and save a signed
package (forms, scoring, assignments, backup recipients), read out the fingerprint, and see per
device what was assigned and what came back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sp_collect.resources import default_config_path
from sp_collect.sync.assignments import Assignment, normalize_fingerprint
from sp_collect.sync.identity import ContactCard
from sp_collect.ui.context import AppContext
from sp_collect.ui.coordinator.display import (
    explanation,
    fingerprint_label,
    heading,
    spoken_fingerprint,
)
from sp_collect.ui.coordinator.text_table import read_only_table
from sp_collect.ui.pages import COORDINATOR, Page, register_page
from sp_collect.ui.settings import preferences
from sp_collect.ui.worker import RunningTask
from sp_collect.workspace import Changes
from sp_collect.workspace.packages import DeviceAssignment

_FORM_ID = Qt.ItemDataRole.UserRole + 1
ASSIGN_COLUMNS = 4
"""Device fingerprint, forms (comma-separated ids; empty = all), institution, country."""


@register_page
class PackagesPage(Page):
    """Forms in the workspace and the package the field teams install."""

    roles = frozenset({COORDINATOR})
    order = 25

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.backups: list[ContactCard] = []
        self.saved: Path | None = None
        self.heading = heading()
        self.intro = explanation()
        self.forms = QTableWidget()
        self.forms.setWordWrap(False)  # one line per form: a long title elides
        self.forms.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.forms.verticalHeader().setVisible(False)
        self.forms.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_form_file)
        self.xlsform_button = QPushButton()
        self.xlsform_button.clicked.connect(self.import_xlsform)
        self.scoring = QCheckBox()
        self.scoring.setChecked(default_config_path().is_file())
        self.assign_label = QLabel()
        self.assignments = QTableWidget(0, ASSIGN_COLUMNS)
        self.assignments.verticalHeader().setVisible(False)
        self.assignments.horizontalHeader().setStretchLastSection(True)
        self.assignments.setColumnWidth(0, self.fontMetrics().horizontalAdvance("M") * 22)
        self.assignments.setColumnWidth(1, self.fontMetrics().horizontalAdvance("M") * 16)
        self.assign_label.setBuddy(self.assignments)
        self.add_device = QPushButton()
        self.add_device.clicked.connect(lambda _checked=False: self.add_assignment())
        self.remove_device = QPushButton()
        self.remove_device.clicked.connect(self._remove_assignment)
        self.backup_button = QPushButton()
        self.backup_button.clicked.connect(self.choose_backup)
        self.backup_names = explanation()
        self.build_button = QPushButton()
        self.build_button.clicked.connect(self.choose_and_build)
        self.result = explanation()
        self.fingerprint = fingerprint_label()
        self.devices_label = QLabel()
        self.devices = read_only_table("")
        self.devices.setWordWrap(False)  # one line per device; the tooltip holds long lists
        install_row = QHBoxLayout()
        install_row.addWidget(self.add_button)
        install_row.addWidget(self.xlsform_button)
        install_row.addStretch(1)
        assign_row = QHBoxLayout()
        assign_row.addWidget(self.add_device)
        assign_row.addWidget(self.remove_device)
        assign_row.addSpacing(12)
        assign_row.addWidget(self.backup_button)
        assign_row.addWidget(self.backup_names, 1)
        build_row = QHBoxLayout()
        build_row.addWidget(self.scoring)
        build_row.addStretch(1)
        build_row.addWidget(self.build_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.forms, 2)
        layout.addLayout(install_row)
        layout.addWidget(self.assign_label)
        layout.addWidget(self.assignments, 1)
        layout.addLayout(assign_row)
        layout.addLayout(build_row)
        layout.addWidget(self.result)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.devices_label)
        layout.addWidget(self.devices, 1)
        self.retranslate()

    @property
    def title(self) -> str:
        return self.tr("Forms and packages")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Forms and packages"))
        self.intro.setText(
            self.tr(
                "Tick the forms the field teams need, then build the package and send it to "
                "them. Each build gets the next version number; devices only accept a newer "
                "package signed by you."
            )
        )
        self.forms.setAccessibleName(self.tr("Installed forms; tick those to put in the package"))
        self.add_button.setText(self.tr("&Add a form file…"))
        self.add_button.setAccessibleName(self.tr("Install a form written as JSON"))
        self.xlsform_button.setText(self.tr("&Import an XLSForm…"))
        self.xlsform_button.setAccessibleName(self.tr("Convert and install an XLSForm"))
        self.scoring.setText(self.tr("Include the readiness &scoring configuration"))
        self.assign_label.setText(
            self.tr(
                "&Assignments (optional): a device, named by the fingerprint on its Identity "
                "page, then the form ids it collects (empty: all), an institution and a country "
                "code its new responses start with."
            )
        )
        self.assign_label.setWordWrap(True)
        self.assignments.setHorizontalHeaderLabels(
            [
                self.tr("Device fingerprint"),
                self.tr("Forms"),
                self.tr("Institution"),
                self.tr("Country"),
            ]
        )
        self.assignments.setAccessibleName(self.tr("Assignments per device"))
        self.add_device.setText(self.tr("Add a de&vice"))
        self.add_device.setAccessibleName(self.tr("Add a device assignment"))
        self.remove_device.setText(self.tr("&Remove"))
        self.remove_device.setAccessibleName(self.tr("Remove the chosen assignment"))
        self.backup_button.setText(self.tr("Add a &backup recipient…"))
        self.backup_button.setAccessibleName(
            self.tr("Add the contact card of a backup coordinator workspace")
        )
        self.build_button.setText(self.tr("B&uild and save the package…"))
        self.build_button.setAccessibleName(self.tr("Build, sign and save the form package"))
        self.fingerprint.setAccessibleName(self.tr("Your fingerprint, to read out to field teams"))
        self.devices_label.setText(self.tr("Devices in the last package"))
        self.devices.setAccessibleName(self.tr("What each device was assigned and sent back"))
        self._show_backups()
        self.refresh_if_shown()

    def refresh(self, changes: object | None = None) -> None:
        workspace = self.ctx.workspace
        unticked = {
            str(self.forms.item(r, 0).data(_FORM_ID))
            for r in range(self.forms.rowCount())
            if self.forms.item(r, 0).checkState() != Qt.CheckState.Checked
        }  # a newly installed form starts ticked
        versions: dict[str, list[str]] = {}
        titles: dict[str, str] = {}
        for row in workspace.forms.list():
            versions.setdefault(row.form_id, []).append(row.version)
            titles[row.form_id] = row.title or row.form_id
        headers = [self.tr("Form"), self.tr("Versions installed"), self.tr("Title")]
        self.forms.clearContents()
        self.forms.setColumnCount(len(headers))
        self.forms.setHorizontalHeaderLabels(headers)
        self.forms.setRowCount(len(versions))
        for r, form_id in enumerate(sorted(versions)):
            check = QTableWidgetItem(form_id)
            check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            on = form_id not in unticked
            check.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            check.setData(_FORM_ID, form_id)
            self.forms.setItem(r, 0, check)
            for c, text in ((1, ", ".join(versions[form_id])), (2, titles[form_id])):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(text)  # a long title elides in its column
                self.forms.setItem(r, c, item)
        # The id and versions fit their text; the title has the rest (no sideways scroll).
        for column in range(len(headers) - 1):
            self.forms.resizeColumnToContents(column)
        self.build_button.setEnabled(bool(versions))
        self._show_devices(workspace.packages.device_assignments())

    def ticked_forms(self) -> list[str]:
        return [
            str(self.forms.item(r, 0).data(_FORM_ID))
            for r in range(self.forms.rowCount())
            if self.forms.item(r, 0).checkState() == Qt.CheckState.Checked
        ]

    def _show_devices(self, devices: list[DeviceAssignment]) -> None:
        headers = [
            self.tr("Device"),
            self.tr("Assigned forms"),
            self.tr("Institution"),
            self.tr("Country"),
            self.tr("Responses received"),
            self.tr("Forms received"),
        ]
        every = self.tr("all")
        rows = [
            [
                f"{d.name} ({d.assignment.fingerprint})" if d.name else d.assignment.fingerprint,
                ", ".join(d.assignment.forms) or every,
                d.assignment.institution or "–",
                d.assignment.country or "–",
                str(d.received),
                ", ".join(d.received_forms) or "–",
            ]
            for d in devices
        ]
        self.devices.fill(headers, rows)

    # -- assignments and backups --------------------------------------------------------------
    def add_assignment(
        self, fingerprint: str = "", forms: str = "", institution: str = "", country: str = ""
    ) -> None:
        row = self.assignments.rowCount()
        self.assignments.insertRow(row)
        for column, text in enumerate((fingerprint, forms, institution, country)):
            self.assignments.setItem(row, column, QTableWidgetItem(text))
        self.assignments.setCurrentCell(row, 0)

    def _remove_assignment(self) -> None:
        row = self.assignments.currentRow()
        if row >= 0:
            self.assignments.removeRow(row)

    def assignment_list(self) -> list[Assignment]:
        """The table's rows as assignments (an unreadable fingerprint raises its own error)."""
        result = []
        for row in range(self.assignments.rowCount()):
            cells = [self.assignments.item(row, c) for c in range(ASSIGN_COLUMNS)]
            texts = [cell.text().strip() if cell is not None else "" for cell in cells]
            if not any(texts):
                continue
            forms = tuple(f.strip() for f in texts[1].split(",") if f.strip())
            result.append(
                Assignment(
                    normalize_fingerprint(texts[0]), forms, texts[2] or None, texts[3] or None
                )
            )
        return result

    def choose_backup(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("A backup workspace's contact card"), "", self.tr("Cards (*.json)")
        )
        if name:
            self.ctx.run(
                lambda _p, _c: ContactCard.from_json(Path(name).read_text(encoding="utf-8")),
                self.add_backup,
                parent=self,
            )

    def add_backup(self, card: ContactCard) -> None:
        self.backups.append(card)
        self._show_backups()

    def _show_backups(self) -> None:
        names = ", ".join(f"{c.name} ({c.fingerprint})" for c in self.backups)
        self.backup_names.setText(
            self.tr("Backup recipients: %1").replace("%1", names) if names else ""
        )

    # -- installing forms ---------------------------------------------------------------------
    def add_form_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Add a form file"), "", self.tr("Forms (*.json)")
        )
        if name:
            self.install(Path(name))

    def import_xlsform(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import an XLSForm"), "", self.tr("XLSForms (*.xlsx *.xls)")
        )
        if name:
            self.install(Path(name))

    def install(self, path: Path) -> RunningTask:
        """Install a JSON form or convert and install an XLSForm, on the worker."""
        workspace = self.ctx.workspace
        xlsform = path.suffix.lower() in (".xlsx", ".xls")

        def work(_progress: object, _cancel: object) -> tuple[Changes, tuple[str, ...]]:
            if xlsform:
                return workspace.forms.import_xlsform(path)
            return workspace.forms.add(path), ()

        return self.ctx.run(
            work, self._installed, parent=self, progress_label=self.tr("Installing the form…")
        )

    def _installed(self, result: tuple[Changes, tuple[str, ...]]) -> None:
        # The workspace's sentence is for the command line (English): said here in the UI
        # language with the forms' titles; what an XLSForm lost is listed as the converter
        # wrote it.
        changes, findings = result
        language = preferences(self.ctx).language
        titles = {f.form_id: f.title(language) for f in self.ctx.workspace.forms.summaries()}
        names = ", ".join(f"“{titles.get(form_id, form_id)}”" for form_id in sorted(changes.forms))
        text = self.tr("Installed: %1.").replace("%1", names)
        if findings:
            text += " " + self.tr(
                "%n feature(s) of the XLSForm had no exact equivalent:", "", len(findings)
            )
            text += " " + "; ".join(findings)
        self.result.setText(text)
        self.ctx.announce(changes)
        self.sig_status.emit(text)
        self.refresh(changes)

    # -- building -----------------------------------------------------------------------------
    def choose_and_build(self) -> None:
        suggested = preferences(self.ctx).export_folder / "study.sppackage"
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the form package"), str(suggested),
            self.tr("Form packages (*.sppackage)"),
        )  # fmt: skip
        if name:
            path = Path(name)
            self.build(path if path.suffix else path.with_suffix(".sppackage"))

    def build(self, path: Path) -> RunningTask:
        """Sign the ticked forms (with scoring, assignments, backups) into ``path``."""
        workspace = self.ctx.workspace
        form_ids = self.ticked_forms()
        scoring = (default_config_path(),) if self.scoring.isChecked() else ()
        assignments = self.assignment_list()
        backups = tuple(self.backups)

        def work(_progress: object, _cancel: object) -> tuple[dict, Path]:
            return workspace.packages.build(
                [],
                path,
                form_ids=form_ids,
                scoring_paths=scoring,
                assignments=assignments,
                backup_cards=backups,
            )

        return self.ctx.run(
            work, self._built, parent=self, progress_label=self.tr("Signing the package…")
        )

    def _built(self, result: tuple[dict, Path]) -> None:
        body, path = result
        self.saved = path
        self.result.setText(
            self.tr(
                "Saved package version %1 to %2. Send it to the field teams, and read them "
                "your fingerprint separately (by phone or in person):"
            )
            .replace("%1", str(body["sequence"]))
            .replace("%2", str(path))
        )
        self.fingerprint.setText(spoken_fingerprint(self.ctx.workspace.card.fingerprint))
        self.sig_status.emit(
            self.tr("Saved package version %1.").replace("%1", str(body["sequence"]))
        )
        self.refresh(None)
