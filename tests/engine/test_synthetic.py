"""Synthetic responses pass the same checks as a person's answers."""

from __future__ import annotations

import random

import pytest
from forms_helpers import make_form

from sp_collect.engine import FormSession, load_form
from sp_collect.engine.model import ANSWERABLE_TYPES
from sp_collect.engine.synthetic import synthesize
from sp_collect.resources import shipped_forms


def _attach(data: bytes, name: str, media_type: str) -> dict:
    import hashlib

    digest = hashlib.sha256(data).hexdigest()
    return {"sha256": digest, "name": name, "media_type": media_type, "size": len(data)}


@pytest.mark.parametrize("path", shipped_forms(), ids=lambda p: p.stem)
def test_most_synthetic_responses_of_each_instrument_are_valid(path) -> None:
    form = load_form(path)
    rng = random.Random(7)
    sessions = [synthesize(form, rng, attach=_attach) for _ in range(10)]
    valid = [s for s in sessions if not s.errors()]
    assert len(valid) >= 8
    answered = sorted(s.progress()[0] for s in valid)
    median = answered[len(answered) // 2]
    assert median > 5, "a synthetic response should answer more than a handful of items"


def test_same_seed_same_answers() -> None:
    form = load_form(shipped_forms()[0])
    clock_fields = {"start", "end", "meta_start", "meta_end"}

    def answers() -> dict:
        session = synthesize(form, random.Random(3), attach=_attach)
        return {k: v for k, v in session.finalized_answers().items() if k not in clock_fields}

    assert answers() == answers()


def test_regex_constraints_are_satisfied() -> None:
    form = load_form(
        {
            "id": "t", "version": "1", "title": "T",
            "items": [
                {"type": "text", "id": "code", "required": True,
                 "constraint": "regex(., '^[A-Z]{2,4}$')"},
                {"type": "integer", "id": "year", "required": True,
                 "constraint": ". >= 2019 and . <= 2025"},
            ],
        }
    )  # fmt: skip
    session = synthesize(form, random.Random(1))
    assert session.errors() == []
    assert 2019 <= session.value("year") <= 2025


def test_filtered_choices_follow_the_answer_given_just_before() -> None:
    """The institution list filters by the country chosen a moment earlier in the same pass."""
    form = load_form(next(p for p in shipped_forms() if "institutional" in p.name))
    rng = random.Random(2)
    institutions = [synthesize(form, rng).value("s1_02") for _ in range(10)]
    chosen = [code for code in institutions if code is not None]
    assert sum(code != "other" for code in chosen) >= len(chosen) - 2


def _as_filler_sees(session: FormSession) -> list[tuple[object, ...]]:
    """What the filler needs of each visible, writable prompt (repeats: path and count)."""
    return [
        (p.path, p.id, p.type, False, None, (), (), p.repeat)
        if p.type == "repeat"
        else (p.path, p.id, p.type, p.required, p.appearance, p.choices, p.rows, p.repeat)
        for p in session.iter_prompts(visible_only=True)
        if not p.readonly and (p.type == "repeat" or p.type in ANSWERABLE_TYPES)
    ]


def _blanks(session: FormSession, skip: frozenset[str] = frozenset()) -> list[tuple[object, ...]]:
    return [
        (b.path, b.id, b.type, b.required, b.appearance, b.choices, b.rows, b.repeat)
        for b in session.blanks(skip=skip)
    ]


@pytest.mark.parametrize("path", shipped_forms(), ids=lambda p: p.stem)
def test_blanks_are_the_prompts_a_filler_answers(path) -> None:
    """blanks() skips labels and errors but must offer exactly what the prompts offer: the
    same questions, requirements, filtered choices, 'other' texts and repeat counts, before
    any answer, half-way and at the end of a filled response."""
    form = load_form(path)
    rng = random.Random(11)
    for _ in range(3):
        filled = synthesize(form, rng, attach=_attach)
        data = filled.to_json()
        data["answers"] = dict(list(data["answers"].items())[::2])
        half = FormSession.from_json(form, data)
        for session in (FormSession(form), half, filled):
            assert _blanks(session) == _as_filler_sees(session)
            done = frozenset(entry[0] for entry in _as_filler_sees(session)[::2])
            assert [b[0] for b in _blanks(session, done)] == [
                entry[0] for entry in _as_filler_sees(session) if entry[0] not in done
            ]


def test_blanks_follow_other_texts_read_only_questions_filters_and_entries() -> None:
    """The same on a form with what the study's forms lack: 'or other' companions, read-only
    questions (static and computed), a computed answer, a filter and a repeat with limits."""
    yes_no = [{"value": "yes", "label": "Yes"}, {"value": "no", "label": "No"}]
    cities = [
        {"value": "pos", "label": "Port of Spain", "country": "tt"},
        {"value": "kgn", "label": "Kingston", "country": "jm"},
    ]
    form = make_form(
        items=[
            {"type": "select_one", "id": "job", "label": "Job", "choices": yes_no,
             "or_other": True, "required": True},
            {"type": "text", "id": "fixed", "label": "F", "readonly": True},
            {"type": "integer", "id": "n", "label": "N", "required": "${job} = 'no'"},
            {"type": "text", "id": "locked", "label": "L", "readonly": "${n} = 1"},
            {"type": "integer", "id": "twice", "label": "T", "calculation": "${n} * 2"},
            {"type": "select_one", "id": "country", "label": "C",
             "choices": [{"value": "tt", "label": "TT"}, {"value": "jm", "label": "JM"}]},
            {"type": "select_one", "id": "city", "label": "City", "choices": cities,
             "choice_filter": "country = ${country}"},
            {"type": "repeat", "id": "r", "label": "R", "min": 1, "max": 2,
             "items": [{"type": "text", "id": "x", "label": "X", "appearance": "multiline"}]},
        ]
    )  # fmt: skip
    session = FormSession(form)
    assert _blanks(session) == _as_filler_sees(session)
    for path, value in (("job", "other"), ("n", 1), ("country", "jm"), ("job", "no")):
        session.answer(path, value)
        assert _blanks(session) == _as_filler_sees(session), path
    session.answer("job", "other")
    session.add_repeat("r")
    paths = [b[0] for b in _blanks(session)]
    assert "job_other" in paths and "locked" not in paths and "fixed" not in paths
    assert _blanks(session) == _as_filler_sees(session)
