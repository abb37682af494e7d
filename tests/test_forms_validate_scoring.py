"""``forms validate`` checks a scoring config and its fit with the form it scores."""

from __future__ import annotations

import json
from pathlib import Path

from sp_collect.cli.main import main

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "forms" / "scoring" / "caricom-readiness.json"
FORM_A = ROOT / "forms" / "caricom-institutional-survey.json"


def test_the_study_config_fits_form_a(capsys) -> None:
    assert main(["forms", "validate", "--strict", str(FORM_A), str(CONFIG)]) == 0
    assert capsys.readouterr().out.strip().endswith("2 of 2 forms valid; 0 errors, 0 warnings")


def test_alone_it_finds_the_shipped_form(capsys) -> None:
    assert main(["forms", "validate", str(CONFIG)]) == 0


def test_an_item_missing_from_the_form_and_a_foreign_choice_are_reported(tmp_path, capsys) -> None:
    config = json.loads(CONFIG.read_text(encoding="utf-8"))
    config["items"][0]["id"] = "s99_99"
    mapped = next(item for item in config["items"][1:] if item.get("map"))
    mapped["map"]["no_such_choice"] = 2
    broken = tmp_path / "scoring.json"
    broken.write_text(json.dumps(config), encoding="utf-8")
    assert main(["forms", "validate", str(FORM_A), str(broken)]) == 1
    out = capsys.readouterr().out
    assert "s99_99" in out and "no_such_choice" in out
    assert out.count(str(broken)) == 2
