"""A field workspace with the study's forms, made once per module (the KDF is slow on purpose)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sp_collect.resources import shipped_forms
from sp_collect.workspace import Workspace

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(scope="module")
def field_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("field") / "ws"
    workspace, _created = Workspace.create(folder, PASSPHRASE, name="Jane Field", role="field")
    with workspace:
        for path in shipped_forms():
            workspace.forms.add(path)
    return folder


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SP_COLLECT_PASSPHRASE", PASSPHRASE)
