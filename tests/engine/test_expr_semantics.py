"""XPath 1.0 / ODK semantics of expressions: types, conversions, operators, comparisons."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from sp_collect.engine.expr import (
    NodeSet,
    SimpleContext,
    compile_expression,
    evaluate,
    format_number,
    from_raw,
    to_boolean,
    to_number,
    to_string,
)

NOON_23_NOV = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.UTC)


def is_nan(value: object) -> bool:
    return isinstance(value, float) and math.isnan(value)


# --- types and conversions -------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, ""),
        ("x", "x"),
        (3, 3.0),
        (2.5, 2.5),
        (True, True),
        (["a", "b"], "a b"),
        ({}, ""),
        ({"b": 1, "a": "x"}, '{"a": "x", "b": 1}'),
        (10**400, math.inf),
        (dt.date(2026, 1, 31), "2026-01-31"),
        (dt.datetime(2026, 1, 31, 8, 30, tzinfo=dt.UTC), "2026-01-31T08:30:00+00:00"),
        (dt.time(8, 30), "08:30:00"),
    ],
)
def test_answers_become_xpath_values(raw: object, expected: object) -> None:
    assert from_raw(raw) == expected


def test_an_unanswered_question_is_the_empty_string() -> None:
    assert evaluate("${a} = ''", a=None) is True
    assert evaluate("string-length(${a})", a=None) == 0.0


def test_select_multiple_answers_are_space_separated() -> None:
    assert evaluate("${langs}", langs=["en", "fr"]) == "en fr"


@pytest.mark.parametrize(
    ("number", "text"),
    [
        (3.0, "3"),
        (-0.0, "0"),
        (0.5, "0.5"),
        (-2.25, "-2.25"),
        (math.nan, "NaN"),
        (math.inf, "Infinity"),
        (-math.inf, "-Infinity"),
        (1e20, "100000000000000000000"),
        (1e-05, "0.00001"),
        (0.1 + 0.2, "0.30000000000000004"),
    ],
)
def test_numbers_print_like_xpath(number: float, text: str) -> None:
    assert format_number(number) == text
    assert to_string(number) == text


def test_booleans_print_as_words() -> None:
    assert evaluate("string(1 = 1)") == "true"
    assert evaluate("concat(1 = 2, '')") == "false"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12", 12.0),
        (" -3.5 ", -3.5),
        (".5", 0.5),
        ("1970-01-11", 10.0),
        ("1970-01-02T12:00:00Z", 1.5),
        ("1970-01-02T00:00:00+02:00", 1.0 - 2 / 24),
    ],
)
def test_number_of_strings_and_dates(text: str, expected: float) -> None:
    assert to_number(text) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["", "abc", "1e5", "+3", "Infinity", "NaN", "2026-13-45", "1 2"])
def test_number_of_non_numerals_is_nan(text: str) -> None:
    assert is_nan(evaluate("number(${x})", x=text))


@pytest.mark.parametrize(
    ("value", "expected"),
    [("", False), ("false", True), (0.0, False), (math.nan, False), (-1.0, True)],
)
def test_boolean_conversion(value: str | float, expected: bool) -> None:
    assert to_boolean(value) is expected


def test_boolean_of_node_sets_is_non_emptiness() -> None:
    assert to_boolean(NodeSet()) is False
    assert to_boolean(NodeSet([""])) is True
    assert evaluate("boolean(${r})", r=NodeSet()) is False


def test_node_set_string_and_number_are_those_of_the_first_member() -> None:
    nodes = NodeSet(["4", 5, None])
    assert nodes.values == ("4", "5", "")
    assert to_string(nodes) == "4"
    assert to_number(nodes) == 4.0
    assert is_nan(to_number(NodeSet()))


# --- arithmetic ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("${a} + 1", 3.0),
        ("7 - 2 - 1", 4.0),
        ("2 * 3 + 1", 7.0),
        ("1 + 2 * 3", 7.0),
        ("7 div 2", 3.5),
        ("5 mod 3", 2.0),
        ("-5 mod 3", -2.0),
        ("5 mod -3", 2.0),
        ("5.5 mod 2", 1.5),
        ("-${a}", -2.0),
        ("- - 3", 3.0),
        ("-2 * 3", -6.0),
        ("1.5 + .5", 2.0),
        ("'3' + '4'", 7.0),
        ("true() + 1", 2.0),
    ],
)
def test_arithmetic(source: str, expected: float) -> None:
    assert evaluate(source, a=2) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [("1 div 0", math.inf), ("-1 div 0", -math.inf), ("1 div -0", -math.inf)],
)
def test_division_by_zero_is_infinite(source: str, expected: float) -> None:
    assert evaluate(source) == expected


@pytest.mark.parametrize("source", ["0 div 0", "5 mod 0", "'x' + 1", "${a} * 2"])
def test_undefined_arithmetic_is_nan(source: str) -> None:
    assert is_nan(evaluate(source, a=""))


# --- logic -----------------------------------------------------------------------------


def test_and_or_short_circuit() -> None:
    # regex() with an invalid pattern would fail if it were evaluated.
    assert evaluate("false() and regex('a', '(')") is False
    assert evaluate("true() or regex('a', '(')") is True


def test_precedence_or_below_and_below_comparison() -> None:
    assert evaluate("1 = 1 or 1 = 2 and 1 = 2") is True
    assert evaluate("(1 = 1 or 1 = 2) and 1 = 2") is False
    assert evaluate("1 + 1 = 2") is True
    assert evaluate("1 < 2 = 2 > 1") is True


# --- equality --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("${n} = 3", True),
        ("${n} = '3.0'", False),  # a node and a string: its string '3' is compared
        ("${n} = 3.0", True),  # a node and a number: compared as numbers
        ("'3' = '3.0'", False),  # two strings: compare as strings
        ("${s} = 'yes'", True),
        ("${s} != 'no'", True),
        ("true() = 'x'", True),  # a boolean on one side: compare as booleans
        ("false() = ''", True),
        ("true() = 0", False),
        ("0 div 0 = 0 div 0", False),
        ("0 div 0 != 0 div 0", True),
        ("${empty} = ''", True),
        ("${n} = ''", False),
    ],
)
def test_equality_by_type_priority(source: str, expected: bool) -> None:
    assert evaluate(source, n=3, s="yes", empty=None) is expected


# --- relational comparisons ------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("${age} >= 18", True),
        ("${age} < 18", False),
        ("'10' > '9'", True),  # numeric strings compare as numbers
        ("${d} <= today()", True),
        ("${d} > today()", False),
        ("${d} < '2026-11-23T00:00:01Z'", True),
        ("${d} > 20000", True),
        ("'apple' < 'banana'", False),  # non-numeric, non-date strings: NaN, so false
        ("'apple' >= 'apple'", False),
        ("${empty} < 1", False),
    ],
)
def test_relational_comparisons(source: str, expected: bool) -> None:
    ctx = SimpleContext({"age": 30, "d": "2026-11-20", "empty": None}, now=NOON_23_NOV)
    assert compile_expression(source).evaluate(ctx) is expected


def test_today_is_the_date_of_the_context_clock() -> None:
    ctx = SimpleContext({"d": "2026-11-23"}, now=dt.datetime(2026, 11, 23, 23, 30, tzinfo=dt.UTC))
    assert compile_expression("${d} = today()").evaluate(ctx) is True
    assert compile_expression("${d} >= today()").evaluate(ctx) is True


# --- node-sets -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("${ages} = 40", True),
        ("${ages} = 41", False),
        ("${ages} != 40", True),  # some member differs
        ("${ages} > 39", True),
        ("${ages} > 40", False),
        ("${ages} < '20'", True),
        ("${names} = 'bo'", True),
        ("${names} = ${other}", True),
        ("${names} = ${ages}", False),
        ("${ages} = true()", True),
        ("${none} = true()", False),
        ("${none} = false()", True),
        ("${none} = ''", False),  # no member at all: nothing satisfies it
    ],
)
def test_node_set_comparisons_exist_a_member(source: str, expected: bool) -> None:
    ctx = SimpleContext(
        {
            "ages": NodeSet([12, 40, "25"]),
            "names": NodeSet(["al", "bo"]),
            "other": NodeSet(["cy", "bo"]),
            "none": NodeSet(),
        }
    )
    assert compile_expression(source).evaluate(ctx) is expected


# --- current node, literals, whitespace ------------------------------------------------


def test_current_value_in_a_constraint() -> None:
    expr = compile_expression(". >= 0 and . < 100000")
    assert expr.uses_current
    assert expr.evaluate(SimpleContext(current=5)) is True
    assert expr.evaluate(SimpleContext(current=-1)) is False


def test_string_literals_in_either_quote() -> None:
    assert evaluate("concat('it\"s', \"l'eau\")") == "it\"sl'eau"


def test_whitespace_and_newlines_are_ignored() -> None:
    assert evaluate("\n  ${a}\t+\n1 ", a=1) == 2.0


def test_names_with_dots_and_hyphens() -> None:
    assert evaluate("${s2.q-1} + 1", SimpleContext({"s2.q-1": 1})) == 2.0


def test_keyword_prefixes_are_not_keywords() -> None:
    # "mod-1" lexes as mod then -1, and "5 mod - 1" too.
    assert evaluate("5 mod-3") == 2.0
    assert evaluate("6 div-3") == -2.0
