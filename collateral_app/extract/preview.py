"""Rendering pages for the preview pane (PDF pages as PNG images)."""

from __future__ import annotations

import io
import logging
import threading
from collections.abc import Sequence
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped, unused-ignore]
from PIL import Image, ImageDraw

log = logging.getLogger(__name__)

# PDFium is not thread-safe: the window may render two previews at once.
PDFIUM_LOCK = threading.Lock()


def render_pdf_page(
    path: Path, page_number: int, width_px: int, highlight: Sequence[str] = ()
) -> tuple[bytes, int]:
    """Page `page_number` (1-based) as PNG bytes scaled to `width_px`, with each of the
    `highlight` words marked, and the page count. Raises ValueError with a user-facing
    message when the page cannot be rendered."""
    with PDFIUM_LOCK:
        return _render(path, page_number, width_px, highlight)


def _render(path: Path, page_number: int, width_px: int, highlight: Sequence[str]) -> tuple[bytes, int]:
    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise ValueError(_cannot_display(exc)) from exc
    try:
        count = len(document)
        if count == 0:
            raise ValueError("This PDF has no pages.")
        index = min(max(page_number, 1), count) - 1
        page = document[index]
        try:
            scale = max(0.1, min(6.0, width_px / max(page.get_width(), 1.0)))
            bitmap = page.render(scale=scale)
            image = bitmap.to_pil().convert("RGB")
            boxes = _word_boxes(page, highlight)
            if boxes:
                overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
                draw = ImageDraw.Draw(overlay)
                height = page.get_height()
                for left, bottom, right, top in boxes:
                    draw.rectangle(
                        (left * scale, (height - top) * scale, right * scale, (height - bottom) * scale),
                        fill=(255, 214, 0, 110),
                    )
                image = Image.alpha_composite(image.convert("RGBA"), overlay).convert("RGB")
            buffer = io.BytesIO()
            image.save(buffer, format="PNG")
            return buffer.getvalue(), count
        finally:
            page.close()
    finally:
        document.close()


def _word_boxes(page: pdfium.PdfPage, words: Sequence[str]) -> list[tuple[float, float, float, float]]:
    """Page-space boxes (left, bottom, right, top) of each occurrence of `words`."""
    if not words:
        return []
    boxes: list[tuple[float, float, float, float]] = []
    textpage = page.get_textpage()
    try:
        for word in words:
            if len(word) < 2:
                continue
            searcher = textpage.search(word, match_case=False, match_whole_word=False)
            try:
                for _ in range(200):
                    found = searcher.get_next()
                    if found is None:
                        break
                    start, count = found
                    rects = textpage.count_rects(start, count)
                    boxes.extend(textpage.get_rect(i) for i in range(rects))
            finally:
                searcher.close()
    finally:
        textpage.close()
    return boxes


def _cannot_display(exc: pdfium.PdfiumError) -> str:
    """PDFium's message is already a sentence with its own parentheses ("Failed to load
    document (PDFium: Data format error)."); say what it means instead of wrapping it."""
    if exc.err_code == pdfium_c.FPDF_ERR_PASSWORD:
        return "This PDF is encrypted: it cannot be displayed without its password."
    if exc.err_code == pdfium_c.FPDF_ERR_SECURITY:
        return "This PDF uses a kind of protection Collateral cannot open, so it cannot be displayed."
    if exc.err_code == pdfium_c.FPDF_ERR_FILE:
        return "This PDF cannot be displayed: its file could not be read from disk."
    return "This PDF cannot be displayed: the file is damaged (not a readable PDF)."
