"""team sync: what has been pushed to and pulled from the team server.

The laptop's own bookkeeping of team mode, in tables of its own: the server joined and the
cursors, facts already on the server, the catalog rows as last agreed with it (the bases of
three-way merges), aliases, rows waiting for what they refer to, conflicts, team files.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 07:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import collateral_app.storage.base


revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('sync_aliases',
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('local_id', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'key', name=op.f('pk_sync_aliases'))
    )
    op.create_table('sync_catalog_base',
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('local_id', sa.String(length=36), nullable=False),
    sa.Column('server_version', sa.BigInteger(), nullable=True),
    sa.Column('agreed_revision', sa.Integer(), nullable=False),
    sa.Column('doc', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'key', name=op.f('pk_sync_catalog_base'))
    )
    with op.batch_alter_table('sync_catalog_base', schema=None) as batch_op:
        batch_op.create_index('ix_sync_catalog_base_local', ['kind', 'local_id'], unique=True)

    op.create_table('sync_conflicts',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('local_id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('base_json', sa.Text(), nullable=False),
    sa.Column('mine_json', sa.Text(), nullable=False),
    sa.Column('theirs_json', sa.Text(), nullable=False),
    sa.Column('theirs_by', sa.String(length=200), nullable=False),
    sa.Column('server_version', sa.BigInteger(), nullable=True),
    sa.Column('detected_at', collateral_app.storage.base.UTCDateTime(), nullable=False),
    sa.Column('resolved_at', collateral_app.storage.base.UTCDateTime(), nullable=True),
    sa.Column('resolution', sa.String(length=10), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflicts'))
    )
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.create_index('ix_sync_conflicts_open', ['resolved_at'], unique=False)

    op.create_table('sync_fact_marks',
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('fact_id', sa.String(length=64), nullable=False),
    sa.Column('received', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'fact_id', name=op.f('pk_sync_fact_marks'))
    )
    op.create_table('sync_files',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size_bytes', sa.BigInteger(), nullable=False),
    sa.Column('pinned', sa.Boolean(), nullable=False),
    sa.Column('last_opened_at', collateral_app.storage.base.UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_sync_files'))
    )
    op.create_table('sync_parked',
    sa.Column('source', sa.String(length=10), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('doc', sa.Text(), nullable=False),
    sa.Column('server_version', sa.BigInteger(), nullable=True),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('missing', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('source', 'kind', 'key', name=op.f('pk_sync_parked'))
    )
    op.create_table('sync_server',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('server', sa.Text(), nullable=False),
    sa.Column('login', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('team_id', sa.String(length=36), nullable=False),
    sa.Column('epoch', sa.String(length=36), nullable=False),
    sa.Column('tls', sa.String(length=20), nullable=False),
    sa.Column('joined_at', collateral_app.storage.base.UTCDateTime(), nullable=False),
    sa.Column('catalog_cursor', sa.BigInteger(), nullable=False),
    sa.Column('fact_floor', sa.BigInteger(), nullable=False),
    sa.Column('fact_ceiling', sa.BigInteger(), nullable=True),
    sa.Column('fact_after_txid', sa.BigInteger(), nullable=True),
    sa.Column('fact_after_kind', sa.String(length=40), nullable=True),
    sa.Column('fact_after_id', sa.String(length=64), nullable=True),
    sa.Column('witness_fact_kind', sa.String(length=40), nullable=True),
    sa.Column('witness_fact_id', sa.String(length=64), nullable=True),
    sa.Column('witness_catalog_kind', sa.String(length=40), nullable=True),
    sa.Column('witness_catalog_key', sa.String(length=200), nullable=True),
    sa.Column('witness_catalog_version', sa.BigInteger(), nullable=True),
    sa.Column('last_sync_at', collateral_app.storage.base.UTCDateTime(), nullable=True),
    sa.Column('last_attempt_at', collateral_app.storage.base.UTCDateTime(), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=False),
    sa.Column('disk_budget_bytes', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_server'))
    )


def downgrade() -> None:
    op.drop_table('sync_server')
    op.drop_table('sync_parked')
    op.drop_table('sync_files')
    op.drop_table('sync_fact_marks')
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_conflicts_open')

    op.drop_table('sync_conflicts')
    with op.batch_alter_table('sync_catalog_base', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_catalog_base_local')

    op.drop_table('sync_catalog_base')
    op.drop_table('sync_aliases')
