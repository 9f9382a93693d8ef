"""Import batches and the look before a folder import: every import is a batch with an id that
can be listed and undone, and a folder is surveyed (how many files, of which kinds, what will be
skipped and why) before anything is written."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .records import ImportOutcome

# A folder import asks before writing when it would bring more files than this...
LARGE_IMPORT_FILES = 200
# ...or more bytes than this, or when fewer than half of its files look like collateral.
LARGE_IMPORT_BYTES = 2 * 1024**3


@dataclass(frozen=True, slots=True)
class ImportBatch:
    id: str
    started_at: datetime
    finished_at: datetime | None
    sources: tuple[str, ...]  # the files and folders the user chose
    as_draft: bool
    found: int
    imported: int
    duplicates: int
    skipped: int
    failed: int
    cancelled: int
    undone_at: datetime | None = None
    removed: int = 0  # what its undo did: assets removed...
    archived: int = 0  # ...and assets archived instead, because they were used or edited since
    live: int = 0  # assets of the batch still in the library (neither removed nor archived by undo)

    @property
    def undone(self) -> bool:
        return self.undone_at is not None

    @property
    def label(self) -> str:
        """“Sales decks” or “3 files and folders”: what the user chose, in a few words."""
        if len(self.sources) == 1:
            name = self.sources[0].replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
            return name or self.sources[0]
        return f"{len(self.sources)} files and folders"


@dataclass(frozen=True, slots=True)
class UndoPlan:
    """What undoing a batch would do, for its confirmation."""

    batch_id: str
    remove: int  # assets nobody used, edited or put in a kit since: removed
    archive: int  # assets used, edited, in a kit or asked for since: archived, kept for their history
    already_gone: int  # assets of the batch removed or archived by hand since

    @property
    def total(self) -> int:
        return self.remove + self.archive


@dataclass(frozen=True, slots=True)
class ImportReport:
    batch: ImportBatch
    outcomes: list[ImportOutcome]


@dataclass(frozen=True, slots=True)
class KindCount:
    kind: str  # "PDF documents", "Presentations"…
    files: int
    size_bytes: int


@dataclass(frozen=True, slots=True)
class SkippedGroup:
    reason: str
    files: int
    examples: tuple[str, ...]  # a few of the paths, for the pre-flight


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """A survey of what an import would bring, made before anything is written."""

    sources: tuple[str, ...]
    found: int  # files seen, skipped ones included
    to_import: int
    size_bytes: int  # of the files to import
    kinds: tuple[KindCount, ...]  # of the files to import, largest group first
    skipped: tuple[SkippedGroup, ...]  # by reason, largest first
    collateral_like: int  # files to import that look like collateral (documents, decks, media)
    skipped_outcomes: tuple[ImportOutcome, ...] = field(default=(), repr=False)

    @property
    def large(self) -> bool:
        return self.to_import > LARGE_IMPORT_FILES or self.size_bytes > LARGE_IMPORT_BYTES

    @property
    def mostly_not_collateral(self) -> bool:
        return self.found >= 10 and self.collateral_like * 2 < self.found

    @property
    def needs_a_choice(self) -> bool:
        """Whether to ask before writing anything."""
        return self.large or self.mostly_not_collateral
