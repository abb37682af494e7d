"""What an XLSForm import could not carry over, located by sheet, row and column."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Action = Literal["dropped", "converted", "ignored", "guessed"]


@dataclass(frozen=True)
class Finding:
    """One XLSForm feature without an exact equivalent, and what the import did with it."""

    sheet: str
    row: int | None
    """The spreadsheet row (1 is the header row); None for sheet-wide findings."""
    column: str | None
    feature: str
    action: Action
    detail: str
    """One sentence: what has no equivalent and what the form now does instead."""

    def line(self) -> str:
        place = self.sheet
        if self.row is not None:
            place += f" row {self.row}"
        if self.column:
            place += f" column {self.column}"
        return f"{place}: {self.feature}: {self.action}: {self.detail}"


@dataclass
class ImportReport:
    """Findings in the order met, sheet by sheet."""

    findings: list[Finding] = field(default_factory=list)

    def add(
        self,
        sheet: str,
        row: int | None,
        column: str | None,
        feature: str,
        action: Action,
        detail: str,
    ) -> None:
        self.findings.append(Finding(sheet, row, column, feature, action, detail))

    def lines(self) -> list[str]:
        order = {"settings": 0, "survey": 1, "choices": 2}
        ranked = sorted(
            self.findings, key=lambda f: (order.get(f.sheet, 3), f.row or 0, f.column or "")
        )
        return [finding.line() for finding in ranked]

    def summary(self) -> str:
        count = len(self.findings)
        if not count:
            return "every XLSForm feature was imported"
        noun = "feature" if count == 1 else "features"
        return f"{count} XLSForm {noun} without an exact equivalent (see --report)"
