"""The demo library: realistic collateral of a fictional vendor, Northwind Cloud, so that a new user
sees a living product. The catalog (package data `demo/catalog.json`) describes every asset; this
module writes each one as a real file (PDF, PowerPoint, Word, Excel, web page, Markdown, text, PNG),
imports the folder the way a user would, then tags the assets and adds the links.

Everything is deterministic except the dates, which are computed from today so that the demo always
has fresh, stale and expiring collateral whatever day it is seeded."""

from __future__ import annotations

import html
import io
import json
import logging
import tempfile
import textwrap
import unicodedata
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from collateral_app.domain.enums import ImportStatus
from collateral_app.domain.errors import UserError
from collateral_app.services.common.taxonomy import REVIEW_INTERVAL
from collateral_app.services.library.importer import Importer

if TYPE_CHECKING:
    from collateral_app.domain.records import ImportOutcome, ImportProgress
    from collateral_app.services.library.asset_library import AssetLibrary

log = logging.getLogger(__name__)

CATALOG_PACKAGE = "collateral_app.resources"
CATALOG_PATH = ("demo", "catalog.json")
# Fixed document dates, so that the same catalog always writes the same files.
DOCUMENT_DATE = datetime(2024, 1, 15, 9, 0, tzinfo=UTC)

DemoProgress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class DemoAsset:
    """One catalog entry: a file to write (or a link to add) and how to tag it."""

    file: str | None  # relative path with folders, "/"-separated; None for a link
    url: str | None
    format: str
    title: str
    description: str
    type: str
    status: str
    language: str
    owner: str
    stages: tuple[str, ...]
    personas: tuple[str, ...]
    industries: tuple[str, ...]
    sizes: tuple[str, ...]
    products: tuple[str, ...]
    tags: tuple[str, ...]
    published_days_ago: int
    review_after_days: int
    expires_in_days: int | None
    supersedes: str | None  # the `file` (or `url`) of the older version
    content: Mapping[str, Any]  # sections, slides, sheets or chart, depending on the format

    @property
    def key(self) -> str:
        return self.file or self.url or self.title

    def changes(self, today: date) -> dict[str, str]:
        """The `edit_asset` fields for this entry, with dates relative to `today`."""
        published = today - timedelta(days=self.published_days_ago)
        expires = (
            "" if self.expires_in_days is None else (today + timedelta(days=self.expires_in_days)).isoformat()
        )
        return {
            "title": self.title,
            "description": self.description,
            "type": self.type,
            "status": self.status,
            "stage": ",".join(self.stages),
            "persona": ",".join(self.personas),
            "industry": ",".join(self.industries),
            "size": ",".join(self.sizes),
            "product": ",".join(self.products),
            "tags": ",".join(self.tags),
            "owner": self.owner,
            "language": self.language,
            "published_on": published.isoformat(),
            "review_by": (published + timedelta(days=self.review_after_days)).isoformat(),
            "expires_on": expires,
        }


def load_catalog() -> list[DemoAsset]:
    source = resources.files(CATALOG_PACKAGE).joinpath(*CATALOG_PATH)
    data = json.loads(source.read_text(encoding="utf-8"))
    return [_demo_asset(entry) for entry in data["assets"]]


def _demo_asset(entry: Mapping[str, Any]) -> DemoAsset:
    def words(name: str) -> tuple[str, ...]:
        return tuple(str(v) for v in entry.get(name, ()))

    expires = entry.get("expires_in_days")
    return DemoAsset(
        file=entry.get("file"),
        url=entry.get("url"),
        format=entry["format"],
        title=entry["title"],
        description=entry.get("description", ""),
        type=entry["type"],
        status=entry.get("status", "published"),
        language=entry.get("language", "en"),
        owner=entry.get("owner", ""),
        stages=words("stages"),
        personas=words("personas"),
        industries=words("industries"),
        sizes=words("sizes"),
        products=words("products"),
        tags=words("tags"),
        published_days_ago=int(entry.get("published_days_ago", 30)),
        review_after_days=int(entry.get("review_after_days", REVIEW_INTERVAL.days)),
        expires_in_days=None if expires is None else int(expires),
        supersedes=entry.get("supersedes"),
        content={k: entry[k] for k in ("sections", "slides", "sheets", "chart") if k in entry},
    )


