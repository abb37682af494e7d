"""How values are stored: canonical JSON text, its SHA-256, and UTC timestamps as ISO text."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any


def dumps(value: Any) -> str:
    """Canonical JSON (sorted keys, no spaces), so equal values give equal text and hashes."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def now() -> str:
    """UTC, microseconds, ISO 8601: sorts as text on SQLite and PostgreSQL alike."""
    return datetime.now(UTC).isoformat(timespec="microseconds")
