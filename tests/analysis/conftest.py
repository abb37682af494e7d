"""Fixtures over the inline scoring config, so tests do not wait for the study's config."""

from __future__ import annotations

from typing import Any

import pytest
from inline_config import config_dict

from sp_collect.analysis.scoring_config import ScoringConfig, load_scoring_config


@pytest.fixture
def config_data() -> dict[str, Any]:
    """The inline config as JSON data, fresh for each test so that it may break it."""
    return config_dict()


@pytest.fixture(scope="session")
def config() -> ScoringConfig:
    return load_scoring_config(config_dict())
