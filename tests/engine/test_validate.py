"""Malformed forms: each reports a problem with the right code at the right JSON pointer."""

from __future__ import annotations

from typing import Any

import pytest
from forms_helpers import form_data, make_form
from hypothesis import given, settings
from hypothesis import strategies as st

from sp_collect.engine import FormSession, validate_form


def text(id_: str, **props: Any) -> dict[str, Any]:
    return {"type": "text", "id": id_, "label": id_, **props}


def integer(id_: str, **props: Any) -> dict[str, Any]:
    return {"type": "integer", "id": id_, "label": id_, **props}


YES_NO = [{"value": "yes", "label": "Yes"}, {"value": "no", "label": "No"}]
CITIES = [
    {"value": "pos", "label": "Port of Spain", "country": "tt"},
    {"value": "kgn", "label": "Kingston", "country": "jm"},
]


def select(id_: str, **props: Any) -> dict[str, Any]:
    return {"type": "select_one", "id": id_, "label": id_, "choices": YES_NO, **props}


CASES: list[tuple[str, dict[str, Any], str, str]] = [
    ("unknown type", {"items": [{"type": "txet", "id": "a"}]}, "unknown_type", "/items/0/type"),
    (
        "unknown type nested",
        {
            "items": [
                {"type": "section", "id": "s", "items": [text("a"), {"type": "foo", "id": "b"}]}
            ]
        },
        "unknown_type",
        "/items/0/items/1/type",
    ),
    ("missing type", {"items": [{"id": "a"}]}, "missing_property", "/items/0/type"),
    ("unknown property", {"items": [text("a", bogus=1)]}, "unknown_property", "/items/0/bogus"),
    ("unknown form property", {"bogus": True}, "unknown_property", "/bogus"),
    (
        "missing choices",
        {"items": [{"type": "select_one", "id": "a"}]},
        "missing_property",
        "/items/0/choices",
    ),
    ("bad id", {"items": [text("1st")]}, "invalid_id", "/items/0/id"),
    ("bad label", {"items": [text("a", label=3)]}, "invalid_text", "/items/0/label"),
    (
        "negative min",
        {"items": [{"type": "repeat", "id": "r", "min": -1, "items": []}]},
        "invalid_value",
        "/items/0/min",
    ),
    ("duplicate id", {"items": [text("a"), integer("a")]}, "duplicate_id", "/items/1/id"),
    (
        "duplicate id across a repeat",
        {"items": [text("a"), {"type": "repeat", "id": "r", "items": [text("a")]}]},
        "duplicate_id",
        "/items/1/items/0/id",
    ),
    (
        "or_other id clash",
        {"items": [select("a", or_other=True), text("a_other")]},
        "duplicate_id",
        "/items/1/id",
    ),
    (
        "unknown reference",
        {"items": [text("a", relevant="${nope} = 1")]},
        "unknown_reference",
        "/items/0/relevant",
    ),
    (
        "unknown reference in label",
        {"items": [text("a", label="Hello ${who}")]},
        "unknown_reference",
        "/items/0/label",
    ),
    (
        "syntax error",
        {"items": [integer("a", constraint=". >")]},
        "expr_syntax",
        "/items/0/constraint",
    ),
    (
        "unknown function",
        {"items": [text("a", relevant="frobnicate(1)")]},
        "expr_unknown_function",
        "/items/0/relevant",
    ),
    ("wrong arity", {"items": [text("a", relevant="if(1, 2)")]}, "expr_arity", "/items/0/relevant"),
    (
        "syntax error in default",
        {"items": [text("a", default="=1 +")]},
        "expr_syntax",
        "/items/0/default",
    ),
    (
        "unknown choice list",
        {"items": [{"type": "select_one", "id": "a", "label": "A", "choices": "nope"}]},
        "unknown_choice_list",
        "/items/0/choices",
    ),
    (
        "duplicate choice value in a list",
        {"choice_lists": {"yn": [*YES_NO, {"value": "yes", "label": "Again"}]}},
        "duplicate_choice_value",
        "/choice_lists/yn/2/value",
    ),
    (
        "duplicate inline choice value",
        {"items": [select("a", choices=[*YES_NO, {"value": "no", "label": "No!"}])]},
        "duplicate_choice_value",
        "/items/0/choices/2/value",
    ),
    (
        "choice filter on a missing column",
        {"items": [text("c"), select("city", choices=CITIES, choice_filter="region = ${c}")]},
        "unknown_choice_column",
        "/items/1/choice_filter",
    ),
    (
        "calculation cycle",
        {
            "items": [
                {"type": "calculate", "id": "a", "calculation": "${b} + 1"},
                {"type": "calculate", "id": "b", "calculation": "${a} + 1"},
            ]
        },
        "dependency_cycle",
        "/items/0/calculation",
    ),
    (
        "relevance cycle",
        {"items": [text("a", relevant="${b} = 'x'"), text("b", relevant="${a} = 'y'")]},
        "dependency_cycle",
        "/items/0/relevant",
    ),
    (
        "container cycle",
        {
            "items": [
                {"type": "section", "id": "s", "relevant": "${q} = 1", "items": [integer("q")]}
            ]
        },
        "dependency_cycle",
        "/items/0/relevant",
    ),
    (
        "self-referencing default",
        {"items": [text("a", default="=concat(${a}, 'x')")]},
        "dependency_cycle",
        "/items/0/default",
    ),
    (
        "repeat min > max",
        {"items": [{"type": "repeat", "id": "r", "min": 3, "max": 2, "items": [text("a")]}]},
        "repeat_min_max",
        "/items/0/min",
    ),
    (
        "repeat_count with max",
        {
            "items": [
                integer("n"),
                {
                    "type": "repeat",
                    "id": "r",
                    "max": 5,
                    "repeat_count": "${n}",
                    "items": [text("a")],
                },
            ]
        },
        "repeat_count_conflict",
        "/items/1/repeat_count",
    ),
    (
        "label without the default language",
        {"languages": ["en", "fr"], "items": [text("a", label={"fr": "A"})]},
        "missing_default_language",
        "/items/0/label",
    ),
    (
        "choice label without the default language",
        {
            "languages": ["en", "fr"],
            "items": [select("a", choices=[{"value": "x", "label": {"fr": "X"}}])],
        },
        "missing_default_language",
        "/items/0/choices/0/label",
    ),
    (
        "default language not in languages",
        {"languages": ["fr"], "default_language": "en"},
        "unknown_default_language",
        "/default_language",
    ),
    (
        "dot in relevance",
        {"items": [integer("a", relevant=". > 1")]},
        "current_outside_constraint",
        "/items/0/relevant",
    ),
    (
        "dot in a calculation",
        {"items": [{"type": "calculate", "id": "c", "calculation": ". + 1"}]},
        "current_outside_constraint",
        "/items/0/calculation",
    ),
    (
        "matrix without rows",
        {"items": [{"type": "matrix", "id": "m", "label": "M", "rows": [], "choices": YES_NO}]},
        "matrix_without_rows",
        "/items/0/rows",
    ),
    (
        "duplicate matrix row",
        {
            "items": [
                {
                    "type": "matrix",
                    "id": "m",
                    "label": "M",
                    "rows": [YES_NO[0], YES_NO[0]],
                    "choices": YES_NO,
                }
            ]
        },
        "duplicate_choice_value",
        "/items/0/rows/1/value",
    ),
    (
        "empty required expression is fine but bad one is not",
        {"items": [text("a", required="${zz}")]},
        "unknown_reference",
        "/items/0/required",
    ),
    (
        "bad repeat count",
        {"items": [{"type": "repeat", "id": "r", "repeat_count": "${x} +", "items": []}]},
        "expr_syntax",
        "/items/0/repeat_count",
    ),
]


