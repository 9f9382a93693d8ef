"""The import batches' subcommands: every import is a batch with an id.

    collateral imports list [--limit N]
    collateral imports show ID          what the batch brought and what undoing it would do
    collateral imports undo ID [--yes]  take back what it created (removed, or archived when used)
    collateral imports redo ID          bring back what its undo took away

Exit status as for every command: 0 success, 1 when the batch is unknown or nothing was done,
2 on usage errors."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TextIO

from collateral_app.domain.imports import ImportBatch, UndoPlan
from collateral_app.services.common.plain import print_json
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.library.batches import ImportBatches

Handler = Callable[[AssetLibrary, argparse.Namespace, TextIO, TextIO], int]
CommandFactory = Callable[..., argparse.ArgumentParser]

EXIT_OK, EXIT_FAILED = 0, 1


def add_commands(command: CommandFactory) -> None:
    p = command(
        "imports",
        "List the imports (each a batch with an id), or undo one: what it created is removed, "
        "or archived when it was used or edited since; nothing else changes.",
    )
    p.add_argument("action", choices=["list", "show", "undo", "redo"], nargs="?", default="list")
    p.add_argument("batch_id", nargs="?", metavar="ID", help="an import's id (or its first characters)")
    p.add_argument("--limit", type=int, default=20, help="how many imports to list (default 20)")
    p.add_argument("--yes", action="store_true", help="undo without asking")


def describe_undo(plan: UndoPlan) -> str:
    """“Removes 780 assets; archives 2 that were used or edited since.”"""
    parts = []
    if plan.remove:
        parts.append(f"removes {plan.remove} asset{'s' if plan.remove != 1 else ''}")
    if plan.archive:
        parts.append(
            f"archives {plan.archive} that {'were' if plan.archive != 1 else 'was'} used, edited or "
            "put in a kit since (kept for their history)"
        )
    if not parts:
        return "Nothing to undo: the assets of this import were removed or archived already."
    text = "; ".join(parts)
    return text[:1].upper() + text[1:] + "."


def _batch_json(batch: ImportBatch) -> dict[str, object]:
    return {
        "id": batch.id,
        "started_at": batch.started_at.isoformat(),
        "finished_at": batch.finished_at.isoformat() if batch.finished_at else None,
        "sources": list(batch.sources),
        "as_draft": batch.as_draft,
        "found": batch.found,
        "imported": batch.imported,
        "duplicates": batch.duplicates,
        "skipped": batch.skipped,
        "failed": batch.failed,
        "cancelled": batch.cancelled,
        "undone_at": batch.undone_at.isoformat() if batch.undone_at else None,
        "removed": batch.removed,
        "archived": batch.archived,
        "live": batch.live,
    }


def _batch_line(batch: ImportBatch) -> str:
    when = batch.started_at.astimezone().strftime("%Y-%m-%d %H:%M")
    counts = (
        f"{batch.imported} imported, {batch.duplicates} duplicate, {batch.skipped} skipped, "
        f"{batch.failed} failed"
    )
    if batch.cancelled:
        counts += f", {batch.cancelled} not imported (cancelled)"
    state = " (drafts)" if batch.as_draft else ""
    if batch.undone:
        state += f" — undone: {batch.removed} removed, {batch.archived} archived"
    return f"{batch.id[:8]}  {when}  {batch.label}{state}: {counts}"


def cmd_imports(library: AssetLibrary, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    batches = ImportBatches(library)
    if args.action == "list":
        found = batches.recent(limit=max(1, args.limit))
        if args.json:
            print_json([_batch_json(b) for b in found], out)
        elif not found:
            err.write("No imports yet.\n")
        for batch in found if not args.json else []:
            out.write(_batch_line(batch) + "\n")
        return EXIT_OK
    if not args.batch_id:
        err.write(f"imports {args.action} needs an import's id (see `collateral imports list`).\n")
        return 2
    batch = batches.get(args.batch_id)
    if args.action == "show":
        plan = batches.plan_undo(batch.id)
        if args.json:
            print_json({**_batch_json(batch), "undo": {"remove": plan.remove, "archive": plan.archive}}, out)
        else:
            out.write(_batch_line(batch) + "\n")
            out.write("  from: " + "\n        ".join(batch.sources) + "\n")
            if not batch.undone:
                out.write(f"  undo: {describe_undo(plan)}\n")
        return EXIT_OK
    if args.action == "undo":
        plan = batches.plan_undo(batch.id)
        if not plan.total:
            err.write(describe_undo(plan) + "\n")
            return EXIT_FAILED
        question = f"Undo the import of {batch.label}? It {describe_undo(plan).lower()}"
        if not args.yes and not args.json and not _confirm(question, err):
            err.write("Nothing was changed.\n")
            return EXIT_FAILED
        done = batches.undo_import(batch.id)
        if args.json:
            print_json({"id": batch.id, "removed": done.remove, "archived": done.archive}, out)
        else:
            out.write(f"Undone: {done.remove} removed, {done.archive} archived.\n")
        return EXIT_OK
    back = batches.redo_import(batch.id)
    if args.json:
        print_json({"id": batch.id, "restored": back}, out)
    else:
        out.write(f"Brought back {back} asset{'s' if back != 1 else ''}.\n")
    return EXIT_OK


def _confirm(question: str, err: TextIO) -> bool:
    import sys

    if not sys.stdin.isatty():
        err.write(question + "\nAdd --yes to undo without a terminal to ask in.\n")
        return False
    err.write(question + " [y/N] ")
    err.flush()
    return sys.stdin.readline().strip().lower() in ("y", "yes")


HANDLERS: dict[str, Handler] = {"imports": cmd_imports}
