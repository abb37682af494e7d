"""What compiling tells the session and the validator: references, calls, '.', volatility."""

from __future__ import annotations

import datetime as dt

import pytest

from sp_collect.engine.expr import (
    PIPE_PATTERN,
    FunctionCall,
    SimpleContext,
    compile_expression,
    evaluate,
)


def test_references_collect_every_name() -> None:
    expr = compile_expression("${age} >= 18 and selected(${langs}, 'fr') or ${age} < 0")
    assert expr.source == "${age} >= 18 and selected(${langs}, 'fr') or ${age} < 0"
    assert expr.references == frozenset({"age", "langs"})
    assert not expr.uses_current
    assert not expr.volatile


def test_string_literals_are_not_references_outside_choice_name() -> None:
    assert compile_expression("concat('${a}', ${b})").references == frozenset({"b"})


def test_function_calls_name_their_reference_arguments_in_source_order() -> None:
    expr = compile_expression(
        "if(selected(${q}, 'x'), count-selected(${m}), string-length(${t} + 1))"
    )
    assert expr.function_calls == (
        FunctionCall("if", (None, None, None)),
        FunctionCall("selected", ("q", None)),
        FunctionCall("count-selected", ("m",)),
        FunctionCall("string-length", (None,)),
    )


def test_parenthesised_reference_is_still_a_reference_argument() -> None:
    assert compile_expression("selected((${q}), 'x')").function_calls[0].args == ("q", None)


def test_uses_current_and_volatile_flags() -> None:
    assert compile_expression(". >= 0").uses_current
    assert compile_expression("string-length() < 10").uses_current
    assert compile_expression("${d} <= today()").volatile
    assert compile_expression("once(random())").volatile
    assert not compile_expression("position(..) = 1").uses_current


def test_evaluate_helper_takes_a_context_or_answers() -> None:
    assert evaluate("${a} + 1", a=2) == 3.0
    assert evaluate("${a} + 1", SimpleContext({"a": 2})) == 3.0
    with pytest.raises(TypeError):
        evaluate("${a}", SimpleContext(), a=1)


def test_simple_context_reads_the_real_clock_unless_fixed() -> None:
    today = evaluate("today()")
    assert isinstance(today, str)
    real = dt.datetime.now(dt.UTC).date()
    assert abs(dt.date.fromisoformat(today) - real) <= dt.timedelta(days=1)
    fixed = SimpleContext(now=dt.datetime(2000, 1, 2, tzinfo=dt.UTC))
    assert compile_expression("today()").evaluate(fixed) == "2000-01-02"


def test_pipe_pattern_finds_references_in_labels() -> None:
    label = "Hello ${first_name}, you are ${s1.age-y} (not $name or ${bad name})"
    assert PIPE_PATTERN.findall(label) == ["first_name", "s1.age-y"]
