"""Every coordinator page: each focusable input has an accessible name; imports can be cancelled."""

from __future__ import annotations

from pathlib import Path

import pytest
from coordinator_kit import Kit, shown_page, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from sp_collect.ui.coordinator.conflicts_page import ConflictsPage
from sp_collect.ui.coordinator.dashboard_page import DashboardPage
from sp_collect.ui.coordinator.identity_page import IdentityPage
from sp_collect.ui.coordinator.imports_page import ImportsPage
from sp_collect.ui.coordinator.review_page import ReviewPage
from sp_collect.ui.pages import Page

INPUTS = (QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox)


@pytest.mark.parametrize(
    "page_type", [ImportsPage, ReviewPage, ConflictsPage, DashboardPage, IdentityPage]
)
def test_every_focusable_input_has_a_name(
    qtbot: QtBot, kit: Kit, tmp_path: Path, page_type: type[Page]
) -> None:
    page = shown_page(qtbot, kit, tmp_path, page_type)
    wait_idle(qtbot, page.ctx)
    unnamed = [
        f"{type(w).__name__} {w.objectName()}"
        for w in page.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.isVisibleTo(page)
        and (
            (isinstance(w, INPUTS) and not w.accessibleName())
            or (isinstance(w, QAbstractButton) and not (w.text() or w.accessibleName()))
        )
        and not isinstance(w.parent(), INPUTS)  # a view's own viewport or an editor's parts
    ]
    assert unnamed == []
    assert page.title


def test_a_cancelled_import_changes_nothing(qtbot: QtBot, kit: Kit, tmp_path: Path) -> None:
    page = shown_page(qtbot, kit, tmp_path, ImportsPage)
    before = kit.coord.store.contacts.list()
    task = page.import_files([kit.bundle])
    task.cancel()
    wait_idle(qtbot, page.ctx)
    assert page.results.row_count() == 0
    assert kit.coord.store.contacts.list() == before
    assert kit.coord.responses.list() == []
