"""Insight: the marketing insight of one library, for the Insight view, the CLI and exports.

    insight = Insight(library)
    params = insight.parameters(days=90, filters=InsightFilters(industry="healthcare"))
    report = insight.report(params)            # everything the Insight view shows, one snapshot
    insight.usage(params); insight.flags(params); insight.influence(params)
    insight.coverage(params); insight.coverage_cell(params, "decision", "education")
    insight.service_levels(params); insight.search_demand(params); insight.asset_detail(params, id)

Every figure is computed from the events when asked (never from stored counters) with the
definitions of DESIGN.md's Metrics section, made precise in each module's docstring
(insight_usage, insight_influence, insight_gaps, insight_sla) and in README's "Marketing
insight". Each report reads in one session: one consistent snapshot of the library.

One-click actions of the view: `set_review_date`, `mark_reviewed`, `archive`, and
`ask_owner_to_review`, a dated fact the asset's owner sees in What's new
(`review_requests_for_me`)."""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from typing import TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from collateral_app.collector import collection_paused
from collateral_app.domain.enums import Dimension
from collateral_app.domain.errors import InvalidEdit
from collateral_app.domain.insight import (
    AssetDealUse,
    AssetDetail,
    AssetScore,
    CellDetail,
    Count,
    CoverageReport,
    DemandReport,
    FlagReport,
    Headline,
    InfluenceReport,
    InsightReport,
    ReportParameters,
    ReviewRequest,
    ScorePart,
    ServiceLevelReport,
    UsageReport,
)
from collateral_app.domain.sales import Actor, Outcome, Verdict
from collateral_app.i18n import translate
from collateral_app.services.common.clock import local_day, zone
from collateral_app.services.common.evidence import (
    CUSTOMER_FACING,
    latest_feedback,
    reached_prospect_in_cycle,
)
from collateral_app.services.common.tabular import fold
from collateral_app.services.common.taxonomy import REVIEW_INTERVAL
from collateral_app.services.insight.base import (
    InsightBase,
    Scope,
    age_words,
    effective_review_by,
    stale_reason,
)
from collateral_app.services.insight.gaps import build_cell_detail, build_coverage, deal_ref
from collateral_app.services.insight.handoff import HandoffService
from collateral_app.services.insight.influence import InfluenceMemory, build_influence
from collateral_app.services.insight.sla import build_demand, build_service_levels
from collateral_app.services.insight.usage import (
    AssetFacts,
    Catalog,
    asset_facts,
    build_flags,
    build_usage,
    flag_assets,
    timeline,
)
from collateral_app.storage.base import new_id
from collateral_app.storage.insight_models import ReviewRequestRow
from collateral_app.storage.models import AssetRow
from collateral_app.storage.sales_models import DealRow, FeedbackRow, ProspectRow, UsageEventRow, UserRow

T = TypeVar("T")
Facts = dict[str, AssetFacts]
MAX_NOTE = 1_000
SCORE_PART = 25.0  # each of the four parts of the freshness-and-use score


