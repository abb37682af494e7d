"""File, image and audio questions: pick a file; the workspace stores it and keeps a reference."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .base import QuestionWidget
from .recorder import AudioRecorder, recording_available


def describe(value: dict[str, Any] | None) -> tuple[str, int | None]:
    """The name and size (bytes, None if unknown) of a picked file or a stored reference."""
    if not value:
        return "", None
    if "path" in value:
        path = Path(value["path"])
        return path.name, path.stat().st_size if path.exists() else None
    if "data" in value:
        return str(value.get("name", "")), len(value["data"])
    return str(value.get("name", "")), value.get("size")


class AttachmentWidget(QuestionWidget):
    """Emits ``{"path": ...}`` for a file the user picks; shows a stored reference's name+size."""

    file_filter = ""

    def _build_input(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self._choose = QPushButton(self.tr("Choose a file…"))
        self._choose.clicked.connect(self._on_choose)
        self._remove = QPushButton(self.tr("Remove"))
        self._remove.clicked.connect(lambda: self._set_and_emit(None))
        self._summary = QLabel()
        self._summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self._choose)
        row.addWidget(self._remove)
        row.addWidget(self._summary, 1)
        layout.addLayout(row)
        self._preview = QLabel()
        self._preview.hide()
        layout.addWidget(self._preview)
        self._value: dict[str, Any] | None = None
        return box

    def focus_target(self) -> QWidget:
        return self._choose

    def value(self) -> dict[str, Any] | None:
        return self._value

    def _on_choose(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self._prompt.label, "", self.file_filter or self.tr("All files (*)")
        )
        if path:
            self._set_and_emit({"path": path})

    def _set_and_emit(self, value: dict[str, Any] | None) -> None:
        self._show_value(value)
        self._emit()

    def _show_value(self, value: Any) -> None:
        self._value = dict(value) if value else None
        name, size = describe(self._value)
        if not name:
            self._summary.setText(self.tr("No file attached"))
        elif size is None:
            self._summary.setText(name)
        else:
            self._summary.setText(f"{name} — {QLocale().formattedDataSize(size)}")
        self._remove.setVisible(self._value is not None)
        self._show_preview()

    def _show_preview(self) -> None:
        self._preview.hide()

    def _set_read_only(self, readonly: bool) -> None:
        self._choose.setEnabled(not readonly)
        self._remove.setEnabled(not readonly)


class FileWidget(AttachmentWidget):
    """A document attachment."""


class ImageWidget(AttachmentWidget):
    """A photo or scan, with a preview of a picked file."""

    def _build_input(self) -> QWidget:
        self.file_filter = self.tr("Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff)")
        return super()._build_input()

    def _show_preview(self) -> None:
        pixmap = QPixmap(self._value["path"]) if self._value and "path" in self._value else None
        if pixmap is None or pixmap.isNull():
            self._preview.hide()
            return
        # Preview size follows the font so it scales with the screen's DPI and user settings.
        side = self.fontMetrics().height() * 12
        self._preview.setPixmap(
            pixmap.scaled(
                side,
                side,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self._preview.setAccessibleName(self.tr("Preview of %s") % Path(self._value["path"]).name)
        self._preview.show()


class AudioWidget(AttachmentWidget):
    """A sound recording: recorded here where the machine can, otherwise attached as a file.

    A recording is emitted as ``{"data": bytes, "name": ..., "media_type": ...}``.
    """

    def _build_input(self) -> QWidget:
        self.file_filter = self.tr("Audio (*.wav *.mp3 *.m4a *.ogg *.opus *.flac *.aac)")
        box = super()._build_input()
        self._recorder: AudioRecorder | None = None
        if recording_available():
            self._recorder = AudioRecorder(self)
            self._record = QPushButton(self.tr("Record"))
            self._record.setCheckable(True)
            self._record.toggled.connect(self._on_record_toggled)
            self._recorder.sig_recorded.connect(self._set_and_emit)
            self._recorder.sig_failed.connect(self._on_record_failed)
            box.layout().itemAt(0).layout().insertWidget(0, self._record)
        return box

    def _on_record_toggled(self, on: bool) -> None:
        if self._recorder is None:
            return
        if on:
            self._record.setText(self.tr("Stop recording"))
            self._recorder.start()
        else:
            self._record.setText(self.tr("Record"))
            self._recorder.stop()

    def _on_record_failed(self, reason: str) -> None:
        self._record.setChecked(False)
        self._summary.setText(self.tr("Recording failed: %s") % reason)
