"""The demo workspaces behind ``sp-collect gui --demo``: a coordinator's and a field officer's.

Both hold only synthetic answers. The field officer fills forms from the coordinator's package
and sends a bundle; the coordinator trusts them, imports it, approves some responses and returns
others with comments; the field officer imports that return. So every screen of both roles has
something to show. They are built in a scratch folder and renamed into place at the end, so an
interrupted first run never leaves half a demo behind.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sp_collect.progress import CancelToken, Progress, check, report
from sp_collect.resources import shipped_forms
from sp_collect.workspace.core import Workspace

if TYPE_CHECKING:  # the app imports this module at start (the demo's passphrase): no engine
    from sp_collect.engine import FormSession

DEMO_PASSPHRASE = "demo demo demo"
"""Shown on the unlock screen: the demo holds synthetic data only."""
COORDINATOR_NAME = "Study Team (demo)"
FIELD_NAME = "Field Officer (demo)"
_STEPS = 7


@dataclass(frozen=True)
class DemoFolders:
    coordinator: Path
    field: Path


def demo_folders(root: Path) -> DemoFolders:
    return DemoFolders(coordinator=root / "coordinator", field=root / "field")


def ensure_demo(
    root: Path, *, progress: Progress | None = None, cancel: CancelToken | None = None
) -> DemoFolders:
    """The demo workspaces under ``root``, created on first use (a few seconds)."""
    folders = demo_folders(root)
    if folders.coordinator.exists() and folders.field.exists():
        return folders
    root.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=".demo-", dir=root.parent))
    try:
        _build(scratch, progress, cancel)
        if root.exists():
            shutil.rmtree(root)  # a demo missing one of its halves: start it again
        (scratch / "workspaces").rename(root)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return folders


def _build(scratch: Path, progress: Progress | None, cancel: CancelToken | None) -> None:
    folders = demo_folders(scratch / "workspaces")
    forms = shipped_forms()

    def step(number: int) -> None:
        check(cancel)
        report(progress, number, _STEPS, "steps")

    coordinator, _ = Workspace.create(
        folders.coordinator, DEMO_PASSPHRASE, name=COORDINATOR_NAME, role="coordinator"
    )
    field, _ = Workspace.create(folders.field, DEMO_PASSPHRASE, name=FIELD_NAME, role="field")
    with coordinator, field:
        step(1)
        for path in forms:
            coordinator.forms.add(path)
        package = scratch / "study.sppackage"
        coordinator.packages.build(forms, package)
        field.packages.install(package)
        step(2)
        field.demo.generate(12, finalize=True, seed=11)
        bundle = scratch / "first.spbundle"
        field.sync.export_bundle(bundle)
        step(3)
        coordinator.sync.import_bundles([bundle])  # held: the sender is not trusted yet
        coordinator.contacts.trust(field.card)
        step(4)
        approved, returned = _review_choices(coordinator)
        for uuid in approved:
            coordinator.reviews.decide(uuid, "approved")
        for uuid in returned:
            question = _first_answered_question(field, uuid)
            comment = "Please check this answer against the 2025 annual report."
            coordinator.reviews.decide(uuid, "returned", {question: comment})
        step(5)
        back = scratch / "back.spreturn"
        coordinator.sync.export_return(FIELD_NAME, back)
        field.sync.import_return(back)
        step(6)
        field.demo.generate(4, finalize=False, seed=12)
        field.demo.generate(3, finalize=True, seed=13)
        coordinator.demo.generate(3, finalize=False, seed=14)
        step(7)


def _review_choices(coordinator: Workspace) -> tuple[list[str], list[str]]:
    """What the demo's coordinator approves (one response of each form with several) and
    returns (one more of each interview form: the survey's institutions all stay scored), in
    a set order, so that every machine builds the same demo (a batch of demo responses shares
    one time stamp, and their ids are random)."""
    survey = coordinator.scoring.config().form
    by_form: dict[str, list[str]] = {}
    rows = coordinator.responses.list(status="received")
    for row in sorted(rows, key=lambda row: (row.form_id, row.instance_name or "", row.uuid)):
        by_form.setdefault(row.form_id, []).append(row.uuid)
    approved = [uuids[-1] for uuids in by_form.values() if len(uuids) > 1]
    returned = [uuids[0] for form, uuids in by_form.items() if form != survey and len(uuids) > 2]
    return approved, returned


def _first_answered_question(workspace: Workspace, uuid: str) -> str:
    """A visible, answered question of the response, for the demo's review comment (read from
    the field workspace: only the device that wrote a response keeps its session state)."""
    session: FormSession = workspace.responses.open(uuid).session
    for section in session.sections() or [None]:
        section_id = section.id if section is not None else None
        for prompt in session.prompts(section_id):
            answered = prompt.value not in (None, "", [])
            if answered and prompt.visible and not prompt.readonly and "[" not in prompt.path:
                return prompt.path
    raise LookupError("a synthetic response without any answer")