@pytest.mark.parametrize(
    ("spec", "code", "pointer"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_malformed_form_is_reported_at_its_pointer(
    spec: dict[str, Any], code: str, pointer: str
) -> None:
    problems = validate_form(form_data(spec))
    assert (code, pointer) in [(p.code, p.pointer) for p in problems if p.severity == "error"], (
        problems
    )


def test_unknown_type_suggests_the_closest_name() -> None:
    [problem] = validate_form(form_data(items=[{"type": "integr", "id": "a"}]))
    assert problem.message == "unknown question type 'integr' (did you mean 'integer'?)"


def test_every_problem_is_reported_not_just_the_first() -> None:
    problems = validate_form(
        form_data(items=[text("a", bogus=1), text("a"), text("b", relevant="${zz}")])
    )
    assert {p.code for p in problems} >= {"unknown_property", "duplicate_id", "unknown_reference"}


def test_syntax_error_message_has_the_column() -> None:
    [problem] = validate_form(form_data(items=[integer("a", constraint=". > ) 1")]))
    assert "column" in problem.message


def test_cycle_message_gives_the_path() -> None:
    problems = validate_form(
        form_data(
            items=[
                {"type": "calculate", "id": "a", "calculation": "${c}"},
                {"type": "calculate", "id": "b", "calculation": "${a}"},
                {"type": "calculate", "id": "c", "calculation": "${b}"},
            ]
        )
    )
    [cycle] = [p for p in problems if p.code == "dependency_cycle"]
    assert cycle.message == "circular dependency: a → b → c → a"


def test_mutual_required_conditions_are_not_a_cycle() -> None:
    # "answer a or b": each one's required reads the other; no value depends on the other.
    spec = {"items": [text("a", required="${b} = ''"), text("b", required="${a} = ''")]}
    assert validate_form(form_data(spec)) == []


def test_missing_translation_is_a_warning_and_an_error_when_strict() -> None:
    spec = {
        "languages": ["en", "fr"],
        "title": {"en": "T", "fr": "T"},
        "items": [text("a", label={"en": "A"})],
    }
    [warning] = validate_form(form_data(spec))
    assert (warning.code, warning.pointer, warning.severity) == (
        "missing_translation",
        "/items/0/label",
        "warning",
    )
    [error] = validate_form(form_data(spec), strict=True)
    assert error.severity == "error"


def test_or_other_on_a_list_with_other_is_a_warning() -> None:
    choices = [*YES_NO, {"value": "other", "label": "Other"}]
    [problem] = validate_form(form_data(items=[select("a", choices=choices, or_other=True)]))
    assert (problem.code, problem.pointer, problem.severity) == (
        "redundant_or_other",
        "/items/0/or_other",
        "warning",
    )


def test_choice_filter_on_an_existing_column_and_the_value_is_fine() -> None:
    spec = {
        "items": [
            text("c"),
            select("city", choices=CITIES, choice_filter="country = ${c} and name != 'x'"),
        ]
    }
    assert validate_form(form_data(spec)) == []


def test_a_valid_form_with_every_kind_of_logic_has_no_problem() -> None:
    spec = {
        "languages": ["en", "fr"],
        "title": {"en": "T", "fr": "T"},
        "choice_lists": {"yn": [{"value": "yes", "label": {"en": "Yes", "fr": "Oui"}}]},
        "items": [
            {"type": "integer", "id": "n", "label": {"en": "N", "fr": "N"}, "constraint": ". >= 0"},
            {
                "type": "select_multiple",
                "id": "m",
                "label": {"en": "M ${n}", "fr": "M"},
                "choices": "yn",
            },
            {
                "type": "repeat",
                "id": "r",
                "label": {"en": "R", "fr": "R"},
                "repeat_count": "${n}",
                "items": [
                    {
                        "type": "text",
                        "id": "t",
                        "label": {"en": "T", "fr": "T"},
                        "relevant": "selected(${m}, 'yes')",
                        "default": "=concat('#', position(..))",
                    }
                ],
            },
            {"type": "calculate", "id": "c", "calculation": "count(${t})"},
        ],
    }
    assert validate_form(form_data(spec)) == []


def test_problems_carry_the_source_in_their_line() -> None:
    [problem] = validate_form(form_data(items=[text("a", bogus=1)]), source="f.json")
    assert problem.line() == "f.json: /items/0/bogus: unknown property 'bogus'"


@pytest.mark.parametrize(
    ("item", "pointer"),
    [
        (integer("a", default="abc"), "/items/0/default"),
        (select("a", default="maybe"), "/items/0/default"),
        ({"type": "date", "id": "d", "label": "D", "default": "23/11/2026"}, "/items/0/default"),
    ],
)
def test_a_static_default_must_fit_its_question(item: dict[str, Any], pointer: str) -> None:
    [problem] = validate_form(form_data(items=[item]))
    assert (problem.code, problem.pointer) == ("invalid_default", pointer)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 3) | st.sampled_from(["", "a", "${a}", "."]),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from(["id", "type", "items", "label", "choices", "relevant", "min", "en"]),
            inner,
            max_size=4,
        )
    ),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None)
