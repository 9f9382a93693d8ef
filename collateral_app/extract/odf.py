"""OpenDocument files (LibreOffice, OpenOffice, many public-sector teams): text per page or
section (.odt), per slide with speaker notes (.odp), per sheet (.ods), their metadata and the
thumbnail LibreOffice saves inside the file.

Read with the standard library's XML parser straight from the zip, after the same damage and
zip-bomb checks as Office files. Spreadsheets are streamed row by row, so a sheet that declares a
million repeated empty rows costs nothing.
"""

from __future__ import annotations

import logging
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO
from xml.etree import ElementTree as ET

from collateral_app.domain.enums import PageKind, TextStatus
from collateral_app.domain.errors import ExtractionFailed
from collateral_app.domain.records import Extraction, PageText

from .limits import TextBudget
from .ooxml import check_package, damaged_reason, embedded_thumbnail

logger = logging.getLogger(__name__)

MAX_CELLS = 200_000  # per spreadsheet, as for Excel workbooks
_MAX_META_BYTES = 1024 * 1024

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "presentation": "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
}


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{_NS[prefix]}}}{local}"


_P, _H, _SPAN, _S, _TAB, _BR = (
    _q(n) for n in ("text:p", "text:h", "text:span", "text:s", "text:tab", "text:line-break")
)
_SOFT_BREAK, _NOTE_CITATION = _q("text:soft-page-break"), _q("text:note-citation")
_TABLE, _TABLE_ROW, _TABLE_CELL = _q("table:table"), _q("table:table-row"), _q("table:table-cell")
_COVERED_CELL = _q("table:covered-table-cell")
_DRAW_PAGE, _FRAME, _GROUP, _NOTES = _q("draw:page"), _q("draw:frame"), _q("draw:g"), _q("presentation:notes")
_CLASS, _LEVEL, _C = _q("presentation:class"), _q("text:outline-level"), _q("text:c")
_COLS_REPEATED, _ROWS_REPEATED, _TABLE_NAME = (
    _q("table:number-columns-repeated"),
    _q("table:number-rows-repeated"),
    _q("table:name"),
)
# Parts of a text that are not its reading: tracked deletions, comments, generated indexes.
_SKIPPED = frozenset(
    _q(n)
    for n in (
        "text:tracked-changes",
        "office:annotation",
        "text:table-of-content",
        "text:alphabetical-index",
        "text:illustration-index",
        "text:bibliography",
        "text:sequence-decls",
        "text:variable-decls",
        "office:forms",
        "draw:page-thumbnail",
    )
)  # fmt: skip
_INLINE_BLOCKS = frozenset({_P, _H})


def read_odf(path: Path, media_type: str) -> Extraction:
    check_package(path, media_type)
    try:
        with zipfile.ZipFile(path) as archive:
            meta = _meta(archive)
            with archive.open("content.xml") as content:
                if media_type == "ods":
                    pages, notes = _read_sheets(content)
                    count = len(pages)
                elif media_type == "odp":
                    pages, notes = _read_slides(ET.parse(content).getroot())
                    count = len(pages)
                else:
                    pages, notes = _read_text(ET.parse(content).getroot())
                    count = int(meta.get("page-count") or 0) or len(pages)
    except ExtractionFailed:
        raise
    except (ET.ParseError, zipfile.BadZipFile, KeyError, ValueError, EOFError) as exc:
        logger.warning("%s could not be read as OpenDocument", path, exc_info=True)
        raise ExtractionFailed(damaged_reason(media_type)) from exc
    has_text = any(page.text.strip() for page in pages)
    title = meta.get("title", "") or next((p.label for p in pages if p.label and media_type != "ods"), "")
    what = {"odt": "document", "odp": "presentation", "ods": "spreadsheet"}[media_type]
    return Extraction(
        media_type=media_type,
        title=title,
        author=meta.get("initial-creator") or meta.get("creator", ""),
        description=meta.get("description") or meta.get("subject", ""),
        pages=tuple(pages),
        page_count=count,
        text_status=TextStatus.OK if has_text else TextStatus.NONE,
        text_reason="" if has_text else f"This {what} has no text.",
        thumbnail_png=embedded_thumbnail(path),
        notes=tuple(notes),
        language=_language(meta.get("language", "")),
    )


