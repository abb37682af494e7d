"""Finds shipped files (forms, schema, fonts, translations) from source and from a frozen app."""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    """The folder holding ``forms/`` and ``resources/``: the repo from source, _MEIPASS frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return app_root().joinpath("resources", *parts)


def forms_dir() -> Path:
    return app_root() / "forms"


def shipped_forms() -> list[Path]:
    """The study's instruments shipped with the app, in a stable order."""
    return sorted(forms_dir().glob("*.json"))


def default_config_path() -> Path:
    """The shipped scoring configuration (the readiness assessment's items and weights)."""
    return forms_dir() / "scoring" / "caricom-readiness.json"
