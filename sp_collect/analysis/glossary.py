"""The study's glossary: the table under "## Glossary" in the forms' README (English, French,
Dutch, Spanish), the terms every translation of the forms uses (REPORT.md annex E)."""

from __future__ import annotations

from pathlib import Path

from sp_collect.resources import forms_dir

HEADING = "## Glossary"
LANGUAGES = ("en", "fr", "nl", "es")


def load_glossary(path: Path | None = None) -> list[dict[str, str]]:
    """One {language: term} per row; empty when the file or its table is missing."""
    try:
        text = (path or forms_dir() / "README.md").read_text(encoding="utf-8")
    except OSError:
        return []
    if HEADING not in text:
        return []
    section = text.split(HEADING, 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ") and "---" not in line]
    terms = []
    for row in rows[1:]:  # the first row names the languages
        cells = [cell.strip() for cell in row.strip().strip("|").split("|")]
        if len(cells) == len(LANGUAGES):
            terms.append(dict(zip(LANGUAGES, cells, strict=True)))
    return terms