def seed_demo_library(library: AssetLibrary, progress: DemoProgress | None = None) -> int:
    """Write, import and tag the demo collateral; returns how many assets the library holds."""
    catalog = load_catalog()
    files = [item for item in catalog if item.file is not None]
    total = 2 * len(files) + len(catalog) + 1
    done = 0

    def step() -> None:
        nonlocal done
        done = min(done + 1, total)
        if progress is not None:
            progress(done, total)

    today = date.today()
    ids: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="collateral-demo-") as temp:
        root = Path(temp) / "Northwind Cloud collateral"
        for item in files:
            assert item.file is not None
            target = root.joinpath(*item.file.split("/"))
            target.parent.mkdir(parents=True, exist_ok=True)
            write_demo_file(item, target)
            step()

        imported_before = done

        def on_import(p: ImportProgress) -> None:
            nonlocal done
            done = imported_before + min(p.done, len(files))
            if progress is not None:
                progress(done, total)

        outcomes = Importer(library).run([root], recursive=True, progress=on_import)
        done = imported_before + len(files)
        ids.update(_ids_by_file(outcomes, root, files))

    with library.deferred_indexing():
        _tag_assets(library, catalog, ids, today, step)
    if library.index.segment_count() > 8:
        library.index.optimize()
    step()
    from collateral_app.services.demo.sales import seed_sales_history

    seed_sales_history(library, today)
    return library.asset_count()


def _tag_assets(
    library: AssetLibrary,
    catalog: Sequence[DemoAsset],
    ids: dict[str, str],
    today: date,
    step: Callable[[], None],
) -> None:
    # Seeding again (`collateral demo --force`) finds its files as duplicates and re-tags them;
    # links it already added are re-tagged too rather than added twice.
    links = {asset.url: asset.id for asset in library.list_assets() if asset.url}
    for item in catalog:
        changes = item.changes(today)
        try:
            if item.file is None and item.url in links:
                ids[item.key] = links[item.url]
                library.edit_asset(ids[item.key], changes)
            elif item.file is None:
                asset = library.add_link(
                    item.url or "", item.title, description=item.description, changes=changes
                )
                ids[item.key] = asset.id
            elif item.key in ids:
                library.edit_asset(ids[item.key], changes)
        except UserError as exc:
            log.warning("demo asset %s could not be tagged: %s", item.key, exc)
        step()

    for item in catalog:
        if item.supersedes is None or item.key not in ids:
            continue
        older = ids.get(item.supersedes)
        if older is None:
            log.warning("demo asset %s supersedes %s, which is not in the library", item.key, item.supersedes)
            continue
        try:
            library.edit_asset(ids[item.key], {"supersedes": older})
        except UserError as exc:
            log.warning("demo version family %s → %s could not be linked: %s", item.supersedes, item.key, exc)


def _ids_by_file(outcomes: Sequence[ImportOutcome], root: Path, files: Sequence[DemoAsset]) -> dict[str, str]:
    """Catalog file → asset id. Paths are compared NFC-normalised: some file systems (macOS) hand
    back names in another Unicode normal form than the one they were written in."""
    wanted = {_nfc(item.file or ""): item.key for item in files}
    ids: dict[str, str] = {}
    answered: set[str] = set()
    for outcome in outcomes:
        relative = _relative(Path(outcome.path), root)
        key = wanted.get(_nfc(relative)) if relative is not None else None
        answered.add(key or outcome.path)
        if outcome.status is ImportStatus.FAILED or outcome.asset_id is None:
            log.warning("demo file %s was not imported: %s", relative or outcome.path, outcome.reason)
        elif key is None:
            log.warning("demo import returned a file that is not in the catalog: %s", outcome.path)
        else:
            ids[key] = outcome.asset_id
    for item in files:
        if item.key not in answered:
            log.warning("demo file %s was written but the import did not report on it", item.file)
    return ids


def _relative(path: Path, root: Path) -> str | None:
    for base in (root, root.resolve()):
        try:
            return path.relative_to(base).as_posix()
        except ValueError:
            continue
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return None


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# -- writing the files -------------------------------------------------------------------------
def write_demo_file(item: DemoAsset, target: Path) -> None:
    writers: dict[str, Callable[[DemoAsset, Path], None]] = {
        "pdf": _write_pdf,
        "pptx": _write_pptx,
        "docx": _write_docx,
        "xlsx": _write_xlsx,
        "html": _write_html,
        "md": _write_markdown,
        "txt": _write_text,
        "png": _write_png,
    }
    writer = writers.get(item.format)
    if writer is None:
        raise ValueError(f"The demo catalog has an unknown format {item.format!r} for {item.key}.")
    writer(item, target)


