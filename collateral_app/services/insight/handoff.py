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
  those that did not, hidden below `content_min_leads` leads on either side, as lift is."""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Integer, func, select
from sqlalchemy.orm import Session

from collateral_app.domain.enums import Dimension
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
from collateral_app.services.insight.base import PRESENTED, SHARED, InsightBase, Scope, labels, plain_rows
from collateral_app.services.sales.lead_agreement import AgreementService, read_agreement
from collateral_app.storage.lead_models import LeadRow
from collateral_app.storage.models import AssetRow
from collateral_app.storage.sales_models import DealRow, UsageEventRow

DAY = 86_400
CHUNK = 500


EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
EPOCH_WEEKDAY = 3  # 1 January 1970 was a Thursday
QUARTER_HOUR = 900  # every zone changes its offset on a quarter hour


class WorkClock:
    """Working seconds since 1970 for any instant (UTC seconds since 1970), in a zone's
    wall-clock time: the difference of two readings is `working_days` × 86 400, without
    walking the calendar or making datetimes. Offsets are looked up per quarter hour."""

    def __init__(self, tz: ZoneInfo) -> None:
        self.tz = tz
        self._offsets: dict[int, int] = {}

    def local(self, epoch: int) -> int:
        """Local wall-clock seconds since 1970 for a UTC instant."""
        slot = epoch // QUARTER_HOUR
        offset = self._offsets.get(slot)
        if offset is None:
            moment = datetime.fromtimestamp(slot * QUARTER_HOUR, UTC).astimezone(self.tz)
            delta = moment.utcoffset()
            offset = int(delta.total_seconds()) if delta is not None else 0
            self._offsets[slot] = offset
        return epoch + offset

    def seconds(self, epoch: int) -> int:
        days, rest = divmod(self.local(epoch), DAY)
        weeks, weekday = divmod(days + EPOCH_WEEKDAY, 7)
        base = (weeks * 5 + min(weekday, 5)) * DAY
        return base if weekday >= 5 else base + rest

    def local_day(self, epoch: int) -> int:
        """The local day's number (days since 1 January 1970)."""
        return self.local(epoch) // DAY


def _epoch(column: Any) -> Any:
    return func.cast(func.strftime("%s", column), Integer)


def _instant(epoch: int) -> datetime:
    return datetime.fromtimestamp(epoch, UTC)


@dataclass(slots=True)
class _Lead:
    id: str
    handed: int  # UTC seconds since 1970
    touched: int | None
    qualified: int | None
    rejected: int | None
    recycled: int | None
    deal_id: str | None
    opportunity_id: str
    owner: str
    source: str
    industry: str | None
    size: str | None
    prospect_id: str | None
    name: str
    company: str
    stage: str
    deal_outcome: str | None
    handed_work: int
    touch_work: int | None
    decided: int | None
    decide_work: int | None


