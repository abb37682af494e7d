"""Property: incremental evaluation after any answer sequence equals a full re-evaluation."""

from __future__ import annotations

from typing import Any

from forms_helpers import make_form
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sp_collect.engine import FormSession
from sp_collect.engine.compiled import CompiledForm
from sp_collect.errors import AnswerError


def _condition(draw: st.DrawFn, names: list[str]) -> str:
    name = draw(st.sampled_from(names))
    k = draw(st.integers(0, 4))
    return draw(
        st.sampled_from(
            [
                f"${{{name}}} > {k}",
                f"${{{name}}} mod 2 = 0",
                f"${{{name}}} != ''",
                f"not(${{{name}}} = {k})",
            ]
        )
    )


def _value_expression(draw: st.DrawFn, names: list[str]) -> str:
    a, b = draw(st.sampled_from(names)), draw(st.sampled_from(names))
    k = draw(st.integers(0, 4))
    return draw(
        st.sampled_from(
            [
                f"${{{a}}} + ${{{b}}}",
                f"if(${{{a}}} > {k}, 1, 0)",
                f"coalesce(${{{a}}}, {k}) * 2",
                f"string-length(string(${{{a}}}))",
            ]
        )
    )


@st.composite
def forms(draw: st.DrawFn) -> CompiledForm:
    """A few root questions with logic over earlier ones, one repeat reading them, an aggregate."""
    items: list[dict[str, Any]] = []
    names: list[str] = []
    for index in range(draw(st.integers(2, 5))):
        name = f"q{index}"
        item: dict[str, Any] = {"type": "integer", "id": name, "label": f"Q{index}"}
        if names and draw(st.booleans()):
            item["relevant"] = _condition(draw, names)
        if names and draw(st.booleans()):
            item["required"] = _condition(draw, names)
        if draw(st.booleans()):
            item["constraint"] = f". != {draw(st.integers(0, 4))}"
        if names and draw(st.integers(0, 3)) == 0:
            item = {"type": "calculate", "id": name, "calculation": _value_expression(draw, names)}
        items.append(item)
        names.append(name)
    outer = draw(st.sampled_from(names))
    repeat = {
        "type": "repeat",
        "id": "r",
        "relevant": _condition(draw, names) if draw(st.booleans()) else None,
        "items": [
            {"type": "integer", "id": "x", "label": "X ${" + outer + "}",
             "constraint": f". <= coalesce(${{{outer}}}, 9)"},
            {"type": "integer", "id": "y", "relevant": "${x} > 1", "required": "${x} > 2",
             "calculation": "${x} + coalesce(${" + outer + "}, 0)"},
        ],
    }  # fmt: skip
    if draw(st.booleans()):
        repeat["repeat_count"] = f"coalesce(${{{draw(st.sampled_from(names))}}}, 0) mod 4"
    items.append({k: v for k, v in repeat.items() if v is not None})
    items.append({"type": "calculate", "id": "total", "calculation": "sum(${y})"})
    items.append(
        {
            "type": "integer",
            "id": "last",
            "label": "L",
            "relevant": "${total} > 3 or count(${r}) > 1",
        }
    )
    return make_form(items=items)


OPERATION = st.one_of(
    st.tuples(st.just("answer"), st.sampled_from(["q0", "q1", "q2", "q3", "q4", "last"]),
              st.one_of(st.none(), st.integers(0, 6))),
    st.tuples(st.just("answer_x"), st.integers(0, 3), st.one_of(st.none(), st.integers(0, 6))),
    st.tuples(st.just("add"), st.none(), st.none()),
    st.tuples(st.just("remove"), st.integers(0, 3), st.none()),
)  # fmt: skip


def _apply(session: FormSession, operation: tuple[str, Any, Any]) -> None:
    kind, target, value = operation
    try:
        if kind == "answer":
            session.answer(target, value)
        elif kind == "answer_x":
            session.answer(f"r[{target}].x", value)
        elif kind == "add":
            session.add_repeat("r")
        else:
            session.remove_repeat("r", target)
    except AnswerError:
        pass  # e.g. removing an instance that does not exist: the session is unchanged


def _observable(session: FormSession) -> tuple[Any, ...]:
    prompts = [
        (p.path, p.visible, p.value, p.required, p.error, p.label) for p in session.prompts()
    ]
    return prompts, session.errors(), session.finalized_answers(), session.progress()


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(form=forms(), operations=st.lists(OPERATION, max_size=15))
def test_incremental_state_equals_a_full_re_evaluation(
    form: CompiledForm, operations: list[tuple[str, Any, Any]]
) -> None:
    session = FormSession(form)
    for operation in operations:
        _apply(session, operation)
        fresh = FormSession.from_json(form, session.to_json())
        assert _observable(session) == _observable(fresh)
    before = _observable(session)
    session._full_refresh()
    assert _observable(session) == before


def _result(session: FormSession, operation: tuple[str, Any, Any]) -> tuple[Any, ...] | None:
    """What an answer reported, without its changed paths (a batch reports none)."""
    kind, target, value = operation
    if kind not in ("answer", "answer_x"):
        _apply(session, operation)
        return None
    path = target if kind == "answer" else f"r[{target}].x"
    try:
        result = session.answer(path, value)
    except AnswerError:
        return None
    return result.ok, result.status, result.message


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(form=forms(), operations=st.lists(OPERATION, max_size=15))
def test_answers_in_a_batch_report_and_end_as_one_by_one(
    form: CompiledForm, operations: list[tuple[str, Any, Any]]
) -> None:
    """In a batch an answer's result and the review (errors, progress) are checked without
    building views; they must say exactly what the views say outside a batch."""
    plain, batched = FormSession(form), FormSession(form)
    with batched.batch():
        for operation in operations:
            assert _result(batched, operation) == _result(plain, operation)
            assert batched.errors() == plain.errors()
            assert batched.progress() == plain.progress()
    assert _observable(batched) == _observable(plain)
