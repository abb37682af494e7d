"""Coordinator workspaces fed by a real field workspace: package, finalized response, bundle."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest
from pytestqt.qtbot import QtBot

from sp_collect.resources import forms_dir
from sp_collect.ui.context import AppContext
from sp_collect.ui.pages import Page
from sp_collect.ui.settings import Preferences
from sp_collect.ui.worker import Runner
from sp_collect.workspace import Workspace

PASSPHRASE = "a long coordinator passphrase"
SURVEY = "caricom-institutional-survey"
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def survey_answers() -> dict[str, Any]:
    return json.loads((FIXTURES / "institutional_complete.json").read_text(encoding="utf-8"))


@dataclass
class Kit:
    """A coordinator with the survey installed, and a field device that sent it one bundle."""

    coord: Workspace
    field: Workspace
    bundle: Path
    uuid: str
    folder: Path

    def context(self, tmp_path: Path) -> AppContext:
        ctx = AppContext(self.coord, Runner())
        ctx.settings["preferences"] = Preferences(tmp_path / "settings.ini")
        return ctx


@pytest.fixture(scope="module")
def kit(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Kit]:
    folder = tmp_path_factory.mktemp("coordinator")
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
    yield Kit(coord, field, folder / "dominica.spbundle", saved.uuid, folder)
    coord.close()
    field.close()


def wait_idle(qtbot: QtBot, ctx: AppContext) -> None:
    """Wait until the worker has finished and its result reached the UI thread."""
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=20_000)


def merged(kit: Kit) -> None:
    """The coordinator trusts the field device and merges its first bundle."""
    kit.coord.contacts.trust(kit.field.card)
    kit.coord.sync.import_bundles([kit.bundle])


def conflicting_bundle(
    kit: Kit, changes: dict[str, Any], name: str, *, uuid: str | None = None, bump: bool = False
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


PageT = TypeVar("PageT", bound=Page)


def shown_page(qtbot: QtBot, kit: Kit, tmp_path: Path, page_type: type[PageT]) -> PageT:
    """A page of the coordinator's workspace, shown offscreen with its own context."""
    page = page_type(kit.context(tmp_path))
    qtbot.addWidget(page)
    page.show()
    return page
