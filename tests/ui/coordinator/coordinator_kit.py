"""The coordinator UI tests' kit: ``coordinator_field``'s workspaces with an app context."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pytest
from coordinator_field import (
    FIXTURES,
    PASSPHRASE,
    SURVEY,
    CoordinatorAndDevice,
    conflicting_bundle,
    coordinator_and_device,
    merged,
    survey_answers,
)
from pytestqt.qtbot import QtBot

from sp_collect.ui.context import AppContext
from sp_collect.ui.pages import Page
from sp_collect.ui.settings import Preferences
from sp_collect.ui.worker import Runner

__all__ = [
    "FIXTURES",
    "PASSPHRASE",
    "SURVEY",
    "Kit",
    "conflicting_bundle",
    "kit",
    "merged",
    "shown_page",
    "survey_answers",
    "wait_idle",
]


@dataclass
class Kit(CoordinatorAndDevice):
    """The coordinator and device of ``coordinator_field``, plus an app context for pages."""

    def context(self, tmp_path: Path) -> AppContext:
        ctx = AppContext(self.coord, Runner())
        ctx.settings["preferences"] = Preferences(tmp_path / "settings.ini")
        return ctx


@pytest.fixture(scope="module")
def kit(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Kit]:
    pair = coordinator_and_device(tmp_path_factory.mktemp("coordinator"))
    yield Kit(pair.coord, pair.field, pair.bundle, pair.uuid, pair.folder)
    pair.close()


def wait_idle(qtbot: QtBot, ctx: AppContext) -> None:
    """Wait until the worker has finished and its result reached the UI thread."""
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=20_000)


PageT = TypeVar("PageT", bound=Page)


def shown_page(qtbot: QtBot, kit: Kit, tmp_path: Path, page_type: type[PageT]) -> PageT:
    """A page of the coordinator's workspace, shown offscreen with its own context and
    refreshed, as the sidebar does when the page is chosen."""
    page = page_type(kit.context(tmp_path))
    qtbot.addWidget(page)
    page.show()
    page.refresh(None)
    return page
