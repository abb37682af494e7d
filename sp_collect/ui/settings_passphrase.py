"""Change the workspace passphrase (Settings, every role), or choose a new one right after the
workspace was opened with the recovery code (the forgotten passphrase must not stay in place)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sp_collect.ui.context import AppContext
from sp_collect.ui.errors import message_for
from sp_collect.ui.unlock import MIN_PASSPHRASE
from sp_collect.ui.widgets.palette import mark_error


class ChangePassphraseDialog(QDialog):
    """The current passphrase and the new one twice.

    After an unlock with the recovery code (``workspace.unlocked_by_recovery``) the current
    passphrase is not asked: the unlock screen opens this dialog right away, and Settings opens
    it the same way until a new passphrase is chosen. The change runs on the worker (the key
    derivation is slow on purpose).
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.recovery = ctx.workspace.unlocked_by_recovery
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.current = QLineEdit()
        self.first = QLineEdit()
        self.second = QLineEdit()
        for edit in (self.current, self.first, self.second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self._check)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        mark_error(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.change)
        self.buttons.rejected.connect(self.reject)
        self._labels = [QLabel(), QLabel(), QLabel()]
        form = QFormLayout()
        if not self.recovery:
            form.addRow(self._labels[0], self.current)
        else:
            self.current.hide()
        form.addRow(self._labels[1], self.first)
        form.addRow(self._labels[2], self.second)
        for label, edit in zip(self._labels, (self.current, self.first, self.second), strict=True):
            label.setBuddy(edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._check()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change the passphrase"))
        if not self.recovery:
            intro = self.tr(
                "Type the current passphrase, then the new one twice (at least %1 characters). "
                "The old passphrase stops working at once; the recovery code stays the same."
            )
        else:
            intro = self.tr(
                "You opened the workspace with the recovery code. Choose a new passphrase now "
                "(at least %1 characters): the forgotten one stops working."
            )
        self.intro.setText(intro.replace("%1", str(MIN_PASSPHRASE)))
        self._labels[0].setText(self.tr("&Current passphrase"))
        self._labels[1].setText(self.tr("&New passphrase"))
        self._labels[2].setText(self.tr("New passphrase &again"))
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.first.setAccessibleName(self.tr("New passphrase"))
        self.second.setAccessibleName(self.tr("New passphrase again"))

    def _problem(self) -> str:
        first, second = self.first.text(), self.second.text()
        if first and len(first) < MIN_PASSPHRASE:
            return self.tr("The new passphrase is too short.")
        if second and first != second:
            return self.tr("The two new passphrases differ.")
        if first and first == self.current.text():
            return self.tr("The new passphrase is the same as the current one.")
        return ""

    def _check(self) -> None:
        self.problem.setText(self._problem())
        complete = (
            len(self.first.text()) >= MIN_PASSPHRASE
            and self.first.text() == self.second.text()
            and (self.recovery or bool(self.current.text()))
            and not self.problem.text()
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(complete)

    def change(self) -> None:
        workspace = self.ctx.workspace
        old = None if self.recovery else self.current.text()
        new = self.first.text()
        self.buttons.setEnabled(False)
        self.ctx.runner.run(
            lambda _p, _c: workspace.change_passphrase(old, new),
            on_done=lambda _result: self._changed(),
            on_error=self._failed,
        )

    def _changed(self) -> None:
        for edit in (self.current, self.first, self.second):
            edit.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.problem.setText(message_for(exc))
        self.current.selectAll()
        self.current.setFocus()
