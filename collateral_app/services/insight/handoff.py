"""The hand-off report: did marketing hand over what it promised, did sales work and decide each
MQL within the agreed working days, how many became SQLs (by week, source, industry, size and
owner), how many SQLs were won through their deals, and which content reached the companies
of leads before they were qualified.

Definitions (docs/insight.md states them for users):
- the MQLs of a window are the leads whose hand-off (first MQL event) falls in it, half-open
  [since, until) in the library's time zone; a hand-off week starts on the agreed hand-off day;
- a lead is *worked in time* when its first touch (a worked, SQL, rejected or recycled event)
  comes within `touch_working_days` working days of its hand-off, and *decided in time* when
  its first decision (SQL, rejected or recycled) comes within `decide_working_days`; working
  days are Monday to Friday in local wall-clock time, as the service levels count them; a lead
  whose deadline has not come yet and that is not done is *pending*, and left out of the share;
- conversion is the share of the window's MQLs that reached SQL by now; SQL→won counts the
  deals the SQLs converted to (linked by the lead export's opportunity id);
- content: a lead's company *received* an asset before qualification when the asset was shared
  or presented to its prospect before the lead became SQL (before its first decision, or now,
  when it has none); the ratio is the conversion of the leads that received it over that of
  those that did not, hidden below `content_min_leads` leads on either side, as lift is.

Every figure is counted in SQL on the leads' report columns (services/sales/lead_milestones.py),
each read covered by one index of migration 0013, so the report reads no lead's row except
those its drill-downs show; what each company received comes from `prospect_assets`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from collateral_app.domain.enums import Dimension
from collateral_app.domain.errors import InvalidEdit
from collateral_app.domain.insight import ReportParameters
from collateral_app.domain.leads import (
    ContentConversion,
    ConversionRow,
    DealConversion,
    HandoffAgreement,
    HandoffReport,
    HandoffWeek,
    LeadRef,
    SqlOnlyAsset,
)
from collateral_app.services.common.clock import add_working_days, zone
from collateral_app.services.insight.base import InsightBase, Scope, labels
from collateral_app.services.sales.lead_agreement import AgreementService, read_agreement
from collateral_app.services.sales.lead_milestones import (
    DAY,
    EPOCH_ORDINAL,
    EPOCH_WEEKDAY,
    WorkClock,
    needs_refresh,
    refresh,
)
from collateral_app.storage.models import AssetRow
from collateral_app.storage.sales_models import DealRow

CHUNK = 500
# Leads of each drill-down the report carries; the rest come from `handoff_leads`.
DRILL_LIMIT = 200
DRILL_DOWNS = ("past_deadline", "untouched", "recycled")


def _instant(epoch: int) -> datetime:
    return datetime.fromtimestamp(epoch, UTC)


def week_start(day: date, agreement: HandoffAgreement) -> date:
    return day - timedelta(days=(day.weekday() - agreement.handoff_weekday) % 7)


@dataclass(slots=True)
class _Frame:
    """What every query of one report shares: the window's local days, the filters, the
    deadlines as working seconds, and now."""

    agreement: HandoffAgreement
    tz: ZoneInfo
    params: dict[str, Any] = field(default_factory=dict)
    where: str = ""  # conditions on the leads' columns (`l.`): window and filters
    reach_where: str = ""  # the same on lead_reach, whose window is in UTC seconds

    @classmethod
    def make(
        cls, params: ReportParameters, scope: Scope, agreement: HandoffAgreement, now: datetime
    ) -> _Frame:
        tz = zone(params.window.time_zone)
        clock = WorkClock(tz)
        now_epoch = int(now.timestamp())
        now_work = clock.seconds(now_epoch)
        touch_limit = agreement.touch_working_days * DAY
        decide_limit = agreement.decide_working_days * DAY
        values: dict[str, Any] = {
            "d0": params.window.first_day.toordinal() - EPOCH_ORDINAL,
            "d1": params.window.last_day.toordinal() - EPOCH_ORDINAL,
            "touch_limit": touch_limit,
            "decide_limit": decide_limit,
            # A lead handed over before these (in working seconds) is past its deadline.
            "touch_due": now_work - touch_limit,
            "decide_due": now_work - decide_limit,
            "now": now_epoch,
            "since": int(params.window.since.timestamp()),
            "until": int(params.window.until.timestamp()),
        }
        conditions: list[str] = []
        if scope.owner is not None:
            conditions.append("lower(l.owner) = :owner")
            values["owner"] = scope.owner.lower()
        if scope.industry:
            conditions.append("l.industry = :industry")
            values["industry"] = scope.industry
        if scope.size:
            conditions.append("l.size = :size")
            values["size"] = scope.size
        window = "l.handoff_day BETWEEN :d0 AND :d1"
        reach = "l.handed_epoch >= :since AND l.handed_epoch < :until"
        return cls(
            agreement, tz, values, " AND ".join([window, *conditions]), " AND ".join([reach, *conditions])
        )


# Past a deadline: untouched past the touch deadline, touched late, undecided past the
# decision deadline, or decided late.
LATE = (
    "((l.touch_work IS NULL AND l.handed_work < :touch_due) OR l.touch_work > :touch_limit "
    "OR (l.decide_work IS NULL AND l.handed_work < :decide_due) OR l.decide_work > :decide_limit)"
)
# What each hand-off day (and so each week and the window) counts, by position.
COUNTS = (
    "count(*)",  # handed over
    "count(CASE WHEN l.touch_work <= :touch_limit THEN 1 END)",  # worked in time
    "count(CASE WHEN l.decide_work <= :decide_limit THEN 1 END)",  # decided in time
    "count(CASE WHEN l.touch_work IS NULL AND l.handed_work >= :touch_due THEN 1 END)",  # touch pending
    "count(CASE WHEN l.decide_work IS NULL AND l.handed_work >= :decide_due THEN 1 END)",  # decide pending
    "count(l.qualified_epoch)",
    "count(l.rejected_at)",
    "count(l.recycled_at)",
    "count(CASE WHEN l.touch_work IS NULL THEN 1 END)",  # never touched
    f"count(CASE WHEN {LATE} THEN 1 END)",  # past a deadline
    # … untouched (so `touch_work > limit` cannot be why)
    "count(CASE WHEN l.touch_work IS NULL AND (l.handed_work < :touch_due OR (l.decide_work IS NULL "
    "AND l.handed_work < :decide_due) OR l.decide_work > :decide_limit) THEN 1 END)",
    "count(l.prospect_id)",  # with a company
    "count(CASE WHEN l.prospect_id IS NOT NULL THEN l.qualified_epoch END)",  # … and SQL
)
(
    HANDED,
    WORKED,
    DECIDED,
    TOUCH_PENDING,
    DECIDE_PENDING,
    QUALIFIED,
    REJECTED,
    RECYCLED,
    UNTOUCHED,
    LATE_COUNT,
    LATE_UNTOUCHED,
    WITH_COMPANY,
    WITH_COMPANY_SQLS,
) = range(len(COUNTS))


def _rows(s: Session, sql: str, params: Mapping[str, Any]) -> list[Any]:
    return list(s.connection().exec_driver_sql(sql, params).fetchall())


def _days(s: Session, frame: _Frame) -> list[Any]:
    """Per hand-off day of the window: COUNTS (one pass over the report's index, in order)."""
    sql = (
        f"SELECT l.handoff_day, {', '.join(COUNTS)} FROM leads AS l INDEXED BY ix_leads_report "
        f"WHERE {frame.where} GROUP BY l.handoff_day"
    )
    return _rows(s, sql, frame.params)


def _median_days(s: Session, frame: _Frame, column: str, index: str, n: int) -> float | None:
    """The median of `column` (working seconds) over the window's leads that have it, in
    working days: read in the order of an index on it, up to the middle."""
    if n == 0:
        return None
    sql = (
        f"SELECT l.{column} FROM leads AS l INDEXED BY {index} WHERE l.{column} IS NOT NULL "
        f"AND {frame.where} ORDER BY l.{column} LIMIT 2 OFFSET :middle"
    )
    values = [row[0] for row in _rows(s, sql, {**frame.params, "middle": (n - 1) // 2})]
    middle: float = values[0] if n % 2 else (values[0] + values[1]) / 2
    return round(middle / DAY, 2)


def _segments(s: Session, frame: _Frame) -> list[Any]:
    sql = (
        "SELECT l.source, l.industry, l.size, l.owner, count(*), count(l.qualified_epoch) "
        f"FROM leads AS l INDEXED BY ix_leads_segments WHERE {frame.where} "
        "GROUP BY l.source, l.industry, l.size, l.owner"
    )
    return _rows(s, sql, frame.params)


def _conversion(
    segments: Sequence[Any], dimension: str, position: int, names: Mapping[str, str]
) -> tuple[ConversionRow, ...]:
    mqls: Counter[str] = Counter()
    sqls: Counter[str] = Counter()
    for row in segments:
        value = row[position] or ""
        mqls[value] += row[4]
        sqls[value] += row[5]
    rows = [
        ConversionRow(dimension, value, names.get(value, value) or "(none)", mqls[value], sqls[value])
        for value in mqls
    ]
    rows.sort(key=lambda r: (-r.mqls, r.label))
    return tuple(rows)


def _deals(s: Session, frame: _Frame, sqls: int) -> DealConversion:
    """The deals the window's SQLs converted to: linked, or found by the deal's CRM id when the
    lead was imported before its deal."""
    outcomes: Counter[str] = Counter()
    sql = (
        "SELECT d.outcome, CASE WHEN d.id IS NULL THEN l.opportunity_id ELSE '' END, count(*) "
        "FROM leads AS l INDEXED BY ix_leads_converted LEFT JOIN deals AS d ON d.id = l.deal_id "
        f"WHERE {frame.where} AND l.qualified_epoch IS NOT NULL "
        "AND (deal_id IS NOT NULL OR opportunity_id <> '') GROUP BY 1, 2"
    )
    waiting: Counter[str] = Counter()
    for outcome, opportunity, n in _rows(s, sql, frame.params):
        if outcome is not None:
            outcomes[outcome] += n
        elif opportunity:
            waiting[opportunity] += n
    wanted = sorted(waiting)
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        found = dict(
            s.execute(select(DealRow.crm_id, DealRow.outcome).where(DealRow.crm_id.in_(chunk))).all()
        )
        for opportunity, outcome in found.items():
            outcomes[outcome or ""] += waiting[opportunity or ""]
    return DealConversion(
        sqls=sqls,
        with_deal=sum(n for outcome, n in outcomes.items() if outcome),
        won=outcomes["won"],
        lost=outcomes["lost"],
        open=outcomes["open"],
    )


def _content(
    s: Session, frame: _Frame, total: int, total_sqls: int
) -> tuple[tuple[ContentConversion, ...], tuple[SqlOnlyAsset, ...]]:
    """Per asset: the window's leads whose company received it before qualification (before
    the first decision, or now when undecided), how many of them became SQL, and the SQLs
    whose company received it after qualification: one read of `lead_reach` in its order
    (asset, hand-off), so nothing is sorted and no lead's row is looked up."""
    sql = (
        "SELECT l.asset_id, count(CASE WHEN l.first_epoch < coalesce(l.cutoff_epoch, :now) THEN 1 END), "
        "count(CASE WHEN l.first_epoch < l.qualified_epoch THEN 1 END), "
        "count(CASE WHEN l.last_epoch >= l.qualified_epoch THEN 1 END) "
        # One seek per asset, then its hand-off days in the window.
        "FROM lead_reach AS l WHERE l.asset_id IN (SELECT id FROM assets) "
        f"AND {frame.reach_where} GROUP BY l.asset_id"
    )
    found = [row for row in _rows(s, sql, frame.params) if row[1] or row[3]]
    titles = _titles(s, {row[0] for row in found})
    floor = frame.agreement.content_min_leads
    rows: list[ContentConversion] = []
    sql_only: list[SqlOnlyAsset] = []
    for asset_id, count, converted, after_sql in found:
        title = titles.get(asset_id, asset_id)
        if count == 0:
            sql_only.append(SqlOnlyAsset(asset_id, title, after_sql))
            continue
        others, others_converted = total - count, total_sqls - converted
        ratio: float | None = None
        if count < floor or others < floor:
            reason = f"fewer than {floor} leads on one side ({count} with it, {others} without)"
        elif others_converted == 0:
            reason = "no lead without it converted: no ratio"
        else:
            ratio = round((converted / count) / (others_converted / others), 2)
            reason = ""
        rows.append(
            ContentConversion(asset_id, title, count, converted, others, others_converted, ratio, reason)
        )
    rows.sort(key=lambda r: (r.ratio is None, -(r.ratio or 0), -r.reached, r.title))
    sql_only.sort(key=lambda a: (-a.sql_leads, a.title))
    return tuple(rows), tuple(sql_only)


def _titles(s: Session, ids: set[str]) -> dict[str, str]:
    wanted = sorted(ids)
    found: dict[str, str] = {}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        query = select(AssetRow.id, AssetRow.title).where(AssetRow.id.in_(chunk))
        found.update({asset_id: title for asset_id, title in s.execute(query)})
    return found


# The drill-downs: which leads, and in which order after the hand-off (the oldest first).
_DRILL: dict[str, tuple[str, str]] = {
    "past_deadline": (LATE, "l.owner, l.name"),
    "untouched": (f"{LATE} AND l.touch_work IS NULL", "l.owner, l.name"),
    "recycled": ("l.recycled_at IS NOT NULL", "l.name"),
}


def _drill(s: Session, frame: _Frame, which: str, offset: int, limit: int | None) -> tuple[LeadRef, ...]:
    """Leads of one drill-down, from `offset`, at most `limit`. Ordered by hand-off day first
    (the report's index's order), so only the days up to the last lead wanted are read."""
    if which not in _DRILL:
        raise InvalidEdit(f"A hand-off drill-down is one of {', '.join(DRILL_DOWNS)}, not “{which}”.")
    condition, then = _DRILL[which]
    sql = (
        "SELECT l.id, l.name, l.company, l.owner, l.source, "
        "CAST(strftime('%s', l.handed_over_at) AS INTEGER), l.stage, l.handed_work, l.touch_work, "
        "l.decide_work FROM leads AS l INDEXED BY ix_leads_report "
        f"WHERE {frame.where} AND {condition} "
        f"ORDER BY l.handoff_day, l.handed_over_at, {then} LIMIT :limit OFFSET :offset"
    )
    params = {**frame.params, "limit": -1 if limit is None else limit, "offset": offset}
    agreement = frame.agreement
    refs = []
    for lead_id, name, company, owner, source, handed, stage, at, touch, decide in _rows(s, sql, params):
        why = "recycled to marketing" if which == "recycled" else _late(frame, at, touch, decide)
        by_touch = which == "untouched" or touch is None
        days = agreement.touch_working_days if by_touch else agreement.decide_working_days
        handed_at = _instant(handed)
        refs.append(
            LeadRef(
                id=lead_id,
                name=name or "",
                company=company or "",
                owner=owner or "",
                source=source or "",
                handed_over_at=handed_at,
                stage=stage or "",
                deadline=add_working_days(handed_at, days, frame.tz),
                why=why,
            )
        )
    return tuple(refs)


def _late(frame: _Frame, handed_work: int, touch_work: int | None, decide_work: int | None) -> str:
    agreement, p = frame.agreement, frame.params
    days = agreement.touch_working_days
    if touch_work is None and handed_work < p["touch_due"]:
        return f"untouched past its deadline ({days} working days)"
    if touch_work is not None and touch_work > p["touch_limit"]:
        return f"first touched after {touch_work / DAY:.2f} working days (agreed: {days})"
    if decide_work is None and handed_work < p["decide_due"]:
        return f"not qualified or rejected within {agreement.decide_working_days} working days"
    if decide_work is not None and decide_work > p["decide_limit"]:
        agreed = agreement.decide_working_days
        return f"decided after {decide_work / DAY:.2f} working days (agreed: {agreed})"
    return ""


def build_handoff(
    s: Session,
    params: ReportParameters,
    scope: Scope,
    agreement: HandoffAgreement,
    now: datetime,
    *,
    drill_limit: int | None = DRILL_LIMIT,
) -> HandoffReport:
    """The report from the leads' report columns (counted in the window's zone)."""
    frame = _Frame.make(params, scope, agreement, now)
    offset = agreement.handoff_weekday
    # Weeks by the number of their first day (days since 1970), every week of the window.
    weeks: dict[int, list[int]] = {}
    day = week_start(params.window.first_day, agreement)
    last = week_start(params.window.last_day, agreement)
    while day <= last:
        weeks[day.toordinal() - EPOCH_ORDINAL] = [0] * len(COUNTS)
        day += timedelta(days=7)
    for local_day, *counts in _days(s, frame):
        start = local_day - ((local_day + EPOCH_WEEKDAY - offset) % 7)
        week = weeks.setdefault(start, [0] * len(COUNTS))
        for n, value in enumerate(counts):
            week[n] += value
    totals = [sum(c[n] for c in weeks.values()) for n in range(len(COUNTS))]
    industry_labels = dict(labels(s, Dimension.INDUSTRY.value))
    size_labels = dict(labels(s, Dimension.SIZE.value))
    segments = _segments(s, frame)
    content, sql_only = _content(s, frame, totals[WITH_COMPANY], totals[WITH_COMPANY_SQLS])
    drill = {which: _drill(s, frame, which, 0, drill_limit) for which in DRILL_DOWNS}
    return HandoffReport(
        window_label=params.window.label,
        first_day=params.window.first_day,
        last_day=params.window.last_day,
        time_zone=params.window.time_zone,
        agreement=agreement,
        agreement_text=agreement.describe(),
        handed_over=totals[HANDED],
        agreed=agreement.handoff_count * len(weeks),
        worked_in_time=totals[WORKED],
        decided_in_time=totals[DECIDED],
        touch_pending=totals[TOUCH_PENDING],
        decide_pending=totals[DECIDE_PENDING],
        qualified=totals[QUALIFIED],
        rejected=totals[REJECTED],
        recycled=totals[RECYCLED],
        untouched=totals[UNTOUCHED],
        median_touch_days=_median_days(
            s, frame, "touch_work", "ix_leads_touch_time", totals[HANDED] - totals[UNTOUCHED]
        ),
        median_sql_days=_median_days(s, frame, "sql_work", "ix_leads_sql_time", totals[QUALIFIED]),
        weeks=tuple(
            HandoffWeek(
                start=date.fromordinal(start + EPOCH_ORDINAL),
                handed_over=c[HANDED],
                agreed=agreement.handoff_count,
                worked_in_time=c[WORKED],
                decided_in_time=c[DECIDED],
                touch_pending=c[TOUCH_PENDING],
                decide_pending=c[DECIDE_PENDING],
                qualified=c[QUALIFIED],
                rejected=c[REJECTED],
                recycled=c[RECYCLED],
            )
            for start, c in sorted(weeks.items())
        ),
        by_source=_conversion(segments, "source", 0, {}),
        by_industry=_conversion(segments, "industry", 1, industry_labels),
        by_size=_conversion(segments, "size", 2, size_labels),
        by_owner=_conversion(segments, "owner", 3, {}),
        deals=_deals(s, frame, totals[QUALIFIED]),
        past_deadline=drill["past_deadline"],
        untouched_leads=drill["untouched"],
        recycled_leads=drill["recycled"],
        content=content,
        sql_only=sql_only,
        past_deadline_count=totals[LATE_COUNT],
        untouched_count=totals[LATE_UNTOUCHED],
        recycled_count=totals[RECYCLED],
    )


class HandoffService(AgreementService, InsightBase):
    def handoff(self, params: ReportParameters, *, drill_limit: int | None = DRILL_LIMIT) -> HandoffReport:
        """The hand-off report for the window of `params` (its member, industry and size filters
        narrow the leads), as of now; each drill-down with its first `drill_limit` leads (all
        of them with None)."""
        self._count_report_columns(params)
        with self.sessions() as s:
            scope = self._scope(s, params)
            agreement = read_agreement(s)
            return build_handoff(s, params, scope, agreement, self.now(), drill_limit=drill_limit)

    def handoff_leads(
        self, params: ReportParameters, which: str, *, offset: int = 0, limit: int | None = None
    ) -> tuple[LeadRef, ...]:
        """The leads of one drill-down of the report (past_deadline, untouched, recycled),
        in the report's order, from `offset`, at most `limit` (all with None)."""
        self._count_report_columns(params)
        with self.sessions() as s:
            scope = self._scope(s, params)
            agreement = read_agreement(s)
            frame = _Frame.make(params, scope, agreement, self.now())
            return _drill(s, frame, which, max(0, offset), limit)

    def _count_report_columns(self, params: ReportParameters) -> None:
        """Leads written without their report columns (or counted in another zone) get them,
        and companies whose leads or received content changed get their lead_reach, before
        the report reads."""
        tz = zone(params.window.time_zone)
        with self.sessions() as s:
            if not needs_refresh(s, tz):
                return
        with self.sessions.begin() as s:
            refresh(s, tz)
