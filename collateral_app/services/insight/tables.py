"""The insight's reports as tables, words and plain data: what the CLI prints, what CSV,
HTML and PDF exports hold, and the definitions they state. No Qt, no files here.

    sections = Sections.of(report)                     # or Sections(parameters, usage=...)
    for table in sections.tables(): ...                # name, title, headers, rows
    as_json(kind, sections)                            # with the definition parameters
    definitions(parameters)                            # (term, definition) for an appendix"""

from __future__ import annotations

import dataclasses
import textwrap
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from collateral_app import i18n
from collateral_app.domain.insight import (
    AssetUse,
    Attribution,
    CoverageCell,
    CoverageReport,
    CoverageStatus,
    DemandReport,
    FlaggedAsset,
    FlagReport,
    Headline,
    InfluenceReport,
    InsightFilters,
    InsightReport,
    ReportKind,
    ReportParameters,
    ServiceLevelReport,
    UsageReport,
    Window,
)
from collateral_app.domain.sales import Money, Segment
from collateral_app.i18n import QT_TRANSLATE_NOOP, translate
from collateral_app.services.common.plain import plain
from collateral_app.services.insight.charts import (
    Chart,
    feedback_chart,
    heatmap_chart,
    influence_chart,
    service_chart,
    usage_chart,
)

Cell = str | int | float | None


@dataclass(frozen=True, slots=True)
class Table:
    name: str  # file-name friendly: "usage", "archive-candidates"
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    note: str = ""  # what a reader needs to read the table


@dataclass(frozen=True, slots=True)
class Sections:
    """Whichever reports were computed, with the parameters they share."""

    parameters: ReportParameters
    headline: Headline | None = None
    usage: UsageReport | None = None
    flags: FlagReport | None = None
    influence: InfluenceReport | None = None
    coverage: CoverageReport | None = None
    service: ServiceLevelReport | None = None
    demand: DemandReport | None = None
    kind: ReportKind = ReportKind.ALL

    @classmethod
    def of(cls, report: InsightReport) -> Sections:
        return cls(
            parameters=report.parameters,
            headline=report.headline,
            usage=report.usage,
            flags=report.flags,
            influence=report.influence,
            coverage=report.coverage,
            service=report.service,
            demand=report.demand,
        )

    def tables(self) -> list[Table]:
        """Every table of the sections, in the order a reader meets them."""
        result: list[Table] = []
        if self.headline is not None:
            result.append(headline_table(self.headline, self.parameters))
        if self.usage is not None:
            result.extend(usage_tables(self.usage))
        if self.flags is not None:
            result.extend(flag_tables(self.flags, self.kind))
        if self.influence is not None:
            result.append(influence_table(self.influence))
        if self.coverage is not None:
            result.append(coverage_table(self.coverage))
        if self.service is not None:
            result.extend(service_tables(self.service))
        if self.demand is not None:
            result.extend(demand_tables(self.demand))
        return result


# -- words for values ------------------------------------------------------------------------------
def money_text(amounts: Sequence[Money], *, compact: bool = False, say_mixed: bool = True) -> str:
    """Amounts side by side, one per currency and never added up; in more than one currency
    it says so (unless the caller says it elsewhere): "12,500.00 EUR + 3,000.00 USD (mixed
    currencies)"."""
    if not amounts:
        return "—"
    shown = " + ".join(compact_money(m) if compact else i18n.money(m) for m in amounts)
    if say_mixed and mixed_currencies(amounts):
        return translate("report", "{0} (mixed currencies)").format(shown)
    return shown


def mixed_currencies(amounts: Sequence[Money]) -> bool:
    return len({m.currency for m in amounts}) > 1


def compact_money(amount: Money) -> str:
    """1.2M USD, 340k EUR: for charts and headline cards (in the current language's
    conventions: 1,2 Mio. $ in German)."""
    return i18n.compact_money(amount)


def percent(share: float | None) -> str:
    return "—" if share is None else i18n.percent(share)


