"""The regional report as the study's deliverable (REPORT.md), read back from PDF (pypdf) and
DOCX (python-docx): every chapter present, figures equal to the scoring results, privacy by
default, small numbers handled, one changed answer moving the figures that depend on it."""

from __future__ import annotations

import dataclasses
import json
import random
import re
import sqlite3
import statistics
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from report_study_data import PASSPHRASE, beneficiary_answers

from sp_collect.analysis.descriptive import half_up, numbers
from sp_collect.analysis.readiness import score_both
from sp_collect.analysis.score_table import score_table
from sp_collect.analysis.scoring_config import DIMENSIONS
from sp_collect.cli.main import main
from sp_collect.errors import NotFound
from sp_collect.reports.document import Table
from sp_collect.reports.inputs import ReportMeta
from sp_collect.reports.numbers import number
from sp_collect.reports.regional_report import regional_document
from sp_collect.reports.render import write_document
from sp_collect.reports.texts import t

FORM_C = "caricom-beneficiary-interview"
CHAPTERS = (
    "1. Executive summary",
    "2. Method and limitations",
    "3. Coverage",
    "4. Regional status quo",
    "5. Country profiles",
    "6. Readiness evaluation",
    "7. Gap analysis",
    "8. Corridors and data exchange",
    "9. Comparison with international frameworks",
    "10. Voices: interviews and beneficiaries",
    "11. Workshop validation",
    "12. Recommendations and roadmap",
    "Annexes",
)
SECTIONS = (
    "Limitations",
    "Gap matrix",
    "Common gaps",
    "Heat-map: country × sub-dimension",
    "Key informants (Form B)",
    "Beneficiaries (Form C)",
    "Short term (< 12 months)",
    "Annex A. Scores by country",
    "Annex B. Item-level results",
    "Annex D. Sources",
    "Annex E. Glossary",
)
META = ReportMeta("Study coordinator", "2026-12-01")


def pdf_text(path: Path) -> tuple[list[str], str]:
    pages = [re.sub(r"\s+", " ", p.extract_text() or "") for p in PdfReader(str(path)).pages]
    return pages, " ".join(pages)


def docx_tables(path: Path) -> list[list[list[str]]]:
    return [
        [[c.text for c in row.cells] for row in t.rows] for t in docx.Document(str(path)).tables
    ]


@pytest.fixture(scope="module")
def data(study):
    """The study with twelve beneficiary interviews added, read as the report reads it."""
    rng = random.Random(5)
    with study.open() as workspace:
        have = len(workspace.store.responses.list(form_id=FORM_C))
        for index in range(have, 12):
            workspace.responses.add(FORM_C, beneficiary_answers(index, rng), finalize=True)
        scoring = workspace.reports.scoring_context(None, True)
        return workspace.reports.regional_data(scoring, None, "en")


@pytest.fixture(scope="module")
def written(study, data, tmp_path_factory):
    folder = tmp_path_factory.mktemp("deliverable")
    with study.open() as workspace:
        pdf = workspace.reports.write("regional", folder / "regional.pdf")
        word = workspace.reports.write("regional", folder / "regional.docx")
    return pdf, word


def test_every_chapter_is_in_the_pdf_and_the_docx(written):
    pdf, word = written
    pages, text = pdf_text(pdf)
    assert "Caribbean Community (CARICOM)" in pages[0]
    for title in (*CHAPTERS, *SECTIONS):
        assert text.count(title) >= 2, title  # in the contents and as a heading
    document = docx.Document(str(word))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    front = ("Contents", "List of figures and tables")
    assert [h for h in headings if h not in front] == list(CHAPTERS)
    subheadings = {p.text for p in document.paragraphs if p.style.name == "Heading 2"}
    assert set(SECTIONS) <= subheadings
    assert document.inline_shapes, "the levels chart is embedded as an image"
    assert any(p.style.name == "Title" for p in document.paragraphs)


def test_dimension_figures_agree_with_score_json_and_both_formats(
    study, written, capsys, monkeypatch
):
    monkeypatch.setenv("SP_COLLECT_PASSPHRASE", PASSPHRASE)
    pdf, word = written
    code = main(["score", "-w", str(study.folder), "--json", "--validated"])
    assert code == 0
    records = json.loads(capsys.readouterr().out)
    _pages, text = pdf_text(pdf)
    table = next(t for t in docx_tables(word) if t[0][:3] == ["Dimension", "n", "Median"])
    labels = {"L": "Legal", "I": "Institutional", "A": "Administrative", "T": "Technical"}
    for row, dim in zip(table[1:], DIMENSIONS, strict=False):
        values = [r[dim] for r in records if r[dim] is not None]
        expected = [
            labels[dim],
            str(len(values)),
            half_up(statistics.median(values), 1),
            f"{half_up(min(values), 1)}–{half_up(max(values), 1)}",
        ]
        assert row[:4] == expected
        assert " ".join(expected) in text