class Insight(HandoffService, InsightBase):
    _catalog: Catalog | None = None
    _influence: InfluenceMemory | None = None

    def catalog(self) -> Catalog:
        """The asset descriptions kept between reports (see `Catalog`)."""
        if self._catalog is None:
            self._catalog = Catalog()
        return self._catalog

    def influence_memory(self) -> InfluenceMemory:
        """What win influence keeps between reports (see `InfluenceMemory`)."""
        if self._influence is None:
            self._influence = InfluenceMemory()
        return self._influence

    def actor(self) -> Actor:
        # Read afresh: the profile may have been switched through another service object.
        self._forget_actor()
        return super().actor()

    # -- one report ---------------------------------------------------------------------------
    @contextmanager
    def _reading(self) -> Iterator[Session]:
        """A report's session (one snapshot), with the cyclic garbage collector paused."""
        with collection_paused(), self.sessions() as s:
            yield s

    def _run(
        self,
        params: ReportParameters,
        build: Callable[[Session, Scope, dict[str, AssetFacts]], T],
        *,
        last_use: bool = False,
    ) -> T:
        """One report in one session; the last uses are read only for the reports that say
        them (two more seeks per asset)."""
        with self._reading() as s:
            scope = self._scope(s, params)
            return build(s, scope, asset_facts(s, params, scope, self.catalog(), last_use=last_use))

    def usage(self, params: ReportParameters) -> UsageReport:
        return self._run(params, lambda s, scope, facts: build_usage(s, params, scope, facts))

    def flags(self, params: ReportParameters) -> FlagReport:
        return self._run(params, lambda s, scope, facts: build_flags(s, params, scope, facts), last_use=True)

    def influence(self, params: ReportParameters) -> InfluenceReport:
        """Needs only the assets' titles and types: the catalog's, without counting uses."""
        with self._reading() as s:
            scope = self._scope(s, params)
            return build_influence(s, params, scope, self.catalog().rows(s), self.influence_memory())

    def coverage(self, params: ReportParameters) -> CoverageReport:
        return self._run(params, lambda s, scope, facts: build_coverage(s, params, scope, facts))

    def coverage_cell(self, params: ReportParameters, row: str, column: str) -> CellDetail:
        """The assets, deals, searches and requests behind one heatmap cell."""
        with self._reading() as s:
            scope = self._scope(s, params)
            dims = params.dims
            wanted = (self._cell_value(s, dims[0], row), self._cell_value(s, dims[1], column))
            facts = asset_facts(s, params, scope, self.catalog(), last_use=False)
            return build_cell_detail(s, params, scope, facts, *wanted)

    def _cell_value(self, s: Session, dimension: str, value: str) -> str:
        slug = self._slug(s, Dimension(dimension), value)
        if slug is None:
            raise InvalidEdit(f"Say which {dimension} the cell is for.")
        return slug

    def service_levels(self, params: ReportParameters) -> ServiceLevelReport:
        with self._reading() as s:
            return build_service_levels(s, params, self._scope(s, params), self.now())

    def search_demand(self, params: ReportParameters, *, limit: int = 20) -> DemandReport:
        with self._reading() as s:
            return build_demand(s, params, self._scope(s, params), limit=limit)

    # -- the whole view -------------------------------------------------------------------------
    def report(self, params: ReportParameters) -> InsightReport:
        """Everything the Insight view shows, read in one session (one snapshot); the
        catalog's counts are read once and shared by the reports."""
        started = time.perf_counter()
        timings: dict[str, float] = {}

        def timed(name: str, work: Callable[[], T]) -> T:
            begun = time.perf_counter()
            result = work()
            timings[name] = round((time.perf_counter() - begun) * 1000, 1)
            return result

        with self._reading() as s:
            scope = self._scope(s, params)
            facts = timed("catalog", lambda: asset_facts(s, params, scope, self.catalog()))
            usage = timed("usage", lambda: build_usage(s, params, scope, facts))
            flags = timed("flags", lambda: build_flags(s, params, scope, facts))
            influence = timed(
                "influence", lambda: build_influence(s, params, scope, facts, self.influence_memory())
            )
            coverage = timed("coverage", lambda: build_coverage(s, params, scope, facts))
            service = timed("service", lambda: build_service_levels(s, params, scope, self.now()))
            demand = timed("demand", lambda: build_demand(s, params, scope))
        return InsightReport(
            parameters=params,
            headline=headline(usage, flags, influence, service),
            usage=usage,
            flags=flags,
            influence=influence,
            coverage=coverage,
            service=service,
            demand=demand,
            took_ms=round((time.perf_counter() - started) * 1000, 1),
            timings_ms=timings,
        )

    # -- one asset --------------------------------------------------------------------------------
    def asset_detail(self, params: ReportParameters, asset_id: str) -> AssetDetail:
        """One asset in the window: its uses over time, who used it with which prospects and
        deals, what reps said, its flags, and its freshness-and-use score."""
        asset = self.library.get_asset(asset_id)
        tz = zone(params.window.time_zone)
        today = params.as_of or params.window.last_day
        with self._reading() as s:
            scope = self._scope(s, params)
            everything = Scope(scope.user_id, scope.owner, (), None, None, None, None, None)
            facts = asset_facts(s, params, everything, self.catalog())
            f = facts.get(asset.id)
            if f is None:
                raise InvalidEdit(f"“{asset.title}” is not in the library any more.")
            flagged = flag_assets(s, params, everything, facts).get(asset.id)
            last = f.last_used_at
            in_window = (
                UsageEventRow.asset_id == asset.id,
                UsageEventRow.kind.in_(CUSTOMER_FACING),
                UsageEventRow.occurred_at >= params.window.since,
                UsageEventRow.occurred_at < params.window.until,
                *([UsageEventRow.user_id == scope.user_id] if scope.user_id else []),
            )
            reps = _counts(
                s,
                select(UserRow.name, func.count())
                .select_from(UsageEventRow)
                .join(UserRow, UserRow.id == UsageEventRow.user_id)
                .where(*in_window)
                .group_by(UserRow.name),
            )
            prospects = _counts(
                s,
                select(ProspectRow.name, func.count())
                .select_from(UsageEventRow)
                .join(ProspectRow, ProspectRow.id == UsageEventRow.prospect_id)
                .where(*in_window)
                .group_by(ProspectRow.id),
            )
            deals = _deals_of_asset(s, params, scope, asset.id)
            ratings, average, comments = _asset_ratings(s, asset.id)
            requests = _review_requests(s, [ReviewRequestRow.asset_id == asset.id])
            points = timeline(s, params, everything, asset_id=asset.id)
            top_of_type = max(
                (x.uses for x in facts.values() if x.type == f.type and x.is_published), default=0
            )
        won = sum(
            1
            for d in deals
            if d.deal.outcome is Outcome.WON and params.window.contains_day(d.deal.close_date or date.min)
        )
        return AssetDetail(
            parameters=params,
            asset_id=asset.id,
            title=asset.title,
            type=asset.type,
            status=asset.status.value,
            owner=asset.owner,
            published_on=asset.published_on,
            review_by=flagged.review_by if flagged else _review_by(f),
            expires_on=asset.expires_on,
            use=f.use(),
            last_used_at=last,
            flags=flagged,
            score=score(f, last, won, top_of_type, today, params.window.days, tz),
            timeline=points,
            reps=reps,
            prospects=prospects,
            deals=tuple(deals),
            ratings=ratings,
            average_rating=average,
            comments=comments,
            review_requests=tuple(requests),
        )

    # -- one-click actions -------------------------------------------------------------------------
    def set_review_date(self, asset_id: str, day: date) -> date:
        """Give an asset a new review-by date (not in the past: that would leave it stale)."""
        if day < self.today():
            raise InvalidEdit(f"A review date is today or later, not {day.isoformat()}.")
        self.library.edit_asset(asset_id, {"review_by": day.isoformat()})
        return day

    def mark_reviewed(self, asset_id: str) -> date:
        """The owner reviewed it today: due again a review interval from now."""
        return self.set_review_date(asset_id, self.today() + REVIEW_INTERVAL)

    def archive(self, asset_ids: Sequence[str]) -> None:
        self.library.archive(asset_ids)

    def ask_owner_to_review(self, asset_id: str, note: str = "") -> ReviewRequest:
        """Record that marketing asked the asset's owner to review it; the owner sees it in
        What's new (`review_requests_for_me`). Pending until the review date moves."""
        asset = self.library.get_asset(asset_id)
        if not asset.owner.strip():
            raise InvalidEdit(f"“{asset.title}” has no owner to ask; set its owner first.")
        text = " ".join(note.split())
        if len(text) > MAX_NOTE:
            raise InvalidEdit(f"A note may have at most {MAX_NOTE} characters.")
        actor = self.actor()
        with self.sessions.begin() as s:
            row = ReviewRequestRow(
                id=new_id(),
                asset_id=asset.id,
                owner=asset.owner.strip(),
                note=text,
                review_by_then=asset.review_by,
                user_id=actor.user.id,
                device_id=actor.device_id,
                requested_at=self.now(),
            )
            s.add(row)
            s.flush()
            return _review_requests(s, [ReviewRequestRow.id == row.id])[0]

    def review_requests_for_me(self, since: datetime | None = None) -> list[ReviewRequest]:
        """Review requests for the assets I own (the owner named like my profile), newest first."""
        me = fold(self.actor().user.name)
        conditions = [ReviewRequestRow.requested_at > since] if since is not None else []
        with self.sessions() as s:
            return [r for r in _review_requests(s, conditions) if fold(r.owner) == me]

    def review_requests(self, asset_id: str) -> list[ReviewRequest]:
        asset = self.library.get_asset(asset_id)
        with self.sessions() as s:
            return _review_requests(s, [ReviewRequestRow.asset_id == asset.id])


