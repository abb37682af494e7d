"""What the form view needs from a FormSession, and how it names the form's languages."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QLocale

from sp_collect.engine.compiled import CompiledForm
from sp_collect.engine.prompts import AnswerResult, Issue, Prompt, SectionInfo


class SessionLike(Protocol):
    """The part of ``sp_collect.engine.FormSession`` the form view calls."""

    @property
    def form(self) -> CompiledForm: ...

    @property
    def language(self) -> str: ...

    @property
    def finalized(self) -> bool: ...

    def answer(self, path: str, value: Any, reason: str | None = None) -> AnswerResult: ...

    def value(self, path: str) -> Any: ...

    def prompts(self, section: str | None = None) -> list[Prompt]: ...

    def sections(self) -> list[SectionInfo]: ...

    def errors(self) -> list[Issue]: ...

    def add_repeat(self, path: str) -> Any: ...

    def remove_repeat(self, path: str, index: int) -> Any: ...

    def move_repeat(self, path: str, index: int, to: int) -> None: ...

    def set_language(self, code: str) -> None: ...

    def enter(self, path: str) -> None: ...

    def leave(self, path: str) -> None: ...


# Qt names a language by its default country's variant ("American English", "español de
# España"); the study's languages get their plain names, others fall back to Qt's.
_PLAIN_NAMES = {
    "en": "English",
    "fr": "Français",
    "nl": "Nederlands",
    "es": "Español",
    "ht": "Kreyòl ayisyen",
}


def language_name(code: str) -> str:
    """A language as its speakers write it ("Français", "Nederlands"), else its code."""
    if code in _PLAIN_NAMES:
        return _PLAIN_NAMES[code]
    locale = QLocale(code)
    name = locale.nativeLanguageName()
    if not name or locale.language() == QLocale.Language.C:
        return code
    return name[:1].upper() + name[1:]
