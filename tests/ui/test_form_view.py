"""The form view over a real FormSession, driven by keyboard as an interviewer would."""

from __future__ import annotations

import copy
import hashlib
from pathlib import Path
from typing import Any

import pytest
from form_driving import press, question, shown_texts, type_in
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
)
from pytestqt.qtbot import QtBot

from sp_collect.engine import FormSession, load_form
from sp_collect.ui.form_view import FormView

YES_NO = [
    {"value": "yes", "label": {"en": "Yes", "fr": "Oui"}},
    {"value": "no", "label": {"en": "No", "fr": "Non"}},
]
FORM: dict[str, Any] = {
    "id": "staff-survey",
    "version": "1",
    "title": {"en": "Staff survey", "fr": "Enquête auprès du personnel"},
    "languages": ["en", "fr"],
    "choice_lists": {"yes_no": YES_NO},
    "items": [
        {"type": "section", "id": "s1", "label": {"en": "About you", "fr": "Vous"}, "items": [
            {"type": "text", "id": "name", "label": {"en": "Your name", "fr": "Votre nom"},
             "required": True},
            {"type": "integer", "id": "age",
             "label": {"en": "Age of ${name}", "fr": "Âge de ${name}"},
             "constraint": ". >= 18",
             "constraint_message": {"en": "Must be 18 or over", "fr": "18 ans ou plus"}},
            {"type": "select_one", "id": "works", "choices": "yes_no", "or_other": True,
             "label": {"en": "Do you work?", "fr": "Travaillez-vous ?"}},
            {"type": "text", "id": "employer", "relevant": "${works} = 'yes'",
             "label": {"en": "Employer", "fr": "Employeur"}},
        ]},
        {"type": "section", "id": "s2", "label": {"en": "Work history", "fr": "Parcours"},
         "items": [
            {"type": "repeat", "id": "jobs", "label": {"en": "Job", "fr": "Emploi"}, "items": [
                {"type": "text", "id": "country", "label": {"en": "Country", "fr": "Pays"}},
            ]},
        ]},
    ],
}  # fmt: skip


def make_view(qtbot: QtBot, form: dict[str, Any] = FORM) -> tuple[FormView, FormSession]:
    session = FormSession(load_form(form))
    view = FormView(session)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    # Shortcuts (Ctrl+Z, Enter in interviews) only reach the active window.
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    return view, session