def headline(
    usage: UsageReport, flags: FlagReport, influence: InfluenceReport, service: ServiceLevelReport
) -> Headline:
    return Headline(
        published=usage.published,
        used_with_prospect=usage.published_used,
        used_share=usage.used_share,
        archive_candidates=len(flags.archive_candidates),
        influenced_won=influence.influenced_total,
        influenced_deals=influence.influenced_deals,
        open_requests=service.open_requests,
        ack_mean_days=service.ack_mean_days,
        ack_met_share=service.ack_met_share,
        ack_target_days=service.targets.ack_working_days,
        feedback_coverage=service.feedback_coverage,
        feedback_target=service.targets.feedback_coverage,
    )


def score(
    f: AssetFacts,
    last_used: datetime | None,
    won_deals: int,
    top_of_type: int,
    today: date,
    window_days: int,
    tz: ZoneInfo,
) -> AssetScore:
    """Freshness and use, 0–100: four parts of 25 points.
    - reviewed: full when reviewed today, nothing a year after (or when stale, or expired);
    - recent use: full when shared or presented today, nothing a window's length ago;
    - uses: uses in W against the most used published asset of its type (log scale);
    - influence: won deals in W it influenced (1 − ½ⁿ: 1 deal 12.5, 2 deals 18.75…)."""
    stale = stale_reason(f.published_on, f.review_by, f.expires_on, f.created_on, today)
    due = effective_review_by(f.published_on, f.review_by, f.created_on)
    # Reviews are not stored; each one sets review-by a review interval ahead.
    reviewed_on = min(today, due - REVIEW_INTERVAL)
    review_age = max(0, (today - reviewed_on).days)
    reviewed = 0.0 if stale else SCORE_PART * max(0.0, 1 - review_age / 365)
    reviewed_words = stale or translate("insight", "reviewed {0}").format(age_words(review_age))
    since_use = None if last_used is None else max(0, (today - local_day(last_used, tz)).days)
    recent = 0.0 if since_use is None else SCORE_PART * max(0.0, 1 - since_use / window_days)
    recent_words = (
        translate("insight", "never shared or presented")
        if since_use is None
        else translate("insight", "last used {0}").format(age_words(since_use))
    )
    uses = SCORE_PART * (math.log1p(f.uses) / math.log1p(top_of_type) if top_of_type and f.uses else 0.0)
    uses_words = translate("insight", "{0} uses in the window; the most used of its type had {1}").format(
        f.uses, top_of_type
    )
    influence = SCORE_PART * (1 - 0.5**won_deals)
    influence_words = translate("insight", "influenced %n won deal(s) in the window", None, won_deals)
    parts = (
        ScorePart("reviewed", round(reviewed, 1), SCORE_PART, reviewed_words),
        ScorePart("recent_use", round(recent, 1), SCORE_PART, recent_words),
        ScorePart("uses", round(uses, 1), SCORE_PART, uses_words),
        ScorePart("influence", round(influence, 1), SCORE_PART, influence_words),
    )
    return AssetScore(round(sum(p.points for p in parts), 1), parts)


