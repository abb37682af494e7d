"""XPath values (string, number, boolean, node-set) and the conversions between them."""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal

from sp_collect.engine.expr.dates import parse_iso, to_days


class NodeSet:
    """The values of one question across repeat instances, as strings in document order.

    An unanswered instance is the empty string: it still counts in ``count()``, as in ODK.
    """

    __slots__ = ("values",)

    def __init__(self, values: Iterable[object] = ()) -> None:
        self.values: tuple[str, ...] = tuple(to_string(from_raw(v)) for v in values)

    def __iter__(self) -> Iterator[str]:
        return iter(self.values)

    def __len__(self) -> int:
        return len(self.values)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, NodeSet) and other.values == self.values

    def __hash__(self) -> int:
        return hash(self.values)

    def __repr__(self) -> str:
        return f"NodeSet({list(self.values)!r})"


def as_nodeset(value: Value) -> NodeSet:
    """A reference's value as a node-set: itself, or the one node holding its string."""
    if isinstance(value, NodeSet):
        return value
    single = NodeSet.__new__(NodeSet)
    single.values = (to_string(value),)
    return single


Value = str | float | bool | NodeSet
"""What an expression evaluates to."""

NAN = math.nan
_XPATH_NUMBER = re.compile(r"\s*-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)\s*")


def from_raw(raw: object) -> Value:
    """Turn an answer as the session stores it into an XPath value.

    None is the empty string; ints become numbers; a select_multiple or rank list is its values
    joined by single spaces; a dict (matrix, attachment) is "" when empty, else its JSON with
    sorted keys, so that it is non-empty and stable.
    """
    kind = type(raw)
    if kind is str or kind is float or kind is bool:
        return raw  # type: ignore[return-value]
    if raw is None:
        return ""
    if isinstance(raw, NodeSet):
        return raw
    if isinstance(raw, int | float | Decimal):
        try:
            return float(raw)
        except OverflowError:  # an int beyond float range: XPath numbers saturate
            return math.inf if raw > 0 else -math.inf
    if isinstance(raw, str):
        return str(raw)
    if isinstance(raw, list | tuple):
        return " ".join(to_string(from_raw(item)) for item in raw)
    if isinstance(raw, Mapping):
        return json.dumps(raw, sort_keys=True, ensure_ascii=False, default=str) if raw else ""
    if isinstance(raw, dt.date | dt.time):
        return raw.isoformat()
    return str(raw)


def format_number(number: float) -> str:
    """XPath's number-to-string: "3" not "3.0", "NaN", "Infinity", and never an exponent."""
    if math.isnan(number):
        return "NaN"
    if math.isinf(number):
        return "Infinity" if number > 0 else "-Infinity"
    if number.is_integer():
        return str(int(number))
    text = repr(number)
    # repr is the shortest exact form; only very small or large values need un-exponenting.
    return format(Decimal(text), "f") if "e" in text else text


def to_string(value: Value) -> str:
    """XPath ``string()``."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return format_number(value)
    return value.values[0] if value.values else ""


def string_to_number(text: str) -> float:
    """A numeral, or days since the epoch for an ISO date/datetime (ODK); otherwise NaN."""
    if _XPATH_NUMBER.fullmatch(text):
        return float(text)
    moment = parse_iso(text)
    return to_days(moment) if moment is not None else NAN


def to_number(value: Value) -> float:
    """XPath ``number()``, extended as ODK does so that dates count in days."""
    if isinstance(value, float):
        return value
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, str):
        return string_to_number(value)
    return string_to_number(value.values[0]) if value.values else NAN


def to_boolean(value: Value) -> bool:
    """XPath ``boolean()``: "", 0, NaN and an empty node-set are false; "false" is true."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        return value != ""
    if isinstance(value, float):
        return not math.isnan(value) and value != 0.0
    return bool(value.values)


def members(value: Value) -> tuple[Value, ...]:
    """The values a node-set holds, or the single value itself (sum, max, join accept both)."""
    return value.values if isinstance(value, NodeSet) else (value,)
