"""Small pieces of form-view state: which problems to show yet, and the undo history."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from sp_collect.engine.prompts import Issue, Prompt


@dataclass
class Attention:
    """Holds back "requires an answer" until the user has been to the question or to the
    review: a fresh form all in red tells nobody anything. Failed constraints always show."""

    touched: set[str] = field(default_factory=set)
    reviewed: bool = False

    def touch(self, path: str) -> bool:
        """Note a visit; True when it is the first one (its problems may now show)."""
        first = path not in self.touched
        self.touched.add(path)
        return first

    def loud(self, issue: Issue) -> bool:
        return issue.kind != "required" or self.reviewed or issue.path in self.touched

    def quiet(self, prompt: Prompt) -> Prompt:
        """The prompt as the page shows it now."""
        untouched = prompt.path not in self.touched and not self.reviewed
        if prompt.error and prompt.required and prompt.value is None and untouched:
            return replace(prompt, error=None)
        return prompt


@dataclass
class UndoHistory:
    """Previous values to take back; consecutive edits of one question count as one, so
    typing a word is undone as a word, not a keystroke."""

    entries: list[tuple[str, Any]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.entries)

    def record(self, path: str, previous: Any) -> None:
        if not self.entries or self.entries[-1][0] != path:
            self.entries.append((path, previous))

    def pop(self) -> tuple[str, Any]:
        return self.entries.pop()

    def forget_under(self, repeat_path: str) -> None:
        """Drop entries inside a removed repeat: their paths now name other answers."""
        prefix = f"{repeat_path}["
        self.entries = [(p, v) for p, v in self.entries if not p.startswith(prefix)]
