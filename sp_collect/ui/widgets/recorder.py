"""Sound recording for audio questions, in memory, where QtMultimedia and a microphone exist."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Signal

try:
    from PySide6.QtMultimedia import (
        QAudioInput,
        QMediaCaptureSession,
        QMediaDevices,
        QMediaFormat,
        QMediaRecorder,
    )
except ImportError:  # QtMultimedia needs system audio libraries (libpulse) that may be absent
    QMediaRecorder = None

# Container formats to try, with the name and media type the recording is given.
_FORMATS = (
    ("Mpeg4Audio", "recording.m4a", "audio/mp4"),
    ("Ogg", "recording.ogg", "audio/ogg"),
    ("Wave", "recording.wav", "audio/wav"),
)


def recording_available() -> bool:
    """True when this machine can record: QtMultimedia loads and a microphone is present."""
    return QMediaRecorder is not None and bool(QMediaDevices.audioInputs())


class AudioRecorder(QObject):
    """Records the default microphone into memory (never a temporary file: answers stay off
    the disk until the workspace encrypts them); ``sig_recorded`` when stopped."""

    sig_recorded = Signal(dict)
    """A finished recording: ``{"data": bytes, "name": str, "media_type": str}``."""
    sig_failed = Signal(str)
    """Recording could not start or broke off; carries the reason."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = QMediaCaptureSession(self)
        self._input = QAudioInput(self)
        self._session.setAudioInput(self._input)
        self._recorder = QMediaRecorder(self)
        self._session.setRecorder(self._recorder)
        self._name, self._media_type = self._choose_format()
        self._data = QByteArray()
        self._buffer = QBuffer(self._data, self)
        self._recorder.recorderStateChanged.connect(self._on_state)
        self._recorder.errorOccurred.connect(lambda _e, text: self.sig_failed.emit(text))

    def _choose_format(self) -> tuple[str, str]:
        supported = QMediaFormat().supportedFileFormats(QMediaFormat.ConversionMode.Encode)
        for format_name, name, media_type in _FORMATS:
            file_format = getattr(QMediaFormat.FileFormat, format_name)
            if file_format in supported:
                self._recorder.setMediaFormat(QMediaFormat(file_format))
                return name, media_type
        return _FORMATS[-1][1:]

    def start(self) -> None:
        self._buffer.close()
        self._data.clear()
        self._buffer.open(QIODevice.OpenModeFlag.ReadWrite)
        self._recorder.setOutputDevice(self._buffer)
        self._recorder.record()

    def stop(self) -> None:
        self._recorder.stop()

    def _on_state(self, state: QMediaRecorder.RecorderState) -> None:
        if state == QMediaRecorder.RecorderState.StoppedState and self._data.size():
            self._buffer.close()
            recording = {"data": bytes(self._data.data()), "name": self._name}
            recording["media_type"] = self._media_type
            self.sig_recorded.emit(recording)
