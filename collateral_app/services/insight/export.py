"""Exports of the marketing insight: every table to CSV, the whole report to one HTML file
(inline SVG charts, no external file) and to PDF with fpdf2, which draws the same charts.
Each states its window and filters and ends with the definitions.

    write_csv(sections.tables(), Path("insight.zip"))   # one zip: usage.csv, usage-by-type.csv, ...
    write_csv(sections.tables(), Path("usage.csv"))     # usage.csv, usage-usage-by-type.csv, ...
    write_html(sections, Path("insight.html"))
    write_pdf(sections, Path("insight.pdf"))"""

from __future__ import annotations

import csv
import html
import io
import logging
import re
import zipfile
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

from collateral_app import i18n
from collateral_app.domain.errors import UserError
from collateral_app.domain.insight import ReportKind
from collateral_app.i18n import QT_TRANSLATE_NOOP, translate
from collateral_app.services.common.files import written_whole, zip_text
from collateral_app.services.insight.charts import INK, MUTED, Chart, Line, Rect, Text
from collateral_app.services.insight.tables import (
    Part,
    Sections,
    Table,
    attribution_label,
    cell_text,
    definitions,
    dimension_word,
    filters_text,
    header_text,
    headline_cards,
    view_blocks,
    window_label,
)

log = logging.getLogger(__name__)

SHOWN_ROWS = 25  # per table in HTML and PDF; CSV has them all
FONT_CANDIDATES = (
    (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    ),
    ("/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"),
    (
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    ),
    ("/Library/Fonts/Arial Unicode.ttf", "/Library/Fonts/Arial Unicode.ttf"),
    ("/System/Library/Fonts/Supplemental/Arial.ttf", "/System/Library/Fonts/Supplemental/Arial Bold.ttf"),
    ("C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/arialbd.ttf"),
)
# Fonts that hold Japanese (and Chinese and Korean), with the face to use in a collection:
# a report in Japanese is set in one of them; another report falls back to one for the CJK
# titles it may hold.
CJK_FONT_CANDIDATES = (
    (
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
        0,
    ),
    (
        "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc",
        0,
    ),
    (
        "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc",
        0,
    ),
    ("/System/Library/Fonts/ヒラギノ角ゴシック W3.ttc", "/System/Library/Fonts/ヒラギノ角ゴシック W6.ttc", 0),
    ("/System/Library/Fonts/Hiragino Sans GB.ttc", "/System/Library/Fonts/Hiragino Sans GB.ttc", 0),
    ("C:/Windows/Fonts/YuGothR.ttc", "C:/Windows/Fonts/YuGothB.ttc", 0),
    ("C:/Windows/Fonts/meiryo.ttc", "C:/Windows/Fonts/meiryob.ttc", 0),
    ("C:/Windows/Fonts/msgothic.ttc", "C:/Windows/Fonts/msgothic.ttc", 0),
)
# Hiragana, katakana, CJK ideographs, Hangul and full-width forms: text only a CJK font draws.
CJK = re.compile("[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef]")
TITLES = {
    ReportKind.USAGE: QT_TRANSLATE_NOOP("report", "Usage"),
    ReportKind.UNDERUSED: QT_TRANSLATE_NOOP("report", "Unused and underused assets"),
    ReportKind.STALE: QT_TRANSLATE_NOOP("report", "Stale assets and archive candidates"),
    ReportKind.INFLUENCE: QT_TRANSLATE_NOOP("report", "Win influence"),
    ReportKind.GAPS: QT_TRANSLATE_NOOP("report", "Coverage gaps"),
    ReportKind.SLA: QT_TRANSLATE_NOOP("report", "Service levels"),
    ReportKind.DEMAND: QT_TRANSLATE_NOOP("report", "Search demand"),
    ReportKind.ALL: QT_TRANSLATE_NOOP("report", "Marketing insight"),
}


def report_title(kind: ReportKind) -> str:
    return translate("report", TITLES[kind])