def day_text(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return i18n.moment(value)
    return i18n.day(value)


def date_only(value: date | datetime | None) -> str:
    if value is None:
        return ""
    return i18n.day(value.date() if isinstance(value, datetime) else value)


def segment_text(segment: Segment) -> str:
    parts = [f"{dimension_word(k)} {v}" for k, v in dataclasses.asdict(segment).items() if v]
    return ", ".join(parts)


DIMENSION_WORDS = {
    "type": QT_TRANSLATE_NOOP("report", "type"),
    "stage": QT_TRANSLATE_NOOP("report", "stage"),
    "persona": QT_TRANSLATE_NOOP("report", "persona"),
    "industry": QT_TRANSLATE_NOOP("report", "industry"),
    "size": QT_TRANSLATE_NOOP("report", "size"),
    "product": QT_TRANSLATE_NOOP("report", "product"),
    "member": QT_TRANSLATE_NOOP("report", "member"),
}
ATTRIBUTION_WORDS = (
    QT_TRANSLATE_NOOP("report", "full credit"),
    QT_TRANSLATE_NOOP("report", "even split"),
    QT_TRANSLATE_NOOP("report", "first touch"),
    QT_TRANSLATE_NOOP("report", "last touch"),
)


def dimension_word(dimension: str) -> str:
    """A taxonomy dimension ("stage") as a report names it."""
    return translate("report", DIMENSION_WORDS[dimension]) if dimension in DIMENSION_WORDS else dimension


def cell_reason(cell: CoverageCell) -> str:
    """Why a heatmap cell has its status, in the current language: "2 open or recent deals,
    1 zero-result search; no asset"."""
    if i18n.current_language() == i18n.SOURCE_LANGUAGE:
        return cell.reason
    deals, searches, requests, supply = cell.deals, cell.searches, cell.requests, cell.supply
    demand = [
        words
        for n, words in (
            (deals, translate("report", "%n open or recent deal(s)", None, deals)),
            (searches, translate("report", "%n zero-result search(es)", None, searches)),
            (requests, translate("report", "%n open request(s)", None, requests)),
        )
        if n
    ]
    wanted = ", ".join(demand) if demand else translate("report", "no demand")
    have = (
        translate("report", "%n asset(s)", None, supply) if cell.supply else translate("report", "no asset")
    )
    return f"{wanted}; {have}"


def attribution_label(attribution: Attribution) -> str:
    return translate("report", attribution.label)


def window_label(window: Window) -> str:
    """7 Sep 2026 – 6 Dec 2026 (91 days, Europe/Berlin), in the report's language."""
    if i18n.current_language() == i18n.SOURCE_LANGUAGE:
        return window.label
    return translate("report", "{0} – {1} ({2} days, {3})").format(
        i18n.day(window.first_day), i18n.day(window.last_day), window.days, window.time_zone
    )


def filters_text(filters: InsightFilters) -> str:
    parts = [f"{dimension_word(k)} {v}" for k, v in filters.as_dict().items() if v]
    return ", ".join(parts) if parts else translate("report", "none")


# The column names of the tables: as they are in English (CSV headers a script may read),
# translated for other languages and for what a reader sees.
HEADER_WORDS = (
    QT_TRANSLATE_NOOP("report headers", "asset_id"),
    QT_TRANSLATE_NOOP("report headers", "request_id"),
    QT_TRANSLATE_NOOP("report headers", "deal_id"),
    QT_TRANSLATE_NOOP("report headers", "figure"),
    QT_TRANSLATE_NOOP("report headers", "value"),
    QT_TRANSLATE_NOOP("report headers", "title"),
    QT_TRANSLATE_NOOP("report headers", "type"),
    QT_TRANSLATE_NOOP("report headers", "status"),
    QT_TRANSLATE_NOOP("report headers", "owner"),
    QT_TRANSLATE_NOOP("report headers", "uses"),
    QT_TRANSLATE_NOOP("report headers", "shares"),
    QT_TRANSLATE_NOOP("report headers", "presentations"),
    QT_TRANSLATE_NOOP("report headers", "views"),
    QT_TRANSLATE_NOOP("report headers", "published"),
    QT_TRANSLATE_NOOP("report headers", "used"),
    QT_TRANSLATE_NOOP("report headers", "dimension"),
    QT_TRANSLATE_NOOP("report headers", "from"),
    QT_TRANSLATE_NOOP("report headers", "to (excluded)"),
    QT_TRANSLATE_NOOP("report headers", "last_used"),
    QT_TRANSLATE_NOOP("report headers", "published_on"),
    QT_TRANSLATE_NOOP("report headers", "review_by"),
    QT_TRANSLATE_NOOP("report headers", "why"),
    QT_TRANSLATE_NOOP("report headers", "declared_won"),
    QT_TRANSLATE_NOOP("report headers", "assisted_won"),
    QT_TRANSLATE_NOOP("report headers", "won_deals"),
    QT_TRANSLATE_NOOP("report headers", "influenced_{0}"),
    QT_TRANSLATE_NOOP("report headers", "closed_deals_used"),
    QT_TRANSLATE_NOOP("report headers", "won_deals_used"),
    QT_TRANSLATE_NOOP("report headers", "lift"),
    QT_TRANSLATE_NOOP("report headers", "lift_why"),
    QT_TRANSLATE_NOOP("report headers", "average_rating"),
    QT_TRANSLATE_NOOP("report headers", "ratings"),
    QT_TRANSLATE_NOOP("report headers", "supply"),
    QT_TRANSLATE_NOOP("report headers", "deals"),
    QT_TRANSLATE_NOOP("report headers", "searches"),
    QT_TRANSLATE_NOOP("report headers", "requests"),
    QT_TRANSLATE_NOOP("report headers", "demand"),
    QT_TRANSLATE_NOOP("report headers", "gap_score"),
    QT_TRANSLATE_NOOP("report headers", "gap score"),
    QT_TRANSLATE_NOOP("report headers", "text"),
    QT_TRANSLATE_NOOP("report headers", "requester"),
    QT_TRANSLATE_NOOP("report headers", "created_at"),
    QT_TRANSLATE_NOOP("report headers", "acknowledged_at"),
    QT_TRANSLATE_NOOP("report headers", "ack_working_days"),
    QT_TRANSLATE_NOOP("report headers", "ack_on_time"),
    QT_TRANSLATE_NOOP("report headers", "delivered_at"),
    QT_TRANSLATE_NOOP("report headers", "deliver_working_days"),
    QT_TRANSLATE_NOOP("report headers", "deliver_on_time"),
    QT_TRANSLATE_NOOP("report headers", "deal"),
    QT_TRANSLATE_NOOP("report headers", "prospect"),
    QT_TRANSLATE_NOOP("report headers", "outcome"),
    QT_TRANSLATE_NOOP("report headers", "close_date"),
    QT_TRANSLATE_NOOP("report headers", "amount"),
    QT_TRANSLATE_NOOP("report headers", "ack_mean_days"),
    QT_TRANSLATE_NOOP("report headers", "closed_deals"),
    QT_TRANSLATE_NOOP("report headers", "with_feedback"),
    QT_TRANSLATE_NOOP("report headers", "query"),
    QT_TRANSLATE_NOOP("report headers", "zero_result"),
    QT_TRANSLATE_NOOP("report headers", "no_click"),
    QT_TRANSLATE_NOOP("report headers", "last_searched"),
    QT_TRANSLATE_NOOP("report headers", "segment"),
    QT_TRANSLATE_NOOP("report headers", "open_request"),
    QT_TRANSLATE_NOOP("report headers", "declared"),
    QT_TRANSLATE_NOOP("report headers", "assisted"),
    QT_TRANSLATE_NOOP("report headers", "won deals"),
    QT_TRANSLATE_NOOP("report headers", "influenced"),
    QT_TRANSLATE_NOOP("report headers", "closed deals"),
    QT_TRANSLATE_NOOP("report headers", "rating"),
    QT_TRANSLATE_NOOP("report headers", "request"),
    QT_TRANSLATE_NOOP("report headers", "made"),
    QT_TRANSLATE_NOOP("report headers", "closed"),
    QT_TRANSLATE_NOOP("report headers", "nothing found"),
    QT_TRANSLATE_NOOP("report headers", "no click"),
    QT_TRANSLATE_NOOP("report headers", "last"),
    QT_TRANSLATE_NOOP("report headers", "requested"),
    QT_TRANSLATE_NOOP("report headers", "last used"),
    QT_TRANSLATE_NOOP("report headers", "review by"),
)


def header_text(header: str) -> str:
    """A column's name in the current language: "asset_id" stays as it is in English (a
    script may read the CSV), "Asset-ID" in German; the taxonomy's dimensions as they are named."""
    if header in DIMENSION_WORDS:
        return dimension_word(header)
    if header.startswith("influenced_") and header not in HEADER_WORDS:
        return translate("report headers", "influenced_{0}").format(header.removeprefix("influenced_"))
    return translate("report headers", header)


def cell_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".") if value % 1 else f"{value:.0f}"
    return str(value)


