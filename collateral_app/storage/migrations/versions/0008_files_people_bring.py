"""the files people bring: OCR pages, prospects whose company is unknown, related accounts.

- `asset_pages.ocr`: the page's text was read by OCR from an image of it (a scan);
- `prospects.company_unknown`: made for a CRM deal that named no company (HubSpot's default
  deals view), to be merged into the real account later;
- `deals.related_accounts`: the other companies a CRM deal is associated with (a JSON list of
  names), the first being its prospect.

Revision ID: 0008
Revises: 0004
Create Date: 2026-12-07 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0008'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('asset_pages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('ocr', sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table('prospects', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('company_unknown', sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table('deals', schema=None) as batch_op:
        batch_op.add_column(sa.Column('related_accounts', sa.Text(), nullable=False, server_default='[]'))


def downgrade() -> None:
    with op.batch_alter_table('deals', schema=None) as batch_op:
        batch_op.drop_column('related_accounts')
    with op.batch_alter_table('prospects', schema=None) as batch_op:
        batch_op.drop_column('company_unknown')
    with op.batch_alter_table('asset_pages', schema=None) as batch_op:
        batch_op.drop_column('ocr')
