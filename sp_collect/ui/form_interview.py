"""Interview-mode companions of the form view: a running interview clock and a free notes box."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget


def clock_text(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    return f"{hours:d}:{rest // 60:02d}:{rest % 60:02d}"


class InterviewClock(QLabel):
    """Shows how long the interview has lasted, updated every second."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._elapsed = QElapsedTimer()
        self._elapsed.start()
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show)
        self._tick.start()
        self.setAccessibleName(self.tr("Interview time"))
        self._show()

    def seconds(self) -> int:
        return self._elapsed.elapsed() // 1000

    def _show(self) -> None:
        self.setText(self.tr("Interview time: %s") % clock_text(self.seconds()))
        # Screen readers read the time on demand (not announced every second).
        self.setAccessibleDescription(self.text())


class InterviewNotes(QWidget):
    """A free notes box for the interviewer; the app keeps the text with the response."""

    sig_notes_changed = Signal(str)
    """The interviewer edited the notes; carries the whole text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        caption = QLabel(self.tr("Interview notes"))
        self._edit = QPlainTextEdit()
        self.editor = self._edit
        self._edit.setTabChangesFocus(True)
        self._edit.setAccessibleName(caption.text())
        self._edit.setPlaceholderText(self.tr("Anything worth remembering about this interview"))
        caption.setBuddy(self._edit)
        self._edit.textChanged.connect(lambda: self.sig_notes_changed.emit(self.text()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(caption)
        layout.addWidget(self._edit, 1)
        caption.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

    def text(self) -> str:
        return self._edit.toPlainText()

    def set_text(self, text: str) -> None:
        self._edit.blockSignals(True)
        self._edit.setPlainText(text)
        self._edit.blockSignals(False)
