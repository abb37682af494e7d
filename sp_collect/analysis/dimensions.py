"""The readiness model's dimensions, sub-dimensions and targets (study.md §4): plain constants,
in a module of their own so that screens naming them do not load the scoring configuration's
pydantic model."""

from __future__ import annotations

from typing import Literal

DimensionCode = Literal["L", "I", "A", "T"]
DIMENSIONS: tuple[DimensionCode, ...] = ("L", "I", "A", "T")
SUBDIMENSIONS: dict[str, DimensionCode] = {
    "L1": "L", "L2": "L", "L3": "L", "L4": "L",
    "I1": "I", "I2": "I", "I3": "I", "I4": "I",
    "A1": "A", "A2": "A", "A3": "A", "A4": "A",
    "T1": "T", "T2": "T", "T-SEM": "T", "T3": "T", "T4": "T", "T5": "T",
}  # fmt: skip
"""study.md §4.1's sub-dimension codes, in report order, with the dimension each belongs to."""
TargetName = Literal["T_min", "T_int", "T_opt"]
TARGETS: tuple[TargetName, ...] = ("T_min", "T_int", "T_opt")
"""study.md §4.5's targets, a ladder: pilot-ready, interoperable, aspirational."""
