"""The `collateral` command: everything the library does, without a window.

Exit status: 0 success, 1 when some items failed (or `check` found problems),
2 on usage errors. With --json, machine-readable output goes to stdout and messages
to stderr."""

from __future__ import annotations

import argparse
import dataclasses
import html
import logging
import multiprocessing
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from collateral_app import __version__, cli_imports, cli_leads, cli_reports, cli_sales, cli_team, i18n
from collateral_app.cli_check import damaged, report_check
from collateral_app.domain.enums import AssetStatus, Dimension, ImportStatus
from collateral_app.domain.errors import AssetNotFound, DamagedLibrary, InvalidEdit, UserError
from collateral_app.domain.records import (
    Asset,
    ImportOutcome,
    ImportProgress,
    ReadOptions,
    SearchPage,
)
from collateral_app.logs import start_logging
from collateral_app.paths import LIBRARY_ENV
from collateral_app.services.common.plain import print_json
from collateral_app.services.library.asset_library import AssetFilter, AssetLibrary
from collateral_app.services.library.backups import backup_library, restore_library
from collateral_app.services.library.damage import damaged_library
from collateral_app.services.library.importer import Importer
from collateral_app.services.library.maintenance import check_library
from collateral_app.storage.recovery import damage_reason

log = logging.getLogger(__name__)

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


QUERY_SYNTAX = """query syntax:
  healthcare roi            assets with both words rank first, then those with either
  "reduce readmissions"     a phrase
  security -pricing         exclude a word (or -"a phrase", or -industry:retail)
  type:case-study industry:healthcare stage:decision persona:cfo size:mid-market
  product:analytics tag:q4 status:archived format:pdf
                            filters; values as in `collateral taxonomy`
  words are stemmed (onboarding finds onboard) and accents folded; a query that
  cannot be read as written is searched as plain words, with a note."""


class UsageError(Exception):
    pass


