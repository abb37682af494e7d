"""One rule for geopoint bounds: the engine refuses what the widget refuses."""

from __future__ import annotations

import pytest
from forms_helpers import make_form

from sp_collect.engine import FormSession
from sp_collect.engine.geopoint import parts_out_of_range


@pytest.mark.parametrize(
    ("value", "accepted"),
    [
        ("13.1 -59.62", True),
        ("13.1 -59.62 12 5", True),
        ("13.1 -59.62 -3 0", True),  # below sea level is fine
        ("13.1 -59.62 12 -5", False),  # a negative accuracy is not
        ("95 10", False),
        ("10 -181", False),
    ],
)
def test_the_engine_checks_every_part(value: str, accepted: bool) -> None:
    session = FormSession(make_form(items=[{"type": "geopoint", "id": "where"}]))
    result = session.answer("where", value)
    assert result.ok is accepted
    if not accepted:
        assert result.status == "type"


def test_out_of_range_names_the_parts() -> None:
    assert parts_out_of_range([95.0, 200.0, None, -1.0]) == ["latitude", "longitude", "accuracy"]
    assert parts_out_of_range([0.0, 0.0]) == []
