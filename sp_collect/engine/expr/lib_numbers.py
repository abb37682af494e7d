"""Arithmetic operators and number functions: IEEE results (±Infinity, NaN), never exceptions."""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from sp_collect.engine.expr.context import EvalContext
from sp_collect.engine.expr.spec import FunctionSpec
from sp_collect.engine.expr.values import NAN, NodeSet, Value, members, to_number, to_string

_MAX_ROUND_DIGITS = 15


def divide(left: float, right: float) -> float:
    """XPath ``div``: division by zero gives ±Infinity, or NaN for 0 div 0."""
    if right == 0.0:
        if left == 0.0 or math.isnan(left):
            return NAN
        # The sign of a zero divisor matters in IEEE arithmetic: 1 div -0 is -Infinity.
        return math.copysign(math.inf, left) * math.copysign(1.0, right)
    return left / right


def modulo(left: float, right: float) -> float:
    """XPath ``mod``: the remainder of truncating division, with the sign of the dividend."""
    if right == 0.0 or math.isinf(left) or math.isnan(left) or math.isnan(right):
        return NAN
    return math.fmod(left, right)


ARITHMETIC: dict[str, Callable[[float, float], float]] = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "div": divide,
    "mod": modulo,
}
"""Operator → operation on two numbers (float + and * already give inf/NaN, never raise)."""


def xpath_round(number: float) -> float:
    """XPath ``round``: halves go towards +Infinity (round(-2.5) = -2); NaN and ±inf stay."""
    if not math.isfinite(number):
        return number
    return float(math.floor(number + 0.5))


def _round(_ctx: EvalContext, value: Value, digits: Value | None = None) -> float:
    number = to_number(value)
    if digits is None:
        return xpath_round(number)
    places = to_number(digits)
    if not math.isfinite(number) or math.isnan(places):
        return number if not math.isnan(places) else NAN
    places = max(min(int(places), _MAX_ROUND_DIGITS), -_MAX_ROUND_DIGITS)
    # ODK rounds halves away from zero on the decimal text, so round(2.675, 2) is 2.68.
    try:
        exact = Decimal(repr(number)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    except InvalidOperation:  # more digits than the number has: nothing to round
        return number
    return float(exact)


def _unary(operation: Callable[[float], float]) -> Callable[[EvalContext, Value], float]:
    """Wrap a math function so domain errors give NaN and overflow gives Infinity."""

    def apply(_ctx: EvalContext, value: Value) -> float:
        number = to_number(value)
        try:
            return float(operation(number))
        except OverflowError:
            return math.inf
        except ValueError:
            return NAN

    return apply


def _truncate(number: float) -> float:
    return float(math.trunc(number)) if math.isfinite(number) else number


def _log(number: float) -> float:
    return -math.inf if number == 0.0 else math.log(number)


def _log10(number: float) -> float:
    return -math.inf if number == 0.0 else math.log10(number)


def _finite_or_same(operation: Callable[[float], float]) -> Callable[[float], float]:
    """floor/ceiling of ±Infinity or NaN is itself (math.floor would raise)."""
    return lambda number: float(operation(number)) if math.isfinite(number) else number


def _pow(_ctx: EvalContext, base: Value, exponent: Value) -> float:
    try:
        return math.pow(to_number(base), to_number(exponent))
    except OverflowError:
        return math.inf
    except ValueError:  # a negative base with a fractional exponent, or 0 to a negative power
        return math.inf if to_number(base) == 0.0 else NAN


def _sum(_ctx: EvalContext, value: Value) -> float:
    # Plain addition, not math.fsum: fsum raises on inf - inf where XPath wants NaN.
    total = 0.0
    for member in members(value):
        total += to_number(member)
    return total


def _count(_ctx: EvalContext, value: Value) -> float:
    return float(len(value)) if isinstance(value, NodeSet) else 1.0


def _extreme(pick: Callable[[list[float]], float]) -> Callable[..., float]:
    """max/min over every member of every argument; empty or any NaN member gives NaN."""

    def apply(_ctx: EvalContext, *values: Value) -> float:
        numbers = [to_number(m) for value in values for m in members(value)]
        if not numbers or any(math.isnan(n) for n in numbers):
            return NAN
        return pick(numbers)

    return apply


def _count_non_empty(_ctx: EvalContext, value: Value) -> float:
    return float(sum(1 for member in members(value) if to_string(member) != ""))


def _atan2(_ctx: EvalContext, y: Value, x: Value) -> float:
    return math.atan2(to_number(y), to_number(x))


def _exp10(x: float) -> float:
    return 10.0**x


def _random(_ctx: EvalContext) -> float:
    return random.random()


NUMBER_FUNCTIONS: dict[str, FunctionSpec] = {
    "number": FunctionSpec(0, 1, lambda _ctx, v: to_number(v), defaults_to_current=True),
    "floor": FunctionSpec(1, 1, _unary(_finite_or_same(math.floor))),
    "ceiling": FunctionSpec(1, 1, _unary(_finite_or_same(math.ceil))),
    "round": FunctionSpec(1, 2, _round),
    "int": FunctionSpec(1, 1, _unary(_truncate)),
    "abs": FunctionSpec(1, 1, _unary(abs)),
    "sqrt": FunctionSpec(1, 1, _unary(math.sqrt)),
    "exp": FunctionSpec(1, 1, _unary(math.exp)),
    "exp10": FunctionSpec(1, 1, _unary(_exp10)),
    "log": FunctionSpec(1, 1, _unary(_log)),
    "log10": FunctionSpec(1, 1, _unary(_log10)),
    "pow": FunctionSpec(2, 2, _pow),
    "sin": FunctionSpec(1, 1, _unary(math.sin)),
    "cos": FunctionSpec(1, 1, _unary(math.cos)),
    "tan": FunctionSpec(1, 1, _unary(math.tan)),
    "asin": FunctionSpec(1, 1, _unary(math.asin)),
    "acos": FunctionSpec(1, 1, _unary(math.acos)),
    "atan": FunctionSpec(1, 1, _unary(math.atan)),
    "atan2": FunctionSpec(2, 2, _atan2),
    "pi": FunctionSpec(0, 0, lambda _ctx: math.pi),
    "sum": FunctionSpec(1, 1, _sum),
    "count": FunctionSpec(1, 1, _count),
    "count-non-empty": FunctionSpec(1, 1, _count_non_empty),
    "max": FunctionSpec(1, None, _extreme(max)),
    "min": FunctionSpec(1, None, _extreme(min)),
    "random": FunctionSpec(0, 0, _random, volatile=True),
}
