"""XLSX export: one sheet per table, streamed with openpyxl's write-only mode.

openpyxl streams each write-only sheet through a scratch file in the system temp folder; ours
are kept in the target's own folder instead, so exported answers go nowhere the user did not
choose, and are removed on error like the workbook itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.worksheet import _writer as sheet_writer
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from sp_collect.analysis.export.staging import check_file_target, discard, partial_path, publish
from sp_collect.analysis.export.tables import Table
from sp_collect.errors import UsageError

MAX_ROWS = 1_048_576
"""Excel's rows per sheet, the header included."""


class _SheetBesideTarget(WriteOnlyWorksheet):
    """A write-only sheet whose scratch file lives beside the export target."""

    def __init__(self, parent: Workbook, title: str, scratch: Path) -> None:
        super().__init__(parent, title)
        self._scratch = scratch

    def _get_writer(self) -> None:
        if self._writer is None:
            # openpyxl deletes the scratch file after saving and expects it in its own list.
            sheet_writer.ALL_TEMP_FILES.append(str(self._scratch))
            self._writer = sheet_writer.WorksheetWriter(self, out=str(self._scratch))
            self._writer.write_top()


class XlsxSink:
    def __init__(self, target: Path) -> None:
        check_file_target(target)
        self._target = target
        self._partial = partial_path(target)
        self._book = Workbook(write_only=True)
        self._sheets: dict[str, _SheetBesideTarget] = {}
        self._rows: dict[str, int] = {}
        self._scratch: list[Path] = []

    def add_table(self, table: Table) -> None:
        scratch = partial_path(self._target.with_name(f"{self._target.name}.{table.name}"))
        self._scratch.append(scratch)
        sheet = _SheetBesideTarget(self._book, table.name, scratch)
        self._book._add_sheet(sheet)
        sheet.append(table.column_names)
        self._sheets[table.name] = sheet
        self._rows[table.name] = 1

    def write(self, table: str, row: Sequence[Any]) -> None:
        self._rows[table] += 1
        if self._rows[table] > MAX_ROWS:
            raise UsageError(
                f"table {table} has more rows than a spreadsheet holds ({MAX_ROWS - 1:,}); "
                "export to CSV or SQLite instead, or one form at a time",
                code="export_too_large",
            )
        self._sheets[table].append([_cell(value) for value in row])

    def commit(self) -> list[Path]:
        self._book.save(self._partial)
        publish(self._partial, self._target)
        return [self._target]

    def abort(self) -> None:
        for sheet in self._sheets.values():
            if not sheet.closed:
                sheet.close()  # ends its XML stream and releases the scratch file
        discard([self._partial, *self._scratch])
        for path in map(str, self._scratch):
            if path in sheet_writer.ALL_TEMP_FILES:
                sheet_writer.ALL_TEMP_FILES.remove(path)


def _cell(value: Any) -> Any:
    # Control characters make an invalid workbook; a typed answer may hold some.
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value
