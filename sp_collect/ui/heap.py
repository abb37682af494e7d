"""The garbage collector's full passes kept short while a workspace is open.

A full (generation 2) collection walks every object the process tracks and pauses every thread
meanwhile, the window's too. With the app and an open workspace that is about 177,000 objects
and 90 ms of CPU (``benchmarks/ui_report.py``): enough, should one fall while the worker runs an
export or an import, for the window to miss its repaints. What exists once a workspace is open
(Qt's wrappers, the modules, the compiled forms, the workspace's screens) lives until it is
locked, so it is frozen out of the collector's walks; each full pass then walks only what was
made since. Locking gives it back to the collector, which frees the closed workspace's objects
while the unlock screen is up and nobody is typing.
"""

from __future__ import annotations

import gc


def freeze_what_is_open() -> None:
    """After a workspace's screens are built: later full passes skip everything alive now."""
    gc.freeze()


def collect_after_lock() -> None:
    """After the workspace closed: everything is walked again, and its garbage freed now."""
    gc.unfreeze()
    gc.collect()
