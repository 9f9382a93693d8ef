"""Usage and the flags that come from it: customer-facing uses per asset in the window
(views apart), by type, by segment and over time; unused, underused, stale and archive
candidates, each with its reason in words.

SQLite counts: one statement reads the catalog in scope with, per asset, three correlated
counts (shared, presented, viewed) that are range seeks in `ix_usage_events_asset_kind`,
so the cost follows the events inside the window, never the whole history. Python only
combines those per-asset rows (one per asset, not per event)."""

from __future__ import annotations

import math
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import String, func, literal, select
from sqlalchemy.orm import Session, aliased

from collateral_app.domain.insight import (
    COVERAGE_DIMENSIONS,
    AssetUse,
    Flag,
    FlaggedAsset,
    FlagReport,
    ReportParameters,
    SegmentUse,
    TimePoint,
    TypeUse,
    UsageReport,
)
from collateral_app.i18n import translate
from collateral_app.services.common.clock import local_day, zone
from collateral_app.services.common.records import catalog_stamp
from collateral_app.services.insight.base import (
    PRESENTED,
    SHARED,
    VIEWED,
    Scope,
    age_words,
    bucket_table,
    buckets,
    effective_review_by,
    labels,
    plain_rows,
    stale_reason,
    utc,
    window_words,
)
from collateral_app.storage.insight_models import ReviewRequestRow
from collateral_app.storage.models import AssetRow, AssetTerm
from collateral_app.storage.sales_models import UsageEventRow

SEGMENT_DIMENSIONS = ("industry", "stage")
FLAG_ORDER = (Flag.ARCHIVE_CANDIDATE, Flag.UNUSED, Flag.UNDERUSED, Flag.STALE)


@dataclass(slots=True)
class AssetFacts:
    """One live asset in scope with its counts in the window. Internal to the reports (never
    handed out), made 10k at a time: plain slots, no frozen-dataclass set-up per field."""

    id: str
    title: str
    type: str
    status: str
    owner: str
    published_on: date | None
    review_by: date | None  # as stored
    expires_on: date | None
    created_on: date  # the day it was added (its publish date where known)
    shares: int
    presentations: int
    views: int
    terms: frozenset[tuple[str, str]] = frozenset()  # (dimension, slug) in the segment dimensions
    by_dimension: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # the same, per dimension
    last_used: str = ""  # the last customer-facing use before the window's end, as stored text

    @property
    def last_used_at(self) -> datetime | None:
        """Parsed when asked: most reports never look at it."""
        return utc(self.last_used) if self.last_used else None

    @property
    def uses(self) -> int:
        return self.shares + self.presentations

    @property
    def is_published(self) -> bool:
        return self.status == "published"

    def use(self) -> AssetUse:
        return AssetUse(
            asset_id=self.id,
            title=self.title,
            type=self.type,
            status=self.status,
            owner=self.owner,
            uses=self.uses,
            shares=self.shares,
            presentations=self.presentations,
            views=self.views,
        )


def _latest(kind: str, params: ReportParameters, scope: Scope) -> Any:
    """The asset's last use of `kind` before the window's end: one seek (max of an index range)."""
    e = aliased(UsageEventRow, name=f"last_{kind}")
    # As stored text (it sorts like the time): only the later of two is parsed, not 20k.
    query = select(func.max(e.occurred_at, type_=String)).where(
        e.asset_id == AssetRow.id, e.kind == kind, e.occurred_at < params.window.until
    )
    if scope.user_id is not None:
        query = query.where(e.user_id == scope.user_id)
    return query.scalar_subquery()


def _count(kind: str, params: ReportParameters, scope: Scope) -> Any:
    e = aliased(UsageEventRow, name=f"uses_{kind}")
    query = (
        select(func.count())
        .select_from(e)
        .where(
            e.asset_id == AssetRow.id,
            e.kind == kind,
            e.occurred_at >= params.window.since,
            e.occurred_at < params.window.until,
        )
    )
    if scope.user_id is not None:
        query = query.where(e.user_id == scope.user_id)
    return query.scalar_subquery()


def _split_terms(text: str | None) -> frozenset[tuple[str, str]]:
    pairs = (term.partition(":") for term in (text or "").split())
    return frozenset((dimension, slug) for dimension, _, slug in pairs)


def _by_dimension(terms: frozenset[tuple[str, str]]) -> Mapping[str, tuple[str, ...]]:
    grouped: dict[str, list[str]] = {}
    for dimension, slug in sorted(terms):
        grouped.setdefault(dimension, []).append(slug)
    return {dimension: tuple(slugs) for dimension, slugs in grouped.items()}


