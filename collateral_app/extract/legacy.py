"""Legacy Office (.doc, .ppt, .xls) and Keynote (.key): what is read, and conversion to PDF.

What is read without help:
- .xls: the cells of every sheet (python-calamine reads the BIFF format), title and author.
- .doc, .ppt: title, author and page/slide count from the file's summary properties; not the text.
- .key: the preview image Keynote saves inside the file; not the text (Keynote's format since 2013
  is a private binary one).

Where LibreOffice is installed and the caller asks (`ReadOptions.convert_legacy`), the file is
converted to PDF in this worker (under its time and memory limits) and the PDF gives the text per
page or slide and the preview; the PDF is kept beside the original as its preview, and the
original file stays the asset.
"""

from __future__ import annotations

import logging
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import collateral_app.extract.tools as tools
from collateral_app.domain.enums import PageKind, TextStatus
from collateral_app.domain.errors import ExtractionFailed
from collateral_app.domain.records import Extraction, PageText, ReadOptions

from .limits import TextBudget, thumbnail_from_bytes
from .sheets import cell_text

logger = logging.getLogger(__name__)

LEGACY_TYPES = frozenset({"doc", "ppt", "xls", "key"})
MAX_CELLS = 200_000
_MAX_PREVIEW_BYTES = 10 * 1024 * 1024
_KEYNOTE_PREVIEWS = ("preview.jpg", "QuickLook/Thumbnail.jpg", "preview-web.jpg", "preview-micro.jpg")
_NAMES = {
    "doc": "Word 97-2003 document (.doc)",
    "ppt": "PowerPoint 97-2003 presentation (.ppt)",
    "xls": "Excel 97-2003 workbook (.xls)",
    "key": "Keynote presentation (.key)",
}
_UNITS = {"doc": PageKind.PAGE, "ppt": PageKind.SLIDE, "xls": PageKind.SHEET, "key": PageKind.SLIDE}
CONVERTED_KEY = "converted"  # metadata: how the text and preview were made


def not_read_reason(media_type: str) -> str:
    """What a user is told about a legacy file whose text was not read, and what to do."""
    kind = _NAMES[media_type]
    if tools.libreoffice() is not None:
        remedy = (
            "convert it to PDF with LibreOffice (offered after the import, or `collateral reread "
            "--convert`) for its text and preview"
        )
    else:
        remedy = f"to read it, {tools.LIBREOFFICE_INSTALL} and convert it, or save it in a current format"
    return f"Collateral does not read the text of a {kind} by itself; {remedy}."


def read_legacy(path: Path, media_type: str, options: ReadOptions) -> Extraction:
    if media_type == "key":
        base = _keynote(path)
    else:
        base = _ole_properties(path, media_type)
        if media_type == "xls":
            base = _xls_cells(path, base)
    if not options.convert_legacy:
        return base
    if tools.libreoffice() is None:
        note = f"It was not converted to PDF: LibreOffice is not installed ({tools.LIBREOFFICE_INSTALL})."
        return _with(base, notes=(*base.notes, note))
    return convert_with_libreoffice(path, media_type, base, options)


def _with(base: Extraction, **changes: Any) -> Extraction:
    import dataclasses

    return dataclasses.replace(base, **changes)


def _ole_properties(path: Path, media_type: str) -> Extraction:
    import olefile  # type: ignore[import-untyped, unused-ignore]

    try:
        with olefile.OleFileIO(str(path)) as ole:
            if ole.exists("EncryptedPackage") or ole.exists("EncryptionInfo"):
                raise ExtractionFailed("This file is password-protected; it was stored without its text.")
            meta = ole.get_metadata()
    except ExtractionFailed:
        raise
    except (OSError, ValueError, IndexError, KeyError, TypeError) as exc:
        logger.warning("%s is not a readable %s", path, media_type, exc_info=True)
        raise ExtractionFailed(
            f"The file is damaged (not a readable {_NAMES[media_type]}); it was stored without its text."
        ) from exc
    encoding = _codepage(getattr(meta, "codepage", None))
    count = getattr(meta, "slides", None) if media_type == "ppt" else getattr(meta, "num_pages", None)
    return Extraction(
        media_type=media_type,
        title=_decoded(getattr(meta, "title", None), encoding),
        author=_decoded(getattr(meta, "author", None), encoding),
        description=_decoded(getattr(meta, "subject", None), encoding),
        page_count=count if isinstance(count, int) and count > 0 else 0,
        text_status=TextStatus.NONE,
        text_reason=not_read_reason(media_type),
    )


def _codepage(value: object) -> str:
    if not isinstance(value, int):
        return "cp1252"
    codepage = value & 0xFFFF
    name = {65001: "utf-8", 1200: "utf-16-le", 10000: "mac-roman"}.get(codepage, f"cp{codepage}")
    import codecs

    try:
        return codecs.lookup(name).name
    except LookupError:
        return "cp1252"


def _decoded(value: object, encoding: str) -> str:
    if isinstance(value, bytes):
        return " ".join(value.decode(encoding, "replace").replace("\x00", "").split())
    return " ".join(str(value).split()) if isinstance(value, str) else ""


