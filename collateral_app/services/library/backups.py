"""Backing up and restoring a library.

A backup is a folder: `library.db` (a consistent copy through SQLite's online backup), the
stored files it references in `blobs/`, and a manifest naming the database's and every file's
SHA-256. Restore trusts nothing in it: the manifest must be there, every name must be a content
address, nothing may be a link, the database must pass SQLite's integrity check and every file
must hash to its name — all of it checked before anything is copied or replaced."""

from __future__ import annotations

import json
import logging
import os
import shutil
import sqlite3
import stat
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete

from collateral_app import __version__
from collateral_app.blobs import BlobStore, hash_file, is_content_address
from collateral_app.domain.errors import UserError
from collateral_app.domain.records import CheckReport
from collateral_app.locking import library_write_lock
from collateral_app.paths import LibraryPaths
from collateral_app.services.library.damage import BACKUP_MANIFEST, BACKUPS_SEEN
from collateral_app.services.library.maintenance import check_library
from collateral_app.storage.models import DEVICE_KEY, Setting

if TYPE_CHECKING:
    from collateral_app.services.library.asset_library import AssetLibrary

log = logging.getLogger(__name__)

MANIFEST = BACKUP_MANIFEST
MANIFEST_FORMAT = 2  # 1: a count of files only; 2: the database's and every file's SHA-256
SET_ASIDE = "library.db.before-restore-"


