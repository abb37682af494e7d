"""Identity & contacts: own fingerprint and QR code, card export, contacts with their status."""

from __future__ import annotations

from pathlib import Path

import pytest
from coordinator_kit import Kit, shown_page
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from sp_collect.sync.identity import ContactCard
from sp_collect.ui.coordinator.identity_page import IdentityPage, qr_pixmap


def test_own_identity_qr_code_export_and_contacts(
    qtbot: QtBot, kit: Kit, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kit.coord.sync.import_bundles([kit.bundle])  # the device becomes a pending contact
    page = shown_page(qtbot, kit, tmp_path, IdentityPage)
    card = kit.coord.card
    assert page.name.text() == "Study Coordinator"
    assert page.role.text() == "Coordinator"
    assert page.fingerprint.text().split() == card.fingerprint.split()
    assert not page.qr.pixmap().isNull()
    assert page.qr.pixmap().width() >= 200

    rows = {
        page.contacts.text(r, 0): page.contacts.text(r, 2) for r in range(page.contacts.row_count())
    }
    assert rows == {"Marcia Laurent": "Not trusted yet"}
    assert page.contacts.text(0, 3) == kit.field.card.fingerprint

    target = tmp_path / "me.spcard.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert ContactCard.from_json(target.read_text(encoding="utf-8")) == card
    assert str(target) in page.last_export.text()


def test_the_qr_code_holds_whole_modules_near_the_asked_size() -> None:
    small, large = qr_pixmap("short text", 100), qr_pixmap("short text", 300)
    assert small.width() < large.width() <= 300 + 8 * 12