def test_fill_a_section_by_keyboard(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    view, session = make_view(qtbot)
    assert view.toolbar.title.text() == "Staff survey"
    assert view.current_section() == "s1"

    with qtbot.waitSignal(view.sig_answer_saved) as saved:
        type_in(qtbot, view, "name", "Ana")
    assert saved.args == ["name"]
    assert session.value("name") == "Ana"
    assert shown_texts(question(view, "age"))[0] == "Age of Ana", "label piping is live"

    type_in(qtbot, view, "age", "15")
    assert "Must be 18 or over" in shown_texts(question(view, "age"))
    type_in(qtbot, view, "age", "25")
    assert "Must be 18 or over" not in shown_texts(question(view, "age"))
    assert session.value("age") == 25

    assert not question(view, "employer").isVisible()
    press(qtbot, view, "works", "Yes")
    assert question(view, "employer").isVisible(), "the skip shows the employer question"
    qtbot.keyClick(
        question(view, "works").focus_target(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
    )
    assert session.value("works") is None, "Ctrl+Z takes the last change back"
    assert not question(view, "employer").isVisible()

    press(qtbot, view, "works", "Other")
    assert question(view, "works_other").isVisible(), "'other, specify' appears"

    # Work history: pick the section with the keyboard, add a job, type its country.
    view.nav.setFocus()
    qtbot.keyClick(view.nav, Qt.Key.Key_Down)
    assert view.current_section() == "s2"
    add = next(b for b in view.page.findChildren(QAbstractButton) if b.text() == "Add")
    add.setFocus()
    qtbot.keyClick(add, Qt.Key.Key_Space)
    assert QApplication.focusWidget() is question(view, "jobs[0].country").focus_target()
    qtbot.keyClicks(QApplication.focusWidget(), "Jamaica")
    assert session.value("jobs[0].country") == "Jamaica"

    view.toolbar.language.setFocus()
    qtbot.keyClick(view.toolbar.language, Qt.Key.Key_Down)
    assert view.toolbar.title.text() == "Enquête auprès du personnel"
    assert shown_texts(question(view, "jobs[0].country"))[0] == "Pays"
    assert question(view, "jobs[0].country").value() == "Jamaica"
    assert session.value("jobs[0].country") == "Jamaica"

    qtbot.mouseClick(view.toolbar.review_button, Qt.MouseButton.LeftButton)
    links = view.review.issue_links()
    assert [link.title() for link in links] == ["Travaillez-vous ?"]
    assert not view.review.finalize_button.isEnabled()
    qtbot.keyClick(links[0], Qt.Key.Key_Space)
    assert view.current_section() == "s1"
    other = question(view, "works_other")
    assert QApplication.focusWidget() is other.focus_target()
    qtbot.keyClicks(other.focus_target(), "Self-employed")

    view.show_review()
    assert view.review.issue_links() == []
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(view.sig_finalize_requested):
        qtbot.mouseClick(view.review.finalize_button, Qt.MouseButton.LeftButton)


def test_remove_a_repeat_entry_after_confirmation(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    view, session = make_view(qtbot)
    view.show_section("s2")
    add = next(b for b in view.page.findChildren(QAbstractButton) if b.text() == "Add")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert session.value("jobs") == 2
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: next(answers))
    remove = next(
        b
        for b in view.page.headers["jobs[0]"].findChildren(QAbstractButton)
        if b.text() == "Remove"
    )
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert session.value("jobs") == 2, "No keeps the entry"
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert session.value("jobs") == 1
    assert "jobs[1].country" not in view.page.widgets


def test_move_a_repeat_entry_up_and_down(qtbot: QtBot) -> None:
    view, session = make_view(qtbot)
    view.show_section("s2")
    add = next(b for b in view.page.findChildren(QAbstractButton) if b.text() == "Add")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.page.widgets["jobs[0].country"].focus_target(), "Jamaica")

    def button(instance: str, name: str) -> QAbstractButton:
        header = view.page.headers[instance]
        return next(b for b in header.findChildren(QAbstractButton) if b.accessibleName() == name)

    assert not button("jobs[0]", "Move this entry up").isEnabled()
    assert not button("jobs[1]", "Move this entry down").isEnabled()
    moved = session.value("jobs[0].country")
    assert moved == "Jamaica"
    qtbot.mouseClick(button("jobs[0]", "Move this entry down"), Qt.MouseButton.LeftButton)
    assert session.value("jobs[1].country") == moved
    assert session.value("jobs[0].country") is None
    assert view.page.widgets["jobs[1].country"].value() == moved
    qtbot.mouseClick(button("jobs[1]", "Move this entry up"), Qt.MouseButton.LeftButton)
    assert session.value("jobs[0].country") == moved


def test_coordinator_comments_show_on_their_question(qtbot: QtBot) -> None:
    view, _session = make_view(qtbot)
    view.set_comments({"age": ["Age does not match the ID card."]})
    assert any("Age does not match" in text for text in shown_texts(question(view, "age")))


def test_interview_mode_one_question_at_a_time(qtbot: QtBot) -> None:
    form = copy.deepcopy(FORM)
    form["settings"] = {"mode": "interview"}
    view, session = make_view(qtbot, form)
    assert view.clock is not None and view.clock.text().startswith("Interview time")
    assert view.notes is not None
    assert question(view, "name").isVisible() and not question(view, "age").isVisible()

    qtbot.keyClicks(QApplication.focusWidget(), "Ana")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert question(view, "age").isVisible() and not question(view, "name").isVisible()
    assert QApplication.focusWidget() is question(view, "age").focus_target()

    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert question(view, "name").isVisible()
    assert question(view, "name").value() == "Ana" == session.value("name")

    for _ in range(3):  # name → age → works → (employer is skipped) → next section
        qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.current_section() == "s2"
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert view.current_section() == "s1"
    assert question(view, "works").isVisible()


def test_tab_reaches_a_field_that_appears_mid_page(qtbot: QtBot) -> None:
    form = copy.deepcopy(FORM)
    form["items"][0]["items"][3]["relevant"] = "${works} != ''"
    view, _session = make_view(qtbot, form)
    press(qtbot, view, "works", "Other")
    order = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(view._question_of(QApplication.focusWidget()))
    assert order == ["works_other", "employer", None]


def test_changing_a_finalized_response_asks_for_a_reason_on_leaving_the_question(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = FormSession(load_form(FORM))
    session.answer("name", "Ana")
    session.mark_finalized()
    view = FormView(session)
    qtbot.addWidget(view)
    with qtbot.waitActive(view):  # focus changes only happen in the active window
        view.show()
        view.activateWindow()
    assert view.finalized_note.isVisible()
    assert "finalized" in view.finalized_note.text()
    asked: list[str] = []
    replies = iter([("", False), ("Spelling of the name", True)])

    def get_text(*_a, **_k):
        asked.append(question(view, "name").value())
        return next(replies)

    monkeypatch.setattr(QInputDialog, "getText", get_text)

    type_in(qtbot, view, "name", "Bob")
    assert asked == [], "never asked mid-typing"
    assert question(view, "name").value() == "Bob", "every keystroke is on screen"
    assert session.value("name") == "Ana"
    question(view, "age").focus_target().setFocus()  # leaving the question asks
    qtbot.waitUntil(lambda: asked == ["Bob"])
    assert session.value("name") == "Ana", "cancelling the reason keeps the answer"
    assert question(view, "name").value() == "Ana", "and the screen shows it again"
    assert view.notice.isVisible() and "“Your name”" in view.notice.text()

    type_in(qtbot, view, "name", "Anna")
    view.show_review()  # saving or reviewing asks too
    assert asked == ["Bob", "Anna"]
    assert session.value("name") == "Anna"
    changes = [e for e in session.audit if e["kind"] == "change" and e["path"] == "name"]
    assert changes[-1]["reason"] == "Spelling of the name"
    assert not view.notice.isVisible()
    view.show_questions()
    type_in(qtbot, view, "name", "Annabel")
    assert session.value("name") == "Annabel", "the reason is asked once"


def test_a_returned_response_says_returned_for_correction(qtbot: QtBot) -> None:
    session = FormSession(load_form(FORM))
    session.mark_finalized()
    view = FormView(session, comments={"name": ["Check the spelling"]})
    qtbot.addWidget(view)
    assert "returned for correction" in view.finalized_note.text()


def test_a_refused_add_says_why_on_the_repeat(qtbot: QtBot) -> None:
    form = copy.deepcopy(FORM)
    form["items"][1]["items"][0]["max"] = 1
    view, session = make_view(qtbot, form)
    view.show_section("s2")
    add = view.page.headers["jobs"].findChild(QAbstractButton)
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert session.value("jobs") == 1
    assert not add.isEnabled(), "the repeat is full: Add is off"
    view.page.sig_add_repeat.emit("jobs")  # e.g. a stale click queued before the refresh
    assert session.value("jobs") == 1
    assert any(
        "at most 1" in label.text() for label in view.page.headers["jobs"].findChildren(QLabel)
    )


def test_interview_enter_in_a_multiline_answer_is_a_new_line(qtbot: QtBot) -> None:
    form = {
        "id": "notes", "version": "1", "title": "Notes", "settings": {"mode": "interview"},
        "items": [
            {"type": "text", "id": "story", "label": "Tell us", "appearance": "multiline"},
            {"type": "text", "id": "after", "label": "Anything else?"},
        ],
    }  # fmt: skip
    view, session = make_view(qtbot, form)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "first")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "second")
    assert session.value("story") == "first\nsecond"
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert question(view, "after").isVisible() and not question(view, "story").isVisible()


