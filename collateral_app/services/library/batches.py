"""Import batches: every import is one, with an id; listed most recent first; and undone as a
whole. Undo takes back what the batch created and nothing else: an asset nobody used, edited,
put in a kit or linked to since is removed (a tombstone, so a team server learns of it too);
one that was is archived instead, keeping its history. Undo can itself be undone (`redo_import`),
so the app's undo stack can offer both."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from sqlalchemy import Column, Table, func, select
from sqlalchemy.orm import Session

from collateral_app.domain.enums import AssetStatus, ImportStatus
from collateral_app.domain.errors import UserError
from collateral_app.domain.imports import ImportBatch, UndoPlan
from collateral_app.domain.records import ImportOutcome
from collateral_app.storage.base import utc_now
from collateral_app.storage.database import METADATA
from collateral_app.storage.import_models import ImportBatchAsset, ImportBatchRow
from collateral_app.storage.models import AssetRow

if TYPE_CHECKING:
    from collateral_app.services.library.asset_library import AssetLibrary

REMOVED = "removed"
ARCHIVED = "archived"
# Rows that belong to the asset itself, not references to it from elsewhere.
_OWN_TABLES = {"assets", "asset_pages", "asset_terms", "asset_tags", "import_batch_assets"}


class BatchNotFound(UserError):
    def __init__(self, batch_id: str) -> None:
        super().__init__(f"No import {batch_id!r}; `collateral imports list` shows them.")


class ImportBatches:
    def __init__(self, library: AssetLibrary) -> None:
        self.library = library

    # -- written by the importer ---------------------------------------------------------
    def start(self, sources: Sequence[str], *, as_draft: bool) -> str:
        with self.library.sessions.begin() as s:
            row = ImportBatchRow(
                sources_json=json.dumps(list(sources), ensure_ascii=False), as_draft=as_draft
            )
            s.add(row)
            s.flush()
            return row.id

    def finish(self, batch_id: str, outcomes: Iterable[ImportOutcome]) -> ImportBatch:
        counts = Counter(o.status for o in outcomes)
        with self.library.sessions.begin() as s:
            row = s.get(ImportBatchRow, batch_id)
            if row is None:
                raise BatchNotFound(batch_id)
            row.imported = counts[ImportStatus.IMPORTED]
            row.duplicates = counts[ImportStatus.DUPLICATE]
            row.skipped = counts[ImportStatus.SKIPPED]
            row.failed = counts[ImportStatus.FAILED]
            row.cancelled = counts[ImportStatus.CANCELLED]
            row.found = sum(counts.values())
            row.finished_at = utc_now()
        return self.get(batch_id)

    # -- read ----------------------------------------------------------------------------
    def recent(self, limit: int = 20) -> list[ImportBatch]:
        """The most recent imports first."""
        with self.library.sessions() as s:
            rows = s.scalars(
                select(ImportBatchRow)
                .order_by(ImportBatchRow.started_at.desc(), ImportBatchRow.id)
                .limit(limit)
            ).all()
            return [self._record(s, row) for row in rows]

    def get(self, batch_id: str) -> ImportBatch:
        with self.library.sessions() as s:
            return self._record(s, self._row(s, batch_id))

    def asset_ids(self, batch_id: str) -> list[str]:
        with self.library.sessions() as s:
            row = self._row(s, batch_id)
            return list(
                s.scalars(select(ImportBatchAsset.asset_id).where(ImportBatchAsset.batch_id == row.id)).all()
            )

    def plan_undo(self, batch_id: str) -> UndoPlan:
        """What undoing the batch would do, for its confirmation ("removes 780 assets")."""
        with self.library.sessions() as s:
            row = self._row(s, batch_id)
            remove, archive, gone = _split(s, row.id)
            return UndoPlan(row.id, len(remove), len(archive), gone)

    # -- undo and redo -------------------------------------------------------------------
    def undo_import(self, batch_id: str) -> UndoPlan:
        """Takes back what the batch created; returns what was done."""
        with self.library.sessions.begin() as s:
            batch = self._row(s, batch_id)
            if batch.undone_at is not None:
                raise UserError("This import was already undone.")
            remove, archive, gone = _split(s, batch.id)
            now = utc_now()
            for link, asset in remove:
                link.undo_action, link.status_before_undo = REMOVED, asset.status
                asset.deleted = True
                asset.revision += 1
                asset.updated_at = now
            for link, asset in archive:
                link.undo_action, link.status_before_undo = ARCHIVED, asset.status
                asset.status = AssetStatus.ARCHIVED.value
                asset.revision += 1
                asset.updated_at = now
            batch.undone_at = now
            plan = UndoPlan(batch.id, len(remove), len(archive), gone)
        self.library.index_pending()
        return plan

    def redo_import(self, batch_id: str) -> int:
        """Brings back what undoing the batch took away, as it was; returns how many assets."""
        with self.library.sessions.begin() as s:
            batch = self._row(s, batch_id)
            if batch.undone_at is None:
                raise UserError("This import was not undone.")
            back = 0
            now = utc_now()
            for link, asset in s.execute(
                select(ImportBatchAsset, AssetRow)
                .join(AssetRow, AssetRow.id == ImportBatchAsset.asset_id)
                .where(ImportBatchAsset.batch_id == batch.id, ImportBatchAsset.undo_action != "")
            ).all():
                if link.undo_action == REMOVED:
                    asset.deleted = False
                asset.status = link.status_before_undo or asset.status
                asset.revision += 1
                asset.updated_at = now
                link.undo_action = link.status_before_undo = ""
                back += 1
            batch.undone_at = None
        self.library.index_pending()
        return back

    # -- helpers -------------------------------------------------------------------------
    def _row(self, s: Session, batch_id: str) -> ImportBatchRow:
        row = s.get(ImportBatchRow, batch_id)
        if row is not None:
            return row
        matches = s.scalars(
            select(ImportBatchRow).where(ImportBatchRow.id.startswith(batch_id.strip())).limit(2)
        ).all()
        if len(batch_id.strip()) >= 4 and len(matches) == 1:
            return matches[0]
        raise BatchNotFound(batch_id)

    def _record(self, s: Session, row: ImportBatchRow) -> ImportBatch:
        actions: Counter[str] = Counter()
        for action, count in s.execute(
            select(ImportBatchAsset.undo_action, func.count())
            .where(ImportBatchAsset.batch_id == row.id)
            .group_by(ImportBatchAsset.undo_action)
        ):
            actions[action] = count
        live = s.scalar(
            select(func.count())
            .select_from(ImportBatchAsset)
            .join(AssetRow, AssetRow.id == ImportBatchAsset.asset_id)
            .where(
                ImportBatchAsset.batch_id == row.id,
                AssetRow.deleted.is_(False),
                AssetRow.status != AssetStatus.ARCHIVED.value,
            )
        )
        return ImportBatch(
            id=row.id,
            started_at=row.started_at,
            finished_at=row.finished_at,
            sources=tuple(json.loads(row.sources_json or "[]")),
            as_draft=row.as_draft,
            found=row.found,
            imported=row.imported,
            duplicates=row.duplicates,
            skipped=row.skipped,
            failed=row.failed,
            cancelled=row.cancelled,
            undone_at=row.undone_at,
            removed=actions[REMOVED],
            archived=actions[ARCHIVED],
            live=live or 0,
        )


def _split(
    s: Session, batch_id: str
) -> tuple[list[tuple[ImportBatchAsset, AssetRow]], list[tuple[ImportBatchAsset, AssetRow]], int]:
    """The batch's assets to remove, those to archive instead, and how many are gone already."""
    pairs = list(
        s.execute(
            select(ImportBatchAsset, AssetRow)
            .join(AssetRow, AssetRow.id == ImportBatchAsset.asset_id)
            .where(ImportBatchAsset.batch_id == batch_id)
            .order_by(AssetRow.id)
        ).all()
    )
    present = [(link, a) for link, a in pairs if not a.deleted and a.status != AssetStatus.ARCHIVED.value]
    referenced = _referenced(s, [a.id for _link, a in present])
    remove: list[tuple[ImportBatchAsset, AssetRow]] = []
    archive: list[tuple[ImportBatchAsset, AssetRow]] = []
    for link, asset in present:
        untouched = asset.id not in referenced and asset.revision <= link.revision_at_import
        (remove if untouched else archive).append((link, asset))
    return remove, archive, len(pairs) - len(present)


