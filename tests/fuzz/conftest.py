"""Fuzz fixtures: identities shared by the whole folder (key generation is the slow part)."""

from __future__ import annotations

import pytest

from sp_collect.sync.identity import Identity


@pytest.fixture(scope="session")
def device() -> Identity:
    return Identity.generate("Ana Field", "field")


@pytest.fixture(scope="session")
def coordinator() -> Identity:
    return Identity.generate("Cora Ordinator", "coordinator")


@pytest.fixture(scope="session")
def outsider() -> Identity:
    return Identity.generate("Mallory Outsider", "field")
