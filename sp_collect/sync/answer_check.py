"""Received answers checked against the form version they name, without running the form.

The checks are those ``responses add`` applies when it loads answers (``FormSession``): every key
is a question of the form at the right level, every value has the question's type and, for
choice questions, is one of its choices; computed values and metadata are accepted, as in a
device's finalized answers. Constraints and required answers are not refusals (a draft may
break them): the response merges, and review lists them when it opens the response (the app's
review, ``responses show``), as for a draft. Running the whole form at merge would cost 5-40 ms
a response (import of the study's forms measured 10× slower), so merge does not.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sp_collect.engine.answers import AnswerTypeError, check_answer, check_other_text
from sp_collect.engine.compiled import CompiledForm, ItemInfo
from sp_collect.engine.model import Metadata

_SCALARS = (str, int, float, bool, type(None))
# Answers drawn from a small set (choices, small numbers): worth remembering per bundle.
_REPEATING = frozenset({"select_one", "select_multiple", "rank", "integer", "decimal", "matrix"})
ATTACHMENT_TYPES = frozenset({"file", "image", "audio", "signature"})
Problem = tuple[str, str]
"""(question path, reason)."""


class AnswerCheck:
    """One form version's checker: ``problems(answers)`` and the attachments those name."""

    def __init__(self, form: CompiledForm) -> None:
        self._form = form
        # Choice codes and numbers recur across responses: each (question, value) is checked
        # once per bundle. Text rarely repeats (and would fill memory), so it is not kept.
        self._verdicts: dict[tuple[str, type, Any], str | None] = {}

    def check(self, answers: dict[str, Any]) -> tuple[list[Problem], set[str]]:
        """Every refused value as (path, reason), and the attachment digests the answers name."""
        problems: list[Problem] = []
        digests: set[str] = set()
        self._walk(answers, (), "", problems, digests)
        return problems, digests

    def _walk(
        self,
        data: Any,
        scope: tuple[str, ...],
        prefix: str,
        problems: list[Problem],
        digests: set[str],
    ) -> None:
        if not isinstance(data, dict):
            problems.append((prefix.rstrip(".") or "/", "expected an object of answers"))
            return
        items = self._form.items
        for key, value in data.items():
            path = f"{prefix}{key}"
            info = items.get(key)
            is_other = False
            if info is None and key.endswith("_other"):
                base = items.get(key.removesuffix("_other"))
                if base is not None and base.or_other:
                    info, is_other = base, True
            if info is None:
                problems.append((path, "no question has this id"))
                continue
            if info.scope != scope:
                problems.append((path, "this question is not at this level"))
                continue
            if is_other:
                _try(problems, path, check_other_text, value)
            elif info.type == "repeat":
                self._repeat(value, (*scope, key), path, problems, digests)
            elif info.type in ATTACHMENT_TYPES:
                checked = _try(problems, path, check_answer, info, value)
                if isinstance(checked, dict):
                    digests.add(checked["sha256"])
            elif info.answerable:
                self._check_value(info, value, path, problems)
            elif "calculation" not in info.expressions and not isinstance(info.item, Metadata):
                problems.append((path, "this question takes no answer"))

    def _check_value(self, info: ItemInfo, value: Any, path: str, problems: list[Problem]) -> None:
        if info.type not in _REPEATING:
            _try(problems, path, check_answer, info, value)
            return
        key = (info.id, type(value), value if isinstance(value, _SCALARS) else repr(value))
        if key not in self._verdicts:
            refused: list[Problem] = []
            _try(refused, path, check_answer, info, value)
            self._verdicts[key] = refused[0][1] if refused else None
        reason = self._verdicts[key]
        if reason is not None:
            problems.append((path, reason))

    def _repeat(
        self,
        value: Any,
        scope: tuple[str, ...],
        path: str,
        problems: list[Problem],
        digests: set[str],
    ) -> None:
        if not isinstance(value, list):
            problems.append((path, "expected a list of objects, one per repeat instance"))
            return
        for index, entry in enumerate(value):
            self._walk(entry, scope, f"{path}[{index}].", problems, digests)


def _try(problems: list[Problem], path: str, check: Callable[..., Any], *args: Any) -> Any:
    """``check(*args)``, or None with the refusal added to ``problems``."""
    try:
        return check(*args)
    except AnswerTypeError as exc:
        problems.append((path, str(exc).rstrip(".")))
        return None


def describe(problems: list[Problem], limit: int = 5) -> str:
    """``question q1: reason; question q2: reason`` (and how many more)."""
    shown = "; ".join(f"question {path}: {reason}" for path, reason in problems[:limit])
    more = len(problems) - limit
    return shown + (f"; and {more} more" if more > 0 else "")
