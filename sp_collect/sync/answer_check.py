"""Received answers checked against the form version they name, without running the form.

The checks are those ``responses add`` applies when it loads answers (``FormSession``): every key
is a question of the form at the right level, every value has the question's type and, for
choice questions, is one of its choices; computed values and metadata are accepted, as in a
device's finalized answers. Constraints and required answers are not refusals (a draft may
break them): the response merges, and review lists them when it opens the response (the app's
review, ``responses show``), as for a draft. Merge counts the failed constraints with the
engine's ``ConstraintCheck`` (running the whole form would cost 5-40 ms a response).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sp_collect.engine.answers import (
    AnswerTypeError,
    check_answer,
    check_other_text,
)
from sp_collect.engine.compiled import CompiledForm, ItemInfo
from sp_collect.engine.model import Metadata
from sp_collect.engine.numbers import LARGEST

ATTACHMENT_TYPES = frozenset({"file", "image", "audio", "signature"})
Problem = tuple[str, str]
"""(question path, reason)."""
Accepts = Callable[[Any], bool]


@dataclass(frozen=True, slots=True)
class _Rule:
    """What an answer key may hold: decided once per form version, not once per value."""

    info: ItemInfo
    kind: str
    """``value``, ``other`` (an or-other text), ``repeat``, ``attachment``, ``computed``
    (accepted as is) or ``none`` (takes no answer)."""
    accepts: Accepts | None = None
    """A quick yes for the common valid values; a no is judged in full (``check_answer``)."""


class AnswerCheck:
    """One form version's checker: ``problems(answers)`` and the attachments those name."""

    def __init__(self, form: CompiledForm) -> None:
        self._rules: dict[str, _Rule] = {}
        for info in form.items.values():
            self._rules[info.id] = _rule(info)
        for info in form.items.values():
            if info.or_other:
                # An item of that very id wins, as it did when the key was looked up first.
                self._rules.setdefault(f"{info.id}_other", _Rule(info, "other"))
        # Per level (scope), the keys whose usual values need no more than one quick test.
        self._quick: dict[tuple[str, ...], dict[str, Accepts]] = {}
        for key, rule in self._rules.items():
            if rule.accepts is not None:
                self._quick.setdefault(rule.info.scope, {})[key] = rule.accepts

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
        quick = self._quick.get(scope, {})
        for key, value in data.items():
            accepts = quick.get(key)
            if accepts is None or not accepts(value):
                self._judge(key, value, scope, prefix, problems, digests)

    def _judge(
        self,
        key: str,
        value: Any,
        scope: tuple[str, ...],
        prefix: str,
        problems: list[Problem],
        digests: set[str],
    ) -> None:
        """One answer the quick test did not pass: refused with its reason, or accepted."""
        path = f"{prefix}{key}"
        rule = self._rules.get(key)
        if rule is None:
            problems.append((path, "no question has this id"))
            return
        info = rule.info
        if info.scope != scope:
            problems.append((path, "this question is not at this level"))
        elif rule.kind == "value":
            _try(problems, path, check_answer, info, value)
        elif rule.kind == "other":
            _try(problems, path, check_other_text, value)
        elif rule.kind == "repeat":
            self._repeat(value, (*scope, key), path, problems, digests)
        elif rule.kind == "attachment":
            checked = _try(problems, path, check_answer, info, value)
            if isinstance(checked, dict):
                digests.add(checked["sha256"])
        elif rule.kind == "none":
            problems.append((path, "this question takes no answer"))

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


def _rule(info: ItemInfo) -> _Rule:
    if info.type == "repeat":
        return _Rule(info, "repeat")
    if info.type in ATTACHMENT_TYPES:
        return _Rule(info, "attachment")
    if info.answerable:
        return _Rule(info, "value", _accepts(info))
    if "calculation" in info.expressions or isinstance(info.item, Metadata):
        return _Rule(info, "computed", _anything)
    return _Rule(info, "none")


def _anything(_value: Any) -> bool:
    return True


def _accepts(info: ItemInfo) -> Accepts | None:
    """A predicate true only for values ``check_answer`` accepts (a subset: it stays the judge).

    ``type(v) is`` rather than ``isinstance``: bool is an int, and JSON gives no subclasses.
    """
    kind = info.type
    if kind == "text":
        return lambda v: type(v) is str
    if kind == "integer":
        return lambda v: type(v) is int and -LARGEST <= v <= LARGEST
    if kind == "decimal":
        # NaN and the infinities fail the range test and go to check_answer.
        return lambda v: (type(v) is float or type(v) is int) and -LARGEST <= v <= LARGEST
    if kind not in ("select_one", "select_multiple", "rank"):
        return None
    allowed = frozenset(info.choice_values)
    if kind == "select_one":
        return lambda v: type(v) is str and v in allowed
    return lambda v: (
        type(v) is list
        and all(type(x) is str for x in v)
        and len(set(v)) == len(v)
        and allowed.issuperset(v)
    )


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
