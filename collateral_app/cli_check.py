"""`collateral check`'s report, and a damaged library database on the command line: every
command explains it (a JSON error object with --json), `check` lists what SQLite's integrity
check finds, and `check --repair` salvages (services/library/salvage.py)."""

from __future__ import annotations

import argparse
import dataclasses
from typing import Any, TextIO

from collateral_app.domain.errors import DamagedLibrary, UserError
from collateral_app.domain.records import CheckReport
from collateral_app.services.common.plain import plain, print_json
from collateral_app.services.library.maintenance import check_library
from collateral_app.services.library.salvage import SalvageReport, salvage_library
from collateral_app.storage.recovery import TableRecovery, database_damage

EXIT_OK, EXIT_SOME_FAILED = 0, 1


def check_json(report: CheckReport) -> dict[str, Any]:
    return {
        "consistent": report.consistent,
        "assets_checked": report.assets_checked,
        "files_checked": report.blobs_checked,
        "problems": [dataclasses.asdict(p) for p in report.problems],
    }


def report_check(report: CheckReport, as_json: bool, out: TextIO) -> int:
    if as_json:
        print_json(check_json(report), out)
    else:
        out.write(f"Checked {report.assets_checked} assets and {report.blobs_checked} stored files.\n")
        for p in report.problems:
            state = "repaired" if p.repaired else "PROBLEM"
            out.write(f"{state:>8}  {p.kind:<18} {p.subject[:16]:<16} {p.detail}\n")
        out.write(
            "The library is consistent.\n" if report.consistent else "The library has problems (see above).\n"
        )
    return EXIT_OK if report.consistent else EXIT_SOME_FAILED


def error_json(exc: DamagedLibrary) -> dict[str, Any]:
    return {
        "code": exc.code,
        "message": str(exc),
        "database": str(exc.database),
        "problems": list(exc.problems),
        "latest_backup": str(exc.backup) if exc.backup else None,
        "repair": "collateral check --repair",
    }


def damaged(exc: DamagedLibrary, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """What every command does on a damaged database: explain it; `check` lists the
    damage, `check --repair` salvages."""
    as_json = bool(getattr(args, "json", False))
    if args.command == "check" and args.repair:
        return _salvage(exc, args, out, err)
    if args.command == "check":
        return _report_damage(exc, as_json, out, err)
    if as_json:
        print_json({"error": error_json(exc)}, out)
    err.write(f"collateral: {exc}\n")
    return EXIT_SOME_FAILED


def _report_damage(exc: DamagedLibrary, as_json: bool, out: TextIO, err: TextIO) -> int:
    found = database_damage(exc.database) or list(exc.problems)
    if as_json:
        print_json(
            {
                "consistent": False,
                "assets_checked": 0,
                "files_checked": 0,
                "problems": [
                    {"kind": "database_damaged", "subject": "library.db", "detail": line, "repaired": False}
                    for line in found
                ],
                "error": error_json(exc),
            },
            out,
        )
    else:
        out.write(f"The library database {exc.database} is damaged; SQLite's integrity check says:\n")
        for line in found:
            out.write(f"{'PROBLEM':>8}  {'database_damaged':<18} {'library.db':<16} {line}\n")
        out.write("The library has problems (see above).\n")
    err.write(f"collateral: {exc}\n")
    return EXIT_SOME_FAILED


def _salvage(exc: DamagedLibrary, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    err.write(f"The library database {exc.database} is damaged ({exc.problems[0]}); salvaging it.\n")
    try:

        def say(step: str) -> None:
            err.write(f"  {step}…\n")

        library, salvage = salvage_library(exc.root, progress=say)
    except UserError as failed:
        err.write(f"collateral: {failed}\n")
        return EXIT_SOME_FAILED
    try:
        check = check_library(library, verify_files=not args.quick)
    finally:
        library.close()
    complete = salvage.complete and check.consistent
    if args.json:
        print_json({"salvaged": salvage_json(salvage), **check_json(check)}, out)
    else:
        write_salvage(salvage, out)
        report_check(check, False, out)
    return EXIT_OK if complete else EXIT_SOME_FAILED


def salvage_json(report: SalvageReport) -> dict[str, Any]:
    return {
        "damaged_copy": str(report.damaged_copy),
        "complete": report.complete,
        "seconds": round(report.seconds, 2),
        "revision": report.database.revision,
        "tables": [{**plain(t), "lost": t.lost} for t in report.tables],
        "file_rows_made_again": report.database.files_rows_made,
        "files_kept": report.files_kept,
        "recovered_files": [plain(f) for f in report.recovered_files],
        "text_read_again": report.text_read_again,
        "notes": list(report.database.notes),
    }


def write_salvage(report: SalvageReport, out: TextIO) -> None:
    out.write(
        f"Salvaged in {report.seconds:.1f} s. The damaged database is kept as {report.damaged_copy} "
        "(never deleted).\n"
    )
    for note in report.database.notes:
        out.write(f"  {note}\n")
    out.write(f"{'table':<24} {'before':>8} {'recovered':>10} {'lost':>8}\n")
    for table in report.tables:
        if not (table.before or table.recovered or not table.complete):
            continue
        before = "?" if table.before is None else str(table.before)
        lost = "?" if table.lost is None else str(table.lost)
        out.write(f"{table.table:<24} {before:>8} {table.recovered:>10} {lost:>8}{_details(table)}\n")
    if any(t.before is None for t in report.tables):
        out.write("(?: the damaged file could not count them)\n")
    if report.database.files_rows_made:
        out.write(f"{report.database.files_rows_made} rows of stored files were made again from assets.\n")
    out.write(f"Stored files: {report.files_kept}, all kept.\n")
    back = [f for f in report.recovered_files if f.asset_id]
    if back:
        out.write(
            f"{len(back)} files whose assets were lost are back as drafts tagged “recovered” "
            "(their titles, tags and taxonomy were lost):\n"
        )
        for f in back:
            out.write(f"  {f.asset_id[:8] if f.asset_id else ''}  {f.title}\n")
    if report.text_read_again:
        out.write(
            f"{report.text_read_again} assets had lost the text of some pages; it was read again from "
            "their files.\n"
        )
    for f in report.recovered_files:
        if not f.asset_id:
            out.write(f"  not imported again: {f.sha256[:12]}… {f.reason}\n")
    out.write(
        "Every row was recovered.\n" if report.complete else "Some rows were lost or damaged (see above).\n"
    )


def _details(table: TableRecovery) -> str:
    said = []
    if table.unreadable_table:
        said.append("the table could not be read")
    if table.unreadable_stretches:
        said.append(f"{table.unreadable_stretches} unreadable stretch(es) of pages")
    if table.unreadable_rows:
        said.append(f"{table.unreadable_rows} unreadable rows")
    if table.refused:
        said.append(f"{table.refused} damaged rows left out")
    if table.dangling:
        said.append(f"{table.dangling} rows of lost rows removed")
    if table.unlinked:
        said.append(f"{table.unlinked} links to lost rows cleared")
    if table.values_reset:
        said.append(f"{table.values_reset} damaged values cleared")
    if table.damaged_text:
        said.append(f"{table.damaged_text} texts with unreadable characters (kept, marked �)")
    return f"  ({'; '.join(said)})" if said else ""
