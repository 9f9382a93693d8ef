"""the lead hand-off: leads and their append-only stage events.

- `leads`: a CRM lead or contact (person, company and its prospect, owner, source, segment),
  its latest stage and its milestones (the first MQL, touch, SQL, rejection, recycling) kept
  from its events, and the deal it converted to;
- `lead_events`: each stage a lead reached, when, how that time is known (a date of the
  export, the import that first saw a snapshot, or the app) and from which file.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 15:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import collateral_app.storage.base

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "leads",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("email", sa.String(length=300), nullable=False),
        sa.Column("company", sa.String(length=300), nullable=False),
        sa.Column("prospect_id", sa.String(length=36), nullable=True),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("industry", sa.String(length=80), nullable=True),
        sa.Column("size", sa.String(length=80), nullable=True),
        sa.Column("region", sa.String(length=200), nullable=False),
        sa.Column("crm_source", sa.String(length=20), nullable=True),
        sa.Column("crm_id", sa.String(length=200), nullable=True),
        sa.Column("crm_stage", sa.String(length=200), nullable=False),
        sa.Column("created_on", sa.Date(), nullable=True),
        sa.Column("stage", sa.String(length=12), nullable=True),
        sa.Column("stage_at", collateral_app.storage.base.UTCDateTime(), nullable=True),
        sa.Column("handed_over_at", collateral_app.storage.base.UTCDateTime(), nullable=True),
        sa.Column("touched_at", collateral_app.storage.base.UTCDateTime(), nullable=True),
        sa.Column("qualified_at", collateral_app.storage.base.UTCDateTime(), nullable=True),
        sa.Column("rejected_at", collateral_app.storage.base.UTCDateTime(), nullable=True),
        sa.Column("recycled_at", collateral_app.storage.base.UTCDateTime(), nullable=True),
        sa.Column("deal_id", sa.String(length=36), nullable=True),
        sa.Column("opportunity_id", sa.String(length=200), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("created_at", collateral_app.storage.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", collateral_app.storage.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["deal_id"], ["deals.id"], name=op.f("fk_leads_deal_id_deals")),
        sa.ForeignKeyConstraint(
            ["prospect_id"], ["prospects.id"], name=op.f("fk_leads_prospect_id_prospects")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_leads")),
        sa.UniqueConstraint("crm_source", "crm_id", name=op.f("uq_leads_crm_source")),
    )
    op.create_index(
        "ix_leads_handoff",
        "leads",
        ["handed_over_at", "touched_at", "qualified_at", "rejected_at", "recycled_at", "deal_id"],
        unique=False,
    )
    op.create_index("ix_leads_owner", "leads", ["owner", "handed_over_at"], unique=False)
    op.create_index("ix_leads_prospect", "leads", ["prospect_id"], unique=False)
    op.create_table(
        "lead_events",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("lead_id", sa.String(length=36), nullable=False),
        sa.Column("stage", sa.String(length=12), nullable=False),
        sa.Column("at", collateral_app.storage.base.UTCDateTime(), nullable=False),
        sa.Column("dated", sa.String(length=8), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("import_file", sa.String(length=300), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("recorded_at", collateral_app.storage.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["lead_id"], ["leads.id"], name=op.f("fk_lead_events_lead_id_leads")),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_lead_events_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lead_events")),
    )
    op.create_index("ix_lead_events_lead", "lead_events", ["lead_id", "stage", "at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_lead_events_lead", table_name="lead_events")
    op.drop_table("lead_events")
    op.drop_index("ix_leads_prospect", table_name="leads")
    op.drop_index("ix_leads_owner", table_name="leads")
    op.drop_index("ix_leads_handoff", table_name="leads")
    op.drop_table("leads")
