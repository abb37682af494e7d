"""Scores of the institutions in a workspace: Form A per institution, Form D corrections on top."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from report_study_data import FORM_A, PASSPHRASE, fixture, institution_answers

from sp_collect.analysis.readiness import score_institution
from sp_collect.errors import FormDefinitionError, NotFound
from sp_collect.resources import shipped_forms
from sp_collect.workspace import Workspace


def test_every_finished_survey_is_scored_as_its_institution(study):
    with study.open() as workspace:
        pairs = workspace.scoring.scores()
        config = workspace.scoring.config()
        assert sorted(pairs) == sorted(study.form_a_uuids)
        for code, uuid in study.form_a_uuids.items():
            expected = score_institution(workspace.responses.get(uuid).answers, config)
            assert pairs[code].self_reported == expected


def test_the_workshop_correction_makes_the_validated_version(study):
    with study.open() as workspace:
        pairs = workspace.scoring.scores()
        answers = workspace.responses.get(study.form_a_uuids[study.corrected_institution]).answers
        config = workspace.scoring.config()
    code = study.corrected_institution
    corrections = {study.corrected_item: study.corrected_value}
    assert pairs[code].validated == score_institution(answers, config, corrections=corrections)
    assert pairs[code].validated.corrected_items == (study.corrected_item,)
    assert pairs[code].validated.overall != pairs[code].self_reported.overall
    for other in set(pairs) - {code}:
        assert pairs[other].validated.corrected_items == ()
        assert pairs[other].validated.overall == pairs[other].self_reported.overall


def test_institution_names_come_from_the_form_in_the_language(study):
    with study.open() as workspace:
        names = workspace.scoring.institutions(FORM_A, "fr")
    some = names[study.corrected_institution]
    assert some.response_uuid == study.form_a_uuids[study.corrected_institution]
    assert some.name and some.country and some.country_name


def test_a_missing_scoring_config_is_a_located_error(study, tmp_path: Path):
    with study.open() as workspace, pytest.raises(FormDefinitionError) as caught:
        workspace.scoring.scores(tmp_path / "missing.json")
    assert caught.value.code == "scoring_unreadable"


@pytest.fixture(scope="module")
def revisions(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workspace where one institution answered twice and another was typed in as 'other'."""
    folder = tmp_path_factory.mktemp("revisions") / "ws"
    workspace, _ = Workspace.create(folder, PASSPHRASE, name="Coordinator", role="coordinator")
    with workspace:
        for path in shipped_forms():
            workspace.forms.add(path)
        config = workspace.scoring.config()
        rng = random.Random(3)
        first = institution_answers(0, config, rng) | {"s2_02": "in_force"}
        saved = workspace.responses.add(FORM_A, first, finalize=True)
        # As if the coordinator had received its resubmission (revision 2) in a bundle.
        workspace.store.responses.set_status(saved.uuid, "received", revision=2)
        later = institution_answers(0, config, rng) | {"s2_02": "no"}
        workspace.responses.add(FORM_A, later, finalize=True)  # newer, but revision 1
        workspace.responses.add(FORM_A, institution_answers(40, config, rng), finalize=True)
        workspace.responses.add(FORM_A, institution_answers(1, config, rng))  # a draft
        workspace.responses.add(FORM_A, fixture("institutional_consent_no.json"), finalize=True)
    return folder


def test_the_highest_revision_speaks_for_an_institution(revisions: Path):
    with Workspace.open(revisions, passphrase=PASSPHRASE) as workspace:
        rows = workspace.scoring.institution_responses(FORM_A)
        pairs = workspace.scoring.scores()
    first_code = next(code for code in rows if not code.startswith("Pension"))
    assert rows[first_code].revision == 2
    assert rows[first_code].answers["s2_02"] == "in_force"
    assert pairs[first_code].self_reported.items["s2_02"].score == 4


def test_other_institutions_are_keyed_by_name_and_drafts_and_declines_are_left_out(
    revisions: Path,
):
    with Workspace.open(revisions, passphrase=PASSPHRASE) as workspace:
        codes = sorted(workspace.scoring.scores())
        names = workspace.scoring.institutions(FORM_A)
    assert codes == sorted(["ATG_ABSSB", "Pension Fund 40"])
    assert names["Pension Fund 40"].name == "Pension Fund 40"


def test_without_the_survey_form_scores_ask_to_add_it(tmp_path: Path):
    workspace, _ = Workspace.create(tmp_path / "ws", PASSPHRASE, name="C", role="coordinator")
    with workspace, pytest.raises(NotFound) as caught:
        workspace.scoring.scores()
    assert caught.value.code == "not_found"


def test_a_bad_workshop_correction_is_left_out_and_named(tmp_path: Path, capsys, monkeypatch):
    """One typo in a correction log must not stop the scoring of every institution."""
    workspace, _ = Workspace.create(tmp_path / "ws", PASSPHRASE, name="C", role="coordinator")
    with workspace:
        # Version 2026.1 of Form D took the item ID as typed text, so a typo could arrive.
        for path in shipped_forms():
            if "workshop" not in path.name:
                workspace.forms.add(path)
        workspace.forms.add(path.parent / "archive" / "2026.1" / "caricom-workshop-summary.json")
        config = workspace.scoring.config()
        workspace.responses.add(
            FORM_A, institution_answers(0, config, random.Random(5)), finalize=True
        )
        record = fixture("v2026_1/workshop_complete.json")
        record["d5_scores"][0]["d5_corrections"][0]["d5_item"] = "s3_39"
        workspace.responses.add("caricom-workshop-summary", record, finalize=True)
        pairs = workspace.scoring.scores()
        problems = workspace.scoring.correction_problems()
    assert pairs, "the institutions are still scored"
    assert [p.code for p in problems] == ["correction_unknown_item"]
    assert "s3_39" in problems[0].message

    from sp_collect.cli.main import main

    monkeypatch.setenv("SP_COLLECT_PASSPHRASE", PASSPHRASE)
    assert main(["score", "-w", str(tmp_path / "ws"), "--validated"]) == 0
    assert "warning: correction left out" in capsys.readouterr().err
