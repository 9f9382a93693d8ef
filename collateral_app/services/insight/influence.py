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

SQLite reads one row per closed deal: the assets that reached its prospect in the cycle
(distinct, one seek in `ix_usage_events_reached` a deal) and, for first and last touch, the
asset of the first and the last of those uses, kept between reports by `DealTouches` (a new
window, filter or attribution reads only the deals it has not seen); then the declared
marks. Python counts the deals per asset (Counter over the deals' asset lists, in C) and
shares each won deal's amount among its assets under the chosen model: work per (deal,
asset) pair, never per event, and no grouping of pairs by SQLite, which costs more than
both (sorting 85k pairs for 90 days)."""

from __future__ import annotations

import sys
import threading
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Any, Protocol, cast

from sqlalchemy import ColumnElement, Table, and_, distinct, func, literal_column, or_, select
from sqlalchemy.orm import Session, aliased

from collateral_app import i18n
from collateral_app.domain.insight import AssetInfluence, Attribution, InfluenceReport, ReportParameters
from collateral_app.domain.sales import Money, Outcome, Verdict
from collateral_app.i18n import translate
from collateral_app.services.common.clock import zone
from collateral_app.services.common.evidence import CUSTOMER_FACING, cycle_end, cycle_start
from collateral_app.services.common.records import catalog_stamp
from collateral_app.services.insight.base import IndexedBy, Scope, has_index, plain_rows
from collateral_app.storage.sales_models import DealRow, FeedbackRow, ProspectRow, UsageEventRow

WON, LOST = Outcome.WON.value, Outcome.LOST.value
COMMENTS_SHOWN = 3


def closed_deals(params: ReportParameters, scope: Scope) -> Any:
    """Deals in scope whose outcome is won or lost and whose close date is in W, with their
    cycle (`starts`, `ends`: UTC instants of local midnights)."""
    tz = zone(params.window.time_zone)
    query = select(
        DealRow.id,
        DealRow.prospect_id,
        DealRow.outcome,
        DealRow.amount_minor,
        DealRow.currency,
        cycle_start(DealRow, tz).label("starts"),
        cycle_end(DealRow, tz).label("ends"),
    ).where(
        DealRow.outcome.in_((WON, LOST)),
        DealRow.close_date >= params.window.first_day,
        DealRow.close_date <= params.window.last_day,
        *scope.deal_conditions(),
    )
    if scope.filters_prospects:  # otherwise read from `ix_deals_closed` alone
        query = query.join(ProspectRow, ProspectRow.id == DealRow.prospect_id)
    return query


REACHED_INDEX = "ix_usage_events_reached"


def _touches(closed: Any, scope: Scope, model: Attribution, indexed: bool) -> Any:
    """Per closed deal (in id order): id, prospect, cycle start and end, its touched assets as
    one text ("a,b,c", distinct) and, for first/last touch, the asset that touched first or last
    (ties go to the smaller id). `indexed`: read the events through `ix_usage_events_reached`
    (customer-facing uses by prospect and time: one seek a deal, not one a kind), which
    SQLite would not pick itself; the kinds are literals so that its WHERE applies."""
    table = cast(Table, UsageEventRow.__table__)
    e = IndexedBy(table, "reached", REACHED_INDEX) if indexed else table.alias("reached")
    reached = (
        e.c.prospect_id == closed.c.prospect_id,
        e.c.kind.in_([literal_column(f"'{kind}'") for kind in CUSTOMER_FACING]),
        e.c.occurred_at >= closed.c.starts,
        e.c.occurred_at < closed.c.ends,
        scope.has_asset(e.c.asset_id),
    )
    assets = select(func.group_concat(distinct(e.c.asset_id))).where(*reached).scalar_subquery()
    columns = [closed.c.id, closed.c.prospect_id, closed.c.starts, closed.c.ends, assets]
    if model in (Attribution.FIRST, Attribution.LAST):
        when = e.c.occurred_at if model is Attribution.FIRST else e.c.occurred_at.desc()
        winner = select(e.c.asset_id).where(*reached).order_by(when, e.c.asset_id).limit(1)
        columns.append(winner.scalar_subquery())
    return select(*columns).order_by(closed.c.id)


class Described(Protocol):
    """What influence shows of an asset: `AssetFacts`, or the catalog's description."""

    @property
    def title(self) -> str: ...

    @property
    def type(self) -> str: ...


