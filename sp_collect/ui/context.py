"""What every screen receives: the open workspace, the worker, the error dialog, settings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from sp_collect.progress import CancelToken, Progress
from sp_collect.ui.errors import show_error
from sp_collect.ui.worker import Runner, RunningTask
from sp_collect.workspace import Changes, Workspace


class ChangeBus(QObject):
    """Screens announce what a mutation changed; others refresh only if it concerns them."""

    sig_changed = Signal(object)
    """A :class:`sp_collect.workspace.Changes` (or an import/export report)."""


@dataclass
class AppContext:
    """Passed to every page: ``AppContext.run`` is how screens do workspace work."""

    workspace: Workspace
    runner: Runner
    bus: ChangeBus = field(default_factory=ChangeBus)
    settings: dict[str, Any] = field(default_factory=dict)

    def run(
        self,
        work: Callable[[Progress, CancelToken], Any],
        on_done: Callable[[Any], None],
        *,
        parent: QWidget | None = None,
        progress_label: str | None = None,
    ) -> RunningTask:
        """Run on the worker thread; errors go to the one error dialog."""
        return self.runner.run(
            work,
            on_done=on_done,
            on_error=lambda exc: show_error(parent, exc),
            progress_label=progress_label,
            parent=parent,
        )

    def announce(self, changes: Changes | object) -> None:
        self.bus.sig_changed.emit(changes)