# -- the tables ------------------------------------------------------------------------------------
def headline_table(h: Headline, params: ReportParameters) -> Table:
    ack = (
        translate("report", "{0} working days (target {1}); {2} on time").format(
            i18n.number(h.ack_mean_days, 1), h.ack_target_days, percent(h.ack_met_share)
        )
        if h.ack_mean_days is not None
        else translate("report", "no request acknowledged (target {0} working days)").format(
            h.ack_target_days
        )
    )
    deals = h.influenced_deals
    rows: list[tuple[Cell, ...]] = [
        (translate("report", "Assets published"), h.published),
        (translate("report", "Used with a prospect"), f"{h.used_with_prospect} ({percent(h.used_share)})"),
        (translate("report", "Archive candidates (stale and unused)"), h.archive_candidates),
        (
            translate("report", "Won amount influenced"),
            translate("report", "{0} (%n deal(s))", None, deals).format(money_text(h.influenced_won)),
        ),
        (translate("report", "Open requests"), h.open_requests),
        (translate("report", "Requests acknowledged in"), ack),
        (
            translate("report", "Feedback coverage"),
            translate("report", "{0} (target {1})").format(
                percent(h.feedback_coverage), percent(h.feedback_target)
            ),
        ),
    ]
    title = translate("report", "Headline figures")
    return Table("headline", title, ("figure", "value"), tuple(rows), window_label(params.window))


def headline_cards(h: Headline) -> list[tuple[str, str]]:
    """The headline as (label, value) for cards: amounts rounded to thousands or millions."""
    ack = (
        translate("report", "{0} working days").format(i18n.number(h.ack_mean_days, 1))
        if h.ack_mean_days is not None
        else "—"
    )
    deals = h.influenced_deals
    return [
        (translate("report", "Assets published"), str(h.published)),
        (translate("report", "Used with a prospect"), f"{percent(h.used_share)} ({h.used_with_prospect})"),
        (translate("report", "Archive candidates"), str(h.archive_candidates)),
        (
            translate("report", "Won amount influenced (%n deal(s))", None, deals),
            money_text(h.influenced_won, compact=True),
        ),
        (translate("report", "Open requests"), str(h.open_requests)),
        (translate("report", "Requests acknowledged (target {0} days)").format(h.ack_target_days), ack),
        (
            translate("report", "Feedback coverage (target {0})").format(percent(h.feedback_target)),
            percent(h.feedback_coverage),
        ),
    ]


def usage_tables(u: UsageReport) -> list[Table]:
    assets = Table(
        "usage",
        translate("report", "Usage per asset"),
        ("asset_id", "title", "type", "status", "owner", "uses", "shares", "presentations", "views"),
        tuple(
            (a.asset_id, a.title, a.type, a.status, a.owner, a.uses, a.shares, a.presentations, a.views)
            for a in u.assets
        ),
        translate("report", "uses: shared + presented with a prospect in the window; views counted apart"),
    )
    types = Table(
        "usage-by-type",
        translate("report", "Usage by type"),
        ("type", "published", "used", "uses", "views"),
        tuple((t.label, t.assets, t.used, t.uses, t.views) for t in u.by_type),
    )
    segments = Table(
        "usage-by-segment",
        translate("report", "Usage by segment"),
        ("dimension", "value", "published", "uses"),
        tuple((s.dimension, s.label, s.assets, s.uses) for s in u.by_segment),
    )
    timeline = Table(
        "usage-timeline",
        translate("report", "Uses over time"),
        ("from", "to (excluded)", "uses", "views"),
        tuple((p.start.isoformat(), p.end.isoformat(), p.uses, p.views) for p in u.timeline),
    )
    return [assets, types, segments, timeline]


FLAG_HEADERS = ("asset_id", "title", "type", "owner", "uses", "last_used", "published_on", "review_by", "why")


