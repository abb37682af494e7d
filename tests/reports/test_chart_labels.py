"""A bar's value is never struck through by a target line: where a line would cross it, the
value goes inside the top of the bar, in a colour readable on it."""

from __future__ import annotations

from typing import Any

import pytest
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.textlabels import Label
from reportlab.graphics.shapes import String

from sp_collect.reports.charts import index_chart
from sp_collect.reports.layout import register_fonts

TARGETS = [("T-min", 40.0), ("T-int", 60.0)]
CATEGORIES = ["Legal", "Institutional", "Administrative", "Technical"]


def _labels(node: Any) -> list[tuple[str, float, float]]:
    """(text, baseline, font size) of each bar value as drawn on the page."""
    if isinstance(node, Label):
        drawn = node.draw()
        shift = drawn.transform[5]
        return [(s.text, shift + s.y, s.fontSize) for s in drawn.contents if isinstance(s, String)]
    return [found for child in getattr(node, "contents", []) for found in _labels(child)]


@pytest.mark.parametrize(
    "series",
    [
        [("Index", [46.0, 64.0, 52.0, 57.0])],
        [("Self", [38.0, 59.0, 5.0, 61.0]), ("Validated", [41.0, 55.0, 57.0, 36.5])],
    ],
)
def test_values_stay_clear_of_target_lines(series: list[tuple[str, list[float]]]) -> None:
    register_fonts()
    drawing = index_chart(CATEGORIES, series, TARGETS)
    [chart] = [c for c in drawing.contents if isinstance(c, VerticalBarChart)]
    lines = [chart.y + chart.height * value / 100 for _name, value in TARGETS]
    values = {f"{v:.0f}" for _name, vs in series for v in vs}
    labels = [found for found in _labels(chart.draw()) if found[0] in values]
    assert len(labels) == sum(len(vs) for _n, vs in series), "every bar has its value"
    for text, baseline, size in labels:
        for y in lines:
            # the glyphs span the baseline to about the font size above it
            assert not baseline - 1 <= y <= baseline + size, f"{text} is struck through at {y}"
