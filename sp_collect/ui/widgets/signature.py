"""Signature questions: a pad drawn on with the mouse or a pen; emits the drawing as PNG bytes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QImage, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .base import QuestionWidget


class SignaturePad(QWidget):
    """A white sheet that records strokes; ``sig_stroke_finished`` after each one."""

    sig_stroke_finished = Signal()
    """The user lifted the mouse or pen after drawing a stroke."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self._strokes: list[QPainterPath] = []
        self._background = QImage()
        self._drawing = False
        self.read_only = False

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        line = self.fontMetrics().height()
        return QSize(line * 24, line * 7)

    def clear(self) -> None:
        self._strokes = []
        self._background = QImage()
        self.update()

    def show_png(self, png: bytes) -> None:
        self._strokes = []
        self._background = QImage.fromData(png, "PNG")
        self.update()

    def to_png(self) -> bytes:
        image = QImage(self.size(), QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        self._paint(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        return bytes(data.data())

    def _paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._background.isNull():
            painter.drawImage(self.rect(), self._background)
        # Ink is black on a white sheet whatever the theme: it is a picture of paper.
        painter.setPen(QPen(Qt.GlobalColor.black, max(2.0, self.devicePixelRatioF() * 1.5)))
        for stroke in self._strokes:
            painter.drawPath(stroke)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        self._paint(painter)
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        if self.read_only or event.button() != Qt.MouseButton.LeftButton:
            return
        path = QPainterPath(event.position())
        self._strokes.append(path)
        self._drawing = True

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        if self._drawing:
            self._strokes[-1].lineTo(event.position())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        if not self._drawing:
            return
        self._drawing = False
        stroke = self._strokes[-1]
        if stroke.elementCount() == 1:
            # A click without movement still leaves a dot, as a pen on paper would.
            stroke.lineTo(event.position() + QPointF(0.5, 0.5))
        self.update()
        self.sig_stroke_finished.emit()


class SignatureWidget(QuestionWidget):
    """Emits ``{"png": bytes}`` after each stroke; a stored reference shows as its name."""

    def _build_input(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self._pad = SignaturePad()
        self._pad.sig_stroke_finished.connect(self._on_stroke)
        self._stored = QLabel()
        self._stored.hide()
        row = QHBoxLayout()
        self._clear = QPushButton(self.tr("Clear signature"))
        self._clear.clicked.connect(self._on_clear)
        row.addWidget(self._clear)
        row.addWidget(self._stored, 1)
        layout.addWidget(self._pad)
        layout.addLayout(row)
        self._value: dict[str, Any] | None = None
        return box

    def focus_target(self) -> QWidget:
        return self._pad

    def value(self) -> dict[str, Any] | None:
        return self._value

    def _on_stroke(self) -> None:
        self._value = {"png": self._pad.to_png()}
        self._stored.hide()
        self._emit()

    def _on_clear(self) -> None:
        self._pad.clear()
        self._value = None
        self._stored.hide()
        self._emit()

    def _show_value(self, value: Any) -> None:
        self._value = dict(value) if value else None
        self._pad.clear()
        self._stored.hide()
        if self._value and "png" in self._value:
            self._pad.show_png(self._value["png"])
        elif self._value:
            self._stored.setText(self.tr("Signed (%s)") % self._value.get("name", ""))
            self._stored.show()

    def _set_read_only(self, readonly: bool) -> None:
        self._pad.read_only = readonly
        self._clear.setEnabled(not readonly)
