"""The report's charts, laid out once as rectangles, lines and text in points, then drawn
by the HTML export as inline SVG and by the PDF export with fpdf2's own primitives, so the
meeting's PDF and the browser show the same pictures (and the core needs no Qt)."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from unicodedata import east_asian_width

from collateral_app import i18n
from collateral_app.domain.insight import (
    AssetInfluence,
    CoverageReport,
    CoverageStatus,
    InfluenceReport,
    ServiceLevelReport,
    UsageReport,
)
from collateral_app.i18n import translate

INK = "#1f2933"
MUTED = "#6b7785"
GRID = "#e3e7ec"
BLUE = "#2f6fdb"
LIGHT_BLUE = "#a9c4f5"
GREEN = "#2e9e6a"
AMBER = "#e0a030"
RED = "#d64545"
TARGET = "#c0392b"
STATUS_COLOURS = {
    CoverageStatus.GAP: "#d64545",
    CoverageStatus.THIN: "#f0a35e",
    CoverageStatus.COVERED: "#7cc49a",
    CoverageStatus.EXCESS: "#8fa6d9",
    CoverageStatus.QUIET: "#f2f4f7",
}


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: str
    stroke: str | None = None
    title: str = ""  # a tooltip in HTML


@dataclass(frozen=True, slots=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    colour: str = GRID
    width: float = 0.75
    dashed: bool = False


@dataclass(frozen=True, slots=True)
class Text:
    x: float
    y: float  # the baseline
    text: str
    size: float = 8.0
    colour: str = INK
    anchor: str = "start"  # start, middle, end
    bold: bool = False


@dataclass(slots=True)
class Chart:
    width: float
    height: float
    title: str
    shapes: list[Rect | Line | Text] = field(default_factory=list)
    caption: str = ""


def _dimension(name: str) -> str:
    """The coverage dimension's word ("stage"), as the report tables name it."""
    return translate("report", name)


def nice_ceiling(value: float) -> float:
    """The axis top: 1, 2, 2.5 or 5 times a power of ten, at least `value`."""
    if value <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(value))
    for step in (1.0, 2.0, 2.5, 5.0):
        if step * power >= value:
            return step * power
    return 10.0 * power


Measure = Callable[[str, float], float]  # a text's width at a size, in chart units


def approx_width(text: str, size: float) -> float:
    """A text's width without a font at hand: wide (CJK) characters take a full em."""
    return sum(size if east_asian_width(ch) in "WF" else 0.56 * size for ch in text)


def _axis(chart: Chart, left: float, top: float, bottom: float, right: float, top_value: float) -> None:
    for n in range(5):
        value = top_value * n / 4
        y = bottom - (bottom - top) * n / 4
        chart.shapes.append(Line(left, y, right, y))
        label = f"{value:g}"
        chart.shapes.append(Text(left - 4, y + 3, label, 7, MUTED, "end"))


def _legend(chart: Chart, x: float, entries: Sequence[tuple[str, str]], measure: Measure) -> None:
    for name, colour in entries:
        chart.shapes.append(Rect(x, 8, 8, 8, colour))
        chart.shapes.append(Text(x + 11, 15, name, 7.5, INK))
        x += 22 + measure(name, 7.5)


def bar_chart(
    title: str,
    labels: Sequence[str],
    series: Sequence[tuple[str, str, Sequence[float]]],
    *,
    target: tuple[str, float] | None = None,
    unit: str = "",
    top: float | None = None,
    width: float = 500,
    height: float = 190,
    measure: Measure = approx_width,
) -> Chart:
    """Grouped vertical bars, a legend, and an optional dashed target line; the value axis
    ends at `top` (100 for percentages) or a round number above the highest bar. Every bar's
    title says its label, value and series (a tooltip in HTML and in the app)."""
    chart = Chart(width, height, title)
    left, right, plot_top, bottom = 36.0, width - 10, 24.0, height - 30
    highest = max([v for _, _, values in series for v in values] + [target[1] if target else 0])
    top_value = top if top is not None and highest <= top else nice_ceiling(highest)
    _axis(chart, left, plot_top, bottom, right, top_value)
    slot = (right - left) / max(1, len(labels))
    bar = min(18.0, slot * 0.8 / max(1, len(series)))
    widest = max((measure(label, 7) for label in labels), default=0.0) + 6
    every = max(1, math.ceil(widest / slot))
    for n, label in enumerate(labels):
        x0 = left + slot * n + (slot - bar * len(series)) / 2
        for k, (name, colour, values) in enumerate(series):
            value = values[n]
            h = (bottom - plot_top) * value / top_value
            chart.shapes.append(
                Rect(x0 + k * bar, bottom - h, bar - 1, h, colour, title=f"{label}: {value:g}{unit} {name}")
            )
        if n % every == 0:
            chart.shapes.append(Text(left + slot * n + slot / 2, bottom + 11, label, 7, MUTED, "middle"))
    if target is not None:
        y = bottom - (bottom - plot_top) * target[1] / top_value
        chart.shapes.append(Line(left, y, right, y, TARGET, 1.2, dashed=True))
        chart.shapes.append(Text(right, y - 3, target[0], 7, TARGET, "end"))
    _legend(chart, left, [(name, colour) for name, colour, _ in series], measure)
    return chart


