"""The unlock screen (passphrase or recovery code) and the first-run wizard that creates one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from sp_collect.errors import SpCollectError
from sp_collect.ui.errors import message_for
from sp_collect.ui.i18n import LANGUAGES
from sp_collect.ui.pages import heading_label
from sp_collect.ui.widgets.announce import announce
from sp_collect.ui.widgets.palette import mark_error
from sp_collect.ui.worker import Runner
from sp_collect.workspace import Created, Workspace

MIN_PASSPHRASE = 8


class UnlockScreen(QWidget):
    """Asks for the passphrase (or the recovery code); a wrong one is said inline and it stays."""

    sig_unlocked = Signal(object)
    """The opened :class:`Workspace`."""
    sig_refused = Signal(str)
    """The workspace did not open; carries the sentence shown under the passphrase."""

    def __init__(
        self,
        folder: Path,
        runner: Runner,
        *,
        hint: str = "",
        choices: dict[str, Path] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``choices``: other workspaces offered in a list (the demo's coordinator and field
        officer), keyed by role; ``folder`` is the one selected first."""
        super().__init__(parent)
        self.folder = folder
        self._runner = runner
        self._hint_text = hint
        self.choice = QComboBox()
        self._roles = list((choices or {}).keys())
        for role, path in (choices or {}).items():
            self.choice.addItem(role, str(path))
        self.choice.setCurrentIndex(max(self.choice.findData(str(folder)), 0))
        self.choice.currentIndexChanged.connect(self._chosen)
        self.choice.setVisible(self.choice.count() > 1)
        self.title = heading_label(1.5)
        self.where = QLabel(str(folder))
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.returnPressed.connect(self.unlock)
        self.use_recovery = QCheckBox()
        self.use_recovery.toggled.connect(self._show_mode)
        self.unlock_button = QPushButton()
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.hint = QLabel()
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint.setVisible(bool(hint))
        self.secret_label = QLabel()
        self.secret_label.setBuddy(self.secret)
        # With the recovery code: the new passphrase that replaces the forgotten one.
        self.new_passphrase = QLineEdit()
        self.new_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_passphrase = QLineEdit()
        self.repeat_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_passphrase.returnPressed.connect(self.unlock)
        self.new_label = QLabel()
        self.new_label.setBuddy(self.new_passphrase)
        self.repeat_label = QLabel()
        self.repeat_label.setBuddy(self.repeat_passphrase)
        self.recovered = False
        """True once the last unlock used the recovery code (and set a new passphrase)."""

        box = QWidget()
        box.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 36)
        column = QVBoxLayout(box)
        column.addWidget(self.title)
        column.addWidget(self.where)
        column.addWidget(self.choice)
        column.addSpacing(12)
        column.addWidget(self.secret_label)
        column.addWidget(self.secret)
        column.addWidget(self.use_recovery)
        for widget in (
            self.new_label,
            self.new_passphrase,
            self.repeat_label,
            self.repeat_passphrase,
        ):
            column.addWidget(widget)
        column.addWidget(self.message)
        column.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignRight)
        column.addSpacing(12)
        column.addWidget(self.hint)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Unlock the workspace"))
        self.use_recovery.setText(self.tr("I forgot the passphrase: use the recovery code"))
        self.hint.setText(self.tr("Demo passphrase: %1").replace("%1", self._hint_text))
        self.choice.setAccessibleName(self.tr("Workspace to open"))
        for index, role in enumerate(self._roles):
            self.choice.setItemText(index, self._role_text(role))
        self._show_mode(self.use_recovery.isChecked())

    def _role_text(self, role: str) -> str:
        if role == "coordinator":
            return self.tr("Demo workspace of the coordinator")
        return self.tr("Demo workspace of a field officer")

    def _chosen(self, index: int) -> None:
        self.folder = Path(self.choice.itemData(index))
        self.where.setText(str(self.folder))
        self.message.hide()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.secret.setFocus()

    def _show_mode(self, recovery: bool) -> None:
        text = self.tr("Recovery code") if recovery else self.tr("Passphrase")
        if self.secret_label.text() and self.secret_label.text() != text:
            # A mistyped passphrase must not reappear as the start of a recovery code.
            self.secret.clear()
            self.message.hide()
        self.secret_label.setText(text)
        self.secret.setAccessibleName(text)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_label.setText(
            self.tr("New passphrase (at least %n characters)", "", MIN_PASSPHRASE)
        )
        self.repeat_label.setText(self.tr("The new passphrase again"))
        self.new_passphrase.setAccessibleName(self.new_label.text())
        self.repeat_passphrase.setAccessibleName(self.repeat_label.text())
        for widget in (
            self.new_label,
            self.new_passphrase,
            self.repeat_label,
            self.repeat_passphrase,
        ):
            widget.setVisible(recovery)
        self.unlock_button.setText(
            self.tr("Set the new passphrase and unlock") if recovery else self.tr("Unlock")
        )
        self.secret.setFocus()

    def _recovery_problem(self) -> str:
        """Why the new passphrase cannot be used yet ("" when it can)."""
        new = self.new_passphrase.text()
        if len(new) < MIN_PASSPHRASE:
            return self.tr("The new passphrase needs at least %n characters.", "", MIN_PASSPHRASE)
        if new != self.repeat_passphrase.text():
            return self.tr("The two new passphrases differ; type them again.")
        return ""

    def unlock(self) -> None:
        """Open the workspace off the UI thread (the key derivation is slow on purpose)."""
        secret = self.secret.text()
        recovery = self.use_recovery.isChecked()
        if not secret:
            self._show_message(
                self.tr("Type the recovery code first.")
                if recovery
                else self.tr("Type the passphrase first.")
            )
            return
        new = self.new_passphrase.text()
        if recovery and (problem := self._recovery_problem()):
            self._show_message(problem, self.new_passphrase)
            return
        folder = self.folder
        self.unlock_button.setEnabled(False)
        self.message.hide()

        def work(_progress: object, _cancel: object) -> Workspace:
            if recovery:
                # The recovery code sets the new passphrase (the data is not touched), then the
                # workspace opens with it: the forgotten one no longer works.
                Workspace.recover(folder, secret, new)
                return Workspace.open(folder, passphrase=new)
            return Workspace.open(folder, passphrase=secret)

        self._runner.run(work, on_done=self._opened, on_error=self._failed)

    def _opened(self, workspace: object) -> None:
        self.unlock_button.setEnabled(True)
        self.recovered = self.use_recovery.isChecked()
        for field in (self.secret, self.new_passphrase, self.repeat_passphrase):
            field.clear()
        self.use_recovery.setChecked(False)
        self._clear_invalid()
        self.sig_unlocked.emit(workspace)

    def _failed(self, exc: BaseException) -> None:
        self.unlock_button.setEnabled(True)
        self.secret.selectAll()
        self.secret.setFocus()
        self._show_message(message_for(exc))
        self.sig_refused.emit(self.message.text())

    def _show_message(self, text: str, field: QLineEdit | None = None) -> None:
        """Say what is wrong under the fields, and on the field itself for screen readers."""
        self.message.setText(text)
        mark_error(self.message)
        self.message.show()
        self._clear_invalid()
        target = field or self.secret
        target.setAccessibleDescription(text)
        target.setProperty("invalid", True)
        target.setFocus()
        announce(target, text, urgent=True)

    def _clear_invalid(self) -> None:
        for field in (self.secret, self.new_passphrase, self.repeat_passphrase):
            field.setAccessibleDescription("")
            field.setProperty("invalid", False)


