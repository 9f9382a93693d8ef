"""AssetLibrary: one library folder — its database, files, search index — and what a
user can do with it. Every method opens its own session; records go out, never rows."""

from __future__ import annotations

import json
import logging
import os
import shutil
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any, overload

from sqlalchemy import ColumnElement, Engine, and_, func, or_, select, update
from sqlalchemy.orm import Session, selectinload, sessionmaker

from collateral_app.blobs import BlobStore, is_content_address, require_content_address
from collateral_app.domain.enums import AssetStatus, Dimension, HandOverAction, PageKind, SearchSort
from collateral_app.domain.errors import (
    AssetNotFound,
    FileNotOnThisLaptop,
    InvalidEdit,
    SemanticNotInstalled,
    StoredFileMissing,
    UserError,
)
from collateral_app.domain.records import (
    ATTENTION_KEY,
    Asset,
    FileState,
    HandOver,
    PageText,
    SearchHit,
    SearchPage,
    SearchResult,
    StopCheck,
)
from collateral_app.paths import LibraryPaths, default_library_root
from collateral_app.search import IndexDocument, IndexPage, SearchIndex, page_snippet, parse_query
from collateral_app.search.analysis import highlight_marks, slugify
from collateral_app.services.common.records import asset_from_row
from collateral_app.services.common.taxonomy import DEFAULT_TAXONOMY, REVIEW_INTERVAL
from collateral_app.services.library.damage import damaged_library, recorded_damage
from collateral_app.services.library.links import recognise_link
from collateral_app.storage.base import new_id, utc_now
from collateral_app.storage.database import make_engine, make_sessions, migrate
from collateral_app.storage.models import AssetPage, AssetRow, AssetTag, AssetTerm, Setting, TaxonomyValue
from collateral_app.storage.recovery import damage_reason
from collateral_app.storage.sync_models import SyncFileRow

log = logging.getLogger(__name__)

INDEX_BATCH = 250
INDEX_BULK_BATCH = 4_000
MAX_SEGMENTS = 8
PAGES_PER_READ = 200  # pages read from the database at a time while indexing one asset
MAX_SORTED_HITS = 5_000
TAXONOMY_FIELDS = {d.value: d for d in Dimension if d is not Dimension.TYPE}
TEXT_FIELDS = ("title", "description", "owner", "language", "url")
DATE_FIELDS = ("published_on", "review_by", "expires_on")
EDITABLE_FIELDS = (
    *TEXT_FIELDS,
    "status",
    "type",
    *TAXONOMY_FIELDS,
    "tags",
    *DATE_FIELDS,
    "supersedes",
)


@dataclass(frozen=True, slots=True)
class TaxonomyEntry:
    dimension: Dimension
    slug: str
    label: str
    position: int


@dataclass(frozen=True, slots=True)
class LibraryHealth:
    assets: int
    waiting_for_index: int
    unreadable: int  # assets whose text could not be read


@dataclass(frozen=True, slots=True)
class AssetFilter:
    status: AssetStatus | None = None
    type: str | None = None
    terms: tuple[tuple[Dimension, str], ...] = ()
    tag: str | None = None
    text_status: str | None = None
    include_archived: bool = True
    limit: int | None = None


