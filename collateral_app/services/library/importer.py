"""Importing files and folders: hash and store each file, read it in a worker process,
then record it. A failure of one file never stops the others, and a crash at any point
leaves at worst an orphan blob or an asset waiting for indexing (see `check`)."""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import shutil
import tempfile
import unicodedata
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from collateral_app.blobs import StoredBlob
from collateral_app.domain.enums import AssetStatus, Dimension, ImportStatus, TextStatus
from collateral_app.domain.errors import DiskFull, UserError
from collateral_app.domain.imports import ImportReport
from collateral_app.domain.records import (
    ATTENTION_KEY,
    IMPORT_CANCELLED,
    Extraction,
    ImportOutcome,
    ImportProgress,
    ReadOptions,
)
from collateral_app.extract import ExtractionPool
from collateral_app.locking import library_write_lock
from collateral_app.search.analysis import slugify
from collateral_app.services.common.taxonomy import MEDIA_TYPES_BY_KIND, REVIEW_INTERVAL, TYPE_HINTS
from collateral_app.services.library.batches import ImportBatches
from collateral_app.services.library.preflight import walk
from collateral_app.services.library.titles import choose_title
from collateral_app.storage.import_models import ImportBatchAsset
from collateral_app.storage.models import AssetPage, AssetRow, AssetTerm, Blob, TaxonomyValue

if TYPE_CHECKING:
    from collateral_app.domain.records import ProgressCallback, StopCheck
    from collateral_app.services.library.asset_library import AssetLibrary

log = logging.getLogger(__name__)

INDEX_EVERY = 100
MAIL_TYPES = frozenset({"eml", "msg"})
ATTACHED_TO_KEY = "attached_to"  # metadata of an asset imported from an email: the email's asset id
LEGACY_TYPES = frozenset({"doc", "ppt", "xls", "key"})


@dataclass(frozen=True, slots=True)
class _Prepared:
    path: Path
    blob: StoredBlob | None
    extraction: Extraction | None
    outcome: ImportOutcome | None  # set when the file ended before recording
    attachments_dir: Path | None = None  # where an email's attachments were saved, if asked


def collect_files(
    paths: Sequence[Path], recursive: bool, *, skip_packaging: bool = True
) -> Iterator[Path | ImportOutcome]:
    """The files to import, in a stable order; outcomes for paths skipped (with the reason) or
    that cannot be read."""
    return walk(paths, recursive, skip_packaging=skip_packaging)


# Kinds whose files are expected to hold text: one that holds none needs a person's look.
TEXT_KINDS = frozenset(
    {"pdf", "docx", "pptx", "xlsx", "odt", "odp", "ods", "text", "markdown", "html", "csv"}
)


def attention_reason(size_bytes: int, extraction: Extraction) -> str:
    """Why an imported file needs a person's look before reps see it, or "" when it is fine."""
    if size_bytes == 0:
        return "The file is empty (0 bytes)."
    if extraction.text_status is TextStatus.FAILED:
        return extraction.text_reason or "The file could not be read."
    if extraction.text_status is TextStatus.NONE and extraction.media_type in TEXT_KINDS:
        return extraction.text_reason or "No readable text was found in the file."
    return ""