def usage_chart(u: UsageReport) -> Chart:
    labels = [p.label for p in u.timeline]
    chart = bar_chart(
        translate("report", "Uses over time"),
        labels,
        [
            (translate("report", "shared or presented"), BLUE, [float(p.uses) for p in u.timeline]),
            (translate("report", "views"), LIGHT_BLUE, [float(p.views) for p in u.timeline]),
        ],
    )
    chart.caption = f"{u.uses} customer-facing uses and {u.views} views; each bar is a week or a month"
    return chart


def service_chart(r: ServiceLevelReport) -> Chart:
    labels = [p.label for p in r.trend]
    chart = bar_chart(
        translate("report", "Request acknowledgement (mean working days)"),
        labels,
        [
            (
                translate("report", "mean working days to acknowledge"),
                AMBER,
                [p.ack_mean_days or 0.0 for p in r.trend],
            )
        ],
        target=(
            translate("report", "target {0}").format(r.targets.ack_working_days),
            float(r.targets.ack_working_days),
        ),
    )
    chart.caption = translate(
        "report", "Requests by the week or month they were made; no bar: none acknowledged yet"
    )
    return chart


def feedback_chart(r: ServiceLevelReport) -> Chart:
    labels = [p.label for p in r.trend]
    shares = [100.0 * (p.feedback_coverage or 0.0) for p in r.trend]
    chart = bar_chart(
        translate("report", "Feedback coverage of closed deals (%)"),
        labels,
        [(translate("report", "deals closed with feedback"), GREEN, shares)],
        target=(
            translate("report", "target {0}").format(i18n.percent(r.targets.feedback_coverage)),
            100 * r.targets.feedback_coverage,
        ),
        unit="%",
        top=100,
    )
    chart.caption = translate("report", "Deals by the week or month they closed")
    return chart


def influence_tip(a: AssetInfluence) -> str:
    return f"{a.won_deals} won deals: {a.declared_won} declared, {a.assisted_won} assisted"


