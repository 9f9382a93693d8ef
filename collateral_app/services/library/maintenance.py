"""Checking, repairing, backing up and restoring a library."""

from __future__ import annotations

import json
import logging
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import delete, select, update

from collateral_app import __version__
from collateral_app.domain.errors import UserError
from collateral_app.domain.records import CheckProblem, CheckReport
from collateral_app.locking import library_write_lock
from collateral_app.paths import LibraryPaths
from collateral_app.storage.database import current_revision, head_revision, integrity_problems
from collateral_app.storage.models import DEVICE_KEY, AssetRow, Blob, Setting
from collateral_app.storage.sync_models import team_file_hashes

if TYPE_CHECKING:
    from collateral_app.services.library.asset_library import AssetLibrary

log = logging.getLogger(__name__)

MANIFEST = "collateral-backup.json"


def check_library(library: AssetLibrary, *, repair: bool = False, verify_files: bool = True) -> CheckReport:
    """Verify the database, files and index; with `repair`, fix what can be fixed
    without losing data and report the rest."""
    lock = library_write_lock(library.paths.write_lock, timeout_s=30, what="the library")
    with lock:
        problems: list[CheckProblem] = []
        for detail in integrity_problems(library.paths.database):
            problems.append(CheckProblem("database_integrity", "library.db", detail))
        if current_revision(library.engine) != head_revision(library.engine):
            problems.append(
                CheckProblem("schema_outdated", "library.db", "The database schema is not the newest.")
            )
        with library.sessions() as s:
            assets = s.execute(
                select(AssetRow.id, AssetRow.blob_sha256, AssetRow.revision, AssetRow.deleted, AssetRow.title)
            ).all()
            blob_rows = set(s.scalars(select(Blob.sha256)))
            # Files of team assets are fetched on demand: not having one here is normal.
            team_files = team_file_hashes(s)
        live = {a.id: a for a in assets if not a.deleted}
        referenced = {a.blob_sha256 for a in assets if a.blob_sha256 and not a.deleted}
        on_disk = set(library.blobs.all_hashes())

        for asset in live.values():
            if asset.blob_sha256 and asset.blob_sha256 not in on_disk | team_files:
                problems.append(
                    CheckProblem(
                        "missing_file",
                        asset.id,
                        f"The stored file of “{asset.title}” is missing; restore it from a backup "
                        "or import the file again.",
                    )
                )
        if verify_files:
            for sha in sorted(on_disk & referenced):
                if not library.blobs.verify(sha):
                    names = ", ".join(f"“{a.title}”" for a in live.values() if a.blob_sha256 == sha)
                    problems.append(
                        CheckProblem(
                            "damaged_file",
                            sha,
                            f"The stored file of {names} does not match its fingerprint (damaged on disk); "
                            "restore it from a backup or import it again.",
                        )
                    )

        orphans = sorted((on_disk | blob_rows) - referenced)
        for sha in orphans:
            repaired = False
            if repair:
                # The row first, then the file: an interruption leaves an orphan file, found
                # again next time. A deleted asset (a tombstone kept for the team server) may
                # still name the file; it needs none, and its reference would trip the key.
                with library.sessions.begin() as s:
                    s.execute(
                        update(AssetRow)
                        .where(AssetRow.blob_sha256 == sha, AssetRow.deleted.is_(True))
                        .values(blob_sha256=None)
                    )
                    s.execute(delete(Blob).where(Blob.sha256 == sha))
                library.blobs.remove(sha)
                repaired = True
            problems.append(
                CheckProblem(
                    "orphan_file",
                    sha,
                    "A stored file belongs to no asset (left by an interrupted import or a removal).",
                    repaired,
                )
            )
        for temp in library.blobs.leftover_temp_files():
            if repair:
                temp.unlink(missing_ok=True)
            problems.append(
                CheckProblem(
                    "partial_file",
                    temp.name,
                    "A partly copied file was left by an interrupted import.",
                    repair,
                )
            )

        problems.extend(_check_index(library, repair))
        return CheckReport(problems=tuple(problems), assets_checked=len(live), blobs_checked=len(on_disk))


def _check_index(library: AssetLibrary, repair: bool) -> list[CheckProblem]:
    problems: list[CheckProblem] = []
    held = library.index.indexed_revisions()
    with library.sessions() as s:
        rows = s.execute(select(AssetRow.id, AssetRow.revision).where(AssetRow.deleted.is_(False)))
        revisions = {asset_id: revision for asset_id, revision in rows}
    stale = sorted(a for a, rev in revisions.items() if held.get(a) != rev)
    extra = sorted(set(held) - set(revisions))
    if stale and repair:
        with library.sessions.begin() as s:
            s.execute(update(AssetRow).where(AssetRow.id.in_(stale)).values(indexed_revision=None))
        library.index_pending()
    if extra and repair:
        library.index.delete(extra)
    for asset_id in stale:
        problems.append(
            CheckProblem(
                "index_stale",
                asset_id,
                "The search index does not hold this asset's current version.",
                repair,
            )
        )
    for asset_id in extra:
        problems.append(
            CheckProblem(
                "index_extra", asset_id, "The search index holds an asset the library no longer has.", repair
            )
        )
    return problems


def backup_library(library: AssetLibrary, destination: Path) -> Path:
    """A consistent copy: the database through SQLite's online backup, then the files
    it references (files are immutable, so copying after the snapshot is safe)."""
    destination = destination.expanduser().resolve()
    if destination.exists() and any(destination.iterdir()):
        raise UserError(f"{destination} is not empty; back up into a new or empty folder.")
    target = LibraryPaths(destination)
    target.make_dirs()
    source_db = sqlite3.connect(library.paths.database)
    target_db = sqlite3.connect(target.database)
    try:
        with target_db:
            source_db.backup(target_db)
        hashes = [row[0] for row in target_db.execute("SELECT sha256 FROM blobs")]
    finally:
        source_db.close()
        target_db.close()
    for sha in hashes:
        source = library.blobs.path_for(sha)
        if not source.exists():
            log.warning("backup: stored file %s is missing", sha)
            continue
        copy = target.blobs / sha[:2] / sha
        copy.parent.mkdir(exist_ok=True)
        shutil.copyfile(source, copy)
    manifest = {
        "format": 1,
        "app_version": __version__,
        "created_at": datetime.now(UTC).isoformat(),
        "files": len(hashes),
    }
    (destination / MANIFEST).write_text(json.dumps(manifest, indent=2))
    return destination


def restore_library(source: Path, destination: Path) -> tuple[AssetLibrary, CheckReport]:
    from collateral_app.services.library.asset_library import AssetLibrary

    source = source.expanduser().resolve()
    destination = destination.expanduser().resolve()
    backup = LibraryPaths(source)
    if not backup.database.is_file():
        raise UserError(f"{source} is not a Collateral backup (no library.db).")
    if destination.exists() and any(destination.iterdir()):
        raise UserError(f"{destination} is not empty; restore into a new or empty folder.")
    target = LibraryPaths(destination)
    target.make_dirs()
    shutil.copyfile(backup.database, target.database)
    if backup.blobs.is_dir():
        shutil.copytree(backup.blobs, target.blobs, dirs_exist_ok=True)
    library = AssetLibrary.open(destination, create=False)
    with library.sessions.begin() as s:
        # A restored copy is another device: its events must not pass for the original's.
        s.execute(delete(Setting).where(Setting.key == DEVICE_KEY))
    library.mark_all_for_indexing()
    library.index_pending()
    return library, check_library(library)
