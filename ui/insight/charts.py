"""Insight's charts on screen: the report's own chart scene graph (rectangles, lines and text
laid out by `services.insight.charts`, the same the PDF and HTML exports draw) painted with
QPainter. The chart is laid out again for the widget's size with the widget's font metrics;
its ink, muted text and grid take the palette's colours, so it reads in light and dark; a
bar's title is its tooltip."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QHelpEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from collateral_app.domain.insight import AssetInfluence, InfluenceReport
from collateral_app.services.insight.charts import (
    GRID,
    INK,
    MUTED,
    Chart,
    Line,
    Measure,
    Rect,
    Text,
    bar_chart,
    influence_chart,
)

Build = Callable[[float, float, Measure], Chart]  # width, height (chart units), measure → chart
SERIES = Sequence[tuple[str, str, Sequence[float]]]
EM = 8.5  # chart units the widget's own font is tall: a chart's 7-unit tick labels read a little smaller
HOVER_REACH = 5.0  # chart units around a bar that still show its tooltip (thin and empty bars)


def mix(a: QColor, b: QColor, share: float) -> QColor:
    """`share` of b over a."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * share,
        a.greenF() + (b.greenF() - a.greenF()) * share,
        a.blueF() + (b.blueF() - a.blueF()) * share,
    )