@dataclass(frozen=True, slots=True)
class _Description:
    """What the catalog says about an asset, whatever the window."""

    title: str
    type: str
    status: str
    owner: str
    published_on: date | None
    review_by: date | None
    expires_on: date | None
    created_at: datetime
    terms: frozenset[tuple[str, str]]
    by_dimension: Mapping[str, tuple[str, ...]]


class Catalog:
    """The live assets' descriptions and segment terms, kept between reports while the
    catalog's stamp (counts, revisions, last change, last term row) stays the same: edits
    bump an asset's revision, imports add rows. Reading 10k descriptions and their terms costs
    more than counting a window's uses, and they change far more rarely."""

    def __init__(self) -> None:
        self._stamp: tuple[Any, ...] | None = None
        self._rows: dict[str, _Description] = {}

    def rows(self, s: Session) -> dict[str, _Description]:
        stamp = catalog_stamp(s)
        if stamp != self._stamp:
            self._rows, self._stamp = _descriptions(s), stamp
        return self._rows


def _descriptions(s: Session) -> dict[str, _Description]:
    terms = (
        select(func.group_concat(AssetTerm.dimension + ":" + AssetTerm.slug, " "))
        .where(AssetTerm.asset_id == AssetRow.id, AssetTerm.dimension.in_(list(COVERAGE_DIMENSIONS)))
        .scalar_subquery()
    )
    rows = s.execute(
        select(
            AssetRow.id,
            AssetRow.title,
            AssetRow.type,
            AssetRow.status,
            AssetRow.owner,
            AssetRow.published_on,
            AssetRow.review_by,
            AssetRow.expires_on,
            AssetRow.created_at,
            terms,
        ).where(AssetRow.deleted.is_(False))
    )
    described: dict[str, _Description] = {}
    for r in rows:
        split = _split_terms(r[9])
        described[sys.intern(r[0])] = _Description(  # interned: see `asset_facts`
            r[1], r[2] or "", r[3], r[4] or "", r[5], r[6], r[7], r[8], split, _by_dimension(split)
        )
    return described


def asset_facts(
    s: Session,
    params: ReportParameters,
    scope: Scope,
    catalog: Catalog | None = None,
    *,
    last_use: bool = True,
) -> dict[str, AssetFacts]:
    """Every live asset in scope (any status), with its shares, presentations and views in W,
    its segment terms and (unless `last_use` is false: two more seeks per asset) its last
    customer-facing use."""
    tz = zone(params.window.time_zone)
    described = (catalog or Catalog()).rows(s)
    rows = plain_rows(
        s,
        select(
            AssetRow.id,
            _count(SHARED, params, scope),
            _count(PRESENTED, params, scope),
            _count(VIEWED, params, scope),
            _latest(SHARED, params, scope) if last_use else literal(""),
            _latest(PRESENTED, params, scope) if last_use else literal(""),
        ).where(*scope.asset_conditions()),
    )
    facts: dict[str, AssetFacts] = {}
    for row_id, shares, presentations, views, last_shared, last_presented in rows:
        # Interned, as the catalog's keys and the deals' touches are: every later lookup of the
        # id (10k assets, ~200k credits a year) ends at the identity check.
        asset_id = sys.intern(row_id)
        d = described.get(asset_id)
        if d is None:  # added after the catalog was read: next time
            continue
        last = max(last_shared or "", last_presented or "")
        facts[asset_id] = AssetFacts(
            id=asset_id,
            title=d.title,
            type=d.type,
            status=d.status,
            owner=d.owner,
            published_on=d.published_on,
            review_by=d.review_by,
            expires_on=d.expires_on,
            # Only converted where the publish date is unknown: zone conversions add up on 10k rows.
            created_on=d.published_on or local_day(d.created_at, tz),
            shares=int(shares),
            presentations=int(presentations),
            views=int(views),
            terms=d.terms,
            by_dimension=d.by_dimension,
            last_used=last,
        )
    return facts


