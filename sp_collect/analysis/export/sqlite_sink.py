"""SQLite export written with sqlite-utils: typed tables with foreign keys and full-text search.

The database is built in a file beside the target and renamed over it when complete; SQLite's
scratch space is kept in memory, so nothing is written anywhere else.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import sqlite_utils

from sp_collect.analysis.export.staging import check_file_target, discard, partial_path, publish
from sp_collect.analysis.export.tables import Table

TOKENIZER = "unicode61 remove_diacritics 2"
"""Full-text search that finds "developpement" in "développement" (French, Spanish answers)."""
BATCH = 2000
"""Rows buffered per table before an insert: bounded memory, few statements."""


class SqliteSink:
    def __init__(self, target: Path) -> None:
        check_file_target(target)
        self._target = target
        self._partial = partial_path(target)
        self._connection = sqlite3.connect(self._partial)
        # The partial file is thrown away if anything fails, so no journal or fsync is needed
        # until the finished file is flushed once in publish().
        for pragma in ("journal_mode = OFF", "synchronous = OFF", "temp_store = MEMORY"):
            self._connection.execute(f"PRAGMA {pragma}")
        self._db = sqlite_utils.Database(self._connection)
        self._tables: dict[str, Table] = {}
        self._pending: dict[str, list[Sequence[Any]]] = {}

    def add_table(self, table: Table) -> None:
        self._db.table(table.name).create(
            {column.name: column.type for column in table.columns},
            pk=table.primary_key,
            foreign_keys=list(table.foreign_keys),
        )
        self._tables[table.name] = table
        self._pending[table.name] = []

    def write(self, table: str, row: Sequence[Any]) -> None:
        pending = self._pending[table]
        pending.append(row)
        if len(pending) >= BATCH:
            self._flush(table)

    def commit(self) -> list[Path]:
        for name in self._tables:
            self._flush(name)
        for table in self._tables.values():
            handle = self._db.table(table.name)
            for column, _other, _other_column in table.foreign_keys:
                handle.create_index([column])
            if table.searchable:
                handle.enable_fts(table.searchable, tokenize=TOKENIZER)
        self._connection.commit()
        self._connection.close()
        publish(self._partial, self._target)
        return [self._target]

    def abort(self) -> None:
        self._connection.close()
        discard([self._partial])

    def _flush(self, name: str) -> None:
        pending = self._pending[name]
        if pending:
            table = self._tables[name]
            self._db.table(name).insert_all([table.column_names, *pending])
            pending.clear()
