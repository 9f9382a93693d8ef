"""Leads in the app: list and show them, record what sales did with one (worked, qualified,
rejected with a reason, recycled) as a stage event of its own, and the rep's side: the leads
handed to me this hand-off week with their deadlines."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, or_, select, update
from sqlalchemy.orm import Session

from collateral_app.domain.errors import InvalidEdit
from collateral_app.domain.leads import HowDated, Lead, LeadDetail, LeadEvent, LeadStage, MyLead
from collateral_app.services.common.clock import library_zone, local_day, midnight
from collateral_app.services.common.tabular import fold
from collateral_app.services.sales.base import RecordNotFound, SalesBase, require_text
from collateral_app.services.sales.lead_agreement import deadlines, read_agreement
from collateral_app.services.sales.lead_milestones import (
    MILESTONE_COLUMNS,
    milestones_after,
    report_clock,
    report_values,
    stamp_zone,
)
from collateral_app.storage.base import new_id
from collateral_app.storage.lead_models import LeadEventRow, LeadRow
from collateral_app.storage.sales_models import DealRow, UserRow

# What a rep can record with one click, and whether it needs a reason.
RECORDABLE = {
    LeadStage.WORKED: False,
    LeadStage.SQL: False,
    LeadStage.REJECTED: True,
    LeadStage.RECYCLED: False,
    LeadStage.MQL: False,
}


def lead_record(row: LeadRow) -> Lead:
    return Lead(
        id=row.id,
        name=row.name,
        email=row.email,
        company=row.company,
        prospect_id=row.prospect_id,
        owner=row.owner,
        source=row.source,
        industry=row.industry,
        size=row.size,
        region=row.region,
        crm_source=row.crm_source,
        crm_id=row.crm_id,
        crm_stage=row.crm_stage,
        stage=LeadStage(row.stage) if row.stage else None,
        created_on=row.created_on,
        handed_over_at=row.handed_over_at,
        touched_at=row.touched_at,
        qualified_at=row.qualified_at,
        rejected_at=row.rejected_at,
        recycled_at=row.recycled_at,
        deal_id=row.deal_id,
        opportunity_id=row.opportunity_id,
        revision=row.revision,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def decided_at(lead: Lead) -> datetime | None:
    """The first decision on a lead: qualified, rejected or recycled."""
    found = [t for t in (lead.qualified_at, lead.rejected_at, lead.recycled_at) if t is not None]
    return min(found) if found else None


class LeadService(SalesBase):
    def list_leads(
        self,
        *,
        owner: str | None = None,
        stage: LeadStage | None = None,
        handed_over_since: datetime | None = None,
        limit: int | None = None,
    ) -> list[Lead]:
        """Leads, the latest hand-offs first (leads never handed over last)."""
        conditions: list[ColumnElement[bool]] = []
        if stage is not None:
            conditions.append(LeadRow.stage == stage.value)
        if handed_over_since is not None:
            conditions.append(LeadRow.handed_over_at >= handed_over_since)
        with self.sessions() as s:
            query = (
                select(LeadRow)
                .where(*conditions)
                .order_by(LeadRow.handed_over_at.is_(None), LeadRow.handed_over_at.desc(), LeadRow.name)
            )
            rows = [lead_record(r) for r in s.scalars(query)]
        if owner is not None:
            wanted = fold(owner)
            rows = [r for r in rows if fold(r.owner) == wanted]
        return rows[:limit] if limit is not None else rows

    def get_lead(self, ref: str) -> LeadDetail:
        """A lead by id, id prefix (8+ characters) or CRM id, with its events and deadlines."""
        with self.sessions() as s:
            row = _find(s, ref)
            lead = lead_record(row)
            events = _events(s, [row.id])
            agreement = read_agreement(s)
            tz = library_zone(s)
            deal = s.get(DealRow, row.deal_id) if row.deal_id else None
            if deal is None and row.opportunity_id:
                deal = s.scalar(select(DealRow).where(DealRow.crm_id == row.opportunity_id))
            return LeadDetail(
                lead=lead,
                events=tuple(events),
                deadlines=deadlines(agreement, lead.handed_over_at, tz) if lead.handed_over_at else None,
                deal_name=deal.name if deal is not None else "",
                deal_outcome=deal.outcome if deal is not None else "",
            )

    def record_lead_stage(self, ref: str, stage: LeadStage, *, reason: str = "") -> LeadEvent:
        """Record, now, that a lead reached `stage`: a new event (append-only), synced."""
        if RECORDABLE.get(stage) and not reason.strip():
            raise InvalidEdit(f"Say why the lead is {stage.label} (a reason, e.g. “no budget”).")
        text = require_text(reason, "The reason", limit=1000) if reason.strip() else ""
        actor = self.actor()
        now = self.now()
        with self.sessions.begin() as s:
            row = _find(s, ref)
            if stage is not LeadStage.MQL and row.handed_over_at is None:
                raise InvalidEdit(f"{row.name or row.crm_id} was never handed over (no MQL event) yet.")
            values = {
                "id": new_id(),
                "lead_id": row.id,
                "stage": stage.value,
                "at": now,
                "dated": HowDated.APP.value,
                "source": self.source.value,
                "import_file": "",
                "reason": text,
                "user_id": actor.user.id,
                "device_id": actor.device_id,
                "recorded_at": now,
            }
            s.add(LeadEventRow(**values))
            current = {name: getattr(row, name) for name in MILESTONE_COLUMNS}
            after = milestones_after(current, stage, now)
            changes = {k: v for k, v in after.items() if current[k] != v}
            if changes:
                clock = report_clock(s)
                stamp_zone(s, clock)
                changes.update(report_values(clock, after))
            # Milestones only: the lead's document (what the team shares of it) is unchanged,
            # the event itself is what syncs.
            s.execute(update(LeadRow).where(LeadRow.id == row.id).values(**changes, updated_at=now))
            s.flush()
            return _events(s, [row.id], only=str(values["id"]))[0]

    def my_leads(self, *, owner: str | None = None, overdue: bool = True) -> list[MyLead]:
        """The leads handed to me (or `owner`) in this hand-off week, and, with `overdue`,
        earlier ones still waiting past a deadline; the soonest deadline first."""
        if owner is None and not self.profile_exists():
            return []  # nobody has said who they are yet; asking must not make a profile
        name = owner or self.actor().user.name
        now = self.now()
        with self.sessions() as s:
            agreement = read_agreement(s)
            tz = library_zone(s)
            today = local_day(now, tz)
            week_start = today - timedelta(days=(today.weekday() - agreement.handoff_weekday) % 7)
            since = midnight(week_start, tz)
            window: ColumnElement[bool] = LeadRow.handed_over_at >= since
            if overdue:
                window = or_(window, LeadRow.touched_at.is_(None), LeadRow.stage.in_(("mql", "worked")))
            handed = LeadRow.handed_over_at.is_not(None), LeadRow.handed_over_at <= now
            rows = s.scalars(select(LeadRow).where(*handed, window)).all()
            wanted = fold(name)
            found: list[MyLead] = []
            for row in rows:
                if fold(row.owner) != wanted:
                    continue
                lead = lead_record(row)
                assert lead.handed_over_at is not None
                due_by = deadlines(agreement, lead.handed_over_at, tz)
                due, late = _due(lead, due_by.touch_by, due_by.decide_by, now)
                if lead.handed_over_at < since and not late:
                    continue
                found.append(MyLead(lead, due_by, due, late))
        found.sort(key=lambda m: (m.due == "", m.deadlines.decide_by, m.lead.name))
        return found


def _due(lead: Lead, touch_by: datetime, decide_by: datetime, now: datetime) -> tuple[str, bool]:
    if decided_at(lead) is not None:
        return "", False
    if lead.touched_at is None:
        return "work", now > touch_by
    return "decide", now > decide_by


def _find(s: Session, ref: str) -> LeadRow:
    text = ref.strip()
    if not text:
        raise RecordNotFound("lead", ref)
    row = s.get(LeadRow, text)
    if row is None:
        found = s.scalars(select(LeadRow).where(LeadRow.crm_id == text)).all()
        if len(found) == 1:
            row = found[0]
    if row is None and len(text) >= 8:
        found = s.scalars(select(LeadRow).where(LeadRow.id.like(f"{text}%")).limit(2)).all()
        if len(found) == 1:
            row = found[0]
    if row is None:
        raise RecordNotFound("lead", ref)
    return row


def _events(s: Session, lead_ids: Sequence[str], only: str | None = None) -> list[LeadEvent]:
    query: Any = (
        select(LeadEventRow, UserRow.name)
        .join(UserRow, UserRow.id == LeadEventRow.user_id, isouter=True)
        .where(LeadEventRow.lead_id.in_(lead_ids))
        .order_by(LeadEventRow.at, LeadEventRow.recorded_at)
    )
    if only is not None:
        query = query.where(LeadEventRow.id == only)
    return [
        LeadEvent(
            id=e.id,
            lead_id=e.lead_id,
            stage=LeadStage(e.stage),
            at=e.at,
            dated=HowDated(e.dated),
            origin=e.source,
            import_file=e.import_file,
            reason=e.reason,
            user_name=user or "",
        )
        for e, user in s.execute(query)
    ]
