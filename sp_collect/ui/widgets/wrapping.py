"""Radio buttons and check boxes whose text wraps, so long options never widen the page.

Qt's own buttons draw their text on one line and ask for its whole width; an option of a legal
question then pushed the form behind a horizontal scroll bar on a 1024-pixel screen. These draw
the indicator through the style and the text wrapped beside it, and report a height for the
width they get (``heightForWidth``), as a word-wrapped label does. ``text()`` is unchanged, so
screen readers and tests read the option as before.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

_FLAGS = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


def _indicator(button: QAbstractButton, metric: QStyle.PixelMetric) -> int:
    return button.style().pixelMetric(metric, None, button)


def _text_left(button: QAbstractButton, indicator: QStyle.PixelMetric) -> int:
    spacing = button.fontMetrics().horizontalAdvance(" ")
    return _indicator(button, indicator) + spacing * 2


def _text_height(button: QAbstractButton, width: int, indicator: QStyle.PixelMetric) -> int:
    left = _text_left(button, indicator)
    room = max(width - left, button.fontMetrics().horizontalAdvance("M") * 4)
    bounds = button.fontMetrics().boundingRect(QRect(0, 0, room, 1 << 20), _FLAGS, button.text())
    return max(bounds.height(), _indicator(button, indicator)) + 4


def _size_hint(button: QAbstractButton, indicator: QStyle.PixelMetric) -> QSize:
    width = _text_left(button, indicator) + button.fontMetrics().horizontalAdvance(button.text())
    return QSize(width + 4, _text_height(button, 1 << 20, indicator))


def _minimum_size_hint(button: QAbstractButton, indicator: QStyle.PixelMetric) -> QSize:
    # The longest word must fit; everything else wraps.
    words = button.text().split() or [""]
    longest = max(button.fontMetrics().horizontalAdvance(word) for word in words)
    width = _text_left(button, indicator) + min(
        longest, button.fontMetrics().horizontalAdvance("M") * 12
    )
    return QSize(width + 4, _text_height(button, width, indicator))


def _paint(button: QAbstractButton, control: QStyle.ControlElement, indicator_metric) -> None:
    option = QStyleOptionButton()
    button.initStyleOption(option)  # type: ignore[attr-defined]
    text = option.text
    option.text = ""
    # The indicator sits on the first line of text.
    line = button.fontMetrics().height()
    size = _indicator(button, indicator_metric)
    option.rect = QRect(0, max((line - size) // 2, 0) + 2, size + 2, size)
    focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
    option.state &= ~QStyle.StateFlag.State_HasFocus
    painter = QStylePainter(button)
    painter.drawControl(control, option)
    left = _text_left(button, indicator_metric)
    area = QRect(left, 2, button.width() - left, button.height() - 2)
    painter.setPen(button.palette().color(button.foregroundRole()))
    bounds = painter.boundingRect(area, _FLAGS, text)
    painter.drawText(area, _FLAGS, text)
    if focused:
        frame = QStyleOptionButton()
        frame.initFrom(button)
        frame.rect = bounds.adjusted(-2, -1, 2, 1)
        painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, frame)


def _wrapping(
    base: type[QRadioButton] | type[QCheckBox],
    metric: QStyle.PixelMetric,
    control: QStyle.ControlElement,
) -> type[QAbstractButton]:
    """``base`` (a radio button or a check box) with its label wrapped at its width."""

    class Wrapping(base):  # type: ignore[valid-type, misc]
        def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
            super().__init__(text, parent)
            policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            policy.setHeightForWidth(True)
            self.setSizePolicy(policy)

        # Layouts ask for these many times per pass: measured once per text and width.
        _measured: dict[tuple[object, ...], object]

        def _measure(self, key: tuple[object, ...], compute):  # type: ignore[no-untyped-def]
            cache = self.__dict__.setdefault("_measured", {})
            full = (*key, self.text())
            if full not in cache:
                if len(cache) > 64:
                    cache.clear()
                cache[full] = compute()
            return cache[full]

        def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
            if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
                self.__dict__.pop("_measured", None)
            super().changeEvent(event)

        def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
            return self._measure(("size",), lambda: _size_hint(self, metric))

        def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
            return self._measure(("minimum",), lambda: _minimum_size_hint(self, metric))

        def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
            return True

        def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
            whole = self.sizeHint()
            if width >= whole.width():  # one line: most options, most of the time
                return whole.height()
            return self._measure(("height", width), lambda: _text_height(self, width, metric))

        def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 (Qt API)
            return self.rect().contains(pos)

        def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
            _paint(self, control, metric)

    Wrapping.__name__ = Wrapping.__qualname__ = f"Wrapping{base.__name__[1:]}"
    return Wrapping


WrappingRadioButton = _wrapping(
    QRadioButton,
    QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
    QStyle.ControlElement.CE_RadioButton,
)
"""A radio button whose label wraps at the width it is given."""
WrappingCheckBox = _wrapping(
    QCheckBox, QStyle.PixelMetric.PM_IndicatorWidth, QStyle.ControlElement.CE_CheckBox
)
"""A check box whose label wraps at the width it is given."""