def _leads(s: Session, params: ReportParameters, scope: Scope, clock: WorkClock) -> list[_Lead]:
    window = params.window
    conditions = [LeadRow.handed_over_at >= window.since, LeadRow.handed_over_at < window.until]
    if scope.owner is not None:
        conditions.append(func.lower(LeadRow.owner) == scope.owner.lower())
    if scope.industry:
        conditions.append(LeadRow.industry == scope.industry)
    if scope.size:
        conditions.append(LeadRow.size == scope.size)
    query = (
        select(
            LeadRow.id,
            _epoch(LeadRow.handed_over_at),
            _epoch(LeadRow.touched_at),
            _epoch(LeadRow.qualified_at),
            _epoch(LeadRow.rejected_at),
            _epoch(LeadRow.recycled_at),
            LeadRow.deal_id,
            LeadRow.opportunity_id,
            LeadRow.owner,
            LeadRow.source,
            LeadRow.industry,
            LeadRow.size,
            LeadRow.prospect_id,
            LeadRow.name,
            LeadRow.company,
            LeadRow.stage,
            DealRow.outcome,
        )
        .select_from(LeadRow)
        .join(DealRow, DealRow.id == LeadRow.deal_id, isouter=True)
        .where(*conditions)
    )
    found: list[_Lead] = []
    work = clock.seconds
    for row in plain_rows(s, query):
        handed, touched, qualified, rejected, recycled = row[1:6]
        decisions = [t for t in (qualified, rejected, recycled) if t is not None]
        decided = min(decisions) if decisions else None
        handed_work = work(handed)
        found.append(
            _Lead(
                row[0],
                handed,
                touched,
                qualified,
                rejected,
                recycled,
                row[6],
                row[7] or "",
                row[8] or "",
                row[9] or "",
                row[10],
                row[11],
                row[12],
                row[13] or "",
                row[14] or "",
                row[15] or "",
                row[16],
                handed_work,
                work(touched) - handed_work if touched is not None else None,
                decided,
                work(decided) - handed_work if decided is not None else None,
            )
        )
    _link_deals(s, [lead for lead in found if lead.deal_outcome is None and lead.opportunity_id])
    return found


def _link_deals(s: Session, leads: Sequence[_Lead]) -> None:
    """Leads imported before the deal they converted to: found by the deal's CRM id."""
    wanted = sorted({lead.opportunity_id for lead in leads})
    outcomes: dict[str, tuple[str, str]] = {}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        for deal_id, crm_id, outcome in s.execute(
            select(DealRow.id, DealRow.crm_id, DealRow.outcome).where(DealRow.crm_id.in_(chunk))
        ):
            outcomes[crm_id or ""] = (deal_id, outcome)
    for lead in leads:
        if lead.opportunity_id in outcomes:
            lead.deal_id, lead.deal_outcome = outcomes[lead.opportunity_id]


def week_start(day: date, agreement: HandoffAgreement) -> date:
    return day - timedelta(days=(day.weekday() - agreement.handoff_weekday) % 7)


# What each hand-off week (and the window) counts, by position.
HANDED, WORKED, DECIDED, TOUCH_PENDING, DECIDE_PENDING, QUALIFIED, REJECTED, RECYCLED, UNTOUCHED = range(9)


