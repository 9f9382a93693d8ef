"""Tables of the lead hand-off, on the library's `Base`.

- `leads` are catalog-like (edited by imports: owner, status, company), with `revision` and
  `server_version` as deals have;
- `lead_events` are facts: append-only, keyed by UUIDs made here, never updated or deleted.

A lead's milestones (`handed_over_at`, `touched_at`, `qualified_at`, `rejected_at`,
`recycled_at`) and its latest `stage` are kept on its row, the earliest (latest) of its events
of each kind, written in the same transaction as the events, so reports over hundreds of
thousands of leads need no aggregate over the events."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from collateral_app.storage.base import Base, Timestamped, UTCDateTime, new_id, utc_now


class LeadRow(Timestamped, Base):
    __tablename__ = "leads"
    __table_args__ = (
        UniqueConstraint("crm_source", "crm_id"),
        # The hand-off report: MQLs handed over in a window with what it reads of them.
        Index(
            "ix_leads_handoff",
            "handed_over_at",
            "touched_at",
            "qualified_at",
            "rejected_at",
            "recycled_at",
            "deal_id",
        ),
        Index("ix_leads_owner", "owner", "handed_over_at"),
        Index("ix_leads_prospect", "prospect_id"),
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
