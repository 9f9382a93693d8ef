"""Records of the marketing insight: what is used, what wins, what is stale, what is missing,
and whether the service levels between sales and marketing hold. Frozen and plain, so the
UI, the CLI and the exports all read the same figures.

Every report carries its `ReportParameters`: the window, the time zone, the filters and each
threshold its definitions used, so a reader can recompute any figure from the events."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from .sales import Money, Outcome, RequestStatus, Segment


class Attribution(StrEnum):
    """How a won deal's amount is shared among the assets that influenced it."""

    FULL = "full"  # every influencing asset is credited with the whole amount
    EVEN = "even"  # the amount split evenly among them
    FIRST = "first"  # the first asset to reach the prospect takes it all
    LAST = "last"  # the last one before the close does

    @property
    def label(self) -> str:
        return {
            Attribution.FULL: "full credit",
            Attribution.EVEN: "even split",
            Attribution.FIRST: "first touch",
            Attribution.LAST: "last touch",
        }[self]


class Flag(StrEnum):
    UNUSED = "unused"
    UNDERUSED = "underused"
    STALE = "stale"
    ARCHIVE_CANDIDATE = "archive_candidate"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")


class CoverageStatus(StrEnum):
    GAP = "gap"  # demand and no asset
    THIN = "thin"  # one or two assets
    COVERED = "covered"  # three or more
    EXCESS = "excess"  # five or more, little used
    QUIET = "quiet"  # no asset and no demand: nothing to do


class ReportKind(StrEnum):
    USAGE = "usage"
    UNDERUSED = "underused"
    STALE = "stale"
    INFLUENCE = "influence"
    GAPS = "gaps"
    SLA = "sla"
    DEMAND = "demand"
    ALL = "all"


