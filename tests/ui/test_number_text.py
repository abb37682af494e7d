"""Numbers shown back in a field are written as the engine writes them: never an exponent."""

from __future__ import annotations

import pytest

from sp_collect.ui.widgets.numbers import format_number


@pytest.mark.parametrize(
    ("value", "text"),
    [(None, ""), (3, "3"), (3.0, "3"), (2.5, "2.5"), (1e-07, "0.0000001"), (1e20, "1" + "0" * 20)],
)
def test_format_number(value: object, text: str) -> None:
    assert format_number(value) == text
