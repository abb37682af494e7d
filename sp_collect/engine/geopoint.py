"""Geopoint answers, ``"latitude longitude"`` or ``"latitude longitude altitude accuracy"``:
the bounds of each part, checked by the engine and shown by the widget."""

from __future__ import annotations

from collections.abc import Sequence

GEOPOINT_PARTS: tuple[tuple[str, float | None, float | None], ...] = (
    ("latitude", -90.0, 90.0),
    ("longitude", -180.0, 180.0),
    ("altitude", None, None),
    ("accuracy", 0.0, None),
)
"""(name, lowest, highest) of each part in order; None: no bound."""


def parts_out_of_range(numbers: Sequence[float | None]) -> list[str]:
    """Names of the given parts (in order, None for a blank one) that lie outside their bounds."""
    bad = []
    for (name, low, high), number in zip(GEOPOINT_PARTS, numbers, strict=False):
        if number is not None and (
            (low is not None and number < low) or (high is not None and number > high)
        ):
            bad.append(name)
    return bad