def _flag_rows(items: Iterable[FlaggedAsset]) -> tuple[tuple[Cell, ...], ...]:
    return tuple(
        (
            f.asset_id,
            f.title,
            f.type,
            f.owner,
            f.uses,
            date_only(f.last_used_at),
            date_only(f.published_on),
            date_only(f.review_by),
            f.reason + _asked(f),
        )
        for f in items
    )


def flag_tables(flags: FlagReport, kind: ReportKind = ReportKind.ALL) -> list[Table]:
    chosen = {
        ReportKind.UNDERUSED: ("unused", "underused"),
        ReportKind.STALE: ("stale", "archive-candidates"),
    }.get(kind, ("archive-candidates", "unused", "underused", "stale"))
    all_tables = {
        "unused": Table("unused", translate("report", "Unused"), FLAG_HEADERS, _flag_rows(flags.unused)),
        "underused": Table(
            "underused", translate("report", "Underused"), FLAG_HEADERS, _flag_rows(flags.underused)
        ),
        "stale": Table("stale", translate("report", "Stale"), FLAG_HEADERS, _flag_rows(flags.stale)),
        "archive-candidates": Table(
            "archive-candidates",
            translate("report", "Archive candidates"),
            FLAG_HEADERS,
            _flag_rows(flags.archive_candidates),
        ),
    }
    return [all_tables[name] for name in chosen]


def influence_table(r: InfluenceReport) -> Table:
    currencies = sorted({m.currency for a in r.assets for m in a.influenced})
    headers = (
        "asset_id",
        "title",
        "type",
        "declared_won",
        "assisted_won",
        "won_deals",
        *(f"influenced_{c}" for c in currencies),
        "closed_deals_used",
        "won_deals_used",
        "lift",
        "lift_why",
        "average_rating",
        "ratings",
    )
    rows = []
    for a in r.assets:
        amounts = {m.currency: m for m in a.influenced}
        rows.append(
            (
                a.asset_id,
                a.title,
                a.type,
                a.declared_won,
                a.assisted_won,
                a.won_deals,
                *(str(amounts[c].value) if c in amounts else "0" for c in currencies),
                a.closed_deals_used,
                a.won_deals_used,
                a.lift,
                a.lift_reason,
                a.average_rating,
                a.ratings,
            )
        )
    note = translate("report", "{0} of {1} closed deals won ({2}); amounts under {3}").format(
        r.won_deals, r.closed_deals, percent(r.win_rate), attribution_label(r.attribution)
    )
    return Table("influence", translate("report", "Win influence"), headers, tuple(rows), note)


def coverage_table(c: CoverageReport) -> Table:
    rows_by = {x.slug: x.label for x in c.rows}
    cols_by = {x.slug: x.label for x in c.columns}
    return Table(
        "coverage",
        translate("report", "Coverage: {0} × {1}").format(
            dimension_word(c.dims[0]), dimension_word(c.dims[1])
        ),
        (
            c.dims[0],
            c.dims[1],
            "supply",
            "deals",
            "searches",
            "requests",
            "demand",
            "gap_score",
            "status",
            "uses",
        ),
        tuple(
            (
                rows_by[x.row],
                cols_by[x.column],
                x.supply,
                x.deals,
                x.searches,
                x.requests,
                x.demand,
                round(x.score, 2),
                x.status.value,
                x.uses,
            )
            for x in c.cells
        ),
        translate("report", "gap score = demand ÷ (supply + 1)"),
    )


def service_tables(r: ServiceLevelReport) -> list[Table]:
    def met(value: bool | None) -> str:
        return {True: translate("report", "yes"), False: translate("report", "no"), None: ""}[value]

    requests = Table(
        "requests",
        translate("report", "Requests and their service levels"),
        (
            "request_id",
            "text",
            "requester",
            "status",
            "created_at",
            "acknowledged_at",
            "ack_working_days",
            "ack_on_time",
            "delivered_at",
            "deliver_working_days",
            "deliver_on_time",
            "why",
        ),
        tuple(
            (
                t.request_id,
                t.text,
                t.requester,
                t.status.value,
                day_text(t.created_at),
                day_text(t.acknowledged_at),
                t.ack_days,
                met(t.ack_met),
                day_text(t.delivered_at),
                t.deliver_days,
                met(t.deliver_met),
                t.reason,
            )
            for t in r.requests
        ),
        translate("report", "targets: acknowledged within {0} and delivered within {1} working days").format(
            r.targets.ack_working_days, r.targets.deliver_working_days
        ),
    )
    missing = Table(
        "deals-without-feedback",
        translate("report", "Deals closed without feedback"),
        ("deal_id", "deal", "prospect", "owner", "outcome", "close_date", "amount"),
        tuple(
            (
                d.deal_id,
                d.name,
                d.prospect,
                d.owner,
                d.outcome.value,
                day_text(d.close_date),
                i18n.money(d.amount) if d.amount else "",
            )
            for d in r.without_feedback
        ),
        translate("report", "feedback coverage {0} of {1} closed deals (target {2})").format(
            percent(r.feedback_coverage), r.closed_deals, percent(r.targets.feedback_coverage)
        ),
    )
    trend = Table(
        "service-trend",
        translate("report", "Service levels over time"),
        (
            "from",
            "to (excluded)",
            "requests",
            "ack_mean_days",
            "ack_on_time",
            "closed_deals",
            "with_feedback",
        ),
        tuple(
            (
                p.start.isoformat(),
                p.end.isoformat(),
                p.requests,
                p.ack_mean_days,
                percent(p.ack_met_share) if p.ack_met_share is not None else "",
                p.closed_deals,
                p.with_feedback,
            )
            for p in r.trend
        ),
    )
    return [requests, missing, trend]


