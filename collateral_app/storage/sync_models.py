"""The laptop's side of team sync, in tables of its own (no columns added to anyone else's):

- `sync_server`: the one server this library syncs with, as whom, and the cursors;
- `sync_fact_marks`: facts already on the server (sent from here, or received from it);
- `sync_fact_progress`: per fact table, how far every fact is sent (so what waits is counted
  from there, not over the whole history);
- `sync_catalog_base`: per catalog row, the server's version and content last agreed on, the
  base of three-way merges (so the edit code needs no hooks: a row whose `revision` moved
  past `agreed_revision` was changed here);
- `sync_aliases`: server rows that are another laptop's copy of a row held here under another
  id (the same CRM deal imported on two laptops);
- `sync_parked`: rows from the server that refer to something not here yet;
- `sync_quarantine`: rows and facts from the server that failed the laptop's checks, set
  aside with the reason (never applied, never silently dropped);
- `sync_conflicts`: fields changed here and on the server to different values;
- `sync_files`: files that came from the team (downloaded or not), pins and last use.

Downloads resume from the partial file and the server's chunk fingerprints, uploads from
the chunks the server holds, so no chunk progress is kept here."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, Index, Integer, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from collateral_app.storage.base import Base, UTCDateTime, utc_now


class SyncServerRow(Base):
    __tablename__ = "sync_server"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # always 1: one team per library
    server: Mapped[str] = mapped_column(Text)  # libpq URL without the password
    login: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    team_id: Mapped[str] = mapped_column(String(36))
    epoch: Mapped[str] = mapped_column(String(36))
    tls: Mapped[str] = mapped_column(String(20), default="prefer")
    joined_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    # The catalog, read by transaction id as the facts are: every row written by a
    # transaction below `catalog_cursor` is applied here; while a window [cursor,
    # catalog_ceiling) is read page by page, the last (txid, version) taken is kept.
    catalog_cursor: Mapped[int] = mapped_column(BigInteger, default=0)
    catalog_ceiling: Mapped[int | None] = mapped_column(BigInteger)
    catalog_after_txid: Mapped[int | None] = mapped_column(BigInteger)
    catalog_after_version: Mapped[int | None] = mapped_column(BigInteger)
    # The team's facts: every fact committed by a transaction below `fact_floor` is here;
    # while a window [floor, fact_ceiling) is read page by page, the last row taken is kept.
    fact_floor: Mapped[int] = mapped_column(BigInteger, default=0)
    fact_ceiling: Mapped[int | None] = mapped_column(BigInteger)
    fact_after_txid: Mapped[int | None] = mapped_column(BigInteger)
    fact_after_kind: Mapped[str | None] = mapped_column(String(40))
    fact_after_id: Mapped[str | None] = mapped_column(String(64))
    # Witnesses that the server still holds what it was given (a restore loses them).
    witness_fact_kind: Mapped[str | None] = mapped_column(String(40))
    witness_fact_id: Mapped[str | None] = mapped_column(String(64))
    witness_catalog_kind: Mapped[str | None] = mapped_column(String(40))
    witness_catalog_key: Mapped[str | None] = mapped_column(String(200))
    witness_catalog_version: Mapped[int | None] = mapped_column(BigInteger)
    last_sync_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str] = mapped_column(Text, default="")
    disk_budget_bytes: Mapped[int] = mapped_column(BigInteger, default=5 * 1024**3)
    # At the last sync: facts the server had but could not hand out yet, behind a transaction
    # of the team's database still open, and since when it is known to be open.
    feed_held_back: Mapped[int] = mapped_column(Integer, default=0)
    feed_held_since: Mapped[datetime | None] = mapped_column(UTCDateTime)


class SyncFactMark(Base):
    __tablename__ = "sync_fact_marks"
    kind: Mapped[str] = mapped_column(String(40), primary_key=True)  # the fact table's name
    fact_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    received: Mapped[bool] = mapped_column(Boolean, default=False)  # False: sent from here


class SyncFactProgress(Base):
    """Every fact of `kind` up to the row `sent_through` (SQLite's rowid, in which facts are
    appended) is on the server or not this login's to send. The fact id at that row is kept
    to check the row is still it (a VACUUM may number rows anew); the login and role the
    facts were walked as, since another one sends other facts."""

    __tablename__ = "sync_fact_progress"
    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    login: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    sent_through: Mapped[int] = mapped_column(BigInteger)
    fact_id: Mapped[str] = mapped_column(String(64))


class SyncCatalogBase(Base):
    __tablename__ = "sync_catalog_base"
    __table_args__ = (Index("ix_sync_catalog_base_local", "kind", "local_id", unique=True),)
    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    key: Mapped[str] = mapped_column(String(200), primary_key=True)  # the server's key
    local_id: Mapped[str] = mapped_column(String(36))
    # None after the server was restored: the version known here means nothing there.
    server_version: Mapped[int | None] = mapped_column(BigInteger)
    # The local `revision` whose content is `doc`; 0 while the row holds unsent changes.
    agreed_revision: Mapped[int] = mapped_column(Integer)
    doc: Mapped[str] = mapped_column(Text)  # JSON, as on the server
    created_by: Mapped[str] = mapped_column(String(200), default="")
    updated_by: Mapped[str] = mapped_column(String(200), default="")


class SyncAlias(Base):
    __tablename__ = "sync_aliases"
    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    local_id: Mapped[str] = mapped_column(String(36))


class SyncParked(Base):
    __tablename__ = "sync_parked"
    source: Mapped[str] = mapped_column(String(10), primary_key=True)  # "catalog" or "fact"
    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    doc: Mapped[str] = mapped_column(Text)
    server_version: Mapped[int | None] = mapped_column(BigInteger)
    created_by: Mapped[str] = mapped_column(String(200), default="")
    updated_by: Mapped[str] = mapped_column(String(200), default="")
    missing: Mapped[str] = mapped_column(Text, default="")  # what it waits for, for the log


class SyncQuarantine(Base):
    __tablename__ = "sync_quarantine"
    source: Mapped[str] = mapped_column(String(10), primary_key=True)  # "catalog" or "fact"
    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    doc: Mapped[str] = mapped_column(Text)  # as received (cut to 64 KB for a huge one)
    server_version: Mapped[int | None] = mapped_column(BigInteger)
    sent_by: Mapped[str] = mapped_column(String(200), default="")  # the login the server names
    reason: Mapped[str] = mapped_column(Text)
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class SyncConflictRow(Base):
    __tablename__ = "sync_conflicts"
    __table_args__ = (Index("ix_sync_conflicts_open", "resolved_at"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    key: Mapped[str] = mapped_column(String(200))
    local_id: Mapped[str] = mapped_column(String(36))
    title: Mapped[str] = mapped_column(Text)
    field: Mapped[str] = mapped_column(String(60))
    base_json: Mapped[str] = mapped_column(Text)
    mine_json: Mapped[str] = mapped_column(Text)
    theirs_json: Mapped[str] = mapped_column(Text)
    theirs_by: Mapped[str] = mapped_column(String(200), default="")
    server_version: Mapped[int | None] = mapped_column(BigInteger)
    detected_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolution: Mapped[str | None] = mapped_column(String(10))


class SyncFileRow(Base):
    __tablename__ = "sync_files"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    # Only for choosing which unpinned download to drop first when over the disk budget.
    last_opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


def team_file_hashes(s: Session) -> set[str]:
    """Files the team server holds for this library; not having one on disk is normal."""
    return set(s.scalars(select(SyncFileRow.sha256)))
