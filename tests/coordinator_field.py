"""A coordinator workspace fed by a real field workspace (package, one finalized response, one
bundle), without Qt: shared by the workspace tests and the coordinator UI tests."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sp_collect.resources import forms_dir
from sp_collect.workspace import Workspace

PASSPHRASE = "a long coordinator passphrase"
SURVEY = "caricom-institutional-survey"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def survey_answers() -> dict[str, Any]:
    return json.loads((FIXTURES / "institutional_complete.json").read_text(encoding="utf-8"))


@dataclass
class CoordinatorAndDevice:
    """A coordinator with the survey installed, and a field device that sent it one bundle."""

    coord: Workspace
    field: Workspace
    bundle: Path
    uuid: str
    folder: Path

    def close(self) -> None:
        self.coord.close()
        self.field.close()


def coordinator_and_device(folder: Path) -> CoordinatorAndDevice:
    coord, _ = Workspace.create(
        folder / "coord", PASSPHRASE, name="Study Coordinator", role="coordinator"
    )
    form = forms_dir() / f"{SURVEY}.json"
    coord.forms.add(form)
    coord.packages.build([form], folder / "study.sppackage")
    field, _ = Workspace.create(folder / "field", PASSPHRASE, name="Marcia Laurent", role="field")
    field.packages.install(folder / "study.sppackage")
    saved = field.responses.add(SURVEY, survey_answers(), finalize=True)
    field.sync.export_bundle(folder / "dominica.spbundle")
    return CoordinatorAndDevice(coord, field, folder / "dominica.spbundle", saved.uuid, folder)


def merged(kit: CoordinatorAndDevice) -> None:
    """The coordinator trusts the field device and merges its first bundle."""
    kit.coord.contacts.trust(kit.field.card)
    kit.coord.sync.import_bundles([kit.bundle])


def conflicting_bundle(
    kit: CoordinatorAndDevice,
    changes: dict[str, Any],
    name: str,
    *,
    uuid: str | None = None,
    bump: bool = False,
) -> Path:
    """A bundle carrying the same revision with other answers, as a restored backup would
    (or, with ``bump``, the next revision).

    The façade never writes the same revision twice on purpose, so the test edits the
    device's store directly.
    """
    uuid = uuid or kit.uuid
    store = kit.field.store
    row = store.responses.get(uuid)
    assert row is not None
    store.responses.set_status(uuid, "draft")
    store.responses.save(uuid, state=row.state, answers={**row.answers, **changes})
    store.responses.set_status(uuid, "finalized", revision=row.revision + int(bump))
    path = kit.folder / name
    kit.field.sync.export_bundle(path)
    return path
