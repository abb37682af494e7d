"""Number answers beyond 15 digits are refused with one sentence, wherever they arrive."""

from __future__ import annotations

import pytest
from forms_helpers import make_form

from sp_collect.engine import FormSession


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
