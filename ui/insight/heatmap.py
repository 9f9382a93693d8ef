"""The coverage heatmap, painted by hand: a row per value of the first dimension, a column per
value of the second, each cell coloured by its status (gaps in reds by gap score) with
"assets/demand" written in it, and a legend that says what the figures and colours mean.
Labels are shown whole: column headers turn on their side when they do not fit across, and
only a label longer than any screen would allow is shortened (its tooltip says it whole)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QCursor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from collateral_app.domain.insight import CoverageCell, CoverageReport, CoverageStatus
from collateral_app.i18n import QT_TRANSLATE_NOOP
from collateral_app.services.insight.charts import STATUS_COLOURS, heatmap_colour
from collateral_app.services.insight.tables import cell_reason

from ..common.language import number_text
from ..common.words import value_word
from .models import text_colour_on

DIMENSION_WORDS = {
    "stage": QT_TRANSLATE_NOOP("insight", "Stage"),
    "persona": QT_TRANSLATE_NOOP("insight", "Persona"),
    "industry": QT_TRANSLATE_NOOP("insight", "Industry"),
    "size": QT_TRANSLATE_NOOP("insight", "Company size"),
    "product": QT_TRANSLATE_NOOP("insight", "Product"),
}
CELL_H = 34
MIN_CELL_W = 40
MAX_ROW_LABEL = 220  # a row label wider than this is shortened, whole in its tooltip
MAX_COLUMN_LABEL = 200  # likewise a column header, once on its side
SLANT = math.radians(40)  # how far a column header turns when it does not fit across
GAP = 8
SWATCH = 11


def dimension_word(name: str) -> str:
    return QCoreApplication.translate("insight", DIMENSION_WORDS.get(name, name))


@dataclass(frozen=True)
class LegendItem:
    """One piece of the legend: a coloured swatch (or the gap scale, or a sample cell) and
    its words, where they are painted."""

    kind: str  # "sample", "status", "scale" or "text"
    rect: QRect  # the swatch, the scale's bar or the sample cell
    text: str
    text_rect: QRect  # the words, wrapped when the line is too narrow for them
    status: CoverageStatus | None = None


class HeatmapView(QWidget):
    """Hover a cell for the reason, a header for its whole label; click a cell, or move with
    the arrow keys and press Enter, to see what is behind it; right-click it for what can be
    done about it (`cell_menu_requested`)."""

    cell_clicked = Signal(str, str)  # row slug, column slug
    cell_menu_requested = Signal(str, str, QPoint)  # row slug, column slug, global position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: CoverageReport | None = None
        self.selected: tuple[int, int] | None = None
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(QCoreApplication.translate("insight", "Coverage heatmap"))
        # Laid out again for each report, width and font (see _lay_out).
        self.label_w = 120
        self.top = 0  # the grid's first row
        self.axis_h = 0  # the strip above the headers naming the column dimension
        self.header_h = 34
        self.rotated = False
        self.legend: list[LegendItem] = []
        self._height = 200

    # -- figures -------------------------------------------------------------------------------
    def set_report(self, report: CoverageReport) -> None:
        self.report = report
        if self.selected is not None:
            r, c = self.selected
            if r >= len(report.rows) or c >= len(report.columns):
                self.selected = None
        self._lay_out()
        self.updateGeometry()
        self.update()

    def worst_gap(self) -> float:
        if self.report is None:
            return 0.0
        return max((c.score for c in self.report.cells if c.status is CoverageStatus.GAP), default=0.0)

    def cell(self, row: int, column: int) -> CoverageCell | None:
        if self.report is None:
            return None
        key = (self.report.rows[row].slug, self.report.columns[column].slug)
        return next((c for c in self.report.cells if (c.row, c.column) == key), None)

    def fill(self, cell: CoverageCell) -> QColor:
        if cell.status is CoverageStatus.QUIET:  # nothing to do: the view's own background
            return self.palette().color(QPalette.ColorRole.AlternateBase)
        return QColor(heatmap_colour(cell.status, cell.score, self.worst_gap()))

    def legend_texts(self) -> list[str]:
        """What the legend says, in its order (for tests and screen readers)."""
        return [item.text for item in self.legend]

    # -- layout --------------------------------------------------------------------------------
    def _small(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        return small

    def _cell_width(self) -> float:
        columns = len(self.report.columns) if self.report else 1
        room = self.width() - self.label_w - GAP - self._slant_room()
        return max(float(MIN_CELL_W), room / max(1, columns))

    def _column_label_widths(self) -> list[int]:
        metrics = QFontMetrics(self._small())
        return [metrics.horizontalAdvance(c.label) for c in self.report.columns] if self.report else []

    def _slant_room(self) -> float:
        """What the last column's header needs to the right of the grid once on its side."""
        if not self.rotated or not self.report:
            return 0.0
        widest = min(MAX_COLUMN_LABEL, max(self._column_label_widths(), default=0))
        return widest * math.cos(SLANT) * 0.8

    def _lay_out(self) -> None:
        metrics = QFontMetrics(self.font())
        small = QFontMetrics(self._small())
        if self.report is None:
            self.legend = []
            return
        widest_row = max((metrics.horizontalAdvance(r.label) for r in self.report.rows), default=0)
        self.label_w = max(80, min(MAX_ROW_LABEL, widest_row) + 16)
        self.axis_h = small.height() + 6
        widths = self._column_label_widths()
        self.rotated = False
        across = self._cell_width() - 6
        self.rotated = any(w > across for w in widths)
        if self.rotated:
            longest = min(MAX_COLUMN_LABEL, max(widths, default=0))
            self.header_h = int(longest * math.sin(SLANT) + small.height() + 10)
        else:
            self.header_h = small.height() + 12
        self.top = self.axis_h + self.header_h
        grid_bottom = self.top + len(self.report.rows) * CELL_H
        self.legend = self._lay_out_legend(grid_bottom + GAP + 4)
        bottom = max((max(i.rect.bottom(), i.text_rect.bottom()) for i in self.legend), default=grid_bottom)
        self._height = bottom + GAP + 4

    def _lay_out_legend(self, y: int) -> list[LegendItem]:
        """The legend's pieces, flowing into as many lines as the width needs."""
        assert self.report is not None
        small = QFontMetrics(self._small())
        line_h = max(small.height(), SWATCH) + 6
        left, right = 8, max(self.width() - 8, 300)
        items: list[LegendItem] = []
        x = left

        def place(kind: str, box_w: int, text: str, status: CoverageStatus | None = None) -> None:
            nonlocal x, y
            needed = box_w + 5 + small.horizontalAdvance(text)
            if x > left and x + needed > right:
                x, y = left, y + line_h
            room = max(80, right - x - box_w - 5)
            flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
            words = small.boundingRect(QRect(0, 0, room, 1000), flags, text)
            height = max(line_h, words.height() + 6)
            box_h = SWATCH if kind == "status" else line_h - 4
            box = QRect(x, y + (line_h - box_h) // 2, box_w, box_h)
            text_rect = QRect(x + box_w + 5, y, min(room, words.width() + 2), height)
            items.append(LegendItem(kind, box, text, text_rect, status))
            x += needed + 18
            if height > line_h:  # wrapped: it takes the line
                x, y = left, y + height + 2

        def new_line() -> None:
            nonlocal x, y
            if x > left:
                x, y = left, y + line_h + 2

        settings = self.report.parameters.settings
        place(
            "sample",
            small.horizontalAdvance("0/0") + 14,
            QCoreApplication.translate(
                "insight",
                "assets / demand: 2 published assets tagged for both values; a demand of 5 "
                "(open or recent deals + zero-result searches + open requests)",
            ),
        )
        new_line()
        thin, excess = settings.thin_below, settings.excess_from
        meanings = {
            CoverageStatus.GAP: QCoreApplication.translate("insight", "gap: no asset, some demand"),
            CoverageStatus.THIN: QCoreApplication.translate("insight", "thin: 1–{0} assets").format(thin - 1),
            CoverageStatus.COVERED: QCoreApplication.translate("insight", "covered: {0}+ assets").format(
                thin
            ),
            CoverageStatus.EXCESS: QCoreApplication.translate("insight", "excess: {0}+, little used").format(
                excess
            ),
            CoverageStatus.QUIET: QCoreApplication.translate("insight", "quiet: no asset, no demand"),
        }
        for status, words in meanings.items():
            place("status", SWATCH, words, status)
        new_line()
        worst = self.worst_gap()
        if worst:
            place(
                "scale",
                120,
                QCoreApplication.translate(
                    "insight", "gap score = demand ÷ (assets + 1); the darker, the larger"
                ),
            )
        else:
            place(
                "text",
                0,
                QCoreApplication.translate(
                    "insight", "No gap in this view: every cell with demand has an asset."
                ),
            )
        return items

    def sizeHint(self) -> QSize:  # noqa: N802
        columns = len(self.report.columns) if self.report else 8
        return QSize(self.label_w + 90 * columns + int(self._slant_room()), self._height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(400, self._height)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        before = self._height
        self._lay_out()
        if self._height != before:
            self.updateGeometry()

    def changeEvent(self, event: Any) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._lay_out()
            self.updateGeometry()

    # -- geometry ------------------------------------------------------------------------------
    def cell_rect(self, row: int, column: int) -> QRect:
        w = self._cell_width()
        return QRectF(self.label_w + column * w, self.top + row * CELL_H, w - 3, CELL_H - 3).toRect()

    def column_header_rect(self, column: int) -> QRect:
        """Where a column's header is, for hovering: its column's width above the grid."""
        w = self._cell_width()
        return QRectF(self.label_w + column * w, self.axis_h, w - 3, self.header_h).toRect()

    def row_header_rect(self, row: int) -> QRect:
        return QRect(0, self.top + row * CELL_H, self.label_w - 8, CELL_H - 3)

    def cell_at(self, pos: QPoint | QPointF) -> tuple[int, int] | None:
        if self.report is None:
            return None
        x, y = pos.x() - self.label_w, pos.y() - self.top
        if x < 0 or y < 0:
            return None
        column, row = int(x // self._cell_width()), int(y // CELL_H)
        if row < len(self.report.rows) and column < len(self.report.columns):
            return row, column
        return None

    def header_at(self, pos: QPoint | QPointF) -> tuple[str, int] | None:
        """("row", n) or ("column", n) for a header under `pos`."""
        if self.report is None:
            return None
        point = QPointF(pos).toPoint()
        for n in range(len(self.report.columns)):
            if self.column_header_rect(n).contains(point):
                return "column", n
        for n in range(len(self.report.rows)):
            if self.row_header_rect(n).contains(point):
                return "row", n
        return None

    def row_label_shown(self, row: int) -> str:
        """A row's label as painted: whole unless longer than any sensible width."""
        assert self.report is not None
        metrics = QFontMetrics(self.font())
        return metrics.elidedText(self.report.rows[row].label, Qt.TextElideMode.ElideRight, self.label_w - 10)

    def column_label_shown(self, column: int) -> str:
        assert self.report is not None
        metrics = QFontMetrics(self._small())
        room = MAX_COLUMN_LABEL if self.rotated else int(self._cell_width() - 6)
        return metrics.elidedText(self.report.columns[column].label, Qt.TextElideMode.ElideRight, room)

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, _event: Any) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        if self.report is None:
            painter.setPen(muted)
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                QCoreApplication.translate("insight", "Computing coverage…"),
            )
            return
        small = self._small()
        bold = QFont(small)
        bold.setBold(True)
        # The dimensions' names: the columns' above their headers, the rows' above their labels.
        painter.setFont(bold)
        painter.setPen(muted)
        rows_word, columns_word = (dimension_word(d) for d in self.report.dims)
        painter.drawText(
            QRectF(self.label_w, 0, self.width() - self.label_w, self.axis_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            f"{columns_word} →",
        )
        painter.drawText(
            QRectF(0, self.axis_h, self.label_w - 8, self.header_h - 4),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
            f"{rows_word} ↓",
        )
        painter.setFont(small)
        w = self._cell_width()
        for k in range(len(self.report.columns)):
            label = self.column_label_shown(k)
            painter.setPen(muted)
            if self.rotated:
                painter.save()
                painter.translate(self.label_w + k * w + w / 2 - 4, self.top - 6)
                painter.rotate(-math.degrees(SLANT))
                painter.drawText(QPointF(0, 0), label)
                painter.restore()
            else:
                header = QRectF(self.label_w + k * w, self.axis_h, w - 3, self.header_h - 6)
                painter.drawText(header, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, label)
        for n in range(len(self.report.rows)):
            painter.setPen(text)
            painter.setFont(self.font())
            painter.drawText(
                QRectF(self.row_header_rect(n)),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self.row_label_shown(n),
            )
            painter.setFont(small)
            for k in range(len(self.report.columns)):
                cell = self.cell(n, k)
                if cell is None:
                    continue
                rect = self.cell_rect(n, k)
                colour = self.fill(cell)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(colour))
                painter.drawRoundedRect(rect, 3, 3)
                if cell.supply or cell.demand:
                    painter.setPen(text_colour_on(colour))
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"{cell.supply}/{cell.demand}")
                if self.selected == (n, k):
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2.5))
                    painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
        self._paint_legend(painter, text)

    def _paint_legend(self, painter: QPainter, text: QColor) -> None:
        painter.setFont(self._small())
        edge = QPen(QColor(text.red(), text.green(), text.blue(), 70), 1)
        worst = self.worst_gap()
        for item in self.legend:
            if item.kind == "sample":
                fill = QColor(heatmap_colour(CoverageStatus.THIN, 0, 0))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(fill)
                painter.drawRoundedRect(item.rect, 3, 3)
                painter.setPen(text_colour_on(fill))
                painter.drawText(item.rect, Qt.AlignmentFlag.AlignCenter, "2/5")
            elif item.kind == "status" and item.status is not None:
                quiet = item.status is CoverageStatus.QUIET
                fill = (
                    self.palette().color(QPalette.ColorRole.AlternateBase)
                    if quiet
                    else QColor(STATUS_COLOURS[item.status])
                )
                painter.setPen(edge)
                painter.setBrush(fill)
                painter.drawRoundedRect(item.rect, 2, 2)
            elif item.kind == "scale":
                gradient = QLinearGradient(QPointF(item.rect.topLeft()), QPointF(item.rect.topRight()))
                gradient.setColorAt(0, QColor(heatmap_colour(CoverageStatus.GAP, 0, worst)))
                gradient.setColorAt(1, QColor(heatmap_colour(CoverageStatus.GAP, worst, worst)))
                painter.setPen(edge)
                painter.setBrush(QBrush(gradient))
                painter.drawRoundedRect(item.rect, 2, 2)
                painter.setPen(text_colour_on(QColor(heatmap_colour(CoverageStatus.GAP, 0, worst))))
                painter.drawText(
                    item.rect.adjusted(4, 0, -4, 0),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    "0",
                )
                painter.setPen(text_colour_on(QColor(heatmap_colour(CoverageStatus.GAP, worst, worst))))
                painter.drawText(
                    item.rect.adjusted(4, 0, -4, 0),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    number_text(worst, 1),
                )
            painter.setPen(text)
            painter.drawText(
                item.text_rect,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                | int(Qt.TextFlag.TextWordWrap),
                item.text,
            )

    # -- hovering, clicking, keys --------------------------------------------------------------
    def tooltip_at(self, pos: QPoint | QPointF) -> str:
        hit = self.cell_at(pos)
        cell = self.cell(*hit) if hit else None
        if cell is not None:
            return self.tooltip(cell)
        header = self.header_at(pos)
        if header is not None and self.report is not None:
            kind, n = header
            if kind == "column":
                return f"{dimension_word(self.report.dims[1])}: {self.report.columns[n].label}"
            return f"{dimension_word(self.report.dims[0])}: {self.report.rows[n].label}"
        return ""

    def event(self, event: Any) -> bool:
        if event.type() == event.Type.ToolTip and isinstance(event, QHelpEvent):
            words = self.tooltip_at(event.pos())
            if words:
                QToolTip.showText(event.globalPos(), words, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def tooltip(self, cell: CoverageCell) -> str:
        assert self.report is not None
        row = next(x.label for x in self.report.rows if x.slug == cell.row)
        column = next(x.label for x in self.report.columns if x.slug == cell.column)
        return QCoreApplication.translate(
            "insight", "{0} × {1}: {2}\n{3}\nGap score {4:.1f} · click to see what is behind it"
        ).format(row, column, value_word(cell.status), cell_reason(cell), cell.score)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        hit = self.cell_at(event.position())
        if hit is not None and event.button() == Qt.MouseButton.LeftButton:
            self.select(*hit)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        on_cell = self.cell_at(event.position()) is not None
        self.setCursor(QCursor(Qt.CursorShape.PointingHandCursor if on_cell else Qt.CursorShape.ArrowCursor))
        super().mouseMoveEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        """Right-click (or the menu key) on a cell: it is selected and drilled into, and the
        view offers what can be done about it."""
        if self.report is None:
            return
        by_mouse = event.reason() == QContextMenuEvent.Reason.Mouse
        hit = self.cell_at(event.pos()) if by_mouse else self.selected
        if hit is None:
            return
        self.select(*hit)
        row, column = self.report.rows[hit[0]].slug, self.report.columns[hit[1]].slug
        self.cell_menu_requested.emit(row, column, event.globalPos())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.report is None:
            return super().keyPressEvent(event)
        r, c = self.selected or (0, 0)
        moves = {
            Qt.Key.Key_Up: (-1, 0),
            Qt.Key.Key_Down: (1, 0),
            Qt.Key.Key_Left: (0, -1),
            Qt.Key.Key_Right: (0, 1),
        }
        key = Qt.Key(event.key())
        if key in moves:
            dr, dc = moves[key]
            self.selected = (
                min(max(0, r + dr), len(self.report.rows) - 1),
                min(max(0, c + dc), len(self.report.columns) - 1),
            )
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.select(r, c)
        else:
            super().keyPressEvent(event)

    def select(self, row: int, column: int) -> None:
        assert self.report is not None
        self.selected = (row, column)
        self.update()
        self.cell_clicked.emit(self.report.rows[row].slug, self.report.columns[column].slug)
