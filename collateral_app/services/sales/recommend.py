"""Preparing for a call: the assets that fit a deal's segment (or a segment typed in),
ranked by evidence from similar won deals, ratings and freshness, each with its reason in
words ("used in 6 won healthcare mid-market deals; rated 4.5 by 3 reps; reviewed last month").

All evidence is counted by SQLite in a handful of GROUP BY queries, each returning at most one
row per asset; Python only combines those rows for the candidate assets. Nothing here walks
the events, so the time depends on the number of assets and of similar deals, not on how many
events the library holds (see bench/recommend.py)."""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, and_, case, distinct, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from collateral_app.domain.enums import AssetStatus, Dimension
from collateral_app.domain.errors import InvalidEdit
from collateral_app.domain.sales import Outcome, Recommendation, Recommendations, Segment, Verdict
from collateral_app.services.common.clock import library_zone
from collateral_app.services.common.evidence import CUSTOMER_FACING, cycle_end, cycle_start, latest_feedback
from collateral_app.services.common.records import catalog_stamp
from collateral_app.services.common.taxonomy import REVIEW_INTERVAL
from collateral_app.services.sales.base import SalesBase, short_label
from collateral_app.services.sales.deals import find_deal
from collateral_app.storage.models import AssetRow, AssetTerm, TaxonomyValue
from collateral_app.storage.sales_models import DealRow, FeedbackRow, ProspectRow, UsageEventRow

DEFAULT_LIMIT = 5
RATING_CHUNK = 500
# Above this many candidates an IN list no longer narrows the usage scan enough to pay for itself.
CANDIDATE_FILTER_MAX = 3_000
EVIDENCE_WINDOW = timedelta(days=365)  # won deals closed within this long count as evidence
FRESH_FOR = timedelta(days=180)  # freshness bonus fades to nothing over this long
SEGMENT_DIMENSIONS: tuple[tuple[str, Dimension], ...] = (
    ("industry", Dimension.INDUSTRY),
    ("size", Dimension.SIZE),
    ("stage", Dimension.STAGE),
    ("persona", Dimension.PERSONA),
    ("product", Dimension.PRODUCT),
)
AnySelect = Select[*tuple[Any, ...]]
# The score's parts at their best (they add up to 100; penalties subtract).
WEIGHTS = {"fit": 15.0, "won_deals": 30.0, "helped_win": 25.0, "rating": 10.0, "freshness": 20.0}


@dataclass(slots=True)
class _Candidate:
    id: str
    title: str
    type: str
    published_on: date | None
    review_by: date | None
    fits: tuple[str, ...]  # the segment's dimensions it is tagged for (not merely open to)


@dataclass(slots=True)
class _Evidence:
    won: int = 0
    lost: int = 0
    helped: int = 0
    not_helped: int = 0
    ratings: int = 0
    raters: int = 0
    average: float | None = None
    with_prospect: int = 0