# -- usage ---------------------------------------------------------------------------------------
def build_usage(
    s: Session, params: ReportParameters, scope: Scope, facts: Mapping[str, AssetFacts]
) -> UsageReport:
    shown = [f for f in facts.values() if f.is_published or f.uses or f.views]
    shown.sort(key=lambda f: (-f.uses, -f.views, f.title.casefold(), f.id))
    type_labels = dict(labels(s, "type"))
    by_type: dict[str, list[int]] = {}
    for f in facts.values():
        counts = by_type.setdefault(f.type, [0, 0, 0, 0])
        if f.is_published:
            counts[0] += 1
            counts[1] += f.uses > 0
        counts[2] += f.uses
        counts[3] += f.views
    types = tuple(
        TypeUse(t, type_labels.get(t, t or "untyped"), *c)
        for t, c in sorted(by_type.items(), key=lambda kv: (-kv[1][2], kv[0]))
        if c[0] or c[2] or c[3]
    )
    per_term: dict[tuple[str, str], list[int]] = {}
    for f in facts.values():
        for term in f.terms:
            counts = per_term.setdefault(term, [0, 0])
            counts[0] += f.is_published
            counts[1] += f.uses
    segments = [
        SegmentUse(dimension, slug, label, *per_term.get((dimension, slug), [0, 0]))
        for dimension in SEGMENT_DIMENSIONS
        for slug, label in labels(s, dimension)
    ]
    published = [f for f in facts.values() if f.is_published]
    return UsageReport(
        parameters=params,
        assets=tuple(f.use() for f in shown),
        by_type=types,
        by_segment=tuple(segments),
        timeline=timeline(s, params, scope),
        published=len(published),
        published_used=sum(1 for f in published if f.uses),
        uses=sum(f.uses for f in facts.values()),
        views=sum(f.views for f in facts.values()),
    )


def timeline(
    s: Session, params: ReportParameters, scope: Scope, *, asset_id: str | None = None
) -> tuple[TimePoint, ...]:
    """Customer-facing uses and views per week (or month) of the window: per bucket, two
    counts of index ranges (kind, time), so no event is sorted or grouped."""
    tz = zone(params.window.time_zone)
    points = buckets(params.window)
    table = bucket_table(points, tz)

    def count(*kinds: str) -> Any:
        e = aliased(UsageEventRow, name=f"in_bucket_{len(kinds)}")
        query = (
            select(func.count())
            .select_from(e)
            .where(
                e.kind.in_(kinds),
                e.occurred_at >= table.c.lo,
                e.occurred_at < table.c.hi,
                scope.has_asset(e.asset_id),
            )
        )
        if scope.user_id is not None:
            query = query.where(e.user_id == scope.user_id)
        if asset_id is not None:
            query = query.where(e.asset_id == asset_id)
        return query.scalar_subquery()

    counts = {
        int(n): (int(uses), int(views))
        for n, uses, views in s.execute(select(table.c.n, count(SHARED, PRESENTED), count(VIEWED)))
    }
    return tuple(TimePoint(b.start, b.end, b.label, *counts.get(n, (0, 0))) for n, b in enumerate(points))


# -- flags ----------------------------------------------------------------------------------------
def build_flags(
    s: Session, params: ReportParameters, scope: Scope, facts: Mapping[str, AssetFacts]
) -> FlagReport:
    flagged = flag_assets(s, params, scope, facts)

    def having(flag: Flag) -> tuple[FlaggedAsset, ...]:
        chosen = [a for a in flagged.values() if flag in a.flags]
        if flag is Flag.UNDERUSED:
            chosen.sort(key=lambda a: (a.uses, a.title.casefold()))
        else:  # longest-neglected first
            chosen.sort(key=lambda a: (a.last_used_at is not None, a.last_used_at or 0, a.title.casefold()))
        return tuple(chosen)

    return FlagReport(
        parameters=params,
        unused=having(Flag.UNUSED),
        underused=having(Flag.UNDERUSED),
        stale=having(Flag.STALE),
        archive_candidates=having(Flag.ARCHIVE_CANDIDATE),
    )


