"""Choice labels may pipe answers (``"label": "${first_child}"``), as XLSForm's do."""

from __future__ import annotations

from forms_helpers import make_form

from sp_collect.engine import FormSession


def test_choice_labels_show_the_answers_they_name_and_follow_them() -> None:
    form = make_form(
        items=[
            {"type": "text", "id": "first", "label": "First child"},
            {"type": "text", "id": "second", "label": "Second child"},
            {
                "type": "select_one",
                "id": "eldest",
                "label": "Who is the eldest?",
                "choices": [
                    {"value": "1", "label": "${first}"},
                    {"value": "2", "label": {"en": "${second} (second)"}},
                ],
            },
        ]
    )
    session = FormSession(form)
    session.answer("first", "Ama")
    session.answer("second", "Kofi")
    labels = [c.label for p in session.prompts() if p.id == "eldest" for c in p.choices]
    assert labels == ["Ama", "Kofi (second)"]
    result = session.answer("first", "Abena")
    assert "eldest" in result.changed
    labels = [c.label for p in session.prompts() if p.id == "eldest" for c in p.choices]
    assert labels[0] == "Abena"
