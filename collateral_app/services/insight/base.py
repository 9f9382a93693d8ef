"""What every insight report shares: the library's settings (time zone, grace period,
floor, targets), the window, the filters turned into SQL conditions, the time buckets of a
trend, working days, and the words flags are explained with.

Windows are half-open, [since, until), with both ends at local midnight in the library's
time zone (setting `insight.time_zone`, default the computer's zone): "the last 90 days"
is today and the 89 days before it, from midnight to midnight. Event times are stored in
UTC and compared with the window's ends converted to UTC; deal dates (close dates) are
calendar dates as the CRM wrote them and are compared with the window's local days."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    ColumnElement,
    Select,
    Table,
    and_,
    column,
    exists,
    func,
    literal,
    select,
    text,
    true,
    union_all,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import UnaryExpression
from sqlalchemy.sql.expression import TableClause
from sqlalchemy.sql.operators import custom_op
from sqlalchemy.sql.visitors import InternalTraversal

from collateral_app import i18n
from collateral_app.domain.enums import AssetStatus, Dimension
from collateral_app.domain.errors import InvalidEdit
from collateral_app.domain.insight import (
    COVERAGE_DIMENSIONS,
    DEFAULT_GRACE_DAYS,
    DEFAULT_UNDERUSED_FLOOR,
    Attribution,
    InsightFilters,
    InsightSettings,
    ReportParameters,
    Targets,
    Window,
)
from collateral_app.domain.sales import UsageKind
from collateral_app.i18n import translate
from collateral_app.services.common.clock import TIME_ZONE_KEY, local_day, machine_time_zone, midnight, zone
from collateral_app.services.common.taxonomy import REVIEW_INTERVAL
from collateral_app.services.sales.base import SalesBase, short_label, user_named
from collateral_app.storage.base import UTCDateTime
from collateral_app.storage.models import AssetRow, AssetTerm, Setting, TaxonomyValue
from collateral_app.storage.sales_models import DealRow, ProspectRow, UserRow

DEFAULT_WINDOW_DAYS = 90
WINDOW_CHOICES = (30, 90, 180, 365)
MAX_WINDOW_DAYS = 3_660
WEEKLY_UP_TO_DAYS = 120  # longer windows are bucketed by month

GRACE_KEY = "insight.grace_days"
FLOOR_KEY = "insight.underused_floor"
ACK_KEY = "insight.ack_working_days"
DELIVER_KEY = "insight.deliver_working_days"
FEEDBACK_KEY = "insight.feedback_target_percent"
SETTING_NAMES = {
    "time_zone": TIME_ZONE_KEY,
    "grace_days": GRACE_KEY,
    "underused_floor": FLOOR_KEY,
    "ack_working_days": ACK_KEY,
    "deliver_working_days": DELIVER_KEY,
    "feedback_target_percent": FEEDBACK_KEY,
}

SHARED, PRESENTED, VIEWED = UsageKind.SHARED.value, UsageKind.PRESENTED.value, UsageKind.VIEWED.value
AnySelect = Select[Any]


def make_window(
    time_zone: str,
    today: date,
    *,
    days: int | None = None,
    since: date | None = None,
    until: date | None = None,
) -> Window:
    """The last `days` days (today included), or [since, until) given as local dates (`until`
    is the first day not included; without it, the window ends after today)."""
    tz = zone(time_zone)
    if days is not None and not 1 <= days <= MAX_WINDOW_DAYS:
        raise InvalidEdit(f"A window is 1 to {MAX_WINDOW_DAYS} days, not {days}.")
    end = until or today + timedelta(days=1)
    start = since or end - timedelta(days=days or DEFAULT_WINDOW_DAYS)
    if since is not None and days is not None and until is None:
        end = start + timedelta(days=days)
    if start >= end:
        raise InvalidEdit(f"The window must start before it ends ({start} is not before {end}).")
    if (end - start).days > MAX_WINDOW_DAYS:
        raise InvalidEdit(f"A window is at most {MAX_WINDOW_DAYS} days.")
    return Window(
        since=midnight(start, tz),
        until=midnight(end, tz),
        first_day=start,
        last_day=end - timedelta(days=1),
        time_zone=time_zone,
        days=(end - start).days,
    )


@dataclass(frozen=True, slots=True)
class Bucket:
    start: date
    end: date  # exclusive
    label: str


def buckets(window: Window) -> list[Bucket]:
    """A trend's points: weeks from the window's first day, or calendar months (the first and
    last may be partial) for windows longer than WEEKLY_UP_TO_DAYS."""
    end = window.last_day + timedelta(days=1)
    result: list[Bucket] = []
    day = window.first_day
    if window.days <= WEEKLY_UP_TO_DAYS:
        while day < end:
            nxt = min(end, day + timedelta(days=7))
            result.append(Bucket(day, nxt, i18n.day_and_month(day)))
            day = nxt
        return result
    while day < end:
        month_end = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
        nxt = min(end, month_end)
        result.append(Bucket(day, nxt, i18n.month_and_year(day)))
        day = nxt
    return result


def bucket_table(points: Sequence[Bucket], tz: ZoneInfo) -> Any:
    """The buckets as a small SQL table (n, lo, hi) of UTC instants, to join events with:
    each bucket is then one range seek, and local midnights stay exact in any zone."""
    rows = [
        select(
            literal(n).label("n"),
            literal(midnight(b.start, tz), UTCDateTime()).label("lo"),
            literal(midnight(b.end, tz), UTCDateTime()).label("hi"),
        )
        for n, b in enumerate(points)
    ]
    return union_all(*rows).subquery("buckets")


# -- review dates ---------------------------------------------------------------------------------
def effective_review_by(published_on: date | None, review_by: date | None, created_on: date) -> date:
    """The stored review-by date, else the review interval after publishing."""
    return review_by or (published_on or created_on) + REVIEW_INTERVAL


def stale_reason(
    published_on: date | None, review_by: date | None, expires_on: date | None, created_on: date, today: date
) -> str | None:
    """Why an asset is stale (past review-by, or expired), or None when it is not."""
    if expires_on is not None and expires_on < today:
        return translate("insight", "expired on {0}").format(day_words(expires_on))
    due = effective_review_by(published_on, review_by, created_on)
    if due < today:
        if review_by:
            return translate("insight", "review overdue since {0}").format(day_words(due))
        return translate("insight", "review overdue since {0} ({1} days after publishing)").format(
            day_words(due), REVIEW_INTERVAL.days
        )
    return None


# -- words --------------------------------------------------------------------------------------
def day_words(day: date) -> str:
    """7 Dec 2026 · 07.12.2026 · 2026/12/07."""
    return _day_words(day, i18n.current_language())


@lru_cache(maxsize=4096)  # flags word thousands of review dates, most of them shared
def _day_words(day: date, language: str) -> str:
    return f"{day.day} {day:%b %Y}" if language == i18n.SOURCE_LANGUAGE else i18n.day(day)


def plural(n: int, noun: str, nouns: str | None = None) -> str:
    return f"{n} {noun if n == 1 else (nouns or noun + 's')}"


def age_words(days: int) -> str:
    """How long ago, in words a meeting uses: "3 weeks ago", "8 months ago"."""
    if days <= 0:
        return translate("insight", "today")
    if days == 1:
        return translate("insight", "yesterday")
    if days < 14:
        return translate("insight", "%n days ago", None, days)
    if days < 61:
        weeks = days // 7
        return translate("insight", "%n weeks ago", None, weeks)
    if days < 730:
        months = round(days / 30.44)
        return translate("insight", "%n months ago", None, months)
    years = days // 365
    return translate("insight", "%n years ago", None, years)


def window_words(window: Window, today: date) -> str:
    if window.last_day == today:
        days = window.days
        return translate("insight", "the last %n days", None, days)
    return f"{day_words(window.first_day)} – {day_words(window.last_day)}"


# -- filters and scope ----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Scope:
    """The filters as the queries need them."""

    user_id: str | None
    owner: str | None  # deals owned by the member (CRM owners are names)
    terms: tuple[tuple[str, str], ...]  # asset tags required: (dimension, slug)
    industry: str | None
    size: str | None
    stage: str | None
    persona: str | None
    product: str | None
    # Whether events must be checked against the assets in scope: only when the filters
    # narrow the assets or some asset is deleted (a team server's tombstone).
    check_assets: bool = True

    @property
    def narrows_assets(self) -> bool:
        return bool(self.terms)

    def asset_conditions(self, asset: Any = AssetRow) -> list[ColumnElement[bool]]:
        """Live assets tagged with every filtered value."""
        conditions: list[ColumnElement[bool]] = [asset.deleted.is_(False)]
        for dimension, slug in self.terms:
            conditions.append(
                asset.id.in_(
                    select(AssetTerm.asset_id).where(AssetTerm.dimension == dimension, AssetTerm.slug == slug)
                )
            )
        return conditions

    def asset_ids(self) -> AnySelect:
        return select(AssetRow.id).where(*self.asset_conditions())

    def has_asset(self, column: Any) -> ColumnElement[bool]:
        """`column` (an asset id of events or feedback) is an asset in scope: checked row by
        row, never used to drive the query (as an index it would seek every asset)."""
        if not self.check_assets:
            return true()
        condition: ColumnElement[bool] = unindexed(column).in_(self.asset_ids())
        return condition

    @property
    def filters_prospects(self) -> bool:
        """Whether `deal_conditions` name the prospect's columns (industry, size)."""
        return bool(self.industry or self.size)

    def deal_conditions(self, deal: Any = DealRow, prospect: Any = ProspectRow) -> list[ColumnElement[bool]]:
        """Deals of the member, the segment's industry and size (the prospect's) and stage.
        Deals carry no persona or product, so those filters leave them alone."""
        conditions: list[ColumnElement[bool]] = []
        if self.owner is not None:
            conditions.append(func.lower(deal.owner) == self.owner.lower())
        if self.industry:
            conditions.append(prospect.industry == self.industry)
        if self.size:
            conditions.append(prospect.size == self.size)
        if self.stage:
            conditions.append(deal.stage == self.stage)
        return conditions


