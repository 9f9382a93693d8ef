"""The evidence queries every context reads: which uses are customer-facing, each rep's
latest feedback, a deal's cycle (when its prospect's usage counts for it), and the library's
"Most used" and "Most winning" orders."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Subquery, and_, func, or_, select, union
from sqlalchemy.orm import Session

from collateral_app.domain.sales import Outcome, UsageKind, Verdict
from collateral_app.services.common.clock import library_zone, local_midnight_sql
from collateral_app.storage.models import AssetRow
from collateral_app.storage.sales_models import DealRow, FeedbackRow, UsageEventRow

CUSTOMER_FACING = (UsageKind.SHARED.value, UsageKind.PRESENTED.value)


def latest_feedback(*where: ColumnElement[bool]) -> Subquery:
    """Each rep's latest word per asset and deal (`rn` = 1): corrections replace, never add."""
    rank = (
        func.row_number()
        .over(
            partition_by=(FeedbackRow.asset_id, FeedbackRow.deal_id, FeedbackRow.user_id),
            order_by=(FeedbackRow.created_at.desc(), FeedbackRow.id.desc()),
        )
        .label("rn")
    )
    return (
        select(
            FeedbackRow.asset_id,
            FeedbackRow.deal_id,
            FeedbackRow.user_id,
            FeedbackRow.verdict,
            FeedbackRow.rating,
            rank,
        )
        .where(*where)
        .subquery("latest_feedback")
    )


# A deal's cycle, for usage: from this long before it was opened until the day it closed, in
# local days of the library's time zone (as the insight's windows are). Material sent to the
# same account for an older deal is not this deal's evidence.
DEAL_LEAD_DAYS = 90


def cycle_start(deal: Any, tz: ZoneInfo) -> Any:
    """When usage starts to count for `deal` (the deals table, an alias or a subquery): local
    midnight DEAL_LEAD_DAYS before the day it was opened, as a UTC instant."""
    return local_midnight_sql(func.coalesce(deal.created_on, "1970-01-01"), tz, -DEAL_LEAD_DAYS)


def cycle_end(deal: Any, tz: ZoneInfo) -> Any:
    """When usage stops counting: the end of the close day, local midnight after it."""
    return local_midnight_sql(deal.close_date, tz, 1)


def reached_prospect_in_cycle(deal: Any, tz: ZoneInfo) -> ColumnElement[bool]:
    """An event that reached `deal`'s prospect during the deal's cycle (open deals: until
    now). `deal` is the deals table or an alias of it."""
    customer_facing = UsageEventRow.kind.in_(CUSTOMER_FACING)
    before_close = or_(
        deal.close_date.is_(None),
        deal.outcome == Outcome.OPEN.value,
        UsageEventRow.occurred_at < cycle_end(deal, tz),
    )
    return and_(
        UsageEventRow.prospect_id == deal.prospect_id,
        customer_facing,
        UsageEventRow.occurred_at >= cycle_start(deal, tz),
        before_close,
    )


# "Most winning" counts won deals closed this far back (DESIGN's W).
WINS_SORT_WINDOW = timedelta(days=90)


def order_by_wins(s: Session, asset_ids: Sequence[str], now: datetime) -> list[str]:
    """`asset_ids` most winning first: won deals closed in the last 90 days where the asset
    reached the prospect during the deal (assisted) or a rep marked it "helped win"
    (declared), each deal counted once; ties by customer-facing uses in that time, then
    title. The library's "Most winning" sort."""
    since = (now - WINS_SORT_WINDOW).date()
    won = and_(DealRow.outcome == Outcome.WON.value, DealRow.close_date >= since)
    assisted = (
        select(UsageEventRow.asset_id.label("asset_id"), DealRow.id.label("deal_id"))
        .join(DealRow, reached_prospect_in_cycle(DealRow, library_zone(s)))
        .where(won, UsageEventRow.asset_id.in_(asset_ids))
    )
    latest = latest_feedback(FeedbackRow.asset_id.in_(asset_ids))
    declared = (
        select(latest.c.asset_id, latest.c.deal_id)
        .join(DealRow, DealRow.id == latest.c.deal_id)
        .where(latest.c.rn == 1, latest.c.verdict == Verdict.HELPED_WIN.value, won)
    )
    influenced = union(assisted, declared).subquery()
    wins = (
        select(influenced.c.asset_id, func.count().label("wins")).group_by(influenced.c.asset_id).subquery()
    )
    uses = (
        select(UsageEventRow.asset_id, func.count().label("uses"))
        .where(
            UsageEventRow.asset_id.in_(asset_ids),
            UsageEventRow.kind.in_(CUSTOMER_FACING),
            UsageEventRow.occurred_at >= now - WINS_SORT_WINDOW,
        )
        .group_by(UsageEventRow.asset_id)
        .subquery()
    )
    return list(
        s.scalars(
            select(AssetRow.id)
            .outerjoin(wins, wins.c.asset_id == AssetRow.id)
            .outerjoin(uses, uses.c.asset_id == AssetRow.id)
            .where(AssetRow.id.in_(asset_ids))
            .order_by(
                func.coalesce(wins.c.wins, 0).desc(),
                func.coalesce(uses.c.uses, 0).desc(),
                AssetRow.title,
                AssetRow.id,
            )
        )
    )


# "Most used" and "most winning" in the library's sort menu count this far back (DESIGN's W).
EVIDENCE_SORT_WINDOW = timedelta(days=90)


def order_by_use(s: Session, asset_ids: Sequence[str], now: datetime) -> list[str]:
    """`asset_ids` most used first: shares and presentations in the last 90 days (views do
    not count), ties and unused assets by title. The library's "Most used" sort."""
    since = now - EVIDENCE_SORT_WINDOW
    uses = (
        select(UsageEventRow.asset_id, func.count().label("uses"))
        .where(
            UsageEventRow.asset_id.in_(asset_ids),
            UsageEventRow.kind.in_(CUSTOMER_FACING),
            UsageEventRow.occurred_at >= since,
        )
        .group_by(UsageEventRow.asset_id)
        .subquery()
    )
    return list(
        s.scalars(
            select(AssetRow.id)
            .outerjoin(uses, uses.c.asset_id == AssetRow.id)
            .where(AssetRow.id.in_(asset_ids))
            .order_by(func.coalesce(uses.c.uses, 0).desc(), AssetRow.title, AssetRow.id)
        )
    )
