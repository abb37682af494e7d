"""What every export format writes: tables of typed columns, and the sink protocol they go to."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

ColumnType = type[str] | type[int] | type[float]


@dataclass(frozen=True)
class Column:
    """One column, with what the codebook says about it."""

    name: str
    type: ColumnType = str
    question: str = ""
    """The question id the column comes from ("" for keys and response metadata)."""
    kind: str = "metadata"
    """The question type, ``choice`` for a 0/1 select_multiple column, or ``key``/``metadata``."""
    label: str = ""
    choices: str = ""
    """``value=label`` pairs in the export language, joined by `` | ``."""
    open_ended: bool = False
    """Free text: indexed for full-text search in the SQLite export."""


@dataclass(frozen=True)
class Table:
    """A table's shape; rows are tuples in column order."""

    name: str
    columns: tuple[Column, ...]
    primary_key: str | None = None
    foreign_keys: tuple[tuple[str, str, str], ...] = ()
    """(column, other table, other column)."""

    @property
    def column_names(self) -> list[str]:
        return [column.name for column in self.columns]

    @property
    def searchable(self) -> list[str]:
        return [column.name for column in self.columns if column.open_ended]


class Sink(Protocol):
    """Where rows go. Nothing is visible at the target until :meth:`commit`."""

    def add_table(self, table: Table) -> None:
        """Declare a table; its parents (foreign keys) are declared first."""

    def write(self, table: str, row: Sequence[Any]) -> None: ...

    def commit(self) -> list[Path]:
        """Finish every file and move it into place; returns the files written."""
        ...

    def abort(self) -> None:
        """Remove everything written so far (after an error or a cancel)."""
