"""Texts in several languages: the one piece of the form model that listings need, in a module
of its own so that showing a form's title does not load pydantic and the form model."""

from __future__ import annotations

Text = str | dict[str, str]
"""A text is a string in the form's default language, or an object keyed by language code."""


def text_in(text: Text | None, language: str, default_language: str) -> str:
    """A text in ``language``, falling back to the default language, then to any translation."""
    if text is None:
        return ""
    if isinstance(text, str):
        return text
    return text.get(language) or text.get(default_language) or next(iter(text.values()), "")
