"""Tables of import batches: every import is a batch with an id, and the batch remembers the
assets it created, so "Undo this import" takes back those and nothing else. Local to the
laptop: a team server learns of an undo through the assets' own rows (archived or removed)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from collateral_app.storage.base import Base, UTCDateTime, new_id, utc_now


class ImportBatchRow(Base):
    __tablename__ = "import_batches"
    __table_args__ = (Index("ix_import_batches_started", "started_at"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sources_json: Mapped[str] = mapped_column(Text, default="[]")  # the paths the user chose
    as_draft: Mapped[bool] = mapped_column(Boolean, default=False)
    found: Mapped[int] = mapped_column(Integer, default=0)
    imported: Mapped[int] = mapped_column(Integer, default=0)
    duplicates: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)
    cancelled: Mapped[int] = mapped_column(Integer, default=0)
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ImportBatchAsset(Base):
    """An asset a batch created, and what its undo did to it ("removed", "archived" or "")."""

    __tablename__ = "import_batch_assets"
    __table_args__ = (Index("ix_import_batch_assets_asset", "asset_id"),)
    batch_id: Mapped[str] = mapped_column(
        ForeignKey("import_batches.id", ondelete="CASCADE"), primary_key=True
    )
    asset_id: Mapped[str] = mapped_column(ForeignKey("assets.id"), primary_key=True)
    revision_at_import: Mapped[int] = mapped_column(Integer, default=1)
    undo_action: Mapped[str] = mapped_column(String(20), default="")
    status_before_undo: Mapped[str] = mapped_column(String(20), default="")