def demand_tables(d: DemandReport) -> list[Table]:
    headers = ("query", "searches", "zero_result", "no_click", "last_searched", "segment", "open_request")

    def rows(items: Iterable[Any]) -> tuple[tuple[Cell, ...], ...]:
        return tuple(
            (
                q.query,
                q.searches,
                q.zero_result,
                q.no_click,
                date_only(q.last_searched_at),
                segment_text(q.segment),
                q.request_id or "",
            )
            for q in items
        )

    return [
        Table(
            "zero-result", translate("report", "Searches that found nothing"), headers, rows(d.zero_result)
        ),
        Table(
            "no-click", translate("report", "Searches whose results nobody opened"), headers, rows(d.no_click)
        ),
    ]


# -- what a reader sees (terminal, HTML, PDF) ---------------------------------------------------
INFLUENCE_COLUMNS = (
    "title",
    "declared",
    "assisted",
    "won deals",
    "influenced",
    "closed deals",
    "lift",
    "rating",
)
Part = Chart | Table | str


def view_blocks(sections: Sections) -> list[tuple[str, list[Part]]]:
    """(section title, its charts, tables and paragraphs), in reading order. The tables are
    narrower than the CSV ones: what a meeting reads, with the ids and details left to CSV."""
    blocks: list[tuple[str, list[Part]]] = []
    u, f, i, c, s, d = (
        sections.usage,
        sections.flags,
        sections.influence,
        sections.coverage,
        sections.service,
        sections.demand,
    )
    if u is not None:
        type_labels = {t.type: t.label for t in u.by_type}  # every type an asset shown here has
        blocks.append(
            (
                translate("report", "Usage"),
                [
                    translate(
                        "report",
                        "{0} of {1} published assets ({2}) were shared or presented in the window: "
                        "{3} customer-facing uses, {4} views.",
                    ).format(u.published_used, u.published, percent(u.used_share), u.uses, u.views),
                    usage_chart(u),
                    _assets_table(translate("report", "Most used"), u.top(10), type_labels),
                    _assets_table(translate("report", "Least used (published)"), u.bottom(10), type_labels),
                    Table(
                        "types",
                        translate("report", "By type"),
                        ("type", "published", "used", "uses", "views"),
                        tuple((t.label, t.assets, t.used, t.uses, t.views) for t in u.by_type),
                    ),
                ],
            )
        )
    if f is not None:
        blocks.append((translate("report", "Needs attention"), _flag_parts(f, sections.kind)))
    if i is not None:
        rows = tuple(
            (
                a.title,
                a.declared_won,
                a.assisted_won,
                a.won_deals,
                money_text(a.influenced, compact=True),
                a.closed_deals_used,
                a.lift,
                a.average_rating,
            )
            for a in i.assets
            if a.won_deals
        )
        blocks.append(
            (
                translate("report", "Win influence"),
                [
                    translate(
                        "report",
                        "{0} of {1} closed deals were won ({2}); {3} of them had an asset behind them, "
                        "worth {4}. Amounts per asset under {5}; lift shown from {6} closed deals.",
                    ).format(
                        i.won_deals,
                        i.closed_deals,
                        percent(i.win_rate),
                        i.influenced_deals,
                        money_text(i.influenced_total, compact=True)
                        if i.influenced_total
                        else translate("report", "nothing"),
                        attribution_label(i.attribution),
                        sections.parameters.settings.lift_min_deals,
                    ),
                    influence_chart(i),
                    Table(
                        "influence",
                        translate("report", "Assets behind won deals"),
                        (
                            "title",
                            "declared",
                            "assisted",
                            "won deals",
                            "influenced",
                            "closed deals",
                            "lift",
                            "rating",
                        ),
                        rows,
                        translate(
                            "report",
                            "declared: marked “helped win”; assisted: used with the prospect during the deal",
                        ),
                    ),
                ],
            )
        )
    if c is not None:
        rows_by = {x.slug: x.label for x in c.rows}
        cols_by = {x.slug: x.label for x in c.columns}
        worst = Table(
            "worst",
            translate("report", "Largest gaps"),
            (c.dims[0], c.dims[1], "status", "gap score", "why"),
            tuple(
                (
                    rows_by[x.row],
                    cols_by[x.column],
                    i18n.value_word(x.status),
                    round(x.score, 1),
                    cell_reason(x),
                )
                for x in c.worst(10)
            ),
        )
        gaps = sum(1 for cell in c.cells if cell.status is CoverageStatus.GAP)
        blocks.append(
            (
                translate("report", "Coverage gaps"),
                [
                    translate("report", "{0} cells have demand and no asset.").format(gaps),
                    heatmap_chart(c),
                    worst,
                ],
            )
        )
    if s is not None:
        late = Table(
            "late",
            translate("report", "Late requests"),
            ("request", "requester", "made", "status", "why"),
            tuple(
                (t.text, t.requester, date_only(t.created_at), i18n.value_word(t.status), t.reason)
                for t in s.requests
                if t.ack_met is False or t.deliver_met is False
            ),
        )
        missing = Table(
            "deals-without-feedback",
            translate("report", "Deals closed without feedback"),
            ("deal", "owner", "outcome", "closed", "amount"),
            tuple(
                (
                    x.name,
                    x.owner,
                    i18n.value_word(x.outcome),
                    date_only(x.close_date),
                    i18n.money(x.amount) if x.amount else "",
                )
                for x in s.without_feedback
            ),
        )
        ack = (
            translate("report", "{0} working days on average (target {1}); {2} on time").format(
                i18n.number(s.ack_mean_days, 1), s.targets.ack_working_days, percent(s.ack_met_share)
            )
            if s.ack_mean_days is not None
            else translate("report", "no request acknowledged yet")
        )
        blocks.append(
            (
                translate("report", "Service levels"),
                [
                    translate(
                        "report",
                        "Requests acknowledged in {0}. Delivered: {1}, {2} within {3} working days. "
                        "Feedback coverage {4} of {5} closed deals (target {6}).",
                    ).format(
                        ack,
                        s.delivered,
                        percent(s.deliver_met_share),
                        s.targets.deliver_working_days,
                        percent(s.feedback_coverage),
                        s.closed_deals,
                        percent(s.targets.feedback_coverage),
                    ),
                    service_chart(s),
                    feedback_chart(s),
                    late,
                    missing,
                ],
            )
        )
    if d is not None:
        parts: list[Part] = []
        for title, queries in (
            (translate("report", "Searches that found nothing"), d.zero_result),
            (translate("report", "Searches whose results nobody opened"), d.no_click),
        ):
            parts.append(
                Table(
                    "demand",
                    title,
                    ("query", "searches", "nothing found", "no click", "last", "segment", "requested"),
                    tuple(
                        (
                            q.query,
                            q.searches,
                            q.zero_result,
                            q.no_click,
                            date_only(q.last_searched_at),
                            segment_text(q.segment),
                            translate("report", "yes") if q.request_id else "",
                        )
                        for q in queries
                    ),
                )
            )
        blocks.append((translate("report", "Search demand"), parts))
    return blocks


