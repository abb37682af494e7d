"""The answer checker's quick tests never accept what ``check_answer`` refuses, on the real forms.

Merge checks every answer of every response; most values pass a quick type test instead of the
full ``check_answer``. These tests give every question of the study's forms values of every kind
(valid, edge and wrong) and expect exactly the verdict ``check_answer`` gives alone.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from sp_collect.engine.answers import AnswerTypeError, check_answer, check_other_text
from sp_collect.engine.compiled import CompiledForm, ItemInfo
from sp_collect.engine.loader import load_form
from sp_collect.engine.numbers import LARGEST
from sp_collect.sync.answer_check import ATTACHMENT_TYPES, AnswerCheck

FORMS = sorted((Path(__file__).resolve().parents[2] / "forms").glob("caricom-*.json"))
DIGEST = "ab" * 32
COMMON: list[Any] = [
    None, "", [], {}, "text", "0", 0, 1, -1, 7.5, -0.0, True, False, LARGEST, -LARGEST,
    LARGEST + 1, -LARGEST - 1, float(LARGEST), 1e16, math.nan, math.inf, -math.inf,
    ["a"], ["a", "a"], [1], {"a": 1}, "2026-11-30", "2026-02-30", "10:30", "other",
    {"sha256": DIGEST, "name": "a.pdf", "media_type": "application/pdf", "size": 3},
]  # fmt: skip


def _candidates(info: ItemInfo) -> list[Any]:
    choices = [c.value for c in info.choices]
    lists = [choices[:2], choices[:1] * 2, [*choices[:1], "nope"], choices[::-1], [*choices, 3]]
    return [*COMMON, *choices, *lists]


def _expected(info: ItemInfo, value: Any) -> str | None:
    """The reason ``check_answer`` alone refuses ``value`` with (None: accepted)."""
    try:
        check_answer(info, value)
    except AnswerTypeError as exc:
        return str(exc).rstrip(".")
    return None


def _wrap(form: CompiledForm, info: ItemInfo, value: Any) -> tuple[dict[str, Any], str]:
    """Answers holding ``value`` for ``info`` at its level (inside its repeats), and its path."""
    answers: dict[str, Any] = {info.id: value}
    path = info.id
    for repeat in reversed(info.scope):
        answers = {repeat: [answers]}
        path = f"{repeat}[0].{path}"
    return answers, path


@pytest.mark.parametrize("form_file", FORMS, ids=lambda p: p.stem)
def test_every_question_gets_check_answers_verdict(form_file: Path):
    form = load_form(json.loads(form_file.read_text(encoding="utf-8")))
    checker = AnswerCheck(form)
    judged = 0
    for info in form.items.values():
        if not info.answerable or info.type in ATTACHMENT_TYPES:
            continue
        for value in _candidates(info):
            answers, path = _wrap(form, info, value)
            problems, _digests = checker.check(answers)
            reason = _expected(info, value)
            assert problems == ([] if reason is None else [(path, reason)]), (info.id, value)
            judged += 1
    assert judged > 500


def test_or_other_texts_and_levels_are_judged_as_before():
    form = load_form(json.loads(FORMS[0].read_text(encoding="utf-8")))
    checker = AnswerCheck(form)
    with_other = [i for i in form.items.values() if i.or_other and not i.scope]
    nested = next(i for i in form.items.values() if i.scope and i.answerable)
    for info in with_other:
        for value in ("a text", 3, None):
            problems, _ = checker.check({f"{info.id}_other": value})
            try:
                check_other_text(value)
                assert problems == []
            except AnswerTypeError:
                assert problems and problems[0][0] == f"{info.id}_other"
    problems, _ = checker.check({nested.id: "x"})
    assert problems == [(nested.id, "this question is not at this level")]
    problems, _ = checker.check({"no_such_question": 1})
    assert problems == [("no_such_question", "no question has this id")]