class RecommendService(SalesBase):
    _catalog_cache: _Catalog | None = None

    def recommend(
        self,
        *,
        deal_id: str | None = None,
        segment: Segment | None = None,
        limit: int = DEFAULT_LIMIT,
        window: timedelta = EVIDENCE_WINDOW,
    ) -> Recommendations:
        """The `limit` best assets for a deal (its prospect's industry and size, its stage) or
        for a segment; a segment's values given with a deal override the deal's.

        "Similar deals" are those closed in `window` whose prospect shares the segment's
        industry and size (whichever are known); without either, only ratings, freshness and
        fit rank the assets."""
        if deal_id is None and (segment is None or segment.is_empty()):
            raise InvalidEdit("Say which deal, or at least one of industry, size, stage, persona.")
        if limit < 1:
            raise InvalidEdit("Ask for at least one recommendation.")
        started = time.perf_counter()
        today = self.now().date()
        with self.sessions() as s:
            deal = find_deal(s, deal_id) if deal_id is not None else None
            wanted = self._segment(s, deal, segment or Segment())
            asked = [name for name, _ in SEGMENT_DIMENSIONS if getattr(wanted, name)]
            candidates = self._catalog(s).candidates(wanted, today)
            if not candidates:
                return Recommendations(wanted, deal.id if deal else None, (), 0, _ms(started))
            evidence: dict[str, _Evidence] = {}
            similar_won = 0
            if wanted.industry or wanted.size:
                similar = _similar_deals(wanted, today - window, exclude=deal.id if deal else None)
                only = [c.id for c in candidates] if len(candidates) <= CANDIDATE_FILTER_MAX else None
                usage = _usage_in_similar_deals(similar, only, library_zone(s))
                for asset_id, won, lost in s.execute(usage):
                    e = evidence.setdefault(asset_id, _Evidence())
                    e.won, e.lost = int(won), int(lost)
                for asset_id, helped, not_helped in s.execute(_marks_in_similar_deals(similar)):
                    e = evidence.setdefault(asset_id, _Evidence())
                    e.helped, e.not_helped = int(helped), int(not_helped)
                won_deals = similar.where(_no_index(DealRow.outcome) == Outcome.WON.value).subquery()
                similar_won = int(s.scalar(select(func.count()).select_from(won_deals)) or 0)
            if deal is not None:
                for asset_id, uses in s.execute(_uses_with_prospect(deal.prospect_id)):
                    evidence.setdefault(asset_id, _Evidence()).with_prospect = int(uses)
            none = _Evidence()
            by_id = {c.id: c for c in candidates}
            scores = {
                c.id: sum(_parts(c, evidence.get(c.id, none), len(asked), today).values()) for c in candidates
            }
            for asset_id, count, raters, average in _ratings(s, _shortlist(scores, limit)):
                e = evidence.setdefault(asset_id, _Evidence())
                e.ratings, e.raters, e.average = count, raters, average
                scores[asset_id] = sum(_parts(by_id[asset_id], e, len(asked), today).values())
            best = sorted(candidates, key=lambda c: (-round(scores[c.id], 1), c.title.casefold(), c.id))[
                :limit
            ]
            labels = self._segment_labels(s, wanted)
            prospect = s.get(ProspectRow, deal.prospect_id) if deal is not None else None
        items = tuple(
            _recommendation(c, evidence.get(c.id, none), len(asked), today, labels, prospect) for c in best
        )
        return Recommendations(wanted, deal.id if deal else None, items, similar_won, _ms(started))

    def prepare_recommendations(self) -> None:
        """Load what the recommender keeps in memory (the catalog's segment terms: about
        0.3 s for 10k assets), e.g. off the GUI thread at start-up, so that the first
        recommendation is as quick as the next ones."""
        with self.sessions() as s:
            self._catalog(s)

    def _catalog(self, s: Session) -> _Catalog:
        """The published assets and their segment terms, kept between calls while the
        catalog's stamp (counts, revisions, last term row) stays the same."""
        stamp = catalog_stamp(s)
        cached = self._catalog_cache
        if cached is None or cached.stamp != stamp:
            cached = _Catalog.load(s, stamp)
            self._catalog_cache = cached
        return cached

    def _segment(self, s: Session, deal: DealRow | None, asked: Segment) -> Segment:
        prospect = s.get(ProspectRow, deal.prospect_id) if deal is not None else None
        return Segment(
            industry=self._slug(s, Dimension.INDUSTRY, asked.industry)
            or (prospect.industry if prospect else None),
            size=self._slug(s, Dimension.SIZE, asked.size) or (prospect.size if prospect else None),
            stage=self._slug(s, Dimension.STAGE, asked.stage) or (deal.stage if deal is not None else None),
            persona=self._slug(s, Dimension.PERSONA, asked.persona),
            product=self._slug(s, Dimension.PRODUCT, asked.product),
        )

    def _segment_labels(self, s: Session, segment: Segment) -> dict[str, str]:
        """How the segment's values read in a reason: "healthcare mid-market", "CFO"."""
        wanted = {(d.value, v): name for name, d in SEGMENT_DIMENSIONS if (v := getattr(segment, name))}
        labels = {name: slug for (_, slug), name in wanted.items()}
        rows = s.execute(
            select(TaxonomyValue.dimension, TaxonomyValue.slug, TaxonomyValue.label).where(
                TaxonomyValue.slug.in_([slug for _, slug in wanted])
            )
        )
        for dimension, slug, label in rows:
            name = wanted.get((dimension, slug))
            if name is not None:
                text = short_label(label)
                labels[name] = text if dimension == Dimension.PERSONA.value else text.lower()
        return labels


# -- the catalog: assets and their segment terms ----------------------------------------------
# Which assets fit a segment is a question about the catalog (a few thousand rows that change
# rarely), not about events. Asking SQLite per asset costs a correlated probe per dimension
# (~30-40 ms for 10k assets); sets in memory answer it in about a millisecond. The cache is
# checked against `catalog_stamp` on every call.