def influence_chart(
    r: InfluenceReport,
    *,
    shown: int = 10,
    width: float = 500,
    height: float | None = None,
    title: str | None = None,
    legend: tuple[str, str] | None = None,
    empty: str | None = None,
    tip: Callable[[AssetInfluence], str] = influence_tip,
    measure: Measure = approx_width,
) -> Chart:
    """Horizontal bars: won deals each asset influenced, declared and assisted. Given a
    height, as many assets as fit it are shown (at most `shown`)."""
    title = title or translate("report", "Won deals influenced")
    legend = legend or (translate("report", "declared “helped win”"), translate("report", "assisted"))
    empty = empty or translate("report", "No deal was won in the window.")
    row = 16.0
    if height is not None:
        shown = max(1, min(shown, int((height - 34) // row)))
    top = [a for a in r.assets if a.won_deals][:shown]
    chart = Chart(width, height or 34 + row * max(1, len(top)), title)
    label_w = min(200.0, max(60.0, width * 0.4))
    left, right = label_w + 6, width - 40
    most = nice_ceiling(max([a.won_deals for a in top] + [1]))
    for n, a in enumerate(top):
        y = 26 + n * row
        chart.shapes.append(Text(label_w, y + 9, _fit(a.title, label_w, 7.5, measure), 7.5, INK, "end"))
        w = (right - left) * a.won_deals / most
        declared_w = (right - left) * min(a.declared_won, a.won_deals) / most
        words = tip(a)
        chart.shapes.append(Rect(left, y, w, row - 4, LIGHT_BLUE, title=words))
        chart.shapes.append(Rect(left, y, declared_w, row - 4, BLUE, title=words))
        lift = f"{a.lift:.1f}×" if a.lift is not None else ""
        chart.shapes.append(Text(left + w + 4, y + 9, f"{a.won_deals} {lift}".strip(), 7, MUTED))
    _legend(chart, left, list(zip(legend, (BLUE, LIGHT_BLUE), strict=True)), measure)
    if not top:
        chart.shapes.append(Text(left, 40, empty, 8, MUTED))
    chart.caption = translate(
        "report", "Bars: won deals influenced; the figure after a bar is the lift where shown"
    )
    return chart


def _fit(text: str, room: float, size: float, measure: Measure) -> str:
    """The text, cut with an ellipsis where it would pass `room`."""
    if measure(text, size) <= room:
        return text
    while text and measure(text + "…", size) > room:
        text = text[:-1]
    return text.rstrip() + "…"


def heatmap_colour(status: CoverageStatus, score: float, worst: float) -> str:
    """Gap cells in shades of red by gap score; other statuses in their own colour."""
    if status is not CoverageStatus.GAP:
        return STATUS_COLOURS[status]
    strength = 0.45 + 0.55 * min(1.0, score / worst) if worst else 1.0
    low, high = (250, 205, 205), (200, 40, 40)
    rgb = [round(a + (b - a) * strength) for a, b in zip(low, high, strict=True)]
    return "#" + "".join(f"{c:02x}" for c in rgb)


def heatmap_chart(c: CoverageReport, *, width: float = 520) -> Chart:
    rows, columns = c.rows, c.columns
    label_w = 90.0
    cell_w = min(60.0, (width - label_w - 10) / max(1, len(columns)))
    cell_h = 22.0
    height = 54 + cell_h * len(rows) + 22
    chart = Chart(
        width,
        height,
        translate("report", "Coverage: {0} × {1}").format(_dimension(c.dims[0]), _dimension(c.dims[1])),
    )
    worst = max((x.score for x in c.cells if x.status is CoverageStatus.GAP), default=0.0)
    for k, col in enumerate(columns):
        name = col.label if len(col.label) <= 11 else col.label[:10] + "…"
        chart.shapes.append(Text(label_w + cell_w * k + cell_w / 2, 44, name, 6.5, MUTED, "middle"))
    by_key = {(x.row, x.column): x for x in c.cells}
    for n, row in enumerate(rows):
        y = 50 + cell_h * n
        chart.shapes.append(Text(label_w - 4, y + cell_h / 2 + 3, row.label, 7.5, INK, "end"))
        for k, col in enumerate(columns):
            cell = by_key[(row.slug, col.slug)]
            colour = heatmap_colour(cell.status, cell.score, worst)
            tip = translate("report", "{0} × {1}: {2}; {3}; gap score {4}").format(
                row.label, col.label, i18n.value_word(cell.status), cell.reason, i18n.number(cell.score, 1)
            )
            x = label_w + cell_w * k
            chart.shapes.append(Rect(x, y, cell_w - 2, cell_h - 2, colour, "#ffffff", tip))
            text = f"{cell.supply}/{cell.demand}" if cell.demand or cell.supply else ""
            ink = "#ffffff" if cell.status is CoverageStatus.GAP and cell.score >= worst * 0.5 else INK
            chart.shapes.append(Text(x + (cell_w - 2) / 2, y + cell_h / 2 + 2, text, 7, ink, "middle"))
    legend_y = 50 + cell_h * len(rows) + 14
    x = label_w
    for status in CoverageStatus:
        chart.shapes.append(Rect(x, legend_y - 7, 8, 8, STATUS_COLOURS[status], "#c9cfd6"))
        chart.shapes.append(Text(x + 11, legend_y, status.value, 7, INK))
        x += 62
    chart.caption = translate(
        "report", "Each cell: assets / demand (deals + zero-result searches + open requests)"
    )
    return chart
