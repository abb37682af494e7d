"""What an XLSForm import could not carry over, located by sheet, row and column."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Literal

Action = Literal["dropped", "converted", "ignored", "guessed"]
Loss = Literal["question", "expression", "text", "choice", "choices"]
"""What a finding took away from the form's meaning (None: the form means the same)."""
_LOSS_NOUNS = {
    "question": ("question", "questions"),
    "expression": ("expression", "expressions"),
    "text": ("text", "texts"),
    "choice": ("choice", "choices"),
    "choices": ("choice list", "choice lists"),
}


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
    lost: Loss | None = None

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
        *,
        lost: Loss | None = None,
    ) -> None:
        self.findings.append(Finding(sheet, row, column, feature, action, detail, lost))

    def losses(self) -> Counter[str]:
        """How many questions, expressions, texts and choice lists the form lost."""
        return Counter(f.lost for f in self.findings if f.lost is not None)

    def headline(self) -> str | None:
        """One sentence for the top of the report when the form lost part of its meaning."""
        losses = self.losses()
        if not losses:
            return None
        parts = [
            f"{count} {_LOSS_NOUNS[kind][count != 1]}"
            for kind, count in sorted(losses.items(), key=lambda kv: list(_LOSS_NOUNS).index(kv[0]))
        ]
        return (
            f"WARNING: the form lost {', '.join(parts)} in the import; the lines marked "
            "'dropped' say which and why"
        )

    def lines(self) -> list[str]:
        """The headline (if anything was lost), then every finding by sheet and row."""
        order = {"settings": 0, "survey": 1, "choices": 2}
        ranked = sorted(
            self.findings, key=lambda f: (order.get(f.sheet, 3), f.row or 0, f.column or "")
        )
        headline = self.headline()
        return ([headline] if headline else []) + [finding.line() for finding in ranked]

    def summary(self) -> str:
        count = len(self.findings)
        if not count:
            return "every XLSForm feature was imported"
        noun = "feature" if count == 1 else "features"
        text = f"{count} XLSForm {noun} without an exact equivalent (see --report)"
        headline = self.headline()
        return f"{headline}; {text}" if headline else text
