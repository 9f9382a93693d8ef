"""The marketing insight's subcommands.

    collateral report usage|underused|stale|influence|gaps|sla|demand|all
                      [--window DAYS] [--since DATE --until DATE] [--dims stage,industry]
                      [--attribution full|even|first|last] [--member NAME] [--product P]
                      [--industry I] [--size S] [--stage S] [--persona P]
                      [--json] [--csv FILE] [--pdf FILE] [--html FILE] [--limit N]
    collateral report asset ASSET_ID [window and filters]     one asset in detail
    collateral report cell ROW COLUMN [--dims D1,D2]          what is behind a heatmap cell
    collateral report settings [--set NAME=VALUE ...]         time zone, grace period, targets,
                                                              the hand-off agreement
    collateral report handoff [window and filters] [--json|--csv FILE|--pdf FILE]
    collateral review ASSET_ID (--by DATE | --done | --ask-owner [--note T] | --archive)
    collateral review --mine [--since DATE]                   review requests for my assets

Windows are half-open in the library's time zone: --since is the first day included,
--until the first day not included. Exit status as for every command: 0 success, 1 when
an export could not be written, 2 on usage errors."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import TextIO

from collateral_app import cli_leads
from collateral_app.domain.errors import InvalidEdit
from collateral_app.domain.insight import (
    COVERAGE_DIMENSIONS,
    AssetDetail,
    Attribution,
    CellDetail,
    InsightFilters,
    ReportKind,
    ReportParameters,
)
from collateral_app.domain.sales import EventSource
from collateral_app.services.common.plain import plain, print_json
from collateral_app.services.common.tabular import parse_date
from collateral_app.services.insight.base import SETTING_NAMES, WINDOW_CHOICES
from collateral_app.services.insight.export import write_csv, write_html, write_pdf
from collateral_app.services.insight.service import Insight
from collateral_app.services.insight.tables import (
    SHOWN_APART,
    Sections,
    as_json,
    date_only,
    money_text,
    parameters_json,
    text_report,
)
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.sales.lead_agreement import agreement_settings, is_agreement_setting

Handler = Callable[[AssetLibrary, argparse.Namespace, TextIO, TextIO], int]
CommandFactory = Callable[..., argparse.ArgumentParser]

EXIT_OK = 0
KINDS = [k.value for k in ReportKind]
MORE = ["asset", "cell", "settings", "handoff"]


def add_commands(command: CommandFactory) -> None:
    """Adds this module's subcommands through the main parser's `command` factory."""
    p = command(
        "report",
        "Marketing insight: what is used, what wins, what is stale, what is missing.",
        epilog="reports:\n"
        "  usage       customer-facing uses per asset, by type, by segment and over time\n"
        "  underused   unused and underused assets, with why\n"
        "  stale       stale assets and archive candidates (stale and unused), with why\n"
        "  influence   declared and assisted won deals, influenced amount, lift\n"
        "  gaps        coverage heatmap over two dimensions (--dims), largest gaps\n"
        "  sla         requests acknowledged and delivered against targets; feedback coverage\n"
        "  demand      searches that found nothing or that nobody opened\n"
        "  all         everything above (the Insight view)\n"
        "  asset ID    one asset: uses over time, reps, prospects, deals, score\n"
        "  cell R C    the assets, deals, searches and requests behind a heatmap cell\n"
        "  handoff     the lead hand-off: MQLs against the agreement, in time, conversion, content\n"
        "  settings    show or --set the definitions' settings and the hand-off agreement\n\n"
        "windows: --window 30|90|180|365 (or any number of days; default 90), or --since and\n"
        "--until as dates; half-open, in the library's time zone (`report settings`).\n"
        "--csv FILE.zip writes every table into one zip (TABLE.csv each); --csv FILE.csv writes\n"
        "the first table to FILE and each other one beside it as FILE-STEM-TABLE.csv.\n"
        "Settings: " + ", ".join(SETTING_NAMES),
    )
    p.add_argument("kind", choices=KINDS + MORE, metavar="REPORT")
    p.add_argument("args", nargs="*", metavar="ARG")
    p.add_argument(
        "--window",
        type=int,
        metavar="DAYS",
        help=f"the last DAYS days ({', '.join(map(str, WINDOW_CHOICES))}…)",
    )
    p.add_argument("--since", metavar="DATE", help="first day included (YYYY-MM-DD)")
    p.add_argument("--until", metavar="DATE", help="first day not included (YYYY-MM-DD)")
    p.add_argument(
        "--dims", default="stage,industry", help=f"heatmap: two of {','.join(COVERAGE_DIMENSIONS)}"
    )
    p.add_argument("--attribution", choices=[a.value for a in Attribution], default=Attribution.EVEN.value)
    p.add_argument("--member", metavar="NAME", help="a team member: their uses, deals, requests, searches")
    for name in ("product", "industry", "size", "stage", "persona"):
        p.add_argument(f"--{name}", metavar="VALUE")
    p.add_argument("--csv", type=Path, metavar="FILE", help="every table of the report as CSV")
    p.add_argument("--pdf", type=Path, metavar="FILE", help="the report as PDF, with charts and definitions")
    p.add_argument("--html", type=Path, metavar="FILE", help="the report as one HTML file")
    p.add_argument("--limit", type=int, default=25, help="rows per table on the terminal (default 25)")
    p.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", dest="settings")

    p = command("review", "Set an asset's review date, mark it reviewed, ask its owner, or archive it.")
    p.add_argument("asset_id", nargs="?")
    p.add_argument("--by", metavar="DATE", help="the new review-by date")
    p.add_argument("--done", action="store_true", help="reviewed today: due again in 180 days")
    p.add_argument(
        "--ask-owner", action="store_true", help="ask the owner to review it (shown in What's new)"
    )
    p.add_argument("--note", default="", help="with --ask-owner: what to look at")
    p.add_argument("--archive", action="store_true")
    p.add_argument("--mine", action="store_true", help="review requests for the assets I own")
    p.add_argument("--since", metavar="DATE", help="with --mine: requests after this day")


def _insight(library: AssetLibrary) -> Insight:
    return Insight(library, source=EventSource.CLI)


def _day(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return parse_date(value)
    except ValueError as exc:
        raise InvalidEdit(f"{name}: {exc}.") from exc


def _parameters(insight: Insight, args: argparse.Namespace) -> ReportParameters:
    filters = InsightFilters(
        member=args.member,
        product=args.product,
        industry=args.industry,
        size=args.size,
        stage=args.stage,
        persona=args.persona,
    )
    return insight.parameters(
        days=args.window,
        since=_day(args.since, "--since"),
        until=_day(args.until, "--until"),
        filters=filters,
        attribution=args.attribution,
        dims=args.dims.split(","),
    )


def _sections(insight: Insight, kind: ReportKind, params: ReportParameters) -> Sections:
    if kind is ReportKind.ALL:
        return Sections.of(insight.report(params))
    if kind is ReportKind.USAGE:
        return Sections(params, usage=insight.usage(params), kind=kind)
    if kind in (ReportKind.UNDERUSED, ReportKind.STALE):
        return Sections(params, flags=insight.flags(params), kind=kind)
    if kind is ReportKind.INFLUENCE:
        return Sections(params, influence=insight.influence(params), kind=kind)
    if kind is ReportKind.GAPS:
        return Sections(params, coverage=insight.coverage(params), kind=kind)
    if kind is ReportKind.SLA:
        return Sections(params, service=insight.service_levels(params), kind=kind)
    return Sections(params, demand=insight.search_demand(params), kind=kind)


def cmd_report(library: AssetLibrary, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    insight = _insight(library)
    if args.kind == "settings":
        return _settings(insight, args, out)
    params = _parameters(insight, args)
    if args.kind == "handoff":
        return cli_leads.report_handoff(insight, params, args, out, err)
    if args.kind == "asset":
        if len(args.args) != 1:
            raise InvalidEdit("Usage: collateral report asset ASSET_ID")
        detail = insight.asset_detail(params, args.args[0])
        if args.json:
            print_json(
                {"report": "asset", "parameters": parameters_json(params), **plain(detail, omit=SHOWN_APART)},
                out,
            )
        else:
            out.write(_asset_text(detail))
        return EXIT_OK
    if args.kind == "cell":
        if len(args.args) != 2:
            raise InvalidEdit("Usage: collateral report cell ROW COLUMN [--dims D1,D2]")
        cell = insight.coverage_cell(params, args.args[0], args.args[1])
        if args.json:
            print_json(
                {"report": "cell", "parameters": parameters_json(params), **plain(cell, omit=SHOWN_APART)},
                out,
            )
        else:
            out.write(_cell_text(cell))
        return EXIT_OK
    if args.args:
        raise InvalidEdit(f"`report {args.kind}` takes no other words; got {' '.join(args.args)}.")
    sections = _sections(insight, ReportKind(args.kind), params)
    written: list[Path] = []
    if args.csv:
        written.extend(write_csv(sections.tables(), args.csv))
    if args.html:
        written.append(write_html(sections, args.html))
    if args.pdf:
        written.append(write_pdf(sections, args.pdf))
    if args.json:
        print_json(as_json(sections), out)
    elif not written:
        out.write(text_report(sections, limit=args.limit if args.limit > 0 else None))
    for path in written:
        err.write(f"Wrote {path}\n")
    return EXIT_OK


def _settings(insight: Insight, args: argparse.Namespace, out: TextIO) -> int:
    if args.settings:
        changes: dict[str, str] = {}
        agreed: dict[str, str] = {}
        for pair in args.settings:
            name, sep, value = pair.partition("=")
            if not sep:
                raise InvalidEdit(f"Write --set NAME=VALUE, not “{pair}”.")
            key = name.strip().replace("-", "_")
            (agreed if is_agreement_setting(key) else changes)[key] = value.strip()
        if agreed:
            insight.set_handoff_agreement(**agreed)
        if changes:
            insight.set_insight_settings(**changes)
    s = insight.insight_settings()
    values = {
        "time_zone": s.time_zone,
        "grace_days": s.grace_days,
        "underused_floor": s.underused_floor,
        "ack_working_days": s.targets.ack_working_days,
        "deliver_working_days": s.targets.deliver_working_days,
        "feedback_target_percent": round(s.targets.feedback_coverage * 100),
    }
    agreement = insight.handoff_agreement()
    handoff = agreement_settings(agreement)
    if args.json:
        print_json({**values, "handoff": handoff, "handoff_agreement": agreement.describe()}, out)
    else:
        for name, value in values.items():
            out.write(f"{name:<24} {value}\n")
        out.write(f"\nThe hand-off agreement: {agreement.describe()}\n")
        for name, value in handoff.items():
            out.write(f"{name:<24} {value}\n")
    return EXIT_OK


def _asset_text(d: AssetDetail) -> str:
    lines = [
        f"{d.title}  [{d.type}, {d.status}, owner {d.owner or '—'}]",
        f"  {d.parameters.window.label}",
        f"  published {date_only(d.published_on) or '—'}, review by {date_only(d.review_by)}"
        + (f", expires {date_only(d.expires_on)}" if d.expires_on else ""),
        f"  {d.use.uses} customer-facing uses ({d.use.shares} shared, {d.use.presentations} presented), "
        f"{d.use.views} views; last used {date_only(d.last_used_at) or 'never'}",
        f"  freshness-and-use score {d.score.total:g}/100:",
        *(f"    {p.name:<11} {p.points:>5g}/{p.out_of:g}  {p.words}" for p in d.score.parts),
    ]
    if d.flags is not None:
        lines.append("  flagged: " + d.flags.reason)
    if d.ratings:
        lines.append(f"  rated {d.average_rating:g} by {d.ratings} (latest per rep and deal)")
    for title, counts in (("reps", d.reps), ("prospects", d.prospects)):
        if counts:
            lines.append(f"  {title}: " + ", ".join(f"{c.name} {c.count}" for c in counts[:10]))
    if d.deals:
        lines.append("  deals:")
        for u in d.deals[:15]:
            mark = " (helped win)" if u.declared else ""
            lines.append(f"    {u.deal.outcome.value:<5} {u.deal.name} — {u.uses} uses{mark}")
    lines.append("  uses per " + ("week" if d.parameters.window.days <= 120 else "month") + ":")
    lines.append("    " + "  ".join(f"{p.label} {p.uses}" for p in d.timeline))
    for comment in d.comments[:3]:
        lines.append(f"  “{comment}”")
    for r in d.review_requests[:3]:
        state = "pending" if r.pending else "answered"
        lines.append(
            f"  review asked by {r.requested_by} on {date_only(r.requested_at)} ({state}) {r.note}".rstrip()
        )
    return "\n".join(lines) + "\n"


def _cell_text(c: CellDetail) -> str:
    lines = [
        f"{c.row.label} × {c.column.label}: {c.cell.status.value}, gap score {c.cell.score:.1f}",
        f"  {c.cell.reason}",
        f"  assets ({len(c.assets)}):",
        *(f"    {a.title} — {a.uses} uses" for a in c.assets),
    ]
    if c.stale_assets:
        lines.append(f"  stale, not counted ({len(c.stale_assets)}):")
        lines.extend(f"    {a.title}" for a in c.stale_assets)
    lines.append(f"  deals ({len(c.deals)}):")
    lines.extend(
        f"    {d.outcome.value:<5} {d.name} — {d.prospect}, {d.owner or '—'}"
        + (f", {money_text([d.amount])}" if d.amount else "")
        for d in c.deals
    )
    lines.append(f"  zero-result searches ({sum(q.searches for q in c.searches)}):")
    lines.extend(f"    “{q.query}” × {q.searches}, last {date_only(q.last_searched_at)}" for q in c.searches)
    lines.append(f"  open requests ({len(c.requests)}):")
    lines.extend(f"    {r.text} — {r.requester}, {r.status.value}, {r.votes} votes" for r in c.requests)
    return "\n".join(lines) + "\n"


def cmd_review(library: AssetLibrary, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    insight = _insight(library)
    if args.mine:
        since = _day(args.since, "--since")
        moment = datetime.combine(since, time(0), UTC) if since else None
        requests = insight.review_requests_for_me(moment)
        if args.json:
            print_json(plain(requests, omit=SHOWN_APART), out)
        else:
            for r in requests:
                state = "pending" if r.pending else "answered"
                out.write(
                    f"{date_only(r.requested_at)}  {r.asset_title} — asked by {r.requested_by} ({state}) "
                    f"{r.note}\n"
                )
            err.write(f"{len(requests)} review requests\n")
        return EXIT_OK
    chosen = [bool(args.by), args.done, args.ask_owner, args.archive]
    if not args.asset_id or sum(chosen) != 1:
        raise InvalidEdit(
            "Usage: collateral review ASSET_ID (--by DATE | --done | --ask-owner [--note T] | --archive)"
        )
    asset = library.get_asset(args.asset_id)
    result: dict[str, object] = {"asset_id": asset.id, "title": asset.title}
    if args.by or args.done:
        day = (
            insight.mark_reviewed(asset.id)
            if args.done
            else insight.set_review_date(asset.id, _day(args.by, "--by") or date.min)
        )
        result["review_by"] = day.isoformat()
        message = f"“{asset.title}” is due for review on {day.isoformat()}."
    elif args.ask_owner:
        request = insight.ask_owner_to_review(asset.id, args.note)
        result["review_request"] = plain(request, omit=SHOWN_APART)
        message = f"Asked {request.owner} to review “{asset.title}”."
    else:
        insight.archive([asset.id])
        result["status"] = "archived"
        message = f"Archived “{asset.title}”."
    if args.json:
        print_json(result, out)
    else:
        out.write(message + "\n")
    return EXIT_OK


# Filled at import: `cli.HANDLERS` merges this dict when `cli` is imported.
HANDLERS: dict[str, Handler] = {"report": cmd_report, "review": cmd_review}