def test_named_report_annex_is_the_score_table_and_says_so_first(study, data, tmp_path):
    named = dataclasses.replace(data, named=True)
    doc = regional_document(named, META)
    pdf = write_document(tmp_path / "named.pdf", doc)
    word = write_document(tmp_path / "named.docx", doc)
    scores = data.scores()
    expected = score_table(scores)
    annex = next(t for t in docx_tables(word) if t[1:] == expected[1:])
    assert annex[0][:6] == ["Country", "Institution", "L", "I", "A", "T"]  # the header in words
    assert len(annex[0]) == len(expected[0])
    pages, text = pdf_text(pdf)
    assert "Institutions are named with their consent" in pages[0]
    for row in expected[1:]:
        assert " ".join(row[:6]) in text


def test_by_default_institutions_are_not_named_in_results(data, written):
    pdf, word = written
    pages, _text = pdf_text(pdf)
    assert "Institutions are not named" in pages[0]
    tables = docx_tables(word)
    heatmap = next(t for t in tables if t[0][:2] == ["Country", "L1"])
    annex = next(t for t in tables if t[0][:2] == ["Country", "Institutions"])
    codes = {key.code for key in data.pairs}
    for table in (heatmap, annex):
        cells = {cell for row in table for cell in row}
        assert not any(code in cell for code in codes for cell in cells)
        assert {row[0] for row in table[1:]} <= {*data.country_names.values()}


def test_one_changed_answer_moves_the_figures_that_depend_on_it(data):
    code = sorted(data.answers)[0]
    answers = dict(data.answers[code])
    before = regional_document(data, META)
    answers["s4_06"] = int(answers.get("s4_06") or 0) + 1000
    worse = {"map": 0}
    item = next(i for i in data.scoring.config.items if i.rule == "map" and i.dim == "T")
    answers[item.id] = next(v for v, s in item.map.items() if s == worse["map"])
    pairs = dict(data.pairs)
    pairs[code] = score_both(answers, data.scoring.config, None)
    changed = dataclasses.replace(
        data, answers={**data.answers, code: answers}, pairs=pairs, named=True
    )
    after = regional_document(changed, META)
    total = numbers(changed.answers.values(), "s4_06").total
    summary = " ".join(b.text for b in after.blocks[:40] if hasattr(b, "text"))
    assert f"{number(total, 'en')} Agreement benefits are paid" in summary
    assert number(total, "en") != number(numbers(data.answers.values(), "s4_06").total, "en")
    annex_rows = [
        b
        for b in after.blocks
        if isinstance(b, Table) and b.rows[0][:2] == ["Country", "Institution"]
    ]
    row = next(r for r in annex_rows[0].rows if r[:2] == [code.country, code.code])
    assert row == score_table({code: pairs[code].validated})[1]
    old_rows = [b for b in before.blocks if isinstance(b, Table)]
    assert all(code.code not in r for t in old_rows for r in t.rows)  # the default names no one


def test_small_numbers_no_quartiles_no_singular_plurals(data):
    few = sorted(data.pairs)[:3]
    small = dataclasses.replace(
        data,
        pairs={c: data.pairs[c] for c in few},
        answers={c: data.answers[c] for c in few},
        workshops=data.workshops[:1],
    )
    doc = regional_document(small, META)
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    spread = next(t for t in tables if t.rows[0][:3] == ["Dimension", "n", "Median"])
    assert "Q1–Q3" not in spread.rows[0] and "no quartiles" in spread.caption
    text = " ".join(getattr(b, "text", "") for b in doc.blocks)
    text += " ".join(" ".join(getattr(b, "items", ())) for b in doc.blocks)
    assert not re.search(
        r"\b1 (institutions|workshops|interviews|key informants|beneficiaries"
        r"|listed institutions|findings|scores)\b",
        text,
    )
    assert "1 workshop validated" in text or "1 workshop discussed" in text


def test_beneficiary_cells_under_five_are_not_shown(written, data):
    _pdf, word = written
    table = next(t for t in docx_tables(word) if t[0][0] == "Country of work")
    for row in table[1:]:
        people = int(row[1])
        if people < 5:
            assert all(cell == "n < 5" for cell in row[2:]), row
        for cell in row[2:]:
            found = re.search(r"n = (\d+)", cell)
            assert found is None or int(found.group(1)) >= 5
    assert table[-1][0] == "All beneficiaries"


def test_rounding_is_half_up_and_plurals_are_proper():
    assert half_up(72.5) == "73" and half_up(73.5) == "74" and half_up(0.125, 2) == "0.13"
    assert half_up(None) == "–"
    assert t("n_institutions", "en", n=1) == "1 institution"
    assert t("n_institutions", "en", n=0) == "0 institutions"
    assert t("n_beneficiaries", "en", n=2) == "2 beneficiaries"
    assert t("n_institutions", "fr", n=0) == "0 institution"  # French: 0 and 1 are singular
    assert t("n_institutions", "fr", n=2) == "2 institutions"
    assert t("n_institutions", "es", n=1) == "1 institución"
    assert t("n_institutions", "nl", n=3) == "3 instellingen"


