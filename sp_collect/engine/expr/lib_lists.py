"""ODK functions over lists of values: checklist, weighted-checklist, randomize."""

from __future__ import annotations

import math
import random

from sp_collect.engine.expr.context import EvalContext
from sp_collect.engine.expr.spec import FunctionSpec
from sp_collect.engine.expr.values import NodeSet, Value, members, to_boolean, to_number

_MODULUS = 2147483647
_MULTIPLIER = 16807


def _within(total: float, low: Value, high: Value) -> bool:
    """``low <= total <= high``, where a negative bound means no bound."""
    minimum, maximum = to_number(low), to_number(high)
    return (minimum < 0 or total >= minimum) and (maximum < 0 or total <= maximum)


def _checklist(_ctx: EvalContext, low: Value, high: Value, *values: Value) -> bool:
    """True when the number of true values (each node counts) is within [low, high]."""
    trues = sum(1 for value in values for member in members(value) if to_boolean(member))
    return _within(trues, low, high)


def _weighted_checklist(_ctx: EvalContext, low: Value, high: Value, *pairs: Value) -> bool:
    """Like checklist, adding the weight that follows each true value."""
    total = 0.0
    for value, weight in zip(pairs[::2], pairs[1::2], strict=False):
        for member, amount in zip(members(value), members(weight), strict=False):
            if to_boolean(member):
                total += to_number(amount)
    return _within(total, low, high)


class _ParkMiller:
    """The MINSTD generator JavaRosa and the web engines use, so a seed shuffles alike."""

    def __init__(self, seed: float) -> None:
        if math.isnan(seed):
            whole = 0
        elif math.isinf(seed):
            whole = 2**63 - 1 if seed > 0 else -(2**63)
        else:
            whole = math.trunc(seed)
        # JavaScript's %: the remainder keeps the dividend's sign.
        state = int(math.copysign(abs(whole) % _MODULUS, whole))
        if state <= 0:
            state += _MODULUS - 1
        self.state = state

    def random(self) -> float:
        self.state = self.state * _MULTIPLIER % _MODULUS
        return (self.state - 1) / (_MODULUS - 1)


def _randomize(_ctx: EvalContext, values: Value, seed: Value | None = None) -> NodeSet:
    """The nodes in a random order ("inside-out" Fisher-Yates); the same for the same seed."""
    items = list(members(values))
    generator = random.Random() if seed is None else _ParkMiller(to_number(seed))
    shuffled: list[object] = []
    for index, item in enumerate(items):
        other = math.floor(generator.random() * (index + 1))
        if other == index:
            shuffled.append(item)
        else:
            shuffled.append(shuffled[other])
            shuffled[other] = item
    return NodeSet(shuffled)


LIST_FUNCTIONS: dict[str, FunctionSpec] = {
    "checklist": FunctionSpec(2, None, _checklist, node_args=True),
    "weighted-checklist": FunctionSpec(2, None, _weighted_checklist, node_args=True),
    "randomize": FunctionSpec(1, 2, _randomize, node_args=True, volatile=True),
}
