"""String functions: XPath 1.0 core (concat, substring, translate…) and ODK's (substr, regex…)."""

from __future__ import annotations

import functools
import math
import re
import secrets
import string
import uuid

from sp_collect.engine.expr.context import EvalContext
from sp_collect.engine.expr.lib_numbers import xpath_round
from sp_collect.engine.expr.spec import EvalFailure, FunctionSpec
from sp_collect.engine.expr.values import Value, members, to_number, to_string

_ALPHANUMERIC = string.ascii_letters + string.digits


def _string(_ctx: EvalContext, value: Value) -> str:
    return to_string(value)


def _concat(_ctx: EvalContext, *values: Value) -> str:
    # ODK concatenates every node of a node-set argument, not only the first.
    return "".join(to_string(m) for value in values for m in members(value))


def _join(_ctx: EvalContext, separator: Value, *values: Value) -> str:
    return to_string(separator).join(to_string(m) for value in values for m in members(value))


def _substring(_ctx: EvalContext, value: Value, start: Value, length: Value | None = None) -> str:
    """XPath: the characters at 1-based p where round(start) <= p < round(start) + round(len)."""
    text = to_string(value)
    first = xpath_round(to_number(start))
    end = math.inf if length is None else first + xpath_round(to_number(length))
    if math.isnan(first) or math.isnan(end):
        return ""
    low = max(first, 1.0)
    high = min(end, len(text) + 1.0)
    return text[int(low) - 1 : int(high) - 1] if low < high else ""


def _substr(_ctx: EvalContext, value: Value, start: Value, end: Value | None = None) -> str:
    """ODK: 0-based start, end exclusive; a negative index counts from the end (as JavaRosa
    and the web engines do), and both are clamped to the string."""
    text = to_string(value)
    low = _index(to_number(start), len(text))
    high = len(text) if end is None else _index(to_number(end), len(text))
    return text[low:high]


def _index(number: float, size: int) -> int:
    """An index truncated towards zero, from the end when negative, within [0, size]."""
    if math.isnan(number):
        return 0
    number = max(min(number, float(size)), -float(size))
    whole = math.trunc(number)
    return whole + size if whole < 0 else whole


def _string_length(_ctx: EvalContext, value: Value) -> float:
    return float(len(to_string(value)))


def _contains(_ctx: EvalContext, haystack: Value, needle: Value) -> bool:
    return to_string(needle) in to_string(haystack)


def _starts_with(_ctx: EvalContext, text: Value, prefix: Value) -> bool:
    return to_string(text).startswith(to_string(prefix))


def _ends_with(_ctx: EvalContext, text: Value, suffix: Value) -> bool:
    return to_string(text).endswith(to_string(suffix))


def _substring_before(_ctx: EvalContext, text: Value, needle: Value) -> str:
    """XPath: what comes before the first occurrence of ``needle``; "" when it is absent."""
    haystack, part = to_string(text), to_string(needle)
    return haystack[: max(haystack.find(part), 0)]  # find() gives -1 when it is absent


def _substring_after(_ctx: EvalContext, text: Value, needle: Value) -> str:
    """XPath: what follows the first occurrence of ``needle``; "" when it is absent."""
    haystack, part = to_string(text), to_string(needle)
    index = haystack.find(part)
    return haystack[index + len(part) :] if index >= 0 else ""


def _translate(_ctx: EvalContext, value: Value, source: Value, target: Value) -> str:
    """XPath: each char of ``source`` becomes the char at its index in ``target``, or is removed."""
    mapping: dict[int, int | None] = {}
    replacement = to_string(target)
    for index, char in enumerate(to_string(source)):
        # The first occurrence of a character decides, as XPath says.
        mapping.setdefault(ord(char), ord(replacement[index]) if index < len(replacement) else None)
    return to_string(value).translate(mapping)


def _normalize_space(_ctx: EvalContext, value: Value) -> str:
    return " ".join(to_string(value).split())


@functools.lru_cache(maxsize=256)
def _pattern(pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except (re.error, OverflowError, RecursionError, ValueError) as error:
        raise EvalFailure(f"regex() has an invalid pattern {pattern!r} ({error})") from error


def _regex(_ctx: EvalContext, value: Value, pattern: Value) -> bool:
    """ODK: true when the pattern matches somewhere in the value (anchor it with ^…$ to
    match the whole value, as ODK's documented patterns do)."""
    return _pattern(to_string(pattern)).search(to_string(value)) is not None


def _uuid(_ctx: EvalContext, length: Value | None = None) -> str:
    """uuid() is a version 4 UUID; uuid(n) is n random letters and digits (ODK)."""
    if length is None:
        return str(uuid.uuid4())
    size = to_number(length)
    if not math.isfinite(size) or size < 0 or size > 10_000:
        raise EvalFailure(f"uuid() takes a length from 0 to 10000, not {to_string(length)}")
    return "".join(secrets.choice(_ALPHANUMERIC) for _ in range(int(size)))


def _boolean_from_string(_ctx: EvalContext, value: Value) -> bool:
    return to_string(value) in ("true", "1")


STRING_FUNCTIONS: dict[str, FunctionSpec] = {
    "string": FunctionSpec(0, 1, _string, defaults_to_current=True),
    "concat": FunctionSpec(0, None, _concat),
    "join": FunctionSpec(1, None, _join),
    "substring": FunctionSpec(2, 3, _substring),
    "substr": FunctionSpec(2, 3, _substr),
    "string-length": FunctionSpec(0, 1, _string_length, defaults_to_current=True),
    "contains": FunctionSpec(2, 2, _contains),
    "substring-before": FunctionSpec(2, 2, _substring_before),
    "substring-after": FunctionSpec(2, 2, _substring_after),
    "starts-with": FunctionSpec(2, 2, _starts_with),
    "ends-with": FunctionSpec(2, 2, _ends_with),
    "translate": FunctionSpec(3, 3, _translate),
    "normalize-space": FunctionSpec(0, 1, _normalize_space, defaults_to_current=True),
    "regex": FunctionSpec(2, 2, _regex),
    "uuid": FunctionSpec(0, 1, _uuid, volatile=True),
    "boolean-from-string": FunctionSpec(1, 1, _boolean_from_string),
}
