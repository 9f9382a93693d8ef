"""Which kind of file this is, judged from its bytes first and its name second."""

from __future__ import annotations

import codecs
import logging
import os
import stat
import zipfile
from pathlib import Path, PurePath

logger = logging.getLogger(__name__)

HEAD_BYTES = 8192

BY_EXTENSION: dict[str, str] = {
    "pdf": "pdf",
    "pptx": "pptx", "pptm": "pptx", "ppsx": "pptx", "potx": "pptx",
    "docx": "docx", "docm": "docx", "dotx": "docx",
    "xlsx": "xlsx", "xlsm": "xlsx", "xltx": "xlsx",
    "html": "html", "htm": "html", "xhtml": "html",
    "md": "markdown", "markdown": "markdown",
    "txt": "text", "text": "text", "log": "text",
    "csv": "csv", "tsv": "csv",
    "png": "png",
    "jpg": "jpeg", "jpeg": "jpeg", "jpe": "jpeg",
    "gif": "gif",
    "webp": "webp",
    "mp4": "mp4", "m4v": "mp4",
    "mov": "mov", "qt": "mov",
    "webm": "webm", "mkv": "webm",
    "mp3": "mp3",
    "wav": "wav", "wave": "wav",
    "m4a": "m4a", "m4b": "m4a",
    "odt": "odt", "ott": "odt",
    "odp": "odp", "otp": "odp",
    "ods": "ods", "ots": "ods",
    "eml": "eml",
    "msg": "msg",
    "doc": "doc", "dot": "doc",
    "ppt": "ppt", "pps": "ppt", "pot": "ppt",
    "xls": "xls", "xlt": "xls",
    "key": "key",
}  # fmt: skip

# What a user is told a kind of file is, in a note about a wrong extension.
KIND_NAMES: dict[str, str] = {
    "pdf": "a PDF document",
    "pptx": "a PowerPoint presentation",
    "docx": "a Word document",
    "xlsx": "an Excel workbook",
    "html": "a web page (HTML)",
    "markdown": "a Markdown text",
    "text": "a plain text file",
    "csv": "a CSV table",
    "png": "a PNG image",
    "jpeg": "a JPEG image",
    "gif": "a GIF image",
    "webp": "a WebP image",
    "mp4": "an MP4 video",
    "mov": "a QuickTime video",
    "webm": "a WebM video",
    "mp3": "an MP3 audio file",
    "wav": "a WAV audio file",
    "m4a": "an M4A audio file",
    "odt": "an OpenDocument text",
    "odp": "an OpenDocument presentation",
    "ods": "an OpenDocument spreadsheet",
    "eml": "an email message",
    "msg": "an Outlook message",
    "doc": "a Word 97-2003 document",
    "ppt": "a PowerPoint 97-2003 presentation",
    "xls": "an Excel 97-2003 workbook",
    "key": "a Keynote presentation",
}

# Kinds that share a container, so a mismatch inside a family is not worth a note.
_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset({"mp4", "mov", "m4a"}),
    frozenset({"text", "markdown", "csv", "html", "eml"}),
)
_TEXT_FAMILY = _FAMILIES[1]

_OOXML_MARKERS: tuple[tuple[str, str], ...] = (
    ("word/document.xml", "docx"),
    ("ppt/presentation.xml", "pptx"),
    ("xl/workbook.xml", "xlsx"),
)

_ODF_MIMETYPES = {
    b"application/vnd.oasis.opendocument.text": "odt",
    b"application/vnd.oasis.opendocument.text-template": "odt",
    b"application/vnd.oasis.opendocument.presentation": "odp",
    b"application/vnd.oasis.opendocument.presentation-template": "odp",
    b"application/vnd.oasis.opendocument.spreadsheet": "ods",
    b"application/vnd.oasis.opendocument.spreadsheet-template": "ods",
}
_KEYNOTE_MARKERS = ("Index/Document.iwa", "index.apxl", "index.apxl.gz")
# Streams at the root of an OLE compound file that say which legacy format it holds.
_OLE_STREAMS: tuple[tuple[str, str], ...] = (
    ("WordDocument", "doc"),
    ("PowerPoint Document", "ppt"),
    ("Workbook", "xls"),
    ("Book", "xls"),
    ("__properties_version1.0", "msg"),
)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Header lines an email file starts with (RFC 5322), at least two of which must appear first.
_MAIL_HEADERS = (
    b"from:", b"to:", b"subject:", b"date:", b"received:", b"return-path:", b"message-id:",
    b"mime-version:", b"delivered-to:", b"x-", b"cc:", b"reply-to:", b"content-type:",
)  # fmt: skip
_BOMS: tuple[bytes, ...] = (
    codecs.BOM_UTF32_LE,
    codecs.BOM_UTF32_BE,
    codecs.BOM_UTF8,
    codecs.BOM_UTF16_LE,
    codecs.BOM_UTF16_BE,
)
# C0 controls that do not occur in text (tab, newlines, form feed and escape do).
_CONTROL_BYTES = frozenset(range(0x00, 0x09)) | frozenset(range(0x0E, 0x1B)) | {0x1C, 0x1D, 0x1E, 0x1F, 0x7F}
_HTML_MARKERS: tuple[bytes, ...] = (b"<!doctype html", b"<html", b"<head", b"<body")


def extension_of(declared_name: str) -> str:
    return PurePath(declared_name).suffix.lower().lstrip(".")


def media_type_from_name(declared_name: str) -> str | None:
    return BY_EXTENSION.get(extension_of(declared_name))