def test_ctrl_z_in_a_text_field_walks_back_the_form_history(qtbot: QtBot) -> None:
    view, session = make_view(qtbot)
    type_in(qtbot, view, "name", "Ana")
    type_in(qtbot, view, "age", "42")
    age = question(view, "age").focus_target()
    qtbot.keyClick(age, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.value("age") is None and session.value("name") == "Ana"
    qtbot.keyClick(age, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.value("name") is None, "the second Ctrl+Z reaches the previous question"
    assert question(view, "name").value() is None
    assert QApplication.focusWidget() is question(view, "name").focus_target()


ATTACHMENT_FORM: dict[str, Any] = {
    "id": "docs", "version": "1", "title": "Documents",
    "items": [{"type": "file", "id": "manual", "label": "Procedure manual"}],
}  # fmt: skip


def store_in_memory(picked: dict[str, Any]) -> dict[str, Any]:
    """What the workspace does with a picked file, minus the encrypted storage."""
    data = Path(picked["path"]).read_bytes()
    name = Path(picked["path"]).name
    digest = hashlib.sha256(data).hexdigest()
    return {"sha256": digest, "name": name, "media_type": "application/pdf", "size": len(data)}


@pytest.mark.parametrize("store", [store_in_memory, None], ids=["with-store", "without-store"])
def test_a_picked_file_becomes_a_stored_reference(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, store: Any
) -> None:
    manual = tmp_path / "manual.pdf"
    manual.write_bytes(b"%PDF-1.7 procedures")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(manual), ""))
    session = FormSession(load_form(ATTACHMENT_FORM))
    view = FormView(session, store_attachment=store)
    qtbot.addWidget(view)
    view.show()
    press(qtbot, view, "manual", "Choose a file…")
    if store is None:
        assert session.value("manual") is None
        assert any("cannot be saved here" in text for text in shown_texts(question(view, "manual")))
    else:
        assert session.value("manual") == store_in_memory({"path": str(manual)})
        assert any("manual.pdf" in text for text in shown_texts(question(view, "manual")))


