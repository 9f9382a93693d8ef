"""Images: size and a thumbnail; they hold no searchable text."""

from __future__ import annotations

import logging
from pathlib import Path

from PIL import Image, UnidentifiedImageError

import collateral_app.extract.tools as tools
from collateral_app.domain.enums import PageKind, TextStatus
from collateral_app.domain.errors import ExtractionFailed
from collateral_app.domain.records import Extraction, PageText, ReadOptions

from .limits import MAX_THUMBNAIL_SOURCE_PIXELS, THUMBNAIL_MAX_PX, TextBudget, png_thumbnail

logger = logging.getLogger(__name__)

IMAGE_REASON = "Images have no searchable text."
TOO_LARGE_REASON = "This image is far too large to open; it was stored without a preview."
DAMAGED_REASON = "The file is damaged (not a readable image); it was stored without a preview."


MAX_OCR_PIXELS = 40_000_000  # a 300 dpi A3 scan; bigger images are not read for text
_OCR_MIN_WIDTH = 1600  # a phone photo of a page is read better enlarged to about 200 dpi


def read_image(path: Path, media_type: str, options: ReadOptions | None = None) -> Extraction:
    options = options or ReadOptions()
    notes: list[str] = []
    thumbnail: bytes | None = None
    page: PageText | None = None
    ocr_facts: dict[str, str] = {}
    language = ""
    try:
        # Opening reads the header only; pixels are decoded for the thumbnail alone.
        with Image.open(path) as image:
            width, height = image.size
            metadata = {"width": str(width), "height": str(height)}
            if width * height > MAX_THUMBNAIL_SOURCE_PIXELS:
                notes.append("This image is too large to preview.")
            else:
                try:
                    image.draft("RGB", (THUMBNAIL_MAX_PX, THUMBNAIL_MAX_PX))
                    thumbnail = png_thumbnail(image)
                except (OSError, ValueError, SyntaxError):  # Pillow reports bad chunks as SyntaxError
                    logger.info("%s could not be decoded for a thumbnail", path, exc_info=True)
                    notes.append("The image looks damaged; no preview was made.")
            if options.ocr and tools.tesseract() is not None and width * height <= MAX_OCR_PIXELS:
                page, language = _ocr(path, options, notes, ocr_facts)
    except Image.DecompressionBombError as exc:
        raise ExtractionFailed(TOO_LARGE_REASON) from exc
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise ExtractionFailed(DAMAGED_REASON) from exc
    if page is not None:
        return Extraction(
            media_type=media_type,
            pages=(page,),
            page_count=1,
            metadata=metadata | ocr_facts,
            thumbnail_png=thumbnail,
            notes=tuple(notes),
            language=language,
        )
    return Extraction(
        media_type=media_type,
        text_status=TextStatus.NONE,
        text_reason=IMAGE_REASON,
        metadata=metadata,
        thumbnail_png=thumbnail,
        notes=tuple(notes),
    )


def _ocr(
    path: Path, options: ReadOptions, notes: list[str], facts: dict[str, str]
) -> tuple[PageText | None, str]:
    """The image's text when it is a page of text (a scan, a photographed one-pager)."""
    from .ocr import OcrSession, looks_like_a_page

    try:
        with Image.open(path) as image:
            image.load()
            if not looks_like_a_page(image):
                return None, ""
            gray = image.convert("L")
    except (OSError, ValueError, SyntaxError):
        return None, ""
    if gray.width < _OCR_MIN_WIDTH:
        factor = _OCR_MIN_WIDTH / gray.width
        gray = gray.resize((_OCR_MIN_WIDTH, round(gray.height * factor)), Image.Resampling.LANCZOS)
    session = OcrSession(options.deadline)
    try:
        result = session.read(gray)
    except ExtractionFailed as exc:
        notes.append(f"The text in this image was not read: {exc.reason}")
        return None, ""
    if not result.is_text:
        return None, ""
    tool = tools.tesseract()
    facts["ocr"] = f"read by OCR (Tesseract {tool.version if tool else ''}, {result.languages})"
    notes.append(f"Its text was read by OCR (Tesseract, {result.languages}).")
    return PageText(1, PageKind.PAGE, TextBudget().take(result.text), ocr=True), session.iso_language