# A closed deal's touches: the assets that reached its prospect in its cycle (distinct ids) and,
# once asked for, the asset of the first and of the last of those uses.
_UNKNOWN = "\0"  # first/last touch not read yet


@dataclass(slots=True)
class _Touches:
    cycle: tuple[Any, ...]  # prospect, cycle start, cycle end: the entry's validity
    assets: tuple[str, ...]
    first: str | None = _UNKNOWN
    last: str | None = _UNKNOWN


class DealTouches:
    """Each closed deal's touches, kept between reports: reading them is a seek per closed
    deal (25k for a year), most of the influence report's time. Usage events are never
    changed or deleted, so an entry holds while its deal keeps its prospect and cycle and its
    prospect gets no new event (the events added since the last report are read by rowid).
    Filters that narrow the assets, and deleted assets, change which events count: the
    cache is kept for one such asset scope at a time."""

    def __init__(self) -> None:
        self._asset_scope: tuple[Any, ...] | None = None
        self._last_event = 0
        self._entries: dict[str, _Touches] = {}
        self._lock = threading.Lock()  # a refresh and an export may read at once

    def rows(
        self, s: Session, params: ReportParameters, scope: Scope, closed: Any, assets: tuple[Any, ...]
    ) -> list[tuple[Any, ...]]:
        """As `_touches` would read them: id, outcome, amount, currency, assets and, for
        first/last touch, the winner; in deal id order."""
        with self._lock:
            return self._rows(s, params, scope, closed, assets)

    def _rows(
        self, s: Session, params: ReportParameters, scope: Scope, closed: Any, assets: tuple[Any, ...]
    ) -> list[tuple[Any, ...]]:
        self._forget_changed(s, (*assets, params.window.time_zone))
        model = params.attribution
        ordered = model in (Attribution.FIRST, Attribution.LAST)
        deals = plain_rows(s, select(closed).order_by(closed.c.id))
        entries, field = self._entries.get, model.value
        missing = [
            deal
            for deal, prospect, _outcome, _amount, _currency, starts, ends in deals
            if (entry := entries(deal)) is None
            or entry.cycle != (prospect, starts, ends)
            or (ordered and getattr(entry, field) is _UNKNOWN)
        ]
        if missing:
            self._read(s, scope, model, closed, None if len(missing) == len(deals) else missing)
        kept = self._entries
        if ordered:
            return [
                (deal, outcome, amount, currency, (e := kept[deal]).assets, getattr(e, field))
                for deal, _prospect, outcome, amount, currency, *_ in deals
            ]
        return [
            (deal, outcome, amount, currency, kept[deal].assets)
            for deal, _prospect, outcome, amount, currency, *_ in deals
        ]

    def _forget_changed(self, s: Session, asset_scope: tuple[Any, ...]) -> None:
        last_event = s.scalar(select(func.max(literal_column("rowid"))).select_from(UsageEventRow)) or 0
        if asset_scope != self._asset_scope or last_event < self._last_event:
            self._entries.clear()  # other assets count, or the library was restored
        elif last_event > self._last_event:
            # By rowid alone (no DISTINCT, which SQLite would answer by scanning an index).
            reached = s.scalars(
                select(UsageEventRow.prospect_id).where(literal_column("rowid") > self._last_event)
            )
            changed = set(reached)
            self._entries = {k: v for k, v in self._entries.items() if v.cycle[0] not in changed}
        self._asset_scope, self._last_event = asset_scope, last_event

    def _read(
        self, s: Session, scope: Scope, model: Attribution, closed: Any, deals: list[str] | None
    ) -> None:
        """The touches of `deals` (None: every closed deal) under `model`."""
        indexed = has_index(s, REACHED_INDEX)
        batches = [None] if deals is None else [deals[i : i + 500] for i in range(0, len(deals), 500)]
        for batch in batches:
            query = _touches(closed, scope, model, indexed)
            if batch is not None:
                query = query.where(closed.c.id.in_(batch))
            for deal, prospect, starts, ends, assets, *winner in plain_rows(s, query):
                entry = self._entries.get(deal)
                # Interned: the same id is then the same object in every list and dict that
                # counts and credits it, and each lookup ends at the identity check.
                touched = tuple(map(sys.intern, assets.split(","))) if assets else ()
                if entry is None or entry.cycle != (prospect, starts, ends):
                    entry = self._entries[deal] = _Touches((prospect, starts, ends), touched)
                entry.assets = touched
                if winner:
                    setattr(entry, model.value, winner[0])


