"""The review screen: every missing or invalid answer as a link to it, and Finalize when clean."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sp_collect.engine.prompts import Issue
from sp_collect.ui.review_links import IssueLink


class ReviewPanel(QWidget):
    """Shows :class:`Issue` entries; the app listens to its three signals."""

    sig_jump_requested = Signal(str, str)
    """The user picked an issue: carries the question path and its section id."""
    sig_finalize_requested = Signal()
    """The user confirmed that the response is finished (only possible without issues)."""
    sig_back_requested = Signal()
    """The user wants to go back to the questions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = QLabel()
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self._title.setFont(font)
        self._summary = QLabel()
        self._summary.setWordWrap(True)
        self._list = QWidget()
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._list)
        self._back = QPushButton(self.tr("Back to the questions"))
        self._back.clicked.connect(self.sig_back_requested)
        self.finalize_button = QPushButton(self.tr("Finalize…"))
        self.finalize_button.setObjectName("primary")  # the page's one main action
        self.finalize_button.clicked.connect(self._on_finalize)
        buttons = QHBoxLayout()
        buttons.addWidget(self._back)
        buttons.addStretch(1)
        buttons.addWidget(self.finalize_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._summary)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self._links: list[IssueLink] = []
        self._rows: list[QWidget] = []
        self.set_issues([])

    def set_issues(self, issues: list[Issue], section_labels: dict[str, str] | None = None) -> None:
        """Show the current issues, under their section's title when ``section_labels`` names
        it; Finalize is enabled only when there are none."""
        for row in self._rows:
            row.hide()
            row.deleteLater()
        self._links, self._rows = [], []
        self._title.setText(self.tr("Review"))
        if issues:
            self._summary.setText(
                self.tr(
                    "%n answer(s) need attention before this response can be finalized.",
                    "",
                    len(issues),
                )
            )
        else:
            self._summary.setText(self.tr("Every required question is answered and valid."))
        section = None
        for issue in issues:
            if section_labels and issue.section != section and issue.section in section_labels:
                section = issue.section
                self._add_row(self._heading(section_labels[section]))
            link = IssueLink(issue)
            link.sig_activated.connect(
                lambda i=issue: self.sig_jump_requested.emit(i.path, i.section)
            )
            self._add_row(link)
            self._links.append(link)
        self.finalize_button.setEnabled(not issues)

    def _heading(self, text: str) -> QLabel:
        heading = QLabel(text)
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        return heading

    def _add_row(self, row: QWidget) -> None:
        self._list_layout.insertWidget(self._list_layout.count() - 1, row)
        self._rows.append(row)

    def issue_links(self) -> list[IssueLink]:
        """The links shown, in order (for keyboard focus and tests)."""
        return list(self._links)

    def _on_finalize(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Finalize this response?"),
            self.tr(
                "A finalized response is ready to send and can no longer be edited "
                "unless it is reopened. Finalize it now?"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.sig_finalize_requested.emit()
