"""Checking and repairing a library (backups: backups.py)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Row, delete, select, update

from collateral_app.blobs import is_content_address
from collateral_app.domain.records import CheckProblem, CheckReport
from collateral_app.locking import library_write_lock
from collateral_app.services.library.batches import files_kept_for_bringing_back
from collateral_app.services.library.damage import damaged_library
from collateral_app.storage.database import current_revision, foreign_key_problems, head_revision
from collateral_app.storage.models import AssetRow, Blob
from collateral_app.storage.recovery import database_damage
from collateral_app.storage.sync_models import team_file_hashes

if TYPE_CHECKING:
    from collateral_app.services.library.asset_library import AssetLibrary

log = logging.getLogger(__name__)


def check_library(library: AssetLibrary, *, repair: bool = False, verify_files: bool = True) -> CheckReport:
    """Verify the database, files and index; with `repair`, fix what can be fixed
    without losing data and report the rest. A damaged database file raises DamagedLibrary
    (salvage is services/library/salvage.py), before anything is read or changed."""
    lock = library_write_lock(library.paths.write_lock, timeout_s=30, what="the library")
    with lock:
        damage = database_damage(library.paths.database)
        if damage:
            raise damaged_library(library.paths, damage)
        problems: list[CheckProblem] = []
        for detail in foreign_key_problems(library.paths.database):
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
            team_files = {sha for sha in team_file_hashes(s) if is_content_address(sha)}
            kept_for_undone_imports = files_kept_for_bringing_back(s)
        problems.extend(_check_file_names(library, assets, blob_rows, repair))
        blob_rows = {sha for sha in blob_rows if is_content_address(sha)}
        assets = [a for a in assets if a.blob_sha256 is None or is_content_address(a.blob_sha256)]
        live = {a.id: a for a in assets if not a.deleted}
        referenced = {a.blob_sha256 for a in assets if a.blob_sha256 and not a.deleted}
        referenced |= kept_for_undone_imports
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
        for stray in library.blobs.strays():
            problems.append(_stray_problem(library.paths.blobs, stray, repair))
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


def _check_file_names(
    library: AssetLibrary,
    assets: Sequence[Row[str, str | None, int, bool, str]],
    blob_rows: set[str],
    repair: bool,
) -> list[CheckProblem]:
    """Rows naming a stored file by something other than a content address (a crafted backup,
    a hand edit): reported, and with `repair` the names are taken off the rows. No file is
    looked for, read or removed under such a name."""
    problems: list[CheckProblem] = []
    bad_rows = sorted(sha for sha in blob_rows if not is_content_address(sha))
    bad_assets = [a for a in assets if a.blob_sha256 is not None and not is_content_address(a.blob_sha256)]
    live_names = {a.blob_sha256 for a in bad_assets if not a.deleted}
    for asset in bad_assets:
        repaired = repair and bool(asset.deleted)
        if repaired:
            with library.sessions.begin() as s:
                s.execute(update(AssetRow).where(AssetRow.id == asset.id).values(blob_sha256=None))
        problems.append(
            CheckProblem(
                "invalid_file_name",
                asset.id,
                f"“{asset.title}” names its stored file {asset.blob_sha256!r}, which is not a fingerprint "
                + (
                    "(a deleted asset: the name was taken off it)."
                    if asset.deleted
                    else "(restore the library from a backup or import the file again)."
                ),
                repaired,
            )
        )
    for sha in bad_rows:
        repaired = repair and sha not in live_names
        if repaired:
            with library.sessions.begin() as s:
                s.execute(delete(Blob).where(Blob.sha256 == sha))
        problems.append(
            CheckProblem(
                "invalid_file_name",
                sha[:64],
                f"The list of stored files holds {sha!r}, which is not a fingerprint; no file was "
                "looked for or removed under that name" + (" and the row was removed." if repaired else "."),
                repaired,
            )
        )
    return problems


def _stray_problem(store: Path, stray: Path, repair: bool) -> CheckProblem:
    """Something in the file store that is no blob. A link is removed by repair (the link
    only: what it points to is never touched); anything else is left for a person to look at."""
    link = stray.is_symlink()
    if link and repair:
        stray.unlink()
    what = "a link" if link else ("a folder" if stray.is_dir() else "a file")
    return CheckProblem(
        "stray_file",
        stray.relative_to(store).as_posix(),
        f"The file store holds {what} that is no stored file ({stray}); "
        + (
            "the link was removed, its target left alone."
            if link
            else "it was never read; look at it or move it away."
        ),
        link and repair,
    )


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