@dataclass(slots=True)
class _Catalog:
    stamp: tuple[Any, ...]
    assets: dict[str, _Candidate]  # published, live assets; `fits` left empty here
    expires: dict[str, date]  # of those that expire
    tagged: dict[tuple[str, str], frozenset[str]]  # (dimension, slug) → asset ids
    in_dimension: dict[str, frozenset[str]]  # dimension → ids carrying any value in it

    @classmethod
    def load(cls, s: Session, stamp: tuple[Any, ...]) -> _Catalog:
        assets: dict[str, _Candidate] = {}
        expires: dict[str, date] = {}
        rows = s.execute(
            select(
                AssetRow.id,
                AssetRow.title,
                AssetRow.type,
                AssetRow.published_on,
                AssetRow.review_by,
                AssetRow.expires_on,
            ).where(AssetRow.deleted.is_(False), AssetRow.status == AssetStatus.PUBLISHED.value)
        )
        for asset_id, title, type_, published_on, review_by, expires_on in rows:
            assets[asset_id] = _Candidate(asset_id, title, type_, published_on, review_by, ())
            if expires_on is not None:
                expires[asset_id] = expires_on
        tagged: dict[tuple[str, str], set[str]] = {}
        in_dimension: dict[str, set[str]] = {}
        dimensions = [d.value for _, d in SEGMENT_DIMENSIONS]
        terms = s.execute(
            select(AssetTerm.asset_id, AssetTerm.dimension, AssetTerm.slug).where(
                AssetTerm.dimension.in_(dimensions)
            )
        )
        for asset_id, dimension, slug in terms:
            if asset_id in assets:
                tagged.setdefault((dimension, slug), set()).add(asset_id)
                in_dimension.setdefault(dimension, set()).add(asset_id)
        return cls(
            stamp,
            assets,
            expires,
            {k: frozenset(v) for k, v in tagged.items()},
            {k: frozenset(v) for k, v in in_dimension.items()},
        )

    def candidates(self, segment: Segment, today: date) -> list[_Candidate]:
        """Unexpired assets that fit: for each dimension asked, tagged with the value or not
        tagged in that dimension at all (a cross-industry deck fits every industry)."""
        ids = set(self.assets).difference(a for a, day in self.expires.items() if day < today)
        asked: list[tuple[str, frozenset[str]]] = []
        for name, dimension in SEGMENT_DIMENSIONS:
            value = getattr(segment, name)
            if not value:
                continue
            with_value = self.tagged.get((dimension.value, value), frozenset())
            ids -= self.in_dimension.get(dimension.value, frozenset()) - with_value
            asked.append((name, with_value))
        result: list[_Candidate] = []
        for asset_id in sorted(ids):
            c = self.assets[asset_id]
            fits = tuple(n for n, with_value in asked if asset_id in with_value)
            result.append(_Candidate(c.id, c.title, c.type, c.published_on, c.review_by, fits))
        return result


# -- the queries -------------------------------------------------------------------------------
# Libraries carry no planner statistics (nobody runs ANALYZE on a laptop), so SQLite guesses.
# Its guess for "closed deals of a segment" is to walk every closed deal by outcome and date;
# a unary + on those columns keeps it on the prospects' segment index instead (20 ms → 2 ms
# with 20k deals). Measured in bench/recommend.py.
def _no_index(column: Any) -> Any:
    return UnaryExpression(column, operator=custom_op("+"), type_=column.type)


def _similar_deals(segment: Segment, closed_since: date, exclude: str | None) -> AnySelect:
    """Deals closed (won or lost) in the window whose prospect shares the segment's industry
    and size, whichever of the two are known."""
    query = (
        select(DealRow.id, DealRow.prospect_id, DealRow.created_on, DealRow.close_date, DealRow.outcome)
        .join(ProspectRow, ProspectRow.id == DealRow.prospect_id)
        .where(
            _no_index(DealRow.outcome).in_((Outcome.WON.value, Outcome.LOST.value)),
            _no_index(DealRow.close_date) >= closed_since,
        )
    )
    if segment.industry:
        query = query.where(ProspectRow.industry == segment.industry)
    if segment.size:
        query = query.where(ProspectRow.size == segment.size)
    if exclude is not None:
        query = query.where(DealRow.id != exclude)
    return query


