"""Synthetic responses pass the same checks as a person's answers."""

from __future__ import annotations

import random

import pytest

from sp_collect.engine import load_form
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
