"""The lead hand-off's subcommands.

    collateral leads import FILE [--format hubspot|salesforce|csv|auto] [--map COL=FIELD]
                                 [--date-order dmy|mdy] [--source NAME] [--dry-run] [--json]
    collateral leads list [--owner NAME] [--stage S] [--mine] [--limit N]
    collateral leads show ID
    collateral leads mark ID worked|sql|rejected|recycled [--reason TEXT]
    collateral leads mine                      the leads handed to me this week, with deadlines

Exit status as for every command: 0 success, 1 when some rows were rejected, 2 on usage
errors. With --json, machine-readable output goes to stdout and messages to stderr."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TextIO

from collateral_app.domain.errors import InvalidEdit
from collateral_app.domain.insight import ReportParameters
from collateral_app.domain.leads import Lead, LeadImportReport, LeadStage
from collateral_app.domain.sales import CrmFormat, DateOrder, EventSource, RowAction
from collateral_app.services.common.plain import plain, print_json
from collateral_app.services.insight.export import write_csv
from collateral_app.services.insight.handoff import DRILL_LIMIT
from collateral_app.services.insight.handoff_tables import (
    handoff_json,
    handoff_tables,
    handoff_text,
    write_handoff_pdf,
)
from collateral_app.services.insight.service import Insight
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.sales.lead_import import LeadImportOptions
from collateral_app.services.sales.lead_vocabulary import LEAD_FIELDS
from collateral_app.services.sales.loop import SalesLoop

Handler = Callable[[AssetLibrary, argparse.Namespace, TextIO, TextIO], int]
CommandFactory = Callable[..., argparse.ArgumentParser]

EXIT_OK, EXIT_SOME_FAILED = 0, 1
SHOWN_ROWS = 50
MARKS = {
    "worked": LeadStage.WORKED,
    "sql": LeadStage.SQL,
    "qualified": LeadStage.SQL,
    "rejected": LeadStage.REJECTED,
    "recycled": LeadStage.RECYCLED,
    "mql": LeadStage.MQL,
}


def add_commands(command: CommandFactory) -> None:
    p = command(
        "leads",
        "Leads: import a HubSpot contacts export or a Salesforce lead report, list, show, mark.",
        epilog="actions:\n"
        "  import FILE             HubSpot contacts export or Salesforce lead report (CSV, XLSX)\n"
        "  list                    the latest hand-offs first; --owner, --stage, --mine\n"
        "  show ID                 a lead (id, id prefix or CRM id) with its stage events and deadlines\n"
        "  mark ID STAGE           record now that a lead was worked, qualified (sql), rejected\n"
        "                          (--reason) or recycled\n"
        "  mine                    the leads handed to me this hand-off week, with their deadlines\n\n"
        "fields for --map: " + ", ".join([*LEAD_FIELDS, "ignore"]),
    )
    p.add_argument("action", choices=["import", "list", "show", "mark", "mine"])
    p.add_argument("args", nargs="*", metavar="ARG")
    p.add_argument("--format", choices=[f.value for f in CrmFormat], default="auto", help="default: auto")
    p.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD", help="read COLUMN as FIELD")
    p.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    p.add_argument("--date-order", choices=[o.value for o in DateOrder], default="auto")
    p.add_argument("--source", help="whose ids these are (default: the format's name)")
    p.add_argument("--owner", help="list: the leads of this rep")
    p.add_argument("--mine", action="store_true", help="list: my leads")
    p.add_argument("--stage", choices=[s.value for s in LeadStage], help="list: leads now at this stage")
    p.add_argument("--reason", default="", help="mark: why it is rejected or recycled")
    p.add_argument("--limit", type=int)


def _loop(library: AssetLibrary) -> SalesLoop:
    return SalesLoop(library, source=EventSource.CLI)


def _when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC") if moment else "—"


def _lead_line(lead: Lead) -> str:
    ref = lead.crm_id or lead.id[:8]
    stage = lead.stage.label if lead.stage else "—"
    handed = lead.handed_over_at.strftime("%Y-%m-%d") if lead.handed_over_at else "—"
    return f"{ref:<14} {stage:<9} {handed:<10} {lead.owner or '—':<18} {lead.name} — {lead.company or '—'}"


def report_lead_import(report: LeadImportReport, as_json: bool, out: TextIO, err: TextIO) -> int:
    if as_json:
        data = plain(report)
        data["counts"] = {a.value: report.count(a) for a in RowAction}
        print_json(data, out)
        return EXIT_SOME_FAILED if report.rejected or report.problems else EXIT_OK
    layout = report.layout
    read = (
        f"{layout.format.value}, {layout.encoding}, delimiter {layout.delimiter!r}"
        + (f", headers in {layout.language}" if layout.language else "")
        if layout is not None
        else "unreadable"
    )
    out.write(f"{Path(report.path).name} ({read}): {report.summary()}\n")
    for problem in report.problems:
        out.write(f"  problem: {problem}\n")
    if layout is not None:
        if layout.sheet:
            out.write(f"  sheet: {layout.sheet}, header on row {layout.header_line}\n")
        for column, name in layout.columns.items():
            out.write(f"  column “{column}” → {name}\n")
        for reading in layout.readings:
            example = f" (e.g. “{reading.example}”)" if reading.example else ""
            out.write(f"  {reading.column}: {reading.reading}{example}\n")
    for note in report.notes:
        out.write(f"  note: {note}\n")
    for skipped in report.skipped:
        out.write(f"  skipped: {skipped}\n")
    for value in report.values:
        meaning = (
            value.stage.label if value.stage else "nothing for the hand-off (set it with `report settings`)"
        )
        out.write(f"  {value.column} “{value.value}” ({value.rows} rows): {meaning}\n")
    interesting = [r for r in report.rows if r.action is not RowAction.UNCHANGED or r.notes]
    for row in interesting[:SHOWN_ROWS]:
        detail = row.reason or ", ".join(row.changes) or "; ".join(row.notes)
        label = " ".join(x for x in (row.crm_id, row.title) if x)
        out.write(
            f"  line {row.line:<5} {row.action.value:<9} {label}" + (f" — {detail}" if detail else "") + "\n"
        )
    if len(interesting) > SHOWN_ROWS:
        out.write(f"  … and {len(interesting) - SHOWN_ROWS} more rows (see --json)\n")
    if report.prospects_created:
        out.write(f"{report.prospects_created} prospects created for the leads' companies.\n")
    if report.linked_to_deals:
        out.write(f"{report.linked_to_deals} leads linked to the deals they converted to.\n")
    if not report.applied:
        err.write("Nothing was written" + (" (dry run).\n" if not report.problems else ".\n"))
    return EXIT_SOME_FAILED if report.rejected or report.problems else EXIT_OK


def cmd_leads(library: AssetLibrary, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    loop = _loop(library)
    if args.action == "import":
        if len(args.args) != 1:
            raise InvalidEdit("Usage: collateral leads import FILE")
        options = LeadImportOptions(
            format=CrmFormat(args.format),
            mapping=LeadImportOptions.mapping_from(args.map),
            date_order=DateOrder(args.date_order),
            source=args.source,
        )
        report = loop.import_leads(Path(args.args[0]), options, dry_run=args.dry_run)
        return report_lead_import(report, args.json, out, err)
    if args.action == "list":
        owner = loop.actor().user.name if args.mine else args.owner
        leads = loop.list_leads(
            owner=owner, stage=LeadStage(args.stage) if args.stage else None, limit=args.limit
        )
        if args.json:
            print_json(leads, out)
        else:
            for lead in leads:
                out.write(_lead_line(lead) + "\n")
            err.write(f"{len(leads)} leads\n")
        return EXIT_OK
    if args.action == "show":
        if len(args.args) != 1:
            raise InvalidEdit("Usage: collateral leads show ID")
        detail = loop.get_lead(args.args[0])
        if args.json:
            print_json(detail, out)
            return EXIT_OK
        lead = detail.lead
        out.write(f"{lead.name or '—'} ({lead.email or 'no e-mail'}) at {lead.company or '—'}\n")
        out.write(
            f"  CRM {lead.crm_source}:{lead.crm_id}  owner {lead.owner or '—'}  source {lead.source or '—'}\n"
        )
        out.write(f"  now {lead.stage.label if lead.stage else '—'} (the CRM says “{lead.crm_stage}”)\n")
        if detail.deadlines is not None:
            out.write(
                f"  handed over {_when(lead.handed_over_at)}; work by {_when(detail.deadlines.touch_by)}, "
                f"decide by {_when(detail.deadlines.decide_by)}\n"
            )
        if detail.deal_name:
            out.write(f"  converted to the deal “{detail.deal_name}” ({detail.deal_outcome})\n")
        for event in detail.events:
            how = {"crm": "CRM date", "import": "dated at import", "app": "recorded"}[event.dated.value]
            origin = f" from {event.import_file}" if event.import_file else f" by {event.user_name}"
            reason = f" — {event.reason}" if event.reason else ""
            out.write(f"  {_when(event.at)}  {event.stage.label:<9} ({how}{origin}){reason}\n")
        return EXIT_OK
    if args.action == "mark":
        if len(args.args) != 2 or args.args[1].lower() not in MARKS:
            raise InvalidEdit("Usage: collateral leads mark ID worked|sql|rejected|recycled [--reason TEXT]")
        event = loop.record_lead_stage(args.args[0], MARKS[args.args[1].lower()], reason=args.reason)
        if args.json:
            print_json(event, out)
        else:
            out.write(f"Recorded: {event.stage.label} at {_when(event.at)}\n")
        return EXIT_OK
    mine = loop.my_leads()
    if args.json:
        print_json(mine, out)
        return EXIT_OK
    for item in mine:
        lead = item.lead
        due = {
            "work": f"work by {_when(item.deadlines.touch_by)}",
            "decide": f"decide by {_when(item.deadlines.decide_by)}",
        }
        state = due.get(item.due, f"done ({lead.stage.label if lead.stage else '—'})")
        out.write(f"{'LATE ' if item.late else ''}{lead.name} — {lead.company or '—'}: {state}\n")
    if not mine:
        out.write("No leads handed to you this week.\n")
    return EXIT_OK


def report_handoff(
    insight: Insight, params: ReportParameters, args: argparse.Namespace, out: TextIO, err: TextIO
) -> int:
    """`collateral report handoff`: the text, or --json, --csv FILE, --pdf FILE."""
    if args.args:
        raise InvalidEdit(f"`report handoff` takes no other words; got {' '.join(args.args)}.")
    if args.html:
        raise InvalidEdit("`report handoff` exports --json, --csv FILE or --pdf FILE.")
    # The terminal shows the first leads of each drill-down; the exports carry all of them.
    if args.csv or args.json:
        drill_limit: int | None = None
    elif args.pdf:
        drill_limit = DRILL_LIMIT
    else:
        drill_limit = args.limit if args.limit > 0 else None
    report = insight.handoff(params, drill_limit=drill_limit)
    written: list[Path] = []
    if args.csv:
        written.extend(write_csv(handoff_tables(report), args.csv))
    if args.pdf:
        written.append(write_handoff_pdf(report, args.pdf))
    if args.json:
        print_json(handoff_json(report, params), out)
    elif not written:
        out.write(handoff_text(report, limit=args.limit if args.limit > 0 else None))
    for path in written:
        err.write(f"Wrote {path}\n")
    return EXIT_OK


HANDLERS: dict[str, Handler] = {"leads": cmd_leads}
