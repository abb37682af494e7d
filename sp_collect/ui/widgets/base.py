"""QuestionWidget: the base every question widget derives from (label, hint, input, error)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from sp_collect.engine.prompts import Prompt

from .announce import announce
from .palette import mark_error, restyle_errors


def tidy_label(label: str) -> str:
    """A label whose piped value is still empty ("${country}: worked there from") without the
    dangling separator it starts with."""
    return label.lstrip(" :;,–—-") or label


class QuestionWidget(QWidget):
    """Renders one :class:`Prompt` and reports the user's edits; never evaluates logic.

    Subclasses build their input in :meth:`_build_input`, show a value in :meth:`_show_value`
    and read it back in :meth:`value`; they call :meth:`_emit` when the user changes it.
    """

    sig_value_changed = Signal(object)
    """The user changed the answer; carries the native value (see ``engine.prompts``) or None."""

    def __init__(self, prompt: Prompt, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prompt = prompt
        # Programmatic updates (set_prompt) must not echo back as user edits.
        self._updating = False
        self._label = QLabel()
        self._label.setWordWrap(True)
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont(self._label.font())
        bold.setBold(True)
        self._label.setFont(bold)
        self._hint = QLabel()
        self._hint.setWordWrap(True)
        self._hint.setTextFormat(Qt.TextFormat.PlainText)
        self._hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._error = QLabel()
        self._error.setWordWrap(True)
        self._error.setTextFormat(Qt.TextFormat.PlainText)
        self._error.setObjectName("questionError")
        mark_error(self._error)
        self._comments = QLabel()
        self._comments.setWordWrap(True)
        self._comments.setTextFormat(Qt.TextFormat.PlainText)
        self._comments.setObjectName("questionComments")
        self._comments.setFrameShape(QLabel.Shape.StyledPanel)
        self._comments.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self._comments.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self._comments.setAutoFillBackground(True)
        self._comments.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._label)
        layout.addWidget(self._hint)
        layout.addWidget(self._comments)
        body = self._build_input()
        if body is not None:
            layout.addWidget(body)
            self._label.setBuddy(self.focus_target())
            for editor in [body, *body.findChildren(QWidget)]:
                if isinstance(editor, QLineEdit | QPlainTextEdit):
                    editor.installEventFilter(self)
        layout.addWidget(self._error)
        self.set_prompt(prompt)

    # -- the contract ------------------------------------------------------------------------

    @property
    def prompt(self) -> Prompt:
        return self._prompt

    def value(self) -> Any:
        """The answer as the user sees it, as a native value (None: no answer)."""
        return None

    def set_prompt(self, prompt: Prompt, *, force_value: bool = False) -> None:
        """Show a new state of the same question without losing focus or cursor position.

        ``force_value`` rewrites the input even when it seems to hold the value already (an
        edit the session refused must disappear from the screen).
        """
        self._prompt = prompt
        self._updating = True
        error_before = self._error.text()
        try:
            marker = "\u00a0*" if prompt.required else ""
            self._label.setText(tidy_label(prompt.label) + marker)
            self._hint.setText(prompt.hint)
            self._hint.setVisible(bool(prompt.hint))
            self._error.setText(prompt.error or "")
            self._error.setVisible(bool(prompt.error))
            self._apply_prompt(prompt)
            # Rewriting an unchanged value would move the cursor of a field being typed in.
            if force_value or self.value() != prompt.value:
                self._show_value(prompt.value)
            self._set_read_only(prompt.readonly)
            # What a screen reader says on the input: the question (and that it is required),
            # then the error and the hint, which are separate labels on screen.
            name = tidy_label(prompt.label)
            if prompt.required:
                name += ", " + self.tr("required")
            self._set_accessible_name(name)
            error = self.tr("Error: %1").replace("%1", prompt.error) if prompt.error else ""
            self._describe("; ".join(part for part in (error, prompt.hint) if part))
            target = self.focus_target()
            if bool(target.property("invalid")) != bool(prompt.error):  # a change repolishes
                target.setProperty("invalid", bool(prompt.error))
            if prompt.error and prompt.error != error_before and self._has_focus():
                announce(target, error)
        finally:
            self._updating = False
        self.setVisible(prompt.visible)

    def _has_focus(self) -> bool:
        """Whether the keyboard is in this question (an error found elsewhere is not read out
        while the user is here; the review lists it)."""
        focused = QApplication.focusWidget()
        return focused is not None and (focused is self or self.isAncestorOf(focused))

    def set_comments(self, comments: list[str]) -> None:
        """Show coordinator comments on this question (a returned response)."""
        prefix = self.tr("Coordinator:")
        self._comments.setText("\n".join(f"{prefix} {comment}" for comment in comments))
        self._comments.setVisible(bool(comments))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        # Text fields keep Ctrl+Z for their own undo, which knows nothing of the form's
        # history; letting the key through to the form view gives one undo for every question.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
            )
        ):
            return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.PaletteChange:
            restyle_errors(self)
        super().changeEvent(event)

    def focus_target(self) -> QWidget:
        """The input that takes keyboard focus when the view jumps to this question."""
        return self

    # -- for subclasses ----------------------------------------------------------------------

    def _build_input(self) -> QWidget | None:
        return None

    def _apply_prompt(self, prompt: Prompt) -> None:
        """Update what depends on the prompt besides the value (choices, appearance)."""

    def _show_value(self, value: Any) -> None:
        """Put ``value`` into the input; called with signals of the input suppressed."""

    def _set_read_only(self, readonly: bool) -> None:
        for child in self.findChildren(QWidget):
            if child not in (self._label, self._hint, self._error, self._comments):
                child.setEnabled(not readonly)

    def _set_accessible_name(self, label: str) -> None:
        self.focus_target().setAccessibleName(label)

    def _describe(self, text: str) -> None:
        """The accessible description of the input: its error, then its hint."""
        self.focus_target().setAccessibleDescription(text)

    def _emit(self) -> None:
        if not self._updating:
            self.sig_value_changed.emit(self.value())
