"""Pitch kits: a named, ordered collection of assets for a deal, exported as a folder or a
zip ready to attach. Files go out under their real names (stored files are named by hash);
links are listed in a text file. Exporting is sharing: every asset in the kit is logged as
`shared` with the deal's prospect, once the export is complete."""

from __future__ import annotations

import logging
import re
import unicodedata
import zipfile
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from collateral_app.domain.errors import (
    DiskFull,
    FileNotOnThisLaptop,
    FilesNotOnThisLaptop,
    InvalidEdit,
    StoredFileMissing,
    UserError,
)
from collateral_app.domain.records import Asset
from collateral_app.domain.sales import KitExport, KitItem, PitchKit, UsageKind
from collateral_app.services.common.files import written_whole, zip_file, zip_text
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.sales.base import RecordNotFound, SalesBase, require_text
from collateral_app.services.sales.deals import MIN_PREFIX, find_deal
from collateral_app.storage.base import new_id
from collateral_app.storage.models import AssetRow
from collateral_app.storage.sales_models import PitchKitItemRow, PitchKitRow, UsageEventRow

log = logging.getLogger(__name__)

LINKS_FILE = "Links.txt"
MAX_KIT_ASSETS = 100
_UNSAFE = re.compile(r'[\x00-\x1f<>:"/\\|?*]')


class KitService(SalesBase):
    def create_kit(self, name: str, deal_id: str, asset_ids: Sequence[str]) -> PitchKit:
        """A kit for a deal, its assets in the order given."""
        title = require_text(name, "A kit's name", limit=300)
        assets = self._kit_assets(asset_ids)
        actor = self.actor()
        with self.sessions.begin() as s:
            deal = find_deal(s, deal_id)
            row = PitchKitRow(
                id=new_id(),
                name=title,
                deal_id=deal.id,
                created_by=actor.user.id,
                created_at=self.now(),
                updated_at=self.now(),
            )
            s.add(row)
            s.flush()
            _set_items(s, row.id, assets)
            return _kit(s, row)

    def set_kit_assets(self, kit_id: str, asset_ids: Sequence[str]) -> PitchKit:
        """Replace the kit's assets (add, remove, reorder in one go)."""
        assets = self._kit_assets(asset_ids)
        with self.sessions.begin() as s:
            row = _find_kit(s, kit_id)
            _set_items(s, row.id, assets)
            row.revision += 1
            row.updated_at = self.now()
            return _kit(s, row)

    def rename_kit(self, kit_id: str, name: str) -> PitchKit:
        with self.sessions.begin() as s:
            row = _find_kit(s, kit_id)
            row.name = require_text(name, "A kit's name", limit=300)
            row.revision += 1
            row.updated_at = self.now()
            return _kit(s, row)

    def delete_kit(self, kit_id: str) -> None:
        """Kits are kept as tombstones so a team server learns of the removal."""
        with self.sessions.begin() as s:
            row = _find_kit(s, kit_id)
            row.deleted = True
            row.revision += 1
            row.updated_at = self.now()

    def restore_kit(self, kit_id: str) -> PitchKit:
        """Bring back a deleted kit (its tombstone lifted): an undone removal."""
        with self.sessions.begin() as s:
            row = s.get(PitchKitRow, kit_id)
            if row is None:
                raise RecordNotFound("pitch kit", kit_id)
            if row.deleted:
                row.deleted = False
                row.revision += 1
                row.updated_at = self.now()
            return _kit(s, row)

    def get_kit(self, kit_id: str) -> PitchKit:
        with self.sessions() as s:
            return _kit(s, _find_kit(s, kit_id))

    def list_kits(self, *, deal_id: str | None = None) -> list[PitchKit]:
        with self.sessions() as s:
            query = (
                select(PitchKitRow)
                .where(PitchKitRow.deleted.is_(False))
                .order_by(PitchKitRow.updated_at.desc(), PitchKitRow.id)
            )
            if deal_id:
                query = query.where(PitchKitRow.deal_id == find_deal(s, deal_id).id)
            return [_kit(s, row) for row in s.scalars(query)]

    def export_kit(self, kit_id: str, destination: Path, *, as_zip: bool = False) -> KitExport:
        """Write the kit to a new folder (or a new .zip) at `destination`, then log each of
        its assets as shared with the deal's prospect. Nothing is logged if writing fails,
        and nothing half-written is left behind."""
        actor = self.actor()
        kit = self.get_kit(kit_id)
        assets = [self.library.get_asset(item.asset_id) for item in kit.items]
        target = Path(destination).expanduser()
        if as_zip and target.suffix.lower() != ".zip":
            target = target.with_name(target.name + ".zip")
        names, links = _export_names(assets)
        _require_files(self.library, assets)
        try:
            if as_zip:
                _write_zip(self, target, assets, names, links)
            else:
                _write_folder(self, target, assets, names, links)
        except OSError as exc:
            if exc.errno == 28:  # ENOSPC
                raise DiskFull(str(target.parent)) from exc
            raise UserError(f"Cannot write the kit to {target}: {exc.strerror}.") from exc
        with self.sessions.begin() as s:
            deal = find_deal(s, kit.deal_id)
            now = self.now()
            events = [
                {
                    "id": new_id(),
                    "asset_id": asset.id,
                    "kind": UsageKind.SHARED.value,
                    "user_id": actor.user.id,
                    "device_id": actor.device_id,
                    "occurred_at": now,
                    "prospect_id": deal.prospect_id,
                    "deal_id": deal.id,
                    "source": self.source.value,
                    "import_key": None,
                    "recorded_at": now,
                }
                for asset in assets
            ]
            s.execute(insert(UsageEventRow), events)
        log.info("exported kit %s to %s (%d assets)", kit.id, target, len(assets))
        files = tuple(names[a.id] for a in assets if a.id in names)
        return KitExport(kit.id, str(target), files, tuple(links), len(events))

    def _kit_assets(self, asset_ids: Sequence[str]) -> list[Asset]:
        if not asset_ids:
            raise InvalidEdit("A kit needs at least one asset.")
        if len(asset_ids) > MAX_KIT_ASSETS:
            raise InvalidEdit(f"A kit holds at most {MAX_KIT_ASSETS} assets.")
        assets = [self.library.get_asset(ref) for ref in asset_ids]
        seen: set[str] = set()
        for asset in assets:
            if asset.id in seen:
                raise InvalidEdit(f"“{asset.title}” is in the kit twice.")
            seen.add(asset.id)
        return assets


