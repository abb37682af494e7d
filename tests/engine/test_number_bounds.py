"""Number answers beyond 15 digits are refused with one sentence, wherever they arrive."""

from __future__ import annotations

import pytest
from forms_helpers import make_form

from sp_collect.engine import FormSession
from sp_collect.errors import FormDefinitionError


def q(kind: str, id_: str) -> dict:
    return {"type": kind, "id": id_, "label": id_}


@pytest.fixture
def session() -> FormSession:
    return FormSession(make_form(items=[q("integer", "count"), q("decimal", "amount")]))


@pytest.mark.parametrize("value", [10**30, -(10**30), 10**15, 1e30])
def test_a_whole_number_beyond_15_digits_is_refused(session: FormSession, value) -> None:
    result = session.answer("count", value)
    assert (result.ok, result.status) == (False, "type")
    assert result.message == "the number is too large: give at most 15 digits"
    assert session.value("count") is None


@pytest.mark.parametrize("value", [1e15, -1e300])
def test_a_decimal_beyond_15_digits_is_refused(session: FormSession, value) -> None:
    assert session.answer("amount", value).status == "type"


def test_the_largest_numbers_are_kept_exactly(session: FormSession) -> None:
    assert session.answer("count", 10**15 - 1).ok
    assert session.value("count") == 999_999_999_999_999
    assert session.answer("amount", 123_456_789.25).ok


BIG = "1" + "0" * 40  # 10^40


def _refusal(items: list[dict], **fields) -> FormDefinitionError:
    with pytest.raises(FormDefinitionError) as caught:
        make_form(items=items, **fields)
    return caught.value


def test_a_form_whose_integer_default_is_10_to_the_40_is_refused_naming_the_question() -> None:
    error = _refusal([{**q("integer", "staff"), "default": 10**40}])
    assert error.code == "invalid_default"
    assert error.message == (
        "the default of 'staff' does not fit: the number is too large: give at most 15 digits"
    )
    assert error.where is not None and error.where.pointer == "/items/0/default"


@pytest.mark.parametrize("prop", ["constraint", "relevant", "calculation", "required"])
def test_a_number_beyond_15_digits_in_an_expression_is_refused(prop: str) -> None:
    kind = "calculate" if prop == "calculation" else "integer"
    expression = f". < {BIG}" if prop == "constraint" else f"1 < {BIG}"
    error = _refusal([q("integer", "other"), {**q(kind, "staff"), prop: expression}])
    assert error.code == "number_too_large"
    assert error.message == (
        f"the {prop} of 'staff' writes a number of 41 digits; write at most 15 digits"
    )
    assert error.where is not None and error.where.pointer == f"/items/1/{prop}"


def test_a_number_in_a_string_literal_is_text_and_loads() -> None:
    make_form(items=[{**q("text", "code"), "constraint": f". != '{BIG}'"}])


def test_15_digit_numbers_in_expressions_and_choices_load() -> None:
    largest = str(10**15 - 1)
    make_form(
        items=[
            {**q("integer", "staff"), "constraint": f". <= {largest}", "default": 10**15 - 1},
            {**q("select_one", "band"), "choices": [{"value": largest, "label": "x"}]},
        ]
    )


def test_a_choice_value_read_as_a_number_beyond_15_digits_is_refused() -> None:
    inline = {**q("select_one", "band"), "choices": [{"value": "1", "label": "a"},
                                                     {"value": BIG, "label": "b"}]}  # fmt: skip
    error = _refusal([inline])
    assert error.code == "number_too_large"
    assert "'band'" in error.message and error.where.pointer == "/items/0/choices/1/value"
    shared = _refusal(
        [{**q("select_one", "band"), "choices": "bands"}],
        choice_lists={"bands": [{"value": f"-{BIG}.5", "label": "b"}]},
    )
    assert shared.code == "number_too_large" and "'bands'" in shared.message
    # A value that is not a number is never "too large", however many digits it has.
    make_form(items=[{**q("select_one", "band"), "choices": [{"value": "x" + BIG, "label": "b"}]}])
