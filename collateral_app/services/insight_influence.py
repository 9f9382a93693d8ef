"""Win influence: which assets were behind the deals won in the window, how much of the
won amount each is credited with under the chosen attribution, and the lift.

Definitions (DESIGN.md, Metrics), for deals closed (won or lost) in W:
- **declared**: a rep's latest word on the asset for a won deal is "helped win";
- **assisted**: the asset was shared or presented to the deal's prospect during the deal's
  cycle (from 90 days before the deal was created until the end of its close day, local
  days in the library's time zone), the same cycle the won/lost prompt, the "Most winning"
  sort and the recommendations use;
- **influenced amount**: each won deal's amount shared among its influencing assets
  (declared or assisted): *full* credits each with the whole amount (totals then count a deal
  more than once), *even* splits it, *first*/*last touch* give it all to the asset that
  reached the prospect first/last in the cycle (ties by asset id). A won deal whose only
  influence is declared, with no logged use, splits evenly under first and last touch.
  Amounts stay in their currency (no conversion); credits are rounded to minor units;
- **lift**: the win rate of the closed deals whose prospect the asset reached in the cycle,
  divided by the win rate of all closed deals in scope; hidden below `lift_min_deals`
  such deals. Only logged use counts here, not "helped win" marks, which exist only on won
  deals and would make every marked asset look like a winner;
- a deal re-opened after it was won is open again: neither its marks nor its uses count
  until it closes again, with its new close date.

SQLite reads the closed deals, their touches grouped per (deal, asset) with the first and
last use (range seeks in `ix_usage_events_prospect`), and the declared marks; Python then
shares each won deal's amount among its assets under the chosen model."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Integer, String, and_, func, literal, select, union_all
from sqlalchemy.orm import Session

from collateral_app.domain.insight import AssetInfluence, Attribution, InfluenceReport, ReportParameters
from collateral_app.domain.sales import Money, Outcome, Verdict
from collateral_app.storage.sales_models import DealRow, FeedbackRow, ProspectRow, UsageEventRow

from .feedback import cycle_end, cycle_start, latest_feedback
from .insight_base import CUSTOMER_FACING, Scope, zone
from .insight_usage import AssetFacts

WON, LOST = Outcome.WON.value, Outcome.LOST.value
COMMENTS_SHOWN = 3


def closed_deals(params: ReportParameters, scope: Scope) -> Any:
    """Deals in scope whose outcome is won or lost and whose close date is in W."""
    return (
        select(
            DealRow.id,
            DealRow.prospect_id,
            DealRow.created_on,
            DealRow.close_date,
            DealRow.outcome,
            DealRow.amount_minor,
            DealRow.currency,
        )
        .join(ProspectRow, ProspectRow.id == DealRow.prospect_id)
        .where(
            DealRow.outcome.in_((WON, LOST)),
            DealRow.close_date >= params.window.first_day,
            DealRow.close_date <= params.window.last_day,
            *scope.deal_conditions(),
        )
    )


def build_influence(
    s: Session, params: ReportParameters, scope: Scope, facts: Mapping[str, AssetFacts]
) -> InfluenceReport:
    closed_query = closed_deals(params, scope)
    deals = {
        deal_id: (outcome, amount, currency)
        for deal_id, _, _, _, outcome, amount, currency in s.execute(closed_query)
    }
    closed = closed_query.cte("closed").prefix_with("MATERIALIZED")
    tz = zone(params.window.time_zone)
    e = UsageEventRow
    reached = and_(
        e.prospect_id == closed.c.prospect_id,
        e.kind.in_(CUSTOMER_FACING),
        e.occurred_at >= cycle_start(closed.c, tz),
        e.occurred_at < cycle_end(closed.c, tz),
    )
    # One row per (deal, asset) that reached the prospect in the cycle, with the first and
    # last touch as stored text (it sorts like the time). Materialised: read twice below.
    touches = (
        select(
            closed.c.id.label("deal_id"),
            e.asset_id,
            (closed.c.outcome == WON).cast(Integer).label("won"),
            func.min(e.occurred_at, type_=String).label("first_at"),
            func.max(e.occurred_at, type_=String).label("last_at"),
        )
        .select_from(closed)
        .join(e, reached)
        .where(scope.has_asset(e.asset_id))
        .group_by(closed.c.id, e.asset_id, closed.c.outcome)
        .cte("touches")
        .prefix_with("MATERIALIZED")
    )
    t = touches.c
    # Per asset, the closed and won deals it reached (for the lift); per won deal, its assets
    # with their touches in one text (for the attribution): rows per asset and per deal, not
    # per pair, so Python never walks 100k pairs one by one.
    per_asset = select(literal("asset"), t.asset_id, func.count(), func.total(t.won), literal("")).group_by(
        t.asset_id
    )
    per_deal = (
        select(
            literal("deal"),
            t.deal_id,
            literal(0),
            literal(0),
            func.group_concat(t.asset_id + "|" + t.first_at + "|" + t.last_at, ";"),
        )
        .where(t.won == 1)
        .group_by(t.deal_id)
    )
    won_ids = select(closed.c.id).where(closed.c.outcome == WON)
    latest = latest_feedback(FeedbackRow.deal_id.in_(won_ids), scope.has_asset(FeedbackRow.asset_id))
    declared = select(latest.c.deal_id, latest.c.asset_id).where(
        latest.c.rn == 1, latest.c.verdict == Verdict.HELPED_WIN.value
    )
    tally = _Tally()
    tally.touch(s.execute(union_all(per_asset, per_deal)).all())
    tally.declare(s.execute(declared.distinct()).all())
    won_amounts = {
        d: (amount, currency) for d, (outcome, amount, currency) in deals.items() if outcome == WON
    }
    credit = tally.credit(won_amounts, params.attribution)
    won = sum(1 for outcome, _, _ in deals.values() if outcome == WON)
    win_rate = won / len(deals) if deals else None
    ratings = _ratings(s, params, list(tally.assets))
    minimum = params.settings.lift_min_deals
    rows: list[AssetInfluence] = []
    for asset_id in tally.assets:
        f = facts.get(asset_id)
        if f is None:  # deleted meanwhile
            continue
        closed_used, won_used = tally.used.get(asset_id, (0, 0))
        lift, lift_reason = _lift(closed_used, won_used, win_rate, minimum)
        average, rated, comments = ratings.get(asset_id, (None, 0, ()))
        rows.append(
            AssetInfluence(
                asset_id=asset_id,
                title=f.title,
                type=f.type,
                declared_won=len(tally.declared_deals.get(asset_id, ())),
                assisted_won=won_used,
                won_deals=len(tally.won_deals.get(asset_id, ())),
                influenced=_money(credit.get(asset_id, {})),
                closed_deals_used=closed_used,
                won_deals_used=won_used,
                lift=lift,
                lift_reason=lift_reason,
                average_rating=average,
                ratings=rated,
                comments=comments,
            )
        )
    rows.sort(key=lambda a: (-a.won_deals, -sum(m.minor for m in a.influenced), a.title.casefold()))
    influenced = [d for d in tally.influencers if d in deals]
    totals: dict[str, float] = {}
    for deal_id in influenced:
        _, amount, currency = deals[deal_id]
        if amount is not None and currency:
            totals[currency] = totals.get(currency, 0.0) + amount
    return InfluenceReport(
        parameters=params,
        attribution=params.attribution,
        assets=tuple(rows),
        closed_deals=len(deals),
        won_deals=won,
        influenced_deals=len(influenced),
        influenced_total=_money(totals),
    )


class _Tally:
    """Pairs of (deal, asset) counted by SQLite, combined per deal: one row per pair, never
    per event, so this follows the deals closed in W times the assets each used."""

    def __init__(self) -> None:
        self.assets: dict[str, None] = {}  # every asset seen, in order
        self.used: dict[str, tuple[int, int]] = {}  # asset → (closed deals reached, won of them)
        self.influencers: dict[
            str, dict[str, tuple[str | None, str | None]]
        ] = {}  # won deal → asset → touches
        self.won_deals: dict[str, set[str]] = {}
        self.declared_deals: dict[str, set[str]] = {}

    def touch(self, rows: Sequence[Any]) -> None:
        """("asset", id, closed deals reached, won of them, "") and ("deal", won deal id, 0, 0,
        "asset|first|last;…") rows."""
        for what, key, closed, wins, touched in rows:
            if what == "asset":
                self.assets.setdefault(key)
                self.used[key] = (int(closed), int(wins))
                continue
            assets = self.influencers.setdefault(key, {})
            for part in touched.split(";"):
                asset, first_at, last_at = part.split("|")
                assets[asset] = (first_at, last_at)
                self.won_deals.setdefault(asset, set()).add(key)

    def declare(self, pairs: Sequence[tuple[str, str]]) -> None:
        """(deal, asset) marked "helped win" on won deals."""
        for deal, asset in pairs:
            self.assets.setdefault(asset)
            self.influencers.setdefault(deal, {}).setdefault(asset, (None, None))
            self.won_deals.setdefault(asset, set()).add(deal)
            self.declared_deals.setdefault(asset, set()).add(deal)

    def credit(
        self, amounts: Mapping[str, tuple[int | None, str]], model: Attribution
    ) -> dict[str, dict[str, float]]:
        """asset → currency → minor units credited under `model`."""
        result: dict[str, dict[str, float]] = {}

        def add(asset: str, currency: str, value: float) -> None:
            per_currency = result.setdefault(asset, {})
            per_currency[currency] = per_currency.get(currency, 0.0) + value

        for deal, assets in self.influencers.items():
            amount, currency = amounts.get(deal, (None, ""))
            if amount is None or not currency:
                continue
            touched = {a: t for a, t in assets.items() if t[0] is not None}
            if model is Attribution.FULL:
                for asset in assets:
                    add(asset, currency, float(amount))
            elif model is Attribution.EVEN or not touched:  # declared only: no touch to order by
                for asset in assets:
                    add(asset, currency, amount / len(assets))
            else:
                first, last = _first_and_last(touched)
                add(first if model is Attribution.FIRST else last, currency, float(amount))
        return result


def _first_and_last(touched: Mapping[str, tuple[str | None, str | None]]) -> tuple[str, str]:
    """The assets that reached the prospect first and last; ties go to the smaller id."""
    first = last = ""
    first_at = last_at = ""
    for asset in sorted(touched):
        began, ended = touched[asset]
        if not first or (began or "") < first_at:
            first, first_at = asset, began or ""
        if not last or (ended or "") > last_at:
            last, last_at = asset, ended or ""
    return first, last


def _lift(closed_used: int, won_used: int, win_rate: float | None, minimum: int) -> tuple[float | None, str]:
    if closed_used < minimum:
        return None, f"used in {closed_used} closed deals; a lift needs at least {minimum}"
    if not win_rate:
        return None, "no deal was won in the window"
    rate = won_used / closed_used
    lift = round(rate / win_rate, 2)
    return lift, (
        f"won {won_used} of {closed_used} closed deals it reached ({rate:.0%}) "
        f"against {win_rate:.0%} overall: {lift:.1f}×"
    )


def _money(amounts: Mapping[str, float]) -> tuple[Money, ...]:
    """Credits in whole minor units (round half to even), one per currency."""
    return tuple(
        Money(round(amount), currency) for currency, amount in sorted(amounts.items()) if round(amount)
    )


def _ratings(
    s: Session, params: ReportParameters, ids: list[str]
) -> dict[str, tuple[float | None, int, tuple[str, ...]]]:
    """Per asset, feedback given in W: the mean of each rep's latest rating per deal, how
    many, and the latest comments."""
    if not ids:
        return {}
    in_window = (
        FeedbackRow.created_at >= params.window.since,
        FeedbackRow.created_at < params.window.until,
    )
    result: dict[str, tuple[float | None, int, tuple[str, ...]]] = {}
    latest = latest_feedback(*in_window, FeedbackRow.rating.is_not(None))
    rated = select(latest.c.asset_id, func.avg(latest.c.rating), func.count()).where(latest.c.rn == 1)
    for asset_id, average, count in s.execute(rated.group_by(latest.c.asset_id)):
        result[asset_id] = (round(float(average), 2), int(count), ())
    rank = (
        func.row_number()
        .over(partition_by=FeedbackRow.asset_id, order_by=(FeedbackRow.created_at.desc(), FeedbackRow.id))
        .label("rn")
    )
    commented = (
        select(FeedbackRow.asset_id, FeedbackRow.comment, rank)
        .where(*in_window, FeedbackRow.comment != "")
        .subquery("commented")
    )
    comments: dict[str, list[str]] = {}
    for asset_id, comment in s.execute(
        select(commented.c.asset_id, commented.c.comment).where(commented.c.rn <= COMMENTS_SHOWN)
    ):
        comments.setdefault(asset_id, []).append(comment)
    for asset_id, texts in comments.items():
        average, count, _ = result.get(asset_id, (None, 0, ()))
        result[asset_id] = (average, count, tuple(texts))
    wanted = set(ids)
    return {k: v for k, v in result.items() if k in wanted}
