"""The cheap constraint pass agrees with ``FormSession.errors()`` on the study's forms.

Differential: complete responses from the synthetic filler, then answers broken at random
(numbers out of range, malformed codes and e-mails, exclusive choices combined, answers the
constraints compare with changed or dropped), each judged by both."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

import pytest

from sp_collect.engine.compiled import CompiledForm
from sp_collect.engine.constraint_check import ConstraintCheck
from sp_collect.engine.loader import load_form
from sp_collect.engine.session import FormSession
from sp_collect.engine.synthetic import synthesize

FORMS = sorted((Path(__file__).resolve().parents[2] / "forms").glob("*.json"))
RESPONSES_PER_FORM = 12
BREAKS_PER_RESPONSE = 4


def session_failures(form: CompiledForm, answers: dict[str, Any]) -> list[tuple[str, str]]:
    """What ``responses show`` lists for a received response: its constraint errors."""
    session = FormSession(form, language=form.model.default_language)
    session.load_answers(answers)
    session.mark_finalized()
    return [(i.path, i.message) for i in session.errors() if i.kind == "constraint"]


def candidates(form: CompiledForm, key: str, rng: random.Random) -> list[Any]:
    info = form.items[key]
    values = [c.value for c in info.choices]
    if info.type == "integer":
        return [-3, 0, 1, 7, 1939, 2100, 10**6]
    if info.type == "decimal":
        return [-0.5, 0.0, 2.5, 101.0, 5000.0]
    if info.type == "text":
        return ["", "x", "AB", "abcde", "s1_02:ok", "s1_02a", "a@b", "a@b.cd", "+1 234 5678"]
    if info.type == "date":
        return ["1900-01-01", "2020-06-01", "2999-12-31"]
    if info.type == "time":
        return ["08:00:00.000", "17:30:00.000"]
    if info.type == "select_one" and values:
        return values
    if info.type == "select_multiple" and values:
        return [[rng.choice(values)], rng.sample(values, min(len(values), rng.randint(2, 7)))]
    return []


def broken(form: CompiledForm, answers: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """``answers`` with a few values replaced or dropped, constrained ones most often."""
    data = copy.deepcopy(answers)
    spots: list[tuple[dict[str, Any], str]] = []

    def collect(level: dict[str, Any]) -> None:
        for key, value in level.items():
            info = form.items.get(key)
            if info is None:
                continue
            if info.type == "repeat" and isinstance(value, list):
                for entry in value:
                    collect(entry)
            elif info.answerable and info.type not in {"file", "image", "signature"}:
                spots.append((level, key))

    collect(data)
    constrained = [s for s in spots if "constraint" in form.items[s[1]].expressions]
    for _ in range(BREAKS_PER_RESPONSE):
        pool = constrained if constrained and rng.random() < 0.7 else spots
        if not pool:
            break
        level, key = rng.choice(pool)
        options = candidates(form, key, rng)
        if rng.random() < 0.1 or not options:
            level.pop(key, None)
        else:
            level[key] = rng.choice(options)
    return data


@pytest.mark.parametrize("path", FORMS, ids=[p.stem for p in FORMS])
def test_cheap_pass_agrees_with_the_session(path: Path) -> None:
    form = load_form(json.loads(path.read_text(encoding="utf-8")))
    check = ConstraintCheck(form)
    rng = random.Random(f"constraints {path.stem}")
    failures_seen = 0
    for _ in range(RESPONSES_PER_FORM):
        answers = synthesize(form, rng, skip_optional=0.0).finalized_answers()
        for data in (answers, broken(form, answers, rng), broken(form, answers, rng)):
            expected = session_failures(form, data)
            assert check.failures(data) == expected, data
            failures_seen += len(expected)
    # The breaking must actually break: otherwise agreement on empty lists proves nothing.
    assert failures_seen >= RESPONSES_PER_FORM


def test_a_failure_names_the_question_and_the_forms_message() -> None:
    form = load_form(json.loads((FORMS[0].parent / "caricom-workshop-summary.json").read_text()))
    answers = synthesize(form, random.Random(1), skip_optional=0.0).finalized_answers()
    answers["d2_02_invited"] = 10
    answers["d2_02_represented"] = 12  # more represented than invited
    failures = ConstraintCheck(form).failures(answers)
    assert [p for p, _ in failures] == ["d2_02_represented"]
    assert failures == session_failures(form, answers)


def test_an_absent_answer_is_not_checked() -> None:
    form = load_form(json.loads((FORMS[0].parent / "caricom-workshop-summary.json").read_text()))
    answers = synthesize(form, random.Random(2), skip_optional=0.0).finalized_answers()
    answers["d2_02_invited"] = 10
    answers.pop("d2_02_represented", None)
    assert ConstraintCheck(form).failures(answers) == []


READS_OTHERS = {
    "id": "reads_others",
    "version": "1",
    "title": "Constraints reading other answers",
    "items": [
        {"type": "integer", "id": "staff"},
        {"type": "integer", "id": "ict", "relevant": "${staff} > 0"},
        {"type": "calculate", "id": "double", "calculation": "${staff} * 2"},
        {"type": "integer", "id": "laptops", "constraint": ". = ${ict}"},
        {"type": "integer", "id": "desks", "constraint": "${double} = '' or . <= ${double}"},
    ],
}


@pytest.mark.parametrize(
    "answers",
    [
        {"staff": 0, "ict": 5, "laptops": 5},  # ict is hidden: laptops = '' fails
        {"staff": 3, "ict": 5, "laptops": 5},
        {"staff": 3, "desks": 9},  # more desks than twice the staff
        {"staff": 5, "desks": 9},
    ],
)
def test_what_a_constraint_reads_is_seen_as_the_session_sees_it(answers: dict) -> None:
    """A hidden answer reads as empty, a calculation as its result, even when the
    constraint passes on the raw answers."""
    form = load_form(READS_OTHERS)
    assert ConstraintCheck(form).failures(answers) == session_failures(form, answers)


MIXED = {
    "id": "mixed",
    "version": "1",
    "title": "Constraints on their own answer and on others",
    "items": [
        {"type": "integer", "id": "staff"},
        {"type": "integer", "id": "laptops", "constraint": ". <= ${staff}"},
        {"type": "decimal", "id": "share", "constraint": ". >= 0 and . <= 100"},
        {"type": "text", "id": "code", "constraint": "regex(., '^[A-Z]{2}$')"},
        {"type": "integer", "id": "year", "constraint": ". <= number(format-date(today(), '%Y'))"},
        {
            "type": "select_multiple",
            "id": "aid",
            "choices": [{"value": v, "label": v} for v in ("food", "cash", "none")],
            "constraint": "not(selected(., 'none') and count-selected(.) > 1)",
        },
        {"type": "text", "id": "ref", "constraint": "string-length(.) < string-length(uuid())"},
        {"type": "repeat", "id": "members", "items": [{"type": "integer", "id": "age"}]},
        {"type": "integer", "id": "eldest", "constraint": ". >= ${age}"},
    ],
}


def test_one_check_judges_every_response_on_its_own_answers(monkeypatch) -> None:
    """Results kept between responses never leak: the same answer judged against other
    answers it reads, repeated answers, and a memory bound that empties what was kept, all
    agree with the session."""
    monkeypatch.setattr("sp_collect.engine.constraint_check._MEMO_SIZE", 3)
    form = load_form(MIXED)
    check = ConstraintCheck(form)
    rng = random.Random("mixed")
    responses = [
        {
            "staff": rng.choice([0, 2, 5]),
            "laptops": rng.choice([1, 3, 4]),
            "share": rng.choice([-0.5, -0.0, 0.0, 50.0, 100.5, 3]),
            "code": rng.choice(["AB", "abc", "A", "ZZ", "Z" * 101]),
            "year": rng.choice([1999, 2999]),
            "aid": rng.choice([["food"], ["food", "none"], ["none"], ["cash", "food"]]),
            "ref": rng.choice(["x" * 12, "y" * 40]),
            "members": [{"age": rng.choice([20, 40, 60])} for _ in range(rng.randint(0, 2))],
            "eldest": rng.choice([30, 50]),
        }
        for _ in range(60)
    ]
    failures = 0
    for answers in responses + responses:
        expected = session_failures(form, answers)
        assert check.failures(answers) == expected, answers
        failures += len(expected)
    assert failures > len(responses)
    for kept in check._memos.values():
        assert len(kept.results) <= 3
    long_code = {"code": "Z" * 101}
    assert check.failures(long_code) == session_failures(form, long_code)
    assert ("Z" * 101) not in {value for _kind, value in check._memos["code"].results}
    # Not a constraint calling uuid() (chance): it is evaluated every time, as is one reading
    # the answers of a repeat's instances (a node-set).
    assert set(check._memos) == {"laptops", "share", "code", "year", "aid", "eldest"}
    assert check._memos["eldest"].results == {}