Ratings = dict[str, tuple[float | None, int, tuple[str, ...]]]


class InfluenceMemory:
    """What win influence keeps between reports: each closed deal's touches (`DealTouches`),
    and, while no feedback is added (feedback, like every fact, is never changed or
    deleted), every deal's "helped win" marks and the ratings and comments of the last window
    asked for. Another filter or attribution over the same window reads none of them again."""

    def __init__(self) -> None:
        self.touches = DealTouches()
        self._ratings_of: tuple[Any, ...] | None = None
        self._ratings: Ratings = {}
        self._marks_of: tuple[Any, ...] | None = None
        self._marks: Sequence[tuple[str, str]] = ()
        self._lock = threading.Lock()

    def ratings(self, s: Session, params: ReportParameters, last_feedback: Any) -> Ratings:
        key = (params.window.since, params.window.until, last_feedback)
        with self._lock:
            if key != self._ratings_of:
                self._ratings, self._ratings_of = _ratings_in_window(s, params), key
            return self._ratings

    def marks(
        self, s: Session, scope: Scope, won: Collection[str], assets: tuple[Any, ...], last_feedback: Any
    ) -> list[tuple[str, str]]:
        """(deal, asset) of the marks "helped win" that are their rep's latest word, of the
        deals in `won` and the assets in scope; by deal, then asset."""
        key = (assets, last_feedback)
        with self._lock:
            if key != self._marks_of:
                declared = select(FeedbackRow.deal_id, FeedbackRow.asset_id).where(
                    FeedbackRow.verdict == Verdict.HELPED_WIN.value,
                    scope.has_asset(FeedbackRow.asset_id),
                    _no_later_word(),
                )
                order = (FeedbackRow.deal_id, FeedbackRow.asset_id)
                self._marks, self._marks_of = plain_rows(s, declared.distinct().order_by(*order)), key
            marks = self._marks
        return [(deal, sys.intern(asset)) for deal, asset in marks if deal in won]


def asset_scope(s: Session, scope: Scope) -> tuple[Any, ...]:
    """Which events and marks count as the scope's assets now: the filters that narrow them,
    and, when some asset is deleted or filtered out, the catalog's stamp."""
    return (scope.terms, scope.check_assets, catalog_stamp(s) if scope.check_assets else None)


def last_feedback(s: Session) -> Any:
    """The newest feedback row: feedback is only ever added, so what was read from it holds
    while this stays the same."""
    last: Any = func.max(literal_column("rowid"))
    return s.scalar(select(last).select_from(FeedbackRow))


