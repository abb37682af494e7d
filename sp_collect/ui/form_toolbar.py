"""The form view's top bar: form title, interview clock, language switch, Undo and Review."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from sp_collect.ui.language_names import language_name
from sp_collect.ui.style import icon


class FormToolbar(QWidget):
    """Buttons are public so the view connects them; the language combo has its own signal."""

    sig_language_chosen = Signal(str)
    """The user picked another language for the questions; carries its code."""

    def __init__(self, languages: list[str], current: str, clock: QWidget | None = None) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        layout.addWidget(self.title, 1)
        if clock is not None:
            layout.addWidget(clock)
        self.language = QComboBox()
        for code in languages:
            self.language.addItem(language_name(code), code)
        self.show_language(current)
        self.language.currentIndexChanged.connect(
            lambda _i: self.sig_language_chosen.emit(str(self.language.currentData()))
        )
        self.language.setAccessibleName(self.tr("Language of the questions"))
        caption = QLabel(self.tr("&Language:"))
        caption.setBuddy(self.language)
        self.undo_button = QPushButton(icon("fa5s.undo"), self.tr("Undo"))
        self.undo_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Undo).toString())
        self.undo_button.setEnabled(False)
        self.review_button = QPushButton(icon("fa5s.clipboard-check"), self.tr("&Review"))
        for widget in (caption, self.language, self.undo_button, self.review_button):
            layout.addWidget(widget)

    def show_language(self, code: str) -> None:
        """Select ``code`` in the combo without announcing it as the user's choice."""
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(self.language.findData(code), 0))
        self.language.blockSignals(False)