def _usage_in_similar_deals(similar: AnySelect, only: Sequence[str] | None, tz: ZoneInfo) -> AnySelect:
    """Per asset: similar won and lost deals whose prospect it reached (shared or presented)
    during the deal's cycle (in `tz`, the library's zone). Distinct (asset, deal) pairs first,
    then sums: cheaper for SQLite than two COUNT(DISTINCT) per group; `only` (the candidates)
    is filtered inside the covering index, before any pair is sorted."""
    deals = similar.subquery("similar")
    reached = and_(
        UsageEventRow.prospect_id == deals.c.prospect_id,
        UsageEventRow.kind.in_(CUSTOMER_FACING),
        UsageEventRow.occurred_at >= cycle_start(deals.c, tz),
        UsageEventRow.occurred_at < cycle_end(deals.c, tz),
    )
    if only is not None:
        # Unindexed on purpose: seeking by asset would read every event of a popular asset.
        reached = and_(reached, _no_index(UsageEventRow.asset_id).in_(only))
    pairs = (
        select(UsageEventRow.asset_id, deals.c.id, deals.c.outcome)
        .distinct()
        .select_from(deals)
        .join(UsageEventRow, reached)
        .subquery("pairs")
    )
    return select(
        pairs.c.asset_id,
        func.sum(case((pairs.c.outcome == Outcome.WON.value, 1), else_=0)),
        func.sum(case((pairs.c.outcome == Outcome.LOST.value, 1), else_=0)),
    ).group_by(pairs.c.asset_id)


def _marks_in_similar_deals(similar: AnySelect) -> AnySelect:
    """Per asset: similar won deals marked "helped win", similar closed deals marked "did not
    help", by each rep's latest word."""
    deals = similar.subquery("similar")
    rank = (
        func.row_number()
        .over(
            partition_by=(FeedbackRow.asset_id, FeedbackRow.deal_id, FeedbackRow.user_id),
            order_by=(FeedbackRow.created_at.desc(), FeedbackRow.id.desc()),
        )
        .label("rn")
    )
    latest = (
        select(FeedbackRow.asset_id, FeedbackRow.deal_id, FeedbackRow.verdict, deals.c.outcome, rank)
        .join(deals, deals.c.id == FeedbackRow.deal_id)
        .subquery("latest")
    )
    helped = and_(latest.c.verdict == Verdict.HELPED_WIN.value, latest.c.outcome == Outcome.WON.value)
    return (
        select(
            latest.c.asset_id,
            func.count(distinct(latest.c.deal_id)).filter(helped),
            func.count(distinct(latest.c.deal_id)).filter(latest.c.verdict == Verdict.DID_NOT_HELP.value),
        )
        .where(latest.c.rn == 1)
        .group_by(latest.c.asset_id)
    )


def _ratings(s: Session, asset_ids: Sequence[str]) -> list[tuple[str, int, int, float]]:
    """Per asset, over every deal: the ratings (each rep's latest per deal), their raters and
    their mean; for the given assets only, through the feedback's asset index."""
    result: list[tuple[str, int, int, float]] = []
    for start in range(0, len(asset_ids), RATING_CHUNK):
        chunk = list(asset_ids[start : start + RATING_CHUNK])
        latest = latest_feedback(FeedbackRow.asset_id.in_(chunk), FeedbackRow.rating.is_not(None))
        current = select(latest).where(latest.c.rn == 1).subquery("rated")
        rows = s.execute(
            select(
                current.c.asset_id,
                func.count(),
                func.count(distinct(current.c.user_id)),
                func.avg(current.c.rating),
            ).group_by(current.c.asset_id)
        )
        result.extend((a, int(n), int(r), float(avg)) for a, n, r, avg in rows)
    return result


def _uses_with_prospect(prospect_id: str) -> AnySelect:
    return (
        select(UsageEventRow.asset_id, func.count())
        .where(UsageEventRow.prospect_id == prospect_id, UsageEventRow.kind.in_(CUSTOMER_FACING))
        .group_by(UsageEventRow.asset_id)
    )


# -- scoring and words -----------------------------------------------------------------------
def _parts(c: _Candidate, e: _Evidence, asked: int, today: date) -> dict[str, float]:
    parts: dict[str, float] = {
        "fit": WEIGHTS["fit"] * (len(c.fits) / asked if asked else 0.5),
        "won_deals": WEIGHTS["won_deals"] * (1 - 0.7**e.won),
        "helped_win": WEIGHTS["helped_win"] * (1 - 0.5**e.helped),
        "rating": 0.0,
        "freshness": 0.0,
    }
    if e.lost:
        parts["lost_deals"] = -10.0 * e.lost / (e.won + e.lost)
    if e.not_helped:
        parts["did_not_help"] = -10.0 * (1 - 0.5**e.not_helped)
    if e.average is not None:
        parts["rating"] = WEIGHTS["rating"] * (e.average - 3) / 2 * min(1.0, e.ratings / 3)
    if c.review_by is not None and c.review_by < today:
        parts["freshness"] = -10.0
    else:
        reviewed = _last_reviewed(c.published_on, c.review_by, today)
        if reviewed is not None:
            age = max(0, (today - reviewed).days)
            parts["freshness"] = WEIGHTS["freshness"] * max(0.0, 1 - age / FRESH_FOR.days)
    return parts


