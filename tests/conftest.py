"""Shared fixtures: every test works in tmp_path, headless, with a private user-data folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from hypothesis import HealthCheck, settings

# Property tests check behaviour, not speed: on a loaded two-core machine input generation can
# be slow, so neither the generation-speed health check nor per-example deadlines apply.
settings.register_profile("sp_collect", suppress_health_check=[HealthCheck.too_slow], deadline=None)
settings.load_profile("sp_collect")


@pytest.fixture(autouse=True)
def _private_user_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Keep logs, settings and demo workspaces of tests out of the real user folder."""
    monkeypatch.setenv("SP_COLLECT_HOME", str(tmp_path_factory.mktemp("home")))