def _require_files(library: AssetLibrary, assets: Sequence[Asset]) -> None:
    """Every file of the kit is on this laptop, or the export is refused before anything is
    written: team files not downloaded yet are named (the app fetches them and exports again),
    a lost file of this laptop's own sends the user to `check`."""
    states = library.file_states([a.id for a in assets if a.blob_sha256 is not None])
    absent = [states[a.id] for a in assets if a.id in states and not states[a.id].here]
    lost = [s for s in absent if not s.team]
    if lost:
        raise StoredFileMissing(lost[0].title)
    if absent:
        raise FilesNotOnThisLaptop(
            [FileNotOnThisLaptop(s.asset_id, s.title, s.size_bytes, file_name=s.file_name) for s in absent],
            to="export the kit",
        )


def _set_items(s: Session, kit_id: str, assets: Sequence[Asset]) -> None:
    s.execute(delete(PitchKitItemRow).where(PitchKitItemRow.kit_id == kit_id))
    for position, asset in enumerate(assets, 1):
        s.add(PitchKitItemRow(kit_id=kit_id, position=position, asset_id=asset.id))
    s.flush()


def _find_kit(s: Session, ref: str) -> PitchKitRow:
    ref = ref.strip()
    row = s.get(PitchKitRow, ref)
    if row is None and len(ref) >= MIN_PREFIX:
        found = s.scalars(select(PitchKitRow).where(PitchKitRow.id.startswith(ref)).limit(2)).all()
        row = found[0] if len(found) == 1 else None
    if row is None:
        named = s.scalars(
            select(PitchKitRow).where(func.lower(PitchKitRow.name) == ref.lower()).limit(2)
        ).all()
        row = named[0] if len(named) == 1 else None
    if row is None or row.deleted:
        raise RecordNotFound("pitch kit", ref)
    return row


def _kit(s: Session, row: PitchKitRow) -> PitchKit:
    items = s.execute(
        select(PitchKitItemRow.position, AssetRow.id, AssetRow.title, AssetRow.file_name, AssetRow.url)
        .join(AssetRow, AssetRow.id == PitchKitItemRow.asset_id)
        .where(PitchKitItemRow.kit_id == row.id)
        .order_by(PitchKitItemRow.position)
    ).all()
    return PitchKit(
        id=row.id,
        name=row.name,
        deal_id=row.deal_id,
        items=tuple(KitItem(p, a, t, f, u) for p, a, t, f, u in items),
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def safe_file_name(name: str) -> str:
    """A name every desktop file system and mail client accepts."""
    clean = _UNSAFE.sub("_", unicodedata.normalize("NFC", name)).strip().strip(".")
    return clean[:200] or "file"


def _export_names(assets: Sequence[Asset]) -> tuple[dict[str, str], list[str]]:
    """Each file's name in the kit (its real name, made unique: "Deck (2).pdf"), and the
    lines of the links file."""
    used: set[str] = {LINKS_FILE.casefold()}
    names: dict[str, str] = {}
    links: list[str] = []
    for asset in assets:
        if asset.blob_sha256 is None:
            if asset.url:
                links.append(f"{asset.title}: {asset.url}")
            continue
        wanted = safe_file_name(asset.file_name or f"{asset.title}.{asset.media_type}")
        stem, dot, suffix = wanted.rpartition(".")
        if not dot:
            stem, suffix = wanted, ""
        name, n = wanted, 1
        while name.casefold() in used:
            n += 1
            name = f"{stem} ({n}).{suffix}" if suffix else f"{stem} ({n})"
        used.add(name.casefold())
        names[asset.id] = name
    return names, links


def _write_folder(
    kits: KitService, target: Path, assets: Sequence[Asset], names: dict[str, str], links: list[str]
) -> None:
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise UserError(f"{target} already exists; export into a new or empty folder.")
    target.parent.mkdir(parents=True, exist_ok=True)
    with written_whole(target, folder=True) as partial:
        for asset in assets:
            if asset.id in names and asset.blob_sha256 is not None:
                kits.library.blobs.copy_out(asset.blob_sha256, partial / names[asset.id])
        if links:
            (partial / LINKS_FILE).write_text("\n".join(links) + "\n", encoding="utf-8")


def _write_zip(
    kits: KitService, target: Path, assets: Sequence[Asset], names: dict[str, str], links: list[str]
) -> None:
    if target.exists():
        raise UserError(f"{target} already exists; choose another name for the zip.")
    target.parent.mkdir(parents=True, exist_ok=True)
    with (
        written_whole(target) as partial,
        zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive,
    ):
        for asset in assets:
            if asset.id in names and asset.blob_sha256 is not None:
                zip_file(archive, kits.library.blobs.path_for(asset.blob_sha256), names[asset.id])
        if links:
            zip_text(archive, LINKS_FILE, "\n".join(links) + "\n")