def _day(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


DEFAULT_GRACE_DAYS = 30
DEFAULT_UNDERUSED_FLOOR = 2
# Dimensions a coverage heatmap can cross.
COVERAGE_DIMENSIONS = ("stage", "persona", "industry", "size", "product")


# -- what every report is computed for -----------------------------------------------------
@dataclass(frozen=True, slots=True)
class Window:
    """Half-open [since, until): midnight of `first_day` to midnight after `last_day`, both
    in `time_zone`; `since`/`until` are those instants in UTC."""

    since: datetime
    until: datetime
    first_day: date
    last_day: date  # inclusive
    time_zone: str
    days: int

    def contains(self, moment: datetime) -> bool:
        return self.since <= moment < self.until

    def contains_day(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day

    @property
    def label(self) -> str:
        return f"{_day(self.first_day)} – {_day(self.last_day)} ({self.days} days, {self.time_zone})"


@dataclass(frozen=True, slots=True)
class InsightFilters:
    """Narrow every report. `member` is a profile's name: their usage, the deals they own,
    their requests and searches. `product` and the segment narrow the assets (tagged with
    each value) and, where deals carry the dimension, the deals (prospect's industry and size,
    deal's stage)."""

    member: str | None = None
    product: str | None = None
    industry: str | None = None
    size: str | None = None
    stage: str | None = None
    persona: str | None = None

    def is_empty(self) -> bool:
        return not any(self.as_dict().values())

    def as_dict(self) -> dict[str, str | None]:
        return {
            "member": self.member,
            "product": self.product,
            "industry": self.industry,
            "size": self.size,
            "stage": self.stage,
            "persona": self.persona,
        }

    def describe(self) -> str:
        parts = [f"{k} {v}" for k, v in self.as_dict().items() if v]
        return ", ".join(parts) if parts else "none"


@dataclass(frozen=True, slots=True)
class Targets:
    """Service levels agreed between sales and marketing (library settings)."""

    ack_working_days: int = 5  # a request is acknowledged within this many working days
    deliver_working_days: int = 20  # and delivered within this many, counted from its creation
    feedback_coverage: float = 0.8  # share of closed deals with at least one asset marked


@dataclass(frozen=True, slots=True)
class InsightSettings:
    """The definitions' thresholds, stored in the library's settings (defaults below)."""

    time_zone: str
    grace_days: int = DEFAULT_GRACE_DAYS  # a newer asset is never unused: it has not had its chance
    underused_floor: int = DEFAULT_UNDERUSED_FLOOR  # fewer customer-facing uses in W is underused
    targets: Targets = field(default_factory=Targets)
    # Fixed parts of the definitions, named so reports can state them.
    review_interval_days: int = 180
    quintile: float = 0.2
    quintile_min_assets: int = 5  # a type needs this many assets for a bottom quintile to mean anything
    lift_min_deals: int = 5
    thin_below: int = 3
    excess_from: int = 5


@dataclass(frozen=True, slots=True)
class ReportParameters:
    window: Window
    filters: InsightFilters
    settings: InsightSettings
    attribution: Attribution = Attribution.EVEN
    dims: tuple[str, str] = ("stage", "industry")
    as_of: date | None = None  # "today" for stale and grace: the window's last day


@dataclass(frozen=True, slots=True)
class Label:
    slug: str
    label: str


# -- usage ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class AssetUse:
    asset_id: str
    title: str
    type: str
    status: str
    owner: str
    uses: int  # customer-facing: shared + presented in W
    shares: int
    presentations: int
    views: int  # reported apart: a preview is not a use with a prospect


@dataclass(frozen=True, slots=True)
class TypeUse:
    type: str
    label: str
    assets: int  # published assets of the type
    used: int  # of them, used with a prospect in W
    uses: int
    views: int


@dataclass(frozen=True, slots=True)
class SegmentUse:
    dimension: str
    value: str
    label: str
    assets: int  # published assets tagged with the value
    uses: int


@dataclass(frozen=True, slots=True)
class TimePoint:
    """One bucket of a trend: [start, end) local days."""

    start: date
    end: date
    label: str
    uses: int = 0
    views: int = 0


@dataclass(frozen=True, slots=True)
class UsageReport:
    parameters: ReportParameters
    assets: tuple[AssetUse, ...]  # every live asset in scope, most used first
    by_type: tuple[TypeUse, ...]
    by_segment: tuple[SegmentUse, ...]  # by industry and by stage
    timeline: tuple[TimePoint, ...]
    published: int
    published_used: int  # published assets with at least one customer-facing use in W
    uses: int
    views: int

    @property
    def used_share(self) -> float | None:
        return self.published_used / self.published if self.published else None

    def top(self, n: int = 10) -> tuple[AssetUse, ...]:
        return tuple(a for a in self.assets if a.uses > 0)[:n]

    def bottom(self, n: int = 10) -> tuple[AssetUse, ...]:
        """The least used published assets, least first."""
        published = [a for a in self.assets if a.status == "published"]
        return tuple(sorted(published, key=lambda a: (a.uses, a.views, a.title.casefold()))[:n])


# -- flags ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class FlaggedAsset:
    asset_id: str
    title: str
    type: str
    owner: str
    flags: tuple[Flag, ...]
    reasons: dict[Flag, str]  # "why flagged", per flag, in words
    uses: int  # customer-facing in W
    last_used_at: datetime | None  # last customer-facing use before the window's end, ever
    published_on: date | None
    review_by: date | None  # effective: stored, or published + review interval
    expires_on: date | None
    review_requested_at: datetime | None = None  # an owner was asked to review, still pending

    @property
    def reason(self) -> str:
        return "; ".join(self.reasons[f] for f in self.flags if f in self.reasons)

    @property
    def details(self) -> str:
        """The reasons without the archive-candidate summary, for a list titled by it."""
        return "; ".join(self.reasons[f] for f in self.flags if f is not Flag.ARCHIVE_CANDIDATE)


@dataclass(frozen=True, slots=True)
class FlagReport:
    parameters: ReportParameters
    unused: tuple[FlaggedAsset, ...]
    underused: tuple[FlaggedAsset, ...]  # used in W, but little (unused ones are listed as unused)
    stale: tuple[FlaggedAsset, ...]
    archive_candidates: tuple[FlaggedAsset, ...]  # stale and unused


# -- win influence ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class AssetInfluence:
    asset_id: str
    title: str
    type: str
    declared_won: int  # won deals closed in W where a rep marked it "helped win"
    assisted_won: int  # won deals closed in W whose prospect it reached during the deal
    won_deals: int  # either
    influenced: tuple[Money, ...]  # under the report's attribution, one per currency
    closed_deals_used: int  # deals closed in W (won or lost) whose prospect it reached
    won_deals_used: int
    lift: float | None  # hidden (None) below the minimum number of deals
    lift_reason: str
    average_rating: float | None
    ratings: int
    comments: tuple[str, ...]  # the latest few


@dataclass(frozen=True, slots=True)
class InfluenceReport:
    parameters: ReportParameters
    attribution: Attribution
    assets: tuple[AssetInfluence, ...]  # assets with any won deal or any closed deal used
    closed_deals: int
    won_deals: int
    influenced_deals: int  # won deals in W with at least one influencing asset
    influenced_total: tuple[Money, ...]  # their amounts, each deal once, per currency

    @property
    def win_rate(self) -> float | None:
        return self.won_deals / self.closed_deals if self.closed_deals else None


# -- coverage gaps ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class CoverageCell:
    row: str  # slug in dims[0]
    column: str  # slug in dims[1]
    supply: int
    deals: int
    searches: int
    requests: int
    uses: int  # customer-facing uses of the cell's assets in W
    status: CoverageStatus

    @property
    def demand(self) -> int:
        return self.deals + self.searches + self.requests

    @property
    def score(self) -> float:
        return self.demand / (self.supply + 1)

    @property
    def reason(self) -> str:
        demand = [
            f"{n} {word}"
            for n, word in (
                (self.deals, "open or recent deal" if self.deals == 1 else "open or recent deals"),
                (self.searches, "zero-result search" if self.searches == 1 else "zero-result searches"),
                (self.requests, "open request" if self.requests == 1 else "open requests"),
            )
            if n
        ]
        wanted = ", ".join(demand) if demand else "no demand"
        have = {0: "no asset", 1: "1 asset"}.get(self.supply, f"{self.supply} assets")
        return f"{wanted}; {have}"


@dataclass(frozen=True, slots=True)
class CoverageReport:
    parameters: ReportParameters
    dims: tuple[str, str]
    rows: tuple[Label, ...]
    columns: tuple[Label, ...]
    cells: tuple[CoverageCell, ...]  # row-major, every row × column

    def cell(self, row: str, column: str) -> CoverageCell:
        for c in self.cells:
            if c.row == row and c.column == column:
                return c
        raise KeyError((row, column))

    def worst(self, n: int = 5) -> tuple[CoverageCell, ...]:
        ranked = sorted(
            (c for c in self.cells if c.demand), key=lambda c: (-c.score, -c.demand, c.row, c.column)
        )
        return tuple(ranked[:n])


@dataclass(frozen=True, slots=True)
class AssetRef:
    asset_id: str
    title: str
    type: str
    uses: int  # customer-facing in W
    stale: bool


@dataclass(frozen=True, slots=True)
class DealRef:
    deal_id: str
    name: str
    prospect: str
    owner: str
    outcome: Outcome
    close_date: date | None
    amount: Money | None
    stage: str | None = None


@dataclass(frozen=True, slots=True)
class SearchRef:
    query: str
    searches: int
    last_searched_at: datetime


@dataclass(frozen=True, slots=True)
class RequestRef:
    request_id: str
    text: str
    status: RequestStatus
    requester: str
    votes: int
    created_at: datetime


@dataclass(frozen=True, slots=True)
class CellDetail:
    """What is behind one heatmap cell: its supply and its demand."""

    dims: tuple[str, str]
    row: Label
    column: Label
    cell: CoverageCell
    assets: tuple[AssetRef, ...]  # the supply
    stale_assets: tuple[AssetRef, ...]  # tagged for the cell but stale: not counted as supply
    deals: tuple[DealRef, ...]
    searches: tuple[SearchRef, ...]
    requests: tuple[RequestRef, ...]


# -- service levels ----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class RequestTiming:
    request_id: str
    text: str
    requester: str
    status: RequestStatus
    created_at: datetime
    acknowledged_at: datetime | None  # first change out of "open"
    ack_days: float | None  # working days to it (or waited so far, when still open)
    ack_met: bool | None  # None: still open and within target
    delivered_at: datetime | None
    deliver_days: float | None
    deliver_met: bool | None  # None: not delivered yet and within target, or declined
    reason: str


@dataclass(frozen=True, slots=True)
class ServicePoint:
    start: date
    end: date
    label: str
    requests: int  # created in the bucket
    ack_mean_days: float | None
    ack_met_share: float | None
    closed_deals: int
    with_feedback: int

    @property
    def feedback_coverage(self) -> float | None:
        return self.with_feedback / self.closed_deals if self.closed_deals else None


@dataclass(frozen=True, slots=True)
class ServiceLevelReport:
    parameters: ReportParameters
    targets: Targets
    requests: tuple[RequestTiming, ...]  # created in W, oldest first
    ack_met: int
    ack_missed: int  # late, answered or not
    ack_pending: int  # unanswered, still within target
    ack_mean_days: float | None  # over acknowledged requests
    delivered: int
    deliver_met: int
    deliver_missed: int
    deliver_mean_days: float | None
    open_requests: int  # not delivered nor declined now, whenever made
    closed_deals: int  # closed in W
    with_feedback: int
    without_feedback: tuple[DealRef, ...]
    trend: tuple[ServicePoint, ...]

    @property
    def ack_met_share(self) -> float | None:
        judged = self.ack_met + self.ack_missed
        return self.ack_met / judged if judged else None

    @property
    def deliver_met_share(self) -> float | None:
        judged = self.deliver_met + self.deliver_missed
        return self.deliver_met / judged if judged else None

    @property
    def feedback_coverage(self) -> float | None:
        return self.with_feedback / self.closed_deals if self.closed_deals else None


# -- search demand -------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class DemandQuery:
    query: str
    searches: int
    zero_result: int
    no_click: int
    last_searched_at: datetime
    segment: Segment  # what the query's filters and words name
    request_id: str | None  # an open request already asking for it (same words)


@dataclass(frozen=True, slots=True)
class DemandReport:
    parameters: ReportParameters
    zero_result: tuple[DemandQuery, ...]
    no_click: tuple[DemandQuery, ...]


# -- one asset --------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ScorePart:
    name: str  # reviewed, recent_use, uses, influence
    points: float
    out_of: float
    words: str


@dataclass(frozen=True, slots=True)
class AssetScore:
    """Freshness and use, 0–100, as the sum of its parts."""

    total: float
    parts: tuple[ScorePart, ...]


@dataclass(frozen=True, slots=True)
class Count:
    name: str
    count: int


@dataclass(frozen=True, slots=True)
class AssetDealUse:
    deal: DealRef
    uses: int  # customer-facing uses with its prospect during the deal
    declared: bool  # marked "helped win"


@dataclass(frozen=True, slots=True)
class ReviewRequest:
    """Marketing asked an asset's owner to review it (a dated fact)."""

    id: str
    asset_id: str
    asset_title: str
    owner: str
    requested_by: str
    requested_at: datetime
    note: str
    review_by_then: date | None
    pending: bool  # the asset's review date has not moved since


@dataclass(frozen=True, slots=True)
class AssetDetail:
    parameters: ReportParameters
    asset_id: str
    title: str
    type: str
    status: str
    owner: str
    published_on: date | None
    review_by: date | None  # effective
    expires_on: date | None
    use: AssetUse
    last_used_at: datetime | None
    flags: FlaggedAsset | None
    score: AssetScore
    timeline: tuple[TimePoint, ...]
    reps: tuple[Count, ...]  # who shared or presented it in W, most first
    prospects: tuple[Count, ...]
    deals: tuple[AssetDealUse, ...]
    ratings: int
    average_rating: float | None
    comments: tuple[str, ...]
    review_requests: tuple[ReviewRequest, ...]


# -- the whole view ----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Headline:
    published: int
    used_with_prospect: int
    used_share: float | None
    archive_candidates: int
    influenced_won: tuple[Money, ...]
    influenced_deals: int
    open_requests: int
    ack_mean_days: float | None
    ack_met_share: float | None
    ack_target_days: int
    feedback_coverage: float | None
    feedback_target: float


@dataclass(frozen=True, slots=True)
class InsightReport:
    parameters: ReportParameters
    headline: Headline
    usage: UsageReport
    flags: FlagReport
    influence: InfluenceReport
    coverage: CoverageReport
    service: ServiceLevelReport
    demand: DemandReport
    took_ms: float
    timings_ms: dict[str, float] = field(default_factory=dict)
