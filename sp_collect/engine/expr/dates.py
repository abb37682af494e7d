"""ISO 8601 dates as XPath numbers (days since 1970-01-01, as ODK does) and ODK's format-date."""

from __future__ import annotations

import datetime as dt
import math
import re

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_SECONDS_PER_DAY = 86400.0
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_CLOCK = re.compile(
    r"(?:\d{4}-\d{2}-\d{2}[T ])?(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?(?:Z|[+-]\d{2}:?\d{2})?"
)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def parse_iso(text: str) -> dt.datetime | None:
    """The moment an ISO date or datetime string names, or None when it is not one.

    A date is midnight UTC; a datetime without an offset is taken as UTC too, so that a value
    means the same on every device whatever its time zone.
    """
    text = text.strip()
    try:
        if _DATE.fullmatch(text):
            return dt.datetime.combine(dt.date.fromisoformat(text), dt.time(), dt.UTC)
        if _DATETIME.match(text):
            moment = dt.datetime.fromisoformat(text)
            return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    except ValueError:
        return None
    return None


def to_days(moment: dt.datetime) -> float:
    """Fractional days since 1970-01-01T00:00Z (ODK's decimal-date-time)."""
    return (moment - EPOCH).total_seconds() / _SECONDS_PER_DAY


def from_days(days: float) -> dt.datetime | None:
    """The UTC moment ``days`` after the epoch, or None when out of the calendar's range."""
    if not math.isfinite(days):
        return None
    try:
        return EPOCH + dt.timedelta(days=days)
    except OverflowError:
        return None


def day_fraction(text: str) -> float | None:
    """The clock time written in a time or datetime string as a fraction of a day (offset kept
    as written: 06:00-07:00 is 0.25, as ODK's decimal-time shows the local time)."""
    match = _CLOCK.fullmatch(text.strip())
    if match is None:
        return None
    hours, minutes, seconds = int(match.group(1)), int(match.group(2)), float(match.group(3) or 0)
    if hours > 23 or minutes > 59 or seconds >= 60:
        return None
    return (hours * 3600 + minutes * 60 + seconds) / _SECONDS_PER_DAY


def format_date(moment: dt.datetime, pattern: str) -> str:
    """Render ``moment`` with ODK's format-date tokens; unknown tokens are kept as written."""
    fields = {
        "Y": f"{moment.year:04d}",
        "y": f"{moment.year % 100:02d}",
        "m": f"{moment.month:02d}",
        "n": str(moment.month),
        "b": _MONTHS[moment.month - 1],
        "d": f"{moment.day:02d}",
        "e": str(moment.day),
        "a": _WEEKDAYS[moment.weekday()],
        "H": f"{moment.hour:02d}",
        "h": str(moment.hour),
        "M": f"{moment.minute:02d}",
        "S": f"{moment.second:02d}",
        "3": f"{moment.microsecond // 1000:03d}",
        "%": "%",
    }
    return re.sub(r"%(.)", lambda m: fields.get(m.group(1), m.group(0)), pattern, flags=re.DOTALL)
