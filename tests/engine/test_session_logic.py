"""FormSession: answers and their types, relevance, required, constraints, calculations,
defaults, choice filters, piping, languages, prompts, errors and progress."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from forms_helpers import make_form

from sp_collect.engine import FormSession
from sp_collect.engine.nodecontext import NodeContext
from sp_collect.errors import AnswerError

YES_NO = [{"value": "yes", "label": {"en": "Yes", "fr": "Oui"}}, {"value": "no", "label": "No"}]
CLOCK = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)


def session(*items: dict[str, Any], **form: Any) -> FormSession:
    return FormSession(make_form(items=list(items), **form), clock=lambda: CLOCK)


def q(kind: str, id_: str, **props: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"type": kind, "id": id_, "label": id_}
    if kind in {"select_one", "select_multiple", "rank", "matrix"}:
        base["choices"] = YES_NO
    if kind == "matrix":
        base["rows"] = [{"value": "r1", "label": "Row 1"}, {"value": "r2", "label": "Row 2"}]
    return {**base, **props}


ATTACHMENT = {"sha256": "a" * 64, "name": "x.pdf", "media_type": "application/pdf", "size": 3}

GOOD_VALUES = [
    ("text", "hello", "hello"),
    ("integer", 42, 42),
    ("integer", 42.0, 42),
    ("decimal", 1.5, 1.5),
    ("decimal", 2, 2.0),
    ("select_one", "yes", "yes"),
    ("select_multiple", ["no", "yes"], ["yes", "no"]),  # stored in choice order
    ("rank", ["no", "yes"], ["no", "yes"]),  # the order is the answer
    ("date", "2026-02-28", "2026-02-28"),
    ("time", "09:30", "09:30"),
    ("datetime", "2026-11-23T16:40:00+00:00", "2026-11-23T16:40:00+00:00"),
    ("geopoint", "10.65 -61.5", "10.65 -61.5"),
    ("geopoint", "10.65 -61.5 12 5", "10.65 -61.5 12 5"),
    ("file", ATTACHMENT, ATTACHMENT),
    ("matrix", {"r2": "no", "r1": "yes"}, {"r1": "yes", "r2": "no"}),
]
BAD_VALUES = [
    ("text", 3),
    ("integer", "abc"),
    ("integer", 1.5),
    ("integer", True),
    ("decimal", "1.5"),
    ("decimal", float("nan")),
    ("select_one", "maybe"),
    ("select_multiple", "yes"),
    ("select_multiple", ["yes", "yes"]),
    ("date", "2026-02-30"),
    ("date", "23/11/2026"),
    ("time", "25:00"),
    ("datetime", "2026-11-23T16:40:00"),
    ("geopoint", "91 0"),
    ("geopoint", "north"),
    ("file", {"sha256": "zz", "name": "x", "media_type": "t", "size": 1}),
    ("matrix", {"r3": "yes"}),
    ("matrix", {"r1": "maybe"}),
]


@pytest.mark.parametrize(("kind", "value", "stored"), GOOD_VALUES)
def test_answer_of_the_right_type_is_kept(kind: str, value: Any, stored: Any) -> None:
    s = session(q(kind, "a"))
    assert s.answer("a", value).status == "ok"
    assert s.value("a") == stored


@pytest.mark.parametrize(("kind", "value"), BAD_VALUES)
def test_answer_of_the_wrong_type_is_refused(kind: str, value: Any) -> None:
    s = session(q(kind, "a"))
    result = s.answer("a", value)
    assert (result.ok, result.status) == (False, "type")
    assert s.value("a") is None


def test_file_accept_suffixes() -> None:
    s = session(q("file", "a", accept=[".docx"]))
    assert s.answer("a", ATTACHMENT).status == "type"


def test_unknown_path_and_readonly_items() -> None:
    s = session(q("text", "a"), {"type": "note", "id": "n", "label": "N"})
    assert s.answer("nope", "x").status == "unknown"
    assert s.answer("n", "x").status == "readonly"


def test_clearing_an_answer_with_empty_values() -> None:
    s = session(q("text", "a"), q("select_multiple", "m"))
    s.answer("a", "x")
    s.answer("a", "")
    s.answer("m", ["yes"])
    s.answer("m", [])
    assert (s.value("a"), s.value("m")) == (None, None)


def test_relevance_hides_and_restores_answers() -> None:
    s = session(q("integer", "age"), q("text", "job", relevant="${age} >= 18"))
    s.answer("age", 30)
    s.answer("job", "baker")
    result = s.answer("age", 10)
    assert "job" in result.changed
    assert not s.is_relevant("job")
    assert s.value("job") == "baker"  # kept while editing
    assert "job" not in s.finalized_answers()
    s.answer("age", 40)
    assert s.is_relevant("job")
    assert s.finalized_answers()["job"] == "baker"


def test_section_relevance_hides_its_questions() -> None:
    s = session(
        q("select_one", "consent"),
        {"type": "section", "id": "s", "relevant": "${consent} = 'yes'", "items": [q("text", "a")]},
    )
    assert not s.is_relevant("a")
    s.answer("consent", "yes")
    assert s.is_relevant("a")


def test_required_static_and_expression() -> None:
    s = session(
        q("text", "a", required=True, required_message="Give a name"),
        q("integer", "n"),
        q("text", "b", required="${n} > 2"),
    )
    assert [(i.path, i.kind, i.message) for i in s.errors()] == [("a", "required", "Give a name")]
    result = s.answer("n", 3)
    assert "b" in result.changed
    assert [i.path for i in s.errors()] == ["a", "b"]
    result = s.answer("a", "")
    assert (result.ok, result.status, result.message) == (False, "required", "Give a name")


def test_constraint_keeps_the_value_and_reports_its_translated_message() -> None:
    s = session(
        q("integer", "age", constraint=". >= 0 and . < 120",
          constraint_message={"en": "Age 0-119", "fr": "Âge 0-119"}),
        languages=["en", "fr"],
    )  # fmt: skip
    result = s.answer("age", 130)
    assert (result.ok, result.status, result.message) == (False, "constraint", "Age 0-119")
    assert s.value("age") == 130
    s.set_language("fr")
    [issue] = s.errors()
    assert (issue.path, issue.kind, issue.message) == ("age", "constraint", "Âge 0-119")
    assert s.answer("age", 30).ok
    assert s.errors() == []


def test_errors_skip_non_relevant_questions() -> None:
    s = session(q("integer", "n"), q("text", "a", required=True, relevant="${n} = 1"))
    assert s.errors() == []
    s.answer("n", 1)
    assert [i.path for i in s.errors()] == ["a"]


def test_readonly_static_and_expression() -> None:
    s = session(
        q("text", "a", readonly=True), q("integer", "n"), q("text", "b", readonly="${n} = 1")
    )
    assert s.answer("a", "x").status == "readonly"
    assert s.answer("b", "x").ok
    s.answer("n", 1)
    assert s.answer("b", "y").status == "readonly"
    assert s.value("b") == "x"


def test_calculations_chain_and_update() -> None:
    s = session(
        q("integer", "a"),
        {"type": "calculate", "id": "double", "calculation": "${a} * 2"},
        {"type": "calculate", "id": "label", "calculation": "concat('n=', ${double})"},
        q("decimal", "half", calculation="${a} div 2"),
    )
    s.answer("a", 5)
    assert (s.value("double"), s.value("label"), s.value("half")) == (10, "n=10", 2.5)
    assert s.answer("half", 1.0).status == "readonly"
    s.answer("a", None)
    assert s.value("label") == "n=NaN"  # "" * 2 is NaN, stored as string() stores it
    assert s.value("double") == "NaN"


def test_defaults_static_and_expression() -> None:
    s = session(
        q("text", "country", default="tt"),
        q("integer", "n", default=3),
        q("date", "when", default="=today()"),
        q("select_multiple", "m", default=["yes"]),
    )
    assert s.value("country") == "tt"
    assert s.value("n") == 3
    assert s.value("when") == "2026-11-23"
    assert s.value("m") == ["yes"]


def test_choice_filter_uses_choice_columns() -> None:
    cities = [
        {"value": "pos", "label": "Port of Spain", "country": "tt"},
        {"value": "sfo", "label": "San Fernando", "country": "tt"},
        {"value": "kgn", "label": "Kingston", "country": "jm"},
    ]
    s = session(
        q("select_one", "country", choices=[{"value": c, "label": c} for c in ("tt", "jm")]),
        q("select_one", "city", choices=cities, choice_filter="country = ${country}"),
    )  # fmt: skip
    result = s.answer("country", "jm")
    assert "city" in result.changed
    [city] = [p for p in s.prompts() if p.id == "city"]
    assert [c.value for c in city.choices] == ["kgn"]
    s.answer("country", "tt")
    [city] = [p for p in s.prompts() if p.id == "city"]
    assert [c.label for c in city.choices] == ["Port of Spain", "San Fernando"]


def test_label_piping_with_choice_labels_and_language() -> None:
    s = session(
        q("select_one", "ok", label={"en": "OK?", "fr": "OK ?"}),
        q("integer", "n", label={"en": "N", "fr": "N"}),
        {"type": "note", "id": "msg", "hint": "hint ${n}",
         "label": {"en": "You said ${ok}, n=${n}", "fr": "Vous: ${ok}"}},
        languages=["en", "fr"],
    )  # fmt: skip
    s.answer("ok", "yes")
    result = s.answer("n", 4)
    assert "msg" in result.changed
    [note] = [p for p in s.prompts() if p.id == "msg"]
    assert (note.label, note.hint) == ("You said Yes, n=4", "hint 4")
    s.set_language("fr")
    [note] = [p for p in s.prompts() if p.id == "msg"]
    assert note.label == "Vous: Oui"
    assert s.language == "fr"
    with pytest.raises(AnswerError) as caught:
        s.set_language("nl")
    assert caught.value.code == "unknown_language"


def test_or_other_companion_answer() -> None:
    s = session(q("select_one", "job", or_other=True, required=True))
    assert s.answer("job_other", "x").ok  # stored, but not shown until 'other' is chosen
    assert not s.is_relevant("job_other")
    result = s.answer("job", "other")
    assert "job_other" in result.changed
    assert s.is_relevant("job_other")
    s.answer("job_other", None)
    assert [(i.path, i.kind) for i in s.errors()] == [("job_other", "required")]
    s.answer("job_other", "fisher")
    assert s.finalized_answers() == {"job": "other", "job_other": "fisher"}
    paths = [p.path for p in s.prompts()]
    assert paths == ["job", "job_other"]
    s.answer("job", "yes")
    assert s.finalized_answers() == {"job": "yes"}


def test_metadata_fields() -> None:
    form = make_form(
        version="2026.1",
        languages=["en", "fr"],
        items=[
            {"type": "start", "id": "started"}, {"type": "end", "id": "ended"},
            {"type": "interviewer", "id": "who"}, {"type": "device_id", "id": "dev"},
            {"type": "form_version", "id": "fv"}, {"type": "language", "id": "lang"},
            q("text", "a"),
        ],
    )  # fmt: skip
    times = iter([CLOCK, CLOCK + dt.timedelta(minutes=5)])
    s = FormSession(
        form, "fr", metadata={"interviewer": "Ann", "device_id": "d1"}, clock=lambda: next(times)
    )
    s.answer("a", "x")
    data = s.finalized_answers()
    assert data == {
        "started": CLOCK.isoformat(), "ended": (CLOCK + dt.timedelta(minutes=5)).isoformat(),
        "who": "Ann", "dev": "d1", "fv": "2026.1", "lang": "fr", "a": "x",
    }  # fmt: skip
    assert s.prompts() and all(p.id != "who" for p in s.prompts())  # never shown
    with pytest.raises(AnswerError):
        FormSession(form, metadata={"colour": "red"})


def test_prompts_sections_and_progress() -> None:
    s = session(
        {"type": "section", "id": "s1", "label": "One", "items": [
            q("text", "a", required=True), q("integer", "b", hint="digits"),
            {"type": "calculate", "id": "c", "calculation": "1"}]},
        {"type": "section", "id": "s2", "label": "Two", "relevant": "${b} > 0", "items": [
            q("matrix", "m")]},
    )  # fmt: skip
    prompts = s.prompts()
    assert [(p.path, p.type, p.depth) for p in prompts] == [
        ("s1", "section", 0), ("a", "text", 1), ("b", "integer", 1),
        ("s2", "section", 0), ("m", "matrix", 1),
    ]  # fmt: skip
    assert prompts[1].required and prompts[1].error == "This question requires an answer."
    assert prompts[2].hint == "digits"
    assert [r.label for r in prompts[4].rows] == ["Row 1", "Row 2"]
    assert not prompts[4].visible
    assert [p.path for p in s.prompts("s2")] == ["s2", "m"]
    assert s.progress() == (0, 2)
    s.answer("b", 1)
    assert s.progress() == (1, 3)
    assert [(x.id, x.visible, x.answered, x.total, x.errors) for x in s.sections()] == [
        ("s1", True, 1, 2, 1), ("s2", True, 0, 1, 0),
    ]  # fmt: skip
    with pytest.raises(AnswerError):
        s.prompts("nope")


def test_an_answer_reports_only_what_changed() -> None:
    s = session(q("integer", "a"), q("integer", "b"), q("text", "c", relevant="${a} > 1"))
    assert s.answer("b", 1).changed == {"b"}
    assert s.answer("a", 2).changed == {"a", "c"}
    assert s.answer("a", 3).changed == {"a"}
    assert s.answer("a", 3).changed == frozenset()


def test_engine_messages_follow_the_session_language() -> None:
    s = session(
        q("text", "a", required=True),
        q("select_one", "b", or_other=True, label={"en": "B", "fr": "B"}),
        languages=["en", "fr"],
        title={"en": "T", "fr": "T"},
    )
    s.set_language("fr")
    s.answer("b", "other")
    assert [i.message for i in s.errors()] == [
        "Cette question demande une réponse.",
        "Veuillez préciser l'autre réponse.",
    ]
    [b] = [p for p in s.prompts() if p.id == "b"]
    assert b.choices[-1].label == "Autre"


def test_a_required_matrix_needs_every_row() -> None:
    s = session(q("matrix", "m", required=True))
    result = s.answer("m", {"r1": "yes"})
    assert (result.status, s.value("m")) == ("required", {"r1": "yes"})
    assert s.answer("m", {"r1": "yes", "r2": "no"}).ok


def test_a_filter_tested_once_per_group_keeps_what_it_keeps_per_choice() -> None:
    """Choices alike in the columns a filter reads are tested together: the result must be
    the one of testing each choice (columns, the choice's own name, 'any' rows, a missing
    column, several inputs)."""
    items = [
        {"value": f"{item}{row}{n}", "label": f"{item} {n}", "country": country,
         **({"item": item} if item else {})}
        for row, (item, country) in enumerate(
            (("a", "tt"), ("b", "any"), ("a", "jm"), ("", "tt"), ("c", "tt"))
        )
        for n in range(3)
    ]  # fmt: skip
    filters = (
        "item = ${pick}",
        "item = ${pick} or country = 'any'",
        "item = ${pick} and country = ${country}",
        "item = ${pick} and name != 'a01'",
        "item = '' or country = ${country}",
    )
    picks = [{"value": v, "label": v} for v in ("a", "b", "c", "z")]
    countries = [{"value": v, "label": v} for v in ("tt", "jm")]
    for text in filters:
        s = session(
            q("select_one", "pick", choices=picks),
            q("select_one", "country", choices=countries),
            q("select_one", "thing", choices=items, choice_filter=text),
        )
        info = s.form.items["thing"]
        for pick in ("a", "b", "c", "z"):
            for country in ("tt", "jm"):
                s.answer("pick", pick)
                s.answer("country", country)
                [thing] = [p for p in s.prompts() if p.id == "thing"]
                expected = [c["value"] for c in items if _keeps_alone(s, info, c["value"])]
                assert [c.value for c in thing.choices] == expected, (text, pick, country)


def _keeps_alone(s: FormSession, info: Any, value: str) -> bool:
    """The filter tested on one choice on its own, with every value read where it is."""
    choice = next(c for c in info.choices if c.value == value)
    context = NodeContext(s._state, s._state.root, choice=choice, info=info)
    return info.expressions["choice_filter"].test(context)
