"""Repeat entries can be reordered; interview notes are kept with the response."""

from __future__ import annotations

import pytest
from forms_helpers import make_form

from sp_collect.engine import FormSession
from sp_collect.errors import AnswerError

FORM = make_form(
    items=[
        {
            "type": "repeat", "id": "jobs",
            "items": [
                {"type": "text", "id": "employer"},
                {"type": "calculate", "id": "place", "calculation": "position(..)"},
                {"type": "text", "id": "note", "label": "Entry ${place}: ${employer}"},
            ],
        },
        {"type": "calculate", "id": "names", "calculation": "join(', ', ${employer})"},
        {"type": "calculate", "id": "first",
         "calculation": "indexed-repeat(${employer}, ${jobs}, 1)"},
    ]
)  # fmt: skip


def _session(*employers: str) -> FormSession:
    session = FormSession(FORM)
    for index, employer in enumerate(employers):
        session.add_repeat("jobs")
        session.answer(f"jobs[{index}].employer", employer)
    return session


def _state(session: FormSession) -> list[tuple[str, object, str]]:
    return [(p.path, p.value, p.label) for p in session.prompts()]


def test_moving_an_entry_reorders_it_and_everything_that_depends_on_order() -> None:
    session = _session("Alpha", "Beta", "Gamma")
    session.move_repeat("jobs", 2, 0)
    assert [session.value(f"jobs[{i}].employer") for i in range(3)] == ["Gamma", "Alpha", "Beta"]
    assert session.value("names") == "Gamma, Alpha, Beta"
    assert session.value("first") == "Gamma"
    assert session.value("jobs[0].place") in (1, 1.0, "1")
    labels = {p.path: p.label for p in session.prompts()}
    assert labels["jobs[0].note"] == "Entry 1: Gamma"
    rebuilt = FormSession.from_json(FORM, session.to_json())
    assert _state(rebuilt) == _state(session)
    assert session.audit[-1]["kind"] == "move_repeat"


@pytest.mark.parametrize(("index", "to"), [(3, 0), (0, 3), (-1, 0)])
def test_moving_outside_the_entries_is_refused(index: int, to: int) -> None:
    session = _session("Alpha", "Beta", "Gamma")
    with pytest.raises(AnswerError) as caught:
        session.move_repeat("jobs", index, to)
    assert caught.value.code == "unknown_path"


def test_notes_round_trip_with_the_response() -> None:
    session = _session("Alpha")
    assert session.notes == ""
    session.set_notes("Respondent asked to pause at 10:40; resumed 10:55.")
    again = FormSession.from_json(FORM, session.to_json())
    assert again.notes == "Respondent asked to pause at 10:40; resumed 10:55."
    assert "notes" not in again.finalized_answers()