def _assets_table(title: str, assets: Sequence[AssetUse], type_labels: Mapping[str, str]) -> Table:
    return Table(
        "assets",
        title,
        ("title", "type", "uses", "views"),
        tuple((a.title, type_labels.get(a.type, a.type), a.uses, a.views) for a in assets),
    )


def _asked(a: FlaggedAsset) -> str:
    if not a.review_requested_at:
        return ""
    return translate("report", "; review asked {0}").format(date_only(a.review_requested_at))


def _flag_parts(f: FlagReport, kind: ReportKind) -> list[Part]:
    """Archive candidates first; the unused and stale lists then leave them out, so a meeting
    reads each asset once (the CSV export lists every flag in full)."""
    candidates = {a.asset_id for a in f.archive_candidates}

    def table(name: str, title: str, items: Sequence[FlaggedAsset], skip: bool) -> Table:
        shown = [a for a in items if not (skip and a.asset_id in candidates)]
        note = (
            translate("report", "{0} archive candidates above are not repeated").format(
                len(items) - len(shown)
            )
            if len(shown) < len(items)
            else ""
        )
        return Table(
            name,
            title,
            ("title", "owner", "uses", "last used", "review by", "why"),
            tuple(
                (
                    a.title,
                    a.owner,
                    a.uses,
                    date_only(a.last_used_at),
                    date_only(a.review_by),
                    a.details + _asked(a),
                )
                for a in shown
            ),
            note,
        )

    tables = {
        "archive-candidates": table(
            "archive-candidates", translate("report", "Archive candidates"), f.archive_candidates, False
        ),
        "unused": table("unused", translate("report", "Unused"), f.unused, kind is not ReportKind.UNDERUSED),
        "underused": table("underused", translate("report", "Underused"), f.underused, False),
        "stale": table("stale", translate("report", "Stale"), f.stale, True),
    }
    order = {
        ReportKind.UNDERUSED: ("unused", "underused"),
        ReportKind.STALE: ("archive-candidates", "stale"),
    }.get(kind, ("archive-candidates", "unused", "underused", "stale"))
    intro = translate(
        "report",
        "{0} archive candidates (stale and unused), {1} unused, {2} underused, {3} stale. "
        "Each says why it is flagged.",
    ).format(len(f.archive_candidates), len(f.unused), len(f.underused), len(f.stale))
    return [intro, *(tables[name] for name in order)]