class Progress:
    """A one-line progress bar on stderr when it is a terminal; silent otherwise."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.enabled = stream.isatty()
        self._last = 0.0

    def show(self, done: int, total: int, label: str = "") -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last < 0.1 and done < total:
            return
        self._last = now
        width = 30
        filled = int(width * done / total) if total else width
        bar = "█" * filled + "·" * (width - filled)
        tail = label[-40:]
        self.stream.write(f"\r{bar} {done}/{total} {tail:<40}")
        self.stream.flush()

    def end(self) -> None:
        if self.enabled:
            self.stream.write("\r" + " " * 100 + "\r")
            self.stream.flush()


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--library",
        metavar="DIR",
        type=Path,
        default=argparse.SUPPRESS,
        help=f"library folder (default: ${LIBRARY_ENV}, else your user data folder)",
    )
    common.add_argument(
        "-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help="log more detail"
    )
    common.add_argument(
        "--lang",
        choices=sorted(i18n.LANGUAGES),
        default=argparse.SUPPRESS,
        help="language of reports and exports (default: English, unless LC_ALL, LC_MESSAGES or LANG "
        "name German or Japanese)",
    )
    json_flag = argparse.ArgumentParser(add_help=False)
    json_flag.add_argument("--json", action="store_true", help="machine-readable output on stdout")

    parser = argparse.ArgumentParser(
        prog="collateral",
        description="Collateral: find, curate and hand over sales collateral, offline.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"collateral {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(
        name: str, help_text: str, *, with_json: bool = True, epilog: str | None = None
    ) -> argparse.ArgumentParser:
        parents = [common, json_flag] if with_json else [common]
        return sub.add_parser(
            name,
            help=help_text,
            description=help_text,
            parents=parents,
            epilog=epilog,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )

    p = command("import", "Import files and folders into the library.")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("-r", "--recursive", action="store_true", help="include sub-folders")
    p.add_argument("--workers", type=int, default=None, help="parallel readers (default: one per core)")
    _reading_options(p)
    p.add_argument(
        "--with-attachments",
        action="store_true",
        help="import each email's attachments as assets of their own, after the email",
    )
    p.add_argument(
        "--draft",
        action="store_true",
        help="keep the new assets drafts, for marketing to review before reps see them",
    )
    p.add_argument(
        "--include-all",
        action="store_true",
        help="also import licence, changelog, archive, source and build files (skipped by default; "
        "hidden files always are)",
    )

    p = command(
        "reread",
        "Read stored files again: scans with OCR once Tesseract is installed, legacy Office and "
        "Keynote files converted with LibreOffice (--convert). Edits (title, tags...) stay.",
    )
    p.add_argument("asset_ids", nargs="*", metavar="ASSET_ID")
    p.add_argument(
        "--all-without-text",
        action="store_true",
        help="every asset whose text could not be read (scans, legacy files)",
    )
    p.add_argument("--workers", type=int, default=None, help="parallel readers (default: one per core)")
    _reading_options(p)

    p = command("import-attachments", "Import an email's attachments as assets of their own.")
    p.add_argument("asset_id", metavar="ASSET_ID")

    p = command("add-link", "Add a link (a web page, a video on a site) as an asset.")
    p.add_argument("url")
    p.add_argument("--title", default="", help="default: from the URL for known video and deck services")
    p.add_argument("--description", default="")
    p.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE", dest="changes")

    p = command("search", "Search inside every asset.", epilog=QUERY_SYNTAX)
    p.add_argument("query", nargs="?", default="", help="what to look for (see below)")
    p.add_argument("--limit", type=int, default=10, help="how many hits to show (default 10)")
    p.add_argument("--prefix", action="store_true", help="treat the last word as unfinished (as-you-type)")
    p.add_argument("--facets", action="store_true", help="include counts per filter value")
    p.add_argument("--queries-file", type=Path, help="run one query per line; one JSON object per line")

    p = command("show", "Show one asset.")
    p.add_argument("asset_id")

    p = command(
        "like",
        "Assets closest in meaning to one asset (more like this; needs the semantic extra). "
        "The first run embeds every asset, later runs only new and changed ones.",
    )
    p.add_argument("asset_id")
    p.add_argument("--limit", type=int, default=10)

    p = command("edit", "Change fields of one or more assets.")
    p.add_argument("asset_ids", nargs="+", metavar="ASSET_ID")
    p.add_argument(
        "--set",
        action="append",
        required=True,
        metavar="FIELD=VALUE",
        dest="changes",
        help="e.g. --set industry=healthcare,retail --set tags=+roi --set review_by=2027-06-30",
    )

    p = command("list", "List assets, optionally filtered.")
    for dim in Dimension:
        p.add_argument(f"--{dim.value}", metavar="VALUE")
    p.add_argument("--tag")
    p.add_argument("--status", choices=[s.value for s in AssetStatus])
    p.add_argument("--text-status", choices=["ok", "none", "failed", "pending"])
    p.add_argument("--limit", type=int)

    p = command("export-text", "Print the text read from an asset, page by page.", with_json=False)
    p.add_argument("asset_id")
    p.add_argument("-o", "--output", type=Path, help="write to a file instead of stdout")

    p = command("check", "Verify the library (database, files, index); exit 0 only when consistent.")
    p.add_argument("--repair", action="store_true", help="fix what can be fixed without losing data")
    p.add_argument("--quick", action="store_true", help="skip re-hashing every stored file")

    command("reindex", "Rebuild the search index from the database.")

    p = command("backup", "Write a consistent copy of the library to an empty folder.")
    p.add_argument("destination", type=Path, metavar="DEST")

    p = command(
        "restore",
        "Restore a backup into the (empty) library folder given by --library. The backup is "
        "checked whole (its manifest, database and every file's fingerprint) before anything is copied.",
    )
    p.add_argument("source", type=Path, metavar="SRC")
    p.add_argument(
        "--replace",
        action="store_true",
        help="restore over the library there: its database is set aside (library.db.before-restore-…), "
        "its stored files kept",
    )

    p = command("demo", "Fill an empty library with realistic demo collateral.")
    p.add_argument("--force", action="store_true", help="add the demo even if the library is not empty")

    p = command("taxonomy", "List or change the taxonomy (stages, personas, industries, ...).")
    p.add_argument("action", choices=["list", "add", "rename", "remove"], nargs="?", default="list")
    p.add_argument("dimension", nargs="?", choices=[d.value for d in Dimension])
    p.add_argument("value", nargs="?", help="the value's name (add) or slug (rename, remove)")
    p.add_argument("label", nargs="?", help="the new name (rename)")
    cli_imports.add_commands(command)
    cli_sales.add_commands(command)
    cli_leads.add_commands(command)
    cli_reports.add_commands(command)
    cli_team.add_commands(command)
    return parser


def main(
    argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    handler = HANDLERS[args.command]
    logs = start_logging("collateral", __version__, verbose=getattr(args, "verbose", False))
    i18n.use_language(getattr(args, "lang", None) or i18n.language_of_environment())
    root = getattr(args, "library", None)
    try:
        if args.command == "restore":
            return cmd_restore(args, out, err)
        # Setting up a team server needs no library: none is opened (or made) for it.
        server_only = cli_team.without_library(args)
        if server_only is not None:
            return server_only(args, out, err)
        library = AssetLibrary.open(root)
    except DamagedLibrary as exc:
        return damaged(exc, args, out, err)
    except (InvalidEdit, UsageError) as exc:
        err.write(f"collateral: {exc}\n")
        return EXIT_USAGE
    except UserError as exc:
        err.write(f"collateral: {exc}\n")
        return EXIT_SOME_FAILED
    try:
        return handler(library, args, out, err)
    except DamagedLibrary as exc:
        library.close()
        return damaged(exc, args, out, err)
    except (AssetNotFound, InvalidEdit, UsageError) as exc:
        err.write(f"collateral: {exc}\n")
        return EXIT_USAGE
    except UserError as exc:
        err.write(f"collateral: {exc}\n")
        return EXIT_SOME_FAILED
    except KeyboardInterrupt:
        err.write("collateral: interrupted; the library is consistent (run `collateral check`).\n")
        return 130
    except BrokenPipeError:
        # The reader went away (`collateral list | head`): not a failure of ours.
        _silence_stdout()
        return EXIT_OK
    except Exception as exc:
        if (damage := damage_reason(exc)) is not None:  # found on pages the opening did not read
            log.warning("`collateral %s` met a damaged database", args.command, exc_info=True)
            library.close()
            return damaged(damaged_library(library.paths, [damage]), args, out, err)
        log.exception("unexpected error in `collateral %s`", args.command)
        err.write(f"collateral: an unexpected error occurred; details are in {logs.log}\n")
        return EXIT_SOME_FAILED
    finally:
        library.close()


Handler = Callable[[AssetLibrary, argparse.Namespace, TextIO, TextIO], int]


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _catch_up_index(library: AssetLibrary, err: TextIO) -> None:
    pending = library.pending_index_count()
    if not pending:
        return
    if pending > 50:
        err.write(f"Indexing {pending} assets first…\n")
    bar = Progress(err)
    library.index_pending(progress=lambda done, total: bar.show(done, total, "indexing"))
    bar.end()


def _reading_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--no-ocr", action="store_true", help="do not read scans and images of text with Tesseract"
    )
    p.add_argument(
        "--convert",
        action="store_true",
        help="convert legacy Office (.doc .ppt .xls) and Keynote files to PDF with LibreOffice, "
        "for their text and a page preview",
    )


def _read_options(args: argparse.Namespace) -> ReadOptions:
    return ReadOptions(ocr=not args.no_ocr, convert_legacy=args.convert)


def cmd_import(library: AssetLibrary, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    bar = Progress(err)

    def on_progress(p: ImportProgress) -> None:
        bar.show(p.done, p.total, Path(p.current).name)

    try:
        report = Importer(library, workers=args.workers).run_batch(
            args.paths,
            recursive=args.recursive,
            progress=on_progress,
            options=_read_options(args),
            with_attachments=args.with_attachments,
            as_draft=args.draft,
            skip_packaging=not args.include_all,
        )
    finally:
        bar.end()
    status = _report_outcomes(report.outcomes, args, out, err)
    if report.batch.imported:
        err.write(
            f"Import {report.batch.id[:8]}; `collateral imports undo {report.batch.id[:8]}` takes it back.\n"
        )
    return status


def cmd_reread(library: AssetLibrary, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    ids = list(args.asset_ids)
    if args.all_without_text:
        ids += library.assets_without_text()
    if not ids:
        raise UsageError("Name the assets to read again, or use --all-without-text.")
    bar = Progress(err)

    def on_progress(p: ImportProgress) -> None:
        bar.show(p.done, p.total, p.current)

    try:
        outcomes = Importer(library, workers=args.workers).reread(
            [library.get_asset(i).id for i in ids], options=_read_options(args), progress=on_progress
        )
    finally:
        bar.end()
    return _report_outcomes(outcomes, args, out, err, verb="read again")


def cmd_import_attachments(library: AssetLibrary, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    outcomes = Importer(library).import_attachments(library.get_asset(args.asset_id).id)
    if not outcomes:
        err.write("This email has no attachments.\n")
        return EXIT_OK
    return _report_outcomes(outcomes, args, out, err)


def _report_outcomes(
    outcomes: Sequence[ImportOutcome],
    args: argparse.Namespace,
    out: TextIO,
    err: TextIO,
    *,
    verb: str = "imported",
) -> int:
    if args.json:
        print_json(
            [
                {
                    "path": o.path,
                    "status": o.status,
                    "asset_id": o.asset_id,
                    "reason": o.reason,
                    "draft": o.draft,
                    "needs_attention": o.attention,
                }
                for o in outcomes
            ],
            out,
        )
    else:
        for o in outcomes:
            label = "draft" if o.status is ImportStatus.IMPORTED and o.draft else o.status.value
            line = f"{label:<9} {o.path}"
            if o.asset_id:
                line += f"  [{o.asset_id[:8]}]"
            if o.attention:
                line += "  needs attention"
            if o.reason:
                line += f"  — {o.reason}"
            out.write(line + "\n")
    counts = {s: sum(1 for o in outcomes if o.status is s) for s in ImportStatus}
    drafts = sum(1 for o in outcomes if o.status is ImportStatus.IMPORTED and o.draft)
    attention = sum(1 for o in outcomes if o.attention)
    line = f"{counts[ImportStatus.IMPORTED]} {verb}"
    if drafts:
        line += (
            f" ({drafts} as drafts, {attention} needing attention)" if attention else f" ({drafts} as drafts)"
        )
    line += f", {counts[ImportStatus.DUPLICATE]} duplicate"
    if counts[ImportStatus.SKIPPED]:
        line += f", {counts[ImportStatus.SKIPPED]} skipped"
    line += f", {counts[ImportStatus.FAILED]} failed"
    if counts[ImportStatus.CANCELLED]:
        line += f", {counts[ImportStatus.CANCELLED]} not imported (cancelled)"
    err.write(line + ".\n")
    return EXIT_SOME_FAILED if counts[ImportStatus.FAILED] else EXIT_OK


def _parse_changes(pairs: Sequence[str]) -> dict[str, str]:
    changes: dict[str, str] = {}
    for pair in pairs:
        if "=" not in pair:
            raise UsageError(f"“{pair}” is not FIELD=VALUE (e.g. --set industry=healthcare).")
        key, value = pair.split("=", 1)
        changes[key.strip().replace("-", "_")] = value
    return changes


def cmd_add_link(library: AssetLibrary, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    asset = library.add_link(
        args.url, args.title, description=args.description, changes=_parse_changes(args.changes)
    )
    _show(asset, args.json, out)
    return EXIT_OK


def _result_json(page: SearchPage) -> dict[str, Any]:
    result = page.result
    data: dict[str, Any] = {
        "query": result.query,
        "total": result.total,
        "took_ms": result.took_ms,
        "hits": [
            {
                "asset_id": h.asset_id,
                "title": h.title,
                "score": h.score,
                "snippet": h.snippet,
                "page": h.page,
                "page_kind": h.page_kind,
                "type": h.type,
                "matched": list(h.matched),
                "on_team_server": (file := page.files.get(h.asset_id)) is not None and file.on_server_only,
                "thumbnail": str(page.thumbnails[h.asset_id]) if h.asset_id in page.thumbnails else None,
            }
            for h in result.hits
        ],
        "suggestion": result.suggestion,
        "notes": list(result.notes),
    }
    if result.facets:
        data["facets"] = result.facets
    return data


def cmd_search(library: AssetLibrary, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    _catch_up_index(library, err)
    if args.queries_file:
        try:
            lines = args.queries_file.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise UsageError(f"Cannot read {args.queries_file}: {exc.strerror}.") from exc
        for line in lines:
            if line.strip():
                found = library.search_page(
                    line.strip(), limit=args.limit, prefix=args.prefix, facets=args.facets
                )
                print_json(_result_json(found), out)
        return EXIT_OK
    if not args.query.strip():
        raise UsageError('Give a query, e.g. collateral search "healthcare roi".')
    page = library.search_page(args.query, limit=args.limit, prefix=args.prefix, facets=args.facets)
    result = page.result
    if args.json:
        print_json(_result_json(page), out)
        for note in result.notes:
            err.write(f"note: {note}\n")
        return EXIT_OK
    for note in result.notes:
        out.write(f"note: {note}\n")
    if result.suggestion:
        out.write(f"Did you mean: {result.suggestion}\n")
    out.write(f"{result.total} found in {result.took_ms:.1f} ms\n")
    for n, hit in enumerate(result.hits, 1):
        where = f" ({hit.page_kind.value} {hit.page})" if hit.page and hit.page_kind else ""
        file = page.files.get(hit.asset_id)
        remote = "  (file on the team server)" if file is not None and file.on_server_only else ""
        out.write(f"\n{n:>2}. {hit.title}{where}  [{hit.asset_id[:8]}] {hit.type}{remote}\n")
        snippet = hit.snippet.replace("<b>", "\033[1m" if out.isatty() else "").replace(
            "</b>", "\033[0m" if out.isatty() else ""
        )
        out.write(f"    {html.unescape(snippet)}\n")
    if result.facets:
        out.write("\n")
        for facet, counts in result.facets.items():
            if counts:
                out.write(f"{facet}: " + ", ".join(f"{v} ({n})" for v, n in counts.items()) + "\n")
    return EXIT_OK


def _asset_json(asset: Asset) -> dict[str, Any]:
    data = dataclasses.asdict(asset)
    data["taxonomy"] = {d.value: list(v) for d, v in asset.taxonomy.items()}
    return data


def _show(asset: Asset, as_json: bool, out: TextIO) -> None:
    if as_json:
        print_json(_asset_json(asset), out)
        return
    rows: list[tuple[str, object]] = [
        ("id", asset.id),
        ("title", asset.title),
        ("type", asset.type),
        ("status", asset.status.value),
        ("description", asset.description),
    ]
    for dim, values in asset.taxonomy.items():
        if dim is not Dimension.TYPE:
            rows.append((dim.value, ", ".join(values)))
    rows += [
        ("tags", ", ".join(asset.tags)),
        ("owner", asset.owner),
        ("file", asset.file_name or "—"),
        ("url", asset.url or "—"),
        ("format", asset.media_type),
        ("size", f"{asset.size_bytes:,} bytes"),
        ("pages", asset.page_count),
        ("text", asset.text_status.value + (f" ({asset.text_reason})" if asset.text_reason else "")),
        ("published", asset.published_on or "—"),
        ("review by", asset.review_by or "—"),
        ("expires", asset.expires_on or "—"),
        ("supersedes", asset.supersedes_id or "—"),
        ("superseded by", asset.superseded_by_id or "—"),
        ("updated", asset.updated_at.strftime("%Y-%m-%d %H:%M UTC")),
    ]
    rows.extend(asset.metadata.items())
    for key, value in rows:
        out.write(f"{key:>14}: {value}\n")


def cmd_show(library: AssetLibrary, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    _show(library.get_asset(args.asset_id), args.json, out)
    return EXIT_OK


def cmd_like(library: AssetLibrary, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    found = library.more_like_this(args.asset_id, limit=args.limit)
    if args.json:
        print_json([{"similarity": similarity, **_asset_json(a)} for a, similarity in found], out)
        return EXIT_OK
    for asset, similarity in found:
        out.write(f"{asset.id[:8]}  {similarity:.3f}  {asset.title}\n")
    err.write(f"{len(found)} assets like it\n")
    return EXIT_OK


def cmd_edit(library: AssetLibrary, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    assets = library.edit_assets(args.asset_ids, _parse_changes(args.changes))
    if args.json:
        print_json([_asset_json(a) for a in assets], out)
    else:
        for asset in assets:
            out.write(f"updated {asset.id[:8]} {asset.title}\n")
    return EXIT_OK


def cmd_list(library: AssetLibrary, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    terms = tuple(
        (dim, getattr(args, dim.value))
        for dim in Dimension
        if dim is not Dimension.TYPE and getattr(args, dim.value)
    )
    filters = AssetFilter(
        status=AssetStatus(args.status) if args.status else None,
        type=args.type,
        terms=terms,
        tag=args.tag,
        text_status=args.text_status,
        limit=args.limit,
    )
    assets = library.list_assets(filters)
    if args.json:
        print_json([_asset_json(a) for a in assets], out)
        return EXIT_OK
    for asset in assets:
        out.write(f"{asset.id[:8]}  {asset.type:<14} {asset.status.value:<9} {asset.title}\n")
    err.write(f"{len(assets)} assets\n")
    return EXIT_OK


def cmd_export_text(library: AssetLibrary, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    text = library.export_text(args.asset_id)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
        err.write(f"wrote {args.output}\n")
    else:
        out.write(text)
    return EXIT_OK


def cmd_check(library: AssetLibrary, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    report = check_library(library, repair=args.repair, verify_files=not args.quick)
    return report_check(report, args.json, out)


def cmd_reindex(library: AssetLibrary, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    bar = Progress(err)
    started = time.monotonic()
    count = library.reindex(progress=lambda d, t: bar.show(d, t, "indexing"), parallel=True)
    bar.end()
    seconds = time.monotonic() - started
    if args.json:
        print_json({"indexed": count, "seconds": round(seconds, 2)}, out)
    else:
        out.write(f"Indexed {count} assets in {seconds:.1f} s.\n")
    return EXIT_OK


def cmd_backup(library: AssetLibrary, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    where = backup_library(library, args.destination)
    if args.json:
        print_json({"backup": str(where)}, out)
    else:
        out.write(f"Backed up to {where}\n")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    root = getattr(args, "library", None)
    if root is None:
        raise UserError("Say where to restore with --library DIR (an empty folder).")
    library, report = restore_library(args.source, root, replace=args.replace)
    try:
        if not args.json:
            out.write(f"Restored {args.source} into {library.paths.root}\n")
        return report_check(report, args.json, out)
    finally:
        library.close()


def cmd_demo(library: AssetLibrary, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from collateral_app.services.demo.library import seed_demo_library

    if library.asset_count() and not args.force:
        raise UsageError(f"{library.paths.root} already holds assets; use --force to add the demo anyway.")
    bar = Progress(err)
    count = seed_demo_library(library, progress=lambda d, t: bar.show(d, t, "demo"))
    bar.end()
    if args.json:
        print_json({"assets": count, "library": str(library.paths.root)}, out)
    else:
        out.write(f"Demo library ready with {count} assets in {library.paths.root}\n")
    return EXIT_OK


def cmd_taxonomy(library: AssetLibrary, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.action != "list":
        if not args.dimension or not args.value:
            raise UsageError(f"taxonomy {args.action} needs a dimension and a value.")
        dim = Dimension(args.dimension)
        if args.action == "add":
            library.add_taxonomy_value(dim, args.value)
        elif args.action == "rename":
            if not args.label:
                raise UsageError("taxonomy rename needs the new name.")
            library.rename_taxonomy_value(dim, args.value, args.label)
            library.index_pending()
        else:
            library.remove_taxonomy_value(dim, args.value)
    taxonomy = library.taxonomy()
    if args.json:
        print_json(
            {d.value: [{"slug": e.slug, "label": e.label} for e in v] for d, v in taxonomy.items()}, out
        )
        return EXIT_OK
    for dim, entries in taxonomy.items():
        if args.dimension and dim.value != args.dimension:
            continue
        out.write(f"{dim.value}:\n")
        for entry in entries:
            out.write(f"  {entry.slug:<20} {entry.label}\n")
    return EXIT_OK


HANDLERS: dict[str, Handler] = {
    "import": cmd_import,
    "add-link": cmd_add_link,
    "reread": cmd_reread,
    "import-attachments": cmd_import_attachments,
    "search": cmd_search,
    "show": cmd_show,
    "like": cmd_like,
    "edit": cmd_edit,
    "list": cmd_list,
    "export-text": cmd_export_text,
    "check": cmd_check,
    "reindex": cmd_reindex,
    "backup": cmd_backup,
    "restore": lambda _lib, args, out, err: cmd_restore(args, out, err),
    "demo": cmd_demo,
    "taxonomy": cmd_taxonomy,
    **cli_imports.HANDLERS,
    **cli_sales.HANDLERS,
    **cli_leads.HANDLERS,
    **cli_reports.HANDLERS,
    **cli_team.HANDLERS,
}


def run() -> None:
    # In a frozen bundle the extraction workers start this same executable: let them be
    # workers instead of a second command (a no-op elsewhere).
    multiprocessing.freeze_support()
    sys.exit(main())


if __name__ == "__main__":
    run()