def _meta(archive: zipfile.ZipFile) -> dict[str, str]:
    try:
        info = archive.getinfo("meta.xml")
    except KeyError:
        return {}
    if info.file_size > _MAX_META_BYTES:
        return {}
    try:
        root = ET.fromstring(archive.read(info))
    except ET.ParseError:
        logger.info("meta.xml is unreadable", exc_info=True)
        return {}
    found: dict[str, str] = {}
    office_meta = root.find("office:meta", _NS)
    if office_meta is None:
        return found
    for element in office_meta:
        local = element.tag.rsplit("}", 1)[-1]
        if local == "document-statistic":
            found["page-count"] = element.get(_q("meta:page-count"), "")
        elif local in ("title", "description", "subject", "creator", "initial-creator", "language"):
            found[local] = " ".join((element.text or "").split())
    return found


def _language(code: str) -> str:
    primary = code.split("-")[0].split("_")[0].lower()
    return primary if len(primary) in (2, 3) and primary.isalpha() else ""


# -- inline text ---------------------------------------------------------------------------------


def inline_text(element: ET.Element) -> str:
    """The text of a paragraph or heading, with ODF's encoded spaces, tabs and breaks."""
    parts: list[str] = []
    _collect(element, parts)
    return "".join(parts)


def _collect(element: ET.Element, parts: list[str]) -> None:
    if element.text:
        parts.append(element.text)
    for child in element:
        tag = child.tag
        if tag == _S:
            parts.append(" " * _count(child.get(_C)))
        elif tag == _TAB:
            parts.append("\t")
        elif tag == _BR:
            parts.append("\n")
        elif tag in _SKIPPED or tag == _NOTE_CITATION:
            pass
        elif tag in _INLINE_BLOCKS:  # a paragraph in a text box or a footnote, inside a paragraph
            parts.append(" ")
            _collect(child, parts)
            parts.append(" ")
        else:
            _collect(child, parts)
        if child.tail:
            parts.append(child.tail)


def _count(value: str | None, default: int = 1, cap: int = 1000) -> int:
    try:
        return max(1, min(int(value), cap)) if value else default
    except ValueError:
        return default


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _clean(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.replace("\t", " \t ").split("\n"))
    return "\n".join(line.replace(" \t ", "\t") for line in lines).strip()


def _table_lines(table: ET.Element) -> Iterator[str]:
    for row in table.iter(_TABLE_ROW):
        cells = [
            _one_line(" ".join(inline_text(p) for p in cell.iter(_P)))
            for cell in row
            if cell.tag == _TABLE_CELL
        ]
        line = "\t".join(cells).rstrip("\t")
        if line:
            yield line


# -- .odt ----------------------------------------------------------------------------------------


class _Units:
    """Blocks of text gathered into pages (at LibreOffice's page breaks) or sections (at each
    level-1 heading), whichever the document has."""

    def __init__(self, by_page: bool) -> None:
        self.by_page = by_page
        self.budget = TextBudget()
        self.pages: list[PageText] = []
        self._blocks: list[str] = []
        self._label = ""
        self._page_number = 1

    def heading(self, text: str, level: int) -> None:
        if not self.by_page and level == 1:
            self.flush()
            self._label = text
        elif self.by_page and not self._label and text:
            self._label = text  # a page is labelled by its first heading
        self.add(text)

    def add(self, text: str) -> None:
        if text.strip():
            self._blocks.append(text)

    def page_break(self) -> None:
        if self.by_page:
            self.flush()
            self._page_number += 1

    def flush(self) -> None:
        text = "\n".join(self._blocks).strip()
        if text and not self.budget.exhausted:
            if self.by_page:
                number, kind = self._page_number, PageKind.PAGE
            else:
                number, kind = len(self.pages) + 1, PageKind.SECTION
            self.pages.append(PageText(number, kind, self.budget.take(text), self._label))
        self._blocks = []
        self._label = ""


def _read_text(root: ET.Element) -> tuple[list[PageText], list[str]]:
    body = root.find("office:body/office:text", _NS)
    if body is None:
        return [], []
    units = _Units(by_page=any(True for _ in body.iter(_SOFT_BREAK)))
    _walk_blocks(body, units)
    units.flush()
    return units.pages, list(units.budget.notes)