def test_cli_writes_docx_by_extension_or_format_and_refuses_a_docx_printout(
    study, tmp_path, capsys, monkeypatch
):
    monkeypatch.setenv("SP_COLLECT_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "profile.docx"
    args = [
        "report",
        "readiness",
        "-w",
        str(study.folder),
        "-o",
        str(out),
        "--institution",
        study.corrected_institution,
    ]
    assert main(args) == 0
    headings = [p.text for p in docx.Document(str(out)).paragraphs if p.style.name == "Heading 1"]
    assert "Failed gates" in headings
    forced = tmp_path / "workshop.bin"
    assert (
        main(["report", "workshop", "-w", str(study.folder), "-o", str(forced), "--format", "docx"])
        == 0
    )
    assert any(p.text == "Sign-off" for p in docx.Document(str(forced)).paragraphs)
    uuid = study.form_a_uuids[study.corrected_key]
    code = main(
        [
            "report",
            "response",
            "-w",
            str(study.folder),
            "-o",
            str(tmp_path / "r.docx"),
            "--uuid",
            uuid,
        ]
    )
    assert code != 0
    assert "PDF only" in capsys.readouterr().err


def test_workshop_summary_prints_stacked_rows_sign_off_and_the_synthesis(study, tmp_path):
    out = tmp_path / "workshop.pdf"
    synthesis = tmp_path / "workshops.docx"
    with study.open() as workspace:
        workspace.reports.write("workshop", out)
        workspace.reports.write("workshops", synthesis)
        record = workspace.responses.get(study.workshop_uuid).answers
    _pages, text = pdf_text(out)
    for label in (
        "Session number: 1",
        "Statement of the finding",
        "Evidence offered",
        "Sign-off",
        "Prepared by",
        "Annexes",
        "Corrections that could not be applied: none",
    ):
        assert label in text, label
    assert record["d9_prepared_by"] in text
    listed = next(p["d2_name"] for p in record["d2_roster"] if p.get("d2_listed") == "yes")
    assert text.index(listed) > text.index("Annexes")  # names only in the annex
    document = docx.Document(str(synthesis))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "Findings, corrections and follow-up" in headings
    assert "Recommendations of the workshops" in headings
    recommendation = record["d6_recs"][0]["d6_text"]
    assert any(recommendation in row.cells[0].text for t in document.tables for row in t.rows)


def test_the_sqlite_export_rebuilds_the_reports_dimension_table(study, written, tmp_path):
    _pdf, word = written
    export = tmp_path / "study.db"
    with study.open() as workspace:
        workspace.exports.write("sqlite", export)
    with sqlite3.connect(export) as db:
        found = db.execute(
            "SELECT area, \"index\" FROM score_areas WHERE version = 'validated' "
            "AND kind = 'dimension' AND \"index\" IS NOT NULL"
        ).fetchall()
    table = next(t for t in docx_tables(word) if t[0][:3] == ["Dimension", "n", "Median"])
    for row, dim in zip(table[1:], DIMENSIONS, strict=False):
        values = [index for area, index in found if area == dim]
        assert row[1:4] == [
            str(len(values)),
            half_up(statistics.median(values), 1),
            f"{half_up(min(values), 1)}–{half_up(max(values), 1)}",
        ]


def test_figures_and_tables_are_numbered_and_listed_with_their_pages(written):
    pdf, word = written
    pages, text = pdf_text(pdf)
    listed = re.findall(r"(Table|Figure) (\d+)\. ", " ".join(pages[:4]))
    assert ("Figure", "1") in listed and ("Table", "1") in listed
    found = [int(n) for kind, n in re.findall(r"(Table) (\d+)\. ", text)]
    assert max(found) == len(set(found))  # numbered 1..N without gaps
    document = docx.Document(str(word))
    entries = [p.text for p in document.paragraphs if p.style.name == "List Paragraph"]
    assert entries and entries[0].startswith(("Table 1. ", "Figure 1. "))
    assert "List of figures and tables" in [p.text for p in document.paragraphs]


def test_one_country_unnamed_calls_institutions_by_country_and_number(study, data, tmp_path):
    key = sorted(data.pairs)[0]
    out = tmp_path / "one.pdf"
    with study.open() as workspace:
        workspace.reports.write("regional", out, countries=(key.country,))
        with pytest.raises(NotFound) as caught:
            workspace.reports.write("regional", tmp_path / "none.pdf", countries=("ZZZ",))
    assert caught.value.code == "country_not_scored"
    _pages, text = pdf_text(out)
    assert f"{key.country}-1" in text
    assert key.code not in text and data.institutions[key].name not in text
