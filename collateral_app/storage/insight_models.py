"""Tables of the marketing insight, on the library's `Base`.

A review request is a fact (append-only, UUID key): marketing asked an asset's owner to
review it, on a date, with a note. Whether it is still pending is not stored: it is pending
while the asset's review-by date is the one it had when the request was made."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from collateral_app.storage.base import Base, UTCDateTime, new_id, utc_now


class ReviewRequestRow(Base):
    __tablename__ = "review_requests"
    __table_args__ = (
        Index("ix_review_requests_asset", "asset_id", "requested_at"),
        Index("ix_review_requests_time", "requested_at"),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    asset_id: Mapped[str] = mapped_column(ForeignKey("assets.id"))
    # The owner as the asset named them when asked (owners are names, not profiles).
    owner: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    review_by_then: Mapped[date | None] = mapped_column(Date)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    device_id: Mapped[str] = mapped_column(String(36))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
