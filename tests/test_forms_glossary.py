"""The study's glossary (``forms/README.md``) holds in every text of the forms and configuration.

Wherever an English text uses a glossary term, each translation must use the term the glossary
gives for that language. Form D's lists of Form A items are copies of Form A's labels,
shortened, so they are checked where Form A is.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

FORMS = Path(__file__).resolve().parents[1] / "forms"
SKIPPED_LISTS = {"form_a_items", "form_a_codes"}


def _glossary() -> list[tuple[str, dict[str, list[str]]]]:
    lines = (FORMS / "README.md").read_text(encoding="utf-8").split("## Glossary", 1)[1]
    rows = [line for line in lines.splitlines() if line.startswith("| ") and "---" not in line]
    header, *terms = ([cell.strip() for cell in row.strip("|").split("|")] for row in rows)
    assert header == ["English", "French", "Dutch", "Spanish"]
    languages = ("fr", "nl", "es")
    return [
        (
            english,
            {
                lang: [t.strip().lower() for t in cell.split(";")]
                for lang, cell in zip(languages, cells, strict=True)
            },
        )
        for english, *cells in terms
    ]


def _texts(node: Any) -> Iterator[dict[str, str]]:
    if isinstance(node, dict):
        if isinstance(node.get("en"), str):
            yield node
            return
        for key, value in node.items():
            if key not in SKIPPED_LISTS:
                yield from _texts(value)
    elif isinstance(node, list):
        for value in node:
            yield from _texts(value)


FILES = sorted(FORMS.glob("*.json")) + sorted((FORMS / "scoring").glob("*.json"))


def test_the_glossary_has_the_study_terms() -> None:
    english = [term for term, _ in _glossary()]
    assert {"totalisation", "liaison body", "competent institution", "ICT strategy"} <= set(english)


@pytest.mark.parametrize("path", FILES, ids=[path.name for path in FILES])
def test_translations_use_the_glossary_terms(path: Path) -> None:
    glossary = _glossary()
    misses = []
    for text in _texts(json.loads(path.read_text(encoding="utf-8"))):
        for english, translations in glossary:
            if not re.search(rf"\b{re.escape(english)}s?\b", text["en"], re.IGNORECASE):
                continue
            for lang, terms in translations.items():
                if lang in text and not any(term in text[lang].lower() for term in terms):
                    misses.append(f"{english} ({lang}): {text[lang]}")
    assert misses == []
