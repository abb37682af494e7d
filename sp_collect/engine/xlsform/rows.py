"""Where each survey element and choice sits in the spreadsheet, for located findings."""

from __future__ import annotations

import re
from collections import defaultdict, deque
from typing import Any

from pyxform.xls2json_backends import DefinitionData

HEADER_ROWS = 1
"""Data rows start on spreadsheet row 2; pyxform keeps empty rows, so indexes stay true."""
SETTINGS_ROW = 1 + HEADER_ROWS
_CLOSING = re.compile(r"^\s*end[\s_]*(group|repeat|loop)\b", re.IGNORECASE)
"""``end group x`` rows repeat the name of the group they close; they are no element."""
"""The settings sheet has one row of values."""


class Rows:
    """Spreadsheet rows by survey name (in form order) and by (list_name, choice name)."""

    def __init__(self, sheets: DefinitionData) -> None:
        self._survey: dict[str, deque[tuple[int, dict[str, Any]]]] = defaultdict(deque)
        for index, row in enumerate(sheets.survey or ()):
            name = row.get("name")
            if name and not _CLOSING.match(str(row.get("type") or "")):
                self._survey[name].append((index + 1 + HEADER_ROWS, row))
        self._choices: dict[tuple[str, str], int] = {}
        for index, row in enumerate(sheets.choices or ()):
            key = (str(row.get("list_name", "")), str(row.get("name", "")))
            self._choices.setdefault(key, index + 1 + HEADER_ROWS)
        self.settings: dict[str, Any] = dict((sheets.settings or [{}])[0] or {})

    def take(self, name: str) -> tuple[int, dict[str, Any]] | None:
        """The next unclaimed row named ``name``; None for elements pyxform generated."""
        queue = self._survey.get(name)
        return queue.popleft() if queue else None

    def choice(self, list_name: str, value: str) -> int | None:
        return self._choices.get((list_name, value))
