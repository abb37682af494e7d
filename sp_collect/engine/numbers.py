"""The one bound on numbers, for the answers a form takes and the numbers it writes itself."""

from __future__ import annotations

LARGEST = 10**15 - 1
"""The largest magnitude a number may have (15 digits): every expression computes in double
precision, which holds whole numbers exactly only up to about 9 × 10^15."""

TOO_LARGE = "the number is too large: give at most 15 digits"


def too_large(value: float) -> bool:
    """True beyond the bound (NaN, which is no number at all, is not "too large")."""
    return abs(value) > LARGEST
