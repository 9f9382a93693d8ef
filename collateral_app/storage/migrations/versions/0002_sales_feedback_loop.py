"""sales feedback loop: users, prospects, deals, usage events, feedback, content requests,
search log and pitch kits. Facts (events, feedback, votes, searches) are append-only.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 00:17:09.001714
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import collateral_app.storage.base


revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('prospects',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('industry', sa.String(length=80), nullable=True),
    sa.Column('size', sa.String(length=80), nullable=True),
    sa.Column('region', sa.String(length=200), nullable=False),
    sa.Column('crm_source', sa.String(length=20), nullable=True),
    sa.Column('crm_id', sa.String(length=200), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('created_at', collateral_app.storage.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', collateral_app.storage.base.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_prospects')),
    sa.UniqueConstraint('crm_source', 'crm_id', name=op.f('uq_prospects_crm_source'))
    )
    with op.batch_alter_table('prospects', schema=None) as batch_op:
        batch_op.create_index('ix_prospects_segment', ['industry', 'size'], unique=False)

    op.create_table('users',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('created_at', collateral_app.storage.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', collateral_app.storage.base.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users'))
    )
    op.create_table('deals',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('prospect_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=500), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.Column('stage', sa.String(length=80), nullable=True),
    sa.Column('crm_stage', sa.String(length=200), nullable=False),
    sa.Column('amount_minor', sa.BigInteger(), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('created_on', sa.Date(), nullable=True),
    sa.Column('close_date', sa.Date(), nullable=True),
    sa.Column('outcome', sa.String(length=10), nullable=False),
    sa.Column('awaiting_feedback', sa.Boolean(), nullable=False),
    sa.Column('crm_source', sa.String(length=20), nullable=True),
    sa.Column('crm_id', sa.String(length=200), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('created_at', collateral_app.storage.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', collateral_app.storage.base.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['prospect_id'], ['prospects.id'], name=op.f('fk_deals_prospect_id_prospects')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deals')),
    sa.UniqueConstraint('crm_source', 'crm_id', name=op.f('uq_deals_crm_source'))
    )
    with op.batch_alter_table('deals', schema=None) as batch_op:
        batch_op.create_index('ix_deals_awaiting_feedback', ['awaiting_feedback'], unique=False)
        batch_op.create_index('ix_deals_outcome', ['outcome', 'close_date'], unique=False)
        batch_op.create_index('ix_deals_prospect', ['prospect_id', 'outcome'], unique=False)

    op.create_table('search_log',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('query', sa.Text(), nullable=False),
    sa.Column('normalized_query', sa.Text(), nullable=False),
    sa.Column('filters_json', sa.Text(), nullable=False),
    sa.Column('result_count', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('searched_at', collateral_app.storage.base.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_search_log_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_search_log'))
    )
    with op.batch_alter_table('search_log', schema=None) as batch_op:
        batch_op.create_index('ix_search_log_query', ['normalized_query'], unique=False)
        batch_op.create_index('ix_search_log_time', ['searched_at'], unique=False)

    op.create_table('content_requests',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('stage', sa.String(length=80), nullable=True),
    sa.Column('persona', sa.String(length=80), nullable=True),
    sa.Column('industry', sa.String(length=80), nullable=True),
    sa.Column('size', sa.String(length=80), nullable=True),
    sa.Column('product', sa.String(length=80), nullable=True),
    sa.Column('deal_id', sa.String(length=36), nullable=True),
    sa.Column('requester_id', sa.String(length=36), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('asset_id', sa.String(length=36), nullable=True),
    sa.Column('decline_reason', sa.Text(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('created_at', collateral_app.storage.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', collateral_app.storage.base.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['asset_id'], ['assets.id'], name=op.f('fk_content_requests_asset_id_assets')),
    sa.ForeignKeyConstraint(['deal_id'], ['deals.id'], name=op.f('fk_content_requests_deal_id_deals')),
    sa.ForeignKeyConstraint(['requester_id'], ['users.id'], name=op.f('fk_content_requests_requester_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_content_requests'))
    )
    with op.batch_alter_table('content_requests', schema=None) as batch_op:
        batch_op.create_index('ix_content_requests_requester', ['requester_id'], unique=False)
        batch_op.create_index('ix_content_requests_status', ['status'], unique=False)

    op.create_table('feedback',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('asset_id', sa.String(length=36), nullable=False),
    sa.Column('deal_id', sa.String(length=36), nullable=False),
    sa.Column('verdict', sa.String(length=20), nullable=False),
    sa.Column('rating', sa.Integer(), nullable=True),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('source', sa.String(length=10), nullable=False),
    sa.Column('created_at', collateral_app.storage.base.UTCDateTime(), nullable=False),
    sa.CheckConstraint('rating IS NULL OR (rating >= 1 AND rating <= 5)', name=op.f('ck_feedback_rating_range')),
    sa.ForeignKeyConstraint(['asset_id'], ['assets.id'], name=op.f('fk_feedback_asset_id_assets')),
    sa.ForeignKeyConstraint(['deal_id'], ['deals.id'], name=op.f('fk_feedback_deal_id_deals')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_feedback_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_feedback'))
    )
    with op.batch_alter_table('feedback', schema=None) as batch_op:
        batch_op.create_index('ix_feedback_asset', ['asset_id', 'deal_id'], unique=False)
        batch_op.create_index('ix_feedback_deal', ['deal_id'], unique=False)

    op.create_table('pitch_kits',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('deal_id', sa.String(length=36), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('created_at', collateral_app.storage.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', collateral_app.storage.base.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_pitch_kits_created_by_users')),
    sa.ForeignKeyConstraint(['deal_id'], ['deals.id'], name=op.f('fk_pitch_kits_deal_id_deals')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pitch_kits'))
    )
    with op.batch_alter_table('pitch_kits', schema=None) as batch_op:
        batch_op.create_index('ix_pitch_kits_deal', ['deal_id'], unique=False)

    op.create_table('search_opens',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('search_id', sa.String(length=36), nullable=False),
    sa.Column('asset_id', sa.String(length=36), nullable=False),
    sa.Column('opened_at', collateral_app.storage.base.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['asset_id'], ['assets.id'], name=op.f('fk_search_opens_asset_id_assets')),
    sa.ForeignKeyConstraint(['search_id'], ['search_log.id'], name=op.f('fk_search_opens_search_id_search_log')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_search_opens'))
    )
    with op.batch_alter_table('search_opens', schema=None) as batch_op:
        batch_op.create_index('ix_search_opens_search', ['search_id'], unique=False)

    op.create_table('usage_events',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('asset_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('occurred_at', collateral_app.storage.base.UTCDateTime(), nullable=False),
    sa.Column('prospect_id', sa.String(length=36), nullable=True),
    sa.Column('deal_id', sa.String(length=36), nullable=True),
    sa.Column('source', sa.String(length=10), nullable=False),
    sa.Column('import_key', sa.String(length=64), nullable=True),
    sa.Column('recorded_at', collateral_app.storage.base.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['asset_id'], ['assets.id'], name=op.f('fk_usage_events_asset_id_assets')),
    sa.ForeignKeyConstraint(['deal_id'], ['deals.id'], name=op.f('fk_usage_events_deal_id_deals')),
    sa.ForeignKeyConstraint(['prospect_id'], ['prospects.id'], name=op.f('fk_usage_events_prospect_id_prospects')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_usage_events_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_usage_events')),
    sa.UniqueConstraint('import_key', name=op.f('uq_usage_events_import_key'))
    )
    with op.batch_alter_table('usage_events', schema=None) as batch_op:
        batch_op.create_index('ix_usage_events_asset', ['asset_id', 'occurred_at'], unique=False)
        batch_op.create_index('ix_usage_events_deal', ['deal_id'], unique=False)
        batch_op.create_index('ix_usage_events_prospect', ['prospect_id', 'kind', 'occurred_at', 'asset_id'], unique=False)
        batch_op.create_index('ix_usage_events_time', ['occurred_at'], unique=False)

    op.create_table('pitch_kit_items',
    sa.Column('kit_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('asset_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['asset_id'], ['assets.id'], name=op.f('fk_pitch_kit_items_asset_id_assets')),
    sa.ForeignKeyConstraint(['kit_id'], ['pitch_kits.id'], name=op.f('fk_pitch_kit_items_kit_id_pitch_kits'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('kit_id', 'position', name=op.f('pk_pitch_kit_items'))
    )
    op.create_table('request_events',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('request_id', sa.String(length=36), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('at', collateral_app.storage.base.UTCDateTime(), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('asset_id', sa.String(length=36), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['asset_id'], ['assets.id'], name=op.f('fk_request_events_asset_id_assets')),
    sa.ForeignKeyConstraint(['request_id'], ['content_requests.id'], name=op.f('fk_request_events_request_id_content_requests')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_request_events_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_request_events'))
    )
    with op.batch_alter_table('request_events', schema=None) as batch_op:
        batch_op.create_index('ix_request_events_request', ['request_id', 'at'], unique=False)

    op.create_table('request_votes',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('request_id', sa.String(length=36), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', collateral_app.storage.base.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['request_id'], ['content_requests.id'], name=op.f('fk_request_votes_request_id_content_requests')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_request_votes_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_request_votes')),
    sa.UniqueConstraint('request_id', 'user_id', name=op.f('uq_request_votes_request_id'))
    )


def downgrade() -> None:
    op.drop_table('request_votes')
    with op.batch_alter_table('request_events', schema=None) as batch_op:
        batch_op.drop_index('ix_request_events_request')

    op.drop_table('request_events')
    op.drop_table('pitch_kit_items')
    with op.batch_alter_table('usage_events', schema=None) as batch_op:
        batch_op.drop_index('ix_usage_events_time')
        batch_op.drop_index('ix_usage_events_prospect')
        batch_op.drop_index('ix_usage_events_deal')
        batch_op.drop_index('ix_usage_events_asset')

    op.drop_table('usage_events')
    with op.batch_alter_table('search_opens', schema=None) as batch_op:
        batch_op.drop_index('ix_search_opens_search')

    op.drop_table('search_opens')
    with op.batch_alter_table('pitch_kits', schema=None) as batch_op:
        batch_op.drop_index('ix_pitch_kits_deal')

    op.drop_table('pitch_kits')
    with op.batch_alter_table('feedback', schema=None) as batch_op:
        batch_op.drop_index('ix_feedback_deal')
        batch_op.drop_index('ix_feedback_asset')

    op.drop_table('feedback')
    with op.batch_alter_table('content_requests', schema=None) as batch_op:
        batch_op.drop_index('ix_content_requests_status')
        batch_op.drop_index('ix_content_requests_requester')

    op.drop_table('content_requests')
    with op.batch_alter_table('search_log', schema=None) as batch_op:
        batch_op.drop_index('ix_search_log_time')
        batch_op.drop_index('ix_search_log_query')

    op.drop_table('search_log')
    with op.batch_alter_table('deals', schema=None) as batch_op:
        batch_op.drop_index('ix_deals_prospect')
        batch_op.drop_index('ix_deals_outcome')
        batch_op.drop_index('ix_deals_awaiting_feedback')

    op.drop_table('deals')
    op.drop_table('users')
    with op.batch_alter_table('prospects', schema=None) as batch_op:
        batch_op.drop_index('ix_prospects_segment')

    op.drop_table('prospects')
