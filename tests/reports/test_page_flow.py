"""Headings keep with what follows without wasting pages: a long table starts under its heading
(the rest flows on), a chart moves to the next page together with its heading, and shortened
question labels are cut between words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from sp_collect.reports.charts import levels_chart
from sp_collect.reports.document import Chart, Document, Heading, Para, Table
from sp_collect.reports.regional_context import shorten
from sp_collect.reports.render import write_document

FILLER = " ".join(f"Filler sentence number {n} of the opening section." for n in range(150))


def _pages(path: Path) -> list[str]:
    return [re.sub(r"\s+", " ", p.extract_text() or "") for p in PdfReader(path).pages]


def test_a_long_table_starts_under_its_heading(tmp_path: Path) -> None:
    rows = [["Answer", "Institutions"], *[[f"Row {n:03d}", str(n)] for n in range(120)]]
    doc = Document("Flow", "footer", [Para(FILLER), Heading("Legal table", 1), Table(rows)])
    pages = _pages(write_document(tmp_path / "flow.pdf", doc))
    where = next(i for i, text in enumerate(pages) if "Legal table" in text)
    assert "Filler sentence number 149" in pages[where], "no page is left half empty"
    assert "Row 000" in pages[where], "the heading is not left alone at the foot of a page"


def test_a_chart_moves_with_its_heading(tmp_path: Path) -> None:
    labels = ["Legal", "Institutional", "Administrative", "Technical"]
    drawing = levels_chart(labels, {label: [1, 2, 3, 0, 0, 0] for label in labels},
                           ["1", "2", "3", "4", "5", "none"])  # fmt: skip
    for lines in range(60, 150, 6):  # push the heading to every height near a page's foot
        filler = " ".join(
            f"Filler sentence number {n} of the opening section." for n in range(lines)
        )
        doc = Document(
            "Flow",
            "footer",
            [Para(filler), Heading("Distribution of levels", 1), Chart(drawing, "Levels chart")],
        )
        pages = _pages(write_document(tmp_path / f"chart{lines}.pdf", doc))
        where = next(i for i, text in enumerate(pages) if "Distribution of levels" in text)
        assert "Levels chart" in pages[where], f"heading left alone with {lines} lines above"


@pytest.mark.parametrize("limit", [20, 48, 60, 90])
def test_shortened_labels_end_on_a_whole_word(limit: int) -> None:
    label = (
        "Is there a clear legal basis for your institution to send identity data and insurance "
        "(contribution) records to social security institutions in other CARICOM states?"
    )
    short = shorten(label, limit)
    assert len(short) <= limit and short.endswith("…")
    kept = short.removesuffix("…")
    assert label.startswith(kept)
    assert label[len(kept)] in " ,(", f"cut inside a word: {short!r}"
    assert shorten("Short label", limit) == "Short label"


def test_french_spaces_never_start_a_line(tmp_path: Path) -> None:
    """French sets a space before ":" and inside « »; a line must not begin with the sign,
    nor break inside a count "(n = 12)"."""
    words = "Règles de notation : les questions « sans objet » sont exclues ; 50 % (n = 12) ? "
    text = " ".join(f"{'x' * (n % 7 + 1)} {words}" for n in range(60))
    doc = Document(
        "Flow", "footer", [Para(text), Table([["Colonne", "Valeur"], [text[:600], "1"]])], "fr"
    )
    lines = [
        line.strip()
        for page in PdfReader(write_document(tmp_path / "fr.pdf", doc)).pages
        for line in (page.extract_text() or "").splitlines()
    ]
    assert len(lines) > 60, "the text wraps over many lines"
    assert not [line for line in lines if line[:1] in ":;?»%" or line.endswith(("«", "n ="))]
    assert not [line for line in lines if line.startswith(("= 12", "12)"))]
