"""Workshop score corrections: Form D's D5 log turned into typed Form A answers per institution.

Form D records each agreed correction with the Form A item picked from a list (``d5_item``)
and, for a single-choice item, the corrected answer picked from that item's own choices
(``d5_corrected_choice``, stored as ``item.code``); any other answer is typed as text
(``d5_corrected``). Scoring needs the value as Form A stores it, so the text is read by the
Form A question's type: a number for integer/decimal, a choice value for select_one, and
choice values separated by spaces or commas for select_multiple (kept in choice order).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from sp_collect.analysis.config_form_check import choice_values, form_questions
from sp_collect.analysis.submissions import InstitutionKey
from sp_collect.engine.model import DecimalQuestion, Form, IntegerQuestion
from sp_collect.errors import AnswerError, Location

# Form D's field ids (forms/caricom-workshop-summary.json, section D5).
SCORES = "d5_scores"
COUNTRY = "d5_country"
INSTITUTION = "d5_institution"
INSTITUTION_OTHER = "d5_institution_other"
CORRECTIONS = "d5_corrections"
ITEM = "d5_item"
CORRECTED = "d5_corrected"
CORRECTED_CHOICE = "d5_corrected_choice"


def corrections_from_workshop(
    record: Mapping[str, Any], form: Form, *, problems: list[AnswerError] | None = None
) -> dict[InstitutionKey, dict[str, Any]]:
    """Institution (country, code) → {Form A question id → agreed answer}; later entries win.

    An institution chosen as ``other`` is keyed by its typed name (``d5_institution_other``).
    A correction that names no question or an impossible answer raises — or, when ``problems``
    is given, is left out and added there, so one typo in a log does not stop all scoring.
    """
    questions = {qid: question for qid, (question, _) in form_questions(form).items()}
    result: dict[InstitutionKey, dict[str, Any]] = {}
    for row, entry in enumerate(record.get(SCORES) or []):
        institution = entry.get(INSTITUTION)
        if institution == "other":
            institution = entry.get(INSTITUTION_OTHER) or institution
        key = InstitutionKey(str(entry.get(COUNTRY) or ""), str(institution))
        corrections = result.setdefault(key, {})
        for index, correction in enumerate(entry.get(CORRECTIONS) or []):
            path = f"{SCORES}[{row}]/{CORRECTIONS}[{index}]"
            qid = str(correction.get(ITEM, "")).strip()
            try:
                corrections[qid] = _correction(questions, qid, correction, form, path)
            except AnswerError as exc:
                if problems is None:
                    raise
                problems.append(exc)
    return {code: values for code, values in result.items() if values}


def _correction(
    questions: Mapping[str, Any], qid: str, correction: Mapping[str, Any], form: Form, path: str
) -> Any:
    question = questions.get(qid)
    if question is None:
        raise AnswerError(
            f"the workshop corrects {qid or 'an item'}, which is not a question of "
            f"{form.id}; fix the item ID in the correction log",
            code="correction_unknown_item",
            where=Location(question=f"{path}/{ITEM}"),
        )
    picked = correction.get(CORRECTED_CHOICE)
    if picked:
        where = Location(question=f"{path}/{CORRECTED_CHOICE}")
        return _typed(question, str(picked).removeprefix(f"{qid}."), form, where)
    where = Location(question=f"{path}/{CORRECTED}")
    return _typed(question, str(correction.get(CORRECTED, "")), form, where)


def _typed(question: Any, text: str, form: Form, where: Location) -> Any:
    text = text.strip()
    if isinstance(question, IntegerQuestion | DecimalQuestion):
        try:
            number = float(text)
        except ValueError:
            number = None
        if number is None or (isinstance(question, IntegerQuestion) and not number.is_integer()):
            raise AnswerError(
                f"the corrected answer to {question.id} must be a number, not {text!r}",
                code="correction_invalid",
                where=where,
            )
        return int(number) if isinstance(question, IntegerQuestion) else number
    if question.type not in ("select_one", "select_multiple"):
        return text
    values = choice_values(question, form) or []
    picked = re.split(r"[\s,]+", text) if question.type == "select_multiple" else [text]
    unknown = [value for value in picked if value not in values]
    if unknown or not text:
        raise AnswerError(
            f"{', '.join(unknown) or 'an empty answer'} is not an answer code of {question.id}; "
            f"use one of {', '.join(values)}",
            code="correction_invalid",
            where=where,
        )
    if question.type == "select_one":
        return text
    return [value for value in values if value in picked]
