"""FormSession repeats: paths, add/remove with min/max, counts from expressions, references
between instances and from outside, nesting, defaults per instance."""

from __future__ import annotations

from typing import Any

import pytest
from forms_helpers import make_form

from sp_collect.engine import FormSession
from sp_collect.errors import AnswerError


def q(kind: str, id_: str, **props: Any) -> dict[str, Any]:
    return {"type": kind, "id": id_, "label": id_, **props}


def work_history(**props: Any) -> dict[str, Any]:
    return {
        "type": "repeat",
        "id": "work_history",
        "label": "Job",
        "items": [
            q("text", "country"),
            q("integer", "years", constraint=". <= ${age}"),
            q("text", "employer", relevant="${years} > 1"),
            {"type": "calculate", "id": "months", "calculation": "${years} * 12"},
        ],
        **props,
    }


def test_min_instances_exist_from_the_start_and_paths_index_them() -> None:
    s = FormSession(make_form(items=[q("integer", "age"), work_history(min=2, max=3)]))
    assert s.value("work_history") == 2
    s.answer("age", 40)
    assert s.answer("work_history[1].years", 5).ok
    assert s.value("work_history[1].months") == 60
    assert s.value("work_history[0].months") == "NaN"  # "" * 12
    assert s.is_relevant("work_history[1].employer")
    assert not s.is_relevant("work_history[0].employer")
    assert s.answer("work_history[2].years", 1).status == "unknown"
    assert s.answer("years", 1).status == "unknown"


def test_add_and_remove_respect_min_and_max() -> None:
    s = FormSession(make_form(items=[q("integer", "age"), work_history(min=1, max=2)]))
    assert s.add_repeat("work_history") == 1
    with pytest.raises(AnswerError) as caught:
        s.add_repeat("work_history")
    assert caught.value.code == "repeat_max"
    s.answer("work_history[0].country", "tt")
    s.answer("work_history[1].country", "jm")
    s.remove_repeat("work_history", 0)
    assert s.value("work_history[0].country") == "jm"
    with pytest.raises(AnswerError) as caught:
        s.remove_repeat("work_history", 0)
    assert caught.value.code == "repeat_min"
    with pytest.raises(AnswerError):
        s.add_repeat("age")


def test_constraint_reads_outside_and_sibling_values() -> None:
    s = FormSession(make_form(items=[q("integer", "age"), work_history()]))
    s.add_repeat("work_history")
    s.answer("age", 30)
    assert s.answer("work_history[0].years", 31).status == "constraint"
    result = s.answer("age", 35)
    assert "work_history[0].years" in result.changed
    assert s.errors() == []


def test_aggregates_over_instances_follow_adds_removes_and_answers() -> None:
    s = FormSession(
        make_form(
            items=[
                q("integer", "age"),
                work_history(),
                {"type": "calculate", "id": "total", "calculation": "sum(${years})"},
                {"type": "calculate", "id": "jobs", "calculation": "count(${work_history})"},
                {"type": "note", "id": "summary", "label": "${jobs} jobs, ${total} years"},
            ]
        )
    )
    for years in (2, 3, 4):
        index = s.add_repeat("work_history")
        s.answer(f"work_history[{index}].years", years)
    assert (s.value("total"), s.value("jobs")) == (9, 3)
    s.remove_repeat("work_history", 1)
    assert (s.value("total"), s.value("jobs")) == (6, 2)
    [note] = [p for p in s.prompts() if p.id == "summary"]
    assert note.label == "2 jobs, 6 years"


def test_repeat_count_from_an_expression_adds_and_drops_instances() -> None:
    s = FormSession(
        make_form(
            items=[
                q("integer", "household_size"),
                {
                    "type": "repeat",
                    "id": "member",
                    "repeat_count": "${household_size}",
                    "items": [q("text", "name", default="=concat('member ', position(..))")],
                },
                {"type": "calculate", "id": "names", "calculation": "count(${name})"},
            ]
        )
    )
    assert s.value("member") == 0
    s.answer("household_size", 3)
    assert s.value("member") == 3
    assert s.value("member[2].name") == "member 3"
    assert s.value("names") == 3
    s.answer("household_size", 1)
    assert (s.value("member"), s.value("names")) == (1, 1)
    with pytest.raises(AnswerError) as caught:
        s.add_repeat("member")
    assert caught.value.code == "repeat_fixed"
    [header] = [p for p in s.prompts() if p.type == "repeat"]
    assert header.repeat is not None and header.repeat.fixed and not header.repeat.can_add


