"""Limits and small helpers shared by the readers."""

from __future__ import annotations

import io
import logging

from PIL import Image

logger = logging.getLogger(__name__)

MAX_TEXT_CHARS = 20_000_000  # per file, so one huge file cannot fill memory or the index
THUMBNAIL_MAX_PX = 256
# Raw bytes read from a text-like file: enough for MAX_TEXT_CHARS in any encoding (UTF-32 at worst).
MAX_TEXT_BYTES = 4 * MAX_TEXT_CHARS + 4
MAX_THUMBNAIL_SOURCE_PIXELS = 50_000_000  # bigger images are not decoded just for a preview

TEXT_CAPPED_NOTE = "Only the first 20 million characters of text were kept."


class TextBudget:
    """Counts the characters kept from one file and cuts the text at MAX_TEXT_CHARS."""

    def __init__(self, limit: int = MAX_TEXT_CHARS) -> None:
        self._left = limit
        self.exhausted = False

    def take(self, text: str) -> str:
        if len(text) <= self._left:
            self._left -= len(text)
            return text
        kept = text[: self._left]
        self._left = 0
        self.exhausted = True
        return kept

    @property
    def notes(self) -> tuple[str, ...]:
        return (TEXT_CAPPED_NOTE,) if self.exhausted else ()


def png_thumbnail(image: Image.Image) -> bytes:
    """A PNG no larger than THUMBNAIL_MAX_PX on its longest side."""
    if image.mode not in ("RGB", "RGBA", "L", "LA"):
        has_alpha = image.mode in ("P", "PA") and "transparency" in image.info
        image = image.convert("RGBA" if has_alpha or image.mode.endswith("A") else "RGB")
    image.thumbnail((THUMBNAIL_MAX_PX, THUMBNAIL_MAX_PX))
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def thumbnail_from_bytes(data: bytes) -> bytes | None:
    """Converts an embedded preview (JPEG, PNG...) to a PNG thumbnail; None when it is unreadable."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            if width * height > MAX_THUMBNAIL_SOURCE_PIXELS:
                return None
            image.draft("RGB", (THUMBNAIL_MAX_PX, THUMBNAIL_MAX_PX))
            if _is_blank(image):
                return None  # a template's empty preview tells the user nothing
            return png_thumbnail(image)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        logger.info("embedded thumbnail is unreadable", exc_info=True)
        return None


def _is_blank(image: Image.Image) -> bool:
    """True when every pixel is (nearly) the same colour."""
    low, high = image.convert("L").getextrema()
    return float(high) - float(low) < 8  # type: ignore[arg-type]
