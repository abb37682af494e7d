"""One coordinator workspace with the study's forms, six institutions, interviews and a
workshop, made once for the reports tests (the KDF is slow on purpose)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

import pytest
from report_study_data import (
    FORM_A,
    FORM_B,
    FORM_D,
    PASSPHRASE,
    fixture,
    institution_answers,
    interview_answers,
)

from sp_collect.analysis.scoring_config import load_scoring_config
from sp_collect.analysis.submissions import InstitutionKey
from sp_collect.resources import shipped_forms
from sp_collect.workspace import Workspace
from sp_collect.workspace.scoring import default_config_path

INSTITUTIONS = 6
INTERVIEWS = 8
CORRECTED_ITEM = "s2_02"
TYPED = ("d5_original", "d5_corrected")


@dataclass(frozen=True)
class Study:
    folder: Path
    form_a_uuids: dict[InstitutionKey, str]
    workshop_uuid: str
    corrected_key: InstitutionKey
    corrected_institution: str
    """The code of ``corrected_key`` (what ``--institution`` takes)."""
    corrected_item: str
    corrected_value: str

    def open(self) -> Workspace:
        return Workspace.open(self.folder, passphrase=PASSPHRASE)


@pytest.fixture(scope="session")
def study(tmp_path_factory: pytest.TempPathFactory) -> Study:
    folder = tmp_path_factory.mktemp("study") / "ws"
    workspace, _created = Workspace.create(
        folder, PASSPHRASE, name="Study coordinator", role="coordinator"
    )
    config = load_scoring_config(default_config_path())
    rng = random.Random(7)
    uuids: dict[InstitutionKey, str] = {}
    with workspace:
        for path in shipped_forms():
            workspace.forms.add(path)
        for index in range(INSTITUTIONS):
            answers = institution_answers(index, config, rng)
            saved = workspace.responses.add(FORM_A, answers, finalize=True)
            uuids[InstitutionKey(answers["s1_01"], answers["s1_02"])] = saved.uuid
        for index in range(INTERVIEWS):
            workspace.responses.add(FORM_B, interview_answers(index, rng), finalize=True)
        corrected = next(iter(uuids))
        original = workspace.responses.get(uuids[corrected]).answers
        # The workshop agrees on an answer that scores differently from the survey's.
        value = "in_force" if original[CORRECTED_ITEM] != "in_force" else "no"
        workshop = fixture("workshop_complete.json")
        entry = workshop["d5_scores"][0]
        entry.update({"d5_country": corrected.country, "d5_institution": corrected.code})
        # A single-choice item: both answers are picked from the item's own choices.
        entry["d5_corrections"][0] = {
            **{k: v for k, v in entry["d5_corrections"][0].items() if k not in TYPED},
            "d5_item": CORRECTED_ITEM,
            "d5_original_choice": f"{CORRECTED_ITEM}.{original[CORRECTED_ITEM]}",
            "d5_corrected_choice": f"{CORRECTED_ITEM}.{value}",
        }
        saved = workspace.responses.add(FORM_D, workshop, finalize=True)
    return Study(folder, uuids, saved.uuid, corrected, corrected.code, CORRECTED_ITEM, value)