def build_influence(
    s: Session,
    params: ReportParameters,
    scope: Scope,
    facts: Mapping[str, Described],
    memory: InfluenceMemory | None = None,
) -> InfluenceReport:
    """`facts`: the live assets (in scope) by id; events and marks of assets not in it are
    already left out by the queries when the scope narrows the assets. `memory`: what
    earlier reports read that still holds."""
    memory = memory or InfluenceMemory()
    model = params.attribution
    closed = closed_deals(params, scope).subquery("closed")
    in_scope, feedback = asset_scope(s, scope), last_feedback(s)  # read once for the caches
    rows = memory.touches.rows(s, params, scope, closed, in_scope)
    marks = memory.marks(s, scope, {row[0] for row in rows if row[1] == WON}, in_scope, feedback)

    # Per asset: the closed deals and the won deals whose prospect it reached (for the lift).
    deals = {deal: (outcome, amount, currency) for deal, outcome, amount, currency, *_ in rows}
    touched_won = [row for row in rows if row[1] == WON and row[4]]
    # Each won deal's influencing assets: touched (split once, counted from the lists), then
    # marked "helped win" (declared, added below).
    influencers: dict[str, list[str]] = {row[0]: list(row[4]) for row in touched_won}
    won_used = Counter(chain.from_iterable(influencers.values()))
    lost_used = Counter(chain.from_iterable(row[4] for row in rows if row[1] != WON))
    closed_used = won_used + lost_used
    marked: dict[str, list[str]] = {}
    for deal, asset in marks:
        marked.setdefault(deal, []).append(asset)
    declared_won: Counter[str] = Counter(asset for _, asset in marks)
    only_declared: list[str] = []  # (deal, asset) marks of deals the asset did not reach
    for deal, assets in marked.items():
        touched = influencers.get(deal)
        if touched is None:
            influencers[deal] = list(dict.fromkeys(assets))
            only_declared.extend(influencers[deal])
            continue
        extra = [a for a in dict.fromkeys(assets) if a not in touched]  # a few assets a deal
        touched.extend(extra)
        only_declared.extend(extra)
    declared_only = Counter(only_declared)
    ordered = model in (Attribution.FIRST, Attribution.LAST)
    first_or_last: dict[str, str] = {row[0]: row[5] for row in touched_won} if ordered else {}
    credit = _credit(influencers, first_or_last, deals, model)

    won = sum(1 for outcome, _, _ in deals.values() if outcome == WON)
    win_rate = won / len(deals) if deals else None
    order = sorted(closed_used)
    order.extend(a for a in dict.fromkeys(asset for _, asset in marks) if a not in closed_used)
    ratings = memory.ratings(s, params, feedback) if order else {}
    minimum = params.settings.lift_min_deals
    lifts: dict[tuple[int, int], tuple[float | None, str]] = {}  # a few hundred (closed, won) pairs
    ranked: list[tuple[tuple[int, int, str], AssetInfluence]] = []
    for asset_id in order:
        f = facts.get(asset_id)
        if f is None:  # deleted meanwhile
            continue
        closed_count, won_count = closed_used.get(asset_id, 0), won_used.get(asset_id, 0)
        pair = (closed_count, won_count)
        if (lifted := lifts.get(pair)) is None:
            lifted = lifts[pair] = _lift(closed_count, won_count, win_rate, minimum)
        lift, lift_reason = lifted
        average, rated, comments = ratings.get(asset_id, (None, 0, ()))
        won_deals = won_count + declared_only.get(asset_id, 0)
        influenced = _money(credit.get(asset_id, {}))
        key = (-won_deals, -sum(m.minor for m in influenced), f.title.casefold())
        ranked.append(
            (
                key,
                AssetInfluence(
                    asset_id=asset_id,
                    title=f.title,
                    type=f.type,
                    declared_won=declared_won.get(asset_id, 0),
                    assisted_won=won_count,
                    won_deals=won_deals,
                    influenced=influenced,
                    closed_deals_used=closed_count,
                    won_deals_used=won_count,
                    lift=lift,
                    lift_reason=lift_reason,
                    average_rating=average,
                    ratings=rated,
                    comments=comments,
                ),
            )
        )
    ranked.sort(key=lambda r: r[0])  # stable: equal keys keep the id order, as before
    result = [asset for _, asset in ranked]
    totals: dict[str, float] = {}
    for deal_id in influencers:
        _, amount, currency = deals[deal_id]
        if amount is not None and currency:
            totals[currency] = totals.get(currency, 0.0) + amount
    return InfluenceReport(
        parameters=params,
        attribution=params.attribution,
        assets=tuple(result),
        closed_deals=len(deals),
        won_deals=won,
        influenced_deals=len(influencers),
        influenced_total=_money(totals),
    )