def _referenced(s: Session, asset_ids: Sequence[str]) -> set[str]:
    """The assets something else points at: shares and presentations, feedback, kits, requests,
    review requests, a newer version. Found from the schema's foreign keys, so a new table is covered too."""
    found: set[str] = set()
    for table, column in _references_to_assets():
        for start in range(0, len(asset_ids), 500):
            chunk = asset_ids[start : start + 500]
            query = select(column).where(column.in_(chunk)).distinct()
            if table.name == "assets":
                query = query.where(table.c.deleted.is_(False))
            elif table.name == "usage_events":
                # A preview is a view: marketing looking at a draft keeps nothing alive; a share does.
                query = query.where(table.c.kind != "viewed")
            found.update(str(v) for v in s.scalars(query))
    return found


def _references_to_assets() -> list[tuple[Table, Column[str]]]:
    refs: list[tuple[Table, Column[str]]] = []
    for table in METADATA.tables.values():
        for fk in table.foreign_keys:
            if fk.column.table.name == "assets" and fk.column.name == "id":
                if table.name in _OWN_TABLES and table.name != "assets":
                    continue
                refs.append((table, fk.parent))
    return refs


def files_kept_for_bringing_back(s: Session) -> set[str]:
    """The stored files of assets an undone import removed: kept, so that the import can be
    brought back with its files (`check` does not count them as orphans)."""
    found = s.scalars(
        select(AssetRow.blob_sha256)
        .join(ImportBatchAsset, ImportBatchAsset.asset_id == AssetRow.id)
        .where(ImportBatchAsset.undo_action == REMOVED, AssetRow.blob_sha256.is_not(None))
    )
    return {sha for sha in found if sha is not None}
