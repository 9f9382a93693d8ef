"""Plain text, Markdown and CSV: decoding in whatever encoding the file was saved in."""

from __future__ import annotations

import codecs
import csv
import io
import logging
import re
from collections.abc import Iterator
from pathlib import Path

import charset_normalizer

from collateral_app.domain.enums import PageKind, TextStatus
from collateral_app.domain.errors import ExtractionFailed
from collateral_app.domain.records import Extraction, PageText

from .limits import MAX_TEXT_BYTES, TextBudget

logger = logging.getLogger(__name__)

_BOM_ENCODINGS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_DETECTION_SAMPLE_BYTES = 512 * 1024
# Browsers read these labels as windows-1252, and so do we: files lie about Latin-1 all the time.
_WINDOWS_1252_ALIASES = frozenset(
    {"latin_1", "iso8859_1", "iso8859-1", "ascii", "iso-8859-1", "latin-1", "us-ascii"}
)
_UNREADABLE_RATIO = 0.05
_TIE = 0.01
NOT_TEXT_REASON = "This file does not contain readable text; it was stored without its text."
_MARKDOWN_H1 = re.compile(r"^# +(.+?)\s*#*\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")


def read_limited(path: Path) -> tuple[bytes, bool]:
    """The file's first MAX_TEXT_BYTES bytes, and whether there was more."""
    with open(path, "rb") as f:
        data = f.read(MAX_TEXT_BYTES + 1)
    if len(data) > MAX_TEXT_BYTES:
        return data[:MAX_TEXT_BYTES], True
    return data, False


def normalize_encoding(name: str) -> str | None:
    """Python's codec name for an encoding label, or None when Python does not know it."""
    try:
        codec = codecs.lookup(name.strip().strip("\"'"))
    except (LookupError, ValueError):
        return None
    if codec.name in _WINDOWS_1252_ALIASES:
        return "cp1252"
    return codec.name


def decode_text(data: bytes, *, truncated: bool = False, declared: str | None = None) -> tuple[str, str]:
    """Decodes bytes of unknown encoding: BOM, then a declared charset, then UTF-8, then detection.

    Returns the text and the encoding used. `truncated` says the bytes were cut, so an incomplete
    character at the end is dropped instead of being reported as an error.
    """
    for bom, encoding in _BOM_ENCODINGS:
        if data.startswith(bom):
            return _decode(data[len(bom) :], encoding, truncated), encoding
    if declared is not None:
        return _decode(data, declared, truncated), declared
    try:
        return codecs.getincrementaldecoder("utf-8")().decode(data, final=not truncated), "utf-8"
    except UnicodeDecodeError:
        pass
    encoding = _detect_encoding(data)
    return _decode(data, encoding, truncated), encoding


def _decode(data: bytes, encoding: str, truncated: bool) -> str:
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    return decoder.decode(data, final=not truncated)


def _detect_encoding(data: bytes) -> str:
    sample = data
    if len(data) > _DETECTION_SAMPLE_BYTES:
        # Cut at a line end so the sample does not end inside a multi-byte character.
        cut = data.rfind(b"\n", 0, _DETECTION_SAMPLE_BYTES)
        sample = data[: cut + 1] if cut > 0 else data[:_DETECTION_SAMPLE_BYTES]
    matches = list(charset_normalizer.from_bytes(sample))
    if not matches:
        return "cp1252"
    best = matches[0]
    # Short Western texts fit several code pages equally well; like browsers, prefer
    # windows-1252 among equals (cp1250 would turn "crème" into "crčme").
    for match in matches:
        tied = match.chaos <= best.chaos + _TIE and match.coherence >= best.coherence - _TIE
        if tied and "cp1252" in match.could_be_from_charset:
            return "cp1252"
    return normalize_encoding(best.encoding) or "cp1252"


def looks_unreadable(text: str) -> bool:
    """True for decoded binary data: NULs, control characters and replacement marks."""
    sample = text[:100_000]
    if not sample:
        return False
    bad = sum(1 for ch in sample if ch == "\ufffd" or (ch < " " and ch not in "\t\n\r\f\x1b"))
    return bad > len(sample) * _UNREADABLE_RATIO


def clean_lines(text: str) -> str:
    """Normalises line ends and drops NULs, which some indexes refuse."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")


def read_plain_text(path: Path, media_type: str) -> Extraction:
    text, budget, metadata = _read_decoded(path)
    if not text.strip():
        return _blank(media_type, metadata)
    pages = (PageText(1, PageKind.SECTION, budget.take(text)),)
    return Extraction(media_type=media_type, pages=pages, metadata=metadata, notes=budget.notes)


def read_markdown(path: Path, media_type: str) -> Extraction:
    text, budget, metadata = _read_decoded(path)
    if not text.strip():
        return _blank(media_type, metadata)
    pages: list[PageText] = []
    for heading, body in split_markdown(text):
        if not body.strip() and not heading:
            continue
        pages.append(PageText(len(pages) + 1, PageKind.SECTION, budget.take(body), label=heading))
        if budget.exhausted:
            break
    title = next((page.label for page in pages if page.label), "")
    return Extraction(
        media_type=media_type, title=title, pages=tuple(pages), metadata=metadata, notes=budget.notes
    )


def _blank(media_type: str, metadata: dict[str, str]) -> Extraction:
    return Extraction(
        media_type=media_type,
        text_status=TextStatus.NONE,
        text_reason="The file holds only blank space.",
        metadata=metadata,
    )


def split_markdown(text: str) -> Iterator[tuple[str, str]]:
    """(heading, section text) at each level-1 "# " heading outside code fences."""
    heading = ""
    lines: list[str] = []
    in_fence = False
    for line in text.split("\n"):
        if _FENCE.match(line):
            in_fence = not in_fence
        match = None if in_fence else _MARKDOWN_H1.match(line)
        if match is not None:
            if lines or heading:
                yield heading, "\n".join(lines).strip("\n")
            heading = match.group(1).strip()
            lines = [line]
        else:
            lines.append(line)
    if lines or heading:
        yield heading, "\n".join(lines).strip("\n")


def read_csv(path: Path, media_type: str) -> Extraction:
    text, budget, metadata = _read_decoded(path)
    if not text.strip():
        return _blank(media_type, metadata)
    table = budget.take(_csv_as_tab_text(text))
    pages = (PageText(1, PageKind.SHEET, table),)
    return Extraction(media_type=media_type, pages=pages, page_count=1, metadata=metadata, notes=budget.notes)


def _csv_as_tab_text(text: str) -> str:
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:64_000], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    try:
        rows = csv.reader(io.StringIO(text), dialect)
        return "\n".join("\t".join(cell.strip() for cell in row) for row in rows if any(row))
    except csv.Error:
        logger.info("CSV could not be parsed; keeping it as plain text", exc_info=True)
        return text


def _read_decoded(path: Path) -> tuple[str, TextBudget, dict[str, str]]:
    data, truncated = read_limited(path)
    text, encoding = decode_text(data, truncated=truncated)
    if looks_unreadable(text):
        raise ExtractionFailed(NOT_TEXT_REASON)
    budget = TextBudget()
    if truncated:
        budget.exhausted = True  # the rest of the file was never read
    return clean_lines(text), budget, {"encoding": encoding}
