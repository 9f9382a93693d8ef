"""A damaged library database: the error that names the next step (the latest backup, or
salvage), and the record of the damage kept beside the database, so that every opening
says so until the database is salvaged or replaced. Kept apart from the backups and the
check, which both open libraries: this is what opening a library needs."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from pathlib import Path

from collateral_app.domain.errors import DamagedLibrary
from collateral_app.paths import LibraryPaths
from collateral_app.storage.recovery import database_damage

log = logging.getLogger(__name__)

BACKUPS_SEEN = "backups.json"  # in the library folder: where its backups went, newest last
BACKUP_MANIFEST = "collateral-backup.json"  # in a backup folder (backups.py writes both)
DAMAGE_FOUND = "damage-found.json"  # beside the database: the damage found in it, until repaired


def damaged_library(paths: LibraryPaths, problems: Sequence[str], *, record: bool = True) -> DamagedLibrary:
    """The error for a damaged database, naming the library's latest backup if one is known.
    The damage is recorded beside the database, so that every later opening says so (and
    nothing more is written into it) until it is salvaged or replaced."""
    if record:
        _record_damage(paths, problems)
    return DamagedLibrary(paths.root, problems, latest_backup(paths))


def quick_damage_check(paths: LibraryPaths) -> DamagedLibrary | None:
    """SQLite's quick check of an open library's database (a read of every page, not the
    indexes against their tables): the error to show when it finds damage, recorded."""
    problems = database_damage(paths.database, quick=True)
    return damaged_library(paths, problems) if problems else None


def recorded_damage(paths: LibraryPaths) -> list[str] | None:
    """The damage recorded for the library's database, if it is still the same file."""
    record = paths.root / DAMAGE_FOUND
    try:
        found = json.loads(record.read_text(encoding="utf-8"))
        problems = [str(p) for p in found["problems"]]
        same = found["file"] == _identity(paths.database)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not same:  # restored or replaced since
        record.unlink(missing_ok=True)
        return None
    return problems


def forget_damage(paths: LibraryPaths) -> None:
    (paths.root / DAMAGE_FOUND).unlink(missing_ok=True)


def _record_damage(paths: LibraryPaths, problems: Sequence[str]) -> None:
    try:
        (paths.root / DAMAGE_FOUND).write_text(
            json.dumps({"problems": list(problems), "file": _identity(paths.database)}, indent=2),
            encoding="utf-8",
        )
    except OSError as exc:  # the error still says it; only the reminder is lost
        log.warning("could not record the damage of %s: %s", paths.database, exc)


def _identity(database: Path) -> list[int]:
    status = database.stat()
    return [status.st_size, status.st_mtime_ns]


def latest_backup(paths: LibraryPaths) -> Path | None:
    """The newest backup of this library still on disk with its manifest, if any is known."""
    try:
        seen = json.loads((paths.root / BACKUPS_SEEN).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(seen, list):
        return None
    for entry in reversed(seen):
        if isinstance(entry, dict) and isinstance(entry.get("path"), str):
            folder = Path(entry["path"])
            if (folder / BACKUP_MANIFEST).is_file():
                return folder
    return None
