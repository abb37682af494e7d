"""How the app names a form's languages: as their speakers write them."""

from __future__ import annotations

from PySide6.QtCore import QLocale

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