class BackupRefused(UserError):
    """The folder is not a sound Collateral backup; nothing was restored."""

    def __init__(self, source: Path, why: str) -> None:
        super().__init__(f"{source} was not restored: {why} Nothing was copied or replaced.")


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
    copied: list[dict[str, Any]] = []
    missing: list[str] = []
    for sha in hashes:
        if not library.blobs.exists(sha):
            log.warning("backup: stored file %s is missing", sha)
            missing.append(sha)
            continue
        copy = target.blobs / sha[:2] / sha
        copy.parent.mkdir(exist_ok=True)
        shutil.copyfile(library.blobs.path_for(sha), copy)
        copied.append({"sha256": sha, "size_bytes": copy.stat().st_size})
    database_sha, database_size = hash_file(target.database)
    manifest = {
        "format": MANIFEST_FORMAT,
        "app_version": __version__,
        "created_at": datetime.now(UTC).isoformat(),
        "database": {"sha256": database_sha, "size_bytes": database_size},
        "files": len(copied),
        "blobs": copied,
        "missing": missing,  # named by the database but not on this computer (team files)
    }
    (destination / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    _remember_backup(library.paths, destination)
    return destination


def _remember_backup(paths: LibraryPaths, destination: Path) -> None:
    """Kept beside the database, not in it: a damaged database must still say where its backup is."""
    record = paths.root / BACKUPS_SEEN
    try:
        seen = json.loads(record.read_text(encoding="utf-8"))
        seen = seen if isinstance(seen, list) else []
    except (OSError, ValueError):
        seen = []
    seen = [e for e in seen if isinstance(e, dict) and e.get("path") != str(destination)][-19:]
    seen.append({"path": str(destination), "created_at": datetime.now(UTC).isoformat()})
    try:
        record.write_text(json.dumps(seen, indent=2), encoding="utf-8")
    except OSError as exc:  # the backup itself is complete; only the reminder is lost
        log.warning("could not note the backup in %s: %s", record, exc)


@dataclass(frozen=True, slots=True)
class _VerifiedBackup:
    database: Path
    database_sha256: str
    blobs: dict[str, Path]  # content address → the file in the backup


def verify_backup(source: Path) -> _VerifiedBackup:
    """Everything restore relies on, checked without writing anything: BackupRefused if not."""
    backup = LibraryPaths(source)
    manifest_path = source / MANIFEST
    if not _is_regular(backup.database):
        raise BackupRefused(source, "it is not a Collateral backup (no library.db, or it is a link).")
    if not _is_regular(manifest_path):
        raise BackupRefused(
            source,
            f"its manifest ({MANIFEST}) is missing, so its files cannot be checked. Use a backup "
            "made by `collateral backup` (or File › Back up…), which writes one.",
        )
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BackupRefused(source, f"its manifest cannot be read ({exc}).") from exc
    if not isinstance(manifest, dict) or manifest.get("format") not in (1, MANIFEST_FORMAT):
        raise BackupRefused(source, "its manifest is not one this version of Collateral knows.")

    database_sha, _ = hash_file(backup.database)
    listed = _listed_files(source, manifest)
    if manifest["format"] == MANIFEST_FORMAT:
        expected = manifest.get("database")
        if not isinstance(expected, dict) or expected.get("sha256") != database_sha:
            raise BackupRefused(
                source, "its library.db is not the one its manifest names (changed or damaged)."
            )

    rows = _database_file_names(source, backup.database)
    bad = sorted(repr(name) for name in rows if not is_content_address(name))
    if bad:
        raise BackupRefused(
            source, f"its database names stored files by {', '.join(bad[:3])}, which are not fingerprints."
        )
    present = _blob_files(source, backup.blobs)
    for sha, path in present.items():
        actual, size = hash_file(path)
        if actual != sha:
            raise BackupRefused(
                source, f"the stored file {sha[:12]}… does not match its fingerprint (damaged)."
            )
        if listed is not None and listed.get(sha, size) != size:
            raise BackupRefused(source, f"the stored file {sha[:12]}… is not the size its manifest says.")
    if listed is not None and set(listed) - set(present):
        lost = sorted(set(listed) - set(present))
        raise BackupRefused(
            source, f"{len(lost)} stored files its manifest lists are missing ({lost[0][:12]}…)."
        )
    if (
        manifest["format"] == 1
        and isinstance(manifest.get("files"), int)
        and manifest["files"] > len(present)
    ):
        raise BackupRefused(
            source, f"its manifest counts {manifest['files']} files but {len(present)} are there."
        )
    return _VerifiedBackup(backup.database, database_sha, present)


def _listed_files(source: Path, manifest: dict[str, Any]) -> dict[str, int] | None:
    if manifest["format"] != MANIFEST_FORMAT:
        return None
    entries = manifest.get("blobs")
    if not isinstance(entries, list):
        raise BackupRefused(source, "its manifest does not list its files.")
    listed: dict[str, int] = {}
    for entry in entries:
        sha = entry.get("sha256") if isinstance(entry, dict) else None
        size = entry.get("size_bytes") if isinstance(entry, dict) else None
        if not is_content_address(sha) or not isinstance(size, int):
            raise BackupRefused(source, f"its manifest lists {entry!r}, which is not a stored file.")
        assert isinstance(sha, str)
        listed[sha] = size
    return listed


def _database_file_names(source: Path, database: Path) -> set[object]:
    """The file names the backup's database holds (every row of `blobs`, every asset's file),
    read with the file opened read-only and immutable: nothing is written into the backup."""
    try:
        conn = sqlite3.connect(f"{database.as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as exc:
        raise BackupRefused(source, f"its library.db cannot be opened ({exc}).") from exc
    try:
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if problems != ["ok"]:
            raise BackupRefused(source, f"its library.db is damaged ({problems[0]}).")
        names: set[object] = {row[0] for row in conn.execute("SELECT sha256 FROM blobs")}
        names |= {
            row[0] for row in conn.execute("SELECT blob_sha256 FROM assets WHERE blob_sha256 IS NOT NULL")
        }
    except sqlite3.DatabaseError as exc:
        raise BackupRefused(source, f"its library.db is not a Collateral database ({exc}).") from exc
    finally:
        conn.close()
    return names


def _blob_files(source: Path, folder: Path) -> dict[str, Path]:
    """The stored files of the backup, each a regular file at blobs/ab/abcdef…; a link, or
    anything else where files belong, refuses the backup (hidden files a file manager leaves
    are passed over)."""
    found: dict[str, Path] = {}
    if not os.path.lexists(folder):
        return found
    if not _is_real_dir(folder):
        raise BackupRefused(source, "its blobs folder is a link or a file.")
    for sub in sorted(os.scandir(folder), key=lambda e: e.name):
        if sub.name.startswith(".") and not sub.is_symlink():
            continue
        if sub.is_symlink():
            raise BackupRefused(source, f"it holds a link ({sub.path}); a backup holds files only.")
        if not sub.is_dir(follow_symlinks=False) or len(sub.name) != 2:
            raise BackupRefused(source, f"it holds {sub.path}, which is no folder of stored files.")
        for item in sorted(os.scandir(sub.path), key=lambda e: e.name):
            if item.is_symlink():
                raise BackupRefused(source, f"it holds a link ({item.path}); a backup holds files only.")
            if item.name.startswith(".") and item.is_file(follow_symlinks=False):
                continue
            if not (
                item.is_file(follow_symlinks=False)
                and is_content_address(item.name)
                and item.name[:2] == sub.name
            ):
                raise BackupRefused(source, f"it holds {item.path}, which is not a stored file.")
            found[item.name] = Path(item.path)
    return found


def _is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def _is_real_dir(path: Path) -> bool:
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


def restore_library(
    source: Path, destination: Path, *, replace: bool = False
) -> tuple[AssetLibrary, CheckReport]:
    """Restore a backup into an empty folder, or with `replace` over the library there (its
    database set aside as library.db.before-restore-…, its stored files kept). The backup is
    verified whole before anything is copied; then its files are copied (each hashed again
    while copied), the database last."""
    from collateral_app.services.library.asset_library import AssetLibrary

    source = source.expanduser().resolve()
    destination = destination.expanduser().resolve()
    target = LibraryPaths(destination)
    if destination == source:
        raise UserError("A backup cannot be restored onto itself; name another folder.")
    if destination.exists() and any(destination.iterdir()) and not replace:
        raise UserError(
            f"{destination} is not empty; restore into a new or empty folder "
            "(or replace the library there with --replace; its database is set aside, not deleted)."
        )
    if replace and destination.exists() and any(destination.iterdir()) and not target.database.exists():
        raise UserError(f"{destination} holds no Collateral library to replace; name an empty folder.")
    verified = verify_backup(source)

    target.make_dirs()
    with library_write_lock(target.write_lock, timeout_s=30, what="the library"):
        store = BlobStore(target.blobs)
        for sha, path in verified.blobs.items():
            if store.exists(sha):
                continue
            stored = store.add_file(path)
            if stored.sha256 != sha:  # changed since it was verified: keep nothing of it
                if not stored.already_present:
                    store.remove(stored.sha256)
                raise BackupRefused(source, f"the stored file {sha[:12]}… changed while it was restored.")
        staged = destination / ".restoring-library.db"
        shutil.copyfile(verified.database, staged)
        if hash_file(staged)[0] != verified.database_sha256:
            staged.unlink()
            raise BackupRefused(source, "its library.db changed while it was restored.")
        if _set_aside_database(target) is not None:
            shutil.rmtree(target.index, ignore_errors=True)  # derived from the database set aside
        os.replace(staged, target.database)
    library = AssetLibrary.open(destination, create=False)
    with library.sessions.begin() as s:
        # A restored copy is another device: its events must not pass for the original's.
        s.execute(delete(Setting).where(Setting.key == DEVICE_KEY))
    library.mark_all_for_indexing()
    library.index_pending()
    return library, check_library(library)


def _set_aside_database(paths: LibraryPaths) -> Path | None:
    """Move the library's database (and its WAL files) out of the way, never deleting it."""
    if not paths.database.exists():
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    aside = paths.root / f"{SET_ASIDE}{stamp}"
    for suffix in ("", "-wal", "-shm"):
        old = Path(f"{paths.database}{suffix}")
        if old.exists():
            os.replace(old, Path(f"{aside}{suffix}"))
    return aside
