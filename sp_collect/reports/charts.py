"""Charts drawn with reportlab.graphics: indices against targets, and levels per dimension."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors

from sp_collect.reports.layout import FONT

SERIES_COLOURS = (colors.HexColor("#3B6EA5"), colors.HexColor("#E39B2D"))
LEVEL_COLOURS = (
    colors.HexColor("#C0392B"),
    colors.HexColor("#E67E22"),
    colors.HexColor("#F1C40F"),
    colors.HexColor("#7DBE5A"),
    colors.HexColor("#2E8B57"),
    colors.HexColor("#BBBBBB"),
)
"""Levels 1–5, then "no index"."""
TARGET_COLOUR = colors.HexColor("#8E1B1B")
LABEL_GAP = 6
"""Points between a bar's end and its value."""
LABEL_SIZE = 7


def _readable_on(fill: colors.Color) -> colors.Color:
    """White on a dark bar, black on a light one (the orange of the second series)."""
    luminance = 0.299 * fill.red + 0.587 * fill.green + 0.114 * fill.blue
    return colors.white if luminance < 0.5 else colors.black


def _clear_of_targets(chart: VerticalBarChart, targets: Sequence[tuple[str, float]]) -> None:
    """A value written above its bar would be struck through by a target line crossing it:
    such a value is written inside the top of its bar, in white, instead (or, on a bar too
    short to hold it, just above the line)."""
    scale = chart.height / 100
    for i, values in enumerate(chart.data):
        for j, value in enumerate(values):
            bottom = value * scale + LABEL_GAP - LABEL_SIZE / 2
            top = bottom + LABEL_SIZE
            crossing = [t * scale for _n, t in targets if bottom - 1 <= t * scale <= top + 1]
            if not crossing:
                continue
            label = chart.barLabels[(i, j)]
            if value * scale >= 2 * LABEL_SIZE + LABEL_GAP:
                label.dy = -2 * LABEL_GAP - LABEL_SIZE / 2
                label.fillColor = _readable_on(chart.bars[i].fillColor)
            else:
                label.dy = max(crossing) - value * scale + LABEL_SIZE / 2


def index_chart(
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float | None]]],
    targets: Sequence[tuple[str, float]],
    *,
    width: float = 460,
    height: float = 190,
) -> Drawing:
    """Bars per dimension (one colour per series) on a 0–100 axis, dashed lines at targets."""
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 40, 30
    chart.width, chart.height = width - 150, height - 45
    chart.data = [[value or 0.0 for value in values] for _name, values in series]
    _label_axes(chart, categories)
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.barSpacing = 2
    chart.groupSpacing = 12
    for index in range(len(series)):
        chart.bars[index].fillColor = SERIES_COLOURS[index % len(SERIES_COLOURS)]
        chart.bars[index].strokeColor = None
    chart.barLabelFormat = "%.0f"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = LABEL_GAP
    _clear_of_targets(chart, targets)
    drawing.add(chart)
    for name, value in targets:
        y = chart.y + chart.height * value / 100
        drawing.add(
            Line(
                chart.x,
                y,
                chart.x + chart.width,
                y,
                strokeColor=TARGET_COLOUR,
                strokeDashArray=[3, 2],
                strokeWidth=0.8,
            )
        )
        label = String(chart.x + chart.width + 4, y - 3, name, fontName=FONT, fontSize=7)
        label.fillColor = TARGET_COLOUR
        drawing.add(label)
    if len(series) > 1:
        drawing.add(_legend([name for name, _ in series], SERIES_COLOURS, width - 70, height - 10))
    return drawing


def levels_chart(
    categories: Sequence[str],
    counts: Mapping[str, Sequence[int]],
    legend: Sequence[str],
    *,
    width: float = 460,
    height: float = 150,
) -> Drawing:
    """One stacked bar per dimension: how many institutions sit at each level (and none)."""
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 90, 20
    chart.width, chart.height = width - 220, height - 30
    chart.data = [[counts[code][level] for code in categories] for level in range(len(legend))]
    _label_axes(chart, categories)
    chart.categoryAxis.style = "stacked"
    chart.valueAxis.valueMin = 0
    total = max((sum(values) for values in counts.values()), default=1)
    chart.valueAxis.valueMax = max(total, 1)
    chart.valueAxis.valueStep = max(1, round(total / 10))
    for index in range(len(legend)):
        chart.bars[index].fillColor = LEVEL_COLOURS[index % len(LEVEL_COLOURS)]
        chart.bars[index].strokeColor = colors.white
    drawing.add(chart)
    drawing.add(_legend(legend, LEVEL_COLOURS, width - 120, height - 5))
    return drawing


def _label_axes(chart: VerticalBarChart | HorizontalBarChart, categories: Sequence[str]) -> None:
    chart.categoryAxis.categoryNames = [str(name) for name in categories]
    for labels in (chart.categoryAxis.labels, chart.valueAxis.labels):
        labels.fontName = FONT
        labels.fontSize = 8


def _legend(names: Sequence[str], palette: Sequence[colors.Color], x: float, y: float) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName = FONT
    legend.fontSize = 7
    legend.alignment = "right"
    legend.boxAnchor = "nw"
    legend.columnMaximum = 8
    legend.dx = legend.dy = 7
    legend.colorNamePairs = [(palette[i % len(palette)], name) for i, name in enumerate(names)]
    return legend