class AssetLibrary:
    def __init__(self, paths: LibraryPaths, engine: Engine, index: SearchIndex) -> None:
        self.paths = paths
        self.engine = engine
        self.sessions: sessionmaker[Session] = make_sessions(engine)
        self.blobs = BlobStore(paths.blobs)
        self.index = index
        self._deferred_indexing = 0

    # -- opening -----------------------------------------------------------------------
    @classmethod
    def open(cls, root: Path | str | None = None, *, create: bool = True) -> AssetLibrary:
        paths = LibraryPaths(Path(root or default_library_root()).expanduser().resolve())
        if not paths.database.exists():
            if not create:
                raise UserError(f"There is no Collateral library in {paths.root}.")
            if paths.root.exists() and not paths.root.is_dir():
                raise UserError(f"{paths.root} is a file, not a library folder.")
        try:
            paths.make_dirs()
        except OSError as exc:
            raise UserError(f"Cannot create the library folder {paths.root}: {exc.strerror}.") from exc
        if (known := recorded_damage(paths)) is not None:
            raise damaged_library(paths, known, record=False)
        engine = make_engine(paths.database)
        try:
            migrate(engine)
            index = SearchIndex(paths.index)
        except Exception as exc:
            engine.dispose()
            damage = damage_reason(exc)
            if damage is not None:
                raise damaged_library(paths, [damage]) from exc
            raise
        library = cls(paths, engine, index)
        try:
            library._seed_taxonomy()
            if index.was_recreated or (index.doc_count() == 0 and library.asset_count() > 0):
                library.mark_all_for_indexing()
        except Exception as exc:
            library.close()
            damage = damage_reason(exc)
            if damage is not None:
                raise damaged_library(paths, [damage]) from exc
            raise
        return library

    def close(self) -> None:
        self.index.close()
        self.engine.dispose()

    def __enter__(self) -> AssetLibrary:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _seed_taxonomy(self) -> None:
        with self.sessions.begin() as s:
            if s.get(Setting, "taxonomy_seeded") is not None:
                return
            for dimension, values in DEFAULT_TAXONOMY.items():
                for position, (slug, label) in enumerate(values):
                    s.add(TaxonomyValue(dimension=dimension.value, slug=slug, label=label, position=position))
            s.add(Setting(key="taxonomy_seeded", value="1"))
            s.add(Setting(key="library_id", value=new_id()))

    # -- taxonomy ----------------------------------------------------------------------
    def taxonomy(self) -> dict[Dimension, list[TaxonomyEntry]]:
        result: dict[Dimension, list[TaxonomyEntry]] = {d: [] for d in Dimension}
        with self.sessions() as s:
            rows = s.scalars(
                select(TaxonomyValue)
                .where(TaxonomyValue.deleted.is_(False))
                .order_by(TaxonomyValue.dimension, TaxonomyValue.position, TaxonomyValue.label)
            )
            for row in rows:
                dim = Dimension(row.dimension)
                result[dim].append(TaxonomyEntry(dim, row.slug, row.label, row.position))
        return result

    def add_taxonomy_value(self, dimension: Dimension, label: str) -> TaxonomyEntry:
        slug = slugify(label)
        if not slug:
            raise InvalidEdit("A taxonomy value needs a name with letters or digits.")
        with self.sessions.begin() as s:
            existing = s.scalar(
                select(TaxonomyValue).where(
                    TaxonomyValue.dimension == dimension.value, TaxonomyValue.slug == slug
                )
            )
            if existing is not None:
                if existing.deleted:
                    existing.deleted = False
                    existing.revision += 1
                return TaxonomyEntry(dimension, existing.slug, existing.label, existing.position)
            position = (
                s.scalar(
                    select(func.max(TaxonomyValue.position)).where(TaxonomyValue.dimension == dimension.value)
                )
                or 0
            ) + 1
            s.add(TaxonomyValue(dimension=dimension.value, slug=slug, label=label.strip(), position=position))
        return TaxonomyEntry(dimension, slug, label.strip(), position)

    def rename_taxonomy_value(self, dimension: Dimension, slug: str, label: str) -> None:
        with self.sessions.begin() as s:
            row = self._taxonomy_row(s, dimension, slug)
            row.label = label.strip()
            row.revision += 1
            self._touch_assets_with_term(s, dimension, slug)

    def restore_taxonomy_value(self, dimension: Dimension, slug: str) -> None:
        """Bring a retired value back, as it was (its name and place in the list)."""
        with self.sessions.begin() as s:
            row = self._taxonomy_row(s, dimension, slug)
            if row.deleted:
                row.deleted = False
                row.revision += 1

    def remove_taxonomy_value(self, dimension: Dimension, slug: str) -> None:
        """Retire a value; assets keep it until edited, so nothing is silently lost."""
        with self.sessions.begin() as s:
            row = self._taxonomy_row(s, dimension, slug)
            row.deleted = True
            row.revision += 1

    def _taxonomy_row(self, s: Session, dimension: Dimension, slug: str) -> TaxonomyValue:
        row = s.scalar(
            select(TaxonomyValue).where(
                TaxonomyValue.dimension == dimension.value, TaxonomyValue.slug == slug
            )
        )
        if row is None:
            raise InvalidEdit(f"There is no {dimension.value} “{slug}”.")
        return row

    def _touch_assets_with_term(self, s: Session, dimension: Dimension, slug: str) -> None:
        # Labels are indexed as words, so assets carrying a renamed value need reindexing.
        if dimension is Dimension.TYPE:
            condition = AssetRow.type == slug
        else:
            condition = AssetRow.id.in_(
                select(AssetTerm.asset_id).where(
                    AssetTerm.dimension == dimension.value, AssetTerm.slug == slug
                )
            )
        s.execute(update(AssetRow).where(condition).values(revision=AssetRow.revision + 1))

    def _labels(self, s: Session) -> dict[tuple[str, str], str]:
        return {(row.dimension, row.slug): row.label for row in s.scalars(select(TaxonomyValue))}

    def _resolve_value(self, s: Session, dimension: Dimension, value: str) -> str:
        """A slug or label typed by a user → the stored slug, or a clear error."""
        wanted = slugify(value)
        rows = s.scalars(
            select(TaxonomyValue).where(
                TaxonomyValue.dimension == dimension.value, TaxonomyValue.deleted.is_(False)
            )
        ).all()
        for row in rows:
            if wanted in (row.slug, slugify(row.label)):
                return row.slug
        known = ", ".join(r.slug for r in rows)
        raise InvalidEdit(
            f"“{value}” is not a known {dimension.value}. Known values: {known}. "
            f'Add it with `collateral taxonomy add {dimension.value} "{value}"`.'
        )

    # -- reading -----------------------------------------------------------------------
    def asset_count(self, *, include_archived: bool = True) -> int:
        with self.sessions() as s:
            query = select(func.count()).select_from(AssetRow).where(AssetRow.deleted.is_(False))
            if not include_archived:
                query = query.where(AssetRow.status != AssetStatus.ARCHIVED.value)
            return int(s.scalar(query) or 0)

    def get_asset(self, asset_id: str) -> Asset:
        with self.sessions() as s:
            row = self._live_row(s, asset_id)
            superseded_by = s.scalar(
                select(AssetRow.id).where(AssetRow.supersedes_id == row.id, AssetRow.deleted.is_(False))
            )
            return asset_from_row(row, superseded_by)

    def _live_row(self, s: Session, asset_id: str) -> AssetRow:
        row = s.get(AssetRow, asset_id, options=[selectinload(AssetRow.terms), selectinload(AssetRow.tags)])
        if row is None or row.deleted:
            matches = s.scalars(
                select(AssetRow.id)
                .where(AssetRow.id.startswith(asset_id), AssetRow.deleted.is_(False))
                .limit(2)
            ).all()
            if len(asset_id) >= 6 and len(matches) == 1:
                return self._live_row(s, matches[0])
            raise AssetNotFound(asset_id)
        return row

    def list_assets(self, filters: AssetFilter | None = None) -> list[Asset]:
        filters = filters or AssetFilter()
        query = (
            select(AssetRow)
            .where(AssetRow.deleted.is_(False))
            .options(selectinload(AssetRow.terms), selectinload(AssetRow.tags))
            .order_by(AssetRow.title)
        )
        if filters.status is not None:
            query = query.where(AssetRow.status == filters.status.value)
        elif not filters.include_archived:
            query = query.where(AssetRow.status != AssetStatus.ARCHIVED.value)
        if filters.type:
            query = query.where(AssetRow.type == slugify(filters.type))
        for dimension, value in filters.terms:
            query = query.where(
                AssetRow.id.in_(
                    select(AssetTerm.asset_id).where(
                        AssetTerm.dimension == dimension.value, AssetTerm.slug == slugify(value)
                    )
                )
            )
        if filters.tag:
            query = query.where(
                AssetRow.id.in_(select(AssetTag.asset_id).where(AssetTag.tag == filters.tag.strip().lower()))
            )
        if filters.text_status:
            query = query.where(AssetRow.text_status == filters.text_status)
        if filters.limit:
            query = query.limit(filters.limit)
        with self.sessions() as s:
            return [asset_from_row(row) for row in s.scalars(query)]

    def assets_by_id(self, asset_ids: Sequence[str]) -> dict[str, Asset]:
        with self.sessions() as s:
            rows = s.scalars(
                select(AssetRow)
                .where(AssetRow.id.in_(list(asset_ids)), AssetRow.deleted.is_(False))
                .options(selectinload(AssetRow.terms), selectinload(AssetRow.tags))
            )
            return {r.id: asset_from_row(r) for r in rows}

    def health(self) -> LibraryHealth:
        """Counts for the status bar: what is waiting and what needs attention."""
        with self.sessions() as s:
            live = AssetRow.deleted.is_(False)
            total = s.scalar(select(func.count()).select_from(AssetRow).where(live)) or 0
            unreadable = (
                s.scalar(
                    select(func.count()).select_from(AssetRow).where(live, AssetRow.text_status == "failed")
                )
                or 0
            )
            pending = s.scalar(select(func.count()).select_from(AssetRow).where(_needs_indexing())) or 0
        return LibraryHealth(assets=int(total), waiting_for_index=int(pending), unreadable=int(unreadable))

    def assets_without_text(self) -> list[str]:
        """Live assets with a file whose text could not be read (scans before OCR, legacy files
        before conversion): what `reread` may help."""
        with self.sessions() as s:
            return list(
                s.scalars(
                    select(AssetRow.id)
                    .where(
                        AssetRow.deleted.is_(False),
                        AssetRow.blob_sha256.is_not(None),
                        AssetRow.text_status.in_(("none", "failed")),
                    )
                    .order_by(AssetRow.created_at)
                )
            )

    def pages(self, asset_id: str) -> list[PageText]:
        with self.sessions() as s:
            row = self._live_row(s, asset_id)
            return [
                PageText(p.number, PageKind(p.kind), p.text, p.label, p.ocr)
                for p in s.scalars(
                    select(AssetPage).where(AssetPage.asset_id == row.id).order_by(AssetPage.number)
                )
            ]

    def export_text(self, asset_id: str) -> str:
        parts = []
        for page in self.pages(asset_id):
            heading = f"--- {page.kind.value} {page.number}"
            if page.label:
                heading += f": {page.label}"
            parts.append(f"{heading} ---\n{page.text.strip()}\n")
        return "\n".join(parts)

    def file_path(self, asset_id: str) -> Path | None:
        """Where the stored file is on disk (read-only), or None for a link. A team file
        may not be on this laptop yet: see `file_state`."""
        asset = self.get_asset(asset_id)
        if asset.blob_sha256 is None:
            return None
        return self.blobs.path_for(asset.blob_sha256)

    def file_state(self, asset_id: str) -> FileState:
        """Whether the asset's file is on this laptop, or only on the team server."""
        asset = self.get_asset(asset_id)
        return self.file_states([asset.id])[asset.id]

    def file_states(self, asset_ids: Sequence[str]) -> dict[str, FileState]:
        """`file_state` of many live assets at once."""
        with self.sessions() as s:
            rows = s.execute(
                select(
                    AssetRow.id, AssetRow.title, AssetRow.blob_sha256, AssetRow.size_bytes, AssetRow.file_name
                ).where(AssetRow.id.in_(list(asset_ids)), AssetRow.deleted.is_(False))
            ).all()
        return self._file_states([tuple(row) for row in rows])

    def file_states_of(self, assets: Iterable[Asset]) -> dict[str, FileState]:
        """`file_states` of asset records already read (a page of results)."""
        return self._file_states([(a.id, a.title, a.blob_sha256, a.size_bytes, a.file_name) for a in assets])

    def _file_states(self, rows: Sequence[tuple[Any, ...]]) -> dict[str, FileState]:
        """One query of the files that came from the team, one look at the disk per file.
        Those files are listed in `sync_files`, a table of the storage layer: this module
        needs nothing of the sync code."""
        hashes = [row[2] for row in rows if row[2]]
        with self.sessions() as s:
            team = {
                sha: (size, pinned)
                for sha, size, pinned in s.execute(
                    select(SyncFileRow.sha256, SyncFileRow.size_bytes, SyncFileRow.pinned).where(
                        SyncFileRow.sha256.in_(hashes)
                    )
                )
            }
        states: dict[str, FileState] = {}
        for asset_id, title, sha, size, file_name in rows:
            if sha is None:
                states[asset_id] = FileState(asset_id, title, 0, here=True)
                continue
            team_size, pinned = team.get(sha, (0, False))
            states[asset_id] = FileState(
                asset_id,
                title,
                int(size or team_size or 0),
                here=is_content_address(sha) and self.blobs.exists(sha),
                team=sha in team,
                pinned=bool(pinned),
                file_name=file_name,
            )
        return states

    def _require_file(self, asset: Asset, *, to: str = "open it") -> Path:
        """The asset's stored file, or the error that says why it is not here: on the team
        server (download it) or lost (run check)."""
        assert asset.blob_sha256 is not None
        path = self.blobs.path_for(asset.blob_sha256)
        if path.is_file():
            return path
        with self.sessions() as s:
            team = s.get(SyncFileRow, asset.blob_sha256)
        if team is None:
            raise StoredFileMissing(asset.title)
        raise FileNotOnThisLaptop(
            asset.id, asset.title, asset.size_bytes or team.size_bytes, to=to, file_name=asset.file_name
        )

    def thumbnail_path(self, asset_id: str) -> Path | None:
        return self.thumbnail_of(self.get_asset(asset_id))

    def thumbnail_of(self, asset: Asset) -> Path | None:
        """The asset's thumbnail, if it has one, without asking the database again."""
        if not is_content_address(asset.blob_sha256):
            return None
        path = self.paths.thumbs / f"{asset.blob_sha256}.png"
        return path if path.is_file() else None

    def make_thumbnail(self, asset_id: str) -> Path | None:
        """The asset's thumbnail, made now from its file if it has none (a team file arrives
        without one: thumbnails are derived and stay on each laptop). None when the file is
        not here or its kind has no thumbnail."""
        asset = self.get_asset(asset_id)
        existing = self.thumbnail_of(asset)
        if existing is not None or asset.blob_sha256 is None or not self.blobs.exists(asset.blob_sha256):
            return existing
        # Imported here: the document readers cost a third of a second at start-up.
        from collateral_app.extract.thumbnails import thumbnail_png

        png = thumbnail_png(self.blobs.path_for(asset.blob_sha256), asset.media_type)
        if png is None:
            return None
        self.save_thumbnail(asset.blob_sha256, png)
        return self.thumbnail_of(asset)

    def save_thumbnail(self, sha256: str, png: bytes) -> None:
        """Write a file's thumbnail whole (a temporary file renamed into place)."""
        target = self.paths.thumbs / f"{require_content_address(sha256)}.png"
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            temp = target.with_suffix(".tmp")
            temp.write_bytes(png)
            os.replace(temp, target)
        except OSError as exc:  # thumbnails are derived; losing one loses nothing
            log.warning("could not write thumbnail for %s: %s", sha256, exc)

    def save_preview_pdf(self, sha256: str, pdf: bytes) -> None:
        """Keep a legacy file's PDF conversion as its page preview (derived, rebuildable)."""
        target = self.paths.previews / f"{require_content_address(sha256)}.pdf"
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            temp = target.with_suffix(".tmp")
            temp.write_bytes(pdf)
            os.replace(temp, target)
        except OSError as exc:
            log.warning("could not write the PDF preview of %s: %s", sha256, exc)

    def preview_pdf_of(self, asset: Asset) -> Path | None:
        """The PDF whose pages preview this asset: its own file for a PDF, the conversion kept
        for a legacy Office or Keynote file; None when there is none here."""
        if not is_content_address(asset.blob_sha256):
            return None
        if asset.media_type == "pdf":
            path = self.blobs.path_for(asset.blob_sha256)
        else:
            path = self.paths.previews / f"{asset.blob_sha256}.pdf"
        return path if path.is_file() else None

    # -- editing -----------------------------------------------------------------------
    def edit_asset(self, asset_id: str, changes: Mapping[str, str]) -> Asset:
        """Apply `field=value` changes. List fields (stage, persona, industry, size,
        product, tags) take comma-separated values; `+a,b` adds, `-a` removes."""
        return self.edit_assets([asset_id], changes)[0]

    def edit_assets(self, asset_ids: Sequence[str], changes: Mapping[str, str]) -> list[Asset]:
        unknown = [f for f in changes if f not in EDITABLE_FIELDS]
        if unknown:
            raise InvalidEdit(
                f"Unknown field {', '.join(unknown)}. Editable fields: {', '.join(EDITABLE_FIELDS)}."
            )
        ids: list[str] = []
        with self.sessions.begin() as s:
            for asset_id in asset_ids:
                row = self._live_row(s, asset_id)
                self._apply_changes(s, row, changes)
                row.revision += 1
                row.updated_at = utc_now()
                ids.append(row.id)
        self._index_after_write()
        return [self.get_asset(i) for i in ids]

    def _apply_changes(self, s: Session, row: AssetRow, changes: Mapping[str, str]) -> None:
        for name, value in changes.items():
            if name in TEXT_FIELDS:
                if name == "title" and not value.strip():
                    raise InvalidEdit("An asset needs a title.")
                setattr(row, name, value.strip() if name != "url" else (value.strip() or None))
            elif name == "status":
                try:
                    row.status = AssetStatus(value.strip().lower()).value
                except ValueError as exc:
                    raise InvalidEdit(
                        f"Status must be one of {', '.join(v.value for v in AssetStatus)}."
                    ) from exc
            elif name == "type":
                row.type = self._resolve_value(s, Dimension.TYPE, value) if value.strip() else ""
            elif name in TAXONOMY_FIELDS:
                dimension = TAXONOMY_FIELDS[name]
                current = {t.slug for t in row.terms if t.dimension == dimension.value}
                wanted = _list_change(current, value, partial(self._resolve_value, s, dimension))
                row.terms = [t for t in row.terms if t.dimension != dimension.value or t.slug in wanted]
                for slug in sorted(wanted - current):
                    row.terms.append(AssetTerm(dimension=dimension.value, slug=slug))
            elif name == "tags":
                current = {t.tag for t in row.tags}
                wanted = _list_change(current, value, _clean_tag)
                row.tags = [t for t in row.tags if t.tag in wanted]
                for tag in sorted(wanted - current):
                    row.tags.append(AssetTag(tag=tag))
            elif name in DATE_FIELDS:
                setattr(row, name, _parse_date(name, value))
            elif name == "supersedes":
                if not value.strip():
                    row.supersedes_id = None
                else:
                    older = self._live_row(s, value.strip())
                    if older.id == row.id:
                        raise InvalidEdit("An asset cannot supersede itself.")
                    row.supersedes_id = older.id

    def field_values(self, asset_ids: Sequence[str], names: Iterable[str]) -> dict[str, dict[str, str]]:
        """Each asset's current value of each named field, written as `edit_assets` takes it
        (a list as its whole comma-separated value, no date as ""), so that giving them back
        to `restore_fields` puts the assets as they are now: what an undo needs."""
        wanted = [n for n in names if n in EDITABLE_FIELDS]
        values: dict[str, dict[str, str]] = {}
        with self.sessions() as s:
            for asset_id in asset_ids:
                row = self._live_row(s, asset_id)
                values[row.id] = {name: _field_text(row, name) for name in wanted}
        return values

    def restore_fields(self, values: Mapping[str, Mapping[str, str]]) -> list[Asset]:
        """Put each asset's fields back to `values` (from `field_values`), all in one
        transaction: an undone bulk edit is undone for every asset or for none."""
        with self.sessions.begin() as s:
            for asset_id, changes in values.items():
                row = self._live_row(s, asset_id)
                self._apply_changes(s, row, changes)
                row.revision += 1
                row.updated_at = utc_now()
        self._index_after_write()
        return list(self.assets_by_id(list(values)).values())

    def archive(self, asset_ids: Sequence[str]) -> None:
        self.edit_assets(asset_ids, {"status": AssetStatus.ARCHIVED.value})

    def restore_archived(self, asset_ids: Sequence[str]) -> None:
        self.edit_assets(asset_ids, {"status": AssetStatus.PUBLISHED.value})

    def add_link(
        self,
        url: str,
        title: str = "",
        *,
        description: str = "",
        changes: Mapping[str, str] | None = None,
    ) -> Asset:
        """A link as an asset. A video or deck on a known service (YouTube, Vimeo, Loom, Google
        Slides, SharePoint...) gets its type and, without a title, a readable one from the URL."""
        url = url.strip()
        if "://" not in url and not url.startswith("mailto:"):
            raise InvalidEdit(f"“{url}” does not look like a link; include https://.")
        kind = recognise_link(url)
        title = title.strip() or kind.title
        if not title:
            raise InvalidEdit("A link needs a title.")
        with self.sessions.begin() as s:
            known_type = s.scalar(
                select(TaxonomyValue.slug).where(
                    TaxonomyValue.dimension == Dimension.TYPE.value,
                    TaxonomyValue.slug == kind.type,
                    TaxonomyValue.deleted.is_(False),
                )
            )
            metadata = {"provider": kind.provider} if kind.provider else {}
            row = AssetRow(
                id=new_id(),
                title=title,
                description=description.strip(),
                type=known_type or "link",
                metadata_json=json.dumps(metadata),
                url=url,
                file_name="",
                media_type="link",
                text_status="none",
                text_reason="Links are searched by their title, description and tags.",
                published_on=date.today(),
                review_by=date.today() + REVIEW_INTERVAL,
            )
            s.add(row)
            if changes:
                self._apply_changes(s, row, changes)
            asset_id = row.id
        self._index_after_write()
        return self.get_asset(asset_id)

    # -- search index ------------------------------------------------------------------
    @contextmanager
    def deferred_indexing(self) -> Iterator[None]:
        """Many edits in a row: index once at the end instead of after each one (every
        index commit may merge segments). Edited assets stay marked for indexing, so an
        interruption loses nothing."""
        self._deferred_indexing += 1
        try:
            yield
        finally:
            self._deferred_indexing -= 1
        if not self._deferred_indexing:
            self.index_pending()

    def _index_after_write(self) -> None:
        if not self._deferred_indexing:
            self.index_pending()

    def pending_index_count(self) -> int:
        with self.sessions() as s:
            return int(s.scalar(select(func.count()).select_from(AssetRow).where(_needs_indexing())) or 0)

    def mark_all_for_indexing(self) -> None:
        with self.sessions.begin() as s:
            s.execute(update(AssetRow).values(indexed_revision=None))

    def index_pending(
        self,
        progress: Callable[[int, int], None] | None = None,
        should_stop: StopCheck | None = None,
        *,
        fresh: bool = False,
        procs: int = 1,
    ) -> int:
        """Bring the index up to the database, in batches (bounded memory, resumable:
        each batch is committed with the assets marked as indexed). Big backlogs go in
        big batches, since every index commit may merge segments."""
        total = self.pending_index_count()
        batch = INDEX_BULK_BATCH if fresh or total > INDEX_BULK_BATCH else INDEX_BATCH
        done = 0
        while True:
            if should_stop is not None and should_stop():
                break
            with self.sessions() as s:
                rows = s.scalars(
                    select(AssetRow)
                    .where(_needs_indexing())
                    .options(selectinload(AssetRow.terms), selectinload(AssetRow.tags))
                    .order_by(AssetRow.id)
                    .limit(batch)
                ).all()
                if not rows:
                    break
                labels = self._labels(s)
                live = [r for r in rows if not r.deleted]
                gone = [r for r in rows if r.deleted]
                documents = [_index_document(r, labels) for r in live]
                revisions = {r.id: r.revision for r in rows}
                gone_ids = {r.id for r in gone}
            if gone:
                self.index.delete(r.id for r in gone)
            # Each asset's pages are read as they are indexed, a few hundred at a time: a
            # 5,000-page manual is indexed whole in the memory of a few hundred pages.
            self.index.upsert(
                (replace(d, pages=self._stream_pages(d.asset_id)) for d in documents),
                fresh=fresh,
                procs=procs,
            )
            with self.sessions.begin() as s:
                for asset_id, revision in revisions.items():
                    s.execute(
                        update(AssetRow)
                        .where(AssetRow.id == asset_id, AssetRow.revision == revision)
                        # A deleted asset leaves the index: none of its revisions is in it.
                        .values(indexed_revision=None if asset_id in gone_ids else revision)
                    )
            done += len(rows)
            if progress is not None:
                progress(done, max(total, done))
        return done

    def _stream_pages(self, asset_id: str) -> Iterator[IndexPage]:
        """An asset's pages in order, read `PAGES_PER_READ` at a time."""
        after = -1
        while True:
            with self.sessions() as s:
                batch = s.execute(
                    select(AssetPage.number, AssetPage.text)
                    .where(AssetPage.asset_id == asset_id, AssetPage.number > after)
                    .order_by(AssetPage.number)
                    .limit(PAGES_PER_READ)
                ).all()
            for number, text in batch:
                yield IndexPage(number, text)
            if len(batch) < PAGES_PER_READ:
                return
            after = batch[-1][0]

    def reindex(
        self,
        progress: Callable[[int, int], None] | None = None,
        should_stop: StopCheck | None = None,
        *,
        parallel: bool = False,
    ) -> int:
        """Rebuild the index from the database, streaming in batches. `parallel` analyses
        text in several processes (for the command line; a window keeps to threads)."""
        from collateral_app.locking import library_write_lock

        procs = min(os.cpu_count() or 1, 4) if parallel else 1
        with library_write_lock(self.paths.write_lock, what="the search index"):
            self.index.clear()
            self.mark_all_for_indexing()
            count = self.index_pending(progress, should_stop, fresh=True, procs=procs)
            if self.index.segment_count() > MAX_SEGMENTS:
                self.index.optimize()
        return count

    # -- more like this ----------------------------------------------------------------
    def more_like_this(self, asset_id: str, *, limit: int = 10) -> list[tuple[Asset, float]]:
        """The assets closest in meaning to this one (not archived), with their cosine
        similarity, best first. Needs the semantic extra; the first call embeds every asset
        (title, description, the start of its text), later calls only new and changed ones."""
        from collateral_app.search import semantic

        model = semantic.load_model()
        if model is None:
            raise SemanticNotInstalled()
        asset_id = self.get_asset(asset_id).id  # a shortened id made whole; AssetNotFound if unknown
        assets = [a for a in self.list_assets() if a.status is not AssetStatus.ARCHIVED or a.id == asset_id]

        def text_of(asset: Asset) -> Callable[[], str]:
            return lambda: semantic.passage_text(
                asset.title, asset.description, [p.text for p in self.pages(asset.id)]
            )

        vectors = semantic.AssetVectors(self.paths.root / "vectors")
        embedded = vectors.update(model, [(a.id, a.revision, text_of(a)) for a in assets])
        if embedded:
            log.info("embedded %d assets for more like this", embedded)
        by_id = {a.id: a for a in assets}
        return [(by_id[a], round(s, 4)) for a, s in vectors.similar(asset_id, limit) if a in by_id]

    # -- search ------------------------------------------------------------------------
    def search(
        self,
        text: str,
        *,
        limit: int = 10,
        offset: int = 0,
        prefix: bool = False,
        facets: bool = False,
        sort: SearchSort = SearchSort.RELEVANCE,
    ) -> SearchResult:
        """Search the library. An empty query lists every asset (newest changes first
        unless another order is asked for), so the window can browse by filters."""
        started = time.perf_counter()
        parsed = parse_query(text, prefix=prefix)
        if parsed.is_empty and sort is SearchSort.RELEVANCE:
            sort = SearchSort.UPDATED
        if sort is SearchSort.RELEVANCE:
            found = self.index.search(parsed, limit=limit, offset=offset, with_facets=facets)
            ordered = [asset_id for asset_id, _ in found.hits]
        elif parsed.is_empty and sort in _COLUMN_SORTS:
            # Browsing everything (the window's first screen): the database orders all
            # assets itself; the index only counts them and their facets.
            found = self.index.search(parsed, limit=0, with_facets=facets, suggest=False)
            ordered = self._browse_ids(sort, limit, offset)
        else:
            found = self.index.search(parsed, limit=MAX_SORTED_HITS, with_facets=facets, suggest=False)
            ordered = self._sorted_ids([a for a, _ in found.hits], sort)[offset : offset + limit]
        scores = dict(found.hits)
        where = found.where if sort is SearchSort.RELEVANCE else self.index.locate(found, ordered)
        with self.sessions() as s:
            rows = {
                r.id: r
                for r in s.execute(
                    select(
                        AssetRow.id, AssetRow.title, AssetRow.type, AssetRow.file_name, AssetRow.description
                    ).where(AssetRow.id.in_(ordered), AssetRow.deleted.is_(False))
                )
            }
            # Only the page each hit names: the snippet's cost does not grow with the document.
            wanted_pages = {(a, u.page) for a, u in where.items() if u.page is not None and a in rows}
            pages = _hit_pages(s, wanted_pages) if found.terms or found.prefixes else {}
        hits: list[SearchHit] = []
        for asset_id in ordered:
            row = rows.get(asset_id)
            if row is None:  # deleted since it was indexed
                continue
            unit = where.get(asset_id)
            page = pages.get((asset_id, unit.page)) if unit is not None and unit.page is not None else None
            snippet = page_snippet(
                page,
                found.terms,
                found.prefixes,
                start=unit.start if unit is not None else 0,
                lang=unit.language if unit is not None else "en",
                fallback=row.description,
                phrases=found.phrases,
            )
            hits.append(
                SearchHit(
                    asset_id=asset_id,
                    title=row.title,
                    score=round(scores.get(asset_id, 0.0), 4),
                    snippet=snippet.html,
                    page=snippet.page,
                    page_kind=snippet.page_kind,
                    type=row.type,
                    file_name=row.file_name,
                    matched=unit.matched if unit is not None else (),
                )
            )
        return SearchResult(
            query=text,
            total=found.total,
            took_ms=round((time.perf_counter() - started) * 1000, 2),
            hits=tuple(hits),
            suggestion=_apply_corrections(text, found.suggestion_words),
            notes=tuple(parsed.notes),
            facets=found.facets,
        )

    @overload
    def search_page(
        self,
        text: str,
        *,
        limit: int = 10,
        offset: int = 0,
        prefix: bool = False,
        facets: bool = False,
        sort: SearchSort = SearchSort.RELEVANCE,
        should_stop: None = None,
    ) -> SearchPage: ...

    @overload
    def search_page(
        self,
        text: str,
        *,
        limit: int = 10,
        offset: int = 0,
        prefix: bool = False,
        facets: bool = False,
        sort: SearchSort = SearchSort.RELEVANCE,
        should_stop: StopCheck,
    ) -> SearchPage | None: ...

    def search_page(
        self,
        text: str,
        *,
        limit: int = 10,
        offset: int = 0,
        prefix: bool = False,
        facets: bool = False,
        sort: SearchSort = SearchSort.RELEVANCE,
        should_stop: StopCheck | None = None,
    ) -> SearchPage | None:
        """One search as a window shows it (see `SearchPage`); None when `should_stop` says
        the answer is no longer wanted (the user typed on), checked before each read."""
        result = self.search(text, limit=limit, offset=offset, prefix=prefix, facets=facets, sort=sort)
        if should_stop is not None and should_stop():
            return None
        assets = self.assets_by_id([h.asset_id for h in result.hits])
        thumbnails = {a.id: path for a in assets.values() if (path := self.thumbnail_of(a)) is not None}
        return SearchPage(
            result,
            assets,
            self.file_states_of(assets.values()),
            tuple(self.highlight_terms(text)),
            thumbnails,
        )

    def highlight_terms(self, text: str) -> list[str]:
        """What to mark in a preview for a query: for each word, the start it shares with
        its stem ("holiday" → stem "holidai" → "holida"), which marks every form of the word
        in running text ("holidays", "Holiday"); a CJK word as typed."""
        parsed = parse_query(text, prefix=True)
        words = [*parsed.words, *(w for p in parsed.phrases for w in p.split())]
        if parsed.prefix:
            words.append(parsed.prefix)
        return highlight_marks(words, self.index.languages())

    def _browse_ids(self, sort: SearchSort, limit: int, offset: int) -> list[str]:
        """One page of every live, unarchived asset in a column order."""
        with self.sessions() as s:
            return list(
                s.scalars(
                    select(AssetRow.id)
                    .where(AssetRow.deleted.is_(False), AssetRow.status != AssetStatus.ARCHIVED.value)
                    .order_by(_COLUMN_SORTS[sort], AssetRow.id)
                    .offset(offset)
                    .limit(limit)
                )
            )

    def _sorted_ids(self, ids: list[str], sort: SearchSort) -> list[str]:
        if sort in (SearchSort.MOST_USED, SearchSort.MOST_WINNING):
            # Evidence from the sales loop, whose services build on this module: imported late.
            from collateral_app.services.common.evidence import order_by_use, order_by_wins

            order = order_by_use if sort is SearchSort.MOST_USED else order_by_wins
            with self.sessions() as s:
                return order(s, ids, datetime.now().astimezone())
        column = _COLUMN_SORTS[sort]
        with self.sessions() as s:
            return list(
                s.scalars(select(AssetRow.id).where(AssetRow.id.in_(ids)).order_by(column, AssetRow.id))
            )

    def changed_since(self, when: datetime, *, limit: int = 200) -> list[Asset]:
        """Assets added or updated after `when`, newest first ("What's new")."""
        with self.sessions() as s:
            rows = s.scalars(
                select(AssetRow)
                .where(
                    AssetRow.deleted.is_(False),
                    AssetRow.status == AssetStatus.PUBLISHED.value,
                    AssetRow.updated_at > when,
                )
                .options(selectinload(AssetRow.terms), selectinload(AssetRow.tags))
                .order_by(AssetRow.updated_at.desc())
                .limit(limit)
            )
            return [asset_from_row(r) for r in rows]

    # -- hand-over and preview -----------------------------------------------------------
    def hand_over(self, asset_id: str, action: HandOverAction) -> HandOver:
        """Prepare an asset to leave the app: a read-only copy under its real file name
        (stored files are named by hash), or the link. The feedback loop records these."""
        asset = self.get_asset(asset_id)
        log.info("hand-over %s of %s", action.value, asset.id)
        if asset.url is not None or asset.blob_sha256 is None:
            return HandOver(asset.id, action, None, asset.url)
        folder = self.paths.root / "handover" / asset.id
        target = folder / (asset.file_name or f"{asset.title}.{asset.media_type}")
        try:
            source = self._require_file(asset)
        except FileNotOnThisLaptop:
            # A copy handed over before this team file was removed to make room goes too
            # (it held the room); the server keeps the file. A lost file of this laptop's
            # own keeps any copy: it may be the last one.
            shutil.rmtree(folder, ignore_errors=True)
            raise
        if not target.exists():
            folder.mkdir(parents=True, exist_ok=True)
            try:
                os.link(source, target)
            except OSError:
                self.blobs.copy_out(asset.blob_sha256, target)
        return HandOver(asset.id, action, target, None)

    def drop_handover_copies(self) -> int:
        """Remove the handed-over copies of team files removed from this laptop to make
        room: a copy is a hard link, so the file's room is freed only with it. Returns how
        many assets' copies went."""
        folder = self.paths.root / "handover"
        if not folder.is_dir():
            return 0
        ids = [child.name for child in folder.iterdir() if child.is_dir()]
        with self.sessions() as s:
            hashes = {
                asset_id: sha
                for asset_id, sha in s.execute(
                    select(AssetRow.id, AssetRow.blob_sha256).where(AssetRow.id.in_(ids))
                )
            }
            team = set(s.scalars(select(SyncFileRow.sha256).where(SyncFileRow.sha256.in_(hashes.values()))))
        dropped = 0
        for asset_id in ids:
            sha = hashes.get(asset_id)
            if sha in team and not self.blobs.exists(sha):
                shutil.rmtree(folder / asset_id, ignore_errors=True)
                dropped += 1
        return dropped

    def render_page(
        self, asset_id: str, page: int, width_px: int, highlight: Sequence[str] = ()
    ) -> tuple[bytes, int]:
        """A PDF page as PNG bytes for the preview, with `highlight` words marked, and
        the page count."""
        asset = self.get_asset(asset_id)
        if asset.blob_sha256 is None:
            raise UserError("This asset has no file to show.")
        path = self._require_file(asset, to="show its pages")
        # Imported here: the document readers cost a third of a second at start-up.
        from collateral_app.extract.preview import render_pdf_page

        try:
            return render_pdf_page(path, page, width_px, highlight)
        except ValueError as exc:
            raise UserError(str(exc)) from exc


