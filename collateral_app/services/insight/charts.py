"""The report's charts, laid out once as rectangles, lines and text in points, then drawn
by the HTML export as inline SVG and by the PDF export with fpdf2's own primitives, so the
meeting's PDF and the browser show the same pictures (and the core needs no Qt)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from collateral_app.domain.insight import (
    CoverageReport,
    CoverageStatus,
    InfluenceReport,
    ServiceLevelReport,
    UsageReport,
)

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


def nice_ceiling(value: float) -> float:
    """The axis top: 1, 2, 2.5 or 5 times a power of ten, at least `value`."""
    if value <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(value))
    for step in (1.0, 2.0, 2.5, 5.0):
        if step * power >= value:
            return step * power
    return 10.0 * power


def _axis(chart: Chart, left: float, top: float, bottom: float, right: float, top_value: float) -> None:
    for n in range(5):
        value = top_value * n / 4
        y = bottom - (bottom - top) * n / 4
        chart.shapes.append(Line(left, y, right, y))
        label = f"{value:g}"
        chart.shapes.append(Text(left - 4, y + 3, label, 7, MUTED, "end"))


def _bar_chart(
    title: str,
    labels: Sequence[str],
    series: Sequence[tuple[str, str, Sequence[float]]],
    *,
    target: tuple[str, float] | None = None,
    unit: str = "",
    width: float = 500,
    height: float = 190,
) -> Chart:
    """Grouped vertical bars, a legend, and an optional dashed target line."""
    chart = Chart(width, height, title)
    left, right, top, bottom = 36.0, width - 10, 24.0, height - 30
    highest = max([v for _, _, values in series for v in values] + [target[1] if target else 0])
    top_value = nice_ceiling(highest)
    _axis(chart, left, top, bottom, right, top_value)
    slot = (right - left) / max(1, len(labels))
    bar = min(18.0, slot * 0.8 / max(1, len(series)))
    every = max(1, math.ceil(len(labels) / 13))
    for n, label in enumerate(labels):
        x0 = left + slot * n + (slot - bar * len(series)) / 2
        for k, (name, colour, values) in enumerate(series):
            value = values[n]
            h = (bottom - top) * value / top_value
            chart.shapes.append(
                Rect(x0 + k * bar, bottom - h, bar - 1, h, colour, title=f"{label}: {value:g}{unit} {name}")
            )
        if n % every == 0:
            chart.shapes.append(Text(left + slot * n + slot / 2, bottom + 11, label, 7, MUTED, "middle"))
    if target is not None:
        y = bottom - (bottom - top) * target[1] / top_value
        chart.shapes.append(Line(left, y, right, y, TARGET, 1.2, dashed=True))
        chart.shapes.append(Text(right, y - 3, target[0], 7, TARGET, "end"))
    x = left
    for name, colour, _ in series:
        chart.shapes.append(Rect(x, 8, 8, 8, colour))
        chart.shapes.append(Text(x + 11, 15, name, 7.5, INK))
        x += 16 + 4.6 * len(name)
    return chart


def usage_chart(u: UsageReport) -> Chart:
    labels = [p.label for p in u.timeline]
    chart = _bar_chart(
        "Uses over time",
        labels,
        [
            ("shared or presented", BLUE, [float(p.uses) for p in u.timeline]),
            ("views", LIGHT_BLUE, [float(p.views) for p in u.timeline]),
        ],
    )
    chart.caption = f"{u.uses} customer-facing uses and {u.views} views; each bar is a week or a month"
    return chart


def service_chart(r: ServiceLevelReport) -> Chart:
    labels = [p.label for p in r.trend]
    chart = _bar_chart(
        "Request acknowledgement (mean working days)",
        labels,
        [("mean working days to acknowledge", AMBER, [p.ack_mean_days or 0.0 for p in r.trend])],
        target=(f"target {r.targets.ack_working_days}", float(r.targets.ack_working_days)),
    )
    chart.caption = "Requests by the week or month they were made; no bar: none acknowledged yet"
    return chart


def feedback_chart(r: ServiceLevelReport) -> Chart:
    labels = [p.label for p in r.trend]
    shares = [100.0 * (p.feedback_coverage or 0.0) for p in r.trend]
    chart = _bar_chart(
        "Feedback coverage of closed deals (%)",
        labels,
        [("deals closed with feedback", GREEN, shares)],
        target=(f"target {r.targets.feedback_coverage:.0%}", 100 * r.targets.feedback_coverage),
        unit="%",
    )
    chart.caption = "Deals by the week or month they closed"
    return chart


def influence_chart(r: InfluenceReport, *, shown: int = 10, width: float = 500) -> Chart:
    """Horizontal bars: won deals each asset influenced, declared and assisted."""
    top = [a for a in r.assets if a.won_deals][:shown]
    row = 16.0
    height = 34 + row * max(1, len(top))
    chart = Chart(width, height, "Won deals influenced")
    label_w, left, right = 200.0, 206.0, width - 40
    most = nice_ceiling(max([a.won_deals for a in top] + [1]))
    for n, a in enumerate(top):
        y = 26 + n * row
        title = a.title if len(a.title) <= 42 else a.title[:41] + "…"
        chart.shapes.append(Text(label_w, y + 9, title, 7.5, INK, "end"))
        w = (right - left) * a.won_deals / most
        declared_w = (right - left) * min(a.declared_won, a.won_deals) / most
        tip = f"{a.won_deals} won deals: {a.declared_won} declared, {a.assisted_won} assisted"
        chart.shapes.append(Rect(left, y, w, row - 4, LIGHT_BLUE, title=tip))
        chart.shapes.append(Rect(left, y, declared_w, row - 4, BLUE, title=tip))
        lift = f"{a.lift:.1f}×" if a.lift is not None else ""
        chart.shapes.append(Text(left + w + 4, y + 9, f"{a.won_deals} {lift}".strip(), 7, MUTED))
    for x, (name, colour) in zip(
        (left, left + 130), (("declared “helped win”", BLUE), ("assisted", LIGHT_BLUE)), strict=True
    ):
        chart.shapes.append(Rect(x, 8, 8, 8, colour))
        chart.shapes.append(Text(x + 11, 15, name, 7.5, INK))
    if not top:
        chart.shapes.append(Text(left, 40, "No deal was won in the window.", 8, MUTED))
    chart.caption = "Bars: won deals influenced; the figure after a bar is the lift where shown"
    return chart


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
    chart = Chart(width, height, f"Coverage: {c.dims[0]} × {c.dims[1]}")
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
            tip = f"{row.label} × {col.label}: {cell.status.value}; {cell.reason}; gap score {cell.score:.1f}"
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
    chart.caption = "Each cell: assets / demand (deals + zero-result searches + open requests)"
    return chart
