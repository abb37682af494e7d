"""Expression errors: a code, the expression, a 1-based column and a sentence an author can use."""

from __future__ import annotations

import pytest

from sp_collect.engine.expr import SimpleContext, compile_expression, evaluate
from sp_collect.errors import ExpressionError


def compile_error(source: str) -> ExpressionError:
    with pytest.raises(ExpressionError) as caught:
        compile_expression(source)
    assert caught.value.expression == source
    return caught.value


@pytest.mark.parametrize(
    ("source", "column", "words"),
    [
        ("${a} + )", 8, "unexpected ')' at column 8"),
        ("concat('a',)", 12, "unexpected ')'"),
        ("1 2", 3, "an operator is missing before '2'"),
        ("${a} ${b}", 6, "operator is missing"),
        ("concat('a' 'b')", 12, "operator is missing"),
        ("(1 + 2", 7, "')' is missing"),
        ("${a} +", 7, "ends too early"),
        ("", 1, "empty"),
        ("   ", 1, "empty"),
        ("1 & 2", 3, "unexpected character '&'"),
        ("'abc", 1, "no closing '"),
        ("${}", 1, "${name}"),
        ("${a", 1, "${name}"),
        ("${a} == 1", 6, "single '='"),
        ("${a} AND ${b}", 6, "lower case"),
        ("1 + 1e5", 6, "without an exponent"),
    ],
)
def test_syntax_errors_point_at_the_column(source: str, column: int, words: str) -> None:
    error = compile_error(source)
    assert error.code == "expr_syntax"
    assert error.column == column
    assert words in error.message


@pytest.mark.parametrize(("source", "column"), [("/data/age > 3", 1), ("data/age > 3", 5)])
def test_bare_xpath_paths_are_refused_with_a_hint(source: str, column: int) -> None:
    error = compile_error(source)
    assert error.code == "expr_syntax"
    assert error.column == column
    assert "${name}" in error.message


def test_a_bare_name_suggests_a_reference_or_a_text() -> None:
    error = compile_error("1 + age > 3")
    assert (error.code, error.column) == ("expr_syntax", 5)
    assert "${age}" in error.message
    error = compile_error("${a} = yes")
    assert (error.code, error.column) == ("expr_syntax", 8)
    assert "${yes}" in error.message
    assert "'yes'" in error.message


def test_a_function_without_parentheses_suggests_the_call() -> None:
    error = compile_error("true")
    assert "true()" in error.message


def test_unknown_function_suggests_the_closest_name() -> None:
    error = compile_error("${a} = 1 and selectd(${langs}, 'fr')")
    assert error.code == "expr_unknown_function"
    assert error.column == 14
    assert "'selectd'" in error.message
    assert "did you mean 'selected'?" in error.message


def test_unknown_function_without_a_close_name() -> None:
    error = compile_error("zzzqqq(1)")
    assert error.code == "expr_unknown_function"
    assert "did you mean" not in error.message


@pytest.mark.parametrize(
    ("source", "column", "words"),
    [
        ("selected(${a})", 1, "selected() at column 1 takes 2 arguments, not 1"),
        ("1 + substr('a')", 5, "2 or 3 arguments"),
        ("if(1, 2)", 1, "3 arguments"),
        ("today(1)", 1, "0 arguments"),
        ("max()", 1, "at least 1 argument"),
        ("not()", 1, "1 argument,"),
    ],
)
def test_wrong_number_of_arguments(source: str, column: int, words: str) -> None:
    error = compile_error(source)
    assert error.code == "expr_arity"
    assert error.column == column
    assert words in error.message


@pytest.mark.parametrize(
    ("source", "column"),
    [("..", 1), ("1 + ..", 5), ("string(..)", 8), ("position(.)", 10), ("position(1)", 10)],
)
def test_parent_only_inside_position(source: str, column: int) -> None:
    error = compile_error(source)
    assert (error.code, error.column) == ("expr_syntax", column)
    assert "position(..)" in error.message


def test_indexed_repeat_needs_references() -> None:
    error = compile_error("indexed-repeat('name', ${r}, 1)")
    assert (error.code, error.column) == ("expr_syntax", 16)


def test_invalid_regex_is_an_evaluation_error_at_the_call() -> None:
    expr = compile_expression("${a} = 1 or regex(${a}, '([a-z')")
    with pytest.raises(ExpressionError) as caught:
        expr.evaluate(SimpleContext({"a": "x"}))
    assert caught.value.code == "expr_eval"
    assert caught.value.column == 13
    assert caught.value.expression == expr.source


def test_bad_uuid_length_is_an_evaluation_error() -> None:
    with pytest.raises(ExpressionError) as caught:
        evaluate("uuid(-1)")
    assert caught.value.code == "expr_eval"


def test_a_failing_context_becomes_an_evaluation_error() -> None:
    class Broken(SimpleContext):
        def resolve(self, name: str) -> object:
            raise KeyError(name)

    with pytest.raises(ExpressionError) as caught:
        compile_expression("${a} + 1").evaluate(Broken())
    assert caught.value.code == "expr_eval"
    assert isinstance(caught.value.__cause__, KeyError)


def test_deep_nesting_is_refused_not_crashed() -> None:
    error = compile_error("-" * 5000 + "1")
    assert error.code == "expr_syntax"


def test_compile_is_cached_by_source_text() -> None:
    compile_expression.cache_clear()
    first = compile_expression("${a} > 3 and ${b} = 'x'")
    assert compile_expression("${a} > 3 and ${b} = 'x'") is first
    assert compile_expression.cache_info().hits == 1
