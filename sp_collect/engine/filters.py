"""Choice filters: ODK writes choice columns as bare names (``country = ${s1_01}``).

The expression grammar knows only ``${name}`` references, so a filter's bare names are rewritten
to references with a reserved prefix before compiling; the session resolves those to the
columns of the choice being tested.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sp_collect.engine.model import Choice

COLUMN_PREFIX = "_choice."
"""``${_choice.country}`` is the ``country`` column of the choice being filtered."""
VALUE_COLUMNS = frozenset({"name", "value"})
"""Bare names that mean the choice's own value (XLSForm calls it ``name``)."""

_KEYWORDS = frozenset({"and", "or", "div", "mod"})
_TOKEN = re.compile(
    r"""(?P<skip>'[^']*'|"[^"]*"|\$\{[^}]*\})"""
    r"|(?P<name>(?<![A-Za-z0-9_.\-:])[A-Za-z_][A-Za-z0-9_\-]*(?![A-Za-z0-9_\-:]))"
    r"(?P<call>\s*\()?"
)


def rewrite_choice_filter(text: str) -> str:
    """``country = ${q}`` → ``${_choice.country} = ${q}``; strings, refs and calls unchanged."""
    return map_columns(text, lambda name: "${" + COLUMN_PREFIX + name + "}")


def map_columns(text: str, replace: Callable[[str], str]) -> str:
    """The filter with each bare column name ``name`` written as ``replace(name)``."""

    def replaced(match: re.Match[str]) -> str:
        name = match.group("name")
        if name is None or match.group("call") or name in _KEYWORDS:
            return match.group(0)
        return replace(name)

    return _TOKEN.sub(replaced, text)


def column_of(reference: str) -> str | None:
    """The choice column a rewritten reference names, or None for a question reference."""
    return reference[len(COLUMN_PREFIX) :] if reference.startswith(COLUMN_PREFIX) else None


def column_value(choice: Choice, column: str) -> object:
    """The ``column`` of ``choice`` as a filter reads it (``name`` and ``value``: its value)."""
    if column in VALUE_COLUMNS:
        return choice.value
    return (choice.model_extra or {}).get(column)  # extra_columns(), uncopied
