"""Descriptive statistics over plain answer dicts: answer distributions, number summaries, and
the rules reports share (round half up, small-cell suppression; plurals are in
sp_collect.reports.texts)."""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sp_collect.analysis.config_form_check import form_questions
from sp_collect.engine.model import Form, text_in

SMALL_N = 5
"""Cells with fewer people than this are not shown (beneficiaries), and no quartiles below it."""

Answers = Mapping[str, Any]


@dataclass(frozen=True)
class Distribution:
    """How many records chose each value (a multiple choice counts every value chosen)."""

    n: int
    """Records with an answer to the question."""
    counts: Mapping[str, int]

    def top(
        self, k: int, *, skip: Sequence[str] = ("dk", "none", "other")
    ) -> list[tuple[str, int]]:
        ranked = sorted(
            ((v, c) for v, c in self.counts.items() if c and v not in skip), key=lambda x: -x[1]
        )
        return ranked[:k]


@dataclass(frozen=True)
class NumberSummary:
    n: int
    total: float | None
    median: float | None
    minimum: float | None
    maximum: float | None


def distribution(records: Iterable[Answers], qid: str) -> Distribution:
    counts: dict[str, int] = {}
    n = 0
    for answers in records:
        value = answers.get(qid)
        values = value if isinstance(value, list) else [] if value in (None, "") else [value]
        if not values:
            continue
        n += 1
        for item in values:
            counts[str(item)] = counts.get(str(item), 0) + 1
    return Distribution(n, counts)


def numbers(records: Iterable[Answers], qid: str) -> NumberSummary:
    values = [
        float(v)
        for v in (answers.get(qid) for answers in records)
        if isinstance(v, int | float) and not isinstance(v, bool)
    ]
    if not values:
        return NumberSummary(0, None, None, None, None)
    return NumberSummary(
        len(values), sum(values), statistics.median(values), min(values), max(values)
    )


def half_up(value: float | None, digits: int = 0) -> str:
    """Rounded half away from zero (72.5 → 73), never half-to-even; "–" for no value."""
    if value is None:
        return "–"
    quantum = Decimal(1).scaleb(-digits)
    return str(Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP))


def share(part: int, whole: int) -> str:
    return "–" if not whole else f"{half_up(100 * part / whole)} %"


def choice_labels(form: Form, qid: str, language: str) -> dict[str, str]:
    """Value → label of a select question's choices (inline or a named list), in order."""
    question = form_questions(form).get(qid, (None, False))[0]
    choices = getattr(question, "choices", None)
    if isinstance(choices, str):
        choices = form.choice_lists.get(choices, [])
    return {c.value: text_in(c.label, language, form.default_language) for c in choices or []}


def question_label(form: Form, qid: str, language: str) -> str:
    question = form_questions(form).get(qid, (None, False))[0]
    if question is None:
        return qid
    return text_in(question.label, language, form.default_language)