def build_handoff(
    s: Session, params: ReportParameters, scope: Scope, agreement: HandoffAgreement, now: datetime
) -> HandoffReport:
    tz = zone(params.window.time_zone)
    clock = WorkClock(tz)
    leads = _leads(s, params, scope, clock)
    touch_limit = agreement.touch_working_days * DAY
    decide_limit = agreement.decide_working_days * DAY
    now_epoch = int(now.timestamp())
    now_work = clock.seconds(now_epoch)
    # Weeks by the number of their first day (days since 1970), every week of the window.
    offset = agreement.handoff_weekday
    weeks: dict[int, list[int]] = {}
    day = week_start(params.window.first_day, agreement)
    last = week_start(params.window.last_day, agreement)
    while day <= last:
        weeks[day.toordinal() - EPOCH_ORDINAL] = [0] * 9
        day += timedelta(days=7)
    touch_days: list[int] = []
    sql_days: list[int] = []
    past: list[tuple[_Lead, str, bool]] = []  # lead, why, untouched
    recycled: list[_Lead] = []
    work = clock.seconds
    for lead in leads:
        local_day = clock.local_day(lead.handed)
        start = local_day - ((local_day + EPOCH_WEEKDAY - offset) % 7)
        counts = weeks.get(start)
        if counts is None:
            counts = weeks[start] = [0] * 9
        counts[HANDED] += 1
        waited = now_work - lead.handed_work
        touch_due = waited > touch_limit
        decide_due = waited > decide_limit
        touch_work, decide_work = lead.touch_work, lead.decide_work
        if touch_work is None:
            counts[UNTOUCHED] += 1
            if not touch_due:
                counts[TOUCH_PENDING] += 1
        else:
            touch_days.append(touch_work)
            if touch_work <= touch_limit:
                counts[WORKED] += 1
        if decide_work is None:
            if not decide_due:
                counts[DECIDE_PENDING] += 1
        elif decide_work <= decide_limit:
            counts[DECIDED] += 1
        if lead.qualified is not None:
            counts[QUALIFIED] += 1
            sql_days.append(work(lead.qualified) - lead.handed_work)
        if lead.rejected is not None:
            counts[REJECTED] += 1
        if lead.recycled is not None:
            counts[RECYCLED] += 1
            recycled.append(lead)
        late = (
            (touch_work is None and touch_due)
            or (touch_work is not None and touch_work > touch_limit)
            or (decide_work is None and decide_due)
            or (decide_work is not None and decide_work > decide_limit)
        )
        if late:
            why = _late(lead, agreement, touch_limit, decide_limit, touch_due, decide_due)
            past.append((lead, why, touch_work is None))
    totals = [sum(c[n] for c in weeks.values()) for n in range(9)]
    industry_labels = dict(labels(s, Dimension.INDUSTRY.value))
    size_labels = dict(labels(s, Dimension.SIZE.value))
    sqls = [lead for lead in leads if lead.qualified is not None]
    outcomes = Counter(lead.deal_outcome for lead in sqls if lead.deal_outcome)
    content, sql_only = _content(s, leads, agreement, now_epoch)
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
        median_touch_days=_median_days(touch_days),
        median_sql_days=_median_days(sql_days),
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
        by_source=_conversion(leads, "source", lambda lead: lead.source, {}),
        by_industry=_conversion(leads, "industry", lambda lead: lead.industry or "", industry_labels),
        by_size=_conversion(leads, "size", lambda lead: lead.size or "", size_labels),
        by_owner=_conversion(leads, "owner", lambda lead: lead.owner, {}),
        deals=DealConversion(
            sqls=len(sqls),
            with_deal=sum(1 for lead in sqls if lead.deal_outcome),
            won=outcomes["won"],
            lost=outcomes["lost"],
            open=outcomes["open"],
        ),
        past_deadline=tuple(
            _ref(lead, why, agreement, tz) for lead, why, _ in sorted(past, key=_by_hand_off)
        ),
        untouched_leads=tuple(
            _ref(lead, why, agreement, tz, touch=True)
            for lead, why, untouched in sorted(past, key=_by_hand_off)
            if untouched
        ),
        recycled_leads=tuple(
            _ref(lead, "recycled to marketing", agreement, tz)
            for lead in sorted(recycled, key=lambda lead: (lead.handed, lead.name))
        ),
        content=content,
        sql_only=sql_only,
    )


def _by_hand_off(item: tuple[_Lead, str, bool]) -> tuple[int, str, str]:
    return item[0].handed, item[0].owner, item[0].name


def _late(
    lead: _Lead,
    agreement: HandoffAgreement,
    touch_limit: int,
    decide_limit: int,
    touch_due: bool,
    decide_due: bool,
) -> str:
    days = agreement.touch_working_days
    if lead.touch_work is None and touch_due:
        return f"untouched past its deadline ({days} working days)"
    if lead.touch_work is not None and lead.touch_work > touch_limit:
        return f"first touched after {lead.touch_work / DAY:.2f} working days (agreed: {days})"
    if lead.decide_work is None and decide_due:
        return f"not qualified or rejected within {agreement.decide_working_days} working days"
    if lead.decide_work is not None and lead.decide_work > decide_limit:
        agreed = agreement.decide_working_days
        return f"decided after {lead.decide_work / DAY:.2f} working days (agreed: {agreed})"
    return ""


def _ref(lead: _Lead, why: str, agreement: HandoffAgreement, tz: ZoneInfo, *, touch: bool = False) -> LeadRef:
    days = agreement.touch_working_days if touch or lead.touch_work is None else agreement.decide_working_days
    return LeadRef(
        id=lead.id,
        name=lead.name,
        company=lead.company,
        owner=lead.owner,
        source=lead.source,
        handed_over_at=_instant(lead.handed),
        stage=lead.stage,
        deadline=add_working_days(_instant(lead.handed), days, tz),
        why=why,
    )


