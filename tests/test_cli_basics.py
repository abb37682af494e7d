"""The CLI's contract: exit codes and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

from sp_collect.cli.main import main

ROOT = Path(__file__).resolve().parent.parent


def test_bad_usage_exits_2(capsys) -> None:
    try:
        code = main(["no-such-command"])
    except SystemExit as exc:
        code = exc.code
    assert code == 2
    assert "error:" in capsys.readouterr().err


def test_forms_schema_prints_the_committed_schema(capsys) -> None:
    assert main(["forms", "schema"]) == 0
    printed = json.loads(capsys.readouterr().out)
    committed = json.loads((ROOT / "resources" / "form.schema.json").read_text(encoding="utf-8"))
    assert printed == committed, "resources/form.schema.json is stale: regenerate it"
