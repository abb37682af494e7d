"""The PDF frame: embedded Unicode fonts, one write, and a wording catalogue without holes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from sp_collect.errors import ReportError
from sp_collect.reports import texts
from sp_collect.reports.layout import build_pdf, heading, para

ACCENTS = "Kreyòl ayisyen: Ayiti; Curaçao; Sécurité sociale; Gegevensbescherming geïntegreerd; año"


def test_accented_text_is_written_with_embedded_fonts(tmp_path: Path):
    out = build_pdf(
        tmp_path / "accents.pdf",
        [heading("Protection des données"), para(ACCENTS)],
        title="Accents",
        footer="Pied de page – é",
    )
    reader = PdfReader(str(out))
    text = re.sub(r"\s+", " ", reader.pages[0].extract_text())
    assert ACCENTS in text
    fonts = reader.pages[0]["/Resources"]["/Font"]
    # reportlab's canvas always lists Helvetica, its initial font; the text uses DejaVu.
    embedded = [
        f for f in (fonts[name].get_object() for name in fonts) if "DejaVu" in f["/BaseFont"]
    ]
    assert len(embedded) >= 2  # regular and bold
    for font in embedded:
        descendant = (
            font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        )
        assert "/FontFile2" in descendant["/FontDescriptor"].get_object()


def test_an_unwritable_destination_is_one_clear_error(tmp_path: Path):
    with pytest.raises(ReportError) as caught:
        build_pdf(tmp_path / "missing" / "x.pdf", [para("x")], title="x", footer="x")
    assert caught.value.code == "report_unwritable"


def test_every_text_has_all_languages_with_the_same_placeholders():
    for key, versions in texts._TEXTS.items():
        assert len(versions) == len(texts.LANGUAGES), key
        names = [sorted(re.findall(r"{(\w+)}", version)) for version in versions]
        assert all(version.strip() for version in versions), key
        assert all(found == names[0] for found in names), key


def test_an_unsupported_language_is_refused_and_a_form_language_falls_back_to_english():
    with pytest.raises(ReportError) as caught:
        texts.check_language("ht")
    assert caught.value.code == "report_language"
    assert texts.t("comments", "ht") == texts.t("comments", "en")