@given(
    items=st.lists(
        st.fixed_dictionaries(
            {"type": st.sampled_from(["text", "section", "repeat", "select_one", "matrix"])},
            optional={"id": st.sampled_from(["a", "b", "1"]), "items": JSON, "choices": JSON,
                      "label": JSON, "relevant": JSON, "rows": JSON, "or_other": JSON},
        ),
        max_size=4,
    ),
    extra=st.dictionaries(st.sampled_from(["languages", "choice_lists", "title"]), JSON),
)  # fmt: skip
def test_any_json_gives_problems_never_a_crash(items: list[Any], extra: dict[str, Any]) -> None:
    problems = validate_form(form_data(items=items, **extra))
    assert all(p.pointer == "" or p.pointer.startswith("/") for p in problems)


def test_instance_name_names_an_unknown_question() -> None:
    data = form_data(
        items=[{"type": "text", "id": "name"}],
        settings={"instance_name": "concat(${name}, ' ', ${nmae})"},
    )
    problems = validate_form(data)
    assert [(p.code, p.pointer) for p in problems] == [
        ("unknown_reference", "/settings/instance_name")
    ]


def test_selected_and_count_selected_take_a_text_or_a_calculation() -> None:
    form = make_form(
        items=[
            text("a"),
            {"type": "calculate", "id": "picked", "calculation": "concat(${a}, ' z')"},
            {"type": "calculate", "id": "n", "calculation": "count-selected(${picked})"},
            text("b", relevant="selected(${picked}, 'y')"),
        ]
    )
    session = FormSession(form)
    session.answer("a", "x y")
    assert session.value("n") == 3
    assert session.is_relevant("b")
    session.answer("a", "x")
    assert not session.is_relevant("b")
