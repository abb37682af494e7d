"""Property tests: any text compiles or fails cleanly; any compiled expression evaluates safely."""

from __future__ import annotations

import datetime as dt
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from sp_collect.engine.expr import (
    FUNCTIONS,
    NodeSet,
    SimpleContext,
    compile_expression,
    format_number,
    to_number,
    to_string,
)
from sp_collect.errors import ExpressionError

NAMES = ("a", "b", "c", "r")
EXPRESSION_ALPHABET = "${}()[]'\".,:/-+*=!<> abcdefjrmnotx0123456789_\n"
SPECIAL = {"position", "indexed-repeat"}

numbers = st.one_of(
    st.integers(-1000, 1000).map(str),
    st.decimals(min_value=0, max_value=10**6, places=3, allow_nan=False).map(str),
    st.just(".5"),
)
strings = st.text(alphabet="abc '-_12%YmdH:T", max_size=8).map(
    lambda s: f'"{s}"' if "'" in s else f"'{s}'"
)
atoms = st.one_of(
    numbers,
    strings,
    st.sampled_from([f"${{{n}}}" for n in NAMES]),
    st.just("."),
    st.just("position(..)"),
)
OPERATORS = ["or", "and", "=", "!=", "<", "<=", ">", ">=", "+", "-", "*", "div", "mod"]


def _extend(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    binary = st.tuples(children, st.sampled_from(OPERATORS), children).map(" ".join)
    unary = children.map(lambda e: f"-{e}")
    grouped = children.map(lambda e: f"({e})")
    indexed = children.map(lambda e: f"indexed-repeat(${{a}}, ${{r}}, {e})")
    return st.one_of(binary, unary, grouped, indexed, _calls(children))


def _calls(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    @st.composite
    def call(draw: st.DrawFn) -> str:
        name = draw(st.sampled_from(sorted(set(FUNCTIONS) - SPECIAL)))
        spec = FUNCTIONS[name]
        high = spec.max_args if spec.max_args is not None else spec.min_args + 3
        count = draw(st.integers(spec.min_args, high))
        args = [draw(children) for _ in range(count)]
        return f"{name}({', '.join(args)})"

    return call()


well_formed = st.recursive(atoms, _extend, max_leaves=12)

raw_values = st.one_of(
    st.none(),
    st.text(max_size=12),
    st.sampled_from(["2026-01-31", "2026-02-30", "1970-01-01T10:00:00+05:00", "1e5", "NaN"]),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.lists(st.text(alphabet="abcxyz", min_size=1, max_size=4), max_size=4),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)
node_sets = st.lists(raw_values, max_size=4).map(NodeSet)
contexts = st.builds(
    lambda values, current, position, repeat: SimpleContext(
        values,
        current=current,
        position=position,
        repeats={"r": repeat},
        now=dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC),
    ),
    st.fixed_dictionaries({n: st.one_of(raw_values, node_sets) for n in NAMES}),
    raw_values,
    st.integers(1, 5),
    st.lists(st.fixed_dictionaries({"a": raw_values}), max_size=3),
)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=40), st.text(alphabet=EXPRESSION_ALPHABET, max_size=40)))
def test_any_text_compiles_or_raises_an_expression_error(source: str) -> None:
    try:
        expr = compile_expression(source)
    except ExpressionError as error:
        assert error.code in {"expr_syntax", "expr_unknown_function", "expr_arity"}
        assert error.expression == source
        assert error.column is None or 1 <= error.column <= len(source) + 1
        assert error.message
    else:
        assert expr.source == source


@settings(max_examples=300, deadline=None)
@given(well_formed, contexts)
def test_well_formed_expressions_compile_and_evaluate_safely(
    source: str, ctx: SimpleContext
) -> None:
    expr = compile_expression(source)
    # Besides ${a}…${r}, a jr:choice-name literal may name a question: 'H' reads ${H}.
    assert all(name in NAMES or name in source for name in expr.references)
    try:
        value = expr.evaluate(ctx)
    except ExpressionError as error:
        assert error.code == "expr_eval"
        assert error.expression == source
    else:
        assert isinstance(value, str | float | bool | NodeSet)


@settings(max_examples=300, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False))
def test_finite_numbers_print_without_exponent_and_read_back_exactly(number: float) -> None:
    text = format_number(number)
    assert "e" not in text.lower()
    assert to_number(text) == number


@settings(max_examples=200, deadline=None)
@given(raw_values)
def test_string_then_number_agrees_with_number(raw: object) -> None:
    ctx = SimpleContext({"a": raw})
    value = compile_expression("${a}").evaluate(ctx)
    assert isinstance(to_string(value), str)
    same = compile_expression("number(string(${a})) = number(${a})").evaluate(ctx)
    # "Infinity", "NaN" and "true" are not XPath numerals: only finite numbers read back.
    assert same is (math.isfinite(to_number(value)) and not isinstance(value, bool))
