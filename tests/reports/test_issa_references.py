"""Each scored item's ISSA ICT Guidelines reach the readiness profile and the regional annex."""

from __future__ import annotations

from docx import Document
from test_report_pdfs import read_pdf


def test_the_readiness_profile_cites_the_guidelines_behind_each_gap(study, tmp_path):
    out = tmp_path / "readiness.pdf"
    with study.open() as workspace:
        workspace.reports.write("readiness", out, institution=study.corrected_institution)
        score = workspace.scoring.scores()[study.corrected_key].validated
        config = workspace.scoring.config()
    _pages, text = read_pdf(out)
    issa = {item.id: item.issa for item in config.items}
    first_gap = score.gap_items[0]
    assert f"ISSA ICT Guidelines: {'; '.join(issa[first_gap.item])}" in text


def test_the_regional_item_annex_has_a_guidelines_column(study, tmp_path):
    out = tmp_path / "regional.docx"
    with study.open() as workspace:
        workspace.reports.write("regional", out)
        config = workspace.scoring.config()
    tables = Document(str(out)).tables
    annex = next(
        t for t in tables if [c.text for c in t.rows[0].cells[:2]][1:] == ["ISSA ICT Guidelines"]
    )
    cited = {row.cells[0].text.split()[0]: row.cells[1].text for row in annex.rows[1:]}
    assert all(cited[item.id] == "; ".join(item.issa) for item in config.items)
