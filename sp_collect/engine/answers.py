"""Checks an answer's type against its question (the table in prompts.py) and normalizes it."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from typing import Any

from sp_collect.engine.compiled import ItemInfo
from sp_collect.engine.geopoint import parts_out_of_range
from sp_collect.engine.numbers import TOO_LARGE, too_large

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIME = re.compile(r"^\d{2}:\d{2}(:\d{2})?$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class AnswerTypeError(ValueError):
    """The value does not fit the question; the message is one sentence for the user."""


def is_empty(value: object) -> bool:
    return value is None or value in ("", [], {})


def check_answer(info: ItemInfo, value: Any) -> Any:
    """The normalized value, None for "no answer"; raises AnswerTypeError when it does not fit."""
    if is_empty(value):
        return None
    checker = _CHECKERS.get(info.type)
    if checker is None:
        raise AnswerTypeError(f"a {info.type} takes no answer")
    return checker(info, value)


def check_other_text(value: Any) -> str | None:
    if is_empty(value):
        return None
    if not isinstance(value, str):
        raise AnswerTypeError("the 'other' answer must be text")
    return value


def _text(info: ItemInfo, value: Any) -> str:
    if not isinstance(value, str):
        raise AnswerTypeError(f"expected text, got {_shown(value)}")
    return value


def _integer(info: ItemInfo, value: Any) -> int:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise AnswerTypeError(f"expected a whole number, got {_shown(value)}")
    return _in_range(value)


def _decimal(info: ItemInfo, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise AnswerTypeError(f"expected a number, got {_shown(value)}")
    return float(_in_range(value))


def _in_range(value: int | float) -> Any:
    if too_large(value):
        raise AnswerTypeError(TOO_LARGE)
    return value


def _select_one(info: ItemInfo, value: Any) -> str:
    if not isinstance(value, str) or value not in info.choice_values:
        raise AnswerTypeError(f"{_shown(value)} is not one of the choices")
    return value


def _select_many(info: ItemInfo, value: Any) -> list[str]:
    allowed = info.choice_values
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise AnswerTypeError(f"expected a list of choice values, got {_shown(value)}")
    unknown = [v for v in value if v not in allowed]
    if unknown:
        raise AnswerTypeError(f"{', '.join(map(repr, unknown))} is not one of the choices")
    if len(set(value)) != len(value):
        raise AnswerTypeError("a choice is listed twice")
    if info.type == "rank":
        return list(value)  # the order is the answer
    return [v for v in allowed if v in value]


def _iso_text(value: Any, pattern: re.Pattern[str], parse: Callable[[str], Any], what: str) -> Any:
    """``parse(value)`` when ``value`` is text shaped like ``pattern``, else a type error."""
    try:
        if not isinstance(value, str) or not pattern.match(value):
            raise ValueError
        return parse(value)
    except ValueError:
        raise AnswerTypeError(f"expected {what}, got {_shown(value)}") from None


def _date(info: ItemInfo, value: Any) -> str:
    _iso_text(value, _DATE, dt.date.fromisoformat, "a date YYYY-MM-DD")
    return str(value)


def _time(info: ItemInfo, value: Any) -> str:
    _iso_text(value, _TIME, dt.time.fromisoformat, "a time HH:MM")
    return str(value)


def _datetime(info: ItemInfo, value: Any) -> str:
    parsed = _iso_text(value, _DATETIME, dt.datetime.fromisoformat, "an ISO 8601 date and time")
    if parsed.tzinfo is None:
        raise AnswerTypeError("the date and time needs a UTC offset, e.g. +00:00")
    return str(value)


def _geopoint(info: ItemInfo, value: Any) -> str:
    parts = value.split() if isinstance(value, str) else []
    try:
        numbers = [float(p) for p in parts]
    except ValueError:
        numbers = []
    if (
        len(numbers) not in (2, 4)
        or not all(math.isfinite(n) for n in numbers)
        or parts_out_of_range(numbers)
    ):
        raise AnswerTypeError(
            f"expected 'latitude longitude' in decimal degrees, got {_shown(value)}"
        )
    return " ".join(parts)


def _attachment(info: ItemInfo, value: Any) -> dict[str, Any]:
    fields = {"sha256": str, "name": str, "media_type": str, "size": int}
    if (
        not isinstance(value, dict)
        or set(value) != set(fields)
        or not all(isinstance(value[k], t) for k, t in fields.items())
        or not _SHA256.match(value["sha256"])
        or isinstance(value["size"], bool)
        or value["size"] < 0
    ):
        raise AnswerTypeError("expected an attachment {sha256, name, media_type, size}")
    accept = [s.lower() for s in getattr(info.item, "accept", [])]
    if accept and not value["name"].lower().endswith(tuple(accept)):
        raise AnswerTypeError(f"this question accepts only {', '.join(accept)} files")
    return dict(value)


def _matrix(info: ItemInfo, value: Any) -> dict[str, str]:
    rows = {r.value for r in info.rows}
    columns = {c.value for c in info.choices}
    if not isinstance(value, dict):
        raise AnswerTypeError(f"expected an object of row → column, got {_shown(value)}")
    for row, column in value.items():
        if row not in rows:
            raise AnswerTypeError(f"{row!r} is not a row of this table")
        if column not in columns:
            raise AnswerTypeError(f"{_shown(column)} is not a column of this table")
    return {r.value: value[r.value] for r in info.rows if r.value in value}


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


_CHECKERS: dict[str, Callable[[ItemInfo, Any], Any]] = {
    "text": _text,
    "integer": _integer,
    "decimal": _decimal,
    "select_one": _select_one,
    "select_multiple": _select_many,
    "rank": _select_many,
    "date": _date,
    "time": _time,
    "datetime": _datetime,
    "geopoint": _geopoint,
    "file": _attachment,
    "image": _attachment,
    "audio": _attachment,
    "signature": _attachment,
    "matrix": _matrix,
}