class InsightBase(SalesBase):
    # -- settings -----------------------------------------------------------------------------
    def insight_settings(self) -> InsightSettings:
        with self.sessions() as s:
            return _settings(s)

    def set_insight_settings(self, **changes: str | int | float) -> InsightSettings:
        """Change the definitions' settings: time_zone, grace_days, underused_floor,
        ack_working_days, deliver_working_days, feedback_target_percent."""
        unknown = [k for k in changes if k not in SETTING_NAMES]
        if unknown:
            raise InvalidEdit(f"Unknown setting {', '.join(unknown)}. Settings: {', '.join(SETTING_NAMES)}.")
        clean: dict[str, str] = {}
        for name, value in changes.items():
            if name == "time_zone":
                zone(str(value))
                clean[name] = str(value)
                continue
            limits = {"feedback_target_percent": (1, 100)}.get(name, (0, 365))
            try:
                number = int(str(value))
            except ValueError as exc:
                raise InvalidEdit(f"{name} is a whole number, not “{value}”.") from exc
            if not limits[0] <= number <= limits[1]:
                raise InvalidEdit(f"{name} is from {limits[0]} to {limits[1]}, not {number}.")
            clean[name] = str(number)
        with self.sessions.begin() as s:
            for name, value in clean.items():
                row = s.get(Setting, SETTING_NAMES[name])
                if row is None:
                    s.add(Setting(key=SETTING_NAMES[name], value=value))
                else:
                    row.value = value
            return _settings(s)

    def today(self) -> date:
        """Today in the library's time zone."""
        return local_day(self.now(), zone(self.insight_settings().time_zone))

    # -- what a report is for -------------------------------------------------------------------
    def parameters(
        self,
        *,
        days: int | None = None,
        since: date | None = None,
        until: date | None = None,
        filters: InsightFilters | None = None,
        attribution: Attribution | str = Attribution.EVEN,
        dims: Sequence[str] = ("stage", "industry"),
    ) -> ReportParameters:
        """The window (default: the last 90 days), the filters (labels or slugs, checked), the
        attribution model and the heatmap's dimensions, with the library's settings."""
        settings = self.insight_settings()
        today = local_day(self.now(), zone(settings.time_zone))
        window = make_window(settings.time_zone, today, days=days, since=since, until=until)
        with self.sessions() as s:
            clean = self._clean_filters(s, filters or InsightFilters())
        return ReportParameters(
            window=window,
            filters=clean,
            settings=settings,
            attribution=parse_attribution(attribution),
            dims=parse_dims(dims),
            as_of=min(today, window.last_day),
        )

    def _clean_filters(self, s: Session, filters: InsightFilters) -> InsightFilters:
        member = None
        if filters.member and filters.member.strip():
            row = user_named(s, filters.member)
            if row is None:
                known = ", ".join(sorted(name for (name,) in s.execute(select(UserRow.name))))
                raise InvalidEdit(f"No team member named “{filters.member}”. Team: {known or 'nobody yet'}.")
            member = row.name
        return replace(
            filters,
            member=member,
            product=self._slug(s, Dimension.PRODUCT, filters.product),
            industry=self._slug(s, Dimension.INDUSTRY, filters.industry),
            size=self._slug(s, Dimension.SIZE, filters.size),
            stage=self._slug(s, Dimension.STAGE, filters.stage),
            persona=self._slug(s, Dimension.PERSONA, filters.persona),
        )

    def _scope(self, s: Session, params: ReportParameters) -> Scope:
        f = params.filters
        user = user_named(s, f.member) if f.member else None
        terms = tuple(
            (name, value)
            for name, value in (
                ("product", f.product),
                ("industry", f.industry),
                ("size", f.size),
                ("stage", f.stage),
                ("persona", f.persona),
            )
            if value
        )
        if f.member and user is None:
            raise InvalidEdit(f"No team member named “{f.member}”.")
        return Scope(
            user_id=user.id if user is not None else None,
            owner=user.name if user is not None else None,
            terms=terms,
            industry=f.industry,
            size=f.size,
            stage=f.stage,
            persona=f.persona,
            product=f.product,
            check_assets=bool(terms) or bool(s.scalar(select(exists().where(AssetRow.deleted.is_(True))))),
        )