class _AboutYouPage(QWizardPage):
    def __init__(self, language: str) -> None:
        super().__init__()
        # The app's language first: everything after it is then read in that language.
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.language.setAccessibleName(self.tr("Language of the app"))
        self.setTitle(self.tr("Who uses this workspace?"))
        self.setSubTitle(
            self.tr(
                "A field workspace fills in forms and sends bundles; a coordinator workspace "
                "receives, reviews and reports."
            )
        )
        self.field = QRadioButton(self.tr("Field officer or interviewer"))
        self.coordinator = QRadioButton(self.tr("Coordinator"))
        self.field.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.field)
        group.addButton(self.coordinator)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name of the person or team"))
        self.registerField("name*", self.name)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Language of the app"), self.language)
        layout.addRow(self.tr("Role"), self.field)
        layout.addRow("", self.coordinator)
        layout.addRow(self.tr("Name of the person or team"), self.name)

    @property
    def role(self) -> str:
        return "coordinator" if self.coordinator.isChecked() else "field"


class _PassphrasePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Choose a passphrase"))
        self.setSubTitle(
            self.tr(
                "Everything in the workspace is encrypted with it. Use a few words only you "
                "know, at least %1 characters."
            ).replace("%1", str(MIN_PASSPHRASE))
        )
        self.first = QLineEdit()
        self.second = QLineEdit()
        for edit, name in (
            (self.first, self.tr("Passphrase")),
            (self.second, self.tr("Passphrase again")),
        ):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(name)
            edit.textChanged.connect(self._check)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        mark_error(self.problem)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Passphrase"), self.first)
        layout.addRow(self.tr("Passphrase again"), self.second)
        layout.addRow(self.problem)

    def _check(self) -> None:
        self.problem.setText(self._problem())
        self.completeChanged.emit()

    def _problem(self) -> str:
        first, second = self.first.text(), self.second.text()
        if not first:
            return ""
        if len(first) < MIN_PASSPHRASE:
            return self.tr("The passphrase is too short.")
        if second and first != second:
            return self.tr("The two passphrases differ.")
        return ""

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        first = self.first.text()
        return len(first) >= MIN_PASSPHRASE and first == self.second.text()


