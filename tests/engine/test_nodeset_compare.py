"""Gaps mutation testing found: node-set comparisons with one-digit numbers and with the node-set
on the right, and the argument-count limits of the string functions."""

from __future__ import annotations

import pytest

from sp_collect.engine.expr import NodeSet, SimpleContext, compile_expression
from sp_collect.engine.expr.compare import COMPARISONS, NODE_EQUALITIES, node_truth
from sp_collect.errors import ExpressionError

AGES = NodeSet([12, 40, "25", 3])


def _eval(source: str, **values: object) -> object:
    return compile_expression(source).evaluate(SimpleContext(values))


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # As numbers, not as text: "12" > "9" is false as text, 12 > 9 is true.
        ("${ages} > 9", True),
        ("${ages} > 40", False),
        ("${ages} >= 40", True),
        ("${ages} < 3", False),
        ("${ages} <= 3", True),
        ("${ages} < 4", True),
        ("${ages} = 3", True),
        ("${ages} = 4", False),
        ("${ages} != 12", True),
        # The node-set on the right: the operator keeps its direction.
        ("9 < ${ages}", True),
        ("40 < ${ages}", False),
        ("40 <= ${ages}", True),
        ("3 > ${ages}", False),
        ("3 >= ${ages}", True),
        ("4 > ${ages}", True),
        ("3 = ${ages}", True),
        ("4 = ${ages}", False),
        ("'25' = ${ages}", True),
        ("'25.0' = ${ages}", False),  # string equality against a string
        ("25 = ${ages}", True),  # number equality against a number
    ],
)
def test_node_set_against_a_number(source: str, expected: bool) -> None:
    assert _eval(source, ages=AGES) is expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("${one} > 9", False),
        ("9 > ${one}", True),
        ("${one} < 10", True),
        ("10 < ${one}", False),
        ("${empty} > 0", False),
        ("0 < ${empty}", False),
        ("${empty} != 0", False),
        ("0 != ${empty}", False),
    ],
)
def test_single_and_empty_node_sets(source: str, expected: bool) -> None:
    assert _eval(source, one=NodeSet([5]), empty=NodeSet()) is expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("${a} < ${b}", True),  # 1 < 2
        ("${b} < ${a}", False),
        ("${a} > ${b}", False),
        ("${b} > ${a}", True),
        ("${a} = ${b}", False),
        ("${a} != ${b}", True),
    ],
)
def test_node_set_against_a_node_set(source: str, expected: bool) -> None:
    assert _eval(source, a=NodeSet([1]), b=NodeSet([2])) is expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("${ages} = true()", True),
        ("true() = ${ages}", True),
        ("${none} = false()", True),
        ("false() = ${none}", True),
        ("${ages} > false()", True),  # boolean vs node-set: both as numbers, 1 > 0
        ("false() < ${ages}", True),
        ("true() < ${ages}", False),
    ],
)
def test_node_set_against_a_boolean(source: str, expected: bool) -> None:
    assert _eval(source, ages=AGES, none=NodeSet()) is expected


STRING_ARITY = [
    ("string", 0, 1),
    ("concat", 0, None),
    ("join", 1, None),
    ("substring", 2, 3),
    ("substr", 2, 3),
    ("string-length", 0, 1),
    ("contains", 2, 2),
    ("starts-with", 2, 2),
    ("ends-with", 2, 2),
    ("translate", 3, 3),
    ("normalize-space", 0, 1),
    ("regex", 2, 2),
    ("uuid", 0, 1),
    ("boolean-from-string", 1, 1),
]


def _call(name: str, count: int) -> str:
    return f"{name}({', '.join(repr('1') for _ in range(count))})"


@pytest.mark.parametrize(("name", "low", "high"), STRING_ARITY)
def test_string_functions_accept_exactly_their_argument_counts(name, low, high) -> None:
    for count in range(low, (high if high is not None else low + 3) + 1):
        compile_expression(_call(name, count))
    for count in [
        c for c in (low - 1, (high or 0) + 1) if c >= 0 and (high is not None or c < low)
    ]:
        with pytest.raises(ExpressionError) as caught:
            compile_expression(_call(name, count))
        assert caught.value.code == "expr_arity"
        assert f"{name}()" in caught.value.message and f"not {count}" in caught.value.message


# Each case below is one a mutant of compare.py got past (`make mutation`): the rule it pins.
def test_a_number_equals_a_string_as_numbers() -> None:
    assert COMPARISONS["="](1.0, "1") is True  # XPath 1.0 §3.4: compared as numbers
    assert COMPARISONS["!="](1.0, " 1 ") is False
    assert COMPARISONS["="]("1", 1.0) is True


def test_a_reference_is_true_whatever_its_value() -> None:
    assert node_truth(NodeSet(["0"])) is True
    assert node_truth(NodeSet([""])) is True
    assert node_truth(NodeSet()) is False
    assert node_truth("") is True


def test_a_reference_equals_a_string_as_strings_not_numbers() -> None:
    equal = NODE_EQUALITIES[("=", False)]
    assert equal("42.0", "42") is False  # a node's value is its string: "42.0" is not "42"
    assert equal(42.0, "42") is True  # a computed number is written as XPath's string()
    assert NODE_EQUALITIES[("!=", False)]("42.0", "42") is True


def test_a_reference_equals_a_boolean_as_a_node_that_exists() -> None:
    equal = NODE_EQUALITIES[("=", False)]
    assert equal("0", True) is True  # the node exists, so it is true: "0" = true()
    assert equal("", False) is False


def test_two_references_compare_their_strings() -> None:
    equal = NODE_EQUALITIES[("=", True)]
    assert equal(1.0, "2") is False
    assert equal(42.0, "42") is True  # a computed number is read as its string
    assert NODE_EQUALITIES[("!=", True)]("a", "b") is True
