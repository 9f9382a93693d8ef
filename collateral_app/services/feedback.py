"""Feedback: which asset helped win a deal, did not help, or the prospect found useful, with
an optional 1–5 rating and comment. Append-only: a rep who changes their mind adds a new
entry, and counts take each rep's latest word on an asset for a deal."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Subquery, and_, distinct, func, or_, select, union
from sqlalchemy.orm import Session

from collateral_app.domain.errors import InvalidEdit
from collateral_app.domain.sales import (
    AssetFeedback,
    Feedback,
    FeedbackAnswer,
    Outcome,
    UsageKind,
    UsedAsset,
    Verdict,
)
from collateral_app.storage.base import new_id
from collateral_app.storage.models import AssetRow
from collateral_app.storage.sales_models import DealRow, FeedbackRow, UsageEventRow, UserRow

from .deals import find_deal
from .insight_base import library_zone, local_midnight_sql
from .sales_base import SalesBase
from .sales_records import feedback_from_row

MAX_COMMENT = 2_000
CUSTOMER_FACING = (UsageKind.SHARED.value, UsageKind.PRESENTED.value)


def parse_verdict(value: str | Verdict) -> Verdict:
    text = str(value).strip().lower().replace("-", "_").replace(" ", "_")
    aliases = {
        "helped": Verdict.HELPED_WIN,
        "not_helped": Verdict.DID_NOT_HELP,
        "useful": Verdict.FOUND_USEFUL,
    }
    try:
        return aliases.get(text) or Verdict(text)
    except ValueError as exc:
        raise InvalidEdit(f"Feedback is helped_win, did_not_help or found_useful; not “{value}”.") from exc


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


class FeedbackService(SalesBase):
    def assets_by_wins(self, asset_ids: Sequence[str]) -> list[str]:
        """`asset_ids` in the library's "Most winning" order (see `order_by_wins`)."""
        with self.sessions() as s:
            return order_by_wins(s, asset_ids, self.now())

    def record_feedback(
        self,
        asset_id: str,
        deal_id: str,
        verdict: Verdict | str,
        *,
        rating: int | None = None,
        comment: str = "",
    ) -> Feedback:
        """What an asset did for a deal."""
        answer = FeedbackAnswer(asset_id, parse_verdict(verdict), rating, comment)
        return self.record_feedback_answers(deal_id, [answer])[0]

    def record_feedback_answers(self, deal_id: str, answers: Sequence[FeedbackAnswer]) -> list[Feedback]:
        """A deal's won/lost prompt answered: every answer is checked first and all are saved
        in one transaction, so a wrong one saves none of them and the rep can try again."""
        if not answers:
            raise InvalidEdit("Say what at least one asset did for the deal.")
        checked: list[tuple[str, Verdict, int | None, str]] = []
        for answer in answers:
            said = parse_verdict(answer.verdict)
            if answer.rating is not None and not 1 <= answer.rating <= 5:
                raise InvalidEdit(f"A rating is from 1 to 5, not {answer.rating}.")
            text = answer.comment.strip()
            if len(text) > MAX_COMMENT:
                raise InvalidEdit(f"A comment may have at most {MAX_COMMENT} characters.")
            asset = self.library.get_asset(answer.asset_id)
            if any(asset.id == seen for seen, *_ in checked):
                raise InvalidEdit(f"“{asset.title}” is answered twice; say one thing about it.")
            checked.append((asset.id, said, answer.rating, text))
        actor = self.actor()
        with self.sessions.begin() as s:
            deal = find_deal(s, deal_id)
            if deal.outcome != Outcome.WON.value and any(v is Verdict.HELPED_WIN for _, v, _, _ in checked):
                raise InvalidEdit(
                    f"“{deal.name}” is {deal.outcome}, not won: say whether the asset did not help "
                    "or the prospect found it useful."
                )
            now = self.now()
            rows = [
                FeedbackRow(
                    id=new_id(),
                    asset_id=asset_id,
                    deal_id=deal.id,
                    verdict=said.value,
                    rating=rating,
                    comment=text,
                    user_id=actor.user.id,
                    device_id=actor.device_id,
                    source=self.source.value,
                    created_at=now,
                )
                for asset_id, said, rating, text in checked
            ]
            s.add_all(rows)
            deal.awaiting_feedback = False
            s.flush()
            return [feedback_from_row(row, actor.user.name) for row in rows]

    def feedback_for_asset(self, asset_id: str) -> AssetFeedback:
        """Everything reps said about an asset, for everyone to see on it."""
        asset = self.library.get_asset(asset_id)
        latest = latest_feedback(FeedbackRow.asset_id == asset.id)
        current = select(latest).where(latest.c.rn == 1).subquery()

        def deals_with(verdict: Verdict) -> Any:
            return func.count(distinct(current.c.deal_id)).filter(current.c.verdict == verdict.value)

        # A rating stands until its rep rates again: a later word without a rating keeps it.
        rated = latest_feedback(FeedbackRow.asset_id == asset.id, FeedbackRow.rating.is_not(None))
        ratings_now = select(rated).where(rated.c.rn == 1).subquery()
        with self.sessions() as s:
            helped, not_helped, useful = s.execute(
                select(
                    deals_with(Verdict.HELPED_WIN),
                    deals_with(Verdict.DID_NOT_HELP),
                    deals_with(Verdict.FOUND_USEFUL),
                )
            ).one()
            ratings, average = s.execute(
                select(func.count(ratings_now.c.rating), func.avg(ratings_now.c.rating))
            ).one()
            entries = self._entries(s, FeedbackRow.asset_id == asset.id)
        return AssetFeedback(
            asset_id=asset.id,
            helped_win=int(helped),
            did_not_help=int(not_helped),
            found_useful=int(useful),
            ratings=int(ratings),
            average_rating=round(float(average), 2) if average is not None else None,
            entries=tuple(entries),
        )

    def feedback_for_deal(self, deal_id: str) -> list[Feedback]:
        with self.sessions() as s:
            deal = find_deal(s, deal_id)
            return self._entries(s, FeedbackRow.deal_id == deal.id)

    def assets_used_for_deal(self, deal_id: str) -> list[UsedAsset]:
        """The won/lost prompt: assets shared or presented to the deal's prospect during the
        deal (from 90 days before it was opened until it closed), most used first, with what
        this rep already said about each."""
        me = self.actor().user.id
        with self.sessions() as s:
            deal = find_deal(s, deal_id)
            uses = (
                select(
                    UsageEventRow.asset_id,
                    func.count().label("uses"),
                    func.max(UsageEventRow.occurred_at).label("last_used_at"),
                )
                .join(DealRow, DealRow.id == deal.id)
                .where(reached_prospect_in_cycle(DealRow, library_zone(s)))
                .group_by(UsageEventRow.asset_id)
                .subquery()
            )
            latest = latest_feedback(FeedbackRow.deal_id == deal.id, FeedbackRow.user_id == me)
            mine = select(latest).where(latest.c.rn == 1).subquery()
            rows = s.execute(
                select(
                    AssetRow.id,
                    AssetRow.title,
                    AssetRow.type,
                    uses.c.uses,
                    uses.c.last_used_at,
                    mine.c.verdict,
                    mine.c.rating,
                )
                .join(uses, uses.c.asset_id == AssetRow.id)
                .outerjoin(mine, mine.c.asset_id == AssetRow.id)
                .where(AssetRow.deleted.is_(False))
                .order_by(uses.c.uses.desc(), uses.c.last_used_at.desc(), AssetRow.title)
            ).all()
        return [
            UsedAsset(
                asset_id=asset_id,
                title=title,
                type=type_,
                uses=int(count),
                last_used_at=_utc(last),
                verdict=Verdict(verdict) if verdict else None,
                rating=rating,
            )
            for asset_id, title, type_, count, last, verdict, rating in rows
        ]

    def _entries(self, s: Session, where: ColumnElement[bool]) -> list[Feedback]:
        rows = s.execute(
            select(FeedbackRow, UserRow.name)
            .join(UserRow, UserRow.id == FeedbackRow.user_id)
            .where(where)
            .order_by(FeedbackRow.created_at.desc(), FeedbackRow.id)
        ).all()
        return [feedback_from_row(row, name) for row, name in rows]


def _utc(value: datetime | str) -> datetime:
    """An aggregate over a UTCDateTime column, aware whatever form SQLite hands it back in."""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
