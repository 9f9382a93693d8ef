"""Importing files and folders: hash and store each file, read it in a worker process,
then record it. A failure of one file never stops the others, and a crash at any point
leaves at worst an orphan blob or an asset waiting for indexing (see `check`)."""

from __future__ import annotations

import json
import logging
import os
import unicodedata
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from collateral_app.blobs import StoredBlob
from collateral_app.domain.enums import Dimension, ImportStatus, TextStatus
from collateral_app.domain.errors import DiskFull, UserError
from collateral_app.domain.records import IMPORT_CANCELLED, Extraction, ImportOutcome, ImportProgress
from collateral_app.extract import ExtractionPool
from collateral_app.locking import library_write_lock
from collateral_app.search.analysis import slugify
from collateral_app.services.common.taxonomy import MEDIA_TYPES_BY_KIND, REVIEW_INTERVAL, TYPE_HINTS
from collateral_app.storage.models import AssetPage, AssetRow, AssetTerm, Blob, TaxonomyValue

if TYPE_CHECKING:
    from collateral_app.domain.records import ProgressCallback, StopCheck
    from collateral_app.services.library.asset_library import AssetLibrary

log = logging.getLogger(__name__)

SKIPPED_NAMES = {".ds_store", "thumbs.db", "desktop.ini"}
INDEX_EVERY = 100


@dataclass(frozen=True, slots=True)
class _Prepared:
    path: Path
    blob: StoredBlob | None
    extraction: Extraction | None
    outcome: ImportOutcome | None  # set when the file ended before recording


def collect_files(paths: Sequence[Path], recursive: bool) -> Iterator[Path | ImportOutcome]:
    """The files to import, in a stable order; outcomes for paths that cannot be read."""
    for path in paths:
        if not path.exists():
            yield ImportOutcome(str(path), ImportStatus.FAILED, reason="No such file or folder.")
        elif path.is_dir():
            if recursive:
                for folder, dirs, files in os.walk(path, onerror=None):
                    dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                    for name in sorted(files):
                        if _wanted(name):
                            yield Path(folder) / name
            else:
                for child in sorted(path.iterdir()):
                    if child.is_file() and _wanted(child.name):
                        yield child
        elif path.is_file():
            yield path
        else:
            yield ImportOutcome(str(path), ImportStatus.FAILED, reason="Not a regular file.")


def _wanted(name: str) -> bool:
    lowered = name.lower()
    return not (lowered.startswith((".", "~$")) or lowered in SKIPPED_NAMES)


