"""PDF documents through PDFium: text per page, metadata and a first-page thumbnail."""

from __future__ import annotations

import ctypes
import logging
import os
from pathlib import Path

import pypdfium2 as pdfium  # type: ignore[import-untyped, unused-ignore]
import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped, unused-ignore]
from PIL import Image

import collateral_app.extract.tools as tools
from collateral_app.domain.enums import PageKind, TextStatus
from collateral_app.domain.errors import ExtractionFailed
from collateral_app.domain.records import Extraction, PageText, ReadOptions

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
OCR_FOUND_NOTHING_REASON = (
    "This PDF has no text layer and OCR found no words on its pages (they look like pictures, not text)."
)
OCR_DPI = 300


def needs_ocr_reason(what: str = "This PDF") -> str:
    return (
        f"Scanned: text needs OCR ({tools.TESSERACT_INSTALL}). {what} has no text layer, "
        "so its words are not searchable yet."
    )


_TRUNCATED_NOTE = "This PDF looks truncated; some of its pages may be missing."
_TAIL_BYTES = 2048


def read_pdf(path: Path, media_type: str, options: ReadOptions | None = None) -> Extraction:
    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise ExtractionFailed(_load_failure_reason(path, exc.err_code)) from exc
    try:
        return _read_document(path, document, media_type, options or ReadOptions())
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


def _read_document(
    path: Path, document: pdfium.PdfDocument, media_type: str, options: ReadOptions
) -> Extraction:
    page_count = len(document)
    budget = TextBudget()
    pages: list[PageText] = []
    unreadable = 0
    scanned: list[int] = []  # pages without a text layer that hold an image: scans
    for index in range(page_count):
        if budget.exhausted:
            break
        try:
            text = _page_text(document, index)
            if not text.strip() and _has_image(document, index):
                scanned.append(index)
        except pdfium.PdfiumError:
            logger.info("page %d of %s is unreadable", index + 1, path, exc_info=True)
            unreadable += 1
            continue
        pages.append(PageText(index + 1, PageKind.PAGE, budget.take(text)))

    notes = list(budget.notes)
    metadata: dict[str, str] = {}
    language = ""
    ocr_ran = False
    if scanned and options.ocr and tools.tesseract() is not None:
        ocr_ran = True
        pages, language = _ocr_pages(document, pages, scanned, budget, options, notes, metadata)
    elif scanned and options.ocr and any(page.text.strip() for page in pages):
        listed = ", ".join(str(i + 1) for i in scanned[:20]) + ("…" if len(scanned) > 20 else "")
        notes.append(f"Scanned pages ({listed}): their text needs OCR ({tools.TESSERACT_INSTALL}).")
    if unreadable:
        notes.append(f"{unreadable} of {page_count} pages could not be read.")
    if _looks_truncated(path):
        notes.append(_TRUNCATED_NOTE)
    info = _metadata(document)
    has_text = any(page.text.strip() for page in pages)
    status = TextStatus.OK if has_text else TextStatus.NONE
    if has_text:
        reason = ""
    elif not page_count:
        reason = "This PDF has no pages."
    elif ocr_ran:
        reason = OCR_FOUND_NOTHING_REASON
    elif scanned and options.ocr:
        reason = needs_ocr_reason()
    else:
        reason = NO_TEXT_LAYER_REASON
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
        metadata=metadata,
        language=language,
    )


def _has_image(document: pdfium.PdfDocument, index: int) -> bool:
    page = document[index]
    try:
        return any(True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=3))
    finally:
        page.close()


def _ocr_pages(
    document: pdfium.PdfDocument,
    pages: list[PageText],
    scanned: list[int],
    budget: TextBudget,
    options: ReadOptions,
    notes: list[str],
    metadata: dict[str, str],
) -> tuple[list[PageText], str]:
    """Reads the scanned pages with Tesseract, one by one, while the file's time allows; a page
    not reached is listed in a note, never dropped silently."""
    from .ocr import OcrSession

    session = OcrSession(options.deadline, hint=_declared_language(document))
    by_number = {page.number: page for page in pages}
    read: list[int] = []
    stopped: str | None = None
    for position, index in enumerate(scanned):
        if budget.exhausted:
            break
        try:
            image = _render_for_ocr(document, index)
            result = session.read(image)
        except ExtractionFailed as exc:
            stopped = exc.reason
            left = scanned[position:]
            listed = ", ".join(str(i + 1) for i in left[:20]) + ("…" if len(left) > 20 else "")
            notes.append(f"OCR stopped before page {left[0] + 1} ({stopped}); pages not read: {listed}.")
            break
        except pdfium.PdfiumError:
            logger.info("page %d could not be rendered for OCR", index + 1, exc_info=True)
            notes.append(f"Page {index + 1} could not be rendered for OCR.")
            continue
        if result.is_text:
            by_number[index + 1] = PageText(index + 1, PageKind.PAGE, budget.take(result.text), ocr=True)
            read.append(index + 1)
    tool = tools.tesseract()
    if read:
        metadata["ocr"] = (
            f"{len(read)} of {len(document)} pages read by OCR (Tesseract {tool.version if tool else ''}, "
            f"{', '.join(session.used)})"
        )
        notes.append(metadata["ocr"][:1].upper() + metadata["ocr"][1:] + ".")
    return [by_number[n] for n in sorted(by_number)], session.iso_language if read else ""


def _declared_language(document: pdfium.PdfDocument) -> str:
    """The ISO code of the catalog's /Lang, when the PDF declares its language."""
    getter = getattr(pdfium_c, "FPDFCatalog_GetLanguage", None)
    if getter is None:
        return ""
    try:
        size = int(getter(document, None, 0))
        if size <= 2:
            return ""
        buffer = ctypes.create_string_buffer(size)
        getter(document, buffer, size)
        value = buffer.raw[:size].decode("utf-16-le", "ignore").rstrip("\x00")
    except (pdfium.PdfiumError, ctypes.ArgumentError, OSError, ValueError):
        return ""
    primary = value.split("-")[0].strip().lower()
    return primary if len(primary) == 2 and primary.isalpha() else ""


def _render_for_ocr(document: pdfium.PdfDocument, index: int) -> Image.Image:
    page = document[index]
    try:
        bitmap = page.render(scale=OCR_DPI / 72, grayscale=True)
        image: Image.Image = bitmap.to_pil()
        return image
    finally:
        page.close()


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
