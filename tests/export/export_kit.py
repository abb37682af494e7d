"""Shared helpers and fixtures of the export tests: a coordinator workspace with study data.

Creating and opening a workspace runs the slow KDF, so the folder is filled once for the whole
package and each module opens it once.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from sp_collect.resources import shipped_forms
from sp_collect.workspace import Workspace

PASSPHRASE = "a passphrase"
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
FORM_A = "caricom-institutional-survey"
FORM_C = "caricom-beneficiary-interview"
FORM_D = "caricom-workshop-summary"


def fixture_answers(name: str) -> dict[str, object]:
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="package")
def coordinator_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("coordinator") / "ws"
    workspace, _created = Workspace.create(
        folder, PASSPHRASE, name="Study Coordinator", role="coordinator"
    )
    with workspace:
        for path in shipped_forms():
            workspace.forms.add(path)
        workspace.responses.add(FORM_C, fixture_answers("beneficiary_complete"), finalize=True)
        workspace.responses.add(FORM_A, fixture_answers("institutional_complete"), finalize=True)
        workspace.responses.add(FORM_D, fixture_answers("workshop_complete"), finalize=True)
    return folder


@pytest.fixture(scope="module")
def workspace(coordinator_folder: Path) -> Iterator[Workspace]:
    with Workspace.open(coordinator_folder, passphrase=PASSPHRASE) as opened:
        yield opened