def _walk_blocks(container: ET.Element, units: _Units) -> None:
    for block in container:
        if units.budget.exhausted:
            return
        tag = block.tag
        if tag == _SOFT_BREAK:
            units.page_break()
        elif tag == _H:
            units.heading(_one_line(inline_text(block)), _count(block.get(_LEVEL)))
            _breaks_inside(block, units)
        elif tag == _P:
            units.add(_clean(inline_text(block)))
            _breaks_inside(block, units)
        elif tag == _TABLE:
            units.add("\n".join(_table_lines(block)))
            _breaks_inside(block, units)
        elif tag not in _SKIPPED:  # lists, list items, sections, frames anchored to the page
            _walk_blocks(block, units)


def _breaks_inside(block: ET.Element, units: _Units) -> None:
    """A page that breaks inside a paragraph or table: the block counts to the page it starts on."""
    for _ in block.iter(_SOFT_BREAK):
        units.page_break()


# -- .odp ----------------------------------------------------------------------------------------


def _read_slides(root: ET.Element) -> tuple[list[PageText], list[str]]:
    budget = TextBudget()
    pages: list[PageText] = []
    presentation = root.find("office:body/office:presentation", _NS)
    if presentation is None:
        return [], []
    for number, slide in enumerate(presentation.iter(_DRAW_PAGE), start=1):
        if budget.exhausted:
            break
        title = ""
        parts: list[str] = []
        notes: list[str] = []
        for frame in _frames(slide):
            kind = frame.get(_CLASS, "")
            text = _frame_text(frame)
            if not text:
                continue
            if kind == "title" and not title:
                title = _one_line(text)
                parts.insert(0, title)
            else:
                parts.append(text)
        for note_page in slide.iter(_NOTES):
            notes.extend(text for frame in note_page.iter(_FRAME) if (text := _frame_text(frame)))
        if notes:
            parts.append("Notes: " + "\n".join(notes))
        pages.append(PageText(number, PageKind.SLIDE, budget.take("\n".join(parts)), label=title))
    return pages, list(budget.notes)


def _frames(slide: ET.Element) -> Iterator[ET.Element]:
    """The slide's own frames and shapes with text, in document order, without its notes page."""
    for child in slide:
        if child.tag == _NOTES:
            continue
        if child.tag == _GROUP:
            yield from _frames(child)
        else:
            yield child  # a frame, a custom shape, a connector with a label...


def _frame_text(frame: ET.Element) -> str:
    lines: list[str] = []
    tables = list(frame.iter(_TABLE))
    in_table = {id(p) for table in tables for p in table.iter(_P)}
    for table in tables:
        lines.extend(_table_lines(table))
    lines.extend(
        _clean(inline_text(p)) for p in frame.iter() if p.tag in _INLINE_BLOCKS and id(p) not in in_table
    )
    return "\n".join(line for line in lines if line)


# -- .ods ----------------------------------------------------------------------------------------


def _read_sheets(content: IO[bytes]) -> tuple[list[PageText], list[str]]:
    budget = TextBudget()
    pages: list[PageText] = []
    cells_left = MAX_CELLS
    depth_in_table = 0
    lines: list[str] = []
    name = ""
    for event, element in ET.iterparse(content, events=("start", "end")):
        tag = element.tag
        if tag == _TABLE:
            if event == "start":
                depth_in_table += 1
                if depth_in_table == 1:
                    name, lines = element.get(_TABLE_NAME, ""), []
                continue
            depth_in_table -= 1
            if depth_in_table == 0:
                if not budget.exhausted:
                    pages.append(
                        PageText(len(pages) + 1, PageKind.SHEET, budget.take("\n".join(lines)), name)
                    )
                element.clear()
            continue
        if event != "end" or tag != _TABLE_ROW or depth_in_table != 1 or cells_left <= 0:
            continue
        cells: list[str] = []
        for cell in element:
            if cell.tag not in (_TABLE_CELL, _COVERED_CELL):
                continue
            value = _one_line(" ".join(inline_text(p) for p in cell.iter(_P)))
            # Repeated empty cells pad a row to the sheet's width; only filled ones are spelled out.
            cells.extend([value] * (_count(cell.get(_COLS_REPEATED), cap=MAX_CELLS) if value else 1))
        line = "\t".join(cells).rstrip("\t")
        if line:
            repeat = _count(element.get(_ROWS_REPEATED), cap=MAX_CELLS)
            for _ in range(repeat):
                cells_left -= max(len(cells), 1)
                lines.append(line)
                if cells_left <= 0:
                    break
        element.clear()
    notes = list(budget.notes)
    if cells_left <= 0:
        notes.append(f"Only the first {MAX_CELLS:,} cells of this spreadsheet were read.")
    return pages, notes
