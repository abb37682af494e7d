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
from dataclasses import dataclass
from typing import Any, Literal

from sp_collect.analysis.config_form_check import choice_values, form_questions
from sp_collect.analysis.submissions import InstitutionKey
from sp_collect.engine.model import DecimalQuestion, Form, IntegerQuestion

# Form D's field ids (forms/caricom-workshop-summary.json, section D5).
SCORES = "d5_scores"
COUNTRY = "d5_country"
INSTITUTION = "d5_institution"
INSTITUTION_OTHER = "d5_institution_other"
CORRECTIONS = "d5_corrections"
ITEM = "d5_item"
CORRECTED = "d5_corrected"
CORRECTED_CHOICE = "d5_corrected_choice"

Reason = Literal["unknown_item", "not_a_number", "unknown_choice", "no_answer", "no_survey"]
"""Why a correction cannot apply: the log names no question of Form A; a number question's
answer is not a number (a whole one for an integer question); answer codes that are not the
question's; an empty answer to a choice question; the institution sent no Form A response."""


@dataclass(frozen=True)
class CorrectionProblem:
    """A workshop correction that cannot apply: the reason and the data a report words it with
    (in the report's language, see :mod:`sp_collect.reports.correction_wording`)."""

    reason: Reason
    item: str = ""
    """The Form A question the correction names (empty when it names none)."""
    values: tuple[str, ...] = ()
    """The typed answer, or the answer codes that are not the question's."""
    choices: tuple[str, ...] = ()
    """The question's answer codes, for ``unknown_choice`` and ``no_answer``."""
    institution: str = ""
    """``COUNTRY/CODE`` of the institution, for ``no_survey``."""
    where: str = ""
    """The answer's path in the workshop record (``d5_scores[0]/d5_corrections[1]/d5_item``)."""
    record: str = ""
    """The workshop record it comes from, when several are read together."""


def corrections_from_workshop(
    record: Mapping[str, Any], form: Form, *, problems: list[CorrectionProblem]
) -> dict[InstitutionKey, dict[str, Any]]:
    """Institution (country, code) → {Form A question id → agreed answer}; later entries win.

    An institution chosen as ``other`` is keyed by its typed name (``d5_institution_other``).
    A correction that names no question or an impossible answer is left out and added to
    ``problems``, so one typo in a log does not stop all scoring.
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
            value = _correction(questions, qid, correction, form, path)
            if isinstance(value, CorrectionProblem):
                problems.append(value)
            else:
                corrections[qid] = value
    return {code: values for code, values in result.items() if values}


def _correction(
    questions: Mapping[str, Any], qid: str, correction: Mapping[str, Any], form: Form, path: str
) -> Any:
    question = questions.get(qid)
    if question is None:
        return CorrectionProblem("unknown_item", item=qid, where=f"{path}/{ITEM}")
    picked = correction.get(CORRECTED_CHOICE)
    if picked:
        where = f"{path}/{CORRECTED_CHOICE}"
        return _typed(question, str(picked).removeprefix(f"{qid}."), form, where)
    return _typed(question, str(correction.get(CORRECTED, "")), form, f"{path}/{CORRECTED}")


def _typed(question: Any, text: str, form: Form, where: str) -> Any:
    """The answer as Form A stores it, or the :class:`CorrectionProblem` saying why not."""
    text = text.strip()
    if isinstance(question, IntegerQuestion | DecimalQuestion):
        try:
            number = float(text)
        except ValueError:
            number = None
        if number is None or (isinstance(question, IntegerQuestion) and not number.is_integer()):
            return CorrectionProblem("not_a_number", question.id, (text,), where=where)
        return int(number) if isinstance(question, IntegerQuestion) else number
    if question.type not in ("select_one", "select_multiple"):
        return text
    values = tuple(choice_values(question, form) or [])
    if not text:
        return CorrectionProblem("no_answer", question.id, choices=values, where=where)
    picked = re.split(r"[\s,]+", text) if question.type == "select_multiple" else [text]
    unknown = tuple(value for value in picked if value not in values)
    if unknown:
        return CorrectionProblem("unknown_choice", question.id, unknown, values, where=where)
    if question.type == "select_one":
        return text
    return [value for value in values if value in picked]
