"""Insight › Hand-off: MQLs per hand-off week against the agreement (a chart), the headline
figures, conversion by segment, and the drill-downs (leads past a deadline, untouched MQLs,
recycled leads, content before qualification) with their owners. Computed off the GUI thread;
a result that arrives after the user moved on is dropped. A drill-down shows its first leads
(the oldest hand-offs) and says how many there are; Show all fetches the rest."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from collateral_app.domain.insight import ReportParameters
from collateral_app.domain.leads import ContentConversion, ConversionRow, HandoffReport, LeadRef
from collateral_app.services.insight.handoff import DRILL_LIMIT
from collateral_app.services.insight.handoff_tables import headline_cards
from collateral_app.services.insight.service import Insight
from collateral_app.services.insight.tables import percent

from ..common.record_table import Column, RecordRole, RecordTable
from ..common.tasks import TaskRunner
from .charts import ChartView

RIGHT = Qt.AlignmentFlag.AlignRight


def _when(moment: datetime | None) -> str:
    return moment.astimezone(UTC).strftime("%a %d %b %H:%M UTC") if moment else ""


class LeadTable(RecordTable):
    title = "leads"
    context = "HandoffTab"
    columns = (
        Column("Lead", lambda r: r.name, tip=lambda r: r.why),
        Column("Company", lambda r: r.company),
        Column("Owner", lambda r: r.owner),
        Column("Source", lambda r: r.source),
        Column("Handed over", lambda r: _when(r.handed_over_at), lambda r: r.handed_over_at),
        Column("Deadline", lambda r: _when(r.deadline), lambda r: r.deadline),
        Column("Why", lambda r: r.why, tip=lambda r: r.why),
    )


class ConversionTable(RecordTable):
    title = "conversion"
    context = "HandoffTab"
    columns = (
        Column("Segment", lambda r: f"{r.dimension}: {r.label}"),
        Column("MQLs", lambda r: str(r.mqls), lambda r: r.mqls, RIGHT),
        Column("SQLs", lambda r: str(r.sqls), lambda r: r.sqls, RIGHT),
        Column("Conversion", lambda r: percent(r.rate), lambda r: r.rate or 0.0, RIGHT),
    )


class ContentTable(RecordTable):
    title = "content"
    context = "HandoffTab"
    columns = (
        Column("Asset", lambda c: c.title),
        Column("Leads reached", lambda c: str(c.reached), lambda c: c.reached, RIGHT),
        Column("Converted", lambda c: percent(c.rate_reached), lambda c: c.rate_reached or 0.0, RIGHT),
        Column(
            "Without it", lambda c: percent(c.rate_not_reached), lambda c: c.rate_not_reached or 0.0, RIGHT
        ),
        Column(
            "Ratio",
            lambda c: f"{c.ratio:.2f}×" if c.ratio is not None else "—",
            lambda c: c.ratio or 0.0,
            RIGHT,
            lambda c: c.ratio_reason or "conversion with it ÷ conversion without it",
        ),
    )


def _view(model: RecordTable) -> QTableView:
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(RecordRole.Sort)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    view.setAccessibleName(model.title)
    return view


class HandoffTab(QWidget):
    report_shown = Signal(object)  # HandoffReport
    failed = Signal(str)

    def __init__(
        self,
        insight: Insight,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.insight = insight
        self.runner = runner
        self.report: HandoffReport | None = None
        self.drill_limit = DRILL_LIMIT  # leads of each drill-down shown before Show all
        self._generation = 0
        self._busy = 0
        self.agreement = QLabel()
        self.agreement.setWordWrap(True)
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.chart = ChartView(self.tr("MQLs per hand-off week"))
        self.past_model = LeadTable(self)
        self.untouched_model = LeadTable(self)
        self.recycled_model = LeadTable(self)
        self.conversion_model = ConversionTable(self)
        self.content_model = ContentTable(self)
        self.tables = QTabWidget()
        self.tables.addTab(_view(self.past_model), self.tr("Past deadline"))
        self.tables.addTab(_view(self.untouched_model), self.tr("Untouched"))
        self.tables.addTab(_view(self.recycled_model), self.tr("Recycled"))
        self.tables.addTab(_view(self.conversion_model), self.tr("Conversion"))
        self.tables.addTab(_view(self.content_model), self.tr("Content and conversion"))
        self.tables.currentChanged.connect(lambda _index: self._show_more())
        self.more = QLabel()
        self.show_all = QPushButton(self.tr("Show all"))
        self.show_all.clicked.connect(self._load_all)
        more = QHBoxLayout()
        more.addWidget(self.more, 1)
        more.addWidget(self.show_all)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.agreement)
        layout.addWidget(self.figures)
        layout.addWidget(self.chart, 2)
        layout.addWidget(self.tables, 3)
        layout.addLayout(more)
        layout.addWidget(self.status)
        self._parameters: Callable[[], ReportParameters] | None = None
        self._show_more()

    def busy(self) -> bool:
        return self._busy > 0

    def refresh(self, parameters: Callable[[], ReportParameters]) -> None:
        """Compute the report for `parameters` (made on the worker: the Insight view's window
        and filters), off the GUI thread."""
        self._generation += 1
        generation = self._generation
        insight = self.insight
        self._parameters = parameters

        drill_limit = self.drill_limit

        def work(_ctx: Any) -> HandoffReport:
            return insight.handoff(parameters(), drill_limit=drill_limit)

        def done(report: HandoffReport) -> None:
            self._busy -= 1
            if generation == self._generation:
                self.show_report(report)

        def failed(exc: Exception) -> None:
            self._busy -= 1
            if generation == self._generation:
                self.status.setText(str(exc))
                self.failed.emit(str(exc))

        self._busy += 1
        self.status.setText(self.tr("Computing the hand-off…"))
        self.runner.run(work, on_success=done, on_failure=failed)

    def show_report(self, r: HandoffReport) -> None:
        self.report = r
        self.agreement.setText(self.tr("The agreement: ") + r.agreement_text)
        cells = "".join(
            f"<td style='padding:2px 14px 2px 0'><b style='font-size:15px'>{value}</b><br>"
            f"<span style='color:#52606d'>{label}</span></td>" + ("</tr><tr>" if n == 3 else "")
            for n, (label, value) in enumerate(headline_cards(r))
        )
        self.figures.setText(f"<table><tr>{cells}</tr></table>")
        labels = [f"{w.start.day} {w.start:%b}" for w in r.weeks]
        self.chart.bars(
            labels,
            [
                (self.tr("handed over"), "#2f6fdb", [float(w.handed_over) for w in r.weeks]),
                (self.tr("worked in time"), "#a9c4f5", [float(w.worked_in_time) for w in r.weeks]),
                (self.tr("decided in time"), "#2e9e6a", [float(w.decided_in_time) for w in r.weeks]),
            ],
            target=(
                self.tr("agreed: %n a week", "", r.agreement.handoff_count),
                float(r.agreement.handoff_count),
            ),
        )
        self.past_model.set_records(list[LeadRef](r.past_deadline))
        self.untouched_model.set_records(list[LeadRef](r.untouched_leads))
        self.recycled_model.set_records(list[LeadRef](r.recycled_leads))
        rows: list[ConversionRow] = [*r.by_source, *r.by_industry, *r.by_size, *r.by_owner]
        self.conversion_model.set_records(rows)
        self.content_model.set_records(list[ContentConversion](r.content))
        only = ", ".join(a.title for a in r.sql_only)
        self.status.setText(
            self.tr("%n MQLs in %1.", "", r.handed_over).replace("%1", r.window_label)
            + (self.tr(" Shared with SQLs but never with MQLs: ") + only if only else "")
        )
        self.tables.setTabText(0, self.tr("Past deadline (%n)", "", r.past_deadline_count))
        self.tables.setTabText(1, self.tr("Untouched (%n)", "", r.untouched_count))
        self.tables.setTabText(2, self.tr("Recycled (%n)", "", r.recycled_count))
        self._show_more()
        self.report_shown.emit(r)

    def _drill_downs(self) -> list[tuple[str, LeadTable, int]]:
        """(drill-down, its model, how many leads it has) for the first three tabs."""
        r = self.report
        counts = (r.past_deadline_count, r.untouched_count, r.recycled_count) if r else (0, 0, 0)
        models = (self.past_model, self.untouched_model, self.recycled_model)
        names = ("past_deadline", "untouched", "recycled")
        return list(zip(names, models, counts, strict=True))

    def _show_more(self) -> None:
        """Under a drill-down that shows only its first leads: how many of how many."""
        index = self.tables.currentIndex()
        drill = self._drill_downs()
        if index >= len(drill) or drill[index][1].rowCount() >= drill[index][2]:
            self.more.clear()
            self.show_all.hide()
            return
        _, model, count = drill[index]
        self.more.setText(
            self.tr("Showing the first %1 of %2 leads, the oldest hand-off first.")
            .replace("%1", f"{model.rowCount():,}")
            .replace("%2", f"{count:,}")
        )
        self.show_all.setEnabled(True)
        self.show_all.show()

    def _load_all(self) -> None:
        """Every lead of the drill-down shown, off the GUI thread."""
        index = self.tables.currentIndex()
        drill = self._drill_downs()
        if self._parameters is None or index >= len(drill):
            return
        which, model, _ = drill[index]
        generation = self._generation
        insight, parameters = self.insight, self._parameters

        def work(_ctx: Any) -> tuple[LeadRef, ...]:
            return insight.handoff_leads(parameters(), which)

        def done(leads: tuple[LeadRef, ...]) -> None:
            self._busy -= 1
            if generation == self._generation:
                model.set_records(list(leads))
                self.status.clear()
                self._show_more()

        def failed(exc: Exception) -> None:
            self._busy -= 1
            if generation == self._generation:
                self.status.setText(str(exc))
                self.show_all.setEnabled(True)

        self._busy += 1
        self.show_all.setEnabled(False)
        self.status.setText(self.tr("Fetching every lead…"))
        self.runner.run(work, on_success=done, on_failure=failed)