class ChartView(QWidget):
    """One chart of the report, painted; `bars()` and `influence()` give it its figures."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setAccessibleName(title)
        self.setMinimumSize(320, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self._build: Build | None = None
        self.chart: Chart | None = None  # laid out for the current size
        self._fonts: dict[tuple[float, bool], QFont] = {}

    # -- figures -------------------------------------------------------------------------------
    def bars(
        self,
        labels: Sequence[str],
        series: SERIES,
        *,
        target: tuple[str, float] | None = None,
        unit: str = "",
        top: float | None = None,
    ) -> None:
        """Grouped bars per label, an optional target as a dashed line."""
        self.show_chart(
            lambda w, h, measure: bar_chart(
                "", labels, series, target=target, unit=unit, top=top, width=w, height=h, measure=measure
            )
        )

    def influence(self, report: InfluenceReport, tip: Callable[[AssetInfluence], str]) -> None:
        """Won deals per asset, declared and assisted, as many as the height holds."""
        self.show_chart(
            lambda w, h, measure: influence_chart(
                report,
                width=w,
                height=h,
                title="",
                legend=(
                    QCoreApplication.translate("insight", "declared “helped win”"),
                    QCoreApplication.translate("insight", "assisted only"),
                ),
                empty=QCoreApplication.translate("insight", "No deal was won in the window."),
                tip=tip,
                measure=measure,
            )
        )

    def show_chart(self, build: Build) -> None:
        self._build = build
        self._fonts.clear()
        self._lay_out()
        self.update()

    @property
    def tips(self) -> list[str]:
        """What hovering each bar says, in the chart's order (for tests and screen readers)."""
        seen: dict[str, None] = {}
        for shape in self.chart.shapes if self.chart else ():
            if isinstance(shape, Rect) and shape.title:
                seen.setdefault(shape.title)
        return list(seen)

    # -- geometry ------------------------------------------------------------------------------
    def scale(self) -> float:
        """Pixels per chart unit: the widget's font is EM units tall."""
        return max(1.0, QFontMetricsF(self.font()).height() / EM / 1.2)

    def header_height(self) -> float:
        return QFontMetricsF(self._title_font()).height() + 6

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _font(self, size: float, bold: bool = False) -> QFont:
        """A font `size` chart units tall (the painter's scale makes them pixels)."""
        key = (size, bold)
        if key not in self._fonts:
            font = QFont(self.font())
            font.setPointSizeF(size * 72 / max(1, self.logicalDpiY()))
            font.setBold(bold)
            self._fonts[key] = font
        return self._fonts[key]

    def measure(self, text: str, size: float) -> float:
        return QFontMetricsF(self._font(size), self).horizontalAdvance(text)

    def _lay_out(self) -> None:
        if self._build is None:
            self.chart = None
            return
        s = self.scale()
        width = max(200.0, self.width() / s)
        height = max(120.0, (self.height() - self.header_height()) / s)
        self.chart = self._build(width, height, self.measure)
        self.setAccessibleDescription(self.chart.caption)

    def to_chart(self, pos: QPointF) -> QPointF:
        s = self.scale()
        return QPointF(pos.x() / s, (pos.y() - self.header_height()) / s)

    def to_widget(self, x: float, y: float) -> QPointF:
        s = self.scale()
        return QPointF(x * s, y * s + self.header_height())

    def tooltip_at(self, pos: QPointF) -> str:
        """The title of the bar under `pos` (widget pixels), or of the nearest within reach."""
        if self.chart is None:
            return ""
        p = self.to_chart(pos)
        best, nearest = "", HOVER_REACH
        for shape in self.chart.shapes:
            if not (isinstance(shape, Rect) and shape.title):
                continue
            dx = max(shape.x - p.x(), 0.0, p.x() - (shape.x + shape.w))
            dy = max(shape.y - p.y(), 0.0, p.y() - (shape.y + shape.h))
            distance = math.hypot(dx, dy)
            if distance <= nearest:  # the later of overlapping bars is the one drawn on top
                best, nearest = shape.title, distance
        return best

    # -- Qt --------------------------------------------------------------------------------------
    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._lay_out()

    def changeEvent(self, event: Any) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (event.Type.FontChange, event.Type.PaletteChange):
            self._fonts.clear()
            self._lay_out()
            self.update()

    def event(self, event: Any) -> bool:
        if event.type() == event.Type.ToolTip and isinstance(event, QHelpEvent):
            words = self.tooltip_at(QPointF(event.pos()))
            if words:
                QToolTip.showText(event.globalPos(), words, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def colour(self, value: str) -> QColor:
        """The scene graph's ink, muted text and grid in the palette's colours; data as drawn."""
        palette = self.palette()
        ink = palette.color(QPalette.ColorRole.WindowText)
        if value == INK:
            return ink
        if value == MUTED:
            return palette.color(QPalette.ColorRole.PlaceholderText)
        if value == GRID:
            return mix(palette.color(QPalette.ColorRole.Base), ink, 0.16)
        return QColor(value)

    def paintEvent(self, _event: Any) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.setFont(self._title_font())
        header = QRectF(6, 0, self.width() - 12, self.header_height())
        title = painter.fontMetrics().elidedText(self.title, Qt.TextElideMode.ElideRight, int(header.width()))
        painter.drawText(header, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        if self.chart is None:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.setFont(self.font())
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, QCoreApplication.translate("insight", "Computing…")
            )
            return
        painter.translate(0, self.header_height())
        s = self.scale()
        painter.scale(s, s)
        for shape in self.chart.shapes:
            if isinstance(shape, Rect):
                painter.setPen(
                    QPen(self.colour(shape.stroke), 0.6) if shape.stroke else QPen(Qt.PenStyle.NoPen)
                )
                painter.setBrush(self.colour(shape.fill))
                painter.drawRect(QRectF(shape.x, shape.y, shape.w, shape.h))
            elif isinstance(shape, Line):
                pen = QPen(self.colour(shape.colour), shape.width)
                if shape.dashed:
                    pen.setStyle(Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.drawLine(QPointF(shape.x1, shape.y1), QPointF(shape.x2, shape.y2))
            elif isinstance(shape, Text):
                self._text(painter, shape)

    def _text(self, painter: QPainter, t: Text) -> None:
        font = self._font(t.size, t.bold)
        painter.setFont(font)
        painter.setPen(self.colour(t.colour))
        width = QFontMetricsF(font, self).horizontalAdvance(t.text)
        x = {"start": t.x, "middle": t.x - width / 2, "end": t.x - width}[t.anchor]
        painter.drawText(QPointF(x, t.y), t.text)
