"""extract_file: one file in, one Extraction out, whatever the file holds."""

from __future__ import annotations

import dataclasses
import gc
import logging
import os
import stat
from collections.abc import Callable
from pathlib import Path

from collateral_app.domain.enums import TextStatus
from collateral_app.domain.errors import ExtractionFailed
from collateral_app.domain.records import Extraction, ReadOptions

from .documents import read_docx
from .images import read_image
from .legacy import read_legacy
from .mail import read_eml, read_msg
from .media import read_media
from .odf import read_odf
from .pdf import read_pdf
from .sheets import read_xlsx
from .slides import read_pptx
from .sniff import extension_of, media_type_from_name, sniff_media_type
from .text import read_csv, read_markdown, read_plain_text
from .web import read_html

logger = logging.getLogger(__name__)

Reader = Callable[[Path, str, ReadOptions], Extraction]
SimpleReader = Callable[[Path, str], Extraction]


def _simple(reader: SimpleReader) -> Reader:
    """A reader that needs no options (most of them)."""

    def read(path: Path, media_type: str, options: ReadOptions) -> Extraction:
        return reader(path, media_type)

    return read


SIMPLE_READERS: dict[str, SimpleReader] = {
    "pptx": read_pptx,
    "docx": read_docx,
    "xlsx": read_xlsx,
    "html": read_html,
    "markdown": read_markdown,
    "text": read_plain_text,
    "csv": read_csv,
    "mp4": read_media,
    "mov": read_media,
    "webm": read_media,
    "mp3": read_media,
    "wav": read_media,
    "m4a": read_media,
    "odt": read_odf,
    "odp": read_odf,
    "ods": read_odf,
}
READERS: dict[str, Reader] = {kind: _simple(reader) for kind, reader in SIMPLE_READERS.items()} | {
    "pdf": read_pdf,
    "png": read_image,
    "jpeg": read_image,
    "gif": read_image,
    "webp": read_image,
    "eml": read_eml,
    "msg": read_msg,
    "doc": read_legacy,
    "ppt": read_legacy,
    "xls": read_legacy,
    "key": read_legacy,
}

EMPTY_REASON = "The file is empty."
MEMORY_REASON = "Reading this file needed more than the allowed memory; it was stored without its text."
BUG_REASON = (
    "The reader failed on this file (an unexpected error, recorded in the log); "
    "it was stored without its text."
)
NOT_REGULAR_REASON = "This is not a regular file (a folder, device or pipe); it was not read."
TOO_DEEP_REASON = "The file is nested too deeply to read; it was stored without its text."


def failed(media_type: str, reason: str, notes: tuple[str, ...] = ()) -> Extraction:
    return Extraction(media_type=media_type, text_status=TextStatus.FAILED, text_reason=reason, notes=notes)


def extract_file(path: Path, declared_name: str, options: ReadOptions | None = None) -> Extraction:
    """Reads one file in this process. Never raises for bad input: problems become a FAILED Extraction."""
    options = options or ReadOptions()
    fallback_type = media_type_from_name(declared_name) or "unknown"
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return failed(fallback_type, "The file could not be found; it may have been moved or deleted.")
    except OSError as exc:
        return failed(fallback_type, f"The file could not be opened ({exc.strerror or exc}).")
    if not stat.S_ISREG(info.st_mode):
        return failed(fallback_type, NOT_REGULAR_REASON)

    media_type, mismatch = sniff_media_type(path, declared_name)
    notes = (mismatch,) if mismatch else ()
    if info.st_size == 0:
        return failed(media_type, EMPTY_REASON, notes)
    reader = READERS.get(media_type)
    if reader is None:
        ext = extension_of(declared_name)
        kind = f".{ext} files" if ext else "files of this kind"
        return Extraction(
            media_type=media_type,
            text_status=TextStatus.NONE,
            text_reason=f"Collateral does not read the text of {kind}; the file was stored as it is.",
            notes=notes,
        )
    try:
        result = reader(path, media_type, options)
    except ExtractionFailed as exc:
        return failed(media_type, exc.reason, notes)
    except MemoryError:
        gc.collect()
        logger.warning("out of memory reading %s", path)
        return failed(media_type, MEMORY_REASON, notes)
    except RecursionError:
        logger.warning("recursion limit reading %s", path)
        return failed(media_type, TOO_DEEP_REASON, notes)
    except OSError as exc:
        logger.warning("I/O error reading %s", path, exc_info=True)
        reason = f"The file could not be read ({exc.strerror or exc}); it was stored without its text."
        return failed(media_type, reason, notes)
    except Exception:
        logger.exception("reader for %s failed on %s", media_type, path)
        return failed(media_type, BUG_REASON, notes)
    return dataclasses.replace(result, media_type=media_type, notes=notes + result.notes)
