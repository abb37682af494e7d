"""emit_signal survives PySide6 6.12.0's reference leak on True (an abort after ~600 emits)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from sp_collect.ui.widgets.signals import emit_signal


class Sender(QObject):
    sig_value = Signal(object)
    """Carries any value, as QuestionWidget.sig_value_changed does."""


def test_many_emits_leave_the_refcount_of_true_alone() -> None:
    sender = Sender()
    received: list[object] = []
    sender.sig_value.connect(received.append)
    before = sys.getrefcount(True)
    for number in range(3000):
        emit_signal(sender.sig_value, number)
    assert received == list(range(3000))
    assert abs(sys.getrefcount(True) - before) < 10
