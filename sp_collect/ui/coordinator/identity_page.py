"""Identity & contacts (both roles): who this workspace is, its fingerprint and QR code, and the
contacts it knows with their status and fingerprints."""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sp_collect.errors import SpCollectError
from sp_collect.ui.context import AppContext
from sp_collect.ui.coordinator.display import (
    explanation,
    fingerprint_label,
    heading,
    spoken_fingerprint,
)
from sp_collect.ui.coordinator.text_table import read_only_table
from sp_collect.ui.errors import show_error
from sp_collect.ui.file_names import file_stem
from sp_collect.ui.pages import COORDINATOR, FIELD, Page, register_page
from sp_collect.ui.settings import preferences

QR_PIXELS = 260


def qr_pixmap(text: str, pixels: int = QR_PIXELS) -> QPixmap:
    """A QR code of ``text`` about ``pixels`` wide (whole modules, so it stays sharp)."""
    import segno  # loaded when the page is first shown, not with the app

    code = segno.make(text, error="m", micro=False)
    width, _height = code.symbol_size(scale=1)
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=max(pixels // width, 2), border=4)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


@register_page
class IdentityPage(Page):
    """Read your fingerprint to others, show them the QR code, or send them your card file."""

    roles = frozenset({FIELD, COORDINATOR})
    order = 850

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = heading()
        self.explain = explanation()
        self.name_caption, self.name = QLabel(), QLabel()
        self.role_caption, self.role = QLabel(), QLabel()
        self.fingerprint_caption = QLabel()
        self.fingerprint = fingerprint_label(scale=2.0)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_card)
        self.contacts_caption = heading()
        self.contacts = read_only_table("")
        self.last_export = explanation()
        facts = QGridLayout()
        facts.addWidget(self.name_caption, 0, 0)
        facts.addWidget(self.name, 0, 1)
        facts.addWidget(self.role_caption, 1, 0)
        facts.addWidget(self.role, 1, 1)
        facts.addWidget(self.fingerprint_caption, 2, 0, 1, 2)
        facts.addWidget(self.fingerprint, 3, 0, 1, 2)
        facts.setColumnStretch(1, 1)
        own = QVBoxLayout()
        own.addLayout(facts)
        own.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)
        own.addWidget(self.last_export)
        own.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(own, 1)
        top.addWidget(self.qr)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explain)
        layout.addLayout(top)
        layout.addWidget(self.contacts_caption)
        layout.addWidget(self.contacts, 1)
        self.retranslate()  # the QR code and the contacts come when the page first shows

    @property
    def title(self) -> str:
        return self.tr("Identity & contacts")

    def retranslate(self) -> None:
        self.heading.setText(self.title)
        self.explain.setText(
            self.tr(
                "Others check this fingerprint before they trust you: read it to them over the "
                "phone, let them scan the QR code, or send them your contact card file."
            )
        )
        self.name_caption.setText(self.tr("Name:"))
        self.role_caption.setText(self.tr("Role:"))
        self.fingerprint_caption.setText(self.tr("Your fingerprint:"))
        self.fingerprint.setAccessibleName(self.tr("Your fingerprint"))
        self.qr.setAccessibleName(self.tr("QR code of your contact card"))
        self.export_button.setText(self.tr("&Export contact card…"))
        self.export_button.setAccessibleName(self.tr("Export your contact card to a file"))
        self.contacts_caption.setText(self.tr("Contacts"))
        self.contacts.setAccessibleName(self.tr("Contacts and their fingerprints"))
        # A hidden page (another page shown, or a window whose workspace was closed) reads
        # the store when it is shown again, not on a language switch.
        self.refresh_if_shown()

    def refresh(self, changes: object | None = None) -> None:
        card = self.ctx.workspace.card
        if self.qr.pixmap().isNull():  # drawn when the page first shows
            self.qr.setPixmap(qr_pixmap(card.to_json()))
        self.name.setText(card.name)
        self.role.setText(_role(card.role))
        self.fingerprint.setText(spoken_fingerprint(card.fingerprint))
        rows = [
            [c.name, _role(c.role), _contact_status(c.status), str(c.card.get("fingerprint", ""))]
            for c in self.ctx.workspace.contacts.list()
        ]
        headers = [self.tr("Name"), self.tr("Role"), self.tr("Status"), self.tr("Fingerprint")]
        self.contacts.fill(headers, rows)

    def export_card(self) -> None:
        card = self.ctx.workspace.card
        stem = file_stem(card.name, fallback="contact")
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export contact card"),
            str(preferences(self.ctx).export_folder / f"{stem}.spcard.json"),
            self.tr("Contact cards (*.json)"),
        )
        if not path:
            return
        target = Path(path)
        try:
            target.write_text(card.to_json(), encoding="utf-8")  # public keys only
        except OSError:
            message = self.tr("%1 could not be written; choose another folder.")
            show_error(
                self, SpCollectError(message.replace("%1", str(target)), code="card_unwritable")
            )
            return
        text = self.tr("Contact card written to %1.").replace("%1", str(target))
        self.last_export.setText(text)
        self.sig_status.emit(text)


def _role(role: str) -> str:
    return {
        FIELD: QCoreApplication.translate("IdentityPage", "Field device"),
        COORDINATOR: QCoreApplication.translate("IdentityPage", "Coordinator"),
    }.get(role, role)


def _contact_status(status: str) -> str:
    return {
        "pending": QCoreApplication.translate("IdentityPage", "Not trusted yet"),
        "trusted": QCoreApplication.translate("IdentityPage", "Trusted"),
        "revoked": QCoreApplication.translate("IdentityPage", "Revoked"),
    }.get(status, status)
