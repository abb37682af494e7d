"""Scores of the institutions in a workspace: Form A per institution, Form D corrections on top."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from report_study_data import FORM_A, PASSPHRASE, fixture, institution_answers

from sp_collect.analysis.applicability import FormRelevance
from sp_collect.analysis.readiness import score_institution
from sp_collect.analysis.submissions import InstitutionKey
from sp_collect.errors import FormDefinitionError, NotFound, UsageError
from sp_collect.reports.correction_wording import describe
from sp_collect.resources import shipped_forms
from sp_collect.workspace import Workspace
from sp_collect.workspace.scoring import default_config_path


def test_every_finished_survey_is_scored_as_its_institution(study):
    with study.open() as workspace:
        pairs = workspace.scoring.scores()
        config = workspace.scoring.config()
        assert sorted(pairs) == sorted(study.form_a_uuids)
        relevance = FormRelevance(workspace.forms.compiled(FORM_A), config.item_order())
        for key, uuid in study.form_a_uuids.items():
            answers = workspace.responses.get(uuid).answers
            expected = score_institution(answers, config, relevance=relevance)
            assert pairs[key].self_reported == expected


def test_the_workshop_correction_makes_the_validated_version(study):
    with study.open() as workspace:
        pairs = workspace.scoring.scores()
        answers = workspace.responses.get(study.form_a_uuids[study.corrected_key]).answers
        config = workspace.scoring.config()
        relevance = FormRelevance(workspace.forms.compiled(FORM_A), config.item_order())
    code = study.corrected_key
    corrections = {study.corrected_item: study.corrected_value}
    expected = score_institution(answers, config, corrections=corrections, relevance=relevance)
    assert pairs[code].validated == expected
    assert pairs[code].validated.corrected_items == (study.corrected_item,)
    assert pairs[code].validated.overall != pairs[code].self_reported.overall
    for other in set(pairs) - {code}:
        assert pairs[other].validated.corrected_items == ()
        assert pairs[other].validated.overall == pairs[other].self_reported.overall


def test_institution_names_come_from_the_form_in_the_language(study):
    with study.open() as workspace:
        names = workspace.scoring.institutions(FORM_A, "fr")
    some = names[study.corrected_key]
    assert some.response_uuid == study.form_a_uuids[study.corrected_key]
    assert some.key == study.corrected_key
    assert some.submissions is not None and some.submissions.counted_by == "only"
    assert some.name and some.country and some.country_name


def test_a_missing_scoring_config_is_a_located_error(study, tmp_path: Path):
    with study.open() as workspace, pytest.raises(FormDefinitionError) as caught:
        workspace.scoring.scores(tmp_path / "missing.json")
    assert caught.value.code == "scoring_unreadable"


@pytest.fixture
def revisions(tmp_path: Path) -> Path:
    """A workspace where one institution answered twice, and two institutions typed in as
    'other' share a name in two countries."""
    folder = tmp_path / "ws"
    workspace, _ = Workspace.create(folder, PASSPHRASE, name="Coordinator", role="coordinator")
    with workspace:
        for path in shipped_forms():
            workspace.forms.add(path)
        config = workspace.scoring.config()
        rng = random.Random(3)
        first = institution_answers(0, config, rng) | {"s2_01": "ratified", "s2_02": "in_force"}
        saved = workspace.responses.add(FORM_A, first, finalize=True)
        # As if the coordinator had received its resubmission (revision 2) in a bundle.
        workspace.store.responses.set_status(saved.uuid, "received", revision=2)
        later = institution_answers(0, config, rng) | {"s2_01": "ratified", "s2_02": "no"}
        workspace.responses.add(FORM_A, later, finalize=True)  # finished later: it counts
        for country in ("BLZ", "KNA"):
            other = institution_answers(40, config, rng) | {
                "s1_01": country,
                "s1_02": "other",
                "s1_03": "Social Security Board",
            }
            workspace.responses.add(FORM_A, other, finalize=True)
        workspace.responses.add(FORM_A, institution_answers(1, config, rng))  # a draft
        workspace.responses.add(FORM_A, fixture("institutional_consent_no.json"), finalize=True)
    return folder


def test_the_latest_submission_counts_until_the_coordinator_chooses(
    revisions: Path, capsys, monkeypatch
):
    with Workspace.open(revisions, passphrase=PASSPHRASE) as workspace:
        found = workspace.scoring.submissions(FORM_A)
        key = next(k for k, f in found.items() if f.several)
        assert found[key].counted_by == "latest"
        rows = workspace.scoring.institution_responses(FORM_A)
        assert rows[key].answers["s2_02"] == "no"
        assert workspace.scoring.scores()[key].self_reported.items["s2_02"].score == 0
        older = found[key].others[0].uuid
    # The CLI lists the submissions and records the coordinator's choice for good.
    from sp_collect.cli.main import main

    monkeypatch.setenv("SP_COLLECT_PASSPHRASE", PASSPHRASE)
    assert main(["score", "-w", str(revisions), "--choose", older]) == 0
    out = capsys.readouterr().out
    assert f"{key}: response {older} now counts" in out
    assert "1 institution(s) sent several submissions" in out
    assert f"* {older}" in out
    with Workspace.open(revisions, passphrase=PASSPHRASE) as workspace:
        chosen = workspace.scoring.submissions(FORM_A)[key]
        assert (chosen.counted.uuid, chosen.counted_by) == (older, "chosen")
        assert workspace.scoring.scores()[key].self_reported.items["s2_02"].score == 4
        assert workspace.scoring.institutions(FORM_A)[key].submissions == chosen


def test_choosing_something_that_is_not_a_submission_is_refused(revisions: Path):
    with Workspace.open(revisions, passphrase=PASSPHRASE) as workspace:
        draft = next(r.uuid for r in workspace.responses.list(status="draft"))
        with pytest.raises(UsageError) as caught:
            workspace.scoring.choose_submission(draft)
    assert caught.value.code == "choice_not_submission"


def test_same_name_in_two_countries_is_two_institutions(revisions: Path):
    with Workspace.open(revisions, passphrase=PASSPHRASE) as workspace:
        keys = sorted(workspace.scoring.scores())
        names = workspace.scoring.institutions(FORM_A)
        with pytest.raises(UsageError) as caught:
            workspace.scoring.resolve_institution("Social Security Board")
        assert workspace.scoring.resolve_institution("KNA/Social Security Board") == InstitutionKey(
            "KNA", "Social Security Board"
        )
        assert workspace.scoring.declined(FORM_A) == 1  # the consent refusal, not scored
    others = [k for k in keys if k.code == "Social Security Board"]
    assert [k.country for k in others] == ["BLZ", "KNA"]
    assert names[others[0]].name == "Social Security Board"
    assert caught.value.code == "institution_ambiguous"


def test_without_the_survey_form_scores_ask_to_add_it(tmp_path: Path):
    workspace, _ = Workspace.create(tmp_path / "ws", PASSPHRASE, name="C", role="coordinator")
    with workspace, pytest.raises(NotFound) as caught:
        workspace.scoring.scores()
    assert caught.value.code == "form_missing"


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
        for kind, language in (("workshop", "fr"), ("workshops", "es")):
            out = tmp_path / f"{kind}-{language}.docx"
            workspace.reports.write(kind, out, language=language)
            text = " ".join(p.text for p in docx.Document(str(out)).paragraphs)
            # The reason is in the report's language, with the item the log names (the
            # synthesis also names the record, a single workshop's summary need not).
            assert describe(replace(problems[0], record=""), language) in text
            assert "which is not a question" not in text
    assert pairs, "the institutions are still scored"
    assert [(p.reason, p.item) for p in problems] == [("unknown_item", "s3_39")]
    assert problems[0].record, "the problem names the workshop record it comes from"

    from sp_collect.cli.main import main

    monkeypatch.setenv("SP_COLLECT_PASSPHRASE", PASSPHRASE)
    assert main(["score", "-w", str(tmp_path / "ws"), "--validated"]) == 0
    err = capsys.readouterr().err
    assert "warning: correction left out" in err and "s3_39" in err


def test_the_dashboard_tells_same_named_institutions_apart_and_names_duplicates(revisions: Path):
    from sp_collect.ui.coordinator.dashboard_data import collect

    with Workspace.open(revisions, passphrase=PASSPHRASE) as workspace:
        data = collect(workspace, "en")
    assert data.heatmap is not None
    rows = data.heatmap.institutions
    assert "Social Security Board (BLZ)" in rows and "Social Security Board (KNA)" in rows
    assert len(rows) == len(set(rows)) == 3
    [note] = data.heatmap.submission_notes
    assert "2 submissions; the latest" in note
    counted = dict(data.by_institution)
    assert sum(1 for label in counted if label.endswith("(BLZ)") or label.endswith("(KNA)")) == 2


def test_a_survey_of_the_earlier_form_version_is_scored_as_the_current_one(tmp_path: Path):
    """Items the 2026.1 survey did not have are not applicable, never failed gates or gaps."""
    archive = default_config_path().parent.parent / "archive" / "2026.1"
    workspace, _ = Workspace.create(tmp_path / "ws", PASSPHRASE, name="C", role="coordinator")
    with workspace:
        workspace.forms.add(archive / f"{FORM_A}.json")
        old = workspace.responses.add(
            FORM_A, fixture("v2026_1/institutional_complete.json"), finalize=True
        )
        for path in shipped_forms():
            workspace.forms.add(path)
        found = workspace.scoring.submissions(FORM_A)
        pairs = workspace.scoring.scores()
    assert [s.uuid for f in found.values() for s in f.submissions] == [old.uuid]
    [score] = [pair.self_reported for pair in pairs.values()]
    not_asked = {na.item for na in score.not_applicable if na.reason == "not_asked"}
    assert not_asked == {
        "s2_07b", "s2_08b", "s2_10b", "s2_12a", "s3_09a", "s3_10a", "s3_10b", "s7_06b"
    }  # fmt: skip
    assert not_asked.isdisjoint(f.item for f in score.failed_gates)
    assert not_asked.isdisjoint(g.item for g in score.gap_items)
    assert score.items["s2_07a"].status == "scored"