def load_page_renderer() -> None:
    """Load the page renderer (PDFium) now rather than at the first preview or import.
    Loading its shared library holds Python's interpreter lock until it is in (a tenth of
    a second or more on a busy machine), which would freeze a window that is up; the
    desktop app does it before anything else (see ui/__init__.py)."""
    from collateral_app.extract.preview import render_pdf_page  # noqa: F401


_COLUMN_SORTS: dict[SearchSort, ColumnElement[Any]] = {
    SearchSort.NEWEST: AssetRow.published_on.desc(),
    SearchSort.UPDATED: AssetRow.updated_at.desc(),
    SearchSort.TITLE: AssetRow.title.asc(),
}


def _needs_indexing() -> ColumnElement[bool]:
    return or_(
        and_(
            AssetRow.deleted.is_(False),
            or_(AssetRow.indexed_revision.is_(None), AssetRow.indexed_revision != AssetRow.revision),
        ),
        and_(AssetRow.deleted.is_(True), AssetRow.indexed_revision.is_not(None)),
    )


def _hit_pages(s: Session, wanted: set[tuple[str, int]]) -> dict[tuple[str, int], PageText]:
    """The pages the hits name, and no others."""
    if not wanted:
        return {}
    kinds = {kind.value: kind for kind in PageKind}
    found: dict[tuple[str, int], PageText] = {}
    asset_ids = {a for a, _ in wanted}
    numbers = {n for _, n in wanted}
    for asset_id, number, kind, text, label, ocr in s.execute(
        select(
            AssetPage.asset_id,
            AssetPage.number,
            AssetPage.kind,
            AssetPage.text,
            AssetPage.label,
            AssetPage.ocr,
        ).where(AssetPage.asset_id.in_(asset_ids), AssetPage.number.in_(numbers))
    ):
        if (asset_id, number) in wanted:
            found[(asset_id, number)] = PageText(number, kinds[kind], text, label, ocr)
    return found


