"""Charts of the PDF report (reportlab graphics): one indicator group by country as grouped bars,
and by quarter as lines. Every text is in the embedded sheet font."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.colors import Color

from csc_desktop.sheets.fonts import BOLD, REGULAR, register_fonts

PALETTE = (
    Color(0 / 255, 51 / 255, 153 / 255),
    Color(230 / 255, 159 / 255, 0 / 255),
    Color(0 / 255, 158 / 255, 115 / 255),
    Color(204 / 255, 121 / 255, 167 / 255),
    Color(86 / 255, 180 / 255, 233 / 255),
    Color(213 / 255, 94 / 255, 0 / 255),
)
FONT_SIZE = 7
LEGEND_LINE = 10


def _nice_top(highest: float) -> tuple[float, float]:
    """An axis top and step with round numbers, never zero."""
    top = max(highest, 1.0)
    magnitude = 10 ** (len(str(int(top))) - 1)
    for step in (magnitude / 5, magnitude / 2, magnitude, magnitude * 2):
        if step >= 1 and top / step <= 6:
            return step * (int(top / step) + 1), step
    return top, max(1.0, top / 5)


def _legend(labels: Sequence[str], width: float, height: float) -> Legend:
    legend = Legend()
    legend.fontName = REGULAR
    legend.fontSize = FONT_SIZE
    legend.x, legend.y = 0, height
    legend.alignment = "right"
    legend.deltay = LEGEND_LINE
    legend.dy = legend.dx = 6
    legend.columnMaximum = len(labels)
    legend.colorNamePairs = [(PALETTE[n % len(PALETTE)], t) for n, t in enumerate(labels)]
    return legend


def _frame(title: str, labels: Sequence[str], width: float, plot_height: float) -> Drawing:
    legend_height = LEGEND_LINE * len(labels) + 4
    drawing = Drawing(width, plot_height + legend_height + 56)
    drawing.initialFontName = REGULAR  # else the renderer sets (and the PDF names) Helvetica
    drawing.add(String(0, drawing.height - 10, title, fontName=BOLD, fontSize=FONT_SIZE + 1.5))
    drawing.add(_legend(labels, width, legend_height))
    return drawing


def bars_by_category(
    title: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    number: Callable[[float], str],
    *,
    width: float,
    plot_height: float = 120,
) -> Drawing:
    """Grouped bars: one group per category (a country), one bar per series (an indicator)."""
    register_fonts()
    drawing = _frame(title, [name for name, _ in series], width, plot_height)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, LEGEND_LINE * len(series) + 40
    chart.width, chart.height = width - 40, plot_height
    chart.data = [list(values) for _, values in series]
    chart.categoryAxis.categoryNames = list(categories)
    _style_axes(chart, max((max(v, default=0) for _, v in series), default=0), number)
    for n in range(len(series)):
        chart.bars[n].fillColor = PALETTE[n % len(PALETTE)]
        chart.bars[n].strokeColor = None
    chart.groupSpacing = 8
    drawing.add(chart)
    return drawing


def lines_by_category(
    title: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    number: Callable[[float], str],
    *,
    width: float,
    plot_height: float = 110,
) -> Drawing:
    """One line per series (an indicator) across the categories (quarters)."""
    register_fonts()
    drawing = _frame(title, [name for name, _ in series], width, plot_height)
    chart = HorizontalLineChart()
    chart.x, chart.y = 30, LEGEND_LINE * len(series) + 40
    chart.width, chart.height = width - 40, plot_height
    chart.data = [list(values) for _, values in series]
    chart.categoryAxis.categoryNames = list(categories)
    _style_axes(chart, max((max(v, default=0) for _, v in series), default=0), number)
    for n in range(len(series)):
        chart.lines[n].strokeColor = PALETTE[n % len(PALETTE)]
        chart.lines[n].strokeWidth = 1.5
    drawing.add(chart)
    return drawing


def _style_axes(
    chart: VerticalBarChart | HorizontalLineChart, highest: float, number: Callable[[float], str]
) -> None:
    top, step = _nice_top(highest)
    axis = chart.valueAxis
    axis.valueMin, axis.valueMax, axis.valueStep = 0, top, step
    axis.labels.fontName = REGULAR
    axis.labels.fontSize = FONT_SIZE
    axis.labelTextFormat = number
    labels = chart.categoryAxis.labels
    labels.fontName = REGULAR
    labels.fontSize = FONT_SIZE
    labels.angle = 25
    labels.boxAnchor = "ne"
    labels.dy = -2
