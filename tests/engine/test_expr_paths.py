"""Location paths: lookups in choice lists (instance()), pulldata(), entries of a repeat by
position, siblings with '..', and how their values follow changes."""

from __future__ import annotations

from typing import Any

import pytest
from forms_helpers import form_data, make_form

from sp_collect.engine import FormSession, validate_form
from sp_collect.engine.expr import NodeSet, SimpleContext, compile_expression, evaluate
from sp_collect.errors import ExpressionError

COUNTRIES = [
    {"value": "tt", "label": {"en": "Trinidad", "fr": "Trinité"}, "region": "car", "pop": 1.4},
    {"value": "fr", "label": {"en": "France"}, "region": "eu", "pop": 68},
    {"value": "jm", "label": {"en": "Jamaica", "fr": "Jamaïque"}, "region": "car", "pop": 2.8},
]


def q(kind: str, id_: str, **props: Any) -> dict[str, Any]:
    return {"type": kind, "id": id_, "label": id_, **props}


def calc(id_: str, expression: str) -> dict[str, Any]:
    return {"type": "calculate", "id": id_, "calculation": expression}


def lookup_form() -> Any:
    return make_form(
        languages=["en", "fr"],
        choice_lists={"countries": COUNTRIES},
        items=[
            q("select_one", "country", choices="countries"),
            calc("name", "instance('countries')/root/item[name = ${country}]/label"),
            calc("region", "instance('countries')/root/item[name = ${country}]/region"),
            calc("pop", "pulldata('countries', 'pop', 'name', ${country})"),
            calc("peers", "count(instance('countries')/root/item[region = ${region}])"),
            calc("second", "instance('countries')/root/item[2]/name"),
            calc("last", "instance('countries')/root/item[position() = last()]/name"),
        ],
    )


def test_choice_lists_are_instances_with_name_label_and_extra_columns() -> None:
    session = FormSession(lookup_form())
    assert session.value("name") is None
    session.answer("country", "jm")
    assert session.value("name") == "Jamaica"
    assert session.value("region") == "car"
    assert session.value("pop") == "2.8"
    assert session.value("peers") == 2
    assert session.value("second") == "fr"
    session.set_language("fr")
    assert session.value("name") == "Jamaïque"
    session.answer("country", "fr")
    assert session.value("name") == "France"  # no French label: the default language's
    assert session.value("peers") == 1


def test_a_lookup_in_a_list_the_form_lacks_says_so() -> None:
    expression = compile_expression("pulldata('nope', 'a', 'b', 'c')")
    with pytest.raises(ExpressionError) as caught:
        expression.evaluate(SimpleContext())
    assert "no list named 'nope'" in caught.value.message


def test_entries_of_a_repeat_by_position_and_siblings() -> None:
    form = make_form(
        items=[
            {
                "type": "repeat",
                "id": "member",
                "items": [
                    q("text", "name"),
                    q("integer", "age"),
                    calc("first_name", "${member}[position() = 1]/name"),
                    calc("older_than_first", "../age > ${member}[1]/age"),
                ],
            },
            calc("second_age", "${member}[2]/age"),
            calc("adults", "count(${member}[age >= 18])"),
        ]
    )
    session = FormSession(form)
    session.add_repeat("member")
    session.add_repeat("member")
    session.answer("member[0].name", "Ana")
    session.answer("member[0].age", 30)
    session.answer("member[1].age", 40)
    assert session.value("member[1].first_name") == "Ana"
    assert session.value("member[1].older_than_first") == "true"
    assert session.value("second_age") == "40"  # a path's value is its node's string
    assert session.value("adults") == 2
    session.answer("member[0].age", 50)  # another entry changes: the others follow
    assert session.value("member[1].older_than_first") == "false"
    session.answer("member[0].name", "Bea")
    assert session.value("member[1].first_name") == "Bea"
    session.remove_repeat("member", 0)
    assert session.value("member[0].first_name") is None
    assert session.value("adults") == 1


def test_choice_filters_may_look_up_other_lists() -> None:
    form = make_form(
        choice_lists={"countries": COUNTRIES},
        items=[
            q(
                "select_one",
                "region",
                choices=[{"value": "car", "label": "C"}, {"value": "eu", "label": "E"}],
            ),
            q("select_one", "country", choices="countries", choice_filter="region = ${region}"),
            calc(
                "check",
                "instance('countries')/root/item[name = current()/../country]/region",
            ),
        ],
    )
    session = FormSession(form)
    session.answer("region", "car")
    assert next(p.choices for p in session.prompts() if p.id == "country")[1].value == "jm"
    session.answer("country", "tt")
    assert session.value("check") == "car"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("${rep}[2]/f", NodeSet(["b"])),
        ("${rep}[f = 'a']/g", NodeSet(["1"])),
        ("count(${rep}[g > 1])", 2.0),
        ("${rep}[last()]/f", NodeSet(["c"])),
        ("${rep}[5]/f", NodeSet([])),
        ("string(${rep}[2]/f)", "b"),
    ],
)
def test_paths_in_a_test_context(source: str, expected: object) -> None:
    rows = [{"f": "a", "g": 1}, {"f": "b", "g": 2}, {"f": "c", "g": 3}]
    assert evaluate(source, SimpleContext(repeats={"rep": rows})) == expected


@pytest.mark.parametrize("source", ["data/age > 3", "/data/age", "age"])
def test_paths_from_the_form_root_and_bare_names_are_refused(source: str) -> None:
    with pytest.raises(ExpressionError) as caught:
        compile_expression(source)
    assert caught.value.code == "expr_syntax"


def test_a_form_naming_a_list_it_lacks_is_refused_at_load() -> None:
    problems = validate_form(
        form_data(
            items=[
                q("text", "c"),
                calc("a", "instance('nope')/root/item[name = ${c}]/label"),
                calc("b", "pulldata('gone', 'label', 'name', ${c})"),
            ]
        )
    )
    found = {(p.code, p.pointer) for p in problems if p.severity == "error"}
    assert found == {
        ("unknown_choice_list", "/items/1/calculation"),
        ("unknown_choice_list", "/items/2/calculation"),
    }
