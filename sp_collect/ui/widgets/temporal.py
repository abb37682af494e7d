"""Date, time and date-time questions: Qt editors with a Clear button; empty is allowed."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTime, QTimeZone
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit, QHBoxLayout, QLineEdit, QToolButton, QWidget

from .base import QuestionWidget

# The editor shows wall-clock time in a zone without daylight-saving gaps; the offset of a
# date-time answer is kept separately, so what the user typed is what is stored.
_ZONE = QTimeZone.utc()
# Qt editors cannot be blank: the lowest value stands for "no answer" and shows as special text.
_EMPTY = QDateTime(QDate(1799, 12, 31), QTime(0, 0), _ZONE)
# Times are edited on one fixed day (the day before also works, so 00:00 can step down).
_TIME_DAY = dt.date(2000, 1, 1)
_STARTING_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


def _to_qt(moment: dt.datetime) -> QDateTime:
    return QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
        _ZONE,
    )


def _from_qt(moment: QDateTime) -> dt.datetime:
    date, time = moment.date(), moment.time()
    return dt.datetime(
        date.year(), date.month(), date.day(), time.hour(), time.minute(), time.second()
    )


class _TemporalWidget(QuestionWidget):
    display_format = "yyyy-MM-dd"

    def _build_input(self) -> QWidget:
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self._edit = QDateTimeEdit()
        self._edit.setTimeZone(_ZONE)
        self._edit.setMinimumDateTime(_EMPTY)
        self._edit.setSpecialValueText(self.tr("Not answered"))
        self._edit.setDisplayFormat(self.display_format)
        self._edit.setDateTime(_EMPTY)
        self._edit.dateTimeChanged.connect(lambda _moment: self._emit())
        self._edit.installEventFilter(self)
        self._clear = QToolButton()
        self._clear.setText(self.tr("Clear"))
        self._clear.setAccessibleName(self.tr("Clear the answer"))
        self._clear.clicked.connect(lambda: self._edit.setDateTime(_EMPTY))
        layout.addWidget(self._edit)
        layout.addWidget(self._clear)
        layout.addStretch(1)
        return box

    def focus_target(self) -> QWidget:
        return self._edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        # Typing into an empty editor starts from now, not from the "empty" year 1799.
        if (
            watched is self._edit
            and event.type() == QEvent.Type.KeyPress
            and self._wall() is None
            and isinstance(event, QKeyEvent)
            and (event.text().isdigit() or event.key() in _STARTING_KEYS)
        ):
            self._edit.setDateTime(_to_qt(self.starting_point()))
            # Typing then overwrites the first field (the year, the hour), as in a filled editor.
            self._edit.setCurrentSectionIndex(0)
            self._edit.setSelectedSection(self._edit.sectionAt(0))
        return super().eventFilter(watched, event)

    def starting_point(self) -> dt.datetime:
        return dt.datetime.now().replace(second=0, microsecond=0)

    def _set_accessible_name(self, label: str) -> None:
        self._edit.setAccessibleName(label)
        # The editor's inner text field takes the keys (and the focus) for it.
        for inner in self._edit.findChildren(QLineEdit):
            inner.setAccessibleName(label)

    def _wall(self) -> dt.datetime | None:
        moment = self._edit.dateTime()
        return None if moment == _EMPTY else _from_qt(moment)

    def _show_wall(self, moment: dt.datetime | None) -> None:
        self._edit.setDateTime(_EMPTY if moment is None else _to_qt(moment))

    def _set_read_only(self, readonly: bool) -> None:
        self._edit.setReadOnly(readonly)
        self._clear.setEnabled(not readonly)


class DateWidget(_TemporalWidget):
    """A date, ``YYYY-MM-DD``, with a calendar popup."""

    def _build_input(self) -> QWidget:
        box = super()._build_input()
        self._edit.setCalendarPopup(True)
        return box

    def starting_point(self) -> dt.datetime:
        return dt.datetime.combine(dt.date.today(), dt.time())

    def value(self) -> str | None:
        moment = self._wall()
        return None if moment is None else moment.date().isoformat()

    def _show_value(self, value: Any) -> None:
        day = dt.date.fromisoformat(value) if value else None
        self._show_wall(None if day is None else dt.datetime.combine(day, dt.time()))


class TimeWidget(_TemporalWidget):
    """A time of day, ``HH:MM`` (``HH:MM:SS`` when the answer has seconds)."""

    display_format = "HH:mm"

    def starting_point(self) -> dt.datetime:
        now = dt.datetime.now().time().replace(second=0, microsecond=0)
        return dt.datetime.combine(_TIME_DAY, now)

    def value(self) -> str | None:
        moment = self._wall()
        if moment is None:
            return None
        return moment.strftime("%H:%M:%S" if moment.second else "%H:%M")

    def _show_value(self, value: Any) -> None:
        time = dt.time.fromisoformat(value) if value else None
        self._edit.setDisplayFormat("HH:mm:ss" if time and time.second else "HH:mm")
        self._show_wall(None if time is None else dt.datetime.combine(_TIME_DAY, time))


class DateTimeWidget(_TemporalWidget):
    """A date and time; the answer is ISO 8601 with the offset it was given (local if new)."""

    display_format = "yyyy-MM-dd HH:mm"

    def _build_input(self) -> QWidget:
        box = super()._build_input()
        self._edit.setCalendarPopup(True)
        self._offset: dt.timedelta | None = None
        return box

    def value(self) -> str | None:
        moment = self._wall()
        if moment is None:
            return None
        offset = self._offset
        if offset is None:
            offset = dt.datetime.now().astimezone().utcoffset() or dt.timedelta()
        return moment.replace(tzinfo=dt.timezone(offset)).isoformat(timespec="seconds")

    def _show_value(self, value: Any) -> None:
        moment = dt.datetime.fromisoformat(value) if value else None
        self._offset = moment.utcoffset() if moment is not None else None
        self._show_wall(None if moment is None else moment.replace(tzinfo=None))
