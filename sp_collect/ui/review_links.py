"""IssueLink: one review entry, a word-wrapping button that jumps to its question."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from sp_collect.engine.prompts import Issue
from sp_collect.ui.widgets.base import tidy_label

_ENTER = {Qt.Key.Key_Return, Qt.Key.Key_Enter}


class IssueLink(QPushButton):
    """The question's label in bold, the problem underneath; Enter, Space or a click jump.

    A push button, so a screen reader announces something to press and offers its Press
    action; its text sits in a word-wrapping label inside it, as question labels are long.
    """

    sig_activated = Signal()
    """The user chose this entry."""

    def __init__(self, issue: Issue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.issue = issue
        self.setObjectName("issueLink")
        label = tidy_label(issue.label)
        self._text = QLabel(f"<b><u>{escape(label)}</u></b><br>{escape(issue.message)}")
        self._text.setTextFormat(Qt.TextFormat.RichText)
        self._text.setWordWrap(True)
        self._text.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._text.setAccessibleName(" ")  # the button speaks for it: no second reading
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self._text)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(f"{label}: {issue.message}")
        self.setAccessibleDescription(self.tr("Press Enter to go to this question"))
        self.setToolTip(self.tr("Go to this question"))
        self.clicked.connect(self.sig_activated)

    def title(self) -> str:
        return tidy_label(self.issue.label)

    # A button sizes itself for one line of text; this one takes its label's wrapped size.
    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QWidget.sizeHint(self)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QWidget.minimumSizeHint(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() in _ENTER:
            self.click()
        else:
            super().keyPressEvent(event)
