"""Service levels between sales and marketing, and search demand.

- **Acknowledgement**: a request made in W is acknowledged by its first change out of
  "open" (accepted, in progress, delivered or declined); it meets the target when that took
  at most `ack_working_days` working days (Monday to Friday, in the library's time zone, no
  holidays). A request still open past the target is a miss already; one still open within
  it is pending and not judged.
- **Delivery**: delivered within `deliver_working_days` working days of the request; a
  declined request is not judged for delivery; an undelivered one past the target is a miss.
- **Feedback coverage**: the share of deals closed (won or lost) in W with at least one
  feedback entry from a rep (any verdict). A deal re-opened is open again and leaves it.
- **Search demand**: searches in W with no result, and searches with results of which none
  was opened, grouped by query (case and spacing ignored).

Requests are few (hundreds), so their working days are counted in Python from one grouped
query; deals are counted per close day by SQLite."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from statistics import fmean
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Integer, and_, exists, func, literal_column, select
from sqlalchemy.orm import Session, aliased

from collateral_app import i18n
from collateral_app.domain.insight import (
    DealRef,
    DemandQuery,
    DemandReport,
    ReportParameters,
    RequestTiming,
    ServiceLevelReport,
    ServicePoint,
)
from collateral_app.domain.sales import Outcome, RequestStatus
from collateral_app.i18n import translate
from collateral_app.services.common.clock import local_day, working_days, zone
from collateral_app.services.common.tabular import fold
from collateral_app.services.insight.base import Scope, buckets, utc
from collateral_app.services.insight.gaps import (
    DEAL_REF_COLUMNS,
    OPEN_REQUEST,
    SEGMENT_FIELDS,
    Vocabulary,
    _in_scope,
    as_segment,
    deal_ref,
)
from collateral_app.storage.sales_models import (
    ContentRequestRow,
    DealRow,
    FeedbackRow,
    ProspectRow,
    RequestEventRow,
    SearchLogRow,
    SearchOpenRow,
    UserRow,
)

WON, LOST = Outcome.WON.value, Outcome.LOST.value
DEMAND_SHOWN = 20


def _request_filters(scope: Scope) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if scope.user_id is not None:
        conditions.append(ContentRequestRow.requester_id == scope.user_id)
    for name in SEGMENT_FIELDS:
        value = getattr(scope, name)
        if value:
            conditions.append(getattr(ContentRequestRow, name) == value)
    return conditions


def build_service_levels(
    s: Session, params: ReportParameters, scope: Scope, now: datetime
) -> ServiceLevelReport:
    tz = zone(params.window.time_zone)
    targets = params.settings.targets
    e = RequestEventRow
    rows = s.execute(
        select(
            ContentRequestRow.id,
            ContentRequestRow.text,
            UserRow.name,
            ContentRequestRow.status,
            ContentRequestRow.created_at,
            func.min(e.at).filter(e.status != RequestStatus.OPEN.value),
            func.min(e.at).filter(e.status == RequestStatus.DELIVERED.value),
        )
        .join(UserRow, UserRow.id == ContentRequestRow.requester_id)
        .outerjoin(e, e.request_id == ContentRequestRow.id)
        .where(
            ContentRequestRow.created_at >= params.window.since,
            ContentRequestRow.created_at < params.window.until,
            *_request_filters(scope),
        )
        .group_by(ContentRequestRow.id)
        .order_by(ContentRequestRow.created_at, ContentRequestRow.id)
    ).all()
    timings: list[RequestTiming] = []
    for request_id, text, requester, status_value, created, acked_at, delivered_at in rows:
        status = RequestStatus(status_value)
        acked, delivered = utc(acked_at), utc(delivered_at)
        ack_days = working_days(created, acked or now, tz)
        ack_met: bool | None = ack_days <= targets.ack_working_days
        if acked is None and ack_met:
            ack_met = None  # still open, still in time
        words = [
            (
                translate("insight", "acknowledged in {0} working days (target {1})")
                if acked
                else translate("insight", "not acknowledged after {0} working days (target {1})")
            ).format(i18n.number(ack_days, 1), targets.ack_working_days)
        ]
        words[0] += "" if ack_met is not False else translate("insight", ": late")
        deliver_days: float | None = None
        deliver_met: bool | None = None
        if delivered is not None:
            deliver_days = working_days(created, delivered, tz)
            deliver_met = deliver_days <= targets.deliver_working_days
            words.append(
                translate("insight", "delivered in {0} working days (target {1})").format(
                    i18n.number(deliver_days, 1), targets.deliver_working_days
                )
                + ("" if deliver_met else translate("insight", ": late"))
            )
        elif status is RequestStatus.DECLINED:
            words.append(translate("insight", "declined"))
        else:
            waited = working_days(created, now, tz)
            if waited > targets.deliver_working_days:
                deliver_met = False
                words.append(
                    translate("insight", "not delivered after {0} working days (target {1})").format(
                        i18n.number(waited, 1), targets.deliver_working_days
                    )
                )
        timings.append(
            RequestTiming(
                request_id=request_id,
                text=text,
                requester=requester,
                status=status,
                created_at=created,
                acknowledged_at=acked,
                ack_days=ack_days,
                ack_met=ack_met,
                delivered_at=delivered,
                deliver_days=deliver_days,
                deliver_met=deliver_met,
                reason="; ".join(words),
            )
        )
    acknowledged = [t.ack_days for t in timings if t.acknowledged_at is not None and t.ack_days is not None]
    delivered_days = [t.deliver_days for t in timings if t.deliver_days is not None]
    open_requests = int(
        s.scalar(
            select(func.count())
            .select_from(ContentRequestRow)
            .where(ContentRequestRow.status.in_(OPEN_REQUEST), *_request_filters(scope))
        )
        or 0
    )
    closed, with_feedback, per_day, missing = _feedback(s, params, scope)
    return ServiceLevelReport(
        parameters=params,
        targets=targets,
        requests=tuple(timings),
        ack_met=sum(1 for t in timings if t.ack_met is True),
        ack_missed=sum(1 for t in timings if t.ack_met is False),
        ack_pending=sum(1 for t in timings if t.ack_met is None),
        ack_mean_days=round(fmean(acknowledged), 1) if acknowledged else None,
        delivered=len(delivered_days),
        deliver_met=sum(1 for t in timings if t.deliver_met is True),
        deliver_missed=sum(1 for t in timings if t.deliver_met is False),
        deliver_mean_days=round(fmean(delivered_days), 1) if delivered_days else None,
        open_requests=open_requests,
        closed_deals=closed,
        with_feedback=with_feedback,
        without_feedback=tuple(missing),
        trend=_trend(params, timings, per_day, tz),
    )


def _feedback(
    s: Session, params: ReportParameters, scope: Scope
) -> tuple[int, int, dict[date, tuple[int, int]], list[DealRef]]:
    """Closed deals in W per close day with and without feedback, and those without it. The
    deals are found in `ix_deals_closed` (the feedback lookup needs only their id); only
    the deals listed are then read from the table, by rowid."""
    d, prospect = aliased(DealRow, name="closed"), aliased(ProspectRow, name="closed_prospect")
    has = exists().where(FeedbackRow.deal_id == d.id)
    closed_in_window = and_(
        d.outcome.in_((WON, LOST)),
        d.close_date >= params.window.first_day,
        d.close_date <= params.window.last_day,
        *scope.deal_conditions(d, prospect),
    )

    def of_closed(query: Any) -> Any:
        return query.join(prospect, prospect.id == d.prospect_id) if scope.filters_prospects else query

    per_day: dict[date, tuple[int, int]] = {}
    daily = of_closed(select(d.close_date, func.count(), func.sum(has.cast(Integer))).where(closed_in_window))
    for day, count, answered in s.execute(daily.group_by(d.close_date)):
        if day is not None:
            per_day[day] = (int(count), int(answered or 0))
    unanswered = of_closed(select(literal_column("closed.rowid")).select_from(d))
    unanswered = unanswered.where(closed_in_window, ~has)
    missing = [
        deal_ref(row, row[-1])
        for row in s.execute(
            select(*DEAL_REF_COLUMNS, ProspectRow.name)
            .join(ProspectRow, ProspectRow.id == DealRow.prospect_id)
            .where(literal_column("deals.rowid").in_(unanswered))
            .order_by(DealRow.close_date.desc(), DealRow.name)
        ).all()
    ]
    closed = sum(c for c, _ in per_day.values())
    answered = sum(a for _, a in per_day.values())
    return closed, answered, per_day, missing


def _trend(
    params: ReportParameters,
    timings: Sequence[RequestTiming],
    per_day: dict[date, tuple[int, int]],
    tz: ZoneInfo,
) -> tuple[ServicePoint, ...]:
    points: list[ServicePoint] = []
    made_on = [(local_day(t.created_at, tz), t) for t in timings]  # each request's day, once
    for b in buckets(params.window):
        made = [t for day, t in made_on if b.start <= day < b.end]
        acked = [t.ack_days for t in made if t.acknowledged_at is not None and t.ack_days is not None]
        judged = [t for t in made if t.ack_met is not None]
        deals = [v for day, v in per_day.items() if b.start <= day < b.end]
        points.append(
            ServicePoint(
                start=b.start,
                end=b.end,
                label=b.label,
                requests=len(made),
                ack_mean_days=round(fmean(acked), 1) if acked else None,
                ack_met_share=sum(1 for t in judged if t.ack_met) / len(judged) if judged else None,
                closed_deals=sum(c for c, _ in deals),
                with_feedback=sum(a for _, a in deals),
            )
        )
    return tuple(points)


# -- search demand -------------------------------------------------------------------------------
@dataclass(slots=True)
class _Query:
    last: datetime
    searches: int = 0
    zero: int = 0
    no_click: int = 0
    named: dict[str, set[str]] = field(default_factory=dict)


def build_demand(
    s: Session, params: ReportParameters, scope: Scope, *, limit: int = DEMAND_SHOWN
) -> DemandReport:
    opened = exists().where(SearchOpenRow.search_id == SearchLogRow.id)
    query = (
        select(
            SearchLogRow.normalized_query,
            SearchLogRow.filters_json,
            func.count(),
            func.sum((SearchLogRow.result_count == 0).cast(Integer)),
            func.sum(and_(SearchLogRow.result_count > 0, ~opened).cast(Integer)),
            func.max(SearchLogRow.searched_at),
        )
        .where(
            SearchLogRow.searched_at >= params.window.since,
            SearchLogRow.searched_at < params.window.until,
            SearchLogRow.normalized_query != "",
        )
        .group_by(SearchLogRow.normalized_query, SearchLogRow.filters_json)
    )
    if scope.user_id is not None:
        query = query.where(SearchLogRow.user_id == scope.user_id)
    words = Vocabulary.load(s)
    merged: dict[str, _Query] = {}
    for text, filters, count, zero, no_click, last in s.execute(query):
        named = words.segment(text, filters)
        if not _in_scope(named, scope):
            continue
        last_at = utc(last)
        assert last_at is not None
        slot = merged.setdefault(text, _Query(last=last_at))
        slot.searches += int(count)
        slot.zero += int(zero or 0)
        slot.no_click += int(no_click or 0)
        slot.last = max(slot.last, last_at)
        for dimension, values in named.items():
            slot.named.setdefault(dimension, set()).update(values)
    open_requests = s.execute(
        select(ContentRequestRow.id, ContentRequestRow.text)
        .where(ContentRequestRow.status.in_(OPEN_REQUEST))
        .order_by(ContentRequestRow.created_at)
    ).all()
    folded = [(request_id, fold(text)) for request_id, text in open_requests]

    def asked(text: str) -> str | None:
        """The first open request whose text holds every word of the query."""
        wanted = fold(text).split()
        if not wanted:
            return None
        first, rest = wanted[0], wanted[1:]
        for request_id, body in folded:
            if first in body and all(w in body for w in rest):
                return request_id
        return None

    def top(count: Callable[[_Query], int]) -> tuple[DemandQuery, ...]:
        ranked = sorted(
            (kv for kv in merged.items() if count(kv[1])),
            key=lambda kv: (-count(kv[1]), -kv[1].last.timestamp(), kv[0]),
        )
        return tuple(
            DemandQuery(
                query=text,
                searches=v.searches,
                zero_result=v.zero,
                no_click=v.no_click,
                last_searched_at=v.last,
                segment=as_segment(v.named),
                request_id=asked(text),
            )
            for text, v in ranked[:limit]
        )

    return DemandReport(
        parameters=params, zero_result=top(lambda q: q.zero), no_click=top(lambda q: q.no_click)
    )
