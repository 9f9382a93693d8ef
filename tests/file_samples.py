"""Generators of the files people bring besides Office documents: OpenDocument files, emails
(.eml and Outlook .msg), scans of printed pages. Each is made the way the real tool makes it
(LibreOffice's zip layout, a mail client's MIME tree, Outlook's property streams), with a
content the test chooses."""

from __future__ import annotations

import io
import struct
import zipfile
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

from tests.cfb import Tree, write_cfb

_OFFICE_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'
)
_MIMETYPES = {
    "odt": "application/vnd.oasis.opendocument.text",
    "odp": "application/vnd.oasis.opendocument.presentation",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
}


def _thumbnail_png() -> bytes:
    image = Image.new("RGB", (160, 220), "white")
    draw = ImageDraw.Draw(image)
    for y in range(20, 200, 14):
        draw.rectangle((16, y, 144, y + 5), fill=(60, 60, 90))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _odf(path: Path, kind: str, body: str, *, title: str = "", creator: str = "", language: str = "") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    meta_items = "".join(
        f"<{tag}>{escape(value)}</{tag}>"
        for tag, value in (("dc:title", title), ("meta:initial-creator", creator), ("dc:language", language))
        if value
    )
    with zipfile.ZipFile(path, "w") as archive:
        # LibreOffice's layout: an uncompressed `mimetype` first, then the parts.
        archive.writestr(zipfile.ZipInfo("mimetype"), _MIMETYPES[kind], compress_type=zipfile.ZIP_STORED)
        archive.writestr(
            "content.xml",
            '<?xml version="1.0" encoding="UTF-8"?>'
            f'<office:document-content {_OFFICE_NS} office:version="1.3">'
            f"<office:body>{body}</office:body></office:document-content>",
            compress_type=zipfile.ZIP_DEFLATED,
        )
        archive.writestr(
            "meta.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {_OFFICE_NS} office:version="1.3">'
            f"<office:meta><meta:generator>LibreOffice/7.4.7.2</meta:generator>{meta_items}</office:meta>"
            "</office:document-meta>",
            compress_type=zipfile.ZIP_DEFLATED,
        )
        archive.writestr("Thumbnails/thumbnail.png", _thumbnail_png(), compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
            'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
            f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{_MIMETYPES[kind]}"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            "</manifest:manifest>",
            compress_type=zipfile.ZIP_DEFLATED,
        )
    return path


def _p(text: str) -> str:
    """A paragraph the way LibreOffice writes it: runs of spaces as <text:s/>, tabs as <text:tab/>."""
    out = []
    for part in text.split("\t"):
        words = escape(part).split("  ")
        out.append('<text:s text:c="2"/>'.join(words))
    return "<text:p>" + "<text:tab/>".join(out) + "</text:p>"


def make_odt(
    path: Path,
    pages: list[list[tuple[str, str]]],
    *,
    title: str = "",
    creator: str = "",
    soft_page_breaks: bool = True,
    language: str = "",
) -> Path:
    """Pages of (heading, paragraph) pairs; LibreOffice marks where its layout broke the pages."""
    blocks = []
    for number, page in enumerate(pages):
        if number and soft_page_breaks:
            blocks.append("<text:soft-page-break/>")
        for heading, paragraph in page:
            if heading:
                blocks.append(f'<text:h text:outline-level="1">{escape(heading)}</text:h>')
            if paragraph:
                blocks.append(_p(paragraph))
    return _odf(
        path,
        "odt",
        "<office:text>" + "".join(blocks) + "</office:text>",
        title=title,
        creator=creator,
        language=language,
    )


def make_odp(path: Path, slides: list[tuple[str, str, str]], *, title: str = "") -> Path:
    """One slide per (title, body, speaker notes)."""
    pages = []
    for number, (slide_title, body, notes) in enumerate(slides, start=1):
        items = "".join(f"<text:list-item>{_p(line)}</text:list-item>" for line in body.split("\n") if line)
        notes_frame = (
            '<presentation:notes><draw:page-thumbnail draw:page-number="{n}" presentation:class="page"/>'
            '<draw:frame presentation:class="notes"><draw:text-box>{p}</draw:text-box></draw:frame>'
            "</presentation:notes>"
        ).format(n=number, p=_p(notes) if notes else "")
        pages.append(
            f'<draw:page draw:name="Slide{number}" draw:master-page-name="Default">'
            '<draw:frame presentation:class="title">'
            f"<draw:text-box>{_p(slide_title)}</draw:text-box></draw:frame>"
            f'<draw:frame presentation:class="outline"><draw:text-box><text:list>{items}</text:list>'
            f"</draw:text-box></draw:frame>{notes_frame}</draw:page>"
        )
    return _odf(path, "odp", "<office:presentation>" + "".join(pages) + "</office:presentation>", title=title)


