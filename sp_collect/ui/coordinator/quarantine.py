"""Held bundles from unknown senders: check the fingerprint with them, then trust or revoke."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sp_collect.sync.identity import ContactCard
from sp_collect.sync.results import ImportReport
from sp_collect.ui.context import AppContext
from sp_collect.ui.coordinator.display import explanation, fingerprint_label, spoken_fingerprint
from sp_collect.workspace import Changes

_KEY = Qt.ItemDataRole.UserRole + 1


class QuarantinePanel(QGroupBox):
    """Pending senders with their fingerprint; trusting one imports the bundles it sent."""

    sig_released = Signal(object)
    """The list of :class:`ImportReport` of bundles a trust decision released (the page that
    shows them reports the outcome)."""
    sig_status = Signal(str)
    """A sentence for the status bar."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._pending: dict[str, Any] = {}
        self.explain = explanation()
        self.senders = QListWidget()
        self.senders.currentItemChanged.connect(self._show_selected)
        self.senders.setMaximumHeight(self.fontMetrics().height() * 8)
        self.name = explanation()
        self.fingerprint = fingerprint_label()
        self.trust_button = QPushButton()
        self.trust_button.clicked.connect(self.trust_selected)
        self.revoke_button = QPushButton()
        self.revoke_button.clicked.connect(self.revoke_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.trust_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        detail = QVBoxLayout()
        detail.addWidget(self.name)
        detail.addWidget(self.fingerprint)
        detail.addLayout(buttons)
        detail.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.senders, 1)
        row.addLayout(detail, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(row)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Held bundles (unknown senders)"))
        self.senders.setAccessibleName(self.tr("Senders waiting to be trusted"))
        self.fingerprint.setAccessibleName(self.tr("Fingerprint of the selected sender"))
        self.trust_button.setText(self.tr("&Trust this sender…"))
        self.trust_button.setAccessibleName(self.tr("Trust the selected sender"))
        self.revoke_button.setText(self.tr("Re&voke…"))
        self.revoke_button.setAccessibleName(self.tr("Revoke the selected sender"))
        if self.isVisible():  # hidden, its page refreshes it when shown again
            self.refresh()

    def refresh(self) -> None:
        selected = self.selected_key()
        self._pending = {
            c.key_id: c for c in self.ctx.workspace.contacts.list() if c.status == "pending"
        }
        # Counted by sender, not by file: a revoked sender's files wait here too until the
        # next release rejects them, and they need no decision.
        self.setVisible(bool(self._pending))
        self.explain.setText(
            self.tr(
                "Bundles from these senders wait until you trust them. Call or meet the sender "
                "and ask them to read their fingerprint (Identity & contacts in their app); "
                "trust them only if every group matches."
            )
        )
        self.senders.clear()
        for key_id, contact in self._pending.items():
            item = QListWidgetItem(f"{contact.name} ({contact.role})")
            item.setData(_KEY, key_id)
            self.senders.addItem(item)
            if key_id == selected:
                self.senders.setCurrentItem(item)
        if self.senders.currentItem() is None and self.senders.count():
            self.senders.setCurrentRow(0)
        self._show_selected()

    def selected_key(self) -> str | None:
        item = self.senders.currentItem()
        return str(item.data(_KEY)) if item is not None else None

    def _show_selected(self, *_args: object) -> None:
        contact = self._pending.get(self.selected_key() or "")
        self.trust_button.setEnabled(contact is not None)
        self.revoke_button.setEnabled(contact is not None)
        if contact is None:
            self.name.clear()
            self.fingerprint.clear()
            return
        self.name.setText(
            self.tr("Sender: %1, %2").replace("%1", contact.name).replace("%2", contact.role)
        )
        self.fingerprint.setText(spoken_fingerprint(str(contact.card.get("fingerprint", ""))))

    def trust_selected(self) -> None:
        contact = self._pending.get(self.selected_key() or "")
        if contact is None:
            return
        question = self.tr(
            "Did %1 read you this fingerprint, and does every group match?\n\n%2\n\n"
            "Their held bundles will be imported."
        )
        answer = QMessageBox.question(
            self,
            self.tr("Trust this sender"),
            question.replace("%1", contact.name).replace("%2", contact.card.get("fingerprint", "")),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        card = ContactCard.from_dict(contact.card)
        workspace = self.ctx.workspace
        self.ctx.run(
            lambda progress, cancel: workspace.contacts.trust(
                card, progress=progress, cancel=cancel
            ),
            self._trusted,
            parent=self,
            progress_label=self.tr("Importing the held bundles…"),
        )

    def _trusted(self, result: tuple[Changes, list[ImportReport]]) -> None:
        changes, released = result
        self.ctx.announce(changes)
        self.sig_released.emit(released)

    def revoke_selected(self) -> None:
        contact = self._pending.get(self.selected_key() or "")
        if contact is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Revoke this sender"),
            self.tr(
                "Refuse every bundle from %1, now and later? Their held bundles will be rejected."
            ).replace("%1", contact.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        workspace = self.ctx.workspace
        key_id = contact.key_id
        self.ctx.run(lambda _p, _c: workspace.contacts.revoke(key_id), self._revoked, parent=self)

    def _revoked(self, changes: Changes) -> None:
        self.ctx.announce(changes)
        self.sig_status.emit(self.tr("Sender revoked; their bundles will be rejected."))
