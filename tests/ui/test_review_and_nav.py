"""The review screen and the section navigator, driven with the engine's own view-models."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from sp_collect.engine.prompts import Issue, SectionInfo
from sp_collect.ui.review_panel import ReviewPanel
from sp_collect.ui.section_nav import SectionNav

ISSUES = [
    Issue("s1_age", "s1", "Age of the respondent", "required", "This question needs an answer."),
    Issue("s2_staff", "s2", "Number of staff", "constraint", "Enter a number below 100000."),
]


def test_issue_links_jump_and_finalize_needs_a_clean_list(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = ReviewPanel()
    qtbot.addWidget(panel)
    panel.set_issues(ISSUES, {"s1": "Identification", "s2": "Staff"})
    panel.show()
    headings = [label.text() for label in panel.findChildren(QLabel) if label.isVisible()]
    assert "Identification" in headings and "Staff" in headings
    links = panel.issue_links()
    assert [link.title() for link in links] == ["Age of the respondent", "Number of staff"]
    assert not panel.finalize_button.isEnabled()

    links[1].setFocus()
    with qtbot.waitSignal(panel.sig_jump_requested) as jump:
        qtbot.keyClick(links[1], Qt.Key.Key_Space)
    assert jump.args == ["s2_staff", "s2"]

    panel.set_issues([])
    assert panel.issue_links() == []
    assert panel.finalize_button.isEnabled()
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: next(answers))
    finalized: list[bool] = []
    panel.sig_finalize_requested.connect(lambda: finalized.append(True))
    qtbot.mouseClick(panel.finalize_button, Qt.MouseButton.LeftButton)
    assert finalized == [], "saying No to the confirmation does not finalize"
    with qtbot.waitSignal(panel.sig_finalize_requested):
        qtbot.mouseClick(panel.finalize_button, Qt.MouseButton.LeftButton)


def test_section_nav_shows_badges_and_reports_keyboard_choice(qtbot: QtBot) -> None:
    nav = SectionNav()
    qtbot.addWidget(nav)
    nav.set_sections(
        [
            SectionInfo("s1", "Identification", True, 3, 3, 0),
            SectionInfo("s2", "Agreements", True, 2, 7, 1),
            SectionInfo("s3", "Hidden", False, 0, 2, 0),
        ],
        current="s1",
    )
    nav.show()
    texts = [nav.item(row).text() for row in range(nav.count())]
    assert texts == ["Identification\n3/3   ✓", "Agreements\n2/7   ⚠ 1"]
    nav.setFocus()
    with qtbot.waitSignal(nav.sig_section_selected) as chosen:
        qtbot.keyClick(nav, Qt.Key.Key_Down)
    assert chosen.args == ["s2"]


def test_review_entries_are_buttons_a_screen_reader_can_press(qtbot: QtBot) -> None:
    long_label = "How many staff work in the information technology unit? " * 4
    issues = [*ISSUES, Issue("s2_it", "s2", long_label, "required", "This needs an answer.")]
    panel = ReviewPanel()
    qtbot.addWidget(panel)
    panel.resize(500, 600)
    panel.set_issues(issues, {"s1": "Identification", "s2": "Staff"})
    panel.show()
    qtbot.waitExposed(panel)
    links = panel.issue_links()
    access = QAccessible.queryAccessibleInterface(links[0])
    assert access.role() == QAccessible.Role.Button
    assert (
        access.text(QAccessible.Text.Name)
        == "Age of the respondent: This question needs an answer."
    )
    actions = access.actionInterface()
    assert actions is not None and "Press" in actions.actionNames()
    with qtbot.waitSignal(panel.sig_jump_requested) as jump:
        actions.doAction("Press")  # what Orca's "activate" does
    assert jump.args == ["s1_age", "s1"]

    links[0].setFocus()
    qtbot.keyClick(links[0], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is links[1], "Tab goes from entry to entry"
    with qtbot.waitSignal(panel.sig_jump_requested) as jump:
        qtbot.keyClick(links[1], Qt.Key.Key_Return)
    assert jump.args == ["s2_staff", "s2"]
    with qtbot.waitSignal(panel.sig_jump_requested) as jump:
        qtbot.mouseClick(links[2], Qt.MouseButton.LeftButton)
    assert jump.args == ["s2_it", "s2"]
    assert links[2].height() > 2 * links[1].height(), "a long question wraps inside its button"
    assert links[2].width() <= panel.width()
