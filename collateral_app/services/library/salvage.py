"""Salvaging a library whose database file is damaged (`collateral check --repair`).

The damaged file is set aside as library.db.damaged-<time> and never deleted; a new
library.db is built from what can still be read (storage/recovery.py); the stored files are
all kept, and those whose asset was lost with the damaged rows come back as draft assets
tagged "recovered"; the search index is built again from the new database."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select, update

from collateral_app.domain.enums import ImportStatus
from collateral_app.domain.errors import DiskFull, UserError
from collateral_app.extract.sniff import BY_EXTENSION, sniff_media_type
from collateral_app.locking import library_write_lock
from collateral_app.paths import LibraryPaths
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.library.batches import files_kept_for_bringing_back
from collateral_app.services.library.damage import forget_damage
from collateral_app.services.library.importer import Importer
from collateral_app.storage.models import AssetPage, AssetRow
from collateral_app.storage.recovery import (
    DatabaseRecovery,
    TableRecovery,
    database_damage,
    rebuild_database,
)

log = logging.getLogger(__name__)

DAMAGED_COPY = "library.db.damaged-"
RECOVERED_TAG = "recovered"
_EXTENSION = {media: ext for ext, media in reversed(BY_EXTENSION.items())}


@dataclass(frozen=True, slots=True)
class RecoveredFile:
    """A stored file whose asset row was lost with the damage, imported again as a draft."""

    sha256: str
    asset_id: str | None  # None when it could not be imported again (see reason)
    title: str
    reason: str = ""


@dataclass(frozen=True, slots=True)
class SalvageReport:
    damaged_copy: Path  # the damaged database, set aside
    database: DatabaseRecovery
    files_kept: int  # stored files in the library, all of them kept
    recovered_files: tuple[RecoveredFile, ...]
    text_read_again: int  # assets whose pages were lost, read again from their files
    seconds: float

    @property
    def tables(self) -> list[TableRecovery]:
        return self.database.tables

    @property
    def complete(self) -> bool:
        """Every row came back as it was, and no file needed importing again."""
        return all(t.complete for t in self.tables) and not self.recovered_files


def salvage_library(
    root: Path, *, progress: Callable[[str], None] | None = None
) -> tuple[AssetLibrary, SalvageReport]:
    """Salvage the damaged library at `root` and open it. The damaged database stays in
    place when anything fails before the new one is complete."""
    started = time.monotonic()
    say = progress or (lambda _step: None)
    paths = LibraryPaths(Path(root).expanduser().resolve())
    if not paths.database.is_file():
        raise UserError(f"There is no library database in {paths.root} to salvage.")
    with library_write_lock(paths.write_lock, timeout_s=30, what="the library"):
        work = Path(tempfile.mkdtemp(prefix=".salvage-", dir=paths.root))
        try:
            rebuilt = work / "library.db"
            say("reading the damaged database")
            try:
                recovery = rebuild_database(paths.database, rebuilt, work)
            except OSError as exc:
                if exc.errno == 28:
                    raise DiskFull(str(paths.root)) from exc
                raise UserError(
                    f"The library could not be salvaged ({exc.strerror or exc}); nothing was changed."
                ) from exc
            left = database_damage(rebuilt)
            if left:
                raise UserError(
                    f"The salvaged database did not pass SQLite's check ({left[0]}); nothing was changed."
                )
            aside = _replace_database(paths, rebuilt)
            forget_damage(paths)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        # The index is derived from the database set aside: built again from the new one.
        shutil.rmtree(paths.index, ignore_errors=True)
    library = AssetLibrary.open(paths.root, create=False)
    try:
        say("importing again the files whose assets were lost")
        recovered = _import_lost_files(library)
        say("reading again the files whose text was lost")
        reread = _read_lost_text(library)
        say("building the search index")
        library.index_pending()
        files = sum(1 for _ in library.blobs.all_hashes())
    except BaseException:
        library.close()
        raise
    report = SalvageReport(aside, recovery, files, tuple(recovered), reread, time.monotonic() - started)
    log.info("salvaged %s, the damaged database kept as %s", paths.root, aside)
    return library, report


def _replace_database(paths: LibraryPaths, rebuilt: Path) -> Path:
    """Put the rebuilt database in place, the damaged one (with its write-ahead log) kept
    beside it as library.db.damaged-<time>: linked or copied there first, so there is never
    a moment without a library.db."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    aside = paths.root / f"{DAMAGED_COPY}{stamp}"
    n = 1
    while aside.exists():
        n += 1
        aside = paths.root / f"{DAMAGED_COPY}{stamp}-{n}"
    try:
        os.link(paths.database, aside)
    except OSError:
        shutil.copy2(paths.database, aside)
    moved: list[tuple[Path, Path]] = []
    try:
        # The old log must not be played onto the new database.
        for suffix in ("-wal", "-shm"):
            old = Path(f"{paths.database}{suffix}")
            if old.exists():
                os.replace(old, Path(f"{aside}{suffix}"))
                moved.append((Path(f"{aside}{suffix}"), old))
        os.replace(rebuilt, paths.database)
    except OSError as exc:
        for kept, old in reversed(moved):
            os.replace(kept, old)
        aside.unlink(missing_ok=True)
        raise UserError(
            f"The damaged database could not be replaced ({exc.strerror or exc}); close every Collateral "
            "window and command using this library and try again. Nothing was changed."
        ) from exc
    return aside