class Importer:
    def __init__(self, library: AssetLibrary, *, workers: int | None = None) -> None:
        self.library = library
        self.workers = workers or os.cpu_count() or 2

    def run(
        self,
        paths: Sequence[Path],
        *,
        recursive: bool = False,
        progress: ProgressCallback | None = None,
        should_stop: StopCheck | None = None,
    ) -> list[ImportOutcome]:
        items = list(collect_files([Path(p) for p in paths], recursive))
        files = [i for i in items if isinstance(i, Path)]
        outcomes: list[ImportOutcome] = [i for i in items if isinstance(i, ImportOutcome)]
        counts = {s: sum(1 for o in outcomes if o.status is s) for s in ImportStatus}
        total = len(items)

        def report(current: str) -> None:
            if progress is not None:
                progress(
                    ImportProgress(
                        done=len(outcomes),
                        total=total,
                        current=current,
                        imported=counts[ImportStatus.IMPORTED],
                        duplicates=counts[ImportStatus.DUPLICATE],
                        failed=counts[ImportStatus.FAILED],
                    )
                )

        def finish(outcome: ImportOutcome) -> None:
            outcomes.append(outcome)
            counts[outcome.status] += 1
            report(outcome.path)

        stopped = should_stop or (lambda: False)
        with (
            library_write_lock(self.library.paths.write_lock, timeout_s=60, what="the library"),
            ExtractionPool(self.workers) as pool,
            ThreadPoolExecutor(self.workers, thread_name_prefix="import") as threads,
        ):
            waiting = deque(files)
            # Files are read in parallel but recorded in the order given, so the first of
            # two identical files is the one imported and the other its duplicate.
            in_flight: deque[Future[_Prepared]] = deque()
            since_index = 0
            in_this_run: dict[str, str] = {}  # blob hash → asset id, for twins in one import
            while waiting or in_flight:
                while waiting and len(in_flight) < self.workers * 3 and not stopped():
                    in_flight.append(threads.submit(self._prepare, waiting.popleft(), pool))
                if stopped() and waiting:
                    for path in waiting:
                        finish(ImportOutcome(str(path), ImportStatus.FAILED, reason=IMPORT_CANCELLED))
                    waiting.clear()
                if not in_flight:
                    break
                try:
                    prepared = in_flight[0].result(timeout=0.2)
                except FutureTimeout:
                    continue
                in_flight.popleft()
                outcome = prepared.outcome or self._record(prepared, in_this_run)
                finish(outcome)
                if outcome.status is ImportStatus.IMPORTED:
                    since_index += 1
                if since_index >= INDEX_EVERY:
                    self.library.index_pending()
                    since_index = 0
            self.library.index_pending()
            if counts[ImportStatus.IMPORTED] >= INDEX_EVERY and self.library.index.segment_count() > 8:
                self.library.index.optimize()
        order = {str(item if isinstance(item, Path) else item.path): n for n, item in enumerate(items)}
        return sorted(outcomes, key=lambda o: order.get(o.path, len(order)))

    # -- in a worker thread ------------------------------------------------------------
    def _prepare(self, path: Path, pool: ExtractionPool) -> _Prepared:
        display = str(path)
        try:
            blob = self.library.blobs.add_file(path)
        except FileNotFoundError:
            return _failed(path, "The file was moved or deleted while it was being imported.")
        except PermissionError:
            return _failed(path, "Collateral is not allowed to read this file (permission denied).")
        except IsADirectoryError:
            return _failed(path, "This is a folder, not a file.")
        except DiskFull as exc:
            return _failed(path, str(exc))
        except OSError as exc:
            log.warning("cannot read %s: %s", display, exc)
            return _failed(path, f"The file could not be read: {exc.strerror or exc}.")
        duplicate_of = self._live_asset_with_blob(blob.sha256)
        if duplicate_of is not None:
            return _Prepared(
                path,
                blob,
                None,
                ImportOutcome(
                    display,
                    ImportStatus.DUPLICATE,
                    duplicate_of,
                    "The same file is already in the library.",
                ),
            )
        try:
            extraction = pool.submit(blob.path, path.name).result()
        except Exception as exc:  # the pool promises an Extraction; a bug must not lose the file
            log.exception("extraction of %s failed unexpectedly", display)
            extraction = Extraction(
                media_type="unknown",
                text_status=TextStatus.FAILED,
                text_reason=f"The file could not be read ({type(exc).__name__}).",
            )
        return _Prepared(path, blob, extraction, None)

    def _live_asset_with_blob(self, sha256: str) -> str | None:
        with self.library.sessions() as s:
            return s.scalar(
                select(AssetRow.id)
                .where(AssetRow.blob_sha256 == sha256, AssetRow.deleted.is_(False))
                .limit(1)
            )

    # -- on the importing thread -------------------------------------------------------
    def _record(self, prepared: _Prepared, in_this_run: dict[str, str]) -> ImportOutcome:
        blob, extraction, path = prepared.blob, prepared.extraction, prepared.path
        assert blob is not None and extraction is not None
        twin = in_this_run.get(blob.sha256) or self._live_asset_with_blob(blob.sha256)
        if twin is not None:
            return ImportOutcome(
                str(path), ImportStatus.DUPLICATE, twin, "The same file is already in the library."
            )
        try:
            asset_id = self._insert(path, blob, extraction)
        except UserError as exc:
            return ImportOutcome(str(path), ImportStatus.FAILED, reason=str(exc))
        except OSError as exc:
            return ImportOutcome(
                str(path), ImportStatus.FAILED, reason=f"The library could not be written: {exc}."
            )
        in_this_run[blob.sha256] = asset_id
        self._write_thumbnail(blob.sha256, extraction)
        reason = extraction.text_reason if extraction.text_status is not TextStatus.OK else ""
        notes = " ".join(extraction.notes)
        return ImportOutcome(
            str(path),
            ImportStatus.IMPORTED,
            asset_id,
            " ".join(filter(None, [reason, notes])),
            extraction.text_status,
        )

    def _insert(self, path: Path, blob: StoredBlob, extraction: Extraction) -> str:
        today = date.today()
        with self.library.sessions.begin() as s:
            if s.get(Blob, blob.sha256) is None:
                s.add(Blob(sha256=blob.sha256, size_bytes=blob.size_bytes))
            known = {
                (row.dimension, row.slug): row
                for row in s.scalars(select(TaxonomyValue).where(TaxonomyValue.deleted.is_(False)))
            }
            metadata = dict(extraction.metadata)
            if extraction.author:
                metadata.setdefault("author", extraction.author)
            row = AssetRow(
                title=(extraction.title.strip() or _title_from_name(path.name))[:500],
                description=extraction.description.strip(),
                status="published",
                type=_guess_type(path, extraction, known),
                owner=extraction.author.strip()[:200],
                file_name=unicodedata.normalize("NFC", path.name),
                media_type=extraction.media_type,
                blob_sha256=blob.sha256,
                size_bytes=blob.size_bytes,
                page_count=extraction.page_count or len(extraction.pages),
                text_status=extraction.text_status.value,
                text_reason=extraction.text_reason,
                metadata_json=json.dumps(metadata, ensure_ascii=False),
                published_on=today,
                review_by=today + REVIEW_INTERVAL,
                source_path=str(path),
            )
            s.add(row)
            s.flush()
            for page in extraction.pages:
                s.add(
                    AssetPage(
                        asset_id=row.id,
                        number=page.number,
                        kind=page.kind.value,
                        label=page.label[:500],
                        text=page.text,
                    )
                )
            for dimension, slug in _terms_from_folders(path, known):
                s.add(AssetTerm(asset_id=row.id, dimension=dimension.value, slug=slug))
            return row.id

    def _write_thumbnail(self, sha256: str, extraction: Extraction) -> None:
        if extraction.thumbnail_png:
            self.library.save_thumbnail(sha256, extraction.thumbnail_png)


