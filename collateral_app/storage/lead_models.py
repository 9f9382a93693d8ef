"""Tables of the lead hand-off, on the library's `Base`.

- `leads` are catalog-like (edited by imports: owner, status, company), with `revision` and
  `server_version` as deals have;
- `lead_events` are facts: append-only, keyed by UUIDs made here, never updated or deleted.

A lead's milestones (`handed_over_at`, `touched_at`, `qualified_at`, `rejected_at`,
`recycled_at`) and its latest `stage` are kept on its row, the earliest (latest) of its events
of each kind, written in the same transaction as the events, so reports over hundreds of
thousands of leads need no aggregate over the events. Beside them, the hand-off report's
columns (services/sales/lead_milestones.py): the local day of the hand-off and working
seconds to each milestone, in the library's time zone, read through the indexes below.

`prospect_assets` is what each company received: per prospect and asset, the first and last
time it was shared or presented; `lead_reach` the same per lead, beside what the report compares
it with. Triggers (migration 0013) keep the first, name the companies whose `lead_reach` is to
be written again, and keep a lead's milestones from its events, whoever writes them (an
import, the app, the team server)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Date,
    ForeignKey,
    Index,
    Integer,
    PrimaryKeyConstraint,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from collateral_app.storage.base import Base, Timestamped, UTCDateTime, new_id, utc_now


class LeadRow(Timestamped, Base):
    __tablename__ = "leads"
    __table_args__ = (
        UniqueConstraint("crm_source", "crm_id"),
        # The hand-off report, each read covered by one index (the window is a range of
        # hand-off days; owner, industry and size are the report's filters): the weeks,
        # deadlines and drill-downs;
        Index(
            "ix_leads_report",
            "handoff_day",
            "handed_work",
            "touch_work",
            "decide_work",
            "sql_work",
            "qualified_epoch",
            "rejected_at",
            "recycled_at",
            "handed_over_at",
            "owner",
            "industry",
            "size",
            "prospect_id",
            "deal_id",
            "opportunity_id",
        ),
        # conversion by segment, grouped in the index's order;
        Index("ix_leads_segments", "source", "industry", "size", "owner", "handoff_day", "qualified_epoch"),
        # the medians, read in order of the time taken;
        Index("ix_leads_touch_time", "touch_work", "handoff_day", "owner", "industry", "size"),
        Index("ix_leads_sql_time", "sql_work", "handoff_day", "owner", "industry", "size"),
        # the leads of a company (what it received is kept per lead: `lead_reach`).
        Index("ix_leads_prospect", "prospect_id"),
        # SQLs' deals: the leads linked to one, or naming one by its CRM id.
        Index(
            "ix_leads_converted",
            "handoff_day",
            "qualified_epoch",
            "owner",
            "industry",
            "size",
            "deal_id",
            "opportunity_id",
            sqlite_where=text("deal_id IS NOT NULL OR opportunity_id <> ''"),
        ),
        # Leads whose report columns are to be counted again.
        Index(
            "ix_leads_report_stale",
            "id",
            sqlite_where=text("handed_over_at IS NOT NULL AND handoff_day IS NULL"),
        ),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str] = mapped_column(String(300), default="")
    company: Mapped[str] = mapped_column(String(300), default="")
    prospect_id: Mapped[str | None] = mapped_column(ForeignKey("prospects.id"))
    owner: Mapped[str] = mapped_column(String(200), default="")
    source: Mapped[str] = mapped_column(String(200), default="")
    industry: Mapped[str | None] = mapped_column(String(80))
    size: Mapped[str | None] = mapped_column(String(80))
    region: Mapped[str] = mapped_column(String(200), default="")
    crm_source: Mapped[str | None] = mapped_column(String(20))
    crm_id: Mapped[str | None] = mapped_column(String(200))
    crm_stage: Mapped[str] = mapped_column(String(200), default="")
    created_on: Mapped[date | None] = mapped_column(Date)
    stage: Mapped[str | None] = mapped_column(String(12))
    stage_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    handed_over_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    touched_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    qualified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    rejected_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    recycled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    deal_id: Mapped[str | None] = mapped_column(ForeignKey("deals.id"))
    opportunity_id: Mapped[str] = mapped_column(String(200), default="")
    # The hand-off report's columns (None: to be counted from the milestones).
    handoff_day: Mapped[int | None] = mapped_column(Integer)  # local days since 1970
    handed_work: Mapped[int | None] = mapped_column(Integer)  # working seconds since 1970
    touch_work: Mapped[int | None] = mapped_column(Integer)  # working seconds to the first touch
    decide_work: Mapped[int | None] = mapped_column(Integer)  # … to the first decision
    sql_work: Mapped[int | None] = mapped_column(Integer)  # … to SQL
    qualified_epoch: Mapped[int | None] = mapped_column(Integer)  # SQL, UTC seconds
    cutoff_epoch: Mapped[int | None] = mapped_column(Integer)  # SQL, else the first decision
    revision: Mapped[int] = mapped_column(Integer, default=1)
    server_version: Mapped[int | None] = mapped_column(Integer)


class LeadEventRow(Base):
    """A stage a lead reached: when, how that time is known, and from which import."""

    __tablename__ = "lead_events"
    __table_args__ = (Index("ix_lead_events_lead", "lead_id", "stage", "at"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    lead_id: Mapped[str] = mapped_column(ForeignKey("leads.id"))
    stage: Mapped[str] = mapped_column(String(12))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    # "crm": a date column of the export; "import": a snapshot dated at the import; "app".
    dated: Mapped[str] = mapped_column(String(8))
    source: Mapped[str] = mapped_column(String(10), default="app")
    import_file: Mapped[str] = mapped_column(String(300), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    device_id: Mapped[str] = mapped_column(String(36))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class ProspectAssetRow(Base):
    """What a company received: an asset shared or presented to a prospect, first and last
    (UTC seconds), and how often. Kept by triggers on `usage_events`, never written here."""

    __tablename__ = "prospect_assets"
    __table_args__ = (
        PrimaryKeyConstraint("prospect_id", "asset_id"),
        {"sqlite_with_rowid": False},
    )
    prospect_id: Mapped[str] = mapped_column(String(36))
    asset_id: Mapped[str] = mapped_column(String(36))
    first_epoch: Mapped[int] = mapped_column(Integer)
    last_epoch: Mapped[int] = mapped_column(Integer)
    uses: Mapped[int] = mapped_column(Integer)


class LeadReachRow(Base):
    """An asset a lead's company received, beside what the report compares it with (the
    lead's hand-off, SQL and first decision, UTC seconds) and filters it by: one row per lead
    and asset, in the order the report reads them (asset, then hand-off). Written by the
    report (services/sales/lead_milestones.py) for the companies in `lead_reach_pending`."""

    __tablename__ = "lead_reach"
    __table_args__ = (
        PrimaryKeyConstraint("asset_id", "handed_epoch", "lead_id"),
        Index("ix_lead_reach_lead", "lead_id", "asset_id"),
        {"sqlite_with_rowid": False},
    )
    asset_id: Mapped[str] = mapped_column(String(36))
    handed_epoch: Mapped[int] = mapped_column(Integer)
    lead_id: Mapped[str] = mapped_column(String(36))
    first_epoch: Mapped[int] = mapped_column(Integer)
    last_epoch: Mapped[int] = mapped_column(Integer)
    qualified_epoch: Mapped[int | None] = mapped_column(Integer)
    cutoff_epoch: Mapped[int | None] = mapped_column(Integer)
    owner: Mapped[str] = mapped_column(String(200))
    industry: Mapped[str | None] = mapped_column(String(80))
    size: Mapped[str | None] = mapped_column(String(80))


class LeadReachPendingRow(Base):
    """A company whose leads' `lead_reach` rows are to be written again: named by triggers
    when what it received or its leads change."""

    __tablename__ = "lead_reach_pending"
    __table_args__ = ({"sqlite_with_rowid": False},)
    prospect_id: Mapped[str] = mapped_column(String(36), primary_key=True)
