"""IssueLink: one review entry, a focusable, word-wrapping link to a question."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from sp_collect.engine.prompts import Issue
from sp_collect.ui.widgets.base import tidy_label

_ACTIVATE = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space}


class IssueLink(QLabel):
    """The question's label as a link, the problem underneath; Enter, Space or a click jump.

    A label rather than a button: buttons do not wrap, and question labels are long.
    """

    sig_activated = Signal()
    """The user chose this entry."""

    def __init__(self, issue: Issue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.issue = issue
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        label = tidy_label(issue.label)
        self.setText(f"<a href='#'><b>{escape(label)}</b></a><br>{escape(issue.message)}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(f"{label}: {issue.message}")
        self.setAccessibleDescription(self.tr("Press Enter to go to this question"))
        # The focus ring follows the theme's highlight colour, light or dark.
        self.setStyleSheet(
            "IssueLink { padding: 4px; border: 2px solid transparent; }"
            "IssueLink:focus { border: 2px solid palette(highlight); }"
        )

    def title(self) -> str:
        return tidy_label(self.issue.label)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() in _ACTIVATE:
            self.sig_activated.emit()
        else:
            super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        if event.button() == Qt.MouseButton.LeftButton:
            self.sig_activated.emit()