def _xls_cells(path: Path, base: Extraction) -> Extraction:
    import python_calamine

    budget = TextBudget()
    cells_left = MAX_CELLS
    pages: list[PageText] = []
    try:
        with path.open("rb") as handle:
            workbook = python_calamine.CalamineWorkbook.from_filelike(handle)
            names = list(workbook.sheet_names)
            for number, name in enumerate(names, start=1):
                if budget.exhausted or cells_left <= 0:
                    break
                lines: list[str] = []
                for row in workbook.get_sheet_by_name(name).iter_rows():
                    cells_left -= len(row)
                    line = "\t".join(cell_text(value) for value in row).rstrip("\t")
                    if line:
                        lines.append(line)
                    if cells_left <= 0:
                        break
                pages.append(PageText(number, PageKind.SHEET, budget.take("\n".join(lines)), label=name))
    except python_calamine.PasswordError as exc:
        raise ExtractionFailed(
            "This workbook is password-protected; it was stored without its text."
        ) from exc
    except (python_calamine.CalamineError, OSError, ValueError):
        logger.warning("%s could not be read as an .xls workbook", path, exc_info=True)
        return _with(base, notes=(*base.notes, "The cells of this workbook could not be read."))
    except BaseException as exc:
        # The Rust reader reports some damage as a panic, a BaseException; only that is caught.
        if type(exc).__name__ != "PanicException":
            raise
        logger.warning("%s made the .xls reader panic", path, exc_info=True)
        return _with(base, notes=(*base.notes, "The cells of this workbook could not be read."))
    notes = list(budget.notes)
    if cells_left <= 0:
        notes.append(f"Only the first {MAX_CELLS:,} cells of this workbook were read.")
    has_text = any(page.text.strip() for page in pages)
    return _with(
        base,
        pages=tuple(pages),
        page_count=len(names),
        text_status=TextStatus.OK if has_text else TextStatus.NONE,
        text_reason="" if has_text else "This workbook has no values in its cells.",
        notes=(*base.notes, *notes),
    )


def _keynote(path: Path) -> Extraction:
    thumbnail = None
    try:
        with zipfile.ZipFile(path) as archive:
            names = {info.filename: info for info in archive.infolist()}
            for candidate in _KEYNOTE_PREVIEWS:
                info = names.get(candidate)
                if info is not None and info.file_size <= _MAX_PREVIEW_BYTES:
                    thumbnail = thumbnail_from_bytes(archive.read(info))
                    if thumbnail:
                        break
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise ExtractionFailed(
            "The file is damaged (not a readable Keynote presentation); it was stored without its text."
        ) from exc
    return Extraction(
        media_type="key",
        text_status=TextStatus.NONE,
        text_reason=not_read_reason("key"),
        thumbnail_png=thumbnail,
    )


def convert_with_libreoffice(
    path: Path, media_type: str, base: Extraction, options: ReadOptions
) -> Extraction:
    """The text and preview of a legacy file from its PDF conversion; on failure the file keeps
    what was read without it, with the reason."""
    from .pdf import read_pdf

    tool = tools.libreoffice()
    assert tool is not None
    with tempfile.TemporaryDirectory(prefix="collateral-convert-") as folder:
        work = Path(folder)
        # Stored files have no extension; LibreOffice picks its import filter by it.
        source = work / f"file.{media_type}"
        source.write_bytes(path.read_bytes())
        out = work / "out"
        try:
            tools.run(
                [
                    tool.path,
                    f"-env:UserInstallation={(work / 'profile').as_uri()}",
                    "--headless",
                    "--norestore",
                    "--nolockcheck",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    str(out),
                    str(source),
                ],
                deadline=options.deadline,
                what="LibreOffice's conversion to PDF",
            )
        except ExtractionFailed as exc:
            return _with(base, notes=(*base.notes, f"It was not converted to PDF: {exc.reason}"))
        converted = out / "file.pdf"
        if not converted.is_file() or converted.stat().st_size == 0:
            note = (
                "It was not converted to PDF: LibreOffice could not open it (an unsupported or damaged file)."
            )
            return _with(base, notes=(*base.notes, note))
        pdf_bytes = converted.read_bytes()
        try:
            from_pdf = read_pdf(converted, "pdf", ReadOptions(ocr=False, deadline=options.deadline))
        except ExtractionFailed as exc:
            return _with(base, notes=(*base.notes, f"Its PDF conversion could not be read: {exc.reason}"))
    kind = _UNITS[media_type]
    if base.text_status is TextStatus.OK:
        pages = base.pages  # an .xls read sheet by sheet: better units than the PDF's pages
    else:
        pages = tuple(PageText(p.number, kind, p.text, p.label) for p in from_pdf.pages)
    has_text = any(p.text.strip() for p in pages)
    metadata = dict(base.metadata)
    metadata[CONVERTED_KEY] = f"text and preview from a PDF made by LibreOffice {tool.version}".strip()
    return _with(
        base,
        title=base.title or from_pdf.title,
        pages=pages,
        page_count=base.page_count
        if base.text_status is TextStatus.OK
        else from_pdf.page_count or base.page_count,
        text_status=TextStatus.OK if has_text else TextStatus.NONE,
        text_reason="" if has_text else "Its PDF conversion has no text.",
        thumbnail_png=from_pdf.thumbnail_png or base.thumbnail_png,
        metadata=metadata,
        converted_pdf=pdf_bytes,
        notes=(*base.notes, *from_pdf.notes),
    )