class Importer:
    def __init__(self, library: AssetLibrary, *, workers: int | None = None) -> None:
        self.library = library
        self.workers = workers or os.cpu_count() or 2
        self._batch_id: str | None = None  # the batch being imported: its assets are linked to it
        self._as_draft = False

    def run(
        self,
        paths: Sequence[Path],
        *,
        recursive: bool = False,
        progress: ProgressCallback | None = None,
        should_stop: StopCheck | None = None,
        options: ReadOptions | None = None,
        with_attachments: bool = False,
        as_draft: bool = False,
        skip_packaging: bool = True,
    ) -> list[ImportOutcome]:
        return self.run_batch(
            paths,
            recursive=recursive,
            progress=progress,
            should_stop=should_stop,
            options=options,
            with_attachments=with_attachments,
            as_draft=as_draft,
            skip_packaging=skip_packaging,
        ).outcomes

    def run_batch(
        self,
        paths: Sequence[Path],
        *,
        recursive: bool = False,
        progress: ProgressCallback | None = None,
        should_stop: StopCheck | None = None,
        options: ReadOptions | None = None,
        with_attachments: bool = False,
        as_draft: bool = False,
        skip_packaging: bool = True,
    ) -> ImportReport:
        """Imports files and folders as one batch (listed, and undone as a whole). `options` say
        how far reading goes (OCR, converting legacy files with LibreOffice); `with_attachments`
        imports each email's attachments as assets of their own, after the email; `as_draft`
        keeps every new asset a draft for marketing to review; `skip_packaging` leaves out
        licence, changelog, archive, source and build files (hidden files always are), each
        listed as skipped with its reason. A file that is empty, damaged or without readable
        text is a draft marked "needs attention" whatever `as_draft` says."""
        batches = ImportBatches(self.library)
        self._batch_id = batches.start([str(p) for p in paths], as_draft=as_draft)
        self._as_draft = as_draft
        try:
            outcomes = self._run(
                paths, recursive, progress, should_stop, options, with_attachments, skip_packaging
            )
        finally:
            batch_id, self._batch_id = self._batch_id, None
        return ImportReport(batches.finish(batch_id, outcomes), outcomes)

    def _run(
        self,
        paths: Sequence[Path],
        recursive: bool,
        progress: ProgressCallback | None,
        should_stop: StopCheck | None,
        options: ReadOptions | None,
        with_attachments: bool,
        skip_packaging: bool,
    ) -> list[ImportOutcome]:
        read = options or ReadOptions()
        items = list(collect_files([Path(p) for p in paths], recursive, skip_packaging=skip_packaging))
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
                        skipped=counts[ImportStatus.SKIPPED],
                        cancelled=counts[ImportStatus.CANCELLED],
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
            self._scratch() as scratch,
        ):
            waiting = deque(files)
            # Files are read in parallel but recorded in the order given, so the first of
            # two identical files is the one imported and the other its duplicate.
            in_flight: deque[Future[_Prepared]] = deque()
            since_index = 0
            in_this_run: dict[str, str] = {}  # blob hash → asset id, for twins in one import
            while waiting or in_flight:
                while waiting and len(in_flight) < self.workers * 3 and not stopped():
                    path = waiting.popleft()
                    file_options = read
                    if with_attachments:
                        folder = Path(tempfile.mkdtemp(prefix="mail-", dir=scratch))
                        file_options = dataclasses.replace(read, attachments_dir=str(folder))
                    in_flight.append(threads.submit(self._prepare, path, pool, file_options))
                if stopped() and waiting:
                    for path in waiting:
                        finish(ImportOutcome(str(path), ImportStatus.CANCELLED, reason=IMPORT_CANCELLED))
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
                if prepared.attachments_dir is not None and outcome.asset_id is not None:
                    for attached in self._import_saved_attachments(
                        prepared.path, outcome.asset_id, prepared.attachments_dir, pool, read, in_this_run
                    ):
                        total += 1
                        finish(attached)
                        since_index += attached.status is ImportStatus.IMPORTED
                if since_index >= INDEX_EVERY:
                    self.library.index_pending()
                    since_index = 0
            self.library.index_pending()
            if counts[ImportStatus.IMPORTED] >= INDEX_EVERY and self.library.index.segment_count() > 8:
                self.library.index.optimize()
        order = {str(item if isinstance(item, Path) else item.path): n for n, item in enumerate(items)}
        return sorted(outcomes, key=lambda o: order.get(o.path, len(order)))

    def reread(
        self,
        asset_ids: Sequence[str],
        *,
        options: ReadOptions | None = None,
        progress: ProgressCallback | None = None,
        should_stop: StopCheck | None = None,
    ) -> list[ImportOutcome]:
        """Reads stored files again, now that a scan can be read with OCR (Tesseract was
        installed) or a legacy file converted with LibreOffice (`options.convert_legacy`): the
        text, pages, thumbnail and page preview are replaced; what people edited (title, tags,
        taxonomy, dates) stays."""
        read = options or ReadOptions()
        outcomes: list[ImportOutcome] = []
        assets = [self.library.get_asset(asset_id) for asset_id in dict.fromkeys(asset_ids)]
        stopped = should_stop or (lambda: False)
        with (
            library_write_lock(self.library.paths.write_lock, timeout_s=60, what="the library"),
            ExtractionPool(max(1, min(self.workers, len(assets)))) as pool,
        ):
            futures: list[Future[Extraction] | None] = []
            for asset in assets:
                path = self.library.blobs.path_for(asset.blob_sha256) if asset.blob_sha256 else None
                if path is None or not path.is_file():
                    futures.append(None)
                else:
                    futures.append(pool.submit(path, asset.file_name, read))
            for done, (asset, future) in enumerate(zip(assets, futures, strict=True)):
                shown = asset.file_name or asset.title
                if progress is not None:
                    progress(ImportProgress(done, len(assets), shown, len(outcomes), 0, 0))
                if stopped():
                    future and future.cancel()
                    outcomes.append(ImportOutcome(shown, ImportStatus.CANCELLED, asset.id, IMPORT_CANCELLED))
                    continue
                if future is None:
                    reason = (
                        "A link has no file to read."
                        if asset.blob_sha256 is None
                        else "Its file is not on this computer (a team file not downloaded yet)."
                    )
                    outcomes.append(ImportOutcome(shown, ImportStatus.FAILED, asset.id, reason))
                    continue
                try:
                    extraction = future.result()
                except Exception:  # the pool promises an Extraction; a bug must not stop the others
                    log.exception("reading %s again failed", shown)
                    outcomes.append(
                        ImportOutcome(
                            shown, ImportStatus.FAILED, asset.id, "The file could not be read again."
                        )
                    )
                    continue
                self._replace_text(asset.id, extraction)
                assert asset.blob_sha256 is not None
                self._write_derived(asset.blob_sha256, extraction)
                reason = extraction.text_reason if extraction.text_status is not TextStatus.OK else ""
                outcomes.append(
                    ImportOutcome(
                        shown,
                        ImportStatus.IMPORTED,
                        asset.id,
                        " ".join(filter(None, [reason, *extraction.notes])),
                        extraction.text_status,
                        media_type=extraction.media_type,
                    )
                )
            self.library.index_pending()
        return outcomes

    def import_attachments(self, asset_id: str, *, options: ReadOptions | None = None) -> list[ImportOutcome]:
        """Imports the attachments of an email already in the library, each as an asset of its
        own (marked as attached to it); an attachment already in the library is a duplicate."""
        read = options or ReadOptions()
        asset = self.library.get_asset(asset_id)
        if asset.media_type not in MAIL_TYPES or asset.blob_sha256 is None:
            raise UserError("Only an email (.eml or .msg) has attachments to import.")
        blob_path = self.library.blobs.path_for(asset.blob_sha256)
        if not blob_path.is_file():
            raise UserError("The email's file is not on this computer yet; download it first.")
        batches = ImportBatches(self.library)
        with (
            library_write_lock(self.library.paths.write_lock, timeout_s=60, what="the library"),
            ExtractionPool(1) as pool,
            self._scratch() as scratch,
        ):
            self._batch_id = batches.start([f"{asset.file_name} › attachments"], as_draft=False)
            folder = scratch / "attachments"
            extraction = pool.submit(
                blob_path, asset.file_name, dataclasses.replace(read, attachments_dir=str(folder))
            ).result()
            if extraction.text_status is TextStatus.FAILED:
                raise UserError(f"The email could not be read: {extraction.text_reason}")
            shown_as = Path(self._source_path(asset_id) or asset.file_name)
            try:
                outcomes = self._import_saved_attachments(shown_as, asset_id, folder, pool, read, {})
            finally:
                batch_id, self._batch_id = self._batch_id, None
            self.library.index_pending()
        batches.finish(batch_id, outcomes)
        return outcomes

    def _source_path(self, asset_id: str) -> str:
        with self.library.sessions() as s:
            return s.scalar(select(AssetRow.source_path).where(AssetRow.id == asset_id)) or ""

    def _replace_text(self, asset_id: str, extraction: Extraction) -> None:
        with self.library.sessions.begin() as s:
            row = s.get(AssetRow, asset_id)
            if row is None:
                return
            for old in list(row.pages):
                s.delete(old)
            s.flush()
            for page in extraction.pages:
                s.add(
                    AssetPage(
                        asset_id=row.id,
                        number=page.number,
                        kind=page.kind.value,
                        label=page.label[:500],
                        text=page.text,
                        ocr=page.ocr,
                    )
                )
            metadata = json.loads(row.metadata_json or "{}")
            metadata.update(extraction.metadata)
            attention = attention_reason(row.size_bytes, extraction)  # read again: fixed, or not
            if attention:
                metadata[ATTENTION_KEY] = attention
            else:
                metadata.pop(ATTENTION_KEY, None)
            row.metadata_json = json.dumps(metadata, ensure_ascii=False)
            row.page_count = extraction.page_count or len(extraction.pages)
            row.text_status = extraction.text_status.value
            row.text_reason = extraction.text_reason
            if extraction.language and row.language in ("", "en") and extraction.language != row.language:
                row.language = extraction.language
            row.revision += 1

    # -- in a worker thread ------------------------------------------------------------
    @contextmanager
    def _scratch(self) -> Iterator[Path]:
        """A folder in the library (same disk as the blobs) for files read out of other files."""
        folder = Path(tempfile.mkdtemp(prefix=".import-", dir=self.library.paths.root))
        try:
            yield folder
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def _prepare(
        self,
        path: Path,
        pool: ExtractionPool,
        options: ReadOptions | None = None,
        *,
        source: Path | None = None,
        display: str | None = None,
    ) -> _Prepared:
        """Stores and reads one file. `path` is where the user sees it; `source`, when given,
        the file actually read (an attachment saved out of its email)."""
        options = options or ReadOptions()
        display = display or str(path)
        source = source or path
        attachments_dir = Path(options.attachments_dir) if options.attachments_dir else None
        try:
            blob = self.library.blobs.add_file(source)
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
            extraction = pool.submit(blob.path, path.name, options).result()
        except Exception as exc:  # the pool promises an Extraction; a bug must not lose the file
            log.exception("extraction of %s failed unexpectedly", display)
            extraction = Extraction(
                media_type="unknown",
                text_status=TextStatus.FAILED,
                text_reason=f"The file could not be read ({type(exc).__name__}).",
            )
        saved = attachments_dir if extraction.media_type in MAIL_TYPES and extraction.attachments else None
        return _Prepared(path, blob, extraction, None, saved)

    def _import_saved_attachments(
        self,
        mail_path: Path,
        mail_asset_id: str,
        folder: Path,
        pool: ExtractionPool,
        options: ReadOptions,
        in_this_run: dict[str, str],
    ) -> list[ImportOutcome]:
        """Imports the attachments an email's reader saved, each as an asset of its own."""
        outcomes: list[ImportOutcome] = []
        if not folder.is_dir():
            return outcomes
        for numbered in sorted(p for p in folder.iterdir() if p.is_dir()):
            for saved in sorted(p for p in numbered.iterdir() if p.is_file()):
                # Seen as if beside the email: its folder's tags apply, its name is the title.
                shown_as = mail_path.with_name(saved.name)
                display = f"{mail_path} › {saved.name}"
                prepared = self._prepare(
                    shown_as,
                    pool,
                    dataclasses.replace(options, attachments_dir=None),
                    source=saved,
                    display=display,
                )
                if prepared.outcome is not None:
                    outcome = prepared.outcome
                else:
                    outcome = self._record(
                        prepared,
                        in_this_run,
                        display=display,
                        attached_to=mail_asset_id,
                        source_path=str(mail_path),
                    )
                outcomes.append(dataclasses.replace(outcome, attached_to=mail_asset_id))
        return outcomes

    def _live_asset_with_blob(self, sha256: str) -> str | None:
        with self.library.sessions() as s:
            return s.scalar(
                select(AssetRow.id)
                .where(AssetRow.blob_sha256 == sha256, AssetRow.deleted.is_(False))
                .limit(1)
            )

    # -- on the importing thread -------------------------------------------------------
    def _record(
        self,
        prepared: _Prepared,
        in_this_run: dict[str, str],
        *,
        display: str | None = None,
        attached_to: str | None = None,
        source_path: str | None = None,
    ) -> ImportOutcome:
        blob, extraction, path = prepared.blob, prepared.extraction, prepared.path
        assert blob is not None and extraction is not None
        display = display or str(path)
        twin = in_this_run.get(blob.sha256) or self._live_asset_with_blob(blob.sha256)
        if twin is not None:
            return ImportOutcome(
                display, ImportStatus.DUPLICATE, twin, "The same file is already in the library."
            )
        try:
            asset_id = self._insert(path, blob, extraction, attached_to=attached_to, source_path=source_path)
        except UserError as exc:
            return ImportOutcome(display, ImportStatus.FAILED, reason=str(exc))
        except OSError as exc:
            return ImportOutcome(
                display, ImportStatus.FAILED, reason=f"The library could not be written: {exc}."
            )
        in_this_run[blob.sha256] = asset_id
        self._write_derived(blob.sha256, extraction)
        reason = extraction.text_reason if extraction.text_status is not TextStatus.OK else ""
        notes = " ".join(extraction.notes)
        attention = attention_reason(blob.size_bytes, extraction)
        return ImportOutcome(
            display,
            ImportStatus.IMPORTED,
            asset_id,
            " ".join(filter(None, [attention or reason, notes])),
            extraction.text_status,
            media_type=extraction.media_type,
            attachments=len(extraction.attachments),
            draft=self._as_draft or bool(attention),
            attention=attention,
        )

    def _insert(
        self,
        path: Path,
        blob: StoredBlob,
        extraction: Extraction,
        *,
        attached_to: str | None = None,
        source_path: str | None = None,
    ) -> str:
        today = date.today()
        with self.library.sessions.begin() as s:
            if s.get(Blob, blob.sha256) is None:
                s.add(Blob(sha256=blob.sha256, size_bytes=blob.size_bytes))
            known = {
                (row.dimension, row.slug): row
                for row in s.scalars(select(TaxonomyValue).where(TaxonomyValue.deleted.is_(False)))
            }
            metadata = dict(extraction.metadata)
            attention = attention_reason(blob.size_bytes, extraction)
            if attention:
                metadata[ATTENTION_KEY] = attention
            if extraction.author:
                metadata.setdefault("author", extraction.author)
            if attached_to is not None:
                metadata[ATTACHED_TO_KEY] = attached_to
            row = AssetRow(
                title=choose_title(extraction, path.name),
                description=extraction.description.strip(),
                status=(AssetStatus.DRAFT if self._as_draft or attention else AssetStatus.PUBLISHED).value,
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
                source_path=source_path or str(path),
            )
            if extraction.language:
                row.language = extraction.language
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
                        ocr=page.ocr,
                    )
                )
            for dimension, slug in _terms_from_folders(path, known):
                s.add(AssetTerm(asset_id=row.id, dimension=dimension.value, slug=slug))
            if self._batch_id is not None:
                s.add(
                    ImportBatchAsset(
                        batch_id=self._batch_id, asset_id=row.id, revision_at_import=row.revision
                    )
                )
            return row.id

    def _write_derived(self, sha256: str, extraction: Extraction) -> None:
        """The thumbnail and a legacy file's PDF conversion: derived, kept beside the database."""
        if extraction.thumbnail_png:
            self.library.save_thumbnail(sha256, extraction.thumbnail_png)
        if extraction.converted_pdf:
            self.library.save_preview_pdf(sha256, extraction.converted_pdf)


def converter_available() -> bool:
    """Whether legacy Office and Keynote files can be converted here (LibreOffice is installed)."""
    from collateral_app.extract.tools import libreoffice

    return libreoffice() is not None


def _failed(path: Path, reason: str) -> _Prepared:
    return _Prepared(path, None, None, ImportOutcome(str(path), ImportStatus.FAILED, reason=reason))


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
