"""The library's tables. UUID text keys made locally, so rows can later be pushed to a
team server without renumbering; `revision` counts local changes of a row, and
`server_version` is the team server's clock when the row last came from it."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from collateral_app.storage.base import Base, Timestamped, UTCDateTime, new_id, utc_now

# Keys of `settings` that more than one part of the app reads.
DEVICE_KEY = "device_id"
CURRENT_USER_KEY = "current_user_id"


class Setting(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Blob(Base):
    __tablename__ = "blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size_bytes: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class TaxonomyValue(Timestamped, Base):
    __tablename__ = "taxonomy_values"
    __table_args__ = (UniqueConstraint("dimension", "slug"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    dimension: Mapped[str] = mapped_column(String(20))
    slug: Mapped[str] = mapped_column(String(80))
    label: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    server_version: Mapped[int | None] = mapped_column(Integer)


class AssetRow(Timestamped, Base):
    __tablename__ = "assets"
    __table_args__ = (
        Index("ix_assets_blob", "blob_sha256"),
        Index("ix_assets_needs_index", "indexed_revision", "revision"),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    title: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="published")
    type: Mapped[str] = mapped_column(String(80), default="")
    owner: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[str] = mapped_column(String(20), default="en")
    file_name: Mapped[str] = mapped_column(String(500), default="")
    media_type: Mapped[str] = mapped_column(String(20), default="")
    blob_sha256: Mapped[str | None] = mapped_column(ForeignKey("blobs.sha256"))
    size_bytes: Mapped[int] = mapped_column(Integer, default=0)
    url: Mapped[str | None] = mapped_column(Text)
    page_count: Mapped[int] = mapped_column(Integer, default=0)
    text_status: Mapped[str] = mapped_column(String(20), default="pending")
    text_reason: Mapped[str] = mapped_column(Text, default="")
    metadata_json: Mapped[str] = mapped_column(Text, default="{}")
    published_on: Mapped[date | None] = mapped_column(Date)
    review_by: Mapped[date | None] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date)
    supersedes_id: Mapped[str | None] = mapped_column(ForeignKey("assets.id"))
    source_path: Mapped[str] = mapped_column(Text, default="")
    revision: Mapped[int] = mapped_column(Integer, default=1)
    # The revision the search index holds; behind `revision` means "needs indexing".
    indexed_revision: Mapped[int | None] = mapped_column(Integer)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    server_version: Mapped[int | None] = mapped_column(Integer)

    pages: Mapped[list[AssetPage]] = relationship(cascade="all, delete-orphan", order_by="AssetPage.number")
    terms: Mapped[list[AssetTerm]] = relationship(cascade="all, delete-orphan")
    tags: Mapped[list[AssetTag]] = relationship(cascade="all, delete-orphan")


class AssetPage(Base):
    __tablename__ = "asset_pages"
    asset_id: Mapped[str] = mapped_column(ForeignKey("assets.id", ondelete="CASCADE"), primary_key=True)
    number: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    label: Mapped[str] = mapped_column(String(500), default="")
    text: Mapped[str] = mapped_column(Text)
    ocr: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class AssetTerm(Base):
    """An asset's taxonomy value in one dimension (stage, persona, industry...)."""

    __tablename__ = "asset_terms"
    __table_args__ = (Index("ix_asset_terms_value", "dimension", "slug"),)
    asset_id: Mapped[str] = mapped_column(ForeignKey("assets.id", ondelete="CASCADE"), primary_key=True)
    dimension: Mapped[str] = mapped_column(String(20), primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), primary_key=True)


class AssetTag(Base):
    __tablename__ = "asset_tags"
    asset_id: Mapped[str] = mapped_column(ForeignKey("assets.id", ondelete="CASCADE"), primary_key=True)
    tag: Mapped[str] = mapped_column(String(100), primary_key=True)
