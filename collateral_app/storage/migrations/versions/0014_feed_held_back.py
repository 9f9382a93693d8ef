"""feed held back: how many facts the team server held back behind a transaction left open
on it at the last sync, and since when, for `collateral team status` and the status bar.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 23:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import collateral_app.storage.base

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sync_server", schema=None) as batch_op:
        batch_op.add_column(sa.Column("feed_held_back", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(
            sa.Column("feed_held_since", collateral_app.storage.base.UTCDateTime(), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("sync_server", schema=None) as batch_op:
        batch_op.drop_column("feed_held_since")
        batch_op.drop_column("feed_held_back")