def review_values(status: str, metadata_json: str) -> tuple[str, ...]:
    """The "review" facet: a draft, and an asset whose file needs a person's look."""
    values: tuple[str, ...] = ("draft",) if status == AssetStatus.DRAFT.value else ()
    if ATTENTION_KEY in (metadata_json or "") and json.loads(metadata_json).get(ATTENTION_KEY):
        values += ("needs-attention",)
    return values


def _index_document(row: AssetRow, labels: Mapping[tuple[str, str], str]) -> IndexDocument:
    """An asset as the index takes it, without its pages (read as they are indexed)."""
    facets: dict[str, tuple[str, ...]] = {}
    words: list[str] = []
    for term in row.terms:
        facets[term.dimension] = (*facets.get(term.dimension, ()), term.slug)
        words.append(labels.get((term.dimension, term.slug), term.slug))
    if row.type:
        facets["type"] = (row.type,)
        words.append(labels.get(("type", row.type), row.type))
    tags = tuple(t.tag for t in row.tags)
    if tags:
        facets["tag"] = tuple(slugify(t) for t in tags)
        words.extend(tags)
    if row.media_type:
        facets["media"] = (row.media_type,)
    review = review_values(row.status, row.metadata_json)
    if review:
        facets["review"] = review
    return IndexDocument(
        asset_id=row.id,
        revision=row.revision,
        title=row.title,
        description=row.description,
        tags_text=" ".join(words),
        file_name=row.file_name.rsplit(".", 1)[0].replace("_", " "),
        status=row.status,
        facets=facets,
    )


