"""A real library with assets and sales records, and the three ways its database file gets
damaged: 200 bytes flipped in the middle, the file cut to half, its header overwritten.

The library is made in two imports with sales records between them, so the second import's
asset rows sit in the file's second half (where truncation loses them) while their stored
files stay in blobs/."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from collateral_app.domain.enums import ImportStatus
from collateral_app.domain.sales import DealDraft, UsageKind
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.library.importer import Importer
from collateral_app.services.sales.loop import SalesLoop
from collateral_app.services.sales.usage import UsageRecord
from tests import samples

TOPICS = ("onboarding", "renewals", "security", "pricing", "migration", "analytics", "healthcare", "retail")


@dataclass(frozen=True)
class SoundLibrary:
    root: Path
    asset_ids: tuple[str, ...]
    files: frozenset[str]  # the content addresses of every stored file
    deals: int
    usage_events: int
    late_word: str  # a word only the second import's documents hold


def build_library(root: Path, sources: Path, *, assets: int = 60, uses_per_asset: int = 30) -> SoundLibrary:
    library = AssetLibrary.open(root)
    try:
        first = _import(library, sources / "first", range(assets // 2), "zephyrine")
        loop = SalesLoop(library)
        loop.switch_user("Dana Whitfield")
        prospects = [loop.create_prospect(f"Account {n}", industry="healthcare").id for n in range(20)]
        deals = [
            loop.create_deal(
                DealDraft(name=f"Deal {n}", prospect_id=prospects[n % len(prospects)], owner="Dana Whitfield")
            ).id
            for n in range(40)
        ]
        start = datetime(2026, 1, 5, 9, tzinfo=UTC)
        records = [
            UsageRecord(
                asset_id=first[n % len(first)],
                kind=(UsageKind.VIEWED, UsageKind.SHARED, UsageKind.PRESENTED)[n % 3],
                occurred_at=start + timedelta(minutes=37 * n),
                deal_id=deals[n % len(deals)],
            )
            for n in range(len(first) * uses_per_asset)
        ]
        loop.record_usage_batch(records)
        second = _import(library, sources / "second", range(assets // 2, assets), "quillback")
        ids = tuple(first + second)
        files = frozenset(library.blobs.all_hashes())
    finally:
        library.close()
    return SoundLibrary(root, ids, files, len(deals), len(records), "quillback")


def _import(library: AssetLibrary, folder: Path, numbers: range, word: str) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    for n in numbers:
        topic = TOPICS[n % len(TOPICS)]
        samples.make_text(
            folder / f"brief-{n:04d}.txt",
            f"Brief {n}: {topic} for {word} customers.\n\n"
            + f"How teams handle {topic}, step by step, with figures from customer {n}. " * 20,
        )
    outcomes = Importer(library, workers=2).run(sorted(folder.iterdir()))
    assert all(o.status is ImportStatus.IMPORTED for o in outcomes), outcomes
    return [o.asset_id for o in outcomes if o.asset_id]


def copy_library(sound: SoundLibrary, where: Path) -> Path:
    shutil.copytree(sound.root, where)
    return where


def flip_middle(database: Path) -> None:
    """200 bytes flipped in the middle of the file (bit rot, a bad sector)."""
    data = bytearray(database.read_bytes())
    middle = len(data) // 2
    for n in range(middle, middle + 200):
        data[n] ^= 0xFF
    database.write_bytes(bytes(data))


def truncate_half(database: Path) -> None:
    """The file cut to half its length (a copy that stopped, a full disk)."""
    with open(database, "r+b") as f:
        f.truncate(database.stat().st_size // 2)


def overwrite_header(database: Path) -> None:
    """The first 100 bytes, SQLite's header, overwritten (another program wrote there)."""
    with open(database, "r+b") as f:
        f.write(b"\xa5" * 100)


DAMAGE: dict[str, Callable[[Path], None]] = {
    "flipped": flip_middle,
    "truncated": truncate_half,
    "header": overwrite_header,
}
