"""FormView: one response being filled in, rendered from a FormSession's prompts."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sp_collect.engine.model import text_in
from sp_collect.engine.prompts import Prompt, SectionInfo
from sp_collect.errors import SpCollectError
from sp_collect.ui import interview_steps
from sp_collect.ui.form_interview import InterviewClock, InterviewNotes
from sp_collect.ui.form_page import FormPage
from sp_collect.ui.form_state import Attention, UndoHistory
from sp_collect.ui.form_toolbar import FormToolbar
from sp_collect.ui.review_panel import ReviewPanel
from sp_collect.ui.section_nav import SectionNav
from sp_collect.ui.session_protocol import SessionLike
from sp_collect.ui.style import icon
from sp_collect.ui.widgets.base import QuestionWidget

AttachmentStore = Callable[[dict[str, Any]], dict[str, Any]]
"""Turns what an attachment widget emits into a stored ``{"sha256", ...}`` reference: a picked
file ``{"path"}``, a signature ``{"png"}``, a recording ``{"data", "name", "media_type"}``."""
_UNSTORED = ("path", "png", "data")
_KEPT = frozenset({"ok", "required", "constraint"})
_INDEX = re.compile(r"\[\d+\]")
"""Answer statuses for which the session kept the answer (worth autosaving)."""


class FormView(QWidget):
    """Sections on the left, questions in the middle; review and finalize on demand."""

    sig_answer_saved = Signal(str)
    """An answer was accepted by the session (carries its path): the app autosaves."""
    sig_finalize_requested = Signal()
    """The user confirmed Finalize on a clean review screen."""

    def __init__(
        self,
        session: SessionLike,
        *,
        store_attachment: AttachmentStore | None = None,
        comments: dict[str, list[str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._store_attachment = store_attachment
        self._comments = dict(comments or {})
        self._undo = UndoHistory()
        self._sections: list[SectionInfo] = []
        self._section: str | None = None
        self._prompts: dict[str, Prompt] = {}
        self._focused: str | None = None
        self._interview_path: str | None = None
        self._attention = Attention()
        self._reason: str | None = None
        self._pending: dict[str, Any] = {}
        """Edits of a finalized response waiting for their reason (path → value)."""
        self.interview = session.form.model.settings.mode == "interview"

        self.nav = SectionNav()
        self.nav.sig_section_selected.connect(self.show_section)
        self.page = FormPage()
        self.page.sig_answer.connect(self._on_answer)
        self.page.sig_add_repeat.connect(self._on_add_repeat)
        self.page.sig_remove_repeat.connect(self._on_remove_repeat)
        self.page.sig_move_repeat.connect(self._on_move_repeat)
        self.review = ReviewPanel()
        self.review.sig_jump_requested.connect(self.show_question)
        self.review.sig_back_requested.connect(self.show_questions)
        self.review.sig_finalize_requested.connect(self.sig_finalize_requested)
        self.clock: InterviewClock | None = InterviewClock() if self.interview else None
        self.notes: InterviewNotes | None = InterviewNotes() if self.interview else None

        self._stack = QStackedWidget()
        self._stack.addWidget(self._build_questions())
        self._stack.addWidget(self.review)
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self._stack)
        if self.notes is not None:
            splitter.addWidget(self.notes)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        # Room for about twenty characters of section title, in the user's font.
        em = self.fontMetrics().horizontalAdvance("M")
        splitter.setSizes([em * 16, em * 48] + ([em * 16] if self.notes is not None else []))
        layout = QVBoxLayout(self)
        self.toolbar = FormToolbar(session.form.model.languages, session.language, self.clock)
        self.toolbar.sig_language_chosen.connect(self.set_language)
        self.toolbar.undo_button.clicked.connect(self.undo)
        self.toolbar.review_button.clicked.connect(self.show_review)
        self._show_title()
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)
        self._install_shortcuts()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        self._refresh_sections()
        first = next((s.id for s in self._sections if s.visible), None)
        self.show_section(first)

    # -- building ----------------------------------------------------------------------------

    def _build_questions(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        if self._comments:
            note = self.tr(
                "This response was returned for correction. The first change asks for a "
                "reason, which is kept in the audit trail."
            )
        else:
            note = self.tr(
                "This response is finalized. The first change asks for a reason, which is "
                "kept in the audit trail."
            )
        self.finalized_note = QLabel(note)
        self.finalized_note.setWordWrap(True)
        self.finalized_note.setVisible(self._session.finalized)
        # Says when a change was not kept (no reason given).
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)
        layout.addWidget(self.finalized_note)
        layout.addWidget(self.page, 1)
        self.back_button = QPushButton(icon("fa5s.arrow-left"), self.tr("Back"))
        self.next_button = QPushButton(icon("fa5s.arrow-right"), self.tr("Next"))
        self.next_button.setObjectName("primary")  # in an interview, going on is the main act
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        steps = QHBoxLayout()
        steps.addWidget(self.back_button)
        steps.addStretch(1)
        steps.addWidget(self.next_button)
        layout.addLayout(steps)
        self.back_button.setVisible(self.interview)
        self.next_button.setVisible(self.interview)
        return box

    def _install_shortcuts(self) -> None:
        undo = QAction(self.tr("Undo"), self)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.triggered.connect(self.undo)
        self.addAction(undo)
        if self.interview:
            # Enter goes on; in a multi-line answer Enter is a new line, so Ctrl+Enter goes on.
            ctrl = Qt.KeyboardModifier.ControlModifier
            keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, ctrl | Qt.Key.Key_Return)
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(self.go_next)

    # -- what the app and the review screen call --------------------------------------------

    def current_section(self) -> str | None:
        return self._section

    def comments(self) -> dict[str, list[str]]:
        return dict(self._comments)

    def set_comments(self, comments: dict[str, list[str]]) -> None:
        """Show coordinator comments (path → comments) on the questions they concern."""
        self._comments = dict(comments)
        self.page.set_comments(self._comments)

    def show_section(self, section: str | None) -> None:
        """Show the questions of a section (None: a form without sections)."""
        self._section = section
        self._rebuild_page()
        if section is not None:
            self.nav.select(section)
        self.show_questions()
        if self.interview:
            steps = self._interview_steps()
            self._show_step(steps[0] if steps else None)

    def show_questions(self) -> None:
        self._stack.setCurrentIndex(0)

    def show_review(self) -> None:
        """Open the review screen with every current issue."""
        self.confirm_pending()
        if not self._attention.reviewed:
            self._attention.reviewed = True
            self._refresh((), everything=True)
        self.review.set_issues(self._session.errors(), self._section_labels())
        self._drop_focus_in(self._stack)
        self._stack.setCurrentIndex(1)
        links = self.review.issue_links()
        if links:
            links[0].setFocus()

    def resume(self) -> bool:
        """Open where the user stopped: the last question entered or changed (the audit
        trail records both). False when there is nowhere to go back to."""
        visible = {s.id for s in self._sections if s.visible}
        for event in reversed(self._session.audit):
            if event.get("kind") not in ("enter", "change"):
                continue
            path = str(event.get("path", ""))
            info = self._session.form.items.get(_INDEX.sub("", path).rsplit(".", 1)[-1])
            if info is None or (info.section is not None and info.section not in visible):
                continue
            self.show_question(path, info.section)
            return path in self.page.widgets
        return False

    def show_question(self, path: str, section: str | None = None) -> None:
        """Switch to the question's section, scroll to it and focus its input."""
        if section is not None and section != self._section:
            self.show_section(section)
        self.show_questions()
        if self.interview:
            self._show_step(path)
        self.page.focus_question(path)

    def set_language(self, code: str) -> None:
        """Show the form in another language; answers are unchanged."""
        self._session.set_language(code)
        self.toolbar.show_language(code)
        self._show_title()
        self._refresh(self._prompts.keys(), everything=True)

    def undo(self) -> None:
        """Take back the last change (consecutive edits of one question count as one)."""
        if not self._undo:
            return
        path, previous = self._undo.pop()
        result = self._session.answer(path, previous)
        self._refresh(result.changed | {path})
        self.toolbar.undo_button.setEnabled(bool(self._undo))
        self.page.focus_question(path)
        self.sig_answer_saved.emit(path)

    def go_next(self) -> None:
        """Interview mode: the next question, the next section, then the review screen."""
        self._step(1)

    def go_back(self) -> None:
        self._step(-1)

    # -- answering ---------------------------------------------------------------------------

    def _on_answer(self, path: str, value: Any) -> None:
        if isinstance(value, dict) and any(key in value for key in _UNSTORED):
            try:
                value = self._stored(value)
            except SpCollectError as error:
                self._show_local_error(path, error.message)
                return
        if self._session.finalized and self._reason is None:
            # The reason is asked when the user leaves the question (or saves), never while
            # typing: the edit waits here, on screen, and nothing typed is lost.
            self._pending[path] = value
            return
        self._commit(path, value)

    def _commit(self, path: str, value: Any) -> None:
        previous = self._session.value(path)
        self._attention.touch(path)
        result = self._session.answer(path, value, reason=self._reason)
        if result.status not in _KEPT:
            self._refresh({path}, restore=True)
            self._show_local_error(path, result.message or "")
            return
        self._undo.record(path, previous)
        self.toolbar.undo_button.setEnabled(True)
        self._refresh(result.changed | {path})
        self.sig_answer_saved.emit(path)

    def confirm_pending(self) -> bool:
        """Ask the reason for changes waiting on a finalized response, then keep them; on
        cancel put the answers back and say so. True when nothing is left waiting."""
        if not self._pending:
            return True
        pending, self._pending = self._pending, {}
        text, ok = QInputDialog.getText(
            self,
            self.tr("Reason for the change"),
            self.tr("This response is finalized. Why does it need to change?"),
        )
        if ok and text.strip():
            self._reason = text.strip()
            self.notice.hide()
            for path, value in pending.items():
                self._commit(path, value)
            return True
        self._refresh(pending.keys(), restore=True)
        labels = ", ".join(f"“{self._prompts[p].label}”" for p in pending if p in self._prompts)
        self.notice.setText(
            self.tr(
                "Not changed: %1 put back, because a finalized response changes only with a reason."
            ).replace("%1", labels)
        )
        self.notice.show()
        return True

    def _stored(self, value: dict[str, Any]) -> dict[str, Any]:
        if self._store_attachment is None:
            raise SpCollectError(
                self.tr("Attachments cannot be saved here; open the response from a workspace."),
                code="attachment_unavailable",
            )
        return self._store_attachment(value)

    def _show_local_error(self, path: str, message: str) -> None:
        widget = self.page.widgets.get(path)
        if widget is not None and message:
            widget.set_prompt(replace(widget.prompt, error=message))
        elif path in self.page.headers:
            self.page.headers[path].show_error(message)

    def _on_add_repeat(self, path: str) -> None:
        try:
            index = self._session.add_repeat(path)
        except SpCollectError as error:
            self._show_local_error(path, error.message)
            return
        self._refresh({path})
        self.sig_answer_saved.emit(path)
        # Straight into the new entry's first question, so typing can go on.
        first = next((p for p in self.page.order() if p.startswith(f"{path}[{index}].")), None)
        if first is not None:
            self.show_question(first)

    def _on_remove_repeat(self, path: str, index: int) -> None:
        try:
            self._session.remove_repeat(path, index)
        except SpCollectError as error:
            self._show_local_error(path, error.message)
            return
        self._undo.forget_under(path)
        self.toolbar.undo_button.setEnabled(bool(self._undo))
        # The entries after the removed one moved up a place: their rows show new values.
        self._refresh((), everything=True)
        self.sig_answer_saved.emit(path)
        if self.interview:
            walk = self._interview_steps()
            self._show_step(interview_steps.landing_after_removal(path, index, walk, self._prompts))

    def _on_move_repeat(self, path: str, index: int, to: int) -> None:
        try:
            self._session.move_repeat(path, index, to)
        except SpCollectError as error:
            self._show_local_error(path, error.message)
            return
        self._undo.forget_under(path)
        self.toolbar.undo_button.setEnabled(bool(self._undo))
        self._refresh((), everything=True)
        self.sig_answer_saved.emit(path)
        header = self.page.headers.get(f"{path}[{to}]")
        if header is not None:
            self.page.ensureWidgetVisible(header)

    # -- refreshing --------------------------------------------------------------------------

    def _current_prompts(self) -> dict[str, Prompt]:
        quiet = self._attention.quiet
        prompts = {p.path: quiet(p) for p in self._session.prompts(self._section)}
        for path, value in self._pending.items():  # an edit waiting for its reason stays shown
            if path in prompts:
                prompts[path] = replace(prompts[path], value=value)
        return prompts

    def _rebuild_page(self) -> None:
        self._drop_focus_in(self.page)
        self._prompts = self._current_prompts()
        self.page.show_prompts(self._prompts.values(), self._comments)
        self._refresh_sections()

    def _refresh(
        self, changed: Iterable[str], *, everything: bool = False, restore: bool = False
    ) -> None:
        """Update the rows whose prompts changed; rows are only added or removed, never rebuilt.

        ``restore``: the session refused an edit, so the widgets show its value again.
        """
        prompts = self._current_prompts()
        if prompts.keys() != self._prompts.keys():
            self.page.sync_rows(list(prompts.values()))
        self._prompts = prompts
        wanted = prompts.keys() if everything else set(changed) & prompts.keys()
        self.page.update_prompts((prompts[path] for path in wanted), restore=restore)
        self._refresh_sections()
        if self._stack.currentIndex() == 1:
            self.review.set_issues(self._session.errors(), self._section_labels())

    def _refresh_sections(self) -> None:
        # Badges count what the page shows in red, so a fresh form is not all warnings.
        loud = self._attention.loud
        shown = Counter(issue.section for issue in self._session.errors() if loud(issue))
        sections = [replace(s, errors=shown[s.id]) for s in self._session.sections()]
        if sections != self._sections:
            self._sections = sections
            self.nav.set_sections(sections, self._section)
        self.nav.setVisible(bool(sections))

    def _section_labels(self) -> dict[str, str]:
        return {section.id: section.label for section in self._sections}

    def _show_title(self) -> None:
        model = self._session.form.model
        self.toolbar.title.setText(
            text_in(model.title, self._session.language, model.default_language)
        )

    # -- interview mode ----------------------------------------------------------------------

    def _interview_steps(self) -> list[str]:
        """Visible questions of this section, in order (see :mod:`interview_steps`)."""
        return interview_steps.steps(self.page.order(), self._prompts)

    @staticmethod
    def _drop_focus_in(area: QWidget) -> None:
        """Before the focused question is hidden or deleted: without this, Qt passes the focus
        along the chain (Next, the section list, the notes) and a screen reader announces
        each on the way to the question that comes next."""
        focused = QApplication.focusWidget()
        if focused is not None and area.isAncestorOf(focused):
            focused.clearFocus()

    def _show_step(self, path: str | None) -> None:
        self._drop_focus_in(self.page)
        context = interview_steps.frame(path, self.page.headers) if path is not None else []
        self.page.show_only(path, context)
        self._interview_path = path
        if path is not None:
            self._chain_interview_focus(path)
            self.page.focus_question(path)
            header = self.page.headers.get(path)
            if header is not None:
                header.setFocus()

    def _chain_interview_focus(self, path: str) -> None:
        """Tab in an interview: the question, Next, Back, the notes, then the top bar and the
        section list (the question first: it is what the interviewer works on)."""
        row = self.page.widgets.get(path) or self.page.headers.get(path)
        if row is None:
            return
        tab = Qt.FocusPolicy.TabFocus
        # A drop-down's list is a pop-up window of its own: it is no Tab stop of this one.
        window = row.window()
        chain = [
            w
            for w in [row, *row.findChildren(QWidget)]
            if w.focusPolicy() & tab and w.window() is window
        ]
        chain += [self.next_button, self.back_button]
        if self.notes is not None:
            chain.append(self.notes.editor)
        toolbar = self.toolbar
        chain += [toolbar.language, toolbar.undo_button, toolbar.review_button, self.nav]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _step(self, direction: int) -> None:
        steps = self._interview_steps()
        current = self._interview_path
        index = steps.index(current) if current in steps else -1
        target = index + direction
        if direction > 0 and self._offer_another_entry(
            current, steps[target] if target < len(steps) else None
        ):
            return
        if 0 <= target < len(steps):
            self._show_step(steps[target])
            return
        visible = [s.id for s in self._sections if s.visible]
        if self._section not in visible:
            if direction > 0:
                self.show_review()
            return
        position = visible.index(self._section) + direction
        if position >= len(visible):
            self.show_review()
        elif position >= 0:
            self.show_section(visible[position])
            if direction < 0:
                steps = self._interview_steps()
                self._show_step(steps[-1] if steps else None)

    def _offer_another_entry(self, current: str | None, following: str | None) -> bool:
        """After the last question of a repeat's last entry: add another? (True: added)."""
        repeat = interview_steps.leaving_repeat(current, following, self._prompts)
        if repeat is None:
            return False
        title = self._prompts[repeat].label
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        answer = QMessageBox.question(
            self,
            self.tr("Add another entry?"),
            self.tr("Add another “%1”?").replace("%1", title),
            yes | no,
            no,
        )
        if answer != yes:
            return False
        self._on_add_repeat(repeat)
        return True

    # -- audit -------------------------------------------------------------------------------

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        path = self._question_of(new)
        if path == self._focused:
            return
        left = self._focused
        self._focused = path
        if left in self._pending:
            # After the focus change is complete: a dialog inside it would steal the focus.
            QTimer.singleShot(0, self.confirm_pending)
        if left is not None:
            self._session.leave(left)
            # Leaving a question empty is when "requires an answer" becomes worth saying.
            if self._attention.touch(left):
                self._refresh({left})
        if path is not None:
            self._session.enter(path)

    def _question_of(self, widget: QWidget | None) -> str | None:
        while widget is not None:
            if isinstance(widget, QuestionWidget) and widget.prompt.path in self.page.widgets:
                return widget.prompt.path
            widget = widget.parentWidget()
        return None
