"""Workshop corrections that could not apply are worded in the report's language: the analysis
gives a reason and its data, each language says it without an English phrase left in."""

from __future__ import annotations

import re

import pytest

from sp_collect.analysis.workshop_corrections import CorrectionProblem
from sp_collect.reports.correction_wording import describe

OTHERS = ("fr", "nl", "es")
PROBLEMS = {
    "question that does not exist": CorrectionProblem("unknown_item", "s9_99"),
    "no question named": CorrectionProblem("unknown_item", ""),
    "not a number": CorrectionProblem("not_a_number", "s3_04", ("about 40",)),
    "choice that does not exist": CorrectionProblem(
        "unknown_choice", "s2_02", ("ratified",), ("in_force", "signed", "no")
    ),
    "empty answer": CorrectionProblem("no_answer", "s2_02", choices=("in_force", "no")),
    "no survey": CorrectionProblem("no_survey", institution="GUY/GUY_NIS"),
    "from a record": CorrectionProblem("unknown_item", "s9_99", record="Workshop Georgetown"),
}
DATA = {"s9_99", "s3_04", "about 40", "s2_02", "ratified", "in_force", "GUY/GUY_NIS",
        "Workshop Georgetown"}  # fmt: skip


def _english_phrases(problem: CorrectionProblem) -> set[str]:
    """Runs of three or more English words, the data taken out."""
    text = describe(problem, "en")
    for value in DATA:
        text = text.replace(value, "|")
    return {
        " ".join(words[i : i + 3])
        for part in re.split(r"[|;:,“”]", text)
        if len(words := part.split()) >= 3
        for i in range(len(words) - 2)
    }


@pytest.mark.parametrize("name", PROBLEMS)
@pytest.mark.parametrize("language", OTHERS)
def test_each_reason_is_worded_in_the_report_language(name: str, language: str) -> None:
    problem = PROBLEMS[name]
    text = describe(problem, language)
    english = describe(problem, "en")
    assert text != english
    left = [phrase for phrase in _english_phrases(problem) if phrase in text]
    assert not left, f"English left in the {language} wording: {left}"
    assert "{" not in text
    for value in (problem.item, *problem.values, *problem.choices, problem.institution):
        assert value in text, f"{value!r} missing from {text!r}"
    if problem.record:
        assert problem.record in text


def test_the_english_wording_says_what_to_fix() -> None:
    assert describe(PROBLEMS["question that does not exist"], "en") == (
        "the workshop corrects s9_99, which is not a question of the institutional survey; "
        "fix the item in the correction log"
    )
    assert describe(PROBLEMS["choice that does not exist"], "en") == (
        "ratified is not an answer code of s2_02; use one of in_force, signed, no"
    )
    assert "an item without an ID" in describe(PROBLEMS["no question named"], "en")
