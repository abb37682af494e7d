"""Guards against a PySide6 whose Signal.emit() leaks a reference to True (6.12.0 aborts the app
after a few hundred emits with "bool_dealloc"); pyproject.toml excludes that release."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Sender(QObject):
    sig_ping = Signal(int)
    """Emitted by the test."""


def test_emitting_signals_does_not_leak_references_to_true() -> None:
    sender = _Sender()
    received: list[int] = []
    sender.sig_ping.connect(received.append)
    before = sys.getrefcount(True)
    for number in range(2000):
        sender.sig_ping.emit(number)
    assert len(received) == 2000
    assert abs(sys.getrefcount(True) - before) < 50