def _median_days(values: Sequence[int]) -> float | None:
    return round(statistics.median(values) / DAY, 2) if values else None


def _conversion(
    leads: Iterable[_Lead], dimension: str, key: Any, names: dict[str, str]
) -> tuple[ConversionRow, ...]:
    mqls: Counter[str] = Counter()
    sqls: Counter[str] = Counter()
    for lead in leads:
        value = key(lead)
        mqls[value] += 1
        if lead.qualified is not None:
            sqls[value] += 1
    rows = [
        ConversionRow(dimension, value, names.get(value, value) or "(none)", mqls[value], sqls[value])
        for value in mqls
    ]
    rows.sort(key=lambda r: (-r.mqls, r.label))
    return tuple(rows)


def _content(
    s: Session, leads: Sequence[_Lead], agreement: HandoffAgreement, now: int
) -> tuple[tuple[ContentConversion, ...], tuple[SqlOnlyAsset, ...]]:
    with_company = [lead for lead in leads if lead.prospect_id]
    prospects = sorted({lead.prospect_id for lead in with_company if lead.prospect_id})
    uses: dict[str, list[tuple[str, int, int]]] = defaultdict(list)  # prospect → asset, first, last
    for start in range(0, len(prospects), CHUNK):
        chunk = prospects[start : start + CHUNK]
        query = (
            select(
                UsageEventRow.prospect_id,
                UsageEventRow.asset_id,
                _epoch(func.min(UsageEventRow.occurred_at)),
                _epoch(func.max(UsageEventRow.occurred_at)),
            )
            .where(UsageEventRow.prospect_id.in_(chunk), UsageEventRow.kind.in_((SHARED, PRESENTED)))
            .group_by(UsageEventRow.prospect_id, UsageEventRow.asset_id)
        )
        for prospect_id, asset_id, first, last in plain_rows(s, query):
            uses[prospect_id].append((asset_id, first, last))
    reached: Counter[str] = Counter()
    reached_sqls: Counter[str] = Counter()
    after_sql: Counter[str] = Counter()
    total = len(with_company)
    total_sqls = sum(1 for lead in with_company if lead.qualified is not None)
    for lead in with_company:
        found = uses.get(lead.prospect_id or "")
        if not found:
            continue
        qualified = lead.qualified
        cutoff = qualified or lead.decided or now
        for asset_id, first, last in found:
            if first < cutoff:
                reached[asset_id] += 1
                if qualified is not None:
                    reached_sqls[asset_id] += 1
            if qualified is not None and last >= qualified:
                after_sql[asset_id] += 1
    titles = _titles(s, set(reached) | set(after_sql))
    floor = agreement.content_min_leads
    rows: list[ContentConversion] = []
    for asset_id, count in reached.items():
        converted = reached_sqls[asset_id]
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
            ContentConversion(
                asset_id,
                titles.get(asset_id, asset_id),
                count,
                converted,
                others,
                others_converted,
                ratio,
                reason,
            )
        )
    rows.sort(key=lambda r: (r.ratio is None, -(r.ratio or 0), -r.reached, r.title))
    sql_only = [
        SqlOnlyAsset(asset_id, titles.get(asset_id, asset_id), count)
        for asset_id, count in after_sql.items()
        if reached[asset_id] == 0
    ]
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


class HandoffService(AgreementService, InsightBase):
    def handoff(self, params: ReportParameters) -> HandoffReport:
        """The hand-off report for the window of `params` (its member, industry and size filters
        narrow the leads), as of now."""
        with self.sessions() as s:
            scope = self._scope(s, params)
            agreement = read_agreement(s)
            return build_handoff(s, params, scope, agreement, self.now())
