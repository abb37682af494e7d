"""Every function of the expression language, as XPath 1.0 and ODK define it."""

from __future__ import annotations

import datetime as dt
import math
import re

import pytest

from sp_collect.engine.expr import FUNCTIONS, NodeSet, SimpleContext, compile_expression, evaluate


def is_nan(value: object) -> bool:
    return isinstance(value, float) and math.isnan(value)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # XPath core: conversions and logic
        ("string(12)", "12"),
        ("number('4.5')", 4.5),
        ("boolean('x')", True),
        ("true()", True),
        ("false()", False),
        ("not(${a})", False),
        ("not('')", True),
        # strings
        ("concat('a', 1, true())", "a1true"),
        ("concat()", ""),
        ("substring('12345', 2, 3)", "234"),
        ("substring('12345', 2)", "2345"),
        ("substring('12345', 1.5, 2.6)", "234"),
        ("substring('12345', 0, 3)", "12"),
        ("substring('12345', 0 div 0, 3)", ""),
        ("substring('12345', 1, 0 div 0)", ""),
        ("substring('12345', -42, 1 div 0)", "12345"),
        ("substring('12345', -1 div 0, 1 div 0)", ""),
        ("string-length('héllo')", 5.0),
        ("contains('abc', 'b')", True),
        ("contains('abc', '')", True),
        ("starts-with('abc', 'ab')", True),
        ("ends-with('abc', 'bc')", True),
        ("ends-with('abc', 'b')", False),
        ("translate('bar', 'abc', 'ABC')", "BAr"),
        ("translate('--aaa--', 'abc-', 'ABC')", "AAA"),
        ("translate('aba', 'aa', 'xy')", "xbx"),
        ("normalize-space('  a \t b\n ')", "a b"),
        # numbers
        ("floor(2.7)", 2.0),
        ("floor(-2.5)", -3.0),
        ("ceiling(2.1)", 3.0),
        ("ceiling(-2.5)", -2.0),
        ("floor(1 div 0)", math.inf),
        ("round(2.5)", 3.0),
        ("round(-2.5)", -2.0),
        ("round(2.4)", 2.0),
        ("round(1 div 0)", math.inf),
        ("round(3.14159, 2)", 3.14),
        ("round(2.675, 2)", 2.68),
        ("round(-2.5, 0)", -3.0),
        ("round(1234.5, -2)", 1200.0),
        ("int(3.9)", 3.0),
        ("int(-3.9)", -3.0),
        ("int('7')", 7.0),
        ("abs(-3)", 3.0),
        ("pow(2, 10)", 1024.0),
        ("pow(10, 400)", math.inf),
        ("pow(0, -1)", math.inf),
        ("sqrt(16)", 4.0),
        ("exp(0)", 1.0),
        ("exp(1000)", math.inf),
        ("log(1)", 0.0),
        ("log(0)", -math.inf),
        ("log10(1000)", 3.0),
        ("pi()", math.pi),
        ("sin(0)", 0.0),
        ("cos(0)", 1.0),
        ("tan(0)", 0.0),
        ("asin(1)", math.pi / 2),
        ("acos(1)", 0.0),
        ("atan(0)", 0.0),
        ("atan2(1, 1)", math.pi / 4),
        # conditionals
        ("if(${a}, 'yes', 'no')", "yes"),
        ("if('', 'yes', 'no')", "no"),
        ("coalesce('', 'b')", "b"),
        ("coalesce(${a}, 'b')", True),
        ("coalesce(${missing}, 3)", 3.0),
        ("once(${a})", True),
        ("boolean-from-string('true')", True),
        ("boolean-from-string('1')", True),
        ("boolean-from-string('false')", False),
        ("boolean-from-string('yes')", False),
    ],
)
def test_function(source: str, expected: object) -> None:
    assert evaluate(source, a=True) == expected


@pytest.mark.parametrize(
    "source",
    [
        "sqrt(-1)",
        "log(-1)",
        "pow(-8, 1 div 3)",
        "int(0 div 0)",
        "round(1, 0 div 0)",
        "asin(2)",
        "tan(1 div 0)",
    ],
)
def test_undefined_math_is_nan(source: str) -> None:
    assert is_nan(evaluate(source))


def test_functions_default_to_the_current_value() -> None:
    ctx = SimpleContext(current="  ab  c ")
    for source, expected in [
        ("string-length()", 8.0),
        ("normalize-space()", "ab c"),
        ("string()", "  ab  c "),
    ]:
        expr = compile_expression(source)
        assert expr.uses_current
        assert expr.evaluate(ctx) == expected
    assert compile_expression("number()").evaluate(SimpleContext(current="5")) == 5.0


