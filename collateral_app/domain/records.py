"""Frozen records that services take and return (never ORM objects)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from .enums import AssetStatus, Dimension, HandOverAction, ImportStatus, PageKind, TextStatus


@dataclass(frozen=True, slots=True)
class PageText:
    number: int  # 1-based
    kind: PageKind
    text: str
    label: str = ""  # a slide's title, a sheet's name
    ocr: bool = False  # read by OCR from an image of the page (a scan), not from a text layer


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file carried inside another one (an email's attachment)."""

    name: str
    size_bytes: int
    media_type: str  # the kind its name says ("pdf", "png", ...), "unknown" when none


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How far the readers may go for one file, beyond reading what is in it."""

    ocr: bool = True  # read scanned pages and images of text with Tesseract, where it is installed
    convert_legacy: bool = False  # convert .doc/.ppt/.xls/.key to PDF with LibreOffice, where installed
    attachments_dir: str | None = None  # save an email's attachments here, to import them too
    deadline: float | None = None  # time.monotonic() by which reading must end (set by the worker)


@dataclass(frozen=True, slots=True)
class Extraction:
    """What the extractors read from one file."""

    media_type: str  # the detected kind: "pdf", "pptx", "docx", "xlsx", "html", ...
    title: str = ""
    author: str = ""
    description: str = ""
    pages: tuple[PageText, ...] = ()
    page_count: int = 0
    text_status: TextStatus = TextStatus.OK
    text_reason: str = ""  # why there is no text, in words a user understands
    metadata: dict[str, str] = field(default_factory=dict)  # width, height, duration...
    thumbnail_png: bytes | None = None
    notes: tuple[str, ...] = ()  # e.g. "the file's extension says .pdf but it is a PNG image"
    language: str = ""  # ISO 639-1 code when the file says (or OCR found) which language it is in
    attachments: tuple[Attachment, ...] = ()  # files an email carries
    converted_pdf: bytes | None = None  # a legacy file's PDF conversion, kept as its preview


@dataclass(frozen=True, slots=True)
class Asset:
    id: str
    title: str
    description: str
    status: AssetStatus
    type: str  # a taxonomy value of Dimension.TYPE
    taxonomy: dict[Dimension, tuple[str, ...]]
    tags: tuple[str, ...]
    owner: str
    language: str
    file_name: str
    media_type: str
    blob_sha256: str | None
    size_bytes: int
    url: str | None
    page_count: int
    text_status: TextStatus
    text_reason: str
    metadata: dict[str, str]
    published_on: date | None
    review_by: date | None
    expires_on: date | None
    supersedes_id: str | None
    superseded_by_id: str | None
    source_path: str
    revision: int
    created_at: datetime
    updated_at: datetime

    @property
    def is_link(self) -> bool:
        return self.url is not None

    @property
    def attention(self) -> str:
        """Why this asset's file needs a person's look (empty, damaged, no readable text), or ""."""
        return self.metadata.get(ATTENTION_KEY, "")


IMPORT_CANCELLED = "Import cancelled before this file."
# Metadata of an asset whose file needs a person's look: the reason, shown on its card.
ATTENTION_KEY = "needs_attention"


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    path: str
    status: ImportStatus
    asset_id: str | None = None
    reason: str = ""
    text_status: TextStatus | None = None  # for an imported file: could its text be read?
    media_type: str = ""  # for an imported file: the kind detected, so a summary can offer conversion
    attached_to: str | None = None  # an email attachment's outcome: the email's asset id
    attachments: int = 0  # an imported email: how many attachments it carries (importable on request)
    draft: bool = False  # an imported file: kept a draft, for marketing to review before reps see it
    attention: str = ""  # an imported file: why it needs a person's look (empty, damaged, no text)

    @property
    def cancelled(self) -> bool:
        return self.status is ImportStatus.CANCELLED


@dataclass(frozen=True, slots=True)
class ImportProgress:
    done: int
    total: int
    current: str
    imported: int
    duplicates: int
    failed: int
    skipped: int = 0
    cancelled: int = 0

    @property
    def left(self) -> int:
        return max(self.total - self.done, 0)


ProgressCallback = Callable[[ImportProgress], None]
StopCheck = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class SearchHit:
    asset_id: str
    title: str
    score: float
    snippet: str  # text with matched words wrapped in <b>…</b>, HTML-escaped
    page: int | None  # page, slide or sheet number of the best match
    page_kind: PageKind | None
    type: str = ""
    file_name: str = ""
    matched: tuple[str, ...] = ()  # the query's words this asset holds, as typed


@dataclass(frozen=True, slots=True)
class SearchResult:
    query: str
    total: int
    took_ms: float
    hits: tuple[SearchHit, ...]
    suggestion: str | None = None  # "did you mean" as a whole corrected query
    notes: tuple[str, ...] = ()  # e.g. how a malformed query was read
    facets: dict[str, dict[str, int]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CheckProblem:
    kind: str  # short machine name, e.g. "orphan_blob", "missing_blob"
    subject: str  # the asset id, blob hash or path concerned
    detail: str  # a sentence for the user
    repaired: bool = False


@dataclass(frozen=True, slots=True)
class CheckReport:
    problems: tuple[CheckProblem, ...]
    assets_checked: int
    blobs_checked: int

    @property
    def consistent(self) -> bool:
        return all(p.repaired for p in self.problems)


@dataclass(frozen=True, slots=True)
class HandOver:
    """What to give the desktop for a hand-over: a file with its real name, or a link."""

    asset_id: str
    action: HandOverAction
    path: Path | None
    url: str | None


@dataclass(frozen=True, slots=True)
class FileState:
    """Where an asset's file is: on this laptop, or only on the team server (a team file is
    fetched on demand, and may be removed to make room unless it is pinned)."""

    asset_id: str
    title: str
    size_bytes: int
    here: bool  # the file is on this laptop (True for a link: there is nothing to fetch)
    team: bool = False  # the file came from the team server
    pinned: bool = False  # kept on this laptop for offline use
    file_name: str = ""

    @property
    def on_server_only(self) -> bool:
        return self.team and not self.here


@dataclass(frozen=True, slots=True)
class SearchPage:
    """What a window shows for one search: the hits, their assets, where each file is, the
    words to mark in a preview, and the thumbnail file of each hit that has one."""

    result: SearchResult
    assets: dict[str, Asset]
    files: dict[str, FileState]
    highlight_terms: tuple[str, ...]
    thumbnails: dict[str, Path]


def size_text(size_bytes: int) -> str:
    """“820 KB”, “3.2 MB”, “1.4 GB”: a file's size as a person reads it."""
    if size_bytes >= 1024**3:
        return f"{size_bytes / 1024**3:.1f} GB"
    if size_bytes >= 1024**2:
        return f"{size_bytes / 1024**2:.1f} MB"
    return f"{(size_bytes + 1023) // 1024} KB" if size_bytes > 0 else "0 KB"