class IndexedBy(TableClause):
    """`table AS name INDEXED BY index` in a FROM clause: a table read through one index.
    Libraries carry no planner statistics, so SQLite guesses; where its guess is measurably
    worse, this names the index (only when `has_index` says it is there)."""

    inherit_cache = True
    _traverse_internals = [  # noqa: RUF012 (SQLAlchemy's cache key, as on TableClause)
        *TableClause._traverse_internals,
        ("source", InternalTraversal.dp_string),
        ("index", InternalTraversal.dp_string),
    ]

    def __init__(self, table: Table, name: str, index: str) -> None:
        super().__init__(name, *(column(c.name, c.type) for c in table.columns))
        self.source, self.index = table.name, index


@compiles(IndexedBy)
def _indexed_by(element: IndexedBy, compiler: Any, **kw: Any) -> str:
    return f"{element.source} AS {element.name} INDEXED BY {element.index}"


def plain_rows(s: Session, query: Any) -> Sequence[Any]:
    """The rows of `query` as the driver returns them: plain tuples, no SQLAlchemy Row and no
    result processing, half the time over tens of thousands of rows (25k closed deals: 95 →
    48 ms). Only for columns whose stored value is what the caller wants (text, integers,
    stored times compared as text), never dates, booleans or money read as values."""
    cursor = s.connection().execute(query).cursor
    assert cursor is not None
    return cursor.fetchall()


