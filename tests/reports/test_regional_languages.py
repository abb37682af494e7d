"""The regional report and the workshops synthesis in French, Dutch and Spanish: every fixed
piece of wording comes from the catalogue (no English phrase of the English rendering is left
in the others), plurals follow each language, and the catalogue is complete."""

from __future__ import annotations

import dataclasses
import re
import string
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from sp_collect.reports.document import Table
from sp_collect.reports.fit import PADDING, fitted_widths
from sp_collect.reports.inputs import ReportMeta
from sp_collect.reports.layout import FONT, FONT_BOLD
from sp_collect.reports.regional_report import regional_document, workshops_document
from sp_collect.reports.texts import LANGUAGES, catalogue, is_singular, t
from sp_collect.reports.texts_regional import REGIONAL_TEXTS

OTHERS = ("fr", "nl", "es")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
MIN_WORDS = 3
"""Fragments shorter than this ("Index", "Total", "A (min)") may be the same word in another
language; longer ones must not be."""


def _pdf_text(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in PdfReader(path).pages))


def _docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [c.text for table in document.tables for row in table.rows for c in row.cells]
    return re.sub(r"\s+", " ", " ".join(parts))


def _fragments(key: str) -> set[str]:
    """The literal English pieces of a text between its placeholders, long enough to be
    language-specific."""
    found = set()
    for part in PLACEHOLDER.split(REGIONAL_TEXTS[key][0].replace("|", "{n}")):
        piece = part.strip(string.whitespace + ";:,.()")
        if len(piece.split()) >= MIN_WORDS:
            found.add(piece)
    return found


@pytest.fixture(scope="module")
def renderings(study, tmp_path_factory):
    """Language → (regional PDF text, regional DOCX text, workshops synthesis DOCX text)."""
    folder = tmp_path_factory.mktemp("languages")
    out = {}
    with study.open() as workspace:
        for language in ("en", *OTHERS):
            texts = []
            for kind, suffix in (("regional", "pdf"), ("regional", "docx"), ("workshops", "docx")):
                path = folder / f"{kind}_{language}.{suffix}"
                workspace.reports.write(kind, path, language=language)
                texts.append(_pdf_text(path) if suffix == "pdf" else _docx_text(path))
            out[language] = tuple(texts)
    return out


def test_no_english_phrase_is_left_in_french_dutch_or_spanish(renderings):
    english = " ".join(renderings["en"])
    phrases = sorted(
        {phrase for key in REGIONAL_TEXTS for phrase in _fragments(key) if phrase in english}
    )
    assert len(phrases) > 100, "the English rendering is made of the catalogue's phrases"
    for language in OTHERS:
        for text, name in zip(renderings[language], ("PDF", "DOCX", "synthesis"), strict=True):
            left = [phrase for phrase in phrases if phrase in text]
            assert not left, f"{language} {name} still says in English: {left[:5]}"


def test_chapter_titles_and_contents_are_in_the_report_language(renderings):
    for language in OTHERS:
        pdf, word, synthesis = renderings[language]
        for key in ("ch1", "ch6", "ch12", "contents", "figures_tables", "annex_e"):
            assert t(key, language) in word
            assert pdf.count(t(key, language)) >= 2 or key in ("contents", "figures_tables")
        assert t("caption_table", language, n=1, caption="") in word  # "Tableau 1." …
        assert t("ws_synthesis_title", language) in synthesis
        assert t("regional_title", "en") not in pdf


def test_no_singular_noun_after_a_plural_count_in_any_language(renderings):
    english_plurals = r"institutions|workshops|interviews|key informants|beneficiaries|findings"
    wrong = {
        "en": rf"\b1 ({english_plurals})\b",
        "fr": r"\b[01] (institutions|ateliers|bénéficiaires|constats|informateurs clés)\b",
        "nl": r"\b1 (instellingen|workshops|begunstigden|bevindingen|sleutelinformanten)\b",
        "es": r"\b1 (instituciones|talleres|beneficiarios|hallazgos|informantes clave)\b",
    }
    for language, pattern in wrong.items():
        for text in renderings[language]:
            assert not re.search(pattern, text), (language, re.search(pattern, text))


def test_every_key_has_four_non_empty_texts_with_the_same_placeholders():
    for key, texts in catalogue().items():
        assert len(texts) == len(LANGUAGES), key
        assert all(text.strip() for text in texts), key
        wanted = sorted(set(PLACEHOLDER.findall(texts[0])))
        for text in texts:
            assert sorted(set(PLACEHOLDER.findall(text))) == wanted, (key, text)
            forms = text.split("|")
            assert len(forms) == len(texts[0].split("|")), (key, text)
            if len(forms) == 2:
                assert "{n}" in text, key


def test_plural_rules_per_language():
    assert [t("n_workshops", "en", n=n) for n in (0, 1, 2)] == [
        "0 workshops",
        "1 workshop",
        "2 workshops",
    ]
    assert [t("n_workshops", "fr", n=n) for n in (0, 1, 2)] == [
        "0 atelier",
        "1 atelier",
        "2 ateliers",
    ]
    assert t("exec_workshops", "es", n=1) == "1 taller validó los hallazgos"
    assert t("exec_workshops", "nl", n=2) == "2 workshops valideerden de bevindingen"
    assert is_singular(0, "fr") and not is_singular(0, "nl")


@pytest.mark.parametrize("named", [False, True])
def test_no_table_breaks_a_word_in_any_language(study, named):
    """Longer words (French "Institutionnelle", Dutch compounds) still fit their columns, with
    every country given the language's longest country name."""
    with study.open() as workspace:
        scoring = workspace.reports.scoring_context(None, True)
        for language in LANGUAGES:
            data = workspace.reports.regional_data(scoring, None, language, named=named)
            longest = max(data.country_names.values(), key=len)
            data = dataclasses.replace(
                data, country_names=dict.fromkeys(data.country_names, longest)
            )
            meta = ReportMeta("Study coordinator", "2026-12-01", language)
            for doc in (regional_document(data, meta), workshops_document(data, meta)):
                for block in (b for b in doc.blocks if isinstance(b, Table)):
                    widths = fitted_widths(block)
                    for r, row in enumerate(block.rows):
                        if r in block.group_rows:
                            continue
                        font = FONT_BOLD if r < block.header_rows else FONT
                        for c, text in enumerate(row):
                            for word in str(text).split():
                                width = stringWidth(word, font, block.font_size) + PADDING
                                assert width <= widths[c] + 0.5, (language, row, word)
