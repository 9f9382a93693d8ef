"""Coverage gaps: for each cell of two chosen dimensions (stage × industry, industry × size…),
what the library offers against what sales needs, as a heatmap with a drill-down.

Definitions (DESIGN.md, Metrics; made precise here):
- **supply** = published assets in scope, not stale, tagged with both of the cell's values.
  An asset with no value in a dimension is general-purpose and is *not* counted in every
  cell of it: otherwise one generic deck would hide every gap;
- **demand** = deals + zero-result searches + open requests in the segment:
  - deals open now, and deals closed in W, whose prospect (industry, size) and stage carry
    both values. Deals have no persona or product, so cells over those get no deal demand;
    a closed deal without a stage (CRM stages like "Closed Won") counts only in cells
    that do not cross stage;
  - searches in W that found nothing and name both values, through their filters or words
    of the query ("public sector pricing" names the public-sector industry);
  - requests not yet delivered or declined, whose segment carries both values;
- **status**: *gap* (no supply, some demand), *thin* (1–2 assets), *covered* (3+), *excess*
  (5+ assets used, on average, fewer times in W than the underused floor), *quiet* (no
  supply, no demand); **gap score** = demand ÷ (supply + 1)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from collateral_app.domain.insight import (
    AssetRef,
    CellDetail,
    CoverageCell,
    CoverageReport,
    CoverageStatus,
    DealRef,
    Label,
    ReportParameters,
    RequestRef,
    SearchRef,
)
from collateral_app.domain.sales import Money, Outcome, RequestStatus, Segment
from collateral_app.search.analysis import slugify
from collateral_app.services.insight.base import Scope, labels, stale_reason, utc
from collateral_app.services.insight.usage import AssetFacts
from collateral_app.storage.sales_models import (
    ContentRequestRow,
    DealRow,
    ProspectRow,
    RequestVoteRow,
    SearchLogRow,
    UserRow,
)

OPEN_REQUEST = (RequestStatus.OPEN.value, RequestStatus.ACCEPTED.value, RequestStatus.IN_PROGRESS.value)
SEGMENT_FIELDS = ("stage", "persona", "industry", "size", "product")
DEAL_COLUMNS: dict[str, Any] = {
    "stage": DealRow.stage,
    "industry": ProspectRow.industry,
    "size": ProspectRow.size,
}
Cell = tuple[str, str]


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """How searches name taxonomy values: per dimension, slug → the words that name it.
    What a query's words and a filters text name is kept per text: a window's searches
    repeat the same few hundred queries and handful of filters in many combinations."""

    names: dict[str, dict[str, tuple[str, ...]]]
    _by_filters: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict, compare=False, repr=False)
    _by_words: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def load(cls, s: Session) -> Vocabulary:
        names: dict[str, dict[str, tuple[str, ...]]] = {}
        for dimension in SEGMENT_FIELDS:
            for slug, label in labels(s, dimension):
                names.setdefault(dimension, {})[slug] = tuple({slug, slugify(label)})
        return cls(names)

    def segment(self, query: str, filters_json: str) -> dict[str, set[str]]:
        """The values a search names: its filters, and taxonomy words in the query."""
        by_filters = self._by_filters.get(filters_json)
        if by_filters is None:
            by_filters = self._by_filters[filters_json] = self._named_by_filters(filters_json)
        in_words = self._by_words.get(query)
        if in_words is None:
            in_words = self._by_words[query] = self._named_in_words(query)
        found = {dimension: set(slugs) for dimension, slugs in by_filters.items()}
        for dimension, slugs in in_words.items():
            found.setdefault(dimension, set()).update(slugs)
        return found

    def _named_by_filters(self, filters_json: str) -> dict[str, frozenset[str]]:
        found: dict[str, set[str]] = {}
        try:
            filters = json.loads(filters_json or "{}")
        except ValueError:
            filters = {}
        for dimension, values in filters.items() if isinstance(filters, dict) else ():
            known = self.names.get(dimension)
            if known is None:
                continue
            for value in [values] if isinstance(values, str) else values:
                wanted = slugify(str(value))
                for slug, words in known.items():
                    if wanted in words:
                        found.setdefault(dimension, set()).add(slug)
        return {dimension: frozenset(slugs) for dimension, slugs in found.items()}

    def _named_in_words(self, query: str) -> dict[str, frozenset[str]]:
        found: dict[str, set[str]] = {}
        text = f"-{slugify(query)}-"
        for dimension, known in self.names.items():
            for slug, words in known.items():
                if any(f"-{w}-" in text for w in words if w):
                    found.setdefault(dimension, set()).add(slug)
        return {dimension: frozenset(slugs) for dimension, slugs in found.items()}


def as_segment(values: Mapping[str, set[str]]) -> Segment:
    def one(name: str) -> str | None:
        chosen = sorted(values.get(name, ()))
        return chosen[0] if chosen else None

    return Segment(
        industry=one("industry"),
        size=one("size"),
        stage=one("stage"),
        persona=one("persona"),
        product=one("product"),
    )


def _in_scope(values: Mapping[str, set[str]], scope: Scope) -> bool:
    """A search passes the segment filters when it names each filtered value."""
    for name in SEGMENT_FIELDS:
        wanted = getattr(scope, name)
        if wanted and wanted not in values.get(name, set()):
            return False
    return True


def _deal_demand(params: ReportParameters, scope: Scope) -> ColumnElement[bool]:
    w = params.window
    recent = and_(
        DealRow.outcome.in_((Outcome.WON.value, Outcome.LOST.value)),
        DealRow.close_date >= w.first_day,
        DealRow.close_date <= w.last_day,
    )
    return and_(or_(DealRow.outcome == Outcome.OPEN.value, recent), *scope.deal_conditions())


def _request_conditions(scope: Scope) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [ContentRequestRow.status.in_(OPEN_REQUEST)]
    if scope.user_id is not None:
        conditions.append(ContentRequestRow.requester_id == scope.user_id)
    for name in SEGMENT_FIELDS:
        value = getattr(scope, name)
        if value:
            conditions.append(getattr(ContentRequestRow, name) == value)
    return conditions


def _zero_result_searches(s: Session, params: ReportParameters, scope: Scope) -> Any:
    query = (
        select(
            SearchLogRow.normalized_query,
            SearchLogRow.filters_json,
            func.count(),
            func.max(SearchLogRow.searched_at),
        )
        .where(
            SearchLogRow.searched_at >= params.window.since,
            SearchLogRow.searched_at < params.window.until,
            SearchLogRow.result_count == 0,
            SearchLogRow.normalized_query != "",
        )
        .group_by(SearchLogRow.normalized_query, SearchLogRow.filters_json)
    )
    if scope.user_id is not None:
        query = query.where(SearchLogRow.user_id == scope.user_id)
    return s.execute(query).all()


def _supply(
    params: ReportParameters, facts: Mapping[str, AssetFacts], dims: tuple[str, str]
) -> tuple[dict[Cell, list[AssetFacts]], dict[Cell, list[AssetFacts]]]:
    """Per cell: the published assets counted as supply, and those tagged but stale."""
    today = params.as_of or params.window.last_day
    supply: dict[Cell, list[AssetFacts]] = {}
    stale: dict[Cell, list[AssetFacts]] = {}
    for f in facts.values():
        if not f.is_published:
            continue
        rows, columns = f.by_dimension.get(dims[0]), f.by_dimension.get(dims[1])
        if not rows or not columns:
            continue
        is_stale = stale_reason(f.published_on, f.review_by, f.expires_on, f.created_on, today) is not None
        for row in rows:
            for column in columns:
                (stale if is_stale else supply).setdefault((row, column), []).append(f)
    return supply, stale


def _status(supply: int, demand: int, uses: int, params: ReportParameters) -> CoverageStatus:
    settings = params.settings
    if supply == 0:
        return CoverageStatus.GAP if demand else CoverageStatus.QUIET
    if supply < settings.thin_below:
        return CoverageStatus.THIN
    if supply >= settings.excess_from and uses < supply * settings.underused_floor:
        return CoverageStatus.EXCESS
    return CoverageStatus.COVERED


def build_coverage(
    s: Session, params: ReportParameters, scope: Scope, facts: Mapping[str, AssetFacts]
) -> CoverageReport:
    dims = params.dims
    rows = [Label(slug, label) for slug, label in labels(s, dims[0])]
    columns = [Label(slug, label) for slug, label in labels(s, dims[1])]
    supply, _ = _supply(params, facts, dims)
    deals: dict[Cell, int] = {}
    if dims[0] in DEAL_COLUMNS and dims[1] in DEAL_COLUMNS:
        a, b = DEAL_COLUMNS[dims[0]], DEAL_COLUMNS[dims[1]]
        query = (
            select(a, b, func.count())
            .select_from(DealRow)
            .join(ProspectRow, ProspectRow.id == DealRow.prospect_id)
            .where(_deal_demand(params, scope), a.is_not(None), b.is_not(None))
            .group_by(a, b)
        )
        deals = {(x, y): int(n) for x, y, n in s.execute(query)}
    searches: dict[Cell, int] = {}
    words = Vocabulary.load(s)
    for query_text, filters, count, _last in _zero_result_searches(s, params, scope):
        named = words.segment(query_text, filters)
        if not _in_scope(named, scope):
            continue
        for cell in _cells(named, dims):
            searches[cell] = searches.get(cell, 0) + int(count)
    ra, rb = getattr(ContentRequestRow, dims[0]), getattr(ContentRequestRow, dims[1])
    requests = {
        (x, y): int(n)
        for x, y, n in s.execute(
            select(ra, rb, func.count())
            .where(*_request_conditions(scope), ra.is_not(None), rb.is_not(None))
            .group_by(ra, rb)
        )
    }
    cells: list[CoverageCell] = []
    for row in rows:
        for column in columns:
            key = (row.slug, column.slug)
            offered = supply.get(key, [])
            uses = sum(f.uses for f in offered)
            d, q, r = deals.get(key, 0), searches.get(key, 0), requests.get(key, 0)
            cells.append(
                CoverageCell(
                    row=row.slug,
                    column=column.slug,
                    supply=len(offered),
                    deals=d,
                    searches=q,
                    requests=r,
                    uses=uses,
                    status=_status(len(offered), d + q + r, uses, params),
                )
            )
    return CoverageReport(
        parameters=params, dims=dims, rows=tuple(rows), columns=tuple(columns), cells=tuple(cells)
    )


def _cells(named: Mapping[str, set[str]], dims: tuple[str, str]) -> Iterable[Cell]:
    for row in sorted(named.get(dims[0], ())):
        for column in sorted(named.get(dims[1], ())):
            yield (row, column)


def build_cell_detail(
    s: Session,
    params: ReportParameters,
    scope: Scope,
    facts: Mapping[str, AssetFacts],
    row: str,
    column: str,
) -> CellDetail:
    dims = params.dims
    report = build_coverage(s, params, scope, facts)
    cell = report.cell(row, column)
    supply, stale = _supply(params, facts, dims)

    def refs(items: Iterable[AssetFacts], is_stale: bool) -> tuple[AssetRef, ...]:
        ordered = sorted(items, key=lambda f: (-f.uses, f.title.casefold()))
        return tuple(AssetRef(f.id, f.title, f.type, f.uses, is_stale) for f in ordered)

    deal_refs: list[DealRef] = []
    if dims[0] in DEAL_COLUMNS and dims[1] in DEAL_COLUMNS:
        rows = s.execute(
            select(DealRow, ProspectRow.name)
            .join(ProspectRow, ProspectRow.id == DealRow.prospect_id)
            .where(_deal_demand(params, scope), DEAL_COLUMNS[dims[0]] == row, DEAL_COLUMNS[dims[1]] == column)
            .order_by(DealRow.outcome != Outcome.OPEN.value, DealRow.close_date, DealRow.name)
        ).all()
        deal_refs = [deal_ref(d, name) for d, name in rows]
    words = Vocabulary.load(s)
    search_refs: list[SearchRef] = []
    by_query: dict[str, tuple[int, datetime]] = {}
    for query_text, filters, count, last in _zero_result_searches(s, params, scope):
        named = words.segment(query_text, filters)
        if _in_scope(named, scope) and (row, column) in set(_cells(named, dims)):
            last_at = utc(last)
            assert last_at is not None
            seen, latest = by_query.get(query_text, (0, last_at))
            by_query[query_text] = (seen + int(count), max(latest, last_at))
    for query_text, (count, last_at) in sorted(by_query.items(), key=lambda kv: (-kv[1][0], kv[0])):
        search_refs.append(SearchRef(query_text, count, last_at))
    votes = (
        select(RequestVoteRow.request_id, func.count().label("votes"))
        .group_by(RequestVoteRow.request_id)
        .subquery("votes")
    )
    request_rows = s.execute(
        select(ContentRequestRow, UserRow.name, func.coalesce(votes.c.votes, 0))
        .join(UserRow, UserRow.id == ContentRequestRow.requester_id)
        .outerjoin(votes, votes.c.request_id == ContentRequestRow.id)
        .where(
            *_request_conditions(scope),
            getattr(ContentRequestRow, dims[0]) == row,
            getattr(ContentRequestRow, dims[1]) == column,
        )
        .order_by(ContentRequestRow.created_at)
    ).all()
    request_refs = tuple(
        RequestRef(r.id, r.text, RequestStatus(r.status), name, int(n), r.created_at)
        for r, name, n in request_rows
    )
    return CellDetail(
        dims=dims,
        row=next(x for x in report.rows if x.slug == row),
        column=next(x for x in report.columns if x.slug == column),
        cell=cell,
        assets=refs(supply.get((row, column), []), False),
        stale_assets=refs(stale.get((row, column), []), True),
        deals=tuple(deal_refs),
        searches=tuple(search_refs),
        requests=request_refs,
    )


# What a DealRef needs, as columns: reading thousands of deals as ORM objects costs more.
DEAL_REF_COLUMNS = (
    DealRow.id,
    DealRow.name,
    DealRow.owner,
    DealRow.outcome,
    DealRow.close_date,
    DealRow.amount_minor,
    DealRow.currency,
    DealRow.stage,
)


_OUTCOMES = {o.value: o for o in Outcome}


def deal_ref(row: Any, prospect: str) -> DealRef:
    """From a DealRow, or a row of DEAL_REF_COLUMNS."""
    amount = Money(row.amount_minor, row.currency) if row.amount_minor is not None and row.currency else None
    return DealRef(
        deal_id=row.id,
        name=row.name,
        prospect=prospect,
        owner=row.owner,
        outcome=_OUTCOMES.get(row.outcome) or Outcome(row.outcome),
        close_date=row.close_date,
        amount=amount,
        stage=row.stage,
    )
