"""The roadmap's "who acts" comes from the data (the scoring configuration's actor for each
recommendation, the lead a workshop proposed), and the Word file's table of contents shows the
headings without Word updating its fields."""

from __future__ import annotations

import dataclasses

import docx
import pytest
from docx.oxml.ns import qn

from sp_collect.analysis.roadmap import roadmap
from sp_collect.analysis.scoring_config import config_problems, load_scoring_config
from sp_collect.reports.document import Heading, Table
from sp_collect.reports.inputs import ReportMeta
from sp_collect.reports.regional_report import regional_document, workshops_document
from sp_collect.reports.render import write_document
from sp_collect.workspace.scoring import default_config_path

META = ReportMeta("Study coordinator", "2026-12-01")


@pytest.fixture(scope="module")
def data(study):
    with study.open() as workspace:
        scoring = workspace.reports.scoring_context(None, True)
        return workspace.reports.regional_data(scoring, None, "en")


def _who_acts(doc) -> dict[str, str]:
    """Recommendation → its "Who acts" cell, over the roadmap tables of a document."""
    found = {}
    for block in doc.blocks:
        if isinstance(block, Table) and "Who acts" in block.rows[0]:
            column = list(block.rows[0]).index("Who acts")
            found.update({row[0]: row[column] for row in block.rows[1:]})
    return found


def _with_actor(data, key: str, actor: str):
    config = data.scoring.config
    changed = config.model_copy(
        update={"recommendation_actors": {**config.recommendation_actors, key: actor}}
    )
    return dataclasses.replace(data, scoring=dataclasses.replace(data.scoring, config=changed))


def test_every_recommendation_of_the_shipped_configuration_names_who_acts():
    config = load_scoring_config(default_config_path())
    assert set(config.recommendation_actors) == set(config.recommendations)
    assert set(config.recommendation_actors.values()) <= set(config.actors)
    assert not [p for p in config_problems(config) if p.code == "scoring_actor"]


def test_the_configuration_actor_fills_the_column_and_changing_it_changes_the_column(data):
    config = data.scoring.config
    first = roadmap(data.scores(), [], config.recommendation_actors)[0]
    text = config.recommendations[first.key]["en"]
    before = _who_acts(regional_document(data, META))
    assert before[text] == config.actors[config.recommendation_actors[first.key]]["en"]
    other = next(code for code in config.actors if code != config.recommendation_actors[first.key])
    after = _who_acts(regional_document(_with_actor(data, first.key, other), META))
    assert after[text] == config.actors[other]["en"] != before[text]
    french = _with_actor(data, first.key, other)
    doc = regional_document(french, dataclasses.replace(META, language="fr"))
    cells = {cell for b in doc.blocks if isinstance(b, Table) for row in b.rows for cell in row}
    assert config.actors[other]["fr"] in cells


def test_the_workshop_lead_fills_the_column_and_changing_it_changes_the_column(data):
    record = dict(data.workshops[0])
    rec = record["d6_recs"][0]
    before = _who_acts(workshops_document(data, META))
    assert before[rec["d6_text"]] == rec["d6_lead"]
    renamed = {**record, "d6_recs": [{**rec, "d6_lead": "Ministry of Labour, Guyana"}]}
    changed = dataclasses.replace(data, workshops=(renamed, *data.workshops[1:]))
    assert _who_acts(workshops_document(changed, META))[rec["d6_text"]] == (
        "Ministry of Labour, Guyana"
    )
    unnamed = {**record, "d6_recs": [{**rec, "d6_lead": ""}]}
    changed = dataclasses.replace(data, workshops=(unnamed, *data.workshops[1:]))
    assert _who_acts(workshops_document(changed, META))[rec["d6_text"]] == "not named"


def test_a_recommendation_without_actor_or_with_an_undeclared_one_is_a_config_problem():
    config = load_scoring_config(default_config_path())
    key = next(iter(config.recommendations))
    missing = dict(config.recommendation_actors)
    del missing[key]
    problems = config_problems(config.model_copy(update={"recommendation_actors": missing}))
    assert [p for p in problems if p.code == "scoring_actor" and key in p.message]
    wrong = {**config.recommendation_actors, key: "parliament"}
    problems = config_problems(config.model_copy(update={"recommendation_actors": wrong}))
    assert [p for p in problems if p.code == "scoring_actor" and "parliament" in p.message]


def test_the_word_contents_lists_the_headings_before_word_updates_the_field(data, tmp_path):
    for language in ("en", "fr"):
        doc = regional_document(data, dataclasses.replace(META, language=language))
        path = write_document(tmp_path / f"regional_{language}.docx", doc)
        document = docx.Document(str(path))
        entries = [p.text for p in document.paragraphs if p.style.name.lower().startswith("toc")]
        wanted = [b.text for b in doc.blocks if isinstance(b, Heading) and b.level <= 2]
        assert entries == wanted
        body = document.element.body
        instructions = [node.text for node in body.iter(qn("w:instrText"))]
        assert any(text.strip().startswith("TOC") for text in instructions)
        kinds = [node.get(qn("w:fldCharType")) for node in body.iter(qn("w:fldChar"))]
        toc_at = kinds.index("begin")
        assert kinds[toc_at : toc_at + 3] == ["begin", "separate", "end"]


def test_the_regional_roadmap_shows_the_workshop_recommendations_with_their_lead(data):
    rec = data.workshops[0]["d6_recs"][0]
    assert _who_acts(regional_document(data, META))[rec["d6_text"]] == rec["d6_lead"]


def test_word_tables_keep_the_fitted_font_size_and_narrow_cell_margins(data, tmp_path):
    """Word's default 5.4-point cell margins (and a 7-point floor) broke fitted words."""
    doc = regional_document(data, dataclasses.replace(META, language="fr"))
    path = write_document(tmp_path / "regional.docx", doc)
    tables = docx.Document(str(path)).tables
    sizes = {
        t.rows[0].cells[0].paragraphs[0].runs[0].font.size.pt
        for t in tables
        if t.rows[0].cells[0].paragraphs[0].runs
    }
    assert 6.0 in sizes  # annex A is fitted at 6 points
    for table in tables:
        margins = table._tbl.tblPr.find(qn("w:tblCellMar"))
        assert margins is not None
        assert {m.get(qn("w:w")) for m in margins} == {"60"}