# --- select answers --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("selected(${langs}, 'fr')", True),
        ("selected(${langs}, ' fr ')", True),
        ("selected(${langs}, 'f')", False),
        ("selected(${one}, 'yes')", True),
        ("selected(${none}, 'yes')", False),
        ("count-selected(${langs})", 3.0),
        ("count-selected(${none})", 0.0),
        ("selected-at(${langs}, 0)", "en"),
        ("selected-at(${langs}, 2)", "nl"),
        ("selected-at(${langs}, 3)", ""),
        ("selected-at(${langs}, -1)", ""),
        ("selected-at(${langs}, 0 div 0)", ""),
    ],
)
def test_select_functions(source: str, expected: object) -> None:
    assert evaluate(source, langs=["en", "fr", "nl"], one="yes", none=None) == expected


def test_choice_name_gives_the_label_of_the_chosen_value() -> None:
    ctx = SimpleContext({"q": "y"}, labels={"q": {"y": "Yes", "n": "No"}})
    expr = compile_expression("jr:choice-name(${q}, '${q}')")
    assert expr.references == frozenset({"q"})
    assert expr.evaluate(ctx) == "Yes"
    assert compile_expression("jr:choice-name('n', 'q')").evaluate(ctx) == "No"
    assert compile_expression("jr:choice-name('', '${q}')").evaluate(ctx) == ""
    assert compile_expression("jr:choice-name('y', 'not a name')").evaluate(ctx) == ""


def test_choice_name_literal_names_a_reference() -> None:
    assert compile_expression("jr:choice-name(${a}, '${b}')").references == frozenset({"a", "b"})


# --- substr, regex, join, uuid -----------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("substr('abcdef', 1, 3)", "bc"),
        ("substr('abcdef', 2)", "cdef"),
        ("substr('abcdef', -2, 100)", "ef"),  # negative: from the end
        ("substr('abcdef', 1, -1)", "bcde"),
        ("substr('abcdef', -100)", "abcdef"),
        ("substr('abcdef', 2.9, 4.9)", "cd"),
        ("substr('abcdef', 4, 2)", ""),
        ("substr('abc', 0 div 0)", "abc"),
    ],
)
def test_substr_is_zero_based_and_end_exclusive(source: str, expected: str) -> None:
    assert evaluate(source) == expected


@pytest.mark.parametrize(
    ("value", "pattern", "expected"),
    [
        ("ABC", "[A-Z]{3}", True),
        ("ABCD", "[A-Z]{3}", True),  # a match anywhere counts, as in ODK
        ("ab12", "[0-9]", True),
        ("ABCD", "^[A-Z]{3}$", False),  # anchors ask for the whole value
        ("xABC", "^[A-Z]{3}$", False),
        ("abc", "[0-9]", False),
        ("a@b.org", "[^@]+@[^@]+", True),
        ("", "[0-9]*", True),
    ],
)
def test_regex_searches_the_value(value: str, pattern: str, expected: bool) -> None:
    assert evaluate("regex(${v}, ${p})", v=value, p=pattern) is expected


def test_join_over_node_sets_and_values() -> None:
    assert evaluate("join(', ', ${r})", r=NodeSet(["a", "b", "c"])) == "a, b, c"
    assert evaluate("join('-', ${a}, 'z')", a="x") == "x-z"
    assert evaluate("concat(${r}, '!')", r=NodeSet(["a", "b"])) == "ab!"


UUID4 = r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"


def test_uuid() -> None:
    first, second = evaluate("uuid()"), evaluate("uuid()")
    assert isinstance(first, str)
    assert re.fullmatch(UUID4, first)
    assert first != second
    short = evaluate("uuid(12)")
    assert isinstance(short, str)
    assert re.fullmatch(r"[A-Za-z0-9]{12}", short)
    assert compile_expression("uuid()").volatile


def test_random_is_volatile_and_in_range() -> None:
    expr = compile_expression("random()")
    assert expr.volatile
    value = expr.evaluate(SimpleContext())
    assert isinstance(value, float)
    assert 0.0 <= value < 1.0


# --- aggregates over repeats ---------------------------------------------------------------


def test_aggregates_over_node_sets() -> None:
    ctx = SimpleContext({"ages": NodeSet([30, "12", 45.5]), "none": NodeSet(), "one": 7})
    cases = {
        "sum(${ages})": 87.5,
        "count(${ages})": 3.0,
        "max(${ages})": 45.5,
        "min(${ages})": 12.0,
        "max(${ages}, 50)": 50.0,
        "min(3, 1, 2)": 1.0,
        "sum(${none})": 0.0,
        "count(${none})": 0.0,
        "sum(${one})": 7.0,
        "count(${one})": 1.0,
        "max(${one})": 7.0,
        "count-non-empty(${ages})": 3.0,
    }
    for source, expected in cases.items():
        assert compile_expression(source).evaluate(ctx) == expected, source


def test_max_min_of_nothing_or_a_non_number_is_nan() -> None:
    ctx = SimpleContext({"none": NodeSet(), "gap": NodeSet(["3", ""])})
    for source in ["max(${none})", "min(${none})", "max(${gap})", "sum(${gap})"]:
        assert is_nan(compile_expression(source).evaluate(ctx)), source


