"""PowerPoint presentations: one text unit per slide, speaker notes included."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.shapes.base import BaseShape
from pptx.shapes.graphfrm import GraphicFrame
from pptx.shapes.group import GroupShape
from pptx.slide import Slide

from collateral_app.domain.enums import PageKind, TextStatus
from collateral_app.domain.errors import ExtractionFailed
from collateral_app.domain.records import Extraction, PageText

from .limits import TextBudget
from .ooxml import check_package, damaged_reason, embedded_thumbnail

logger = logging.getLogger(__name__)


def read_pptx(path: Path, media_type: str) -> Extraction:
    check_package(path, media_type)
    try:
        presentation = Presentation(str(path))
        budget = TextBudget()
        pages: list[PageText] = []
        slide_count = len(presentation.slides)
        for number, slide in enumerate(presentation.slides, start=1):
            if budget.exhausted:
                break
            label, text = _slide_text(slide)
            pages.append(PageText(number, PageKind.SLIDE, budget.take(text), label=label))
        properties = presentation.core_properties
        title = (properties.title or "").strip() or next((page.label for page in pages if page.label), "")
        author = (properties.author or "").strip()
        description = (properties.subject or "").strip()
    except ExtractionFailed:
        raise
    except Exception as exc:  # python-pptx reports broken parts with many exception types
        logger.warning("%s could not be read as a presentation", path, exc_info=True)
        raise ExtractionFailed(damaged_reason(media_type)) from exc
    has_text = any(page.text.strip() for page in pages)
    return Extraction(
        media_type=media_type,
        title=title,
        author=author,
        description=description,
        pages=tuple(pages),
        page_count=slide_count,
        text_status=TextStatus.OK if has_text else TextStatus.NONE,
        text_reason="" if has_text else "This presentation has no text on its slides.",
        thumbnail_png=embedded_thumbnail(path),
        notes=budget.notes,
    )


def _slide_text(slide: Slide) -> tuple[str, str]:
    """(slide title, text): the title first, then the other shapes, then the notes."""
    title_shape = slide.shapes.title
    title = ""
    if title_shape is not None and title_shape.has_text_frame:
        title = _one_line(title_shape.text_frame.text)
    title_id = title_shape.shape_id if title_shape is not None else None
    parts = [title] if title else []
    parts.extend(text for text in _shape_texts(slide.shapes, skip_id=title_id) if text.strip())
    if slide.has_notes_slide:
        notes_frame = slide.notes_slide.notes_text_frame
        notes = _clean(notes_frame.text) if notes_frame is not None else ""
        if notes.strip():
            parts.append("Notes: " + notes)
    return title, "\n".join(parts)


def _shape_texts(shapes: Iterable[BaseShape], *, skip_id: int | None) -> Iterator[str]:
    for shape in shapes:
        if skip_id is not None and shape.shape_id == skip_id:
            continue
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP and isinstance(shape, GroupShape):
            yield from _shape_texts(shape.shapes, skip_id=None)
        elif shape.has_text_frame:
            yield _clean(shape.text_frame.text)  # type: ignore[attr-defined]
        elif isinstance(shape, GraphicFrame) and shape.has_table:
            for row in shape.table.rows:
                cells = [_one_line(cell.text) for cell in row.cells]
                yield "\t".join(cells).rstrip("\t")


def _clean(text: str) -> str:
    # PowerPoint keeps soft line breaks as vertical tabs.
    return text.replace("\v", "\n").replace("\r", "\n").strip()


def _one_line(text: str) -> str:
    return " ".join(_clean(text).split())