def _review_by(f: AssetFacts) -> date:
    return effective_review_by(f.published_on, f.review_by, f.created_on)


def _counts(s: Session, query: object) -> tuple[Count, ...]:
    rows = s.execute(query).all()  # type: ignore[call-overload]
    return tuple(Count(name, int(n)) for name, n in sorted(rows, key=lambda r: (-int(r[1]), str(r[0]))))


def _deals_of_asset(s: Session, params: ReportParameters, scope: Scope, asset_id: str) -> list[AssetDealUse]:
    """Deals open now or closed in W whose prospect the asset reached during the deal, or
    that a rep said it helped win; most uses first."""
    w = params.window
    relevant = (DealRow.outcome == Outcome.OPEN.value) | (
        (DealRow.close_date >= w.first_day) & (DealRow.close_date <= w.last_day)
    )
    uses = (
        select(DealRow.id.label("deal_id"), func.count().label("uses"))
        .join(UsageEventRow, reached_prospect_in_cycle(DealRow, zone(w.time_zone)))
        .where(UsageEventRow.asset_id == asset_id, relevant, *scope.deal_conditions())
        .join(ProspectRow, ProspectRow.id == DealRow.prospect_id)
        .group_by(DealRow.id)
        .subquery("uses")
    )
    latest = latest_feedback(FeedbackRow.asset_id == asset_id)
    declared = (
        select(latest.c.deal_id)
        .where(latest.c.rn == 1, latest.c.verdict == Verdict.HELPED_WIN.value)
        .distinct()
    )
    marked = set(s.scalars(declared))
    rows = s.execute(
        select(DealRow, ProspectRow.name, func.coalesce(uses.c.uses, 0))
        .join(ProspectRow, ProspectRow.id == DealRow.prospect_id)
        .outerjoin(uses, uses.c.deal_id == DealRow.id)
        .where(relevant, (uses.c.deal_id.is_not(None)) | DealRow.id.in_(marked), *scope.deal_conditions())
    ).all()
    result = [
        AssetDealUse(deal_ref(d, name), int(n), d.id in marked and d.outcome == Outcome.WON.value)
        for d, name, n in rows
    ]
    result.sort(key=lambda u: (-u.uses, u.deal.name))
    return result


