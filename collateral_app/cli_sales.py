"""The sales feedback loop's subcommands (deals, usage, feedback, requests, recommend).

    collateral deals import FILE [--format hubspot|salesforce|auto] [--map COL=FIELD] [--dry-run]
    collateral deals list|show ID|set-outcome ID won|lost|open|add NAME --prospect P
    collateral prospects list|add NAME
    collateral usage log ASSET_ID --kind shared|presented|viewed [--deal ID]
    collateral usage import FILE [--map COL=FIELD] [--dry-run]
    collateral feedback ASSET_ID --deal ID (--helped|--not-helped|--found-useful) [--rating N]
    collateral requests add TEXT | list | show ID | update ID --status S | vote ID | news
    collateral recommend (--deal ID | --industry X --size Y --stage Z --persona P) [--limit N]
    collateral kit create NAME --deal ID ASSET_ID... | export KIT_ID DEST [--zip] | list | show KIT_ID
    collateral whoami [--set-name N] [--set-role R] [--switch NAME]
    collateral demand [--zero-results] [--since DATE]

Exit status as for every command: 0 success, 1 when some rows were rejected, 2 on usage
errors. With --json, machine-readable output goes to stdout and messages to stderr."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TextIO

from collateral_app.domain.errors import InvalidEdit
from collateral_app.domain.sales import (
    ContentRequest,
    CrmFormat,
    DateOrder,
    Deal,
    DealDraft,
    EventSource,
    ImportReport,
    Outcome,
    PitchKit,
    Prospect,
    RequestStatus,
    Role,
    RowAction,
    Segment,
    UsageKind,
    Verdict,
)
from collateral_app.services.common.plain import plain, print_json
from collateral_app.services.common.tabular import parse_date, parse_timestamp
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.sales.crm_import import COMPANY_UNKNOWN, FIELDS, CrmImportOptions
from collateral_app.services.sales.loop import SalesLoop
from collateral_app.services.sales.usage import USAGE_FIELDS

Handler = Callable[[AssetLibrary, argparse.Namespace, TextIO, TextIO], int]
CommandFactory = Callable[..., argparse.ArgumentParser]

EXIT_OK, EXIT_SOME_FAILED = 0, 1
SHOWN_ROWS = 50  # rows of an import listed in text mode; --json lists all


def add_commands(command: CommandFactory) -> None:
    """Adds this module's subcommands through the main parser's `command` factory."""
    p = command(
        "deals",
        "Deals: import a CRM export, list, show, set the outcome, add.",
        epilog="actions:\n"
        "  import FILE      HubSpot deal export or Salesforce opportunity report (CSV)\n"
        "  list             open deals first; --outcome, --awaiting-feedback\n"
        "  show ID          a deal (id, id prefix or CRM id) with the assets used and feedback\n"
        "  set-outcome ID won|lost|open\n"
        "  add NAME --prospect P [--stage S] [--amount A] [--currency C] [--close-date D]\n\n"
        "fields for --map: " + ", ".join([*FIELDS, "ignore"]),
    )
    p.add_argument("action", choices=["import", "list", "show", "set-outcome", "add"])
    p.add_argument("args", nargs="*", metavar="ARG")
    p.add_argument("--format", choices=[f.value for f in CrmFormat], default="auto", help="default: auto")
    p.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD", help="read COLUMN as FIELD")
    p.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    p.add_argument("--date-order", choices=[o.value for o in DateOrder], default="auto")
    p.add_argument("--currency", help="for amounts without one (default: the library's, USD)")
    p.add_argument("--source", help="whose ids these are (default: the format's name)")
    p.add_argument("--outcome", choices=[o.value for o in Outcome])
    p.add_argument("--awaiting-feedback", action="store_true", help="won or lost deals not yet answered")
    p.add_argument("--limit", type=int)
    p.add_argument("--prospect", help="add: the prospect's name or id")
    p.add_argument("--stage")
    p.add_argument("--amount", default="")
    p.add_argument("--owner", default="")
    p.add_argument("--close-date", help="YYYY-MM-DD")
    p.add_argument(
        "--stage-outcome",
        action="append",
        default=[],
        metavar="STAGE=won|lost|open",
        help="import: what a stage name means (remembered by the library for later imports)",
    )

    p = command(
        "prospects",
        'Prospects (accounts): list, add, or merge (a "company unknown" one into the real account).',
    )
    p.add_argument("action", choices=["list", "add", "merge"], nargs="?", default="list")
    p.add_argument("name", nargs="*", help="add: the name; merge: the prospects to merge")
    p.add_argument("--into", help="merge: the prospect (name or id) that keeps the deals")
    p.add_argument(
        "--company-unknown", action="store_true", help="list: only prospects made for deals without a company"
    )
    p.add_argument("--industry")
    p.add_argument("--size")
    p.add_argument("--region", default="")

    p = command(
        "usage",
        "Log that an asset was viewed, shared or presented; import usage history; list an asset's uses.",
        epilog="history files: columns " + ", ".join(USAGE_FIELDS) + " (use --map for others)",
    )
    p.add_argument("action", choices=["log", "import", "list"])
    p.add_argument("target", metavar="ASSET_ID|FILE")
    p.add_argument("--kind", choices=[k.value for k in UsageKind])
    p.add_argument("--deal", help="the deal (id or CRM id); its prospect is recorded too")
    p.add_argument("--prospect", help="the prospect (name or id) when there is no deal")
    p.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD")
    p.add_argument("--dry-run", action="store_true")

    p = command("feedback", "Say what an asset did for a deal, or show what reps said about it.")
    p.add_argument("asset_id")
    p.add_argument("--deal", help="the deal (id or CRM id)")
    verdict = p.add_mutually_exclusive_group()
    verdict.add_argument("--helped", dest="verdict", action="store_const", const=Verdict.HELPED_WIN.value)
    verdict.add_argument(
        "--not-helped", dest="verdict", action="store_const", const=Verdict.DID_NOT_HELP.value
    )
    verdict.add_argument(
        "--found-useful", dest="verdict", action="store_const", const=Verdict.FOUND_USEFUL.value
    )
    p.add_argument("--rating", type=int, choices=range(1, 6), metavar="1-5")
    p.add_argument("--comment", default="")

    p = command(
        "requests",
        "Content requests: ask marketing, vote, triage.",
        epilog="actions:\n"
        "  add TEXT [--stage --persona --industry --size --product --deal]\n"
        "  list [--status S] [--mine]\n"
        "  show ID\n"
        "  update ID --status accepted|in_progress|delivered|declined [--asset ID] [--reason T]\n"
        "  vote ID\n"
        "  news [--since DATE]   changes to my requests (default: the last 7 days)",
    )
    p.add_argument("action", choices=["add", "list", "show", "update", "vote", "news"])
    p.add_argument("subject", nargs="?", metavar="TEXT|ID")
    p.add_argument("--status", choices=[s.value for s in RequestStatus])
    p.add_argument("--asset", help="update: the asset that delivers the request")
    p.add_argument("--reason", default="", help="update: why it is declined")
    p.add_argument("--mine", action="store_true")
    p.add_argument("--deal")
    p.add_argument("--since", help="news: ISO date or time")
    _segment_options(p)

    p = command("recommend", "The assets most likely to help a deal or a segment, with the reasons.")
    p.add_argument("--deal", help="the deal (id or CRM id)")
    _segment_options(p)
    p.add_argument("--limit", type=int, default=5)

    p = command(
        "kit",
        "Pitch kits: gather assets for a deal and export them as a folder or zip.",
        epilog="actions:\n"
        "  create NAME --deal ID ASSET_ID...\n"
        "  export KIT_ID DEST [--zip]   (every asset is logged as shared with the prospect)\n"
        "  list [--deal ID]\n"
        "  show KIT_ID",
    )
    p.add_argument("action", choices=["create", "export", "list", "show"])
    p.add_argument("args", nargs="*", metavar="ARG")
    # `kit create NAME --deal ID ASSET...`: argparse stops filling a positional list at the
    # first option, so the assets after the deal's id are taken by --deal itself.
    p.add_argument("--deal", nargs="+", metavar="ID")
    p.add_argument("--zip", action="store_true", help="export: one .zip instead of a folder")

    p = command("whoami", "Show or set the local profile (name and role) and this device's id.")
    p.add_argument("--set-name", metavar="NAME")
    p.add_argument("--set-role", choices=[r.value for r in Role])
    p.add_argument("--switch", metavar="NAME", help="become another profile (made if new)")

    p = command("demand", "Searches that found nothing or that nobody opened: what reps miss.")
    p.add_argument("--zero-results", action="store_true", help="only searches that found nothing")
    p.add_argument("--since", help="ISO date (default: the last 90 days)")
    p.add_argument("--limit", type=int, default=30)


def _segment_options(p: argparse.ArgumentParser) -> None:
    for name in ("industry", "size", "stage", "persona", "product"):
        p.add_argument(f"--{name}", metavar="VALUE")


def _segment(args: argparse.Namespace) -> Segment:
    return Segment(
        industry=args.industry, size=args.size, stage=args.stage, persona=args.persona, product=args.product
    )


def _loop(library: AssetLibrary) -> SalesLoop:
    return SalesLoop(library, source=EventSource.CLI)


# -- output ----------------------------------------------------------------------------------
def _need(args: Sequence[str], count: int, usage: str) -> list[str]:
    if len(args) < count:
        raise InvalidEdit(f"Usage: collateral {usage}")
    return list(args)


def _date_arg(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return parse_date(value)
    except ValueError as exc:
        raise InvalidEdit(f"{name}: {exc}.") from exc


def _deal_line(deal: Deal) -> str:
    amount = str(deal.amount) if deal.amount else "—"
    closes = deal.close_date.isoformat() if deal.close_date else "—"
    flag = "  (awaiting feedback)" if deal.awaiting_feedback else ""
    ref = deal.crm_id or deal.id[:8]
    head = f"{ref:<20} {deal.outcome.value:<5} {closes:<10} {amount:>18}"
    return f"{head}  {deal.name} — {deal.prospect_name}{flag}"


def _stage_outcomes(pairs: list[str]) -> dict[str, Outcome]:
    found: dict[str, Outcome] = {}
    for pair in pairs:
        stage, sep, outcome = pair.rpartition("=")
        if not sep or not stage.strip() or outcome.strip().lower() not in {o.value for o in Outcome}:
            raise InvalidEdit(f"“{pair}” is not STAGE=won|lost|open (e.g. --stage-outcome 'Signed=won').")
        found[stage.strip()] = Outcome(outcome.strip().lower())
    return found


def _report_import(report: ImportReport, as_json: bool, out: TextIO, err: TextIO) -> int:
    if as_json:
        data = plain(report)
        data["counts"] = {a.value: report.count(a) for a in RowAction}
        print_json(data, out)
    else:
        layout = report.layout
        read = (
            f"{layout.format.value}, {layout.encoding}, delimiter {layout.delimiter!r}"
            if layout is not None
            else "unreadable"
        )
        out.write(f"{Path(report.path).name} ({read}): {report.summary()}\n")
        for problem in report.problems:
            out.write(f"  problem: {problem}\n")
        if layout is not None:
            if layout.sheet:
                out.write(f"  sheet: {layout.sheet}, header on row {layout.header_line}\n")
            for reading in layout.readings:
                example = f" (e.g. “{reading.example}”)" if reading.example else ""
                out.write(f"  {reading.column}: {reading.reading}{example}\n")
        for note in report.notes:
            out.write(f"  note: {note}\n")
        for skipped in report.skipped:
            out.write(f"  skipped: {skipped}\n")
        for stage in report.stages:
            how = {
                "known": "",
                "mapped": " (your mapping)",
                "unknown": " — unknown: say what it means with --stage-outcome",
            }
            out.write(f"  stage “{stage.stage}” ({stage.rows} rows): {stage.outcome.value}{how[stage.how]}\n")
        interesting = [r for r in report.rows if r.action is not RowAction.UNCHANGED or r.notes]
        for row in interesting[:SHOWN_ROWS]:
            detail = row.reason or ", ".join(row.changes) or "; ".join(row.notes)
            label = " ".join(x for x in (row.crm_id, row.title) if x)
            out.write(
                f"  line {row.line:<5} {row.action.value:<9} {label}"
                + (f" — {detail}" if detail else "")
                + "\n"
            )
        if len(interesting) > SHOWN_ROWS:
            out.write(f"  … and {len(interesting) - SHOWN_ROWS} more rows (see --json)\n")
        if report.prospects_created:
            out.write(f"Prospects created: {', '.join(report.prospects_created)}\n")
        if report.awaiting_feedback:
            out.write(
                f"{len(report.awaiting_feedback)} deals were won or lost and await feedback "
                "(collateral deals list --awaiting-feedback).\n"
            )
        if not report.applied:
            err.write("Nothing was written" + (" (dry run).\n" if not report.problems else ".\n"))
    return EXIT_SOME_FAILED if report.rejected or report.problems else EXIT_OK


# -- handlers --------------------------------------------------------------------------------
def cmd_deals(library: AssetLibrary, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    loop = _loop(library)
    if args.action == "import":
        [path, *_] = _need(args.args, 1, "deals import FILE")
        options = CrmImportOptions(
            format=CrmFormat(args.format),
            mapping=CrmImportOptions.mapping_from(args.map),
            date_order=DateOrder(args.date_order),
            default_currency=args.currency.upper() if args.currency else None,
            source=args.source,
            stage_outcomes=_stage_outcomes(args.stage_outcome),
        )
        return _report_import(
            loop.import_deals(Path(path), options, dry_run=args.dry_run), args.json, out, err
        )
    if args.action == "list":
        deals = loop.list_deals(
            outcome=Outcome(args.outcome) if args.outcome else None,
            awaiting_feedback=True if args.awaiting_feedback else None,
            limit=args.limit,
        )
        if args.json:
            print_json(deals, out)
        else:
            for deal in deals:
                out.write(_deal_line(deal) + "\n")
            err.write(f"{len(deals)} deals\n")
        return EXIT_OK
    if args.action == "show":
        [ref, *_] = _need(args.args, 1, "deals show ID")
        deal = loop.get_deal(ref)
        used = loop.assets_used_for_deal(deal.id)
        feedback = loop.feedback_for_deal(deal.id)
        if args.json:
            print_json({"deal": deal, "assets_used": used, "feedback": feedback}, out)
            return EXIT_OK
        out.write(_deal_line(deal) + "\n")
        stage = f"{deal.stage or '—'} ({deal.crm_stage or '—'})"
        out.write(f"  id {deal.id}, owner {deal.owner or '—'}, stage {stage}\n")
        out.write(f"  segment: {deal.industry or 'any industry'}, {deal.size or 'any size'}\n")
        if deal.related_accounts:
            out.write(f"  related accounts: {', '.join(deal.related_accounts)}\n")
        if used:
            out.write("  assets used with the prospect:\n")
            for item in used:
                said = f" — you said: {item.verdict.label}" if item.verdict else ""
                out.write(f"    {item.asset_id[:8]}  {item.uses}×  {item.title}{said}\n")
        for entry in feedback:
            rating = f" ({entry.rating}/5)" if entry.rating else ""
            out.write(
                f"  {entry.user_name}: {entry.verdict.label}{rating} [{entry.asset_id[:8]}] {entry.comment}\n"
            )
        return EXIT_OK
    if args.action == "set-outcome":
        ref, outcome = _need(args.args, 2, "deals set-outcome ID won|lost|open")[:2]
        deal = loop.set_outcome(ref, outcome, close_date=_date_arg(args.close_date, "--close-date"))
        if args.json:
            print_json(deal, out)
        else:
            out.write(_deal_line(deal) + "\n")
            if deal.awaiting_feedback:
                used = loop.assets_used_for_deal(deal.id)
                out.write(f"Which of the {len(used)} assets used with {deal.prospect_name} helped? ")
                out.write(f"(collateral feedback ASSET_ID --deal {deal.crm_id or deal.id[:8]} --helped)\n")
        return EXIT_OK
    [name, *_] = _need(args.args, 1, "deals add NAME --prospect P")
    if not args.prospect:
        raise InvalidEdit("Say whose deal it is with --prospect NAME (see `collateral prospects`).")
    deal = loop.create_deal(
        DealDraft(
            name=name,
            prospect_id=args.prospect,
            owner=args.owner,
            stage=args.stage,
            amount=args.amount,
            currency=args.currency or "",
            close_date=_date_arg(args.close_date, "--close-date"),
            outcome=Outcome(args.outcome) if args.outcome else Outcome.OPEN,
        )
    )
    if args.json:
        print_json(deal, out)
    else:
        out.write(f"added {deal.id[:8]} {deal.name}\n")
    return EXIT_OK


def _prospect_line(p: Prospect) -> str:
    segment = " · ".join(x for x in (p.industry, p.size, p.region) if x) or "—"
    unknown = (
        f"  ({COMPANY_UNKNOWN}: merge it with `collateral prospects merge`)" if p.company_unknown else ""
    )
    return f"{p.id[:8]}  {p.name:<36} {segment}{unknown}"


def cmd_prospects(library: AssetLibrary, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    loop = _loop(library)
    if args.action == "add":
        if not args.name:
            raise InvalidEdit("Usage: collateral prospects add NAME [--industry X --size Y --region R]")
        prospect = loop.create_prospect(
            " ".join(args.name), industry=args.industry, size=args.size, region=args.region
        )
        print_json(prospect, out) if args.json else out.write(f"added {_prospect_line(prospect)}\n")
        return EXIT_OK
    if args.action == "merge":
        if not args.name or not args.into:
            raise InvalidEdit("Usage: collateral prospects merge PROSPECT... --into PROSPECT")
        result = loop.merge_prospects(args.name, args.into)
        if args.json:
            print_json(result, out)
        else:
            out.write(f"merged {', '.join(result.merged)}: {result.deals_moved} deals moved\n")
            for name in result.kept_for_history:
                out.write(f"  kept (usage events name it): {name}\n")
        return EXIT_OK
    prospects = loop.list_prospects(
        industry=args.industry, size=args.size, company_unknown=True if args.company_unknown else None
    )
    if args.json:
        print_json(prospects, out)
    else:
        for prospect in prospects:
            out.write(_prospect_line(prospect) + "\n")
        err.write(f"{len(prospects)} prospects\n")
    return EXIT_OK


def cmd_usage(library: AssetLibrary, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    loop = _loop(library)
    if args.action == "import":
        mapping = loop.usage_mapping_from(args.map)
        report = loop.import_usage(Path(args.target), mapping=mapping, dry_run=args.dry_run)
        return _report_import(report, args.json, out, err)
    if args.action == "list":
        events = loop.usage_for_asset(args.target)
        if args.json:
            print_json(events, out)
        else:
            for e in events:
                out.write(f"{e.occurred_at:%Y-%m-%d %H:%M}  {e.kind.value:<9} {e.user_name}\n")
        return EXIT_OK
    if not args.kind:
        raise InvalidEdit("Say what happened with --kind shared|presented|viewed.")
    event = loop.record_usage(args.target, args.kind, deal_id=args.deal, prospect_id=args.prospect)
    if args.json:
        print_json(event, out)
    else:
        out.write(f"logged {event.kind.value} of {event.asset_id[:8]} by {event.user_name}\n")
    return EXIT_OK


def cmd_feedback(library: AssetLibrary, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    loop = _loop(library)
    if args.verdict is None:
        if args.deal or args.rating or args.comment:
            raise InvalidEdit("Say what it did with --helped, --not-helped or --found-useful.")
        summary = loop.feedback_for_asset(args.asset_id)
        if args.json:
            print_json(summary, out)
            return EXIT_OK
        rating = (
            f"{summary.average_rating:.1f} from {summary.ratings} ratings"
            if summary.ratings
            else "no ratings"
        )
        out.write(
            f"helped win {summary.helped_win} deals, did not help {summary.did_not_help}, "
            f"found useful {summary.found_useful}; {rating}\n"
        )
        for entry in summary.entries:
            stars = f" {entry.rating}/5" if entry.rating else ""
            comment = f" “{entry.comment}”" if entry.comment else ""
            out.write(
                f"  {entry.created_at:%Y-%m-%d} {entry.user_name}: {entry.verdict.label}{stars}{comment}\n"
            )
        return EXIT_OK
    if not args.deal:
        raise InvalidEdit("Say for which deal with --deal ID.")
    entry = loop.record_feedback(
        args.asset_id, args.deal, args.verdict, rating=args.rating, comment=args.comment
    )
    if args.json:
        print_json(entry, out)
    else:
        out.write(
            f"noted: {entry.verdict.label}" + (f", rated {entry.rating}/5" if entry.rating else "") + "\n"
        )
    return EXIT_OK


def _request_line(r: ContentRequest) -> str:
    segment = " · ".join(
        x for x in (r.segment.industry, r.segment.size, r.segment.stage, r.segment.persona) if x
    )
    votes = f"+{r.votes}" if r.votes else ""
    return f"{r.id[:8]}  {r.status.value:<11} {votes:>4}  {r.text}" + (f"  [{segment}]" if segment else "")


def cmd_requests(library: AssetLibrary, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    loop = _loop(library)
    if args.action == "add":
        if not args.subject:
            raise InvalidEdit('Usage: collateral requests add "what you need" [--industry X --stage Y]')
        request = loop.add_request(args.subject, _segment(args), deal_id=args.deal)
    elif args.action == "list":
        requests = loop.list_requests(status=args.status, mine=args.mine, deal_id=args.deal)
        if args.json:
            print_json(requests, out)
        else:
            for r in requests:
                out.write(_request_line(r) + "\n")
            err.write(f"{len(requests)} requests\n")
        return EXIT_OK
    elif args.action == "news":
        since = parse_timestamp(args.since) if args.since else datetime.now(UTC) - timedelta(days=7)
        updates = loop.request_updates_since(since)
        if args.json:
            print_json(updates, out)
        else:
            for u in updates:
                why = f": {u.event.reason}" if u.event.reason else ""
                out.write(
                    f"{u.event.at:%Y-%m-%d} {u.event.user_name} marked “{u.request.text}” "
                    f"{u.event.status.value.replace('_', ' ')}{why}\n"
                )
            if not updates:
                out.write("Nothing new on your requests.\n")
        return EXIT_OK
    else:
        if not args.subject:
            raise InvalidEdit(f"Usage: collateral requests {args.action} ID")
        if args.action == "vote":
            request = loop.vote(args.subject)
        elif args.action == "update":
            if not args.status:
                raise InvalidEdit("Say the new status with --status.")
            request = loop.update_request(args.subject, args.status, asset_id=args.asset, reason=args.reason)
        else:
            request = loop.get_request(args.subject)
    if args.json:
        print_json(request, out)
    else:
        out.write(_request_line(request) + "\n")
        for event in request.history:
            extra = (
                f" — {event.reason}"
                if event.reason
                else f" — asset {event.asset_id[:8]}"
                if event.asset_id
                else ""
            )
            out.write(f"  {event.at:%Y-%m-%d %H:%M} {event.status.value:<11} {event.user_name}{extra}\n")
    return EXIT_OK


def cmd_recommend(library: AssetLibrary, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    result = _loop(library).recommend(deal_id=args.deal, segment=_segment(args), limit=args.limit)
    if args.json:
        print_json(result, out)
        return EXIT_OK
    s = result.segment
    out.write(
        "For " + (" · ".join(x for x in (s.industry, s.size, s.stage, s.persona, s.product) if x)) + "\n"
    )
    for n, r in enumerate(result.items, 1):
        out.write(f"{n:>2}. {r.title}  [{r.asset_id[:8]}] {r.type}  score {r.score:.0f}\n    {r.reason}\n")
    if not result.items:
        out.write("Nothing in the library fits; ask marketing with `collateral requests add`.\n")
    err.write(f"{result.similar_won_deals} similar won deals as evidence; {result.took_ms:.0f} ms\n")
    return EXIT_OK


def _kit_text(kit: PitchKit, out: TextIO) -> None:
    out.write(f"{kit.id[:8]}  {kit.name}  ({len(kit.items)} assets)\n")
    for item in kit.items:
        out.write(f"  {item.position:>2}. {item.title}  [{item.asset_id[:8]}]\n")


def cmd_kit(library: AssetLibrary, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    loop = _loop(library)
    deal, *more = args.deal or [None]
    if args.action == "create":
        name, *assets = _need([*args.args, *more], 2, "kit create NAME --deal ID ASSET_ID...")
        if not deal:
            raise InvalidEdit("Say which deal the kit is for with --deal ID.")
        kit = loop.create_kit(name, deal, assets)
    elif args.action == "export":
        kit_id, destination = _need(args.args, 2, "kit export KIT_ID DEST [--zip]")[:2]
        export = loop.export_kit(kit_id, Path(destination), as_zip=args.zip)
        if args.json:
            print_json(export, out)
        else:
            out.write(
                f"Wrote {export.path}: {len(export.files)} files"
                + (", links in Links.txt" if export.links else "")
                + "\n"
            )
            out.write(f"Logged {export.events_logged} assets as shared with the deal's prospect.\n")
        return EXIT_OK
    elif args.action == "list":
        kits = loop.list_kits(deal_id=deal)
        if args.json:
            print_json(kits, out)
        else:
            for kit in kits:
                _kit_text(kit, out)
        return EXIT_OK
    else:
        [kit_id, *_] = _need(args.args, 1, "kit show KIT_ID")
        kit = loop.get_kit(kit_id)
    print_json(kit, out) if args.json else _kit_text(kit, out)
    return EXIT_OK


def cmd_whoami(library: AssetLibrary, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    loop = _loop(library)
    if args.switch:
        loop.switch_user(args.switch, args.set_role)
    if args.set_name or (args.set_role and not args.switch):
        loop.set_profile(name=args.set_name, role=args.set_role)
    me, device = loop.whoami(), loop.device_id()
    if args.json:
        print_json({"user": me, "device_id": device}, out)
    else:
        out.write(f"{me.name} ({me.role.value}) on device {device}\n")
    return EXIT_OK


def cmd_demand(library: AssetLibrary, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    since = parse_timestamp(args.since) if args.since else datetime.now(UTC) - timedelta(days=90)
    loop = _loop(library)
    signals = loop.demand_signals(since=since, zero_results_only=args.zero_results, limit=args.limit)
    if args.json:
        print_json(signals, out)
        return EXIT_OK
    for d in signals:
        out.write(f"{d.searches:>4}×  {d.query}  ({d.zero_result} found nothing, {d.no_click} not opened)\n")
    if not signals:
        out.write("No unanswered searches.\n")
    return EXIT_OK


# Filled at import: `cli.HANDLERS` merges this dict when `cli` is imported, before any parser exists.
HANDLERS: dict[str, Handler] = {
    "deals": cmd_deals,
    "prospects": cmd_prospects,
    "usage": cmd_usage,
    "feedback": cmd_feedback,
    "requests": cmd_requests,
    "recommend": cmd_recommend,
    "kit": cmd_kit,
    "whoami": cmd_whoami,
    "demand": cmd_demand,
}
