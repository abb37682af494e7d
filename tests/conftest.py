"""Shared fixtures: every test works in tmp_path, headless, with a private user-data folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


@pytest.fixture(autouse=True)
def _private_user_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Keep logs, settings and demo workspaces of tests out of the real user folder."""
    monkeypatch.setenv("SP_COLLECT_HOME", str(tmp_path_factory.mktemp("home")))
