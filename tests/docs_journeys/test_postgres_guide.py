"""The coordinator guide's central store in PostgreSQL, run as written against a real server:
the workspace folder holds only ``keyfile.json`` and its lock file, the store opens with the
passphrase, and a database that already holds a workspace is refused with the guide's sentence.
"""

from __future__ import annotations

from pathlib import Path

import pg_fixture
import pytest
from guide_runner import ROOT, GuideRunner

pytestmark = pytest.mark.postgres
PASSPHRASE = "postgres guide passphrase"
DOCUMENTED = (
    'sp-collect init --workspace DIR --name "Study Team" --role coordinator --database '
    "postgresql+psycopg://USER@HOST/DATABASE"
)


def test_the_central_store_in_postgresql_as_the_guide_says(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    reason = pg_fixture.unavailable_reason()
    if reason is not None:
        pytest.skip(reason)
    guide = GuideRunner(ROOT / "docs" / "guide-coordinator.md", capsys, monkeypatch, tmp_path)
    with pg_fixture.running_cluster() as cluster:
        url = cluster.create_database()
        out, _ = guide.run(
            DOCUMENTED,
            passphrase=PASSPHRASE,
            values={"DIR": str(tmp_path / "c"), "postgresql+psycopg://USER@HOST/DATABASE": url},
        )
        assert "Created the coordinator workspace" in out
        held = sorted(p.name for p in (tmp_path / "c").iterdir())
        assert held == ["keyfile.json", "workspace.lock"]
        assert all(name in guide.text for name in held)  # the guide names each
        out, _ = guide.run(
            "sp-collect forms list --workspace DIR",
            passphrase=PASSPHRASE,
            values={"DIR": str(tmp_path / "c")},
        )
        _out, err = guide.run(
            DOCUMENTED,
            passphrase=PASSPHRASE,
            values={"DIR": str(tmp_path / "again"), "postgresql+psycopg://USER@HOST/DATABASE": url},
            expect=1,
        )
        guide.says("that database already holds a workspace; use an empty database", err)
