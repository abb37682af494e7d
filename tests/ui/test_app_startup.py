"""App start-up: what is loaded before Home shows, and the form screen loaded while Home is read.

Not timed (the machine is shared; ``benchmarks/ui.py`` times it): these pin the causes of a slow
start instead. Each runs a fresh interpreter, since this test process has long loaded everything.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sp_collect.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "start-up test passphrase"
FORM = "caricom-institutional-survey"
NOT_FOR_HOME = (
    "pydantic",
    "lark",
    "segno",
    "reportlab",
    "docx",
    "openpyxl",
    "sp_collect.engine.model",
    "sp_collect.engine.session",
    "sp_collect.ui.form_host",
    "sp_collect.ui.widgets.registry",
    "sp_collect.ui.coordinator.review_page",
    "sp_collect.analysis.readiness",
)
"""Not needed to show a field workspace's Home: the form screen with its engine, the
coordinator's screens, QR codes and documents load when first used."""
NOT_FOR_COORDINATOR_HOME = (
    "pydantic",
    "lark",
    "segno",
    "reportlab",
    "docx",
    "openpyxl",
    "sqlite_utils",
    "sp_collect.analysis.scoring_config",
    "sp_collect.engine.model",
    "sp_collect.sync.merge",
    "sp_collect.ui.form_host",
)
"""A coordinator's pages load with Home, but not what they show (the scoring configuration,
the form engine, the exporters, documents, the merge) nor the form screen."""

START = f"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from sp_collect.ui.app import Shell, application
from sp_collect.workspace import Workspace

WANTED = json.loads(sys.argv[2])
app = application([])
shell = Shell(Path(sys.argv[1]))
shell.start()
shell.unlocked(Workspace.open(sys.argv[1], passphrase={PASSPHRASE!r}))
app.processEvents()
area = shell.window.area
at_home = [m for m in WANTED if m in sys.modules]

loop = QEventLoop()  # the user reads Home: the form screen loads on the worker meanwhile
poll = QTimer(interval=20)
poll.timeout.connect(lambda: "sp_collect.ui.form_host" in sys.modules and loop.quit())
poll.start()
QTimer.singleShot(60_000, loop.quit)
loop.exec()
shell.runner.wait()
app.processEvents()
preloaded = "sp_collect.ui.form_host" in sys.modules and area.host is None

area.start_form({FORM!r})
shell.runner.wait()
app.processEvents()
opened = area.host is not None and area.host.editor.form.model.id == {FORM!r}
shell.shutdown()
print(json.dumps({{"at_home": at_home, "preloaded": preloaded, "opened": opened}}))
"""

PAGES = """
import json
from sp_collect.ui.main_window import _load_page_modules
from sp_collect.ui.pages import pages_for

def names(role):
    return [page.__name__ for page in pages_for(role)]

_load_page_modules("field")
field_alone = names("field")
_load_page_modules("coordinator")
print(json.dumps({"field_alone": field_alone, "field": names("field"),
                  "coordinator": names("coordinator")}))
"""


def _run(code: str, *args: str, home: Path) -> dict[str, object]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "SP_COLLECT_HOME": str(home),
    }
    done = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=True
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.parametrize(
    ("role", "not_for_home"), [("field", NOT_FOR_HOME), ("coordinator", NOT_FOR_COORDINATOR_HOME)]
)
def test_home_loads_no_form_engine_and_the_form_screen_loads_while_home_is_read(
    tmp_path: Path, role: str, not_for_home: tuple[str, ...]
) -> None:
    folder = tmp_path / "ws"
    workspace, _ = Workspace.create(folder, PASSPHRASE, name="Start-up", role=role)
    with workspace:
        workspace.forms.add(ROOT / "forms" / f"{FORM}.json")
    result = _run(START, str(folder), json.dumps(not_for_home), home=tmp_path / "home")
    assert result["at_home"] == []
    assert result["preloaded"], "the form screen was loaded before any form was opened"
    assert result["opened"]


def test_a_field_workspace_loads_every_page_of_its_role_and_no_other(tmp_path: Path) -> None:
    result = _run(PAGES, home=tmp_path / "home")
    assert result["field_alone"] == result["field"]
    assert "IdentityPage" in result["field"]
    assert set(result["coordinator"]) - set(result["field"]) >= {"ReviewPage", "ScoresPage"}