def _write(path: Path, data: bytes | str) -> None:
    """Write a whole file or explain why not (a folder missing, no permission, disk full)."""
    if not path.parent.is_dir():
        raise UserError(
            translate("report", "Could not write {0}: the folder {1} does not exist.").format(
                path, path.parent
            )
        )
    try:
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8", newline="")
    except OSError as exc:
        raise UserError(
            translate("report", "Could not write {0}: {1}.").format(path, exc.strerror or exc)
        ) from exc


# -- CSV ------------------------------------------------------------------------------------------
def csv_paths(tables: Sequence[Table], path: Path) -> list[Path]:
    """The first table goes to `path`; each other one beside it as `<stem>-<table>.csv`."""
    stem, suffix = path.stem, path.suffix or ".csv"
    return [path if n == 0 else path.with_name(f"{stem}-{t.name}{suffix}") for n, t in enumerate(tables)]


def write_csv(tables: Sequence[Table], path: Path) -> list[Path]:
    """Every table in full, UTF-8 with a BOM so spreadsheets read accents right: into one
    zip when `path` ends in .zip, else as files side by side."""
    if path.suffix.casefold() == ".zip":
        return [write_csv_zip(tables, path)]
    written: list[Path] = []
    for table, target in zip(tables, csv_paths(tables, path), strict=True):
        lines: list[list[str]] = [[header_text(h) for h in table.headers]]
        lines.extend([cell_text(v) for v in row] for row in table.rows)
        text = _csv_text(lines)
        _write(target, "\ufeff" + text)
        written.append(target)
    return written


def write_csv_zip(tables: Sequence[Table], path: Path) -> Path:
    """Every table in full as `<table>.csv` inside one zip, written whole or not at all."""
    if not path.parent.is_dir():
        raise UserError(f"Could not write {path}: the folder {path.parent} does not exist.")
    names = _unique([f"{t.name}.csv" for t in tables])
    try:
        with written_whole(path) as partial, zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
            for table, name in zip(tables, names, strict=True):
                lines: list[list[str]] = [list(table.headers)]
                lines.extend([cell_text(v) for v in row] for row in table.rows)
                zip_text(archive, name, ("\ufeff" + _csv_text(lines)).encode("utf-8"))
    except OSError as exc:
        raise UserError(f"Could not write {path}: {exc.strerror or exc}.") from exc
    return path


