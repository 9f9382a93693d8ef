from __future__ import annotations

from enum import StrEnum


class AssetStatus(StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    ARCHIVED = "archived"


class TextStatus(StrEnum):
    """Whether an asset's text could be read, so search can say why it has none."""

    PENDING = "pending"
    OK = "ok"
    NONE = "none"  # the file holds no text (an image, a video, a scanned PDF)
    FAILED = "failed"  # the file could not be read; the reason is kept


class ImportStatus(StrEnum):
    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    SKIPPED = "skipped"  # left out on purpose (hidden, packaging, build files), with the reason
    FAILED = "failed"
    CANCELLED = "cancelled"  # not imported because the import was cancelled before it


class Dimension(StrEnum):
    """The taxonomy dimensions marketing tags collateral by."""

    TYPE = "type"
    STAGE = "stage"
    PERSONA = "persona"
    INDUSTRY = "industry"
    SIZE = "size"
    PRODUCT = "product"


class PageKind(StrEnum):
    """What one unit of extracted text is, so a hit can say 'slide 12'."""

    PAGE = "page"
    SLIDE = "slide"
    SHEET = "sheet"
    SECTION = "section"


class SearchSort(StrEnum):
    RELEVANCE = "relevance"
    NEWEST = "newest"  # most recently published first
    UPDATED = "updated"  # most recently changed first
    TITLE = "title"
    MOST_USED = "most_used"  # shares and presentations, last 90 days
    MOST_WINNING = "most_winning"  # won deals it assisted or helped win, last 90 days


class HandOverAction(StrEnum):
    """How a rep passes an asset on; the feedback loop records these."""

    OPEN = "open"  # in the default application
    SHOW_IN_FOLDER = "show_in_folder"
    COPY_FILE = "copy_file"
    DRAG_OUT = "drag_out"
    COPY_LINK = "copy_link"