def _credit(
    influencers: Mapping[str, Sequence[str]],
    first_or_last: Mapping[str, str],
    deals: Mapping[str, tuple[str, int | None, str]],
    model: Attribution,
) -> dict[str, dict[str, float]]:
    """asset → currency → minor units credited under `model`; deals in `influencers` order
    (touched won deals by id, then the declared-only ones), as floats summed in that order."""
    per_currency: dict[str, dict[str, float]] = {}
    for deal, assets in influencers.items():
        _, amount, currency = deals[deal]
        if amount is None or not currency:
            continue
        credited = per_currency.setdefault(currency, {})
        winner = first_or_last.get(deal)
        if model is Attribution.FULL:
            share = float(amount)
        elif winner is not None and model is not Attribution.EVEN:
            credited[winner] = credited.get(winner, 0.0) + float(amount)
            continue
        else:  # even, or a declared-only deal (no touch to order by)
            share = amount / len(assets)
        credited_to = credited.get
        for asset in assets:
            credited[asset] = credited_to(asset, 0.0) + share
    result: dict[str, dict[str, float]] = {}
    for currency, credited in per_currency.items():
        for asset, value in credited.items():
            result.setdefault(asset, {})[currency] = value
    return result


def _lift(closed_used: int, won_used: int, win_rate: float | None, minimum: int) -> tuple[float | None, str]:
    if closed_used < minimum:
        return None, translate("insight", "used in {0} closed deals; a lift needs at least {1}").format(
            closed_used, minimum
        )
    if not win_rate:
        return None, translate("insight", "no deal was won in the window")
    rate = won_used / closed_used
    lift = round(rate / win_rate, 2)
    return lift, translate(
        "insight", "won {0} of {1} closed deals it reached ({2}) against {3} overall: {4}×"
    ).format(won_used, closed_used, i18n.percent(rate), i18n.percent(win_rate), i18n.number(lift, 1))


def _money(amounts: Mapping[str, float]) -> tuple[Money, ...]:
    """Credits in whole minor units (round half to even), one per currency."""
    if len(amounts) == 1:  # most assets: one currency
        [(currency, amount)] = amounts.items()
        return (Money(round(amount), currency),) if round(amount) else ()
    return tuple(
        Money(round(amount), currency) for currency, amount in sorted(amounts.items()) if round(amount)
    )


def _no_later_word(
    among: Callable[[Any], Sequence[ColumnElement[bool]]] | None = None,
) -> ColumnElement[bool]:
    """A feedback entry is its rep's latest word on its asset for its deal (later by time,
    then by id, as `latest_feedback` ranks them), among the entries `among` keeps: no later
    one exists. One seek in `ix_feedback_marks` an entry, where ranking them all sorted
    every entry of the window."""
    g = aliased(FeedbackRow, name="later_word")
    f = FeedbackRow
    later = or_(g.created_at > f.created_at, and_(g.created_at == f.created_at, g.id > f.id))
    same = (g.deal_id == f.deal_id, g.asset_id == f.asset_id, g.user_id == f.user_id)
    return ~select(g.id).where(*same, *(among(g) if among else ()), later).exists()  # `id`: covered


def _ratings_in_window(s: Session, params: ReportParameters) -> Ratings:
    """Per asset, feedback given in W: the mean of each rep's latest rating per deal, how
    many, and the latest comments."""
    in_window = (
        FeedbackRow.created_at >= params.window.since,
        FeedbackRow.created_at < params.window.until,
    )
    result: Ratings = {}
    rated = select(FeedbackRow.asset_id, func.avg(FeedbackRow.rating), func.count()).where(
        *in_window,
        FeedbackRow.rating.is_not(None),
        _no_later_word(lambda g: (g.rating.is_not(None), g.created_at < params.window.until)),
    )
    for asset_id, average, count in s.execute(rated.group_by(FeedbackRow.asset_id)):
        result[asset_id] = (round(float(average), 2), int(count), ())
    rank = (
        func.row_number()
        .over(partition_by=FeedbackRow.asset_id, order_by=(FeedbackRow.created_at.desc(), FeedbackRow.id))
        .label("rn")
    )
    commented = (
        select(FeedbackRow.asset_id, FeedbackRow.comment, rank)
        .where(*in_window, FeedbackRow.comment != literal_column("''"))  # literal: ix_feedback_commented
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
    return result
