"""Excel workbooks: one text unit per worksheet, cells joined by tabs and newlines."""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterable
from datetime import date, datetime, time
from pathlib import Path

import openpyxl  # type: ignore[import-untyped, unused-ignore]

from collateral_app.domain.enums import PageKind, TextStatus
from collateral_app.domain.errors import ExtractionFailed
from collateral_app.domain.records import Extraction, PageText

from .limits import TextBudget
from .ooxml import check_package, damaged_reason, embedded_thumbnail

logger = logging.getLogger(__name__)

MAX_CELLS = 200_000  # per workbook: a sheet can declare a million empty rows


def read_xlsx(path: Path, media_type: str) -> Extraction:
    check_package(path, media_type)
    try:
        # A file handle, not the path: stored files have no extension, and openpyxl
        # refuses a path by its name.
        with path.open("rb") as handle:
            with warnings.catch_warnings():
                # openpyxl warns about harmless things (unknown extensions, missing styles).
                warnings.simplefilter("ignore")
                workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
            try:
                return _read_workbook(path, workbook, media_type)
            finally:
                workbook.close()
    except ExtractionFailed:
        raise
    except Exception as exc:  # openpyxl reports broken parts with many exception types
        logger.warning("%s could not be read as a workbook", path, exc_info=True)
        raise ExtractionFailed(damaged_reason(media_type)) from exc


def _read_workbook(path: Path, workbook: openpyxl.Workbook, media_type: str) -> Extraction:
    budget = TextBudget()
    cells_left = MAX_CELLS
    pages: list[PageText] = []
    worksheets = list(workbook.worksheets)
    for number, sheet in enumerate(worksheets, start=1):
        if budget.exhausted or cells_left <= 0:
            break
        lines: list[str] = []
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for row in sheet.iter_rows(values_only=True):
                cells_left -= len(row)
                line = _row_text(row)
                if line:
                    lines.append(line)
                if cells_left <= 0:
                    break
        pages.append(PageText(number, PageKind.SHEET, budget.take("\n".join(lines)), label=str(sheet.title)))
    notes = list(budget.notes)
    if cells_left <= 0:
        notes.append(f"Only the first {MAX_CELLS:,} cells of this workbook were read.")
    properties = workbook.properties
    has_text = any(page.text.strip() for page in pages)
    return Extraction(
        media_type=media_type,
        title=(properties.title or "").strip(),
        author=(properties.creator or "").strip(),
        description=(properties.subject or "").strip(),
        pages=tuple(pages),
        page_count=len(worksheets),
        text_status=TextStatus.OK if has_text else TextStatus.NONE,
        text_reason="" if has_text else "This workbook has no values in its cells.",
        thumbnail_png=embedded_thumbnail(path),
        notes=tuple(notes),
    )


def _row_text(row: Iterable[object]) -> str:
    return "\t".join(cell_text(value) for value in row).rstrip("\t")


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return " ".join(str(value).split()) if "\n" in str(value) or "\t" in str(value) else str(value)
