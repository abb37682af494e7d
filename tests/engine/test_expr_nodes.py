"""References are nodes whose value is a string (ODK XForms spec, XPath 1.0): comparisons,
boolean conversion, and how computed NaN and ±Infinity are stored."""

from __future__ import annotations

from typing import Any

import pytest
from forms_helpers import make_form

from sp_collect.engine import FormSession
from sp_collect.engine.expr import evaluate

VALUES: dict[str, Any] = {"int": 42, "dec": 3.75, "zero": 0, "empty": None, "t": "yes"}


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("${int} = '42'", True),
        ("${int} = '42.0'", False),  # node and string: its string "42" is compared
        ("${int} = 42.0", True),  # node and number: numbers
        ("${dec} = '3.75'", True),
        ("${dec} = '3.750'", False),
        ("'3.750' = ${dec}", False),  # the same with the node on the right
        ("${dec} != '3.750'", True),
        ("${int} = ${t}", False),
        ("${zero} = ${zero}", True),
        ("${zero} = false()", False),  # a node-set compared with a boolean is true
        ("${empty} = true()", True),
        ("boolean(${empty})", True),  # the node exists, empty or not
        ("boolean(${zero})", True),
        ("boolean(string(${empty}))", False),
        ("boolean(number(${zero}))", False),
        ("not(${zero})", False),
        ("if(${zero}, 'a', 'b')", "a"),
        ("${empty} and ${zero}", True),
        ("${int} > 41 and ${t} = 'yes'", True),
        ("${empty} = ''", True),
        ("${int} + 1", 43.0),
    ],
)
def test_references_are_nodes_with_string_values(source: str, expected: object) -> None:
    assert evaluate(source, **VALUES) == expected


def q(kind: str, id_: str, **props: Any) -> dict[str, Any]:
    return {"type": kind, "id": id_, "label": id_, **props}


def test_a_bare_reference_as_a_condition_is_true_when_the_node_exists() -> None:
    form = make_form(
        items=[
            q("integer", "n"),
            q("text", "shown", relevant="${n}"),
            q("text", "hidden", relevant="string(${n})"),
            q("integer", "checked", constraint="."),
        ]
    )
    session = FormSession(form)
    assert session.is_relevant("shown")
    assert not session.is_relevant("hidden")
    assert session.answer("checked", 0).ok  # "." is the node: true, even for 0


def test_nan_and_infinity_are_stored_as_their_xpath_strings() -> None:
    form = make_form(
        items=[
            q("integer", "a"),
            {"type": "calculate", "id": "ratio", "calculation": "1 div ${a}"},
            {"type": "calculate", "id": "nothing", "calculation": "${a} * 2"},
            {"type": "calculate", "id": "shown", "calculation": "concat('r=', ${ratio})"},
            q("decimal", "minus", calculation="-1 div ${a}"),
        ]
    )
    session = FormSession(form)
    assert session.value("nothing") == "NaN"
    session.answer("a", 0)
    assert session.value("ratio") == "Infinity"
    assert session.value("minus") == "-Infinity"
    assert session.value("shown") == "r=Infinity"
    session.answer("a", 4)
    assert session.value("ratio") == 0.25
    assert session.finalized_answers()["nothing"] == 8
