"""Answers and state are stored as JSON values, whatever their shape, and come back equal."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sp_collect.errors import WorkspaceError
from sp_collect.storage import Store, values

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


def _stdlib_text(value: object) -> str:
    """The canonical text as ``json`` writes it: what the faster path must reproduce exactly."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )


wide_floats = st.floats(allow_nan=False, allow_infinity=False) | st.sampled_from(
    [0.0, -0.0, 1e-4, 9.999999999999999e-05, 1e16, 9999999999999998.0, 5e-324, 1e308, 0.1]
)
mixed_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | wide_floats
    | st.text(alphabet=st.characters(codec="utf-8")),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(alphabet=st.characters(codec="utf-8")), children, max_size=4)
    ),
    max_leaves=30,
)


@settings(max_examples=400)
@given(value=mixed_values)
def test_canonical_text_is_byte_for_byte_the_json_modules(value: object):
    assert values.dumps(value) == _stdlib_text(value)


@pytest.mark.parametrize(
    "value",
    [
        {"b": 1, "a": [1.5, -0.0, 1e-05, 1e16, 1e22, 0.0001, 123456789.125]},
        {"\U0001f600": 1, "\uffff": 2, "é": 3, "": '\u2028\x00\x1f\x7f"\\'},
        {"big": 2**64, "bigger": -(2**63) - 1},
        {"lone": "\ud800"},
        ("a", "tuple"),
        {1: "int key"},
        json.loads("[" * 50 + '"deep"' + "]" * 50),
        json.loads("[" * 300 + "]" * 300),
    ],
)
def test_edge_values_get_the_json_modules_text(value: object):
    assert values.dumps(value) == _stdlib_text(value)
