"""emit_signal: emit a Qt signal from Python without PySide6 6.12.0's reference-count bug.

PySide6 6.12.0's ``SignalInstance.emit`` returns True without owning a reference to it, so
every emit from Python code takes one reference from ``True``; on Python 3.11 (where True is
not immortal) a few hundred emits make the interpreter abort with "bool_dealloc: deallocating
True or False". Every ``.emit()`` in the UI goes through here until a fixed PySide6 is pinned.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance


class _Probe(QObject):
    sig_probe = Signal()
    """Emitted once at import to see whether emit() takes a reference from True."""


def _emit_steals_true() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    probe.sig_probe.emit()
    stolen = sys.getrefcount(True) < before
    if stolen:  # give back the reference the probe itself took
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return stolen


_STEALS = _emit_steals_true()


def emit_signal(signal: SignalInstance, *args: Any) -> None:
    """``signal.emit(*args)``, giving back the reference a faulty PySide6 takes."""
    result = signal.emit(*args)
    if _STEALS:
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