# -- definitions -----------------------------------------------------------------------------------
def definitions(p: ReportParameters) -> list[tuple[str, str]]:
    """What each figure means, with the thresholds this report used."""
    s, w, t = p.settings, p.window, p.settings.targets
    as_of = i18n.day(p.as_of or w.last_day)
    return [
        (
            translate("report", "Window"),
            translate(
                "report",
                "Half-open: from midnight on {0} to midnight after {1} ({2} days) in {3}; event times are "
                "compared in UTC with those instants, deal close dates as calendar days. Deals are those "
                "open now or closed in the window.",
            ).format(i18n.day(w.first_day), i18n.day(w.last_day), w.days, w.time_zone),
        ),
        (
            translate("report", "Customer-facing uses"),
            translate(
                "report",
                "Shares and presentations of an asset in the window (to a prospect or not). Views — "
                "previews and opens — are counted apart: a preview is never a share.",
            ),
        ),
        (
            translate("report", "Unused"),
            translate(
                "report",
                "Published more than {0} days before {1} (the grace period) and no customer-facing use "
                "in the window.",
            ).format(s.grace_days, as_of),
        ),
        (
            translate("report", "Underused"),
            translate(
                "report",
                "Past the grace period and used in the window, but fewer than {0} times, or among the "
                "least used fifth of its type (types with at least {1} such assets: at most the "
                "nearest-rank 20th percentile of the type's uses and below its most used). Unused assets "
                "are listed as unused only.",
            ).format(s.underused_floor, s.quintile_min_assets),
        ),
        (
            translate("report", "Stale"),
            translate(
                "report",
                "Past its review-by date on {0} (the stored date, else {1} days after publishing), or "
                "past its expiry date.",
            ).format(as_of, s.review_interval_days),
        ),
        (translate("report", "Archive candidate"), translate("report", "Stale and unused.")),
        (
            translate("report", "Win influence"),
            translate(
                "report",
                "For deals won in the window (close date in it): declared when a rep's latest word on "
                "the asset is “helped win”; assisted when it was shared or presented to the deal's "
                "prospect during the deal (from 90 days before the deal was created to the end of its "
                "close day). A deal re-opened counts again only when it closes again.",
            ),
        ),
        (
            translate("report", "Influenced amount"),
            translate(
                "report",
                "This report: {0}. Full credits every influencing asset with the deal's whole amount "
                "(totals then count a deal more than once); even split divides it; first and last touch "
                "give it to the asset that reached the prospect first or last (ties by asset id; "
                "declared-only deals split evenly). Amounts stay in their currency and are rounded to "
                "cents. The headline counts each influenced deal once.",
            ).format(attribution_label(p.attribution)),
        ),
        (
            translate("report", "Lift"),
            translate(
                "report",
                "Win rate of the closed deals whose prospect the asset reached during the deal, divided "
                "by the win rate of all closed deals in scope; not shown below {0} such deals. Only "
                "logged use counts, not “helped win” marks (they exist only on won deals).",
            ).format(s.lift_min_deals),
        ),
        (
            translate("report", "Coverage"),
            translate(
                "report",
                "Cells of {0} × {1}. Supply: published, non-stale assets tagged with both values (an "
                "asset untagged in a dimension covers no cell of it). Demand: deals open now or closed "
                "in the window whose prospect and stage carry both values, zero-result searches in the "
                "window naming both (by filters or words), and requests not yet delivered or declined. "
                "Gap: no supply and some demand; thin: 1–{2} assets; covered: {3}+; excess: {4}+ assets "
                "used on average fewer times than the underused floor. Gap score = demand ÷ (supply + 1).",
            ).format(
                dimension_word(p.dims[0]),
                dimension_word(p.dims[1]),
                s.thin_below - 1,
                s.thin_below,
                s.excess_from,
            ),
        ),
        (
            translate("report", "Service levels"),
            translate(
                "report",
                "A request made in the window is acknowledged on time when its first change out of "
                "“open” came within {0} working days, delivered on time within {1} working days of the "
                "request. Working days: Monday to Friday in the library's time zone, counted to the "
                "hour, no holidays. A request still waiting past a target is late already.",
            ).format(t.ack_working_days, t.deliver_working_days),
        ),
        (
            translate("report", "Feedback coverage"),
            translate(
                "report",
                "Share of the deals closed in the window with at least one rep's word on an asset; "
                "target {0}.",
            ).format(i18n.percent(t.feedback_coverage)),
        ),
        (
            translate("report", "Search demand"),
            translate(
                "report",
                "Searches in the window with no result, and with results none of which was opened, by "
                "query (case and spacing ignored; empty queries are browsing).",
            ),
        ),
        (
            translate("report", "Freshness-and-use score"),
            translate(
                "report",
                "0–100 in four parts of 25: reviewed (full today, nothing a year after or when stale), "
                "recent use (full today, nothing a window's length ago), uses (log scale against the "
                "most used of its type) and influence (1 − ½ⁿ for n won deals influenced).",
            ),
        ),
        (
            translate("report", "Filters"),
            translate(
                "report",
                "{0}. A team member narrows uses to theirs, deals to those they own, requests and "
                "searches to theirs; product and segment narrow assets to those tagged with each value, "
                "deals to their prospect's industry and size and their stage (deals carry no persona or "
                "product).",
            ).format(filters_text(p.filters)),
        ),
    ]


def parameters_json(p: ReportParameters) -> dict[str, Any]:
    """Everything a reader needs to recompute the figures."""
    s = p.settings
    return {
        "window": {
            "since": p.window.since.isoformat(),
            "until": p.window.until.isoformat(),
            "first_day": p.window.first_day.isoformat(),
            "last_day": p.window.last_day.isoformat(),
            "days": p.window.days,
            "time_zone": p.window.time_zone,
            "half_open": True,
        },
        "as_of": (p.as_of or p.window.last_day).isoformat(),
        "filters": p.filters.as_dict(),
        "attribution": p.attribution.value,
        "dims": list(p.dims),
        "grace_days": s.grace_days,
        "underused_floor": s.underused_floor,
        "quintile": s.quintile,
        "quintile_min_assets": s.quintile_min_assets,
        "review_interval_days": s.review_interval_days,
        "lift_min_deals": s.lift_min_deals,
        "coverage": {"thin_below": s.thin_below, "excess_from": s.excess_from},
        "targets": {
            "ack_working_days": s.targets.ack_working_days,
            "deliver_working_days": s.targets.deliver_working_days,
            "feedback_coverage": s.targets.feedback_coverage,
        },
        "deal_cycle": "from 90 days before the deal was created to the end of its close day",
    }


# A report's parameters are given once, at its top, not again inside each of its parts.
SHOWN_APART = frozenset({"parameters"})