def _unique(names: list[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for name in names:
        stem, n, candidate = name.removesuffix(".csv"), 1, name
        while candidate.casefold() in seen:
            n += 1
            candidate = f"{stem}-{n}.csv"
        seen.add(candidate.casefold())
        out.append(candidate)
    return out


def _csv_text(lines: list[list[str]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(lines)
    return buffer.getvalue()


# -- the report's parts, shared by HTML and PDF --------------------------------------------------
def _meta(sections: Sections) -> list[tuple[str, str]]:
    p = sections.parameters
    meta = [
        (translate("report", "Window"), window_label(p.window)),
        (translate("report", "Filters"), filters_text(p.filters)),
    ]
    if sections.influence is not None:
        meta.append((translate("report", "Attribution"), attribution_label(p.attribution)))
    if sections.coverage is not None:
        meta.append(
            (translate("report", "Heatmap"), f"{dimension_word(p.dims[0])} × {dimension_word(p.dims[1])}")
        )
    meta.append((translate("report", "Generated"), i18n.moment(datetime.now(UTC))))
    return meta


# -- HTML -------------------------------------------------------------------------------------------
CSS = """
:root { color-scheme: light; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2933;
       margin: 0 auto; max-width: 1040px; padding: 24px 32px 48px; background: #fff; }
h1 { font-size: 26px; margin: 0 0 4px; } h2 { font-size: 19px; margin: 34px 0 8px;
     border-bottom: 2px solid #e3e7ec; padding-bottom: 4px; } h3 { font-size: 14px; margin: 18px 0 6px; }
.meta { color: #52606d; margin: 0; } .meta b { color: #1f2933; font-weight: 600; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(180px, 1fr)); gap: 10px;
         margin: 20px 0; }
.card { border: 1px solid #e3e7ec; border-radius: 8px; padding: 10px 12px; background: #f8fafc; }
.card .value { font-size: 20px; font-weight: 650; } .card .label { color: #52606d; font-size: 12px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 4px; font-size: 12.5px; }
th { text-align: left; color: #52606d; font-weight: 600; border-bottom: 1px solid #cbd2d9; padding: 4px 6px; }
td { border-bottom: 1px solid #eef1f4; padding: 4px 6px; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.note, .more { color: #6b7785; font-size: 12px; margin: 2px 0 10px; }
svg { max-width: 100%; height: auto; display: block; margin: 8px 0 2px; }
dl { display: grid; grid-template-columns: 190px 1fr; gap: 6px 16px; font-size: 13px; }
dt { font-weight: 600; } dd { margin: 0; color: #323f4b; }
@media print { body { padding: 0; } h2 { break-after: avoid; } svg, table { break-inside: avoid; } }
"""


def _svg(chart: Chart) -> str:
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {chart.width:.0f} {chart.height:.0f}" '
        f'width="{chart.width * 1.6:.0f}" role="img" aria-label="{html.escape(chart.title)}">',
        f'<rect width="{chart.width:.0f}" height="{chart.height:.0f}" fill="#ffffff"/>',
    ]
    for s in chart.shapes:
        if isinstance(s, Rect):
            stroke = f' stroke="{s.stroke}" stroke-width="1"' if s.stroke else ""
            tip = f"<title>{html.escape(s.title)}</title>" if s.title else ""
            parts.append(
                f'<rect x="{s.x:.1f}" y="{s.y:.1f}" width="{max(0.0, s.w):.1f}" height="{max(0.0, s.h):.1f}" '
                f'fill="{s.fill}"{stroke}>{tip}</rect>'
            )
        elif isinstance(s, Line):
            dash = ' stroke-dasharray="4 3"' if s.dashed else ""
            parts.append(
                f'<line x1="{s.x1:.1f}" y1="{s.y1:.1f}" x2="{s.x2:.1f}" y2="{s.y2:.1f}" stroke="{s.colour}" '
                f'stroke-width="{s.width}"{dash}/>'
            )
        else:
            weight = ' font-weight="600"' if s.bold else ""
            parts.append(
                f'<text x="{s.x:.1f}" y="{s.y:.1f}" font-size="{s.size}" fill="{s.colour}" '
                f'text-anchor="{s.anchor}" font-family="system-ui, sans-serif"{weight}>'
                f"{html.escape(s.text)}</text>"
            )
    parts.append("</svg>")
    return "".join(parts)


def _html_table(table: Table, limit: int | None = SHOWN_ROWS) -> str:
    hidden = {"asset_id", "request_id", "deal_id", "open_request"}
    index = [n for n, h in enumerate(table.headers) if h not in hidden]
    rows = table.rows if limit is None else table.rows[:limit]
    numeric = [all(isinstance(r[n], int | float) or r[n] is None for r in rows) and rows for n in index]
    head = "".join(
        f'<th class="{"num" if num else ""}">{html.escape(_shown_header(table.headers[n]))}</th>'
        for n, num in zip(index, numeric, strict=True)
    )
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="{"num" if num else ""}">{html.escape(cell_text(r[n]))}</td>'
            for n, num in zip(index, numeric, strict=True)
        )
        + "</tr>"
        for r in rows
    )
    out = [f"<h3>{html.escape(table.title)}</h3>"]
    if table.note:
        out.append(f'<p class="note">{html.escape(table.note)}</p>')
    if rows:
        out.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    else:
        out.append(f'<p class="note">{html.escape(translate("report", "None."))}</p>')
    if limit is not None and len(table.rows) > limit:
        more = translate("report", "… and {0} more in the CSV export.").format(len(table.rows) - limit)
        out.append(f'<p class="more">{html.escape(more)}</p>')
    return "".join(out)


def render_html(sections: Sections) -> str:
    title = report_title(sections.kind)
    out = [
        f'<!doctype html><html lang="{i18n.current_language()}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{html.escape(title)} — {html.escape(window_label(sections.parameters.window))}</title>",
        f"<style>{CSS}</style></head><body>",
        f"<header><h1>{html.escape(title)}</h1>",
        *(f'<p class="meta"><b>{html.escape(k)}:</b> {html.escape(v)}</p>' for k, v in _meta(sections)),
        "</header>",
    ]
    if sections.headline is not None:
        out.append('<section class="cards">')
        for label, value in headline_cards(sections.headline):
            out.append(
                f'<div class="card"><div class="value">{html.escape(cell_text(value))}</div>'
                f'<div class="label">{html.escape(str(label))}</div></div>'
            )
        out.append("</section>")
    for heading, parts in view_blocks(sections):
        out.append(f"<section><h2>{html.escape(heading)}</h2>")
        for part in parts:
            if isinstance(part, Chart):
                out.append(_svg(part))
                if part.caption:
                    out.append(f'<p class="note">{html.escape(part.caption)}</p>')
            elif isinstance(part, Table):
                out.append(_html_table(part))
            else:
                out.append(f"<p>{html.escape(part)}</p>")
        out.append("</section>")
    out.append(f'<section class="appendix"><h2>{html.escape(translate("report", "Definitions"))}</h2><dl>')
    for term, text in definitions(sections.parameters):
        out.append(f"<dt>{html.escape(term)}</dt><dd>{html.escape(text)}</dd>")
    out.append("</dl></section></body></html>\n")
    return "".join(out)


def write_html(sections: Sections, path: Path) -> Path:
    _write(path, render_html(sections))
    return path


# -- PDF ----------------------------------------------------------------------------------------------
def _rgb(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


_LATIN1 = str.maketrans(
    {"—": "-", "–": "-", "…": "...", "“": '"', "”": '"', "’": "'", "≤": "<=", "ⁿ": "n", "→": "->"}
)


class _Pdf:
    """fpdf2 with a Unicode font when the computer has one (else Helvetica, text narrowed to
    Latin-1), a running header and numbered footers."""

    MARGIN = 15.0

    def __init__(self, title: str, subtitle: str, *, cjk: bool = False) -> None:
        """`cjk`: the report holds Japanese, Chinese or Korean text (a CJK font is named)."""
        from fpdf import FPDF

        outer = self

        class Document(FPDF):
            def header(self) -> None:
                if self.page_no() == 1:
                    return
                outer.font(7.5)
                self.set_text_color(*_rgb(MUTED))
                self.cell(0, 5, outer.clean(f"{title} — {subtitle}"), align="L")
                self.ln(8)

            def footer(self) -> None:
                self.set_y(-12)
                outer.font(7.5)
                self.set_text_color(*_rgb(MUTED))
                words = translate("report", "Collateral · page {0}/{1}").format(self.page_no(), "{nb}")
                self.cell(0, 5, words, align="R")

        self.doc = Document(orientation="P", unit="mm", format="A4")
        self.doc.set_margins(self.MARGIN, self.MARGIN, self.MARGIN)
        self.doc.set_auto_page_break(True, margin=16)
        self.doc.alias_nb_pages()
        self.doc.set_title(title)
        self.doc.set_creator("Collateral")
        self.family = "Helvetica"
        self.unicode = False
        japanese = i18n.current_language() == "ja"
        cjk_family = self._add_cjk_font() if cjk or japanese else None
        if japanese and cjk_family:  # its own Latin letters match its kana and kanji
            self.family, self.unicode = cjk_family, True
            return
        for regular, bold in FONT_CANDIDATES:
            if Path(regular).is_file() and Path(bold).is_file():
                try:
                    self.doc.add_font("Report", "", regular)
                    self.doc.add_font("Report", "B", bold)
                except Exception:  # a damaged system font: try the next one
                    log.warning("could not load the font %s", regular, exc_info=True)
                    continue
                self.family, self.unicode = "Report", True
                break
        if cjk_family and self.unicode:
            self.doc.set_fallback_fonts([cjk_family])
        elif cjk_family:
            self.family, self.unicode = cjk_family, True

    def _add_cjk_font(self) -> str | None:
        """The first CJK font of the computer, added as "ReportCJK"; None without one (the
        report is then written without the CJK text's glyphs, and says so in the log)."""
        for regular, bold, face in CJK_FONT_CANDIDATES:
            if Path(regular).is_file() and Path(bold).is_file():
                try:
                    self.doc.add_font("ReportCJK", "", regular, collection_font_number=face)
                    self.doc.add_font("ReportCJK", "B", bold, collection_font_number=face)
                except Exception:  # a damaged system font: try the next one
                    log.warning("could not load the font %s", regular, exc_info=True)
                    continue
                return "ReportCJK"
        log.warning(
            "no Japanese font found (Noto Sans CJK, Hiragino, Yu Gothic, Meiryo): CJK text is not drawn"
        )
        return None

    def clean(self, text: str) -> str:
        if self.unicode:
            return text
        return text.translate(_LATIN1).encode("latin-1", "replace").decode("latin-1")

    def font(self, size: float, bold: bool = False) -> None:
        self.doc.set_font(self.family, "B" if bold else "", size)

    @property
    def width(self) -> float:
        return float(self.doc.epw)

    def room(self, height: float) -> None:
        """Start a new page unless `height` mm still fit."""
        if self.doc.get_y() + height > self.doc.h - 18:
            self.doc.add_page()

    def heading(self, text: str) -> None:
        self.room(24)
        self.doc.ln(3)
        self.font(14, bold=True)
        self.doc.set_text_color(*_rgb(INK))
        self.doc.cell(0, 8, self.clean(text), new_x="LMARGIN", new_y="NEXT")
        y = self.doc.get_y()
        self.doc.set_draw_color(*_rgb("#e3e7ec"))
        self.doc.set_line_width(0.5)
        self.doc.line(self.MARGIN, y, self.MARGIN + self.width, y)
        self.doc.ln(2.5)

    def paragraph(self, text: str, size: float = 9, colour: str = INK) -> None:
        self.font(size)
        self.doc.set_text_color(*_rgb(colour))
        self.doc.multi_cell(0, size * 0.5, self.clean(text), new_x="LMARGIN", new_y="NEXT", align="L")
        self.doc.ln(1.5)

    def chart(self, chart: Chart) -> None:
        scale = self.width / chart.width
        height = chart.height * scale
        self.room(height + 10)
        self.font(9.5, bold=True)
        self.doc.set_text_color(*_rgb(INK))
        self.doc.cell(0, 5, self.clean(chart.title), new_x="LMARGIN", new_y="NEXT")
        x0, y0 = self.MARGIN, self.doc.get_y()
        for s in chart.shapes:
            if isinstance(s, Rect):
                if s.w <= 0 or s.h <= 0:
                    continue
                self.doc.set_fill_color(*_rgb(s.fill))
                if s.stroke:
                    self.doc.set_draw_color(*_rgb(s.stroke))
                    self.doc.set_line_width(0.2)
                self.doc.rect(
                    x0 + s.x * scale,
                    y0 + s.y * scale,
                    s.w * scale,
                    s.h * scale,
                    style="DF" if s.stroke else "F",
                )
            elif isinstance(s, Line):
                self.doc.set_draw_color(*_rgb(s.colour))
                self.doc.set_line_width(s.width * scale)
                if s.dashed:
                    self.doc.set_dash_pattern(dash=1.2, gap=0.9)
                self.doc.line(x0 + s.x1 * scale, y0 + s.y1 * scale, x0 + s.x2 * scale, y0 + s.y2 * scale)
                if s.dashed:
                    self.doc.set_dash_pattern()
            else:
                self.font(s.size * scale / 0.3528, bold=s.bold)  # chart units → mm → pt
                self.doc.set_text_color(*_rgb(s.colour))
                text = self.clean(s.text)
                width = self.doc.get_string_width(text)
                shift = {"start": 0.0, "middle": width / 2, "end": width}[s.anchor]
                self.doc.text(x0 + s.x * scale - shift, y0 + s.y * scale, text)
        self.doc.set_y(y0 + height + 1)
        if chart.caption:
            self.paragraph(chart.caption, 7.5, MUTED)

    def table(self, table: Table, limit: int | None = SHOWN_ROWS) -> None:
        from fpdf.fonts import FontFace

        hidden = {"asset_id", "request_id", "deal_id", "open_request"}
        index = [n for n, h in enumerate(table.headers) if h not in hidden]
        rows = table.rows if limit is None else table.rows[:limit]
        self.room(22)
        self.font(9.5, bold=True)
        self.doc.set_text_color(*_rgb(INK))
        self.doc.cell(0, 6, self.clean(table.title), new_x="LMARGIN", new_y="NEXT")
        if table.note:
            self.paragraph(table.note, 7.5, MUTED)
        if not rows:
            self.paragraph(translate("report", "None."), 8, MUTED)
            return
        texts = [[self.clean(cell_text(r[n])) for n in index] for r in rows]
        widths = _column_widths(self, [table.headers[n] for n in index], texts)
        numeric = [all(isinstance(r[n], int | float) or r[n] is None for r in rows) for n in index]
        self.font(7.2)
        self.doc.set_text_color(*_rgb(INK))
        self.doc.set_draw_color(*_rgb("#d5dbe1"))
        self.doc.set_line_width(0.15)
        headings = FontFace(emphasis="BOLD", color=_rgb("#52606d"), fill_color=_rgb("#f1f4f7"))
        self.doc.set_fill_color(255, 255, 255)  # charts leave their last colour behind
        with self.doc.table(
            col_widths=widths,
            headings_style=headings,
            line_height=3.6,
            padding=(0.9, 1.2),
            borders_layout="HORIZONTAL_LINES",
            text_align=["RIGHT" if num else "LEFT" for num in numeric],
            width=self.width,
        ) as pdf_table:
            pdf_table.row([self.clean(_shown_header(table.headers[n])) for n in index])
            for cells in texts:
                pdf_table.row(cells)
        if limit is not None and len(table.rows) > limit:
            more = translate("report", "… and {0} more in the CSV export.").format(len(table.rows) - limit)
            self.paragraph(more, 7.5, MUTED)
        self.doc.ln(2)


def _column_widths(pdf: _Pdf, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[float]:
    """Short columns (numbers, dates, types) as wide as their longest text so they never
    wrap; the long ones (titles, reasons) share what is left by their typical length."""
    padding = 5.0  # the table's own cell padding and margins
    short: dict[int, float] = {}
    flexible: dict[int, float] = {}
    for n, header in enumerate(headers):
        longest = max([len(r[n]) for r in rows] + [0])
        if longest <= 18:
            pdf.font(7.2)
            text = max([r[n] for r in rows], key=pdf.doc.get_string_width, default="")
            body = pdf.doc.get_string_width(text)
            pdf.font(7.2, bold=True)
            short[n] = max(body, pdf.doc.get_string_width(_shown_header(header))) + padding
        else:
            lengths = sorted(len(r[n]) for r in rows)
            flexible[n] = float(min(60, max(12, lengths[int(len(lengths) * 0.8)])))
    rest = max(pdf.width * 0.35, pdf.width - sum(short.values()))
    total = sum(flexible.values()) or 1.0
    widths = [short[n] if n in short else rest * flexible[n] / total for n in range(len(headers))]
    if not flexible:  # stretch short columns to the page
        scale = pdf.width / sum(widths)
        widths = [w * scale for w in widths]
    return widths


def write_pdf(sections: Sections, path: Path) -> Path:
    """The report for the meeting: headline figures, charts, the tables (first rows), the
    window and filters on the first page, the definitions in an appendix."""
    title = report_title(sections.kind)
    blocks = view_blocks(sections)
    terms = definitions(sections.parameters)
    pdf = _Pdf(title, window_label(sections.parameters.window), cjk=_holds_cjk(sections, blocks, terms))
    doc = pdf.doc
    doc.add_page()
    pdf.font(22, bold=True)
    doc.set_text_color(*_rgb(INK))
    doc.cell(0, 11, pdf.clean(title), new_x="LMARGIN", new_y="NEXT")
    for key, value in _meta(sections):
        pdf.font(9, bold=True)
        doc.set_text_color(*_rgb(INK))
        doc.cell(24, 5, pdf.clean(key))
        pdf.font(9)
        doc.set_text_color(*_rgb("#52606d"))
        doc.multi_cell(0, 5, pdf.clean(value), new_x="LMARGIN", new_y="NEXT")
    doc.ln(3)
    if sections.headline is not None:
        _cards(pdf, headline_cards(sections.headline))
    for heading, parts in blocks:
        # Keep a section's heading, opening words and first chart on one page.
        first = next((p for p in parts[:2] if isinstance(p, Chart)), None)
        pdf.room(30 + (first.height * pdf.width / first.width if first else 0))
        pdf.heading(heading)
        for part in parts:
            if isinstance(part, Chart):
                pdf.chart(part)
            elif isinstance(part, Table):
                pdf.table(part)
            else:
                pdf.paragraph(part)
    doc.add_page()
    pdf.heading(translate("report", "Appendix: definitions"))
    for term, text in terms:
        pdf.room(14)
        pdf.font(8.5, bold=True)
        doc.set_text_color(*_rgb(INK))
        doc.cell(0, 4.6, pdf.clean(term), new_x="LMARGIN", new_y="NEXT")
        pdf.paragraph(text, 8, "#323f4b")
    try:
        data = bytes(doc.output())
    except Exception as exc:  # fpdf2 raises its own errors for content it cannot lay out
        log.exception("PDF export failed")
        raise UserError(
            translate(
                "report", "The PDF could not be made ({0}); the HTML export holds the same report."
            ).format(exc)
        ) from exc
    _write(path, data)
    return path


def _shown_header(header: str) -> str:
    """A column's name as a reader sees it: "last used", "zuletzt genutzt"."""
    return header_text(header).replace("_", " ")


def _holds_cjk(
    sections: Sections, blocks: Sequence[tuple[str, Sequence[Part]]], terms: Sequence[tuple[str, str]]
) -> bool:
    """Whether any text of the report is Japanese, Chinese or Korean (a title, a table cell,
    a chart's label), so the PDF names a font that draws it."""

    def texts() -> Iterator[str]:
        yield window_label(sections.parameters.window)
        yield filters_text(sections.parameters.filters)
        for heading, parts in blocks:
            yield heading
            for part in parts:
                if isinstance(part, Table):
                    yield part.title
                    yield part.note
                    yield from (cell_text(v) for row in part.rows for v in row)
                elif isinstance(part, Chart):
                    yield part.title
                    yield part.caption
                    yield from (s.text for s in part.shapes if isinstance(s, Text))
                else:
                    yield part
        for term, text in terms:
            yield term
            yield text

    return any(CJK.search(text) for text in texts())


def _cards(pdf: _Pdf, cards: Sequence[tuple[str, str]]) -> None:
    doc = pdf.doc
    columns, gap = 3, 3.0
    w = (pdf.width - gap * (columns - 1)) / columns
    h = 17.0
    x0, y = pdf.MARGIN, doc.get_y()
    for n, (label, value) in enumerate(cards):
        col = n % columns
        if n and col == 0:
            y += h + gap
        x = x0 + col * (w + gap)
        doc.set_fill_color(*_rgb("#f5f7fa"))
        doc.set_draw_color(*_rgb("#e3e7ec"))
        doc.set_line_width(0.2)
        doc.rect(x, y, w, h, style="DF", round_corners=True, corner_radius=1.5)
        doc.set_xy(x + 3, y + 2.2)
        pdf.font(11 if len(cell_text(value)) < 30 else 8.5, bold=True)
        doc.set_text_color(*_rgb(INK))
        doc.multi_cell(w - 6, 4.6, pdf.clean(cell_text(value)), max_line_height=4.6, align="L")
        doc.set_xy(x + 3, y + h - 5.5)
        pdf.font(7.5)
        doc.set_text_color(*_rgb("#52606d"))
        doc.cell(w - 6, 4, pdf.clean(str(label)))
    doc.set_xy(x0, y + h + 4)