def make_ods(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    """Sheets of rows; each sheet ends the way LibreOffice pads it (a huge repeated empty row)."""
    tables = []
    for name, rows in sheets.items():
        xml_rows = []
        for row in rows:
            cells = []
            for value in row:
                if value is None or value == "":
                    cells.append("<table:table-cell/>")
                elif isinstance(value, int | float):
                    cells.append(
                        f'<table:table-cell office:value-type="float" office:value="{value}">'
                        f"<text:p>{value}</text:p></table:table-cell>"
                    )
                else:
                    cells.append(
                        f'<table:table-cell office:value-type="string">{_p(str(value))}</table:table-cell>'
                    )
            cells.append('<table:table-cell table:number-columns-repeated="16370"/>')
            xml_rows.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
        xml_rows.append(
            '<table:table-row table:number-rows-repeated="1048000">'
            '<table:table-cell table:number-columns-repeated="16384"/></table:table-row>'
        )
        tables.append(f'<table:table table:name="{escape(name)}">' + "".join(xml_rows) + "</table:table>")
    body = "<office:spreadsheet>" + "".join(tables) + "</office:spreadsheet>"
    return _odf(path, "ods", body)


# -- email -----------------------------------------------------------------------------------------


def make_eml(
    path: Path,
    *,
    subject: str,
    sender: str,
    to: str,
    when: datetime,
    html: str | None = None,
    plain: str | None = None,
    attachments: list[tuple[str, str, bytes]] = (),  # type: ignore[assignment]
    inline_image_cid: str | None = None,
) -> Path:
    """A message as a mail client saves it: headers, a plain and/or HTML body (with an inline
    image in a multipart/related when asked), attachments as (name, MIME type, bytes)."""
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = sender
    message["To"] = to
    message["Date"] = format_datetime(when)
    message["Message-ID"] = "<20260315091500.4711@mail.example.com>"
    message["MIME-Version"] = "1.0"
    if plain is not None:
        message.set_content(plain)
        if html is not None:
            message.add_alternative(html, subtype="html")
    elif html is not None:
        message.set_content(html, subtype="html")
    if inline_image_cid and html is not None:
        html_part = message.get_body(preferencelist=("html",))
        assert html_part is not None
        html_part.add_related(_png_bytes(), maintype="image", subtype="png", cid=f"<{inline_image_cid}>")
    for name, mime, data in attachments:
        maintype, subtype = mime.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(message.as_bytes())
    return path


def _png_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (24, 12), (200, 30, 30)).save(out, format="PNG")
    return out.getvalue()


def _filetime(when: datetime) -> int:
    return int((when - datetime(1601, 1, 1, tzinfo=UTC)).total_seconds() * 10_000_000)


def _props(entries: list[tuple[int, int, bytes]], header: bytes) -> bytes:
    """A __properties_version1.0 stream: its header, then 16 bytes per property
    (tag = id << 16 | type, flags, 8 bytes of value or of size)."""
    out = bytearray(header)
    for prop, kind, value in entries:
        out += struct.pack("<II", (prop << 16) | kind, 0x6) + value.ljust(8, b"\x00")
    return bytes(out)