def flag_assets(
    s: Session, params: ReportParameters, scope: Scope, facts: Mapping[str, AssetFacts]
) -> dict[str, FlaggedAsset]:
    """Published assets with at least one flag, each with its reasons.

    - unused: older than the grace period and no customer-facing use in W;
    - underused: older than the grace period, used in W but fewer times than the floor, or
      in the bottom quintile of its type (types of at least `quintile_min_assets` assets; an
      asset is there when its uses are at most the nearest-rank 20th percentile of its type
      and below the type's most used, so a type whose assets are all used alike flags none).
      An unused asset is listed as unused only: it is the stronger flag;
    - stale: past its review-by date (stored, else `review_interval_days` after publishing)
      or its expiry date, on the window's last day;
    - archive candidate: stale and unused."""
    settings = params.settings
    today = params.as_of or params.window.last_day
    words = window_words(params.window, today)
    eligible = [
        f
        for f in facts.values()
        if f.is_published and (today - (f.published_on or f.created_on)).days > settings.grace_days
    ]
    thresholds = _quintile_thresholds(eligible, settings.quintile, settings.quintile_min_assets)
    past_grace = {f.id for f in eligible}
    type_words = {slug: _plural_label(label) for slug, label in labels(s, "type")}
    found: dict[str, tuple[AssetFacts, dict[Flag, str]]] = {}
    for f in facts.values():
        if not f.is_published:
            continue
        reasons: dict[Flag, str] = {}
        stale = stale_reason(f.published_on, f.review_by, f.expires_on, f.created_on, today)
        if stale is not None:
            reasons[Flag.STALE] = stale
        if f.id in past_grace and f.uses == 0:
            reasons[Flag.UNUSED] = ""  # worded below, once the last use is known
        elif f.id in past_grace:
            below_floor = f.uses < settings.underused_floor
            limit = thresholds.get(f.type)
            in_quintile = limit is not None and f.uses <= limit[0] and f.uses < limit[1]
            if below_floor or in_quintile:
                uses = f.uses
                parts = [translate("insight", "%n customer-facing use(s) in {0}", None, uses).format(words)]
                if below_floor:
                    parts.append(
                        translate("insight", "below the floor of {0}").format(settings.underused_floor)
                    )
                if in_quintile and limit is not None:
                    kind = type_words.get(f.type, translate("insight", "assets of its type"))
                    parts.append(
                        translate("insight", "among the least used fifth of {0} (at most {1})").format(
                            kind, limit[0]
                        )
                    )
                reasons[Flag.UNDERUSED] = ", ".join(parts)
        if reasons:
            found[f.id] = (f, reasons)
    pending = pending_review_requests(s, list(found))
    result: dict[str, FlaggedAsset] = {}
    for asset_id, (f, reasons) in found.items():
        last_used = f.last_used_at
        published_day = f.published_on or f.created_on
        if Flag.UNUSED in reasons:
            used = (
                translate("insight", "last used {0}").format(
                    age_words((today - local_day(last_used, zone(params.window.time_zone))).days)
                )
                if last_used is not None
                else translate("insight", "never shared or presented")
            )
            age = age_words((today - published_day).days)
            reasons[Flag.UNUSED] = translate(
                "insight", "no customer-facing use in {0}; {1}; published {2}"
            ).format(words, used, age)
        if Flag.UNUSED in reasons and Flag.STALE in reasons:
            reasons[Flag.ARCHIVE_CANDIDATE] = translate(
                "insight", "stale and unused: a candidate for archiving"
            )
        order = [
            flag
            for flag in (Flag.ARCHIVE_CANDIDATE, Flag.UNUSED, Flag.UNDERUSED, Flag.STALE)
            if flag in reasons
        ]
        request = pending.get(asset_id)
        result[asset_id] = FlaggedAsset(
            asset_id=f.id,
            title=f.title,
            type=f.type,
            owner=f.owner,
            flags=tuple(order),
            reasons={flag: reasons[flag] for flag in order},
            uses=f.uses,
            last_used_at=last_used,
            published_on=f.published_on,
            review_by=effective_review_by(f.published_on, f.review_by, f.created_on),
            expires_on=f.expires_on,
            review_requested_at=request,
        )
    return result


def _quintile_thresholds(
    eligible: Sequence[AssetFacts], quintile: float, min_assets: int
) -> dict[str, tuple[int, int]]:
    """Per type: (the nearest-rank `quintile` percentile of uses, the type's most uses)."""
    by_type: dict[str, list[int]] = {}
    for f in eligible:
        by_type.setdefault(f.type, []).append(f.uses)
    result: dict[str, tuple[int, int]] = {}
    for type_, uses in by_type.items():
        if len(uses) < min_assets:
            continue
        uses.sort()
        rank = max(1, math.ceil(quintile * len(uses)))
        result[type_] = (uses[rank - 1], uses[-1])
    return result


def _plural_label(label: str) -> str:
    word = label.lower()
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word if word.endswith("s") else word + "s"


def pending_review_requests(s: Session, ids: Sequence[str]) -> dict[str, datetime]:
    """The latest review request per asset that is still pending: made when the asset's
    review-by date was what it still is. One grouped query over the pending requests (a
    few per asset at most), not one per chunk of the thousands of flagged ids."""
    wanted = set(ids)
    latest: Any = func.max(ReviewRequestRow.requested_at, type_=ReviewRequestRow.requested_at.type)
    rows = s.execute(
        select(ReviewRequestRow.asset_id, latest)
        .join(AssetRow, AssetRow.id == ReviewRequestRow.asset_id)
        .where(func.coalesce(ReviewRequestRow.review_by_then, "") == func.coalesce(AssetRow.review_by, ""))
        .group_by(ReviewRequestRow.asset_id)
    )
    return {asset_id: at for asset_id, at in rows if asset_id in wanted}


def days_since(moment: datetime | None, today: date, tz: ZoneInfo) -> int | None:
    return None if moment is None else (today - local_day(moment, tz)).days
