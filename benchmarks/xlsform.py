"""XLSForm import speed: converting a 1,000-row XLSForm (pyxform's check included).

The workbook has groups of ten rows (text, integer with a constraint, select_one, select_multiple
with a relevant, a calculate, a date, a note with ${…}; relative paths to names used in every
group), a repeat with a counted roster, and a
choices sheet; names repeat across groups as XLSForm allows.
Run: ``.venv/bin/python benchmarks/xlsform.py``.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from openpyxl import Workbook

from sp_collect.engine.xlsform import import_xlsform

ROWS = 1000
TARGET_S = 2.0


def survey_rows(count: int) -> list[list[str]]:
    header = ["type", "name", "label", "relevant", "constraint", "calculation", "repeat_count"]
    rows: list[list[str]] = [header]
    group = 0
    while len(rows) - 1 < count - 12:
        group += 1
        rows += [
            ["begin group", f"g{group}", f"Part {group}", "", "", "", ""],
            ["text", f"name{group}", "Name", "", "", "", ""],
            ["integer", "age", "Age", "", ". >= 0 and . < 120", "", ""],
            ["select_one yn", "works", "Works?", "", "", "", ""],
            ["select_multiple crops", "crops", "Crops", "../works = 'yes'", "", "", ""],
            ["calculate", "twice", "", "", "", "../age * 2", ""],
            ["date", "seen", "Seen on", "", ". <= today()", "", ""],
            ["note", f"summary{group}", f"${{name{group}}}", "", "", "", ""],
            ["end group", "", "", "", "", "", ""],
        ]
    rows += [["text", f"extra{i}", "Extra", "", "", "", ""] for i in range(count - 3 - len(rows))]
    rows += [
        ["integer", "members", "Household members", "", ". < 30", "", ""],
        ["begin repeat", "roster", "Member", "", "", "", "${members}"],
        ["text", "who", "Who", "", "", "", ""],
        ["end repeat", "", "", "", "", "", ""],
    ]
    return rows


def write_workbook(path: Path, count: int) -> int:
    workbook = Workbook()
    sheets = {
        "survey": survey_rows(count),
        "choices": [
            ["list_name", "name", "label"],
            ["yn", "yes", "Yes"],
            ["yn", "no", "No"],
            *[["crops", f"c{i}", f"Crop {i}"] for i in range(20)],
        ],
        "settings": [["form_id", "version"], ["bench", "1"]],
    }
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return len(sheets["survey"]) - 1


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.xlsx"
        rows = write_workbook(path, ROWS)
        timings = []
        for _ in range(3):
            start = time.perf_counter()
            result = import_xlsform(path)
            timings.append(time.perf_counter() - start)
        assert not result.report.losses(), result.report.lines()[:3]
    print(f"import a {rows}-row XLSForm: {min(timings):.2f} s (target < {TARGET_S} s)")
    assert min(timings) < TARGET_S


if __name__ == "__main__":
    main()
