"""Progress reporting and cancellation for long operations (import, export, reports).

Core functions take ``progress: Progress | None`` and ``cancel: CancelToken | None``; the UI
passes a token its Cancel button sets and the CLI draws a bar from the callbacks.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from sp_collect.errors import Cancelled

Progress = Callable[[int, int, str], None]
"""``progress(done, total, what)``; ``total`` is 0 when unknown."""


class CancelToken:
    """Set from any thread; checked by the worker between units of work."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if cancellation was asked for."""
        if self._event.is_set():
            raise Cancelled("cancelled; nothing was changed")


def report(progress: Progress | None, done: int, total: int, what: str = "") -> None:
    if progress is not None:
        progress(done, total, what)


def check(cancel: CancelToken | None) -> None:
    if cancel is not None:
        cancel.check()
