"""Fixtures for the sync tests: identities and external programs."""

from __future__ import annotations

import shutil
from collections.abc import Callable

import pytest

from sp_collect.sync.identity import Identity


@pytest.fixture(scope="session")
def field() -> Identity:
    return Identity.generate("Field Officer A", "field")


@pytest.fixture(scope="session")
def coord() -> Identity:
    return Identity.generate("Study Coordinator", "coordinator")


@pytest.fixture(scope="session")
def stranger() -> Identity:
    return Identity.generate("Someone Else", "field")


@pytest.fixture
def require_program() -> Callable[[str], None]:
    def skip_without(program: str) -> None:
        if shutil.which(program) is None:
            pytest.skip(f"the {program!r} program is not installed (apt-get install {program})")

    return skip_without
