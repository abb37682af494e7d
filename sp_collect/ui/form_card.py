"""One form on Home as a card: title in the UI language, what it is, its drafts, a Start button."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from sp_collect.ui.language_names import language_name
from sp_collect.ui.style import icon
from sp_collect.workspace.forms import FormSummary


@dataclass(frozen=True)
class DraftInfo:
    """The drafts of one form: how many, and when the latest was last edited."""

    count: int = 0
    last_edit: str = ""


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

    def show_form(self, form: FormSummary, language: str, drafts: DraftInfo) -> None:
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
        if drafts.count:
            self.drafts.setText(
                self.tr("%n draft(s), last edited %1", "", drafts.count).replace(
                    "%1", drafts.last_edit
                )
            )
        else:
            self.drafts.setText(self.tr("No draft"))
        self.start.setText(self.tr("Start"))
        self.start.setAccessibleName(self.tr("Start: %1").replace("%1", self.title.text()))
