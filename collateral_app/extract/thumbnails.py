"""A file's thumbnail alone, made as the importer makes it, for a file that arrived without
one: a team file downloaded on demand (thumbnails are derived and stay on each laptop).

Read in this process, like the preview's pages: the file was already read whole by the
importer of the laptop that published it, and only its first page or its embedded preview is
decoded here. PDFium is entered under the preview's lock (it is not thread-safe)."""

from __future__ import annotations

import logging
from pathlib import Path

from collateral_app.domain.errors import ExtractionFailed

logger = logging.getLogger(__name__)

IMAGE_TYPES = {"png", "jpeg", "gif", "webp"}
OFFICE_TYPES = {"pptx", "docx", "xlsx", "odt", "odp", "ods"}  # the preview Office saves inside the file


def thumbnail_png(path: Path, media_type: str) -> bytes | None:
    """The PNG thumbnail of the file at `path`, or None when its kind has none or it cannot
    be read."""
    try:
        if media_type == "pdf":
            return _pdf_thumbnail(path)
        if media_type in IMAGE_TYPES:
            from .images import read_image

            return read_image(path, media_type).thumbnail_png
        if media_type in OFFICE_TYPES:
            from .ooxml import embedded_thumbnail

            return embedded_thumbnail(path)
    except (ExtractionFailed, OSError, ValueError):
        logger.info("no thumbnail made for %s", path, exc_info=True)
    return None


def _pdf_thumbnail(path: Path) -> bytes | None:
    import pypdfium2 as pdfium  # type: ignore[import-untyped, unused-ignore]

    from .pdf import first_page_thumbnail
    from .preview import PDFIUM_LOCK

    with PDFIUM_LOCK:
        try:
            document = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError:
            logger.info("%s cannot be opened for a thumbnail", path, exc_info=True)
            return None
        try:
            return first_page_thumbnail(document) if len(document) else None
        finally:
            document.close()
