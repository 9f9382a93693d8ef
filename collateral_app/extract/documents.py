"""Word documents: paragraphs and tables, in sections cut at each Heading 1."""

from __future__ import annotations

import logging
from pathlib import Path

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

from collateral_app.domain.enums import PageKind, TextStatus
from collateral_app.domain.errors import ExtractionFailed
from collateral_app.domain.records import Extraction, PageText

from .limits import TextBudget
from .ooxml import check_package, damaged_reason, embedded_thumbnail, saved_page_count

logger = logging.getLogger(__name__)

_SECTION_STYLES = frozenset({"heading 1", "heading1"})
_TITLE_STYLES = frozenset({"title"})


class _Sections:
    """Accumulates blocks of text into sections, one per Heading 1."""

    def __init__(self) -> None:
        self.budget = TextBudget()
        self.pages: list[PageText] = []
        self._label = ""
        self._blocks: list[str] = []

    def start(self, heading: str) -> None:
        self.flush()
        self._label = heading
        self._blocks = [heading]

    def add(self, text: str) -> None:
        if text.strip():
            self._blocks.append(text)

    def flush(self) -> None:
        text = "\n".join(self._blocks).strip()
        if text and not self.budget.exhausted:
            number = len(self.pages) + 1
            self.pages.append(PageText(number, PageKind.SECTION, self.budget.take(text), self._label))
        self._blocks = []


def read_docx(path: Path, media_type: str) -> Extraction:
    check_package(path, media_type)
    try:
        document = docx.Document(str(path))
        sections = _Sections()
        first_heading = ""
        for block in document.iter_inner_content():
            if sections.budget.exhausted:
                break
            if isinstance(block, Paragraph):
                text = block.text.strip()
                style = _style_name(block)
                if text and not first_heading and (style in _TITLE_STYLES or style.startswith("heading")):
                    first_heading = " ".join(text.split())
                if text and style in _SECTION_STYLES:
                    sections.start(" ".join(text.split()))
                else:
                    sections.add(text)
            elif isinstance(block, Table):
                sections.add(_table_text(block))
        sections.flush()
        properties = document.core_properties
        title = (properties.title or "").strip() or first_heading
        author = (properties.author or "").strip()
        description = (properties.subject or "").strip()
    except ExtractionFailed:
        raise
    except Exception as exc:  # python-docx reports broken parts with many exception types
        logger.warning("%s could not be read as a Word document", path, exc_info=True)
        raise ExtractionFailed(damaged_reason(media_type)) from exc
    pages = tuple(sections.pages)
    return Extraction(
        media_type=media_type,
        title=title,
        author=author,
        description=description,
        pages=pages,
        page_count=saved_page_count(path),
        text_status=TextStatus.OK if pages else TextStatus.NONE,
        text_reason="" if pages else "This document has no text.",
        thumbnail_png=embedded_thumbnail(path),
        notes=sections.budget.notes,
    )


def _style_name(paragraph: Paragraph) -> str:
    try:
        style = paragraph.style
    except (KeyError, ValueError):
        return ""
    return (style.name or "").strip().lower() if style is not None else ""


def _table_text(table: Table) -> str:
    lines: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            # A merged cell is returned once per grid column it spans.
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(cell.text.split()))
        line = "\t".join(cells).rstrip("\t")
        if line.strip():
            lines.append(line)
    return "\n".join(lines)