def test_unanswered_instances_count_but_not_as_non_empty() -> None:
    assert evaluate("count(${r})", r=NodeSet([None, "x", None])) == 3.0
    assert evaluate("count-non-empty(${r})", r=NodeSet([None, "x", None])) == 1.0


def test_position_and_indexed_repeat() -> None:
    ctx = SimpleContext(
        {"i": 2},
        position=3,
        repeats={"household": [{"name": "Ann"}, {"name": "Bob"}]},
    )
    assert compile_expression("position(..)").evaluate(ctx) == 3.0
    expr = compile_expression("indexed-repeat(${name}, ${household}, ${i})")
    assert expr.references == frozenset({"name", "household", "i"})
    assert expr.evaluate(ctx) == "Bob"
    assert compile_expression("indexed-repeat(${name}, ${household}, 1)").evaluate(ctx) == "Ann"
    for index in ["5", "0", "0 div 0", "''"]:
        source = f"indexed-repeat(${{name}}, ${{household}}, {index})"
        assert compile_expression(source).evaluate(ctx) == "", index


# --- dates -----------------------------------------------------------------------------------

NOW = dt.datetime(2026, 11, 23, 16, 5, 9, 250000, tzinfo=dt.timezone(dt.timedelta(hours=-4)))


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("today()", "2026-11-23"),
        ("now()", "2026-11-23T16:05:09.250-04:00"),
        ("date('2026-02-03')", "2026-02-03"),
        ("date('2026-02-03T23:30:00-05:00')", "2026-02-03"),
        ("date(0)", "1970-01-01"),
        ("date(20000)", "2024-10-04"),
        ("date(20000.75)", "2024-10-04"),
        ("date('20000')", "2024-10-04"),
        ("date('')", ""),
        ("date('garbage')", ""),
        ("date(1 div 0)", ""),
        ("date(1000000000)", ""),
        ("date(${d} + 7)", "2026-03-08"),
        ("decimal-date-time('1970-01-02T06:00:00Z')", 1.25),
        ("decimal-date-time('1970-01-03')", 2.0),
        ("decimal-date-time(2.5)", 2.5),
        ("decimal-time('06:00:00.000-07:00')", 0.25),
        ("decimal-time('2026-01-01T18:00Z')", 0.75),
        ("decimal-time('12:30')", 0.5 + 1 / 48),
        ("decimal-time('24:00')", math.nan),
        ("decimal-time('')", math.nan),
        ("format-date('2026-01-05', '%e %b %Y')", "5 Jan 2026"),
        ("format-date('2026-01-05', '%d/%m/%y (%a)')", "05/01/26 (Mon)"),
        ("format-date('2026-01-05', '%n %% %q')", "1 % %q"),
        ("format-date-time('2026-01-05T07:08:09.123Z', '%H:%M:%S.%3 %h')", "07:08:09.123 7"),
        ("format-date(${d}, '%Y')", "2026"),
        ("format-date('', '%Y')", ""),
        ("${d} + 1 > ${d}", True),
        ("today() - ${d} > 200", True),
    ],
)
def test_date_functions(source: str, expected: object) -> None:
    ctx = SimpleContext({"d": "2026-03-01"}, now=NOW)
    value = compile_expression(source).evaluate(ctx)
    assert is_nan(value) if is_nan(expected) else value == expected


def test_date_functions_are_volatile_only_when_reading_the_clock() -> None:
    assert compile_expression("today()").volatile
    assert compile_expression("now()").volatile
    assert not compile_expression("date('2026-01-01')").volatile


def test_every_function_is_in_the_table() -> None:
    required = [
        "string",
        "number",
        "boolean",
        "true",
        "false",
        "not",
        "concat",
        "substring",
        "string-length",
        "contains",
        "starts-with",
        "ends-with",
        "translate",
        "normalize-space",
        "floor",
        "ceiling",
        "round",
        "sum",
        "count",
        "if",
        "selected",
        "count-selected",
        "selected-at",
        "jr:choice-name",
        "substr",
        "regex",
        "int",
        "coalesce",
        "today",
        "now",
        "date",
        "decimal-date-time",
        "format-date",
        "max",
        "min",
        "position",
        "indexed-repeat",
        "join",
        "uuid",
        "random",
        "pow",
        "log",
        "log10",
        "abs",
        "exp",
        "sqrt",
        "once",
        "boolean-from-string",
    ]
    assert set(required) <= set(FUNCTIONS)


def test_substr_counts_from_zero_and_from_the_end() -> None:
    assert evaluate("substr('abcdef', 0, 2)") == "ab"
    assert evaluate("substr('abcdef', 0)") == "abcdef"
    assert evaluate("substr('abcdef', -2)") == "ef"


def test_uuid_length_up_to_ten_thousand() -> None:
    assert len(evaluate("uuid(10000)")) == 10_000
