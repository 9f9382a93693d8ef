"""fact progress: how far the facts of each table are sent, so what waits to be sent is
counted from there instead of over every fact ever made. Empty at first: the first count
walks the history once.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 21:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_fact_progress",
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("login", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("sent_through", sa.BigInteger(), nullable=False),
        sa.Column("fact_id", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("kind", name=op.f("pk_sync_fact_progress")),
    )


def downgrade() -> None:
    op.drop_table("sync_fact_progress")
