"""Preferences kept with QSettings (language, auto-lock, export folder) and the Settings page
(which also changes the workspace passphrase).

Only these three choices are stored, in an INI file in the user data folder; never answers,
names of respondents, keys or passphrases.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sp_collect.applog import user_data_dir
from sp_collect.ui.context import AppContext
from sp_collect.ui.i18n import LANGUAGES, system_language
from sp_collect.ui.pages import COORDINATOR, FIELD, Page, heading_label, register_page
from sp_collect.ui.settings_passphrase import ChangePassphraseDialog

DEFAULT_LOCK_MINUTES = 10
MAX_LOCK_MINUTES = 240


class Preferences(QObject):
    """Typed access to the stored choices; ``sig_changed`` names the one that changed."""

    sig_changed = Signal(str)
    """``"language"``, ``"lock_minutes"`` or ``"export_folder"``."""

    def __init__(self, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        path = path or user_data_dir() / "settings.ini"
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        code = str(self._settings.value("ui/language", "") or "")
        return code if code in LANGUAGES else system_language()

    @language.setter
    def language(self, code: str) -> None:
        self._set("ui/language", code, "language")

    @property
    def lock_minutes(self) -> int:
        try:
            minutes = int(self._settings.value("security/lock_minutes", DEFAULT_LOCK_MINUTES))
        except (TypeError, ValueError):
            return DEFAULT_LOCK_MINUTES
        return min(max(minutes, 1), MAX_LOCK_MINUTES)

    @lock_minutes.setter
    def lock_minutes(self, minutes: int) -> None:
        self._set("security/lock_minutes", int(minutes), "lock_minutes")

    @property
    def export_folder(self) -> Path:
        folder = str(self._settings.value("sync/export_folder", "") or "")
        return Path(folder) if folder else Path.home()

    @export_folder.setter
    def export_folder(self, folder: Path) -> None:
        self._set("sync/export_folder", str(folder), "export_folder")

    @property
    def last_folder(self) -> Path:
        """Where the last file was picked (the USB stick): file dialogs open there."""
        folder = str(self._settings.value("files/last_folder", "") or "")
        return Path(folder) if folder and Path(folder).is_dir() else self.export_folder

    @last_folder.setter
    def last_folder(self, folder: Path) -> None:
        self._set("files/last_folder", str(folder), "last_folder")

    def _set(self, key: str, value: object, name: str) -> None:
        if str(self._settings.value(key, "")) == str(value):
            return
        self._settings.setValue(key, value)
        self._settings.sync()
        self.sig_changed.emit(name)


def preferences(ctx: AppContext) -> Preferences:
    """The app's preferences: the shell puts them in ``ctx.settings["preferences"]``."""
    prefs = ctx.settings.get("preferences")
    if not isinstance(prefs, Preferences):
        prefs = Preferences()
        ctx.settings["preferences"] = prefs
    return prefs


@register_page
class SettingsPage(Page):
    """Language (applied at once), auto-lock minutes and the default export folder."""

    roles = frozenset({FIELD, COORDINATOR})
    order = 900

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.prefs = preferences(ctx)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setRange(1, MAX_LOCK_MINUTES)
        self.lock_minutes.valueChanged.connect(self._lock_chosen)
        self.export_folder = QLineEdit()
        self.export_folder.setReadOnly(True)
        self.choose_folder = QPushButton()
        self.choose_folder.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.export_folder, 1)
        folder_row.addWidget(self.choose_folder)
        self.passphrase_button = QPushButton()
        self.passphrase_button.clicked.connect(self.change_passphrase)
        self.heading = heading_label()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self._labels = [QLabel(), QLabel(), QLabel()]
        form = QFormLayout()
        form.addRow(self._labels[0], self.language)
        form.addRow(self._labels[1], self.lock_minutes)
        form.addRow(self._labels[2], folder_row)
        self._labels[0].setBuddy(self.language)
        self._labels[1].setBuddy(self.lock_minutes)
        self._labels[2].setBuddy(self.choose_folder)
        # Long fields on a wide window are hard to read: keep the form to a readable width.
        box = QWidget()
        form.setContentsMargins(0, 0, 0, 0)
        box.setLayout(form)
        box.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 50)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(box)
        layout.addWidget(self.note)
        layout.addSpacing(12)
        layout.addWidget(self.passphrase_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.retranslate()
        self.refresh()

    @property
    def title(self) -> str:
        return self.tr("Settings")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Settings"))
        self._labels[0].setText(self.tr("&Language of the app"))
        self._labels[1].setText(self.tr("&Lock after this many idle minutes"))
        self._labels[2].setText(self.tr("Default &export folder"))
        self.language.setAccessibleName(self.tr("Language of the app"))
        self.lock_minutes.setAccessibleName(self.tr("Lock after this many idle minutes"))
        self.lock_minutes.setSuffix(self.tr(" min"))
        self.export_folder.setAccessibleName(self.tr("Default export folder"))
        self.choose_folder.setText(self.tr("Choose…"))
        self.choose_folder.setAccessibleName(self.tr("Choose the default export folder"))
        self.passphrase_button.setText(self.tr("Change the &passphrase…"))
        self.passphrase_button.setAccessibleName(self.tr("Change the workspace passphrase"))
        self.note.setText(
            self.tr(
                "These choices are kept on this computer for you. Forms can be shown in "
                "another language from the form's own language switch."
            )
        )

    def refresh(self, changes: object | None = None) -> None:
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(self.language.findData(self.prefs.language), 0))
        self.language.blockSignals(False)
        self.lock_minutes.blockSignals(True)
        self.lock_minutes.setValue(self.prefs.lock_minutes)
        self.lock_minutes.blockSignals(False)
        self.export_folder.setText(str(self.prefs.export_folder))

    def _language_chosen(self, index: int) -> None:
        self.prefs.language = str(self.language.itemData(index))

    def _lock_chosen(self, minutes: int) -> None:
        self.prefs.lock_minutes = minutes

    def change_passphrase(self) -> ChangePassphraseDialog:
        """Open the change-passphrase dialog (window-modal; the result shows in the status bar)."""
        dialog = ChangePassphraseDialog(self.ctx, self)
        dialog.accepted.connect(
            lambda: self.sig_status.emit(self.tr("The passphrase was changed."))
        )
        dialog.open()
        return dialog

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Default export folder"), str(self.prefs.export_folder)
        )
        if folder:
            self.prefs.export_folder = Path(folder)
            self.export_folder.setText(folder)
