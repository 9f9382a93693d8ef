"""the hand-off report at scale: its columns on each lead, its indexes, what companies received.

- `leads`: the local day of the hand-off, working seconds to each milestone, the moments of
  SQL and of the first decision (empty here: the first report counts them, in the library's
  time zone); five indexes, each covering one of the report's reads, in place of
  `ix_leads_handoff`, and one of the leads whose columns are to be counted; `ix_leads_owner`,
  which no query used, is gone (every index costs an import its time);
- `prospect_assets`: per prospect and asset, the first and last share or presentation and
  how many (filled here); `lead_reach`: the same per lead, beside the lead's hand-off, SQL
  and first decision (UTC seconds), in the order the report reads it, written by the report
  for the companies in `lead_reach_pending`;
- triggers keep them: a lead's milestones from its events (whoever writes them: an import,
  the app, the team server); its report columns cleared when its milestones change without
  them; `prospect_assets` from `usage_events`; a company named in `lead_reach_pending`
  when what it received or its leads change.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 21:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REPORT_COLUMNS = (
    "handoff_day",
    "handed_work",
    "touch_work",
    "decide_work",
    "sql_work",
    "qualified_epoch",
    "cutoff_epoch",
)
MILESTONES = ("handed_over_at", "touched_at", "qualified_at", "rejected_at", "recycled_at")
REACHED = "kind IN ('shared', 'presented') AND prospect_id IS NOT NULL"
SECONDS = "CAST(strftime('%s', {0}) AS INTEGER)"
# Changes of a lead that change its lead_reach rows.
REACH_OF_LEAD = (
    "prospect_id",
    "handed_over_at",
    "qualified_at",
    "rejected_at",
    "recycled_at",
    "owner",
    "industry",
    "size",
)


def _pending(row: str, *, received: bool = False) -> str:
    """A statement naming the company of `row` as one whose leads' lead_reach is to be written
    (with `received`: only when it received something)."""
    # NOT EXISTS rather than OR IGNORE: a trigger's conflict clause gives way to its outer
    # statement's (an upsert on prospect_assets).
    where = (
        f"{row}.prospect_id IS NOT NULL AND NOT EXISTS "
        f"(SELECT 1 FROM lead_reach_pending WHERE prospect_id = {row}.prospect_id)"
    )
    if received:
        where += f" AND EXISTS (SELECT 1 FROM prospect_assets WHERE prospect_id = {row}.prospect_id)"
    return f"INSERT INTO lead_reach_pending (prospect_id) SELECT {row}.prospect_id WHERE {where};"


def _recount(row: str) -> str:
    """Statements putting one (prospect, asset) pair of a usage event `row` back in step."""
    pair = f"asset_id = {row}.asset_id AND prospect_id = {row}.prospect_id"
    return (
        f"DELETE FROM prospect_assets WHERE {pair}; "
        "INSERT INTO prospect_assets (prospect_id, asset_id, first_epoch, last_epoch, uses) "
        f"SELECT prospect_id, asset_id, min({SECONDS.format('occurred_at')}), "
        f"max({SECONDS.format('occurred_at')}), count(*) "
        f"FROM usage_events WHERE {pair} AND {REACHED} GROUP BY prospect_id, asset_id;"
    )


def _earliest(column: str, stages: str) -> str:
    return (
        f"{column} = CASE WHEN NEW.stage IN ({stages}) AND ({column} IS NULL OR NEW.at < {column}) "
        f"THEN NEW.at ELSE {column} END"
    )


_MILESTONE_OF = {
    "handed_over_at": "'mql'",
    "touched_at": "'worked', 'sql', 'rejected', 'recycled'",
    "qualified_at": "'sql'",
    "rejected_at": "'rejected'",
    "recycled_at": "'recycled'",
}
_LATEST = "(stage_at IS NULL OR NEW.at >= stage_at)"

TRIGGERS = {
    # A lead's milestones: the first event of each kind, the first touch, the latest stage.
    "lead_events_milestones": (
        "AFTER INSERT ON lead_events FOR EACH ROW BEGIN UPDATE leads SET "
        + ", ".join(_earliest(c, stages) for c, stages in _MILESTONE_OF.items())
        + f", stage = CASE WHEN {_LATEST} THEN NEW.stage ELSE stage END"
        + f", stage_at = CASE WHEN {_LATEST} THEN NEW.at ELSE stage_at END"
        + " WHERE id = NEW.lead_id AND ("
        + " OR ".join(
            f"(NEW.stage IN ({stages}) AND ({c} IS NULL OR NEW.at < {c}))" for c, stages in _MILESTONE_OF.items()
        )
        + f" OR ({_LATEST} AND (stage IS NOT NEW.stage OR stage_at IS NOT NEW.at))); END"
    ),
    "leads_report_stale": (
        f"AFTER UPDATE OF {', '.join(MILESTONES)} ON leads FOR EACH ROW WHEN ("
        + " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in MILESTONES)
        + ") AND "
        + " AND ".join(f"NEW.{c} IS OLD.{c}" for c in REPORT_COLUMNS)
        + " BEGIN UPDATE leads SET "
        + ", ".join(f"{c} = NULL" for c in REPORT_COLUMNS)
        + " WHERE rowid = NEW.rowid; END"
    ),
    "usage_events_reach_insert": (
        "AFTER INSERT ON usage_events FOR EACH ROW WHEN NEW.kind IN ('shared', 'presented') "
        "AND NEW.prospect_id IS NOT NULL BEGIN "
        "INSERT INTO prospect_assets (prospect_id, asset_id, first_epoch, last_epoch, uses) VALUES "
        f"(NEW.prospect_id, NEW.asset_id, {SECONDS.format('NEW.occurred_at')}, "
        f"{SECONDS.format('NEW.occurred_at')}, 1) "
        "ON CONFLICT (prospect_id, asset_id) DO UPDATE SET "
        "first_epoch = min(first_epoch, excluded.first_epoch), "
        "last_epoch = max(last_epoch, excluded.last_epoch), uses = uses + 1; END"
    ),
    "usage_events_reach_delete": (
        "AFTER DELETE ON usage_events FOR EACH ROW WHEN OLD.kind IN ('shared', 'presented') "
        f"AND OLD.prospect_id IS NOT NULL BEGIN {_recount('OLD')} END"
    ),
    "usage_events_reach_update": (
        "AFTER UPDATE OF asset_id, prospect_id, kind, occurred_at ON usage_events FOR EACH ROW "
        f"BEGIN {_recount('OLD')} {_recount('NEW')} END"
    ),
    # lead_reach is written again by the next report for the companies named here.
    "prospect_assets_reach_insert": f"AFTER INSERT ON prospect_assets FOR EACH ROW BEGIN {_pending('NEW')} END",
    "prospect_assets_reach_update": (
        f"AFTER UPDATE ON prospect_assets FOR EACH ROW BEGIN {_pending('OLD')} {_pending('NEW')} END"
    ),
    "prospect_assets_reach_delete": f"AFTER DELETE ON prospect_assets FOR EACH ROW BEGIN {_pending('OLD')} END",
    "leads_reach_insert": f"AFTER INSERT ON leads FOR EACH ROW BEGIN {_pending('NEW', received=True)} END",
    "leads_reach_update": (
        f"AFTER UPDATE OF id, {', '.join(REACH_OF_LEAD)} ON leads FOR EACH ROW WHEN "
        + " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in ("id", *REACH_OF_LEAD))
        + f" BEGIN DELETE FROM lead_reach WHERE lead_id = OLD.id; {_pending('NEW', received=True)} END"
    ),
    "leads_reach_delete": "AFTER DELETE ON leads FOR EACH ROW BEGIN DELETE FROM lead_reach WHERE lead_id = OLD.id; END",
}


def upgrade() -> None:
    op.drop_index("ix_leads_handoff", table_name="leads")
    op.drop_index("ix_leads_owner", table_name="leads")  # nothing reads leads by owner in SQL
    for name in REPORT_COLUMNS:  # ALTER TABLE ADD COLUMN: the table (and its triggers) stays
        op.add_column("leads", sa.Column(name, sa.Integer(), nullable=True))
    op.create_index(
        "ix_leads_report",
        "leads",
        [
            "handoff_day",
            "handed_work",
            "touch_work",
            "decide_work",
            "sql_work",
            "qualified_epoch",
            "rejected_at",
            "recycled_at",
            "handed_over_at",
            "owner",
            "industry",
            "size",
            "prospect_id",
            "deal_id",
            "opportunity_id",
        ],
        unique=False,
    )
    op.create_index(
        "ix_leads_segments",
        "leads",
        ["source", "industry", "size", "owner", "handoff_day", "qualified_epoch"],
        unique=False,
    )
    op.create_index(
        "ix_leads_touch_time", "leads", ["touch_work", "handoff_day", "owner", "industry", "size"], unique=False
    )
    op.create_index(
        "ix_leads_sql_time", "leads", ["sql_work", "handoff_day", "owner", "industry", "size"], unique=False
    )
    op.create_index(
        "ix_leads_converted",
        "leads",
        ["handoff_day", "qualified_epoch", "owner", "industry", "size", "deal_id", "opportunity_id"],
        unique=False,
        sqlite_where=sa.text("deal_id IS NOT NULL OR opportunity_id <> ''"),
    )
    op.create_index(
        "ix_leads_report_stale",
        "leads",
        ["id"],
        unique=False,
        sqlite_where=sa.text("handed_over_at IS NOT NULL AND handoff_day IS NULL"),
    )
    op.create_table(
        "prospect_assets",
        sa.Column("prospect_id", sa.String(length=36), nullable=False),
        sa.Column("asset_id", sa.String(length=36), nullable=False),
        sa.Column("first_epoch", sa.Integer(), nullable=False),
        sa.Column("last_epoch", sa.Integer(), nullable=False),
        sa.Column("uses", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("prospect_id", "asset_id", name=op.f("pk_prospect_assets")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "lead_reach",
        sa.Column("asset_id", sa.String(length=36), nullable=False),
        sa.Column("handed_epoch", sa.Integer(), nullable=False),
        sa.Column("lead_id", sa.String(length=36), nullable=False),
        sa.Column("first_epoch", sa.Integer(), nullable=False),
        sa.Column("last_epoch", sa.Integer(), nullable=False),
        sa.Column("qualified_epoch", sa.Integer(), nullable=True),
        sa.Column("cutoff_epoch", sa.Integer(), nullable=True),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("industry", sa.String(length=80), nullable=True),
        sa.Column("size", sa.String(length=80), nullable=True),
        sa.PrimaryKeyConstraint("asset_id", "handed_epoch", "lead_id", name=op.f("pk_lead_reach")),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_lead_reach_lead", "lead_reach", ["lead_id", "asset_id"], unique=False)
    op.execute(
        "INSERT INTO prospect_assets (prospect_id, asset_id, first_epoch, last_epoch, uses) "
        f"SELECT prospect_id, asset_id, min({SECONDS.format('occurred_at')}), "
        f"max({SECONDS.format('occurred_at')}), count(*) "
        f"FROM usage_events WHERE {REACHED} GROUP BY prospect_id, asset_id"
    )
    op.create_table(
        "lead_reach_pending",
        sa.Column("prospect_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("prospect_id", name=op.f("pk_lead_reach_pending")),
        sqlite_with_rowid=False,
    )
    # The first report writes lead_reach for every company that received something.
    op.execute("INSERT INTO lead_reach_pending (prospect_id) SELECT DISTINCT prospect_id FROM prospect_assets")
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("lead_reach_pending")
    op.drop_index("ix_lead_reach_lead", table_name="lead_reach")
    op.drop_table("lead_reach")
    op.drop_table("prospect_assets")
    for name in (
        "ix_leads_report_stale",
        "ix_leads_converted",
        "ix_leads_sql_time",
        "ix_leads_touch_time",
        "ix_leads_segments",
    ):
        op.drop_index(name, table_name="leads")
    op.drop_index("ix_leads_report", table_name="leads")
    with op.batch_alter_table("leads") as batch:
        for name in REPORT_COLUMNS:
            batch.drop_column(name)
    op.create_index(
        "ix_leads_handoff",
        "leads",
        ["handed_over_at", "touched_at", "qualified_at", "rejected_at", "recycled_at", "deal_id"],
        unique=False,
    )
    op.create_index("ix_leads_owner", "leads", ["owner", "handed_over_at"], unique=False)
