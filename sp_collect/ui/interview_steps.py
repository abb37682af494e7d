"""Interview mode's walk through a section: which rows are steps, which headers frame a step,
and when Next leaves the last entry of a repeat (the moment to offer another entry).

Pure functions over the page's row order and prompts: no Qt, tested on their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from sp_collect.engine.prompts import Prompt

_INSTANCE = re.compile(r"^(?P<repeat>.+)\[(?P<index>\d+)\]$")


def steps(order: Iterable[str], prompts: Mapping[str, Prompt]) -> list[str]:
    """Visible questions in order; a repeat's own row (its Add button) only while it has no
    entry, so an existing entry opens at its first question."""
    found = []
    for path in order:
        prompt = prompts[path]
        if not prompt.visible or prompt.type in ("section", "repeat_instance"):
            continue
        if prompt.type == "repeat":
            state = prompt.repeat
            if state is None or state.count > 0 or not state.can_add:
                continue
        found.append(path)
    return found


def frame(path: str, headers: Iterable[str]) -> list[str]:
    """The entry titles (with Remove) a question sits in, outermost first."""
    return sorted((h for h in headers if path.startswith(h + ".")), key=len)


def leaving_repeat(
    current: str | None, following: str | None, prompts: Mapping[str, Prompt]
) -> str | None:
    """The repeat whose last entry Next leaves (going from ``current`` to ``following``), when
    one more entry may be added; None otherwise. The innermost repeat is asked about first."""
    if current is None:
        return None
    for header in reversed(frame(current, prompts)):
        match = _INSTANCE.match(header)
        if match is None or (following is not None and following.startswith(header + ".")):
            continue
        repeat = prompts.get(match["repeat"])
        state = repeat.repeat if repeat is not None else None
        if state is not None and int(match["index"]) == state.count - 1 and state.can_add:
            return match["repeat"]
        return None
    return None


def landing_after_removal(
    repeat: str, index: int, walk: list[str], prompts: Mapping[str, Prompt]
) -> str | None:
    """Where an interview goes after entry ``index`` of ``repeat`` was removed: the first
    question of the entry now in its place (or of the last one), else the repeat's Add row."""
    state = prompts[repeat].repeat if repeat in prompts else None
    count = state.count if state is not None else 0
    if count:
        entry = f"{repeat}[{min(index, count - 1)}]."
        first = next((path for path in walk if path.startswith(entry)), None)
        if first is not None:
            return first
    if repeat in walk:
        return repeat
    return walk[0] if walk else None
