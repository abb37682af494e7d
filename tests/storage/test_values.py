"""Answers and state are stored as JSON values, whatever their shape, and come back equal."""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sp_collect.errors import WorkspaceError
from sp_collect.storage import Store

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(answers=st.dictionaries(st.text(min_size=1, max_size=20), json_values, max_size=8))
def test_answers_round_trip(created: tuple[Store, str], answers: dict[str, object]):
    store, _code = created
    if store.responses.get("r1") is None:
        store.responses.create("r1", "f", "1", "Ana", {}, {})
    store.responses.save("r1", state={"answers": answers}, answers=answers)
    row = store.responses.get("r1")
    assert row.answers == answers and row.state == {"answers": answers}


@pytest.mark.parametrize("bad", [math.nan, math.inf, object(), {1j: "complex key"}])
def test_values_that_are_not_json_are_refused(created: tuple[Store, str], bad: object):
    store, _code = created
    store.responses.create("r1", "f", "1", "Ana", {}, {"q": "kept"})
    with pytest.raises(WorkspaceError) as caught:
        store.responses.save("r1", state={}, answers={"q": bad})
    assert caught.value.code == "value_not_json"
    assert store.responses.get("r1").answers == {"q": "kept"}