def _sections(item: DemoAsset) -> list[tuple[str, list[str]]]:
    return [(str(s["heading"]), [str(p) for p in s["paragraphs"]]) for s in item.content.get("sections", ())]


# Characters the PDF core fonts (latin-1) lack, spelled the way a typist would.
_LATIN1_SPELLINGS = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "“": '"',
        "”": '"',
        "–": "-",
        "—": "-",
        "…": "...",
        "•": "-",
        "€": "EUR",
        "→": "->",
        "≥": ">=",
        "≤": "<=",
        "\u00a0": " ",
    }
)


def _latin1(text: str) -> str:
    return text.translate(_LATIN1_SPELLINGS).encode("latin-1", "replace").decode("latin-1")


def _write_pdf(item: DemoAsset, target: Path) -> None:
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    pdf = FPDF(format="A4")
    pdf.set_creation_date(DOCUMENT_DATE)
    pdf.set_title(_latin1(item.title))
    pdf.set_author(_latin1(item.owner))
    pdf.set_subject(_latin1(item.description))
    pdf.set_creator("Northwind Cloud marketing")
    pdf.set_lang(item.language)
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()

    def block(text: str, style: str, size: float, height: float, after: float = 0) -> None:
        pdf.set_font("helvetica", style, size)
        pdf.multi_cell(0, height, _latin1(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if after:
            pdf.ln(after)

    pdf.set_text_color(90, 90, 90)
    block("NORTHWIND CLOUD", "B", 9, 5, 2)
    pdf.set_text_color(20, 40, 90)
    block(item.title, "B", 18, 8.5, 3)
    pdf.set_text_color(60, 60, 60)
    block(item.description, "I", 11, 5.5, 4)
    pdf.set_text_color(0, 0, 0)
    for heading, paragraphs in _sections(item):
        block(heading, "B", 13, 7, 1)
        for paragraph in paragraphs:
            block(paragraph, "", 10.5, 5.2, 2.5)
        pdf.ln(2)
    pdf.output(str(target))


def _write_pptx(item: DemoAsset, target: Path) -> None:
    from pptx import Presentation

    presentation = Presentation()
    layout = presentation.slide_layouts[1]  # "Title and Content"
    for spec in item.content.get("slides", ()):
        slide = presentation.slides.add_slide(layout)
        slide.shapes.title.text = str(spec["title"])
        body = slide.placeholders[1].text_frame
        bullets = [str(b) for b in spec.get("bullets", ())]
        body.text = bullets[0] if bullets else ""
        for bullet in bullets[1:]:
            body.add_paragraph().text = bullet
        if spec.get("notes"):
            slide.notes_slide.notes_text_frame.text = str(spec["notes"])
    props = presentation.core_properties
    props.title = item.title
    props.author = item.owner
    props.subject = item.description[:255]
    props.language = item.language
    props.created = props.modified = DOCUMENT_DATE.replace(tzinfo=None)
    props.last_modified_by = item.owner
    buffer = io.BytesIO()
    presentation.save(buffer)
    _write_zip_with_fixed_dates(buffer.getvalue(), target)


def _write_docx(item: DemoAsset, target: Path) -> None:
    from docx import Document

    document = Document()
    document.add_heading(item.title, level=0)
    lead = document.add_paragraph()
    lead.add_run(item.description).italic = True
    for heading, paragraphs in _sections(item):
        document.add_heading(heading, level=1)
        for paragraph in paragraphs:
            document.add_paragraph(paragraph)
    props = document.core_properties
    props.title = item.title
    props.author = item.owner
    props.subject = item.description[:255]
    props.language = item.language
    props.created = props.modified = DOCUMENT_DATE.replace(tzinfo=None)
    props.last_modified_by = item.owner
    props.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    _write_zip_with_fixed_dates(buffer.getvalue(), target)


def _write_xlsx(item: DemoAsset, target: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.writer.excel import ExcelWriter

    workbook = Workbook()
    header_font = Font(bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor="1F3A68")
    for number, spec in enumerate(item.content.get("sheets", ())):
        sheet = workbook.active if number == 0 else workbook.create_sheet()
        assert sheet is not None
        sheet.title = str(spec["name"])[:31]
        for row in spec["rows"]:
            sheet.append(list(row))
        for cell in sheet[1]:
            cell.font = header_font
            cell.fill = header_fill
        for row in sheet.iter_rows(min_row=2, min_col=2):
            for cell in row:
                label = str(sheet.cell(row=cell.row, column=1).value or "").lower()
                cell.number_format = _number_format(cell.value, label)
        for column, width in zip("ABCD", (46, 18, 18, 44), strict=True):
            sheet.column_dimensions[column].width = width
        sheet.freeze_panes = "A2"
    workbook.properties.title = item.title
    workbook.properties.creator = item.owner
    workbook.properties.created = DOCUMENT_DATE.replace(tzinfo=None)
    workbook.properties.modified = DOCUMENT_DATE.replace(tzinfo=None)
    # ExcelWriter rather than Workbook.save, which stamps the workbook as modified now.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).write_data()
    _write_zip_with_fixed_dates(buffer.getvalue(), target)


def _write_zip_with_fixed_dates(data: bytes, target: Path) -> None:
    """Office files are zip archives stamped with the time they were written; a fixed stamp makes
    the same catalog give the same bytes, so seeding twice finds duplicates instead of new files."""
    stamp = DOCUMENT_DATE.timetuple()[:6]
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(target, "w") as archive:
        for entry in source.infolist():
            fixed = zipfile.ZipInfo(entry.filename, date_time=stamp)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            archive.writestr(fixed, source.read(entry))


def _number_format(value: object, label: str) -> str:
    if isinstance(value, float) and 0 < value < 1:
        return "0.0%"
    if any(word in label for word in ("months", "days", "machines of")):
        return "0.0"
    return "#,##0"


def _write_html(item: DemoAsset, target: Path) -> None:
    esc = html.escape
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{esc(item.language)}">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(item.title)}</title>",
        f'<meta name="description" content="{esc(item.description)}">',
        f'<meta name="author" content="{esc(item.owner)}">',
        "<style>body{font-family:sans-serif;max-width:46em;margin:2em auto;line-height:1.5}"
        "h1{color:#1f3a68}.lead{font-style:italic;color:#555}</style>",
        "</head>",
        "<body>",
        "<header><p>Northwind Cloud</p></header>",
        "<main>",
        f"<h1>{esc(item.title)}</h1>",
        f'<p class="lead">{esc(item.description)}</p>',
    ]
    for heading, paragraphs in _sections(item):
        parts.append("<section>")
        parts.append(f"<h2>{esc(heading)}</h2>")
        parts.extend(f"<p>{esc(p)}</p>" for p in paragraphs)
        parts.append("</section>")
    parts += [
        "</main>",
        "<footer><p>© Northwind Cloud. For customer and prospect use.</p></footer>",
        "</body>",
    ]
    parts.append("</html>")
    target.write_text("\n".join(parts) + "\n", encoding="utf-8")


def _write_markdown(item: DemoAsset, target: Path) -> None:
    # Level-1 headings for every section: Collateral reads a Markdown file section by section.
    lines = [f"# {item.title}", "", f"_{item.description}_", ""]
    for heading, paragraphs in _sections(item):
        lines += [f"# {heading}", ""]
        for paragraph in paragraphs:
            lines += [paragraph, ""]
    target.write_text("\n".join(lines), encoding="utf-8")


def _write_text(item: DemoAsset, target: Path) -> None:
    lines = [item.title, "=" * min(len(item.title), 100), "", *textwrap.wrap(item.description, 100), ""]
    for heading, paragraphs in _sections(item):
        lines += ["", heading, "-" * min(len(heading), 100), ""]
        for paragraph in paragraphs:
            lines += [*textwrap.wrap(paragraph, 100), ""]
    target.write_text("\n".join(lines), encoding="utf-8")


# -- images --------------------------------------------------------------------------------------
_WIDTH, _HEIGHT = 1200, 675
_NAVY = (31, 58, 104)
_BLUE = (52, 120, 198)
_GREY = (170, 178, 189)
_INK = (33, 37, 41)


def _write_png(item: DemoAsset, target: Path) -> None:
    from PIL import Image, ImageDraw
    from PIL.PngImagePlugin import PngInfo

    chart: Mapping[str, Any] = item.content.get("chart", {})
    image = Image.new("RGB", (_WIDTH, _HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    draw.text((48, 32), str(chart.get("title", item.title)), fill=_NAVY, font=_font(34))
    if chart.get("kind") == "diagram":
        _draw_diagram(draw, chart)
    else:
        _draw_bars(draw, chart)
    draw.text((48, _HEIGHT - 40), "Northwind Cloud", fill=_GREY, font=_font(18))
    info = PngInfo()
    info.add_text("Title", item.title)
    info.add_text("Author", item.owner)
    info.add_text("Description", item.description)
    image.save(target, "PNG", pnginfo=info, optimize=False)


def _font(size: int) -> Any:
    from PIL import ImageFont

    try:
        return ImageFont.load_default(size=size)
    except (TypeError, OSError, ImportError):  # an old Pillow or one built without FreeType
        return ImageFont.load_default()


def _draw_bars(draw: Any, chart: Mapping[str, Any]) -> None:
    bars = [(str(label), float(value)) for label, value in chart.get("bars", ())]
    if not bars:
        return
    unit = str(chart.get("unit", ""))
    left, right, top, bottom = 90, _WIDTH - 60, 120, _HEIGHT - 110
    ceiling = max(v for _, v in bars) * 1.15 or 1.0
    draw.line([(left, bottom), (right, bottom)], fill=_INK, width=2)
    draw.line([(left, top), (left, bottom)], fill=_INK, width=2)
    slot = (right - left) / len(bars)
    for index, (label, value) in enumerate(bars):
        x0 = left + index * slot + slot * 0.18
        x1 = left + (index + 1) * slot - slot * 0.18
        y0 = bottom - (bottom - top) * value / ceiling
        after = "after" in label.lower() or index >= int(chart.get("highlight_from", len(bars)))
        draw.rectangle([x0, y0, x1, bottom], fill=_BLUE if after else _GREY)
        draw.text(((x0 + x1) / 2, y0 - 8), f"{value:g}{unit}", fill=_INK, font=_font(20), anchor="ms")
        draw.text(((x0 + x1) / 2, bottom + 14), label, fill=_INK, font=_font(17), anchor="mt")
    if chart.get("note"):
        draw.text((left, bottom + 50), str(chart["note"]), fill=_NAVY, font=_font(19))


def _draw_diagram(draw: Any, chart: Mapping[str, Any]) -> None:
    left_boxes = [str(s) for s in chart.get("left", ())]
    right_boxes = [str(s) for s in chart.get("right", ())]
    box_w, box_h = 330, 62
    middle = (_WIDTH / 2 - 150, _HEIGHT / 2 - 80, _WIDTH / 2 + 150, _HEIGHT / 2 + 60)
    draw.rounded_rectangle(middle, radius=16, fill=_NAVY)
    wrapped = "\n".join(textwrap.wrap(str(chart.get("middle", "")), 22))
    draw.multiline_text(
        ((middle[0] + middle[2]) / 2, (middle[1] + middle[3]) / 2),
        wrapped,
        fill="white",
        font=_font(24),
        anchor="mm",
        align="center",
    )
    for column, labels in ((40, left_boxes), (_WIDTH - 40 - box_w, right_boxes)):
        count = max(len(labels), 1)
        gap = (_HEIGHT - 200 - count * box_h) / max(count - 1, 1)
        for index, label in enumerate(labels):
            y = 130 + index * (box_h + gap)
            draw.rounded_rectangle((column, y, column + box_w, y + box_h), radius=10, outline=_BLUE, width=3)
            draw.text((column + box_w / 2, y + box_h / 2), label, fill=_INK, font=_font(19), anchor="mm")
            start: tuple[float, float]
            end: tuple[float, float]
            if column < _WIDTH / 2:
                start, end = (column + box_w, y + box_h / 2), (middle[0], (middle[1] + middle[3]) / 2)
            else:
                start, end = (middle[2], (middle[1] + middle[3]) / 2), (column, y + box_h / 2)
            draw.line([start, end], fill=_GREY, width=3)
            draw.ellipse((end[0] - 6, end[1] - 6, end[0] + 6, end[1] + 6), fill=_BLUE)
