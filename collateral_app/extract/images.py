"""Images: size and a thumbnail; they hold no searchable text."""

from __future__ import annotations

import logging
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from collateral_app.domain.enums import TextStatus
from collateral_app.domain.errors import ExtractionFailed
from collateral_app.domain.records import Extraction

from .limits import MAX_THUMBNAIL_SOURCE_PIXELS, THUMBNAIL_MAX_PX, png_thumbnail

logger = logging.getLogger(__name__)

IMAGE_REASON = "Images have no searchable text."
TOO_LARGE_REASON = "This image is far too large to open; it was stored without a preview."
DAMAGED_REASON = "The file is damaged (not a readable image); it was stored without a preview."


def read_image(path: Path, media_type: str) -> Extraction:
    notes: list[str] = []
    thumbnail: bytes | None = None
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
    except Image.DecompressionBombError as exc:
        raise ExtractionFailed(TOO_LARGE_REASON) from exc
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise ExtractionFailed(DAMAGED_REASON) from exc
    return Extraction(
        media_type=media_type,
        text_status=TextStatus.NONE,
        text_reason=IMAGE_REASON,
        metadata=metadata,
        thumbnail_png=thumbnail,
        notes=tuple(notes),
    )
