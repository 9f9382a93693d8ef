"""marketing insight: indexes and settings the reports read.

Review requests (marketing asked an asset's owner to review it) are append-only facts. The
indexes let each report read only the events of its window: by kind and time (window
aggregates, covering the asset and who), and by asset and kind (an asset's uses in a window
and its last customer-facing use, by seeks; who, for the team-member filter); customer-
facing uses by prospect and time (a deal's cycle in one seek); the deals closed in a
window, covering what the reports read of them; and feedback by deal, asset and rep (a
rep's latest word, one seek), ratings and comments by time. Settings (time zone,
targets) are rows of `settings`, written when changed; their defaults live in the code.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 07:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import collateral_app.storage.base


revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('review_requests',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('asset_id', sa.String(length=36), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('review_by_then', sa.Date(), nullable=True),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('requested_at', collateral_app.storage.base.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['asset_id'], ['assets.id'], name=op.f('fk_review_requests_asset_id_assets')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_review_requests_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_requests'))
    )
    with op.batch_alter_table('review_requests', schema=None) as batch_op:
        batch_op.create_index('ix_review_requests_asset', ['asset_id', 'requested_at'], unique=False)
        batch_op.create_index('ix_review_requests_time', ['requested_at'], unique=False)

    with op.batch_alter_table('usage_events', schema=None) as batch_op:
        batch_op.create_index('ix_usage_events_kind_time', ['kind', 'occurred_at', 'asset_id', 'user_id'], unique=False)
        batch_op.create_index('ix_usage_events_asset_kind', ['asset_id', 'kind', 'occurred_at', 'user_id'], unique=False)
        batch_op.create_index('ix_usage_events_reached', ['prospect_id', 'occurred_at', 'asset_id', 'kind'], unique=False, sqlite_where=sa.text("kind IN ('shared', 'presented') AND prospect_id IS NOT NULL"))

    with op.batch_alter_table('feedback', schema=None) as batch_op:
        batch_op.create_index('ix_feedback_time', ['created_at'], unique=False)
        batch_op.create_index('ix_feedback_marks', ['deal_id', 'asset_id', 'user_id', 'created_at', 'id', 'verdict', 'rating'], unique=False)
        batch_op.create_index('ix_feedback_rated', ['created_at', 'asset_id', 'deal_id', 'user_id', 'id', 'rating'], unique=False, sqlite_where=sa.text('rating IS NOT NULL'))
        batch_op.create_index('ix_feedback_commented', ['created_at', 'asset_id', 'id'], unique=False, sqlite_where=sa.text("comment != ''"))

    with op.batch_alter_table('deals', schema=None) as batch_op:
        batch_op.create_index('ix_deals_closed', ['outcome', 'close_date', 'prospect_id', 'id', 'created_on', 'amount_minor', 'currency', 'stage'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('deals', schema=None) as batch_op:
        batch_op.drop_index('ix_deals_closed')

    with op.batch_alter_table('feedback', schema=None) as batch_op:
        batch_op.drop_index('ix_feedback_commented')
        batch_op.drop_index('ix_feedback_rated')
        batch_op.drop_index('ix_feedback_marks')
        batch_op.drop_index('ix_feedback_time')

    with op.batch_alter_table('usage_events', schema=None) as batch_op:
        batch_op.drop_index('ix_usage_events_reached')
        batch_op.drop_index('ix_usage_events_asset_kind')
        batch_op.drop_index('ix_usage_events_kind_time')

    with op.batch_alter_table('review_requests', schema=None) as batch_op:
        batch_op.drop_index('ix_review_requests_time')
        batch_op.drop_index('ix_review_requests_asset')

    op.drop_table('review_requests')
