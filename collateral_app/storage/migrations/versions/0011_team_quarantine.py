"""team quarantine: rows and facts from the server that failed this laptop's checks.

- `sync_quarantine`: each one set aside with its reason, shown in the Team section and in
  `collateral team status`, removed when a valid version arrives or an admin drops it;
- `sync_server.catalog_ceiling`, `catalog_after_txid`, `catalog_after_version`: the catalog
  is now read by transaction id, like the facts, so nobody's open transaction holds a lock
  that others' edits wait for. The cursor starts again from 0: the next sync reads the
  whole catalog once (what is already here is skipped by its version).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 15:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import collateral_app.storage.base

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_quarantine",
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("doc", sa.Text(), nullable=False),
        sa.Column("server_version", sa.BigInteger(), nullable=True),
        sa.Column("sent_by", sa.String(length=200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("first_seen_at", collateral_app.storage.base.UTCDateTime(), nullable=False),
        sa.Column("last_seen_at", collateral_app.storage.base.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("source", "kind", "key", name=op.f("pk_sync_quarantine")),
    )
    with op.batch_alter_table("sync_server", schema=None) as batch_op:
        batch_op.add_column(sa.Column("catalog_ceiling", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("catalog_after_txid", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("catalog_after_version", sa.BigInteger(), nullable=True))
    op.execute("UPDATE sync_server SET catalog_cursor = 0")


def downgrade() -> None:
    with op.batch_alter_table("sync_server", schema=None) as batch_op:
        batch_op.drop_column("catalog_after_version")
        batch_op.drop_column("catalog_after_txid")
        batch_op.drop_column("catalog_ceiling")
    op.drop_table("sync_quarantine")