class _RecoveryPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Write down the recovery code"))
        self.setSubTitle(
            self.tr(
                "It opens the workspace if the passphrase is forgotten. It is shown only this "
                "once: write it on paper and keep it away from this laptop."
            )
        )
        self.code = QLabel()
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(self.code.font().pointSizeF() * 1.3)
        self.code.setFont(font)
        self.code.setWordWrap(True)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint = QLabel()
        self.fingerprint.setWordWrap(True)
        self.confirmed = QCheckBox(self.tr("I have written the recovery code down"))
        self.registerField("confirmed*", self.confirmed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.code)
        layout.addWidget(self.fingerprint)
        layout.addStretch(1)
        layout.addWidget(self.confirmed)

    def show_created(self, created: Created) -> None:
        self.code.setText(created.recovery_code)
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.fingerprint.setText(
            self.tr("Your fingerprint (others check it before trusting you): %1").replace(
                "%1", created.fingerprint
            )
        )


class FirstRunWizard(QWizard):
    """Creates a workspace: role and name, passphrase twice, then the recovery code to confirm."""

    sig_created = Signal(object)
    """The new, open :class:`Workspace` (after the user confirmed the code was written down)."""
    sig_language_chosen = Signal(str)
    """The user picked the app's language on the first page (the shell switches to it)."""

    def __init__(self, folder: Path, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.workspace: Workspace | None = None
        self.setWindowTitle(self.tr("Create a workspace"))
        self.about = _AboutYouPage(language)
        self.about.language.currentIndexChanged.connect(
            lambda _i: self.sig_language_chosen.emit(str(self.about.language.currentData()))
        )
        self.passphrase = _PassphrasePage()
        self.recovery = _RecoveryPage()
        for page in (self.about, self.passphrase, self.recovery):
            self.addPage(page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)

    def validateCurrentPage(self) -> bool:  # noqa: N802 (Qt API)
        if self.currentPage() is self.passphrase and self.workspace is None:
            return self._create()
        return super().validateCurrentPage()

    def _create(self) -> bool:
        try:
            workspace, created = Workspace.create(
                self.folder,
                self.passphrase.first.text(),
                name=self.about.name.text().strip(),
                role=self.about.role,
            )
        except SpCollectError as exc:
            self.passphrase.problem.setText(message_for(exc))
            return False
        self.passphrase.first.clear()
        self.passphrase.second.clear()
        self.workspace = workspace
        self.recovery.show_created(created)
        return True

    def accept(self) -> None:
        super().accept()
        if self.workspace is not None:
            self.sig_created.emit(self.workspace)
