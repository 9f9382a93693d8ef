"""Checks an Office Open XML or OpenDocument zip before any parser opens it (damage, zip bombs)."""

from __future__ import annotations

import logging
import re
import zipfile
from pathlib import Path

from collateral_app.domain.errors import ExtractionFailed

from .limits import thumbnail_from_bytes

logger = logging.getLogger(__name__)

MAX_UNCOMPRESSED_BYTES = 500 * 1024 * 1024
MAX_RATIO = 100
RATIO_CHECKED_ABOVE_BYTES = 10 * 1024 * 1024
_MAX_THUMBNAIL_BYTES = 5 * 1024 * 1024
_MAX_APP_PROPS_BYTES = 1024 * 1024

_MAIN_PART = {
    "docx": "word/document.xml",
    "pptx": "ppt/presentation.xml",
    "xlsx": "xl/workbook.xml",
    "odt": "content.xml",
    "odp": "content.xml",
    "ods": "content.xml",
}
_KIND_NAMES = {
    "docx": "Word document",
    "pptx": "PowerPoint presentation",
    "xlsx": "Excel workbook",
    "odt": "OpenDocument text",
    "odp": "OpenDocument presentation",
    "ods": "OpenDocument spreadsheet",
}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_PAGES = re.compile(rb"<(?:\w+:)?Pages>\s*(\d+)\s*</(?:\w+:)?Pages>")


def check_package(path: Path, media_type: str) -> None:
    """Raises ExtractionFailed when the file is not a sound zip of the expected kind, or a zip bomb."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise ExtractionFailed(_not_a_zip_reason(path, media_type)) from exc
    total = 0
    for member in members:
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > RATIO_CHECKED_ABOVE_BYTES and ratio > MAX_RATIO:
            logger.warning("%s: member %s expands %.0f times", path, member.filename, ratio)
            raise ExtractionFailed(zip_bomb_reason(media_type))
    if total > MAX_UNCOMPRESSED_BYTES:
        logger.warning("%s expands to %d bytes", path, total)
        raise ExtractionFailed(zip_bomb_reason(media_type))
    if _MAIN_PART[media_type] not in {member.filename for member in members}:
        kind = _KIND_NAMES[media_type].lower()
        raise ExtractionFailed(
            f"The file is damaged or is not a real .{media_type}: it has no {kind} inside. "
            "It was stored without its text."
        )


def zip_bomb_reason(media_type: str) -> str:
    return f"This .{media_type} expands to more than 500 MB; it looks like a zip bomb and was not read."


def damaged_reason(media_type: str) -> str:
    return f"The file is damaged (this .{media_type} could not be opened); it was stored without its text."


def _not_a_zip_reason(path: Path, media_type: str) -> str:
    try:
        with open(path, "rb") as f:
            magic = f.read(len(_OLE_MAGIC))
    except OSError:
        magic = b""
    if magic == _OLE_MAGIC:
        # Office saves password-protected documents in this older container.
        return (
            f"This .{media_type} is password-protected (or saved in an old Office format); "
            "it was stored without its text."
        )
    return f"The file is damaged (it is not a valid .{media_type}); it was stored without its text."


def embedded_thumbnail(path: Path) -> bytes | None:
    """The preview Office saves in docProps/thumbnail.* (LibreOffice in Thumbnails/thumbnail.png),
    as a PNG thumbnail."""
    try:
        with zipfile.ZipFile(path) as archive:
            for member in archive.infolist():
                name = member.filename.lower()
                saved = name.startswith("docprops/thumbnail.") or name == "thumbnails/thumbnail.png"
                if saved and member.file_size <= _MAX_THUMBNAIL_BYTES:
                    return thumbnail_from_bytes(archive.read(member))
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        logger.info("no thumbnail read from %s", path, exc_info=True)
    return None


def saved_page_count(path: Path) -> int:
    """The page count Word saved in docProps/app.xml, 0 when absent."""
    try:
        with zipfile.ZipFile(path) as archive:
            member = archive.getinfo("docProps/app.xml")
            if member.file_size > _MAX_APP_PROPS_BYTES:
                return 0
            match = _PAGES.search(archive.read(member))
    except (KeyError, zipfile.BadZipFile, OSError, EOFError, ValueError):
        return 0
    return int(match.group(1)) if match else 0
