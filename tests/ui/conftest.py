"""UI fixtures: prompts written inline and widgets shown offscreen under qtbot."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from sp_collect.engine.prompts import Prompt
from sp_collect.ui.widgets.base import QuestionWidget
from sp_collect.ui.widgets.registry import widget_for


@pytest.fixture
def make_widget(qtbot: QtBot) -> Callable[..., tuple[QuestionWidget, list[Any]]]:
    """A shown widget for a prompt built from keywords, and the list of values it emitted."""

    def make(**fields: Any) -> tuple[QuestionWidget, list[Any]]:
        fields.setdefault("path", fields.get("id", "q"))
        fields.setdefault("id", fields["path"])
        widget = widget_for(Prompt(**fields))
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        emitted: list[Any] = []
        widget.sig_value_changed.connect(emitted.append)
        return widget, emitted

    return make
