"""Stored times as the user reads them: their time zone, their language's way of writing."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale


def local_time_text(stamp: str, language: str) -> str:
    """A stored UTC time (ISO 8601) in the computer's time zone, written the way ``language``
    writes a short date and time (fr: 01/12/2026 14:05)."""
    try:
        moment = datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return stamp[:16].replace("T", " ")
    shown = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale(language).toString(shown, QLocale.FormatType.ShortFormat)
