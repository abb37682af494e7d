"""Translated texts: pyxform's ``{"English (en)": …}`` dicts → ours keyed by language code."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from sp_collect.engine.xlsform.languages import ascii_name as _ascii
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
                self.codes[name] = _code_for(name, report, set(self.codes.values()))
        self.filled: dict[str, int] = {}
        """Texts without a default-language version, by the language shown instead."""
        declared = str(survey.get("default_language") or DEFAULT)
        if declared != DEFAULT:
            self.default = _declared(declared, self.codes, report)
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
        if out and self.default not in out:
            # Shown in another language rather than not at all (as ODK Collect does).
            source = next(iter(out))
            out = {self.default: out[source], **out}
            self.filled[source] = self.filled.get(source, 0) + 1
        return out or None

    def report_fallbacks(self, report: ImportReport) -> None:
        """One finding per language that stands in for missing default-language texts."""
        for code, count in self.filled.items():
            noun = "text has" if count == 1 else "texts have"
            report.add(
                "survey",
                None,
                "label",
                "default_language",
                "converted",
                f"{count} {noun} no version in the default language '{self.default}'; the "
                f"'{code}' version is shown instead: add the missing translations",
            )


def _declared(declared: str, codes: dict[str, str], report: ImportReport) -> str:
    """The code of the default_language setting, matched to a language the texts use."""
    if declared in codes:
        return codes[declared]
    code, _guessed = language_code(declared)
    if code is not None and code in codes.values():
        return code
    plain = declared.split("(", maxsplit=1)[0].strip().lower()
    for name, known in codes.items():
        if name.split("(")[0].strip().lower() == plain:
            return known
    if codes:
        first = next(iter(codes.values()))
        report.add(
            "settings",
            None,
            "default_language",
            "default_language",
            "guessed",
            f"the default language '{declared}' is not used by any text; '{first}' is taken",
        )
        return first
    return _code_for(declared, report, set())


def _code_for(name: str, report: ImportReport, taken: set[str]) -> str:
    code, guessed = language_code(name)
    if not guessed and code is not None:
        return code
    if code is None:
        letters = re.sub(r"[^a-z]", "", _ascii(name))[:2]
        base = letters if len(letters) == 2 else "und"
        code, counter = base, 2
        while code in taken:
            code, counter = f"{base}-x{counter}", counter + 1
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
