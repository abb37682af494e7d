"""How values are stored: canonical JSON text, its SHA-256, and UTC timestamps as ISO text."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

import orjson

from sp_collect.errors import WorkspaceError

MAX_INTEGER = 2**31 - 1
"""The largest revision or sequence number both databases store (PostgreSQL's ``integer``)."""


def dumps(value: Any) -> str:
    """Canonical JSON (sorted keys, no spaces), so equal values give equal text and hashes.

    Strict: NaN, infinities and non-JSON objects are refused rather than stored as text that
    other JSON readers (PostgreSQL, exports) would reject.
    """
    if _same_in_orjson(value):
        # Several times faster, and byte for byte the text below (tests/storage/test_values.py);
        # orjson refuses what it cannot write alike (huge integers, deep nesting, surrogates).
        try:
            return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode()
        except orjson.JSONEncodeError:
            pass
    try:
        return json.dumps(
            value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
        )
    except (TypeError, ValueError) as exc:
        raise WorkspaceError(
            f"a value cannot be stored because it is not plain JSON ({exc})",
            code="value_not_json",
        ) from None


def _same_in_orjson(value: Any) -> bool:
    """Whether orjson writes ``value`` exactly as ``json.dumps`` would, if it writes it at all.

    Only plain JSON types qualify, and floats that ``repr`` writes without an exponent (orjson
    writes 1e-05 as 0.00001); NaN and the infinities fail the range test (orjson writes null).
    """
    pending = [value]
    while pending:
        item = pending.pop()
        kind = type(item)
        if kind is str or kind is int or kind is bool or item is None:
            continue
        if kind is float:
            if not (_PLAIN_FLOAT_LOW <= abs(item) < _PLAIN_FLOAT_HIGH or item == 0.0):
                return False
        elif kind is dict:
            pending.extend(item.values())  # keys: orjson refuses any but str
        elif kind is list:
            pending.extend(item)
        else:
            return False
    return True


_PLAIN_FLOAT_LOW = 1e-4
_PLAIN_FLOAT_HIGH = 1e16
"""``repr`` writes a float in this range (or zero) without an exponent."""


def loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def now() -> str:
    """UTC, microseconds, ISO 8601: sorts as text on SQLite and PostgreSQL alike."""
    return datetime.now(UTC).isoformat(timespec="microseconds")