def make_msg(
    path: Path,
    *,
    subject: str,
    sender_name: str,
    sender_address: str,
    to: str,
    when: datetime,
    body: str = "",
    html: str | None = None,
    rtf_body: bytes | None = None,
    attachments: list[tuple[str, bytes]] = (),  # type: ignore[assignment]
) -> Path:
    """An Outlook message as Outlook saves it ([MS-OXMSG]): Unicode string properties in
    __substg1.0_XXXX001F streams, binary ones in ...0102, fixed-size values (dates, the code
    page, attachment methods) in __properties_version1.0, one storage per recipient and per
    attachment, and the named-property map every .msg carries."""

    def text(prop: int, value: str) -> tuple[str, bytes]:
        return f"__substg1.0_{prop:04X}001F", value.encode("utf-16-le")

    tree: Tree = {}
    fixed: list[tuple[int, int, bytes]] = [
        (0x0039, 0x0040, struct.pack("<Q", _filetime(when))),  # PR_CLIENT_SUBMIT_TIME
        (0x0E06, 0x0040, struct.pack("<Q", _filetime(when))),  # PR_MESSAGE_DELIVERY_TIME
        (0x3FDE, 0x0003, struct.pack("<I", 65001)),  # PR_INTERNET_CPID: UTF-8
        (0x3FFD, 0x0003, struct.pack("<I", 1252)),  # PR_MESSAGE_CODEPAGE
        (0x0E07, 0x0003, struct.pack("<I", 0x1 | (0x10 if attachments else 0))),  # read, has attachments
    ]
    for prop, value in (
        (0x001A, "IPM.Note"),
        (0x0037, subject),
        (0x0E1D, subject),
        (0x0C1A, sender_name),
        (0x0C1F, sender_address),
        (0x5D01, sender_address),
        (0x0042, sender_name),
        (0x0065, sender_address),
        (0x0E04, to),
        (0x0E03, ""),
    ):
        name, data = text(prop, value)
        tree[name] = data
        fixed.append((prop, 0x001F, struct.pack("<I", len(data) + 2)))
    if body:
        tree["__substg1.0_1000001F"] = body.encode("utf-16-le")
    if html is not None:
        tree["__substg1.0_10130102"] = html.encode("utf-8")
    if rtf_body is not None:
        tree["__substg1.0_10090102"] = rtf_body
    recipient: Tree = dict([text(0x3001, to), text(0x39FE, to.split("<")[-1].rstrip(">")), text(0x3003, to)])
    recipient["__properties_version1.0"] = _props([(0x0C15, 0x0003, struct.pack("<I", 1))], b"\x00" * 8)
    tree["__recip_version1.0_#00000000"] = recipient
    for number, (name, data) in enumerate(attachments):
        attachment: Tree = dict([text(0x3707, name), text(0x3704, name[:8]), text(0x3001, name)])
        attachment["__substg1.0_37010102"] = data
        attachment["__properties_version1.0"] = _props(
            [(0x3705, 0x0003, struct.pack("<I", 1)), (0x0E20, 0x0003, struct.pack("<I", len(data)))],
            b"\x00" * 8,
        )
        tree[f"__attach_version1.0_#{number:08X}"] = attachment
    tree["__nameid_version1.0"] = {
        "__substg1.0_00020102": b"",
        "__substg1.0_00030102": b"",
        "__substg1.0_00040102": b"",
    }
    header = struct.pack("<8xIIII8x", 1, len(attachments), 1, len(attachments))
    tree["__properties_version1.0"] = _props(fixed, header)
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_cfb(path, tree)


# -- scans -----------------------------------------------------------------------------------------


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for candidate in (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/TTF/DejaVuSans.ttf",
        "/Library/Fonts/Arial.ttf",
        "C:/Windows/Fonts/arial.ttf",
    ):
        if Path(candidate).exists():
            return ImageFont.truetype(candidate, size)
    return ImageFont.load_default(size)


def page_image(lines: list[str], *, dpi: int = 150, noise: bool = True) -> Image.Image:
    """An A4 page of printed text as a scanner at `dpi` sees it: greyscale, slightly grey paper,
    a few specks."""
    width, height = int(8.27 * dpi), int(11.69 * dpi)
    image = Image.new("L", (width, height), 245)
    draw = ImageDraw.Draw(image)
    font = _font(int(dpi * 0.16))  # about 11.5 pt
    y = int(dpi * 0.8)
    for line in lines:
        draw.text((int(dpi * 0.8), y), line, fill=25, font=font)
        y += int(dpi * 0.26)
    if noise:
        for n in range(0, width * height, 9973):
            image.putpixel((n % width, (n // width) % height), 120)
    return image


def make_scanned_text_pdf(path: Path, pages: list[list[str]], *, dpi: int = 150) -> Path:
    """A scanned document: each page only an image of printed text at `dpi`, no text layer."""
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf = FPDF(unit="pt", format="A4")
    for lines in pages:
        pdf.add_page()
        image = page_image(lines, dpi=dpi)
        pdf.image(image, x=0, y=0, w=pdf.w, h=pdf.h)
    path.write_bytes(bytes(pdf.output()))
    return path


def make_photo_of_text(path: Path, lines: list[str], *, dpi: int = 150) -> Path:
    """A photographed one-pager: a JPEG of printed text."""
    path.parent.mkdir(parents=True, exist_ok=True)
    page_image(lines, dpi=dpi).convert("RGB").save(path, format="JPEG", quality=85, dpi=(dpi, dpi))
    return path