def sniff_media_type(path: Path, declared_name: str) -> tuple[str, str | None]:
    """Detected media type from the file's bytes, falling back to the extension.

    The second item is a note for the user when extension and content disagree, else None.
    """
    declared = media_type_from_name(declared_name)
    head = _read_head(path)
    detected = _from_magic(path, head)
    if detected is None:
        if not head or not looks_like_text(head):
            # Nothing recognisable: trust the name, the reader will say what is wrong.
            return declared or "unknown", None
        if declared in _TEXT_FAMILY:
            return declared, None
        detected = "html" if _looks_like_html(head) else ("eml" if _looks_like_mail(head) else "text")
    if declared is None or declared == detected:
        return detected, None
    if any(declared in family and detected in family for family in _FAMILIES):
        return declared, None
    ext = extension_of(declared_name)
    note = f"The file's extension says .{ext} but it is {KIND_NAMES.get(detected, detected)}."
    return detected, note


def _read_head(path: Path) -> bytes:
    try:
        # Never open a pipe or device: reading it could block forever.
        if not stat.S_ISREG(os.stat(path).st_mode):
            return b""
        with open(path, "rb") as f:
            return f.read(HEAD_BYTES)
    except OSError:
        logger.info("cannot read %s to sniff it", path, exc_info=True)
        return b""


def _from_magic(path: Path, head: bytes) -> str | None:
    # Containers first: a zip or an Outlook message may carry a PDF in its first kilobyte.
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(path)
    if head.startswith(_OLE_MAGIC):
        return _ole_kind(path)
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "webp"
    if head.startswith(b"RIFF") and head[8:12] == b"WAVE":
        return "wav"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand == b"qt  ":
            return "mov"
        if brand in (b"M4A ", b"M4B ", b"M4P "):
            return "m4a"
        return "mp4"
    if head[4:8] in (b"moov", b"mdat", b"wide", b"free", b"skip") and len(head) >= 8:
        return "mov"  # old QuickTime files start without an ftyp box
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return "webm"
    if head.startswith(b"ID3"):
        return "mp3"
    if _is_mpeg_audio_frame(head) and not looks_like_text(head):
        return "mp3"
    return None


def _zip_kind(path: Path) -> str | None:
    # Only the central directory (and ODF's tiny `mimetype`) is read: cheap even for a zip bomb.
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            for member, kind in _OOXML_MARKERS:
                if member in names:
                    return kind
            if "mimetype" in names and archive.getinfo("mimetype").file_size < 200:
                odf_kind = _ODF_MIMETYPES.get(archive.read("mimetype").strip())
                if odf_kind is not None:
                    return odf_kind
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, KeyError):
        return None
    if any(marker in names for marker in _KEYNOTE_MARKERS):
        return "key"
    return None


def _ole_kind(path: Path) -> str | None:
    """The legacy format an OLE compound file holds; None for a password-protected OOXML file
    (saved in the same container) or one that cannot be read, where the extension says more."""
    import olefile  # type: ignore[import-untyped, unused-ignore]

    try:
        with olefile.OleFileIO(str(path)) as ole:
            roots = {entry[0] for entry in ole.listdir(streams=True, storages=True)}
    except (OSError, ValueError, IndexError, KeyError, TypeError, RecursionError):
        logger.info("%s is not a readable OLE file", path, exc_info=True)
        return None
    for stream, kind in _OLE_STREAMS:
        if stream in roots:
            return kind
    return None


def _looks_like_mail(head: bytes) -> bool:
    lines = head[:2048].lstrip(b"\xef\xbb\xbf").splitlines()[:6]
    if lines and lines[0].startswith(b"From ") and b"@" in lines[0]:
        lines = lines[1:]  # an mbox "From " line before the headers
    known = sum(1 for line in lines if line.lower().startswith(_MAIL_HEADERS))
    return known >= 2 and lines[0].lower().startswith(_MAIL_HEADERS)


def _is_mpeg_audio_frame(head: bytes) -> bool:
    if len(head) < 4 or head[0] != 0xFF or head[1] & 0xE0 != 0xE0:
        return False
    version = (head[1] >> 3) & 0b11
    layer = (head[1] >> 1) & 0b11
    bitrate = head[2] >> 4
    rate = (head[2] >> 2) & 0b11
    return version != 0b01 and layer != 0 and bitrate not in (0, 0xF) and rate != 0b11


def looks_like_text(head: bytes) -> bool:
    """Whether a file's first bytes read as text in some encoding, rather than binary data."""
    if not head:
        return False
    if head.startswith(_BOMS):
        return True
    if b"\x00" in head:
        return _looks_like_utf16_without_bom(head)
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return True
    except UnicodeDecodeError:
        pass
    controls = sum(1 for byte in head if byte in _CONTROL_BYTES)
    return controls <= len(head) * 0.01


def _looks_like_utf16_without_bom(head: bytes) -> bool:
    pairs = len(head) // 2
    if pairs == 0:
        return False
    even_zeros = head[0::2].count(0)
    odd_zeros = head[1::2].count(0)
    # ASCII-heavy UTF-16 has a zero in every other byte and almost none in the rest.
    return max(even_zeros, odd_zeros) >= pairs * 0.4 and min(even_zeros, odd_zeros) <= pairs * 0.02


def _looks_like_html(head: bytes) -> bool:
    start = head[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(b"<?xml"):
        return b"<html" in start
    return start.startswith(_HTML_MARKERS) or (start.startswith(b"<!--") and b"<html" in start)