def _shortlist(scores: Mapping[str, float], limit: int) -> list[str]:
    """The assets that can still reach the top `limit` once rated: a rating moves a score by
    at most ±WEIGHTS["rating"], so anything further below the limit-th score cannot."""
    if len(scores) <= limit:
        return sorted(scores)
    kth = sorted(scores.values(), reverse=True)[limit - 1]
    bar = kth - 2 * WEIGHTS["rating"]
    return sorted(a for a, total in scores.items() if total >= bar)


def _recommendation(
    c: _Candidate,
    e: _Evidence,
    asked: int,
    today: date,
    labels: Mapping[str, str],
    prospect: ProspectRow | None,
) -> Recommendation:
    parts = _parts(c, e, asked, today)
    reviewed = _last_reviewed(c.published_on, c.review_by, today)
    stale = c.review_by is not None and c.review_by < today
    return Recommendation(
        asset_id=c.id,
        title=c.title,
        type=c.type,
        score=round(min(100.0, max(0.0, sum(parts.values()))), 1),
        reason=_reason(e, list(c.fits), labels, reviewed, stale, c.review_by, today, prospect),
        won_deals_used=e.won,
        lost_deals_used=e.lost,
        helped_win=e.helped,
        did_not_help=e.not_helped,
        average_rating=round(e.average, 2) if e.average is not None else None,
        ratings=e.ratings,
        raters=e.raters,
        used_with_prospect=e.with_prospect,
        parts={k: round(v, 2) for k, v in parts.items()},
    )


def _last_reviewed(published: date | None, review_by: date | None, today: date) -> date | None:
    """Reviews are not stored, but each sets review-by a review interval ahead."""
    candidates = [
        d for d in (published, review_by - REVIEW_INTERVAL if review_by else None) if d and d <= today
    ]
    return max(candidates) if candidates else None


def _reason(
    e: _Evidence,
    fits: list[str],
    labels: Mapping[str, str],
    reviewed: date | None,
    stale: bool,
    review_by: date | None,
    today: date,
    prospect: ProspectRow | None,
) -> str:
    segment = " ".join(labels[n] for n in ("industry", "size") if n in labels)

    def deals_words(n: int) -> str:
        return " ".join(w for w in (segment, "deal" if n == 1 else "deals") if w)

    parts: list[str] = []
    if e.won and e.lost:
        parts.append(f"used in {e.won} won and {e.lost} lost {deals_words(e.won + e.lost)}")
    elif e.won:
        parts.append(f"used in {e.won} won {deals_words(e.won)}")
    elif e.lost:
        parts.append(f"used in {e.lost} lost {deals_words(e.lost)}, none won yet")
    if e.helped:
        parts.append(f"marked “helped win” in {_count(e.helped, 'deal')}")
    if e.not_helped:
        parts.append(f"“did not help” in {_count(e.not_helped, 'deal')}")
    if e.average is not None:
        parts.append(f"rated {e.average:.1f} by {_count(e.raters, 'rep')}")
    if e.with_prospect and prospect is not None:
        parts.append(f"already shared with {prospect.name} {_times(e.with_prospect)}")
    if not (e.won or e.lost or e.helped or e.average is not None):
        matched = [labels[n] for n in fits if n in labels]
        parts.append(
            f"fits {', '.join(matched)}; no deal evidence yet" if matched else "no deal evidence yet"
        )
    if stale and review_by is not None:
        parts.append(f"review overdue since {review_by:%B %Y}")
    elif reviewed is not None:
        parts.append(f"reviewed {_ago((today - reviewed).days)}")
    return "; ".join(parts)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _times(n: int) -> str:
    return {1: "once", 2: "twice"}.get(n, f"{n} times")


def _ago(days: int) -> str:
    if days <= 0:
        return "today"
    if days == 1:
        return "yesterday"
    if days < 7:
        return "this week"
    if days < 14:
        return "last week"
    if days < 31:
        return f"{days // 7} weeks ago"
    if days < 62:
        return "last month"
    if days < 365:
        return f"{days // 30} months ago"
    return "over a year ago"


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 2)
