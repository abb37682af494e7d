"""CSV export: one UTF-8 file per table in the chosen folder, rows written as they come."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from sp_collect.analysis.export.staging import discard, partial_path, publish
from sp_collect.analysis.export.tables import Table
from sp_collect.errors import UsageError


class CsvSink:
    def __init__(self, folder: Path) -> None:
        if folder.exists() and not folder.is_dir():
            raise UsageError(
                f"{folder} is a file; CSV export writes one file per table into a folder",
                code="export_target",
            )
        folder.mkdir(parents=True, exist_ok=True)
        self._folder = folder
        self._files: dict[str, tuple[IO[str], Any, Path, Path]] = {}

    def add_table(self, table: Table) -> None:
        target = self._folder / f"{table.name}.csv"
        partial = partial_path(target)
        handle = partial.open("w", encoding="utf-8", newline="")
        writer = csv.writer(handle)
        writer.writerow(table.column_names)
        self._files[table.name] = (handle, writer, partial, target)

    def write(self, table: str, row: Sequence[Any]) -> None:
        self._files[table][1].writerow(row)

    def commit(self) -> list[Path]:
        for handle, _writer, _partial, _target in self._files.values():
            handle.close()
        for _handle, _writer, partial, target in self._files.values():
            publish(partial, target)
        return [target for *_rest, target in self._files.values()]

    def abort(self) -> None:
        for handle, *_rest in self._files.values():
            handle.close()
        discard([partial for _h, _w, partial, _t in self._files.values()])
