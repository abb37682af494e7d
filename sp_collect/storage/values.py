"""How values are stored: canonical JSON text, its SHA-256, and UTC timestamps as ISO text."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from sp_collect.errors import WorkspaceError

MAX_INTEGER = 2**31 - 1
"""The largest revision or sequence number both databases store (PostgreSQL's ``integer``)."""


def dumps(value: Any) -> str:
    """Canonical JSON (sorted keys, no spaces), so equal values give equal text and hashes.

    Strict: NaN, infinities and non-JSON objects are refused rather than stored as text that
    other JSON readers (PostgreSQL, exports) would reject.
    """
    try:
        return json.dumps(
            value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
        )
    except (TypeError, ValueError) as exc:
        raise WorkspaceError(
            f"a value cannot be stored because it is not plain JSON ({exc})",
            code="value_not_json",
        ) from None


def loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def now() -> str:
    """UTC, microseconds, ISO 8601: sorts as text on SQLite and PostgreSQL alike."""
    return datetime.now(UTC).isoformat(timespec="microseconds")