def test_prompts_list_instances_with_headers_and_depth() -> None:
    s = FormSession(make_form(items=[q("integer", "age"), work_history(min=2)]))
    rows = [(p.path, p.type, p.depth, p.instance) for p in s.prompts()]
    assert rows == [
        ("age", "integer", 0, None),
        ("work_history", "repeat", 0, None),
        ("work_history[0]", "repeat_instance", 1, 0),
        ("work_history[0].country", "text", 2, None),
        ("work_history[0].years", "integer", 2, None),
        ("work_history[0].employer", "text", 2, None),
        ("work_history[1]", "repeat_instance", 1, 1),
        ("work_history[1].country", "text", 2, None),
        ("work_history[1].years", "integer", 2, None),
        ("work_history[1].employer", "text", 2, None),
    ]
    header = s.prompts()[1]
    assert header.repeat is not None
    assert (header.repeat.count, header.repeat.can_add, header.repeat.can_remove) == (
        2,
        True,
        False,
    )


def test_nested_repeats_and_indexed_repeat() -> None:
    s = FormSession(
        make_form(
            items=[
                {
                    "type": "repeat",
                    "id": "person",
                    "items": [
                        q("text", "pname"),
                        {"type": "repeat", "id": "job", "items": [q("integer", "pay")]},
                        {"type": "calculate", "id": "pay_total", "calculation": "sum(${pay})"},
                    ],
                },
                {
                    "type": "calculate",
                    "id": "first_name",
                    "calculation": "indexed-repeat(${pname}, ${person}, 1)",
                },
                {"type": "calculate", "id": "all_pay", "calculation": "sum(${pay})"},
            ]
        )
    )
    for person in range(2):
        s.add_repeat("person")
        s.answer(f"person[{person}].pname", f"p{person}")
        for job in range(2):
            s.add_repeat(f"person[{person}].job")
            s.answer(f"person[{person}].job[{job}].pay", 10 * (person + 1) + job)
    assert s.value("person[0].pay_total") == 21
    assert s.value("person[1].pay_total") == 41
    assert s.value("all_pay") == 62
    assert s.value("first_name") == "p0"
    s.remove_repeat("person", 0)
    assert (s.value("first_name"), s.value("all_pay")) == ("p1", 41)
    assert s.finalized_answers() == {
        "person": [{"pname": "p1", "job": [{"pay": 20}, {"pay": 21}], "pay_total": 41}],
        "first_name": "p1",
        "all_pay": 41,
    }


def test_defaults_apply_once_per_new_instance() -> None:
    s = FormSession(
        make_form(
            items=[
                q("text", "home", default="tt"),
                {"type": "repeat", "id": "trip", "items": [q("text", "to", default="=${home}")]},
            ]
        )
    )
    s.add_repeat("trip")
    s.answer("home", "jm")
    s.add_repeat("trip")
    assert (s.value("trip[0].to"), s.value("trip[1].to")) == ("tt", "jm")
    s.answer("trip[1].to", None)
    assert s.value("trip[1].to") is None  # cleared stays cleared


def test_non_relevant_repeat_is_left_out_of_the_data() -> None:
    s = FormSession(
        make_form(
            items=[
                q("integer", "n"),
                {"type": "repeat", "id": "r", "relevant": "${n} > 0", "items": [q("text", "t")]},
            ]
        )
    )
    s.answer("n", 1)
    s.add_repeat("r")
    s.answer("r[0].t", "x")
    assert s.finalized_answers() == {"n": 1, "r": [{"t": "x"}]}
    s.answer("n", 0)
    assert not s.is_relevant("r[0].t")
    assert s.finalized_answers() == {"n": 0}
