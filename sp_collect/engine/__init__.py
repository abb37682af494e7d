"""The form engine: model, loader, expressions and FormSession. Pure Python, no Qt.

The names below load on first use (PEP 562): a module that needs only a light part of the
engine (``engine.texts``) does not pay for pydantic, the expression grammar and the session.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sp_collect.lazy_exports import lazy_exports

if TYPE_CHECKING:
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

_HOMES = {
    "AnswerResult": "prompts",
    "ChoiceOption": "prompts",
    "CompiledForm": "compiled",
    "FormSession": "session",
    "Issue": "prompts",
    "Problem": "problems",
    "Prompt": "prompts",
    "RepeatState": "prompts",
    "SectionInfo": "prompts",
    "load_form": "loader",
    "validate_form": "validate",
}

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


__getattr__ = lazy_exports(__name__, _HOMES)
