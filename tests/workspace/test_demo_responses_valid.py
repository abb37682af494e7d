"""Every demo response is one a person could have entered: re-opened from the store in a fresh
FormSession, it has no errors and no answer on a question its skip logic hides.

The demo fills forms in a batch (views rebuilt once, filtered choices remembered across
responses), so this checks the batch against the session's ordinary path: what was stored is
re-evaluated from scratch.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from sp_collect.engine import FormSession
from sp_collect.engine.constraint_check import ConstraintCheck
from sp_collect.sync.answer_check import AnswerCheck
from sp_collect.workspace import Workspace

PASSPHRASE = "correct horse battery staple"  # the field_folder fixture's (conftest.py)

COUNT = 24  # six of each of the four instruments
CLOCK = {"meta_start", "meta_end", "start", "end"}


@pytest.fixture
def demo_workspace(field_folder: Path, tmp_path: Path) -> Workspace:
    folder = tmp_path / "demo"
    shutil.copytree(field_folder, folder)
    workspace = Workspace.open(folder, passphrase=PASSPHRASE)
    workspace.demo.generate(COUNT, finalize=True, seed=21)
    yield workspace
    workspace.close()


def hidden_answers(session: FormSession, tree: dict[str, Any], prefix: str = "") -> list[str]:
    """Paths of the answers in ``tree`` (as ``to_json`` saves them) that are not relevant."""
    found: list[str] = []
    for name, value in tree.items():
        info = session.form.items.get(name)
        if info is not None and info.type == "repeat":
            for index, entry in enumerate(value):
                found += hidden_answers(session, entry, f"{prefix}{name}[{index}].")
            continue
        if not session.is_relevant(prefix + name):
            found.append(prefix + name)
    return found


def test_every_demo_response_reopens_without_errors(demo_workspace: Workspace) -> None:
    rows = demo_workspace.responses.list()
    assert len(rows) == COUNT
    assert {row.form_id for row in rows} == {
        "caricom-beneficiary-interview",
        "caricom-institutional-survey",
        "caricom-kii-institutional",
        "caricom-workshop-summary",
    }
    for row in rows:
        assert row.status == "finalized", row.form_id
        stored = demo_workspace.responses.open(row.uuid).session.to_json()
        form = demo_workspace.forms.compiled(row.form_id, row.form_version)
        session = FormSession.from_json(form, stored)
        assert session.errors() == [], row.form_id
        assert hidden_answers(session, stored["answers"]) == [], row.form_id
        assert len(session.finalized_answers()) > 10, row.form_id


def test_the_same_seed_gives_the_same_demo(field_folder: Path, tmp_path: Path) -> None:
    first = _answers_of(field_folder, tmp_path / "a", seed=5)
    assert len(first) == 6
    assert _answers_of(field_folder, tmp_path / "b", seed=5) == first
    assert _answers_of(field_folder, tmp_path / "c", seed=6) != first


def _answers_of(template: Path, folder: Path, seed: int) -> list[str]:
    """The finalized answers (without clock fields) of a fresh six-response demo, as JSON."""
    shutil.copytree(template, folder)
    with Workspace.open(folder, passphrase=PASSPHRASE) as workspace:
        workspace.demo.generate(6, finalize=True, seed=seed)
        found = []
        for row in workspace.responses.list():
            answers = workspace.responses.open(row.uuid).session.finalized_answers()
            kept = {k: v for k, v in answers.items() if k not in CLOCK}
            found.append(json.dumps([row.form_id, kept], sort_keys=True))
    return sorted(found)


def test_every_demo_response_passes_the_checks_a_received_one_meets(
    demo_workspace: Workspace,
) -> None:
    """Checked without the session that made them: the merge's answer check (ids, types,
    choices), the engine's constraint pass over the stored answers, every attachment named is
    stored, each response was created and finalized in the event log, and the store is intact."""
    store = demo_workspace.store
    rows = demo_workspace.responses.list()
    stored_files = set(store.attachments.digests())
    named: set[str] = set()
    for row in rows:
        form = demo_workspace.forms.compiled(row.form_id, row.form_version)
        answers = store.responses.get(row.uuid).answers
        problems, digests = AnswerCheck(form).check(answers)
        assert problems == [], (row.form_id, problems)
        assert ConstraintCheck(form).failures(answers) == [], row.form_id
        named |= digests
        kinds = [event.kind for event in store.events.list(subject=row.uuid)]
        assert kinds == ["response_finalized", "response_created"], row.form_id
    assert named and named <= stored_files
    report = demo_workspace.check()
    assert report.ok, report.problems
