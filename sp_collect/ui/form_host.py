"""One response open in the FormView: autosave, finalize, reopen with a reason, comments."""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sp_collect.errors import AnswerError, SpCollectError
from sp_collect.ui.context import AppContext
from sp_collect.ui.errors import show_error
from sp_collect.ui.form_view import FormView
from sp_collect.ui.responses_page import status_text
from sp_collect.ui.style import icon
from sp_collect.workspace import Changes, ResponseEditor


def comments_by_question(comments: list[Any]) -> dict[str, list[str]]:
    """Coordinator comments grouped on the question they concern, oldest first."""
    grouped: dict[str, list[str]] = {}
    for comment in comments:
        grouped.setdefault(comment.question_path, []).append(comment.text)
    return grouped


class Autosaver:
    """Writes a draft after each accepted answer without holding up the screen.

    The encrypted write takes about 5 ms (benchmarks/ui.py), a third of a frame, so it runs on
    the worker thread; the snapshot of the session is taken here on the UI thread
    (``ResponseEditor.snapshot``). While one write runs, further answers only mark the draft
    dirty: one more write follows with the latest snapshot.
    """

    def __init__(self, ctx: AppContext, editor: ResponseEditor, parent: QWidget) -> None:
        self._ctx = ctx
        self._editor = editor
        self._parent = parent
        self._running = False
        self._dirty = False

    def request(self) -> None:
        if self._running:
            self._dirty = True
            return
        self._start()

    def flush(self) -> None:
        """Wait for the writes under way (leaving the response, locking)."""
        while self._running or self._dirty:
            self._ctx.runner.wait()
            QCoreApplication.processEvents()

    def ensure_stored(self) -> None:
        """Store a new draft at its first answer (on this thread: it reads the session)."""
        if not self._editor.stored:
            self._editor.create()

    def _start(self) -> None:
        editor = self._editor
        self.ensure_stored()
        snapshot = editor.snapshot()

        def write(_progress: object, _cancel: object) -> None:
            editor.write(snapshot)

        self._running = True
        self._dirty = False
        self._ctx.runner.run(write, on_done=self._finished, on_error=self._failed)

    def _finished(self, _result: object) -> None:
        self._running = False
        if self._dirty:
            self._start()

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        show_error(self._parent, exc)


class FormHost(QWidget):
    """Shows an editor's session in a FormView and writes every accepted answer at once."""

    sig_closed = Signal(str)
    """The user left the response; carries a sentence for the status bar (may be empty)."""

    def __init__(
        self, ctx: AppContext, editor: ResponseEditor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editor = editor
        self.back_button = QPushButton(icon("fa5s.arrow-left"), "")
        self.back_button.clicked.connect(lambda: self.close_form(""))
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.reopen_button = QPushButton()
        self.reopen_button.clicked.connect(self.reopen)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.banner, 1)
        top.addWidget(self.reopen_button)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addLayout(top)
        self.autosaver = Autosaver(ctx, editor, self)
        self.view = self._make_view()
        self.view.resume()  # a draft reopens where the user stopped
        self._show_texts()

    def _make_view(self) -> FormView:
        comments = comments_by_question(self.ctx.workspace.responses.comments(self.editor.uuid))
        view = FormView(
            self.editor.session, store_attachment=self.store_attachment, comments=comments
        )
        view.sig_answer_saved.connect(self.autosave)
        view.sig_finalize_requested.connect(self.finalize)
        if view.notes is not None:  # interview mode: the free notes stay with the response
            view.notes.set_text(self.editor.session.notes)
            view.notes.sig_notes_changed.connect(self._notes_changed)
            view.notes.setEnabled(not self.editor.read_only)
        # A response that left the draft state is read-only until reopened with a reason.
        view.page.setEnabled(not self.editor.read_only)
        self._layout.addWidget(view, 1)
        return view

    def _notes_changed(self, text: str) -> None:
        self.editor.session.set_notes(text)
        self.autosave()

    def retranslate(self) -> None:
        """After a language switch: the form view sets its texts once, so it is built again
        on the same session (answers, section and language of the questions are kept)."""
        self._rebuild_view()
        self._show_texts()

    def _rebuild_view(self) -> None:
        section = self.view.current_section()
        self._layout.removeWidget(self.view)
        self.view.deleteLater()
        self.view = self._make_view()
        if section is not None:
            self.view.show_section(section)

    def _show_texts(self) -> None:
        self.back_button.setText(self.tr("Back to the list"))
        self.back_button.setAccessibleName(self.tr("Back to the list"))
        self.reopen_button.setText(self.tr("Reopen to correct…"))
        self._show_state()

    def _show_state(self) -> None:
        editor = self.editor
        read_only = editor.read_only
        comments = self.view.comments()
        if read_only:
            text = self.tr("%1 — read-only. Reopen it to correct an answer; the reason is kept.")
            self.banner.setText(text.replace("%1", status_text(editor.status)))
        elif comments:
            self.banner.setText(
                self.tr(
                    "Returned by the coordinator: their comments are shown on the questions. "
                    "Correct the answers, then finalize again."
                )
            )
        else:
            self.banner.setText(self.tr("Answers are saved as you go."))
        self.reopen_button.setVisible(read_only)

    # -- what the FormView asks for ------------------------------------------------------------

    def autosave(self, _path: str = "") -> None:
        """Save the session after each accepted answer (off the UI thread: see Autosaver)."""
        if not self.editor.read_only:
            self.autosaver.request()

    def finalize(self) -> None:
        self.autosaver.flush()
        self.autosaver.ensure_stored()
        try:
            saved = self.editor.finalize()
        except AnswerError as exc:
            if exc.code == "not_finalizable":
                self.view.show_review()
                return
            show_error(self, exc)
            return
        except SpCollectError as exc:
            show_error(self, exc)
            return
        self.ctx.announce(
            Changes(responses=frozenset({saved.uuid}), message=self.tr("Response finalized."))
        )
        self.close_form(self.tr("Response finalized: it is in the Outbox, ready to send."))

    def reopen(self) -> None:
        """Ask why, reopen (the reason goes to the audit trail) and make the questions editable."""
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Reopen to correct"),
            self.tr("Why does this response need to change? (kept in the audit trail)"),
        )
        if not ok or not reason.strip():
            return
        try:
            saved = self.editor.reopen(reason.strip())
        except SpCollectError as exc:
            show_error(self, exc)
            return
        self._rebuild_view()
        self._show_state()
        self.ctx.announce(Changes(responses=frozenset({saved.uuid})))

    def store_attachment(self, value: dict[str, Any]) -> dict[str, Any]:
        """Put a picked file, a signature or a recording in the encrypted attachment store."""
        if "path" in value:
            path = Path(value["path"])
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise SpCollectError(
                    self.tr("The file %1 could not be read; choose another one.").replace(
                        "%1", path.name
                    ),
                    code="attachment_unreadable",
                ) from exc
            name = path.name
            media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        elif "png" in value:
            data, name, media_type = bytes(value["png"]), "signature.png", "image/png"
        else:
            data = bytes(value["data"])
            name = str(value.get("name") or "recording")
            media_type = str(value.get("media_type") or "application/octet-stream")
        return self.editor.attach(data, name, media_type)

    def close_form(self, message: str) -> None:
        self.autosaver.flush()
        self.ctx.announce(Changes(responses=frozenset({self.editor.uuid})))
        self.sig_closed.emit(message)
