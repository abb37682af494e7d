"""What a screen reader gets (Qt's accessible names and descriptions, which AT-SPI passes to
Orca): errors and hints on their inputs, required in the name, Tab order, palette contrast."""

from __future__ import annotations

import copy

import pytest
from form_driving import question
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QApplication, QCheckBox
from pytestqt.qtbot import QtBot
from test_form_view import FORM, make_view

from sp_collect.engine import FormSession, load_form
from sp_collect.ui import style
from sp_collect.ui.form_view import FormView
from sp_collect.ui.section_nav import SectionNav


def test_errors_and_hints_are_the_description_of_their_input_and_required_is_named(
    qtbot: QtBot,
) -> None:
    form = copy.deepcopy(FORM)
    form["items"][0]["items"][1]["hint"] = "In whole years"
    view, _session = make_view(qtbot, form)
    age = question(view, "age").focus_target()
    assert question(view, "name").focus_target().accessibleName() == "Your name, required"
    assert age.accessibleDescription() == "In whole years"
    question(view, "age").sig_value_changed.emit(12)
    assert age.accessibleDescription() == "Error: Must be 18 or over; In whole years"
    assert age.property("invalid") is True
    question(view, "age").sig_value_changed.emit(40)
    assert age.accessibleDescription() == "In whole years"
    assert age.property("invalid") is False


def test_an_error_that_appears_on_the_field_being_answered_is_announced(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt has no invalid-entry state for AT-SPI; the error is spoken when it appears."""
    spoken: list[tuple[object, str]] = []

    def update(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            spoken.append((event.object(), event.message()))

    monkeypatch.setattr(QAccessible, "updateAccessibility", update)
    view, _session = make_view(qtbot, copy.deepcopy(FORM))
    age = question(view, "age")
    age.sig_value_changed.emit(12)
    assert spoken == [], "not while the user is elsewhere: the review lists it"
    age.sig_value_changed.emit(40)
    age.focus_target().setFocus()
    qtbot.waitUntil(age.focus_target().hasFocus)
    age.sig_value_changed.emit(12)
    assert spoken == [(age.focus_target(), "Error: Must be 18 or over")]
    age.sig_value_changed.emit(11)
    assert len(spoken) == 1, "the same error is not repeated on every keystroke"
    age.sig_value_changed.emit(40)
    age.sig_value_changed.emit(10)
    assert len(spoken) == 2


def test_qt_still_has_no_invalid_entry_or_required_state() -> None:
    """README's known limit: when Qt gains these flags, set them on the fields instead."""
    flags = set(dir(QAccessible.State()))
    assert not flags & {"invalidEntry", "required", "invalid_entry"}, "use the new state flags"


def test_each_check_box_of_a_group_is_a_tab_stop(qtbot: QtBot) -> None:
    form = copy.deepcopy(FORM)
    form["items"][0]["items"].insert(
        0, {"type": "select_multiple", "id": "langs", "choices": "yes_no", "label": "Langs"}
    )
    view, _session = make_view(qtbot, form)
    boxes = question(view, "langs").findChildren(QCheckBox)
    boxes[0].setFocus()
    qtbot.keyClick(boxes[0], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is boxes[1]
    assert boxes[1].accessibleDescription() == "Langs"


def interview(qtbot: QtBot) -> FormView:
    form = copy.deepcopy(FORM)
    form["settings"] = {"mode": "interview"}
    view, _session = make_view(qtbot, form)
    return view


def test_interview_tab_order_puts_the_question_first(qtbot: QtBot) -> None:
    view = interview(qtbot)
    assert QApplication.focusWidget() is question(view, "name").focus_target()
    order = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order[:3] == [view.next_button, view.back_button, view.notes.editor]
    assert view.page.focusPolicy() == Qt.FocusPolicy.NoFocus, "the scroll area is no Tab stop"
    assert view.page.accessibleName() == "Questions"


def test_next_does_not_pass_the_focus_through_other_widgets(qtbot: QtBot) -> None:
    view = interview(qtbot)
    seen: list[object] = []
    QApplication.instance().focusChanged.connect(lambda _old, new: seen.append(new))
    for _ in range(3):
        view.go_next()
    landed = [widget for widget in seen if widget is not None]
    assert not any(isinstance(w, SectionNav) for w in landed)
    assert view.next_button not in landed and view.back_button not in landed


def test_review_entries_and_the_clock_speak_their_text(qtbot: QtBot) -> None:
    view = interview(qtbot)
    view.show_review()
    link = view.review.issue_links()[0]
    assert link.accessibleName() == "Your name: This question requires an answer."
    assert link.accessibleDescription() == "Press Enter to go to this question"
    assert view.clock.accessibleDescription().startswith("Interview time: 0:00:0")


@pytest.mark.parametrize("colours", [style.LIGHT, style.DARK], ids=["light", "dark"])
def test_every_text_colour_meets_wcag_aa_on_its_background(colours: style.Colours) -> None:
    weak = {
        name: round(style.contrast(fg, bg), 2)
        for name, (fg, bg) in style.text_pairs(colours).items()
        if style.contrast(fg, bg) < style.AA_TEXT
    }
    assert not weak, weak
    for background in (colours.window, colours.base, colours.card):
        assert style.contrast(colours.border, background) >= style.AA_LARGE


def test_contrast_ratio_is_the_wcag_formula() -> None:
    assert style.contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert style.contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_the_app_palette_uses_the_checked_placeholder_colour(qtbot: QtBot) -> None:
    palette = style.palette(style.LIGHT)
    placeholder = palette.color(palette.ColorRole.PlaceholderText).name()
    base = palette.color(palette.ColorRole.Base).name()
    assert style.contrast(placeholder, base) >= style.AA_TEXT


def test_a_session_without_errors_has_no_invalid_field(qtbot: QtBot) -> None:
    session = FormSession(load_form(FORM))
    view = FormView(session)
    qtbot.addWidget(view)
    assert not any(w.focus_target().property("invalid") for w in view.page.widgets.values())


def test_an_interview_can_be_done_with_the_keyboard_only(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Type, Enter to go on, Space to choose, Tab to Next, the repeat's question, Review."""
    from PySide6.QtWidgets import QMessageBox

    form = copy.deepcopy(FORM)
    form["settings"] = {"mode": "interview"}
    form["items"][1]["items"][0]["min"] = 1
    view, session = make_view(qtbot, form)

    def key(k: Qt.Key) -> None:
        qtbot.keyClick(QApplication.focusWidget(), k)

    qtbot.keyClicks(QApplication.focusWidget(), "Ana")
    key(Qt.Key.Key_Return)
    qtbot.keyClicks(QApplication.focusWidget(), "34")
    key(Qt.Key.Key_Return)
    # "Do you work?": the first option has the focus; Down then Space picks "No".
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Space)
    assert session.value("works") == "no"
    key(Qt.Key.Key_Tab)  # the question first, then Next
    assert QApplication.focusWidget() is view.next_button
    key(Qt.Key.Key_Space)
    assert view.current_section() == "s2"
    assert QApplication.focusWidget() is question(view, "jobs[0].country").focus_target()
    qtbot.keyClicks(QApplication.focusWidget(), "Jamaica")
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.No)
    key(Qt.Key.Key_Return)  # the last entry's last question: another? No → the review
    assert view.review.isVisible()
    assert session.value("jobs[0].country") == "Jamaica"
    assert session.value("name") == "Ana" and session.value("age") == 34
