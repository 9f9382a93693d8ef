"""the library schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-26 23:33:57.855334
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import collateral_app.storage.base


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('blobs',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('created_at', collateral_app.storage.base.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_blobs'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('taxonomy_values',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('dimension', sa.String(length=20), nullable=False),
    sa.Column('slug', sa.String(length=80), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('created_at', collateral_app.storage.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', collateral_app.storage.base.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_taxonomy_values')),
    sa.UniqueConstraint('dimension', 'slug', name=op.f('uq_taxonomy_values_dimension'))
    )
    op.create_table('assets',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('type', sa.String(length=80), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.Column('language', sa.String(length=20), nullable=False),
    sa.Column('file_name', sa.String(length=500), nullable=False),
    sa.Column('media_type', sa.String(length=20), nullable=False),
    sa.Column('blob_sha256', sa.String(length=64), nullable=True),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('page_count', sa.Integer(), nullable=False),
    sa.Column('text_status', sa.String(length=20), nullable=False),
    sa.Column('text_reason', sa.Text(), nullable=False),
    sa.Column('metadata_json', sa.Text(), nullable=False),
    sa.Column('published_on', sa.Date(), nullable=True),
    sa.Column('review_by', sa.Date(), nullable=True),
    sa.Column('expires_on', sa.Date(), nullable=True),
    sa.Column('supersedes_id', sa.String(length=36), nullable=True),
    sa.Column('source_path', sa.Text(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('indexed_revision', sa.Integer(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('created_at', collateral_app.storage.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', collateral_app.storage.base.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['blob_sha256'], ['blobs.sha256'], name=op.f('fk_assets_blob_sha256_blobs')),
    sa.ForeignKeyConstraint(['supersedes_id'], ['assets.id'], name=op.f('fk_assets_supersedes_id_assets')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assets'))
    )
    with op.batch_alter_table('assets', schema=None) as batch_op:
        batch_op.create_index('ix_assets_blob', ['blob_sha256'], unique=False)
        batch_op.create_index('ix_assets_needs_index', ['indexed_revision', 'revision'], unique=False)

    op.create_table('asset_pages',
    sa.Column('asset_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('label', sa.String(length=500), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['asset_id'], ['assets.id'], name=op.f('fk_asset_pages_asset_id_assets'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('asset_id', 'number', name=op.f('pk_asset_pages'))
    )
    op.create_table('asset_tags',
    sa.Column('asset_id', sa.String(length=36), nullable=False),
    sa.Column('tag', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['asset_id'], ['assets.id'], name=op.f('fk_asset_tags_asset_id_assets'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('asset_id', 'tag', name=op.f('pk_asset_tags'))
    )
    op.create_table('asset_terms',
    sa.Column('asset_id', sa.String(length=36), nullable=False),
    sa.Column('dimension', sa.String(length=20), nullable=False),
    sa.Column('slug', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['asset_id'], ['assets.id'], name=op.f('fk_asset_terms_asset_id_assets'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('asset_id', 'dimension', 'slug', name=op.f('pk_asset_terms'))
    )
    with op.batch_alter_table('asset_terms', schema=None) as batch_op:
        batch_op.create_index('ix_asset_terms_value', ['dimension', 'slug'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('asset_terms', schema=None) as batch_op:
        batch_op.drop_index('ix_asset_terms_value')

    op.drop_table('asset_terms')
    op.drop_table('asset_tags')
    op.drop_table('asset_pages')
    with op.batch_alter_table('assets', schema=None) as batch_op:
        batch_op.drop_index('ix_assets_needs_index')
        batch_op.drop_index('ix_assets_blob')

    op.drop_table('assets')
    op.drop_table('taxonomy_values')
    op.drop_table('settings')
    op.drop_table('blobs')