def _list_change(current: set[str], value: str, resolve: Callable[[str], str]) -> set[str]:
    """`a,b` replaces the list; `+a,b` adds, `-a` removes, and `+a,-b` does both (an item
    without a sign takes the sign before it)."""
    items = [v.strip() for v in value.split(",") if v.strip()]
    if not items or not items[0].startswith(("+", "-")):
        return {resolve(v) for v in items}
    result = set(current)
    adding = True
    for item in items:
        if item[0] in "+-":
            adding = item[0] == "+"
            item = item[1:].strip()
        if not item:
            continue
        if adding:
            result.add(resolve(item))
        else:
            result.discard(resolve(item))
    return result


def _clean_tag(value: str) -> str:
    tag = " ".join(value.lower().split())
    if len(tag) > 100:
        raise InvalidEdit("A tag may have at most 100 characters.")
    return tag


def _field_text(row: AssetRow, name: str) -> str:
    """A field of an asset as text `_apply_changes` reads back to the same value."""
    if name in TAXONOMY_FIELDS:
        return ",".join(sorted(t.slug for t in row.terms if t.dimension == name))
    if name == "tags":
        return ",".join(sorted(t.tag for t in row.tags))
    if name == "supersedes":
        return row.supersedes_id or ""
    value = getattr(row, name)
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)


def _parse_date(name: str, value: str) -> date | None:
    value = value.strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise InvalidEdit(f"{name} must be a date like 2026-12-31, not “{value}”.") from exc


def _apply_corrections(text: str, corrections: Mapping[str, str]) -> str | None:
    if not corrections:
        return None
    words = text.split()
    changed = [corrections.get(w, w) for w in words]
    suggestion = " ".join(changed)
    return suggestion if suggestion != " ".join(words) else None
