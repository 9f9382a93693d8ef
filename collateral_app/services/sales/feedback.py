"""Feedback: which asset helped win a deal, did not help, or the prospect found useful, with
an optional 1–5 rating and comment. Append-only: a rep who changes their mind adds a new
entry, and counts take each rep's latest word on an asset for a deal."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, distinct, func, select
from sqlalchemy.orm import Session

from collateral_app.domain.errors import InvalidEdit
from collateral_app.domain.sales import AssetFeedback, Feedback, FeedbackAnswer, Outcome, UsedAsset, Verdict
from collateral_app.services.common.clock import library_zone
from collateral_app.services.common.evidence import latest_feedback, order_by_wins, reached_prospect_in_cycle
from collateral_app.services.sales.base import SalesBase
from collateral_app.services.sales.deals import find_deal
from collateral_app.services.sales.records import feedback_from_row
from collateral_app.storage.base import new_id
from collateral_app.storage.models import AssetRow
from collateral_app.storage.sales_models import DealRow, FeedbackRow, UsageEventRow, UserRow

MAX_COMMENT = 2_000


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
