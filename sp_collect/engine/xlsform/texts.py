"""Translated texts: pyxform's ``{"English (en)": …}`` dicts → ours keyed by language code."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from sp_collect.engine.xlsform.languages import language_code
from sp_collect.engine.xlsform.report import ImportReport

DEFAULT = "default"
"""pyxform's name for texts in a column without ``::language``."""
_TEXT_KEYS = ("label", "hint", "guidance_hint", "jr:constraintMsg", "jr:requiredMsg")


class Texts:
    """The form's languages and the conversion of every text to them."""

    def __init__(self, survey: dict[str, Any], report: ImportReport) -> None:
        names = list(dict.fromkeys(_language_names(survey)))
        self.codes: dict[str, str] = {}
        for name in names:
            if name != DEFAULT:
                self.codes[name] = _code_for(name, report)
        declared = survey.get("default_language") or DEFAULT
        if declared != DEFAULT:
            self.default = self.codes.get(declared) or _code_for(declared, report)
        elif self.codes:
            self.default = next(iter(self.codes.values()))
            if DEFAULT not in names:
                report.add(
                    "settings",
                    None,
                    "default_language",
                    "default_language",
                    "guessed",
                    f"no default language is set; the first one used, '{self.default}', is taken",
                )
        else:
            self.default = "en"
        self.codes[DEFAULT] = self.default
        self.languages = list(dict.fromkeys([self.default, *self.codes.values()]))

    def text(self, value: Any) -> str | dict[str, str] | None:
        """A text in our format; a plain string stays a string (the default language)."""
        if value is None or value == "":
            return None
        if not isinstance(value, dict):
            return str(value)
        out: dict[str, str] = {}
        # Named languages first so a ``default`` column never overwrites an explicit one.
        for name, text in sorted(value.items(), key=lambda kv: kv[0] == DEFAULT):
            code = self.codes.get(name, self.default)
            if isinstance(text, str) and text and code not in out:
                out[code] = text
        return out or None


def _code_for(name: str, report: ImportReport) -> str:
    code, guessed = language_code(name)
    if not guessed and code is not None:
        return code
    if code is None:
        letters = re.sub(r"[^a-z]", "", name.lower())[:2]
        code = letters if len(letters) == 2 else "xx"
        detail = (
            f"'{name}' has no (code); it was given the code '{code}': write '{name} (xx)' "
            "with the right code in the column names"
        )
    else:
        detail = f"'{name}' has no (code); '{code}' was taken from its name"
    report.add("survey", None, f"label::{name}", "language", "guessed", detail)
    return code


def _language_names(node: Any) -> Iterator[str]:
    """Every language name used by a text in the survey, in form order."""
    if isinstance(node, list):
        for entry in node:
            yield from _language_names(entry)
        return
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        if key in _TEXT_KEYS and isinstance(value, dict):
            yield from value
        elif isinstance(value, dict | list):
            yield from _language_names(value)