def _asset_ratings(s: Session, asset_id: str) -> tuple[int, float | None, tuple[str, ...]]:
    """Every rep's latest rating per deal (all time: ratings are the asset's standing) and the
    latest comments."""
    latest = latest_feedback(FeedbackRow.asset_id == asset_id, FeedbackRow.rating.is_not(None))
    count, average = s.execute(select(func.count(), func.avg(latest.c.rating)).where(latest.c.rn == 1)).one()
    comments = s.scalars(
        select(FeedbackRow.comment)
        .where(FeedbackRow.asset_id == asset_id, FeedbackRow.comment != "")
        .order_by(FeedbackRow.created_at.desc(), FeedbackRow.id)
        .limit(5)
    ).all()
    return int(count), (round(float(average), 2) if average is not None else None), tuple(comments)


def _review_requests(s: Session, conditions: Sequence[object]) -> list[ReviewRequest]:
    rows = s.execute(
        select(ReviewRequestRow, AssetRow.title, AssetRow.review_by, UserRow.name)
        .join(AssetRow, AssetRow.id == ReviewRequestRow.asset_id)
        .join(UserRow, UserRow.id == ReviewRequestRow.user_id)
        .where(AssetRow.deleted.is_(False), *conditions)  # type: ignore[arg-type]
        .order_by(ReviewRequestRow.requested_at.desc(), ReviewRequestRow.id)
    ).all()
    return [
        ReviewRequest(
            id=r.id,
            asset_id=r.asset_id,
            asset_title=title,
            owner=r.owner,
            requested_by=name,
            requested_at=r.requested_at,
            note=r.note,
            review_by_then=r.review_by_then,
            pending=r.review_by_then == review_by,
        )
        for r, title, review_by, name in rows
    ]
