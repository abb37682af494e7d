"""The demo workspaces are the same on every machine and every run: the same responses are
approved and returned, so the screens, guides and screenshots that show them agree."""

from __future__ import annotations

from pathlib import Path

from sp_collect.workspace import Workspace
from sp_collect.workspace.demo_workspace import DEMO_PASSPHRASE, ensure_demo


def _statuses(root: Path) -> list[tuple[str, str, str]]:
    folders = ensure_demo(root)
    with Workspace.open(folders.coordinator, passphrase=DEMO_PASSPHRASE) as coordinator:
        rows = coordinator.responses.list()
        survey = coordinator.scoring.config().form
    found = sorted((row.form_id, row.status, row.instance_name or "") for row in rows)
    assert sum(1 for form, status, _ in found if form == survey and status == "returned") == 0
    return found


def test_two_demo_builds_review_the_same_responses(tmp_path: Path) -> None:
    first = _statuses(tmp_path / "one" / "demo")
    second = _statuses(tmp_path / "two" / "demo")
    assert first == second
    statuses = [status for _, status, _ in first]
    assert statuses.count("approved") == 3 and statuses.count("returned") == 2
