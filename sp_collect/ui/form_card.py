"""One form on Home as a card: title in the UI language, what it is, its drafts, a Start button."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from sp_collect.ui.language_names import language_name
from sp_collect.ui.style import icon
from sp_collect.ui.when import local_time_text
from sp_collect.workspace.forms import FormSummary
from sp_collect.workspace.responses import DraftProgress

SHOWN_DRAFTS = 3
"""Drafts listed on a card (the newest); the rest are counted, the Drafts page lists them all."""


class FormCard(QFrame):
    """A card; the list it sits in keeps keyboard selection (Enter starts the selected form)."""

    sig_start = Signal(str)
    """Start a new response of this form (carries the form id)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formCard")
        self.form_id = ""
        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.about = QLabel()
        self.about.setObjectName("secondary")
        self.about.setWordWrap(True)
        self.drafts = QLabel()
        self.drafts.setWordWrap(True)
        self.start = QPushButton(icon("fa5s.play"), "")
        self.start.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the list's Enter does the same
        self.start.clicked.connect(lambda: self.sig_start.emit(self.form_id))
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.about)
        text.addWidget(self.drafts)
        text.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(text, 1)
        layout.addWidget(self.start, 0, Qt.AlignmentFlag.AlignVCenter)

    def show_form(self, form: FormSummary, language: str) -> None:
        """The form's title and what it is; its drafts follow (:meth:`show_drafts`)."""
        self.form_id = form.form_id
        self.title.setText(form.title(language))
        kind = self.tr("Interview") if form.interview else self.tr("Survey")
        names = ", ".join(language_name(code) for code in form.languages)
        parts = [
            kind,
            self.tr("%n section(s)", "", form.sections),
            self.tr("version %1").replace("%1", form.version),
            names,
        ]
        self.about.setText(" · ".join(parts))
        self.start.setText(self.tr("Start"))
        self.start.setAccessibleName(self.tr("Start: %1").replace("%1", self.title.text()))

    def show_drafts(self, drafts: Sequence[DraftProgress], language: str) -> None:
        lines = [self.draft_line(draft, language) for draft in drafts[:SHOWN_DRAFTS]]
        if len(drafts) > SHOWN_DRAFTS:
            more = len(drafts) - SHOWN_DRAFTS
            lines.append(self.tr("%n more draft(s) on the Drafts page", "", more))
        self.drafts.setText("\n".join(lines) or self.tr("No draft"))

    def draft_line(self, draft: DraftProgress, language: str) -> str:
        """ "Draft “name”: 12 of 40 questions answered (30%), edited 01/12/2026 14:05"."""
        text = self.tr("Draft “%1”: %2 of %3 questions answered (%4%), edited %5")
        name = draft.instance_name or self.tr("unnamed")
        values = (
            name,
            draft.answered,
            draft.total,
            draft.percent,
            local_time_text(draft.updated_at, language),
        )
        for number, value in enumerate(values, start=1):
            text = text.replace(f"%{number}", str(value))
        return text