def has_index(s: Session, name: str) -> bool:
    """Whether the library has index `name` (one made by migration 0003 after a library was
    migrated is missing there: the query then runs without naming it)."""
    found = s.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = :name"), {"name": name}
    ).first()
    return found is not None


def unindexed(column: Any) -> Any:
    """`+column`: the same value, but SQLite will not pick an index on it. Libraries carry
    no planner statistics (nobody runs ANALYZE on a laptop), so SQLite guesses, and an
    IN (assets in scope) tempts it to seek every asset."""
    return UnaryExpression(column, operator=custom_op("+"), type_=column.type)


def parse_attribution(value: Attribution | str) -> Attribution:
    try:
        return Attribution(str(value).strip().lower().replace("-touch", "").replace(" touch", ""))
    except ValueError as exc:
        known = ", ".join(a.value for a in Attribution)
        raise InvalidEdit(f"Attribution is one of {known}; not “{value}”.") from exc


def parse_dims(dims: Sequence[str]) -> tuple[str, str]:
    names = [d.strip().lower() for d in dims if d.strip()]
    known = ", ".join(COVERAGE_DIMENSIONS)
    if len(names) != 2 or names[0] == names[1]:
        raise InvalidEdit(f"Name two different dimensions for the heatmap, e.g. stage,industry ({known}).")
    for name in names:
        if name not in COVERAGE_DIMENSIONS:
            raise InvalidEdit(f"“{name}” is not a dimension of the heatmap; use two of {known}.")
    return names[0], names[1]


def _settings(s: Session) -> InsightSettings:
    stored = {
        k: v for k, v in s.execute(select(Setting.key, Setting.value).where(Setting.key.like("insight.%")))
    }

    def number(key: str, default: int) -> int:
        try:
            return int(stored[key])
        except (KeyError, ValueError):
            return default

    defaults = Targets()
    return InsightSettings(
        time_zone=stored.get(TIME_ZONE_KEY) or machine_time_zone(),
        grace_days=number(GRACE_KEY, DEFAULT_GRACE_DAYS),
        underused_floor=number(FLOOR_KEY, DEFAULT_UNDERUSED_FLOOR),
        targets=Targets(
            ack_working_days=number(ACK_KEY, defaults.ack_working_days),
            deliver_working_days=number(DELIVER_KEY, defaults.deliver_working_days),
            feedback_coverage=number(FEEDBACK_KEY, round(defaults.feedback_coverage * 100)) / 100,
        ),
        review_interval_days=REVIEW_INTERVAL.days,
    )


def labels(s: Session, dimension: str) -> list[tuple[str, str]]:
    """(slug, short label) of a dimension's live values, in the taxonomy's order."""
    rows = s.execute(
        select(TaxonomyValue.slug, TaxonomyValue.label)
        .where(TaxonomyValue.dimension == dimension, TaxonomyValue.deleted.is_(False))
        .order_by(TaxonomyValue.position, TaxonomyValue.label)
    ).all()
    return [(slug, short_label(label)) for slug, label in rows]


def published(asset: Any = AssetRow) -> ColumnElement[bool]:
    return and_(asset.deleted.is_(False), asset.status == AssetStatus.PUBLISHED.value)


def utc(value: datetime | str | None) -> datetime | None:
    """An aggregate over a UTCDateTime column, aware whatever form SQLite hands it back in."""
    if value is None:
        return None
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
