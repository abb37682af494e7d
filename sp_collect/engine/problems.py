"""The Problem record every form check reports: a code, a JSON pointer, a sentence, a severity."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or doubtful, for a warning) in a form definition."""

    code: str
    pointer: str
    """JSON pointer into the form file, e.g. ``/items/3/items/0/type``; ``""`` is the whole form."""
    message: str
    severity: Severity = "error"
    source: str | None = None
    """The file the form came from, when known."""

    def located(self, source: str) -> Problem:
        return replace(self, source=source)

    def line(self) -> str:
        """``FILE: /pointer: message``, warnings prefixed ``warning:``, as ``forms validate``
        prints them."""
        text = f"{self.pointer or '/'}: {self.message}"
        if self.source:
            text = f"{self.source}: {text}"
        return f"warning: {text}" if self.severity == "warning" else text
