"""Every module of sp_collect/workspace/ has its place in the import-linter layers, so a new
module cannot slip past the contract that forbids import circles."""

from __future__ import annotations

import tomllib
from pathlib import Path

import sp_collect.workspace

ROOT = Path(__file__).resolve().parents[2]


def test_every_workspace_module_is_in_the_layers_contract() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    [contract] = [
        c
        for c in config["tool"]["importlinter"]["contracts"]
        if c.get("containers") == ["sp_collect.workspace"]
    ]
    layered = {name.strip() for layer in contract["layers"] for name in layer.split("|")}
    folder = Path(sp_collect.workspace.__file__).parent
    modules = {path.stem for path in folder.glob("*.py") if path.stem != "__init__"}
    assert modules == layered