def _failed(path: Path, reason: str) -> _Prepared:
    return _Prepared(path, None, None, ImportOutcome(str(path), ImportStatus.FAILED, reason=reason))


def _title_from_name(name: str) -> str:
    stem = name.rsplit(".", 1)[0] if "." in name.strip(".") else name
    words = stem.replace("_", " ").replace("-", " ").split()
    title = " ".join(words)
    return title[:1].upper() + title[1:] if title else name


def _guess_type(path: Path, extraction: Extraction, known: dict[tuple[str, str], TaxonomyValue]) -> str:
    by_format = MEDIA_TYPES_BY_KIND.get(extraction.media_type)
    if by_format == "video" and ("type", "video") in known:
        return "video"  # a "customer story" video is a video, whatever its name says
    haystack = " ".join([path.name.lower(), *(p.lower() for p in path.parent.parts[-3:])])
    haystack = haystack.replace("_", " ")
    for hint, slug in TYPE_HINTS:
        if hint in haystack and ("type", slug) in known:
            return slug
    guess = by_format or "document"
    return guess if ("type", guess) in known else ""


def _terms_from_folders(
    path: Path, known: dict[tuple[str, str], TaxonomyValue]
) -> list[tuple[Dimension, str]]:
    """A folder named like a taxonomy value ("Healthcare", "Mid-market") tags what is in it."""
    found: list[tuple[Dimension, str]] = []
    by_word: dict[str, tuple[str, str]] = {}
    for (dimension, slug), row in known.items():
        if dimension == Dimension.TYPE.value:
            continue
        by_word[slug] = (dimension, slug)
        by_word[slugify(row.label)] = (dimension, slug)
    for folder in path.parent.parts[-4:]:
        hit = by_word.get(slugify(folder))
        if hit is not None and (Dimension(hit[0]), hit[1]) not in found:
            found.append((Dimension(hit[0]), hit[1]))
    return found