def test_interview_shows_one_question_even_after_leaving_one_empty(qtbot: QtBot) -> None:
    form = copy.deepcopy(FORM)
    form["settings"] = {"mode": "interview"}
    view, _session = make_view(qtbot, form)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # "name" left empty
    shown = [path for path, widget in view.page.widgets.items() if widget.isVisible()]
    assert shown == ["age"]
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert "This question requires an answer." in shown_texts(question(view, "name"))


def interview_with_jobs(qtbot: QtBot, minimum: int = 1) -> tuple[FormView, FormSession]:
    form = copy.deepcopy(FORM)
    form["settings"] = {"mode": "interview"}
    jobs = form["items"][1]["items"][0]
    jobs["min"] = minimum
    jobs["items"].append({"type": "text", "id": "years", "label": "Years"})
    form["items"][1]["items"].append({"type": "text", "id": "after", "label": "Anything else?"})
    return make_view(qtbot, form)


def visible_rows(view: FormView) -> list[str]:
    rows = {**view.page.widgets, **view.page.headers}
    return [path for path in view.page.order() if path in rows and rows[path].isVisible()]


def test_interview_opens_an_existing_entry_at_its_first_question_and_offers_another(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    view, session = interview_with_jobs(qtbot)
    view.show_section("s2")
    assert session.value("jobs") == 1
    assert "jobs[0].country" in visible_rows(view), "entry 1 exists: its first question shows"
    assert "jobs[0]" in visible_rows(view), "framed by its entry title"
    assert "jobs" not in visible_rows(view), "no bare Add button"
    qtbot.keyClicks(QApplication.focusWidget(), "Jamaica")
    asked: list[str] = []

    def reply(_parent, _title, text, *_a, **_k):
        asked.append(text)
        return QMessageBox.StandardButton.Yes if len(asked) == 1 else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", reply)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)  # → years
    assert asked == []
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)  # end of entry 1: another?
    assert asked == ["Add another “Job”?"]
    assert session.value("jobs") == 2
    assert "jobs[1].country" in visible_rows(view)
    assert QApplication.focusWidget() is question(view, "jobs[1].country").focus_target()
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)  # "No": on to the next one
    assert len(asked) == 2 and session.value("jobs") == 2
    assert visible_rows(view)[-1] == "after"


def test_interview_removing_an_entry_lands_on_the_next_one(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    view, session = interview_with_jobs(qtbot, minimum=0)
    view.show_section("s2")
    assert "jobs" in visible_rows(view), "no entry yet: the Add row is the step"
    view.page.sig_add_repeat.emit("jobs")
    view.page.sig_add_repeat.emit("jobs")
    view.show_question("jobs[1].country")
    type_in(qtbot, view, "jobs[1].country", "Haiti")
    view.show_question("jobs[0].years")
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    remove = next(
        b
        for b in view.page.headers["jobs[0]"].findChildren(QAbstractButton)
        if b.text() == "Remove"
    )
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert session.value("jobs") == 1
    assert "jobs[0].country" in visible_rows(view), "the entry that moved up opens"
    assert question(view, "jobs[0].country").value() == "Haiti"
    qtbot.mouseClick(
        next(
            b
            for b in view.page.headers["jobs[0]"].findChildren(QAbstractButton)
            if b.text() == "Remove"
        ),
        Qt.MouseButton.LeftButton,
    )
    assert session.value("jobs") == 0
    assert visible_rows(view)[-1] == "jobs", "no entry left: the Add row, not a blank page"
