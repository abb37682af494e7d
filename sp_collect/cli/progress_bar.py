"""A text progress bar on stderr for long commands (import, export, reports)."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class ProgressBar:
    """Callable as ``progress(done, total, what)``.

    On a terminal it redraws one line at most ten times a second; elsewhere (a log file, CI) it
    writes a line per 10% at most, never the same line twice; with ``--quiet`` nothing.
    """

    quiet = False
    """Set for the whole run by ``sp-collect --quiet``."""

    def __init__(self, label: str, stream: TextIO | None = None) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self._last = 0.0
        self._drawn = False
        self._decile = -1
        self._written = ""

    def __call__(self, done: int, total: int, what: str = "") -> None:
        if self.quiet:
            return
        if total:
            filled = int(30 * done / total)
            bar = "#" * filled + "-" * (30 - filled)
            text = f"{self.label} [{bar}] {done}/{total} {what}"
        else:
            text = f"{self.label} {done} {what}"
        if self.stream.isatty():
            now = time.monotonic()
            if now - self._last < 0.1 and done != total:
                return
            self._last = now
            self.stream.write(("\r" + text).ljust(80))
            self._drawn = True
        else:
            decile = int(10 * done / total) if total else -1
            if decile <= self._decile or text == self._written:
                return
            self._decile = decile
            self._written = text
            self.stream.write(text.rstrip() + "\n")
        self.stream.flush()

    def close(self) -> None:
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