def as_json(sections: Sections) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for name in ("headline", "usage", "flags", "influence", "coverage", "service", "demand"):
        part = getattr(sections, name)
        if part is not None:
            data[name] = plain(part, omit=SHOWN_APART)
    if sections.usage is not None:
        data["usage"]["used_share"] = sections.usage.used_share
    if sections.influence is not None:
        data["influence"]["win_rate"] = sections.influence.win_rate
    if sections.coverage is not None:
        for cell, record in zip(data["coverage"]["cells"], sections.coverage.cells, strict=True):
            cell.update(demand=record.demand, score=round(record.score, 4), reason=record.reason)
    if sections.service is not None:
        data["service"].update(
            ack_met_share=sections.service.ack_met_share,
            deliver_met_share=sections.service.deliver_met_share,
            feedback_coverage=sections.service.feedback_coverage,
        )
    with i18n.speaking(i18n.SOURCE_LANGUAGE):  # what a script reads stays the same
        terms = dict(definitions(sections.parameters))
    return {
        "report": sections.kind.value,
        "parameters": parameters_json(sections.parameters),
        "definitions": terms,
        **data,
    }


# -- text for a terminal -----------------------------------------------------------------------------
WRAPPED = ("why", "lift_why")  # reasons wrap onto more lines; other long text is cut


def text_table(table: Table, *, limit: int | None = 25, widths: dict[str, int] | None = None) -> str:
    """A readable fixed-width table: long titles are cut with an ellipsis, reasons wrap."""
    caps = {
        "title": 46,
        "why": 70,
        "lift_why": 60,
        "text": 46,
        "request": 40,
        "query": 36,
        "deal": 40,
        "segment": 40,
        **(widths or {}),
    }
    shown = [h for h in table.headers if h not in ("asset_id", "request_id", "deal_id", "open_request")]
    index = [table.headers.index(h) for h in shown]
    rows = table.rows if limit is None else table.rows[:limit]

    def fit(text: str, header: str) -> list[str]:
        width = caps.get(header, 24)
        if header in WRAPPED:
            return textwrap.wrap(text, width) or [""]
        return [text if len(text) <= width else text[: width - 1] + "…"]

    cells = [[fit(cell_text(row[i]), table.headers[i]) for i in index] for row in rows]
    sizes = [
        max([len(header_text(h))] + [len(part) for r in cells for part in r[n]]) for n, h in enumerate(shown)
    ]
    numeric = [all(isinstance(row[i], int | float) or row[i] is None for row in rows) for i in index]

    def line(values: Sequence[str]) -> str:
        parts = [v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, sizes, numeric, strict=True)]
        return "  ".join(parts).rstrip()

    out = [
        table.title + (f" — {table.note}" if table.note else ""),
        line([header_text(h) for h in shown]),
        line(["─" * w for w in sizes]),
    ]
    for row_cells in cells:
        height = max(len(c) for c in row_cells)
        for k in range(height):
            out.append(line([c[k] if k < len(c) else "" for c in row_cells]))
    if not rows:
        out.append(translate("report", "(none)"))
    if limit is not None and len(table.rows) > limit:
        out.append(
            translate("report", "… and {0} more (all of them with --csv or --json)").format(
                len(table.rows) - limit
            )
        )
    return "\n".join(out)


def text_report(sections: Sections, *, limit: int | None = 25) -> str:
    """The report for a terminal: the same sections and tables as the HTML and PDF exports,
    the heatmap as a grid; charts are left to those exports."""
    p = sections.parameters
    head = [
        translate("report", "Window: {0}").format(window_label(p.window)),
        translate("report", "Filters: {0}").format(filters_text(p.filters)),
    ]
    if sections.influence is not None:
        head.append(translate("report", "Attribution: {0}").format(attribution_label(p.attribution)))
    blocks = ["\n".join(head)]
    if sections.headline is not None:
        blocks.append(text_table(headline_table(sections.headline, p), widths={"value": 80, "figure": 40}))
    for heading, parts in view_blocks(sections):
        lines = [heading.upper()]
        for part in parts:
            if isinstance(part, Chart):
                if heading == translate("report", "Coverage gaps") and sections.coverage is not None:
                    lines.append(text_heatmap(sections.coverage))
            elif isinstance(part, Table):
                lines.append(text_table(part, limit=limit))
            else:
                lines.append(part)
        blocks.append("\n\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def text_heatmap(c: CoverageReport) -> str:
    """The heatmap as a grid of "supply/demand" with a mark for gaps (!) and thin cells (~)."""
    marks = {"gap": "!", "thin": "~", "covered": " ", "excess": "+", "quiet": " "}
    width = max(7, min(11, max((len(x.label) for x in c.columns), default=7)))
    label = max(len(x.label) for x in c.rows) if c.rows else 8
    by_key = {(x.row, x.column): x for x in c.cells}
    lines = [
        translate("report", "Coverage: {0} × {1} — assets/demand per cell; ! gap, ~ thin, + excess").format(
            dimension_word(c.dims[0]), dimension_word(c.dims[1])
        ),
        " " * label + "  " + "  ".join(x.label[:width].rjust(width) for x in c.columns),
    ]
    for row in c.rows:
        cells = []
        for col in c.columns:
            cell = by_key[(row.slug, col.slug)]
            text = f"{cell.supply}/{cell.demand}" if cell.supply or cell.demand else "·"
            cells.append((text + marks[cell.status.value]).rjust(width))
        lines.append(row.label.ljust(label) + "  " + "  ".join(cells))
    worst = c.worst(5)
    if worst:
        lines.append("")
        lines.append(translate("report", "Largest gaps:"))
        rows_by = {x.slug: x.label for x in c.rows}
        cols_by = {x.slug: x.label for x in c.columns}
        for cell in worst:
            lines.append(
                "  "
                + translate("report", "{0} × {1}: {2}, gap score {3} ({4})").format(
                    rows_by[cell.row],
                    cols_by[cell.column],
                    i18n.value_word(cell.status),
                    i18n.number(cell.score, 1),
                    cell_reason(cell),
                )
            )
    return "\n".join(lines)