def _read_lost_text(library: AssetLibrary) -> int:
    """Assets that kept their row but lost some of their pages' text: read from their file
    again (what people edited stays)."""
    counted = (
        select(AssetRow.id)
        .outerjoin(AssetPage, AssetPage.asset_id == AssetRow.id)
        .where(AssetRow.deleted.is_(False), AssetRow.blob_sha256.is_not(None), AssetRow.text_status == "ok")
        .group_by(AssetRow.id, AssetRow.page_count)
        .having(func.count(AssetPage.asset_id) < func.max(AssetRow.page_count, 1))
    )
    with library.sessions() as s:
        ids = list(s.scalars(counted))
    if not ids:
        return 0
    outcomes = Importer(library).reread(ids)
    return sum(1 for o in outcomes if o.status is ImportStatus.IMPORTED)


def _import_lost_files(library: AssetLibrary) -> list[RecoveredFile]:
    """Stored files no asset names any more (their rows were lost) imported again as drafts
    tagged "recovered", each named by its kind; the file itself is the one already stored."""
    with library.sessions() as s:
        named = set(s.scalars(select(AssetRow.blob_sha256).where(AssetRow.blob_sha256.is_not(None))))
        named |= files_kept_for_bringing_back(s)
    lost = sorted(sha for sha in library.blobs.all_hashes() if sha not in named)
    if not lost:
        return []
    folder = Path(tempfile.mkdtemp(prefix="recovered-files-", dir=library.paths.root))
    try:
        by_path: dict[str, str] = {}
        for sha in lost:
            stored = library.blobs.path_for(sha)
            media_type, _note = sniff_media_type(stored, "")
            extension = _EXTENSION.get(media_type)
            named_as = folder / f"recovered-{sha[:12]}{'.' + extension if extension else ''}"
            try:
                os.link(stored, named_as)
            except OSError:
                shutil.copyfile(stored, named_as)
            by_path[str(named_as)] = sha
        outcomes = (
            Importer(library)
            .run_batch([Path(p) for p in by_path], as_draft=True, skip_packaging=False)
            .outcomes
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    imported = [o.asset_id for o in outcomes if o.status is ImportStatus.IMPORTED and o.asset_id]
    when = datetime.now(UTC).strftime("%Y-%m-%d")
    if imported:
        library.edit_assets(
            imported,
            {
                "tags": f"+{RECOVERED_TAG}",
                "description": f"Recovered on {when} from a damaged library database: the file is "
                "intact, its details (title, tags, taxonomy) were lost.",
            },
        )
        with library.sessions.begin() as s:
            s.execute(update(AssetRow).where(AssetRow.id.in_(imported)).values(source_path=""))
    titles = {i: a.title for i, a in library.assets_by_id(imported).items()} if imported else {}
    result = []
    for outcome in outcomes:
        sha = by_path.get(outcome.path, "")
        if outcome.status is ImportStatus.IMPORTED and outcome.asset_id:
            result.append(RecoveredFile(sha, outcome.asset_id, titles.get(outcome.asset_id, "")))
        else:
            result.append(RecoveredFile(sha, None, "", outcome.reason or outcome.status.value))
    return result
