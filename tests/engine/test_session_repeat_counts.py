"""Regressions: repeats whose count comes from an answer and hold a group (a crash), and
``count(${repeat})`` computed inside the repeat (stale values)."""

from __future__ import annotations

from typing import Any

from forms_helpers import make_form

from sp_collect.engine import FormSession


def q(kind: str, id_: str, **props: Any) -> dict[str, Any]:
    return {"type": kind, "id": id_, "label": id_, **props}


def _same_as_reloaded(session: FormSession) -> None:
    fresh = FormSession.from_json(session.form, session.to_json())
    assert session.prompts() == fresh.prompts()
    assert session.errors() == fresh.errors()
    assert session.progress() == fresh.progress()


def roster(**props: Any) -> dict[str, Any]:
    """A household roster: one entry per member, each with a group of questions."""
    return {
        "type": "repeat",
        "id": "member",
        "label": "Member",
        "repeat_count": "${size}",
        "items": [
            {
                "type": "section",
                "id": "identity",
                "label": "Identity",
                "items": [q("text", "name", required=True), q("integer", "age")],
            },
            {
                "type": "repeat",
                "id": "job",
                "label": "Job",
                "min": 1,
                "items": [{"type": "section", "id": "job_info", "items": [q("text", "title")]}],
            },
        ],
        **props,
    }


def test_answering_a_count_creates_entries_whose_groups_can_be_shown_and_answered() -> None:
    session = FormSession(make_form(items=[q("integer", "size"), roster()]))
    session.answer("size", 2)
    paths = [p.path for p in session.prompts()]
    assert "member[1].name" in paths and "member[1].job[0].title" in paths
    assert [e.path for e in session.errors()] == ["member[0].name", "member[1].name"]
    assert session.progress() == (1, 7)
    assert session.answer("member[1].name", "Ama").ok
    assert session.answer("member[1].job[0].title", "nurse").ok
    _same_as_reloaded(session)
    session.answer("size", 3)
    assert session.value("member") == 3
    assert session.answer("member[2].age", 4).ok
    session.answer("size", 1)
    assert session.value("member") == 1
    _same_as_reloaded(session)


def test_a_count_inside_a_group_inside_a_counted_repeat() -> None:
    form = make_form(
        items=[
            q("integer", "size"),
            {
                "type": "section",
                "id": "outer",
                "items": [roster(repeat_count="${size}")],
            },
        ]
    )
    session = FormSession(form)
    session.answer("size", 2)
    assert session.answer("member[0].name", "Kofi").ok
    _same_as_reloaded(session)


def test_adding_an_entry_with_nested_minimum_entries_shows_them() -> None:
    form = make_form(items=[{**roster(), "repeat_count": None}])
    session = FormSession(form)
    session.add_repeat("member")
    assert "member[0].job[0].title" in [p.path for p in session.prompts()]
    assert session.answer("member[0].job[0].title", "farmer").ok


def counted(extra: list[dict[str, Any]] | None = None) -> Any:
    items = [
        q("text", "name"),
        {"type": "calculate", "id": "total", "calculation": "count(${r})"},
        {
            "type": "calculate",
            "id": "place",
            "calculation": "concat(position(..), '/', count(${r}))",
        },
        *(extra or []),
    ]
    return make_form(items=[{"type": "repeat", "id": "r", "label": "R", "items": items}])


def _totals(session: FormSession) -> list[Any]:
    return [session.value(f"r[{i}].total") for i in range(session.value("r"))]


def test_count_of_the_repeat_inside_it_follows_additions_and_removals() -> None:
    session = FormSession(counted())
    for _ in range(3):
        session.add_repeat("r")
    assert _totals(session) == [3, 3, 3]
    assert session.value("r[0].place") == "1/3"
    session.remove_repeat("r", 0)
    assert _totals(session) == [2, 2]
    assert [session.value(f"r[{i}].place") for i in range(2)] == ["1/2", "2/2"]
    _same_as_reloaded(session)


def test_count_of_the_repeat_in_a_label_inside_it_follows_additions() -> None:
    form = counted([q("text", "note_", label="Entry of ${total}")])
    session = FormSession(form)
    session.add_repeat("r")
    session.add_repeat("r")
    labels = [p.label for p in session.prompts() if p.id == "note_"]
    assert labels == ["Entry of 2", "Entry of 2"]


def test_count_of_a_nested_repeat_follows_its_own_entries_only() -> None:
    inner = {"type": "repeat", "id": "inner", "items": [q("text", "thing")]}
    form = make_form(
        items=[
            {
                "type": "repeat",
                "id": "r",
                "items": [
                    inner,
                    {"type": "calculate", "id": "things", "calculation": "count(${inner})"},
                    {"type": "calculate", "id": "named", "calculation": "count(${thing})"},
                ],
            },
            {"type": "calculate", "id": "all_things", "calculation": "count(${thing})"},
        ]
    )
    session = FormSession(form)
    session.add_repeat("r")
    session.add_repeat("r")
    session.add_repeat("r[0].inner")
    session.add_repeat("r[0].inner")
    session.add_repeat("r[1].inner")
    assert [session.value("r[0].things"), session.value("r[1].things")] == [2, 1]
    assert [session.value("r[0].named"), session.value("r[1].named")] == [2, 1]
    assert session.value("all_things") == 3
    session.remove_repeat("r[0].inner", 1)
    assert [session.value("r[0].things"), session.value("r[1].things")] == [1, 1]
    assert session.value("all_things") == 2
    _same_as_reloaded(session)
