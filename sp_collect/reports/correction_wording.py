"""A workshop correction that could not apply, worded in the report's language.

The analysis gives the reason and its data (:class:`CorrectionProblem`); the sentence comes
from the reports' catalogue, so a French report says it in French.
"""

from __future__ import annotations

from sp_collect.analysis.workshop_corrections import CorrectionProblem
from sp_collect.reports.texts import t


def describe(problem: CorrectionProblem, language: str) -> str:
    """One clause saying which correction cannot apply and what to fix, e.g. "the workshop
    corrects s9_99, which is not a question of the institutional survey; fix the item"."""
    text = t(
        f"corr_{problem.reason}",
        language,
        item=problem.item or t("corr_no_item", language),
        values=", ".join(problem.values),
        choices=", ".join(problem.choices),
        institution=problem.institution,
    )
    if problem.record:
        return t("corr_in_record", language, record=problem.record, problem=text)
    return text
