"""Rendering pages for the preview pane (PDF pages as PNG images)."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import pypdfium2 as pdfium

log = logging.getLogger(__name__)


def render_pdf_page(path: Path, page_number: int, width_px: int) -> tuple[bytes, int]:
    """Page `page_number` (1-based) as PNG bytes scaled to `width_px`, and the page count.
    Raises ValueError with a user-facing message when the page cannot be rendered."""
    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise ValueError(f"This PDF cannot be displayed ({exc}).") from exc
    try:
        count = len(document)
        if count == 0:
            raise ValueError("This PDF has no pages.")
        index = min(max(page_number, 1), count) - 1
        page = document[index]
        try:
            scale = max(0.1, min(6.0, width_px / max(page.get_width(), 1.0)))
            bitmap = page.render(scale=scale)
            image = bitmap.to_pil()
            buffer = io.BytesIO()
            image.save(buffer, format="PNG")
            return buffer.getvalue(), count
        finally:
            page.close()
    finally:
        document.close()
