"""PDF documents through PDFium: text per page, metadata and a first-page thumbnail."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pypdfium2 as pdfium  # type: ignore[import-untyped, unused-ignore]
import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped, unused-ignore]

from collateral_app.domain.enums import PageKind, TextStatus
from collateral_app.domain.errors import ExtractionFailed
from collateral_app.domain.records import Extraction, PageText

from .limits import THUMBNAIL_MAX_PX, TextBudget, png_thumbnail
from .text import clean_lines

logger = logging.getLogger(__name__)

ENCRYPTED_REASON = "This PDF is encrypted; it was stored without its text."
UNSUPPORTED_SECURITY_REASON = (
    "This PDF uses a kind of protection Collateral cannot open; it was stored without its text."
)
TRUNCATED_REASON = (
    "The file is damaged (truncated PDF): it ends before the document does, perhaps because a download or "
    "copy was cut short. It was stored without its text."
)
CORRUPT_REASON = "The file is damaged (not a readable PDF); it was stored without its text."
NO_TEXT_LAYER_REASON = (
    "This PDF has no text layer (it looks like a scan or contains only images); its words are not searchable."
)
_TRUNCATED_NOTE = "This PDF looks truncated; some of its pages may be missing."
_TAIL_BYTES = 2048


def read_pdf(path: Path, media_type: str) -> Extraction:
    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise ExtractionFailed(_load_failure_reason(path, exc.err_code)) from exc
    try:
        return _read_document(path, document, media_type)
    finally:
        document.close()


def _load_failure_reason(path: Path, err_code: int | None) -> str:
    if err_code == pdfium_c.FPDF_ERR_PASSWORD:
        return ENCRYPTED_REASON
    if err_code == pdfium_c.FPDF_ERR_SECURITY:
        return UNSUPPORTED_SECURITY_REASON
    if err_code == pdfium_c.FPDF_ERR_FILE:
        return "The file could not be read from disk; it was stored without its text."
    return TRUNCATED_REASON if _looks_truncated(path) else CORRUPT_REASON


def _looks_truncated(path: Path) -> bool:
    """A PDF (it starts like one) that lacks the %%EOF a complete one ends with."""
    try:
        with open(path, "rb") as f:
            if b"%PDF" not in f.read(1024):
                return False  # not a PDF at all, so not a truncated one
            f.seek(0, os.SEEK_END)
            f.seek(max(0, f.tell() - _TAIL_BYTES))
            return b"%%EOF" not in f.read()
    except OSError:
        return False


def _read_document(path: Path, document: pdfium.PdfDocument, media_type: str) -> Extraction:
    page_count = len(document)
    budget = TextBudget()
    pages: list[PageText] = []
    unreadable = 0
    for index in range(page_count):
        if budget.exhausted:
            break
        try:
            text = _page_text(document, index)
        except pdfium.PdfiumError:
            logger.info("page %d of %s is unreadable", index + 1, path, exc_info=True)
            unreadable += 1
            continue
        pages.append(PageText(index + 1, PageKind.PAGE, budget.take(text)))

    notes = list(budget.notes)
    if unreadable:
        notes.append(f"{unreadable} of {page_count} pages could not be read.")
    if _looks_truncated(path):
        notes.append(_TRUNCATED_NOTE)
    info = _metadata(document)
    has_text = any(page.text.strip() for page in pages)
    status = TextStatus.OK if has_text else TextStatus.NONE
    reason = "" if has_text else (NO_TEXT_LAYER_REASON if page_count else "This PDF has no pages.")
    return Extraction(
        media_type=media_type,
        title=info.get("Title", ""),
        author=info.get("Author", ""),
        description=info.get("Subject", ""),
        pages=tuple(pages) if has_text else (),
        page_count=page_count,
        text_status=status,
        text_reason=reason,
        thumbnail_png=first_page_thumbnail(document) if page_count else None,
        notes=tuple(notes),
    )


def _page_text(document: pdfium.PdfDocument, index: int) -> str:
    page = document[index]
    try:
        textpage = page.get_textpage()
        try:
            text: str = textpage.get_text_bounded()
        finally:
            textpage.close()
    finally:
        page.close()
    return clean_lines(text)


def _metadata(document: pdfium.PdfDocument) -> dict[str, str]:
    try:
        raw: dict[str, str] = document.get_metadata_dict(skip_empty=True)
    except pdfium.PdfiumError:
        return {}
    return {key: value.strip().replace("\x00", "") for key, value in raw.items() if isinstance(value, str)}


def first_page_thumbnail(document: pdfium.PdfDocument) -> bytes | None:
    try:
        page = document[0]
        try:
            width, height = page.get_size()
            if width <= 0 or height <= 0:
                return None
            # One PDF point renders as one pixel at scale 1.
            scale = THUMBNAIL_MAX_PX / max(width, height)
            bitmap = page.render(scale=scale)
            image = bitmap.to_pil()
        finally:
            page.close()
    except pdfium.PdfiumError:
        logger.info("first page could not be rendered", exc_info=True)
        return None
    return png_thumbnail(image)
