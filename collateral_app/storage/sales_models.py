"""Tables of the sales feedback loop, on the library's `Base`.

Two kinds of rows, as the team server will treat them (DESIGN.md, Team mode):
- **catalog-like** rows (users, prospects, deals, content requests, pitch kits) are edited; they
  carry `revision` (local changes) and `server_version` (the server's clock when last pulled);
- **facts** (usage events, feedback, request events, votes, searches, opens) are append-only,
  keyed by UUIDs made here, never updated or deleted: a correction is a new fact."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from collateral_app.storage.base import Base, Timestamped, UTCDateTime, new_id, utc_now


class UserRow(Timestamped, Base):
    __tablename__ = "users"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20), default="rep")
    revision: Mapped[int] = mapped_column(Integer, default=1)
    server_version: Mapped[int | None] = mapped_column(Integer)


class ProspectRow(Timestamped, Base):
    __tablename__ = "prospects"
    __table_args__ = (
        # One row per CRM account; NULL ids (made in the app) never collide.
        UniqueConstraint("crm_source", "crm_id"),
        Index("ix_prospects_segment", "industry", "size"),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(300))
    industry: Mapped[str | None] = mapped_column(String(80))
    size: Mapped[str | None] = mapped_column(String(80))
    region: Mapped[str] = mapped_column(String(200), default="")
    crm_source: Mapped[str | None] = mapped_column(String(20))
    crm_id: Mapped[str | None] = mapped_column(String(200))
    # Made for a CRM deal that named no company; merged into the real account later.
    company_unknown: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    revision: Mapped[int] = mapped_column(Integer, default=1)
    server_version: Mapped[int | None] = mapped_column(Integer)


class DealRow(Timestamped, Base):
    __tablename__ = "deals"
    __table_args__ = (
        UniqueConstraint("crm_source", "crm_id"),
        Index("ix_deals_prospect", "prospect_id", "outcome"),
        Index("ix_deals_outcome", "outcome", "close_date"),
        Index("ix_deals_awaiting_feedback", "awaiting_feedback"),
        # The insight's (migration 0003): deals closed in a window with what its reports read
        # of them (cycle, amount, stage, feedback lookups by id), without touching the table.
        Index(
            "ix_deals_closed",
            "outcome",
            "close_date",
            "prospect_id",
            "id",
            "created_on",
            "amount_minor",
            "currency",
            "stage",
        ),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    prospect_id: Mapped[str] = mapped_column(ForeignKey("prospects.id"))
    name: Mapped[str] = mapped_column(String(500))
    owner: Mapped[str] = mapped_column(String(200), default="")
    stage: Mapped[str | None] = mapped_column(String(80))
    crm_stage: Mapped[str] = mapped_column(String(200), default="")
    # Exact: integer minor units of `currency` (cents), never a float.
    amount_minor: Mapped[int | None] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3), default="")
    created_on: Mapped[date | None] = mapped_column(Date)
    close_date: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(String(10), default="open")
    # Set when the deal is won or lost; cleared by feedback or by dismissing the prompt.
    awaiting_feedback: Mapped[bool] = mapped_column(Boolean, default=False)
    # The other companies the CRM associates with the deal (a JSON list of names).
    related_accounts: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")
    crm_source: Mapped[str | None] = mapped_column(String(20))
    crm_id: Mapped[str | None] = mapped_column(String(200))
    revision: Mapped[int] = mapped_column(Integer, default=1)
    server_version: Mapped[int | None] = mapped_column(Integer)


class UsageEventRow(Base):
    __tablename__ = "usage_events"
    __table_args__ = (
        Index("ix_usage_events_asset", "asset_id", "occurred_at"),
        # Covers "what reached this prospect before the deal closed" without touching the table;
        # kind before the time, so views (most events) are skipped by the seek, not read.
        Index("ix_usage_events_prospect", "prospect_id", "kind", "occurred_at", "asset_id"),
        Index("ix_usage_events_deal", "deal_id"),
        Index("ix_usage_events_time", "occurred_at"),
        # The insight's (migration 0003): window counts by kind and by asset, by seeks, and an
        # asset's last customer-facing use; who is covered for the team-member filter.
        Index("ix_usage_events_kind_time", "kind", "occurred_at", "asset_id", "user_id"),
        Index("ix_usage_events_asset_kind", "asset_id", "kind", "occurred_at", "user_id"),
        # Customer-facing uses by prospect and time, in one seek (the insight's win influence
        # reads each closed deal's cycle; the kinds are literals in its query).
        Index(
            "ix_usage_events_reached",
            "prospect_id",
            "occurred_at",
            "asset_id",
            "kind",
            sqlite_where=text("kind IN ('shared', 'presented') AND prospect_id IS NOT NULL"),
        ),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    asset_id: Mapped[str] = mapped_column(ForeignKey("assets.id"))
    kind: Mapped[str] = mapped_column(String(12))
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    device_id: Mapped[str] = mapped_column(String(36))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    prospect_id: Mapped[str | None] = mapped_column(ForeignKey("prospects.id"))
    deal_id: Mapped[str | None] = mapped_column(ForeignKey("deals.id"))
    source: Mapped[str] = mapped_column(String(10), default="app")
    # A stable hash of an imported row, so importing the same history again adds nothing.
    import_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class FeedbackRow(Base):
    __tablename__ = "feedback"
    __table_args__ = (
        CheckConstraint("rating IS NULL OR (rating >= 1 AND rating <= 5)", name="rating_range"),
        Index("ix_feedback_asset", "asset_id", "deal_id"),
        Index("ix_feedback_deal", "deal_id"),
        # The insight's (migration 0003): ratings and comments given in a window; whether an
        # entry is its rep's latest word on an asset for a deal (one seek, covered); ratings
        # given in a window, covered; comments given in a window (only those rows are read).
        Index("ix_feedback_time", "created_at"),
        Index("ix_feedback_marks", "deal_id", "asset_id", "user_id", "created_at", "id", "verdict", "rating"),
        Index(
            "ix_feedback_rated",
            "created_at",
            "asset_id",
            "deal_id",
            "user_id",
            "id",
            "rating",
            sqlite_where=text("rating IS NOT NULL"),
        ),
        Index("ix_feedback_commented", "created_at", "asset_id", "id", sqlite_where=text("comment != ''")),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    asset_id: Mapped[str] = mapped_column(ForeignKey("assets.id"))
    deal_id: Mapped[str] = mapped_column(ForeignKey("deals.id"))
    verdict: Mapped[str] = mapped_column(String(20))
    rating: Mapped[int | None] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    device_id: Mapped[str] = mapped_column(String(36))
    source: Mapped[str] = mapped_column(String(10), default="app")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class ContentRequestRow(Timestamped, Base):
    __tablename__ = "content_requests"
    __table_args__ = (
        Index("ix_content_requests_status", "status"),
        Index("ix_content_requests_requester", "requester_id"),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    text: Mapped[str] = mapped_column(Text)
    stage: Mapped[str | None] = mapped_column(String(80))
    persona: Mapped[str | None] = mapped_column(String(80))
    industry: Mapped[str | None] = mapped_column(String(80))
    size: Mapped[str | None] = mapped_column(String(80))
    product: Mapped[str | None] = mapped_column(String(80))
    deal_id: Mapped[str | None] = mapped_column(ForeignKey("deals.id"))
    requester_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    # The latest of `request_events`, kept here so lists need no aggregate.
    status: Mapped[str] = mapped_column(String(20), default="open")
    asset_id: Mapped[str | None] = mapped_column(ForeignKey("assets.id"))
    decline_reason: Mapped[str] = mapped_column(Text, default="")
    revision: Mapped[int] = mapped_column(Integer, default=1)
    server_version: Mapped[int | None] = mapped_column(Integer)


class RequestEventRow(Base):
    """Each status a request went through, dated, so response times can be measured."""

    __tablename__ = "request_events"
    __table_args__ = (Index("ix_request_events_request", "request_id", "at"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    request_id: Mapped[str] = mapped_column(ForeignKey("content_requests.id"))
    status: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    device_id: Mapped[str] = mapped_column(String(36))
    asset_id: Mapped[str | None] = mapped_column(ForeignKey("assets.id"))
    reason: Mapped[str] = mapped_column(Text, default="")


class RequestVoteRow(Base):
    __tablename__ = "request_votes"
    __table_args__ = (UniqueConstraint("request_id", "user_id"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    request_id: Mapped[str] = mapped_column(ForeignKey("content_requests.id"))
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    device_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class SearchLogRow(Base):
    __tablename__ = "search_log"
    __table_args__ = (
        Index("ix_search_log_time", "searched_at"),
        Index("ix_search_log_query", "normalized_query"),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    query: Mapped[str] = mapped_column(Text)
    # Case-folded with spaces collapsed, so "HIPAA  whitepaper" and "hipaa whitepaper" count as one.
    normalized_query: Mapped[str] = mapped_column(Text)
    filters_json: Mapped[str] = mapped_column(Text, default="{}")
    result_count: Mapped[int] = mapped_column(Integer)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    device_id: Mapped[str] = mapped_column(String(36))
    searched_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class SearchOpenRow(Base):
    """A result opened from a search: a row of its own, so the search stays untouched."""

    __tablename__ = "search_opens"
    __table_args__ = (Index("ix_search_opens_search", "search_id"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    search_id: Mapped[str] = mapped_column(ForeignKey("search_log.id"))
    asset_id: Mapped[str] = mapped_column(ForeignKey("assets.id"))
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class PitchKitRow(Timestamped, Base):
    __tablename__ = "pitch_kits"
    __table_args__ = (Index("ix_pitch_kits_deal", "deal_id"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(300))
    deal_id: Mapped[str] = mapped_column(ForeignKey("deals.id"))
    created_by: Mapped[str] = mapped_column(ForeignKey("users.id"))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    server_version: Mapped[int | None] = mapped_column(Integer)


class PitchKitItemRow(Base):
    __tablename__ = "pitch_kit_items"
    kit_id: Mapped[str] = mapped_column(ForeignKey("pitch_kits.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    asset_id: Mapped[str] = mapped_column(ForeignKey("assets.id"))
