"""import batches: every import is a batch with an id, and remembers the assets it created.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 15:15:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from collateral_app.storage.base import UTCDateTime

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'import_batches',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('started_at', UTCDateTime(), nullable=False),
        sa.Column('finished_at', UTCDateTime(), nullable=True),
        sa.Column('sources_json', sa.Text(), nullable=False),
        sa.Column('as_draft', sa.Boolean(), nullable=False),
        sa.Column('found', sa.Integer(), nullable=False),
        sa.Column('imported', sa.Integer(), nullable=False),
        sa.Column('duplicates', sa.Integer(), nullable=False),
        sa.Column('skipped', sa.Integer(), nullable=False),
        sa.Column('failed', sa.Integer(), nullable=False),
        sa.Column('cancelled', sa.Integer(), nullable=False),
        sa.Column('undone_at', UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_import_batches_started', 'import_batches', ['started_at'], unique=False)
    op.create_table(
        'import_batch_assets',
        sa.Column('batch_id', sa.String(length=36), nullable=False),
        sa.Column('asset_id', sa.String(length=36), nullable=False),
        sa.Column('revision_at_import', sa.Integer(), nullable=False),
        sa.Column('undo_action', sa.String(length=20), nullable=False),
        sa.Column('status_before_undo', sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(['asset_id'], ['assets.id']),
        sa.ForeignKeyConstraint(['batch_id'], ['import_batches.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('batch_id', 'asset_id'),
    )
    op.create_index('ix_import_batch_assets_asset', 'import_batch_assets', ['asset_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_import_batch_assets_asset', table_name='import_batch_assets')
    op.drop_table('import_batch_assets')
    op.drop_index('ix_import_batches_started', table_name='import_batches')
    op.drop_table('import_batches')
