"""The form engine: model, loader, expressions and FormSession. Pure Python, no Qt."""

from sp_collect.engine.compiled import CompiledForm
from sp_collect.engine.loader import load_form
from sp_collect.engine.problems import Problem
from sp_collect.engine.prompts import (
    AnswerResult,
    ChoiceOption,
    Issue,
    Prompt,
    RepeatState,
    SectionInfo,
)
from sp_collect.engine.session import FormSession
from sp_collect.engine.validate import validate_form

__all__ = [
    "AnswerResult",
    "ChoiceOption",
    "CompiledForm",
    "FormSession",
    "Issue",
    "Problem",
    "Prompt",
    "RepeatState",
    "SectionInfo",
    "load_form",
    "validate_form",
]
