"""View-models the session hands to its shells: frozen, already translated, already filtered.

This is the contract between :class:`sp_collect.engine.session.FormSession` and every renderer
(the Qt widgets, the CLI, the PDF of a response). Renderers never evaluate logic: they show a
``Prompt`` and report an edit with ``FormSession.answer(prompt.path, value)``.

Answer values are plain JSON values, the same in the database, bundles and ``responses add``:

=================  ===============================================================
type               value
=================  ===============================================================
text               ``str``
integer            ``int``
decimal            ``float`` (an ``int`` is accepted)
select_one         ``str`` (a choice value)
select_multiple    ``list[str]`` of choice values, in choice order
rank               ``list[str]``: every choice value, most important first
date               ``"YYYY-MM-DD"``
time               ``"HH:MM"`` or ``"HH:MM:SS"``
datetime           ISO 8601 with offset, ``"2026-11-23T16:40:00+00:00"``
geopoint           ``"lat lon"`` or ``"lat lon altitude accuracy"`` (decimal degrees)
file/image/audio/  ``{"sha256": hex, "name": str, "media_type": str, "size": int}``: the
signature          attachment itself is stored by the workspace, content-addressed
matrix             ``dict[row value, column value]``
calculate          ``str`` or number, computed by the session (read-only)
=================  ===============================================================

``None`` means "no answer". A select with ``or_other`` gets a companion text answer at
``<path>_other``, shown (and required) while ``other`` is selected.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal


@dataclass(frozen=True)
class ChoiceOption:
    value: str
    label: str


@dataclass(frozen=True)
class RepeatState:
    """For a ``repeat`` prompt: how many instances exist and whether one may be added/removed."""

    count: int
    min: int
    max: int | None
    fixed: bool
    """True when ``repeat_count`` decides the number of instances (no add/remove buttons)."""

    @property
    def can_add(self) -> bool:
        return not self.fixed and (self.max is None or self.count < self.max)

    @property
    def can_remove(self) -> bool:
        return not self.fixed and self.count > self.min


@dataclass(frozen=True)
class Prompt:
    """One renderable thing: a question, a note, a section or repeat header, a repeat instance."""

    path: str
    """``s2_02``, or inside repeats ``work_history[0].country``; unique in the response."""
    id: str
    type: str
    label: str
    """In the session language, with ``${name}`` piping already applied."""
    hint: str = ""
    appearance: str | None = None
    value: Any = None
    visible: bool = True
    required: bool = False
    readonly: bool = False
    error: str | None = None
    """The message a user sees now (failed constraint, missing required answer), else None."""
    choices: tuple[ChoiceOption, ...] = ()
    """Select/rank choices after ``choice_filter``; matrix columns."""
    rows: tuple[ChoiceOption, ...] = ()
    """Matrix rows."""
    depth: int = 0
    """Nesting level (sections and repeat instances), for indentation."""
    repeat: RepeatState | None = None
    instance: int | None = None
    """For ``type == "repeat_instance"``: the 0-based index of the instance it heads."""
    tags: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Blank:
    """A question (or repeat) a filler may answer now: what synthetic data needs of a prompt,
    built without the labels, hints and errors a person reads."""

    path: str
    id: str
    type: str
    required: bool = False
    appearance: str | None = None
    choices: tuple[ChoiceOption, ...] = ()
    rows: tuple[ChoiceOption, ...] = ()
    repeat: RepeatState | None = None


@dataclass(frozen=True)
class SectionInfo:
    """A page in the section navigator, with its completion and error badges."""

    id: str
    label: str
    visible: bool
    answered: int
    total: int
    errors: int


@dataclass(frozen=True)
class Issue:
    """One entry of the review list: a missing required answer or a failed constraint."""

    path: str
    section: str
    label: str
    kind: Literal["required", "constraint", "type"]
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True)
class AnswerResult:
    """What ``FormSession.answer`` did; the answer is kept even when it is not valid."""

    ok: bool
    status: Literal["ok", "required", "constraint", "type", "readonly", "unknown"]
    message: str | None = None
    changed: frozenset[str] = frozenset()
    """Paths whose value, visibility, label, choices or error changed: refresh just these."""
