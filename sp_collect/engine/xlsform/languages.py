"""Language codes from pyxform's language names: ``"English (en)"`` → ``en``."""

from __future__ import annotations

import re
import unicodedata

_CODE_IN_NAME = re.compile(r"\(([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)?)\)\s*$")
_KNOWN_NAMES = {
    "english": "en",
    "anglais": "en",
    "french": "fr",
    "francais": "fr",
    "dutch": "nl",
    "nederlands": "nl",
    "spanish": "es",
    "espanol": "es",
    "castellano": "es",
    "haitian creole": "ht",
    "haitian": "ht",
    "kreyol": "ht",
    "kreyol ayisyen": "ht",
    "creole": "ht",
    "papiamentu": "pap",
    "papiamento": "pap",
    "portuguese": "pt",
    "portugues": "pt",
    "hindi": "hi",
}


def language_code(name: str) -> tuple[str | None, bool]:
    """The code a pyxform language name stands for, and whether it was guessed from the name.

    ``(None, True)`` when the name is neither ``Name (code)`` nor a language we know.
    """
    found = _CODE_IN_NAME.search(name)
    if found:
        return found.group(1).lower(), False
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    plain = " ".join(plain.replace("-", " ").split())
    if re.fullmatch(r"[a-z]{2,3}", plain):
        return plain, False
    return _KNOWN_NAMES.get(plain), True
