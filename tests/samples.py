"""Real sample files for tests, written by the real libraries (no mocks, no checked-in binaries).

Every generator takes the path to write and returns it. Hostile generators at the end make the
files a library meets in the wild: encrypted, truncated, zip bombs, lying extensions.
"""

from __future__ import annotations

import io
import math
import random
import struct
import wave
import zipfile
from html import escape
from pathlib import Path

from docx import Document
from fpdf import FPDF
from openpyxl import Workbook
from PIL import Image
from pptx import Presentation
from pptx.util import Inches

__all__ = [
    "make_docx",
    "make_encrypted_pdf",
    "make_html",
    "make_jpeg",
    "make_lying_extension",
    "make_mp4_header",
    "make_pdf",
    "make_pdf_form_bomb",
    "make_png",
    "make_pptx",
    "make_pptx_with_table",
    "make_random_bytes",
    "make_scanned_pdf",
    "make_text",
    "make_truncated_pdf",
    "make_wav",
    "make_xlsx",
    "make_zip_bomb_docx",
]


def _prepare(path: Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _latin1(text: str) -> str:
    # The PDF core fonts only know Latin-1; anything else becomes "?" rather than an error.
    return text.encode("latin-1", "replace").decode("latin-1")


# -- documents ----------------------------------------------------------------------------------


def _pdf_bytes(pages: list[str], title: str = "", author: str = "") -> bytes:
    pdf = FPDF()
    pdf.set_auto_page_break(auto=True, margin=15)
    if title:
        pdf.set_title(_latin1(title))
    if author:
        pdf.set_author(_latin1(author))
    for text in pages:
        pdf.add_page()
        if text:
            pdf.set_font("Helvetica", size=12)
            pdf.multi_cell(0, 8, _latin1(text))
    return bytes(pdf.output())


def make_pdf(path: Path, pages: list[str], *, title: str = "", author: str = "") -> Path:
    """One page per string, with a real text layer (Helvetica; non-Latin-1 characters become "?")."""
    path = _prepare(path)
    path.write_bytes(_pdf_bytes(pages, title, author))
    return path


def make_scanned_pdf(path: Path, pages: int = 1) -> Path:
    """Pages holding only a picture, like a scan: no text layer at all."""
    path = _prepare(path)
    pdf = FPDF()
    picture = Image.new("RGB", (200, 260), "white")
    for y in range(20, 240, 12):
        picture.paste((40, 40, 40), (20, y, 180, y + 4))  # lines that look like print
    for _ in range(pages):
        pdf.add_page()
        pdf.image(picture, x=10, y=10, w=190)
    path.write_bytes(bytes(pdf.output()))
    return path


def make_pptx(path: Path, slides: list[tuple[str, str, str]], *, title: str = "") -> Path:
    """One slide per (title, body, speaker notes); empty notes add no notes page."""
    path = _prepare(path)
    presentation = Presentation()
    layout = presentation.slide_layouts[1]  # "Title and Content"
    for slide_title, body, notes in slides:
        slide = presentation.slides.add_slide(layout)
        if slide.shapes.title is not None:
            slide.shapes.title.text = slide_title
        slide.placeholders[1].text = body
        if notes:
            notes_frame = slide.notes_slide.notes_text_frame
            if notes_frame is not None:
                notes_frame.text = notes
    presentation.core_properties.title = title
    presentation.save(str(path))
    return path


def make_pptx_with_table(path: Path, slide_title: str, rows: list[list[str]]) -> Path:
    """One "Title Only" slide holding a table, for table extraction."""
    path = _prepare(path)
    presentation = Presentation()
    slide = presentation.slides.add_slide(presentation.slide_layouts[5])
    if slide.shapes.title is not None:
        slide.shapes.title.text = slide_title
    columns = max(len(row) for row in rows)
    frame = slide.shapes.add_table(len(rows), columns, Inches(1), Inches(2), Inches(8), Inches(3))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            frame.table.cell(r, c).text = value
    presentation.save(str(path))
    return path


def make_docx(
    path: Path,
    paragraphs: list[str],
    *,
    title: str = "",
    author: str = "",
    tables: list[list[list[str]]] | None = None,
) -> Path:
    """Paragraphs in order; one starting "# " becomes a Heading 1, "## " a Heading 2.

    `tables` (rows of cells) are appended after the paragraphs. Core properties hold exactly the
    given title and author (python-docx's template would otherwise say "python-docx").
    """
    path = _prepare(path)
    document = Document()
    for paragraph in paragraphs:
        if paragraph.startswith("## "):
            document.add_heading(paragraph[3:], level=2)
        elif paragraph.startswith("# "):
            document.add_heading(paragraph[2:], level=1)
        else:
            document.add_paragraph(paragraph)
    for rows in tables or []:
        columns = max(len(row) for row in rows)
        table = document.add_table(rows=len(rows), cols=columns)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
    properties = document.core_properties
    properties.title = title
    properties.author = author
    properties.comments = ""
    document.save(str(path))
    return path


def make_xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    """One worksheet per entry, rows appended in order."""
    path = _prepare(path)
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(title=name)
        for row in rows:
            sheet.append(row)
    workbook.save(str(path))
    return path


def make_html(path: Path, title: str, body: str, *, encoding: str = "utf-8") -> Path:
    """A page declaring `encoding` in a meta tag; `body` is HTML markup used as it is."""
    path = _prepare(path)
    page = (
        "<!DOCTYPE html>\n<html>\n<head>\n"
        f'<meta charset="{encoding}">\n<title>{escape(title)}</title>\n'
        "<style>body { font-family: sans-serif; }</style>\n"
        "<script>var hidden = 'script text is not content';</script>\n"
        f"</head>\n<body>\n{body}\n</body>\n</html>\n"
    )
    path.write_bytes(page.encode(encoding, errors="xmlcharrefreplace"))
    return path


def make_text(path: Path, text: str, *, encoding: str = "utf-8") -> Path:
    """`text` encoded as given ("utf-16" and "utf-8-sig" write a BOM, as Python does)."""
    path = _prepare(path)
    path.write_bytes(text.encode(encoding))
    return path


# -- images and media ---------------------------------------------------------------------------


def _picture(width: int, height: int) -> Image.Image:
    image = Image.new("RGB", (width, height))
    image.putdata(
        [
            (x * 255 // max(width - 1, 1), y * 255 // max(height - 1, 1), 128)
            for y in range(height)
            for x in range(width)
        ]
    )
    return image


def make_png(path: Path, width: int = 64, height: int = 48) -> Path:
    path = _prepare(path)
    _picture(width, height).save(path, format="PNG")
    return path


def make_jpeg(path: Path, width: int = 64, height: int = 48) -> Path:
    path = _prepare(path)
    _picture(width, height).save(path, format="JPEG", quality=85)
    return path


def make_wav(path: Path, seconds: float = 1.0) -> Path:
    """A 440 Hz tone, 8 kHz mono 16-bit."""
    path = _prepare(path)
    rate = 8000
    frames = int(rate * seconds)
    samples = (int(8000 * math.sin(2 * math.pi * 440 * n / rate)) for n in range(frames))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(b"".join(struct.pack("<h", s) for s in samples))
    return path


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def make_mp4_header(path: Path, size_bytes: int | None = None, *, seconds: float = 12.5) -> Path:
    """ftyp + moov (mvhd with the duration) + an mdat header, as an MP4 camera writes them.

    With `size_bytes`, the file is extended to that size as a sparse file (one byte written at the
    end), so a "2 GB video" costs no disk; the mdat box then claims the rest of the file.
    """
    path = _prepare(path)
    timescale = 1000
    ftyp = _box(b"ftyp", b"isom" + struct.pack(">I", 512) + b"isomiso2avc1mp41")
    identity_matrix = struct.pack(">9I", 0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000)
    mvhd = _box(
        b"mvhd",
        struct.pack(">B3xIIII", 0, 0, 0, timescale, int(seconds * timescale))
        + struct.pack(">IH10x", 0x00010000, 0x0100)  # rate 1.0, volume 1.0
        + identity_matrix
        + bytes(24)  # pre-defined
        + struct.pack(">I", 2),  # next track id
    )
    moov = _box(b"moov", mvhd)
    header = ftyp + moov
    with open(path, "wb") as f:
        f.write(header)
        if size_bytes is None:
            f.write(_box(b"mdat", b""))
        else:
            if size_bytes < len(header) + 16:
                raise ValueError("size_bytes is smaller than the MP4 header")
            mdat_size = size_bytes - len(header)
            f.write(struct.pack(">I", 1) + b"mdat" + struct.pack(">Q", mdat_size))  # 64-bit size
            f.seek(size_bytes - 1)
            f.write(b"\0")
    return path


# -- hostile files ------------------------------------------------------------------------------


def make_encrypted_pdf(path: Path, text: str = "Confidential pricing", *, password: str = "secret") -> Path:
    """A PDF that needs a user password to open."""
    path = _prepare(path)
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 8, _latin1(text))
    pdf.set_encryption(owner_password="owner-" + password, user_password=password)
    path.write_bytes(bytes(pdf.output()))
    return path


def make_truncated_pdf(path: Path, keep: float = 0.6) -> Path:
    """A real PDF cut short, as after an interrupted download."""
    path = _prepare(path)
    data = _pdf_bytes(["The first page of a document that never arrived.", "The second page."])
    path.write_bytes(data[: int(len(data) * keep)])
    return path


def make_zip_bomb_docx(path: Path, expanded_bytes: int = 1100 * 1024 * 1024) -> Path:
    """A .docx whose word/document.xml expands to `expanded_bytes` (> 1 GB) from about a megabyte.

    Written by streaming compressed blanks, so generating it takes little memory and about a second.
    """
    path = _prepare(path)
    chunk = b" " * (4 * 1024 * 1024)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            member.write(b'<?xml version="1.0"?><w:document xmlns:w="urn:bomb"><w:body>')
            written = 0
            while written < expanded_bytes:
                piece = chunk[: expanded_bytes - written]
                member.write(piece)
                written += len(piece)
            member.write(b"</w:body></w:document>")
    return path


def make_lying_extension(path: Path) -> Path:
    """PNG bytes in a file named .pdf (the suffix is forced to .pdf)."""
    path = _prepare(path)
    if path.suffix.lower() != ".pdf":
        path = path.with_suffix(".pdf")
    buffer = io.BytesIO()
    _picture(32, 24).save(buffer, format="PNG")
    path.write_bytes(buffer.getvalue())
    return path


def make_random_bytes(path: Path, size: int = 64 * 1024, *, seed: int = 1234) -> Path:
    """Noise, the same for the same seed: a file that is no format at all."""
    path = _prepare(path)
    path.write_bytes(random.Random(seed).randbytes(size))
    return path


def make_pdf_form_bomb(path: Path, depth: int = 8, fanout: int = 10) -> Path:
    """A tiny PDF whose one page draws a form that draws a form ... `fanout`**`depth` times.

    The PDF analogue of "billion laughs": a few kilobytes that keep a PDF reader busy for minutes
    (and eat memory), which only a time limit on the reader stops.
    """
    path = _prepare(path)

    def stream(header: bytes, data: bytes) -> bytes:
        return b"<< " + header + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"

    first_form = 10
    objects: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R "
        b"/Resources << /XObject << /X %d 0 R >> >> >>" % first_form,
        4: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        5: stream(b"", b"q /X Do Q"),
    }
    for level in range(depth):
        number = first_form + level
        if level == depth - 1:
            content = b"BT /F1 1 Tf (x) Tj ET"
            resources = b"/Resources << /Font << /F1 4 0 R >> >>"
        else:
            content = b" ".join([b"q /X Do Q"] * fanout)
            resources = b"/Resources << /XObject << /X %d 0 R >> >>" % (number + 1)
        objects[number] = stream(b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] " + resources, content)

    out = bytearray(b"%PDF-1.7\n")
    offsets: dict[int, int] = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    size = max(objects) + 1
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        out += b"%010d 00000 n \n" % offsets[number] if number in offsets else b"0000000000 65535 f \n"
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    path.write_bytes(bytes(out))
    return path
