"""The rep's side of the hand-off, in the Deals section: the leads handed to me this hand-off
week (and earlier ones past a deadline) with what is due and by when, and one click to record
that a lead was worked, qualified or rejected (with a reason): a stage event of its own,
written off the GUI thread."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from collateral_app.domain.leads import LeadStage, MyLead

from ..common.context import SalesContext, failure_text


def _when(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%a %d %b %H:%M UTC")


def lead_line(item: MyLead) -> str:
    lead = item.lead
    due = {
        "work": f"work by {_when(item.deadlines.touch_by)}",
        "decide": f"qualify or reject by {_when(item.deadlines.decide_by)}",
    }.get(item.due, f"done: {lead.stage.label if lead.stage else '—'}")
    late = "LATE — " if item.late else ""
    return f"{late}{lead.name or lead.crm_id} — {lead.company or '—'} ({lead.source or 'no source'}): {due}"


class RejectReason:
    @classmethod
    def ask(cls, parent: QWidget, name: str) -> str | None:
        question = parent.tr("Why is %1 rejected?").replace("%1", name)
        text, ok = QInputDialog.getText(parent, parent.tr("Reject lead"), question)
        return text if ok else None


class MyLeadsPanel(QWidget):
    leads_shown = Signal(list)  # list[MyLead]
    stage_recorded = Signal(object)  # LeadEvent
    failed = Signal(str)

    def __init__(self, context: SalesContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.items: list[MyLead] = []
        self._generation = 0
        self.title = QLabel(self.tr("Leads handed to me this week"))
        self.list = QListWidget()
        self.list.setMaximumHeight(130)
        self.worked_button = QPushButton(self.tr("Worked"))
        self.qualified_button = QPushButton(self.tr("Qualified"))
        self.rejected_button = QPushButton(self.tr("Rejected…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.title, 1)
        for button in (self.worked_button, self.qualified_button, self.rejected_button):
            buttons.addWidget(button)
            button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.list)
        self.list.currentRowChanged.connect(self._on_list_row_changed)
        self.worked_button.clicked.connect(lambda: self.record(LeadStage.WORKED))
        self.qualified_button.clicked.connect(lambda: self.record(LeadStage.SQL))
        self.rejected_button.clicked.connect(lambda: self.record(LeadStage.REJECTED))

    def reload(self) -> None:
        self._generation += 1
        generation, sales = self._generation, self.context.sales

        def done(items: list[MyLead]) -> None:
            if generation == self._generation:
                self._show(items)

        self.context.runner.run(lambda _ctx: sales.my_leads(), on_success=done, on_failure=self._fail)

    def _show(self, items: list[MyLead]) -> None:
        self.items = items
        self.list.clear()
        for item in items:
            self.list.addItem(QListWidgetItem(lead_line(item)))
        self.title.setText(self.tr("Leads handed to me this week (%n)", "", len(items)))
        self._on_list_row_changed(self.list.currentRow())
        self.leads_shown.emit(items)

    def _on_list_row_changed(self, row: int) -> None:
        open_lead = 0 <= row < len(self.items) and self.items[row].due != ""
        for button in (self.worked_button, self.qualified_button, self.rejected_button):
            button.setEnabled(open_lead)

    def record(self, stage: LeadStage) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.items):
            return
        lead = self.items[row].lead
        reason = ""
        if stage is LeadStage.REJECTED:
            asked = RejectReason.ask(self, lead.name or lead.crm_id or "")
            if not asked or not asked.strip():
                return
            reason = asked
        sales = self.context.sales

        def done(event: Any) -> None:
            self.stage_recorded.emit(event)
            self.reload()

        self.context.runner.run(
            lambda _ctx: sales.record_lead_stage(lead.id, stage, reason=reason),
            on_success=done,
            on_failure=self._fail,
            writes=True,
        )

    def _fail(self, exc: Exception) -> None:
        self.failed.emit(failure_text(exc))
