"""Each supported format read from real files: units, numbers, labels, titles and metadata."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from collateral_app.domain.enums import PageKind, TextStatus
from collateral_app.domain.records import Extraction
from collateral_app.extract import extract_file
from collateral_app.extract import sheets as sheets_module
from tests import samples


def _read(path: Path, name: str | None = None) -> Extraction:
    return extract_file(path, name or path.name)


def _thumbnail_size(extraction: Extraction) -> tuple[int, int]:
    assert extraction.thumbnail_png is not None
    assert extraction.thumbnail_png.startswith(b"\x89PNG")
    with Image.open(io.BytesIO(extraction.thumbnail_png)) as image:
        return image.size


# -- PDF ----------------------------------------------------------------------------------------


def test_pdf_gives_one_numbered_page_per_page_with_metadata_and_thumbnail(tmp_path: Path) -> None:
    path = samples.make_pdf(
        tmp_path / "battlecard.pdf",
        ["Why we beat Contoso on price.", "Objection handling: security reviews.", "Customer quotes."],
        title="Contoso Battlecard",
        author="Product Marketing",
    )
    result = _read(path)
    assert result.media_type == "pdf"
    assert result.text_status is TextStatus.OK
    assert result.title == "Contoso Battlecard"
    assert result.author == "Product Marketing"
    assert result.page_count == 3
    assert [(p.number, p.kind) for p in result.pages] == [(n, PageKind.PAGE) for n in (1, 2, 3)]
    assert "beat Contoso" in result.pages[0].text
    assert "security reviews" in result.pages[1].text
    assert max(_thumbnail_size(result)) <= 256


def test_pdf_without_metadata_leaves_title_empty_for_the_caller(tmp_path: Path) -> None:
    result = _read(samples.make_pdf(tmp_path / "untitled.pdf", ["Just text."]))
    assert result.title == ""
    assert result.author == ""


def test_scanned_pdf_has_no_text_and_says_why(tmp_path: Path) -> None:
    result = _read(samples.make_scanned_pdf(tmp_path / "signed contract.pdf", pages=2))
    assert result.text_status is TextStatus.NONE
    assert "no text layer" in result.text_reason
    assert result.page_count == 2
    assert result.pages == ()
    assert result.thumbnail_png is not None


# -- PowerPoint ---------------------------------------------------------------------------------


def test_pptx_gives_one_unit_per_slide_labelled_with_its_title_and_notes_last(tmp_path: Path) -> None:
    path = samples.make_pptx(
        tmp_path / "pitch.pptx",
        [
            ("Why now", "Budgets moved to security", "Pause for questions"),
            ("Pricing", "Three tiers\nAnnual discount", ""),
        ],
    )
    result = _read(path)
    assert result.media_type == "pptx"
    assert result.page_count == 2
    assert [(p.number, p.kind, p.label) for p in result.pages] == [
        (1, PageKind.SLIDE, "Why now"),
        (2, PageKind.SLIDE, "Pricing"),
    ]
    first = result.pages[0].text
    assert first.startswith("Why now")
    assert first.index("Budgets moved") < first.index("Notes: Pause for questions")
    assert "Three tiers\nAnnual discount" in result.pages[1].text
    assert "Notes:" not in result.pages[1].text
    assert result.title == "Why now"  # no title in the properties: the first slide's title


def test_pptx_title_comes_from_document_properties_when_present(tmp_path: Path) -> None:
    path = samples.make_pptx(tmp_path / "deck.pptx", [("Agenda", "Items", "")], title="FY25 Kickoff")
    assert _read(path).title == "FY25 Kickoff"


def _with_thumbnail(deck: Path, image: Image.Image) -> Path:
    """The deck with its saved preview replaced, as PowerPoint writes one on save."""
    jpeg = io.BytesIO()
    image.save(jpeg, format="JPEG")
    out = deck.with_name("with-preview.pptx")
    with zipfile.ZipFile(deck) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            dst.writestr(item, jpeg.getvalue() if item.filename == "docProps/thumbnail.jpeg" else data)
    return out


def test_pptx_embedded_thumbnail_becomes_a_small_png(tmp_path: Path) -> None:
    deck = samples.make_pptx(tmp_path / "deck.pptx", [("One", "Two", "")])
    preview = Image.new("RGB", (640, 480), "white")
    preview.paste((20, 60, 160), (40, 40, 600, 200))
    result = _read(_with_thumbnail(deck, preview))
    assert max(_thumbnail_size(result)) <= 256


def test_blank_template_preview_is_not_used_as_a_thumbnail(tmp_path: Path) -> None:
    deck = samples.make_pptx(tmp_path / "deck.pptx", [("One", "Two", "")])
    result = _read(_with_thumbnail(deck, Image.new("RGB", (640, 480), "white")))
    assert result.thumbnail_png is None


def test_pptx_tables_are_read_row_by_row(tmp_path: Path) -> None:
    path = samples.make_pptx_with_table(
        tmp_path / "matrix.pptx", "Feature matrix", [["Feature", "Us", "Them"], ["SSO", "Yes", "No"]]
    )
    page = _read(path).pages[0]
    assert page.label == "Feature matrix"
    assert "Feature\tUs\tThem\nSSO\tYes\tNo" in page.text


# -- Word ---------------------------------------------------------------------------------------


def test_docx_is_split_into_sections_at_each_heading_1(tmp_path: Path) -> None:
    path = samples.make_docx(
        tmp_path / "whitepaper.docx",
        [
            "An opening paragraph.",
            "# Zero trust",
            "Never trust, always verify.",
            "## Details",
            "Subsections stay in their section.",
            "# Deployment",
            "Roll out in three phases.",
        ],
        author="Security Team",
        tables=[[["Phase", "Weeks"], ["Pilot", "4"]]],
    )
    result = _read(path)
    assert result.media_type == "docx"
    assert result.author == "Security Team"
    assert [(p.number, p.kind, p.label) for p in result.pages] == [
        (1, PageKind.SECTION, ""),
        (2, PageKind.SECTION, "Zero trust"),
        (3, PageKind.SECTION, "Deployment"),
    ]
    assert "Subsections stay in their section." in result.pages[1].text
    assert "Phase\tWeeks\nPilot\t4" in result.pages[2].text
    assert result.title == "Zero trust"  # no title in the properties: the first heading


def test_docx_without_headings_is_one_section_titled_from_properties(tmp_path: Path) -> None:
    path = samples.make_docx(tmp_path / "memo.docx", ["First.", "Second."], title="Internal memo")
    result = _read(path)
    assert result.title == "Internal memo"
    assert [(p.number, p.label, p.text) for p in result.pages] == [(1, "", "First.\nSecond.")]


# -- Excel --------------------------------------------------------------------------------------


def test_xlsx_gives_one_unit_per_sheet_with_cells_joined_by_tabs_and_lines(tmp_path: Path) -> None:
    path = samples.make_xlsx(
        tmp_path / "ROI calculator.xlsx",
        {
            "Inputs": [["Seats", 250], ["Price", 40.0], ["Start", date(2025, 1, 6)]],
            "Results": [["Annual cost", "=B1*B2"], [None, "note"]],
        },
    )
    result = _read(path)
    assert result.media_type == "xlsx"
    assert result.page_count == 2
    assert [(p.number, p.kind, p.label) for p in result.pages] == [
        (1, PageKind.SHEET, "Inputs"),
        (2, PageKind.SHEET, "Results"),
    ]
    assert result.pages[0].text == "Seats\t250\nPrice\t40\nStart\t2025-01-06"
    assert result.pages[1].text.endswith("\tnote")


def test_xlsx_stops_at_the_cell_cap_and_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sheets_module, "MAX_CELLS", 20)  # the real cap is 200,000; same code path
    path = samples.make_xlsx(
        tmp_path / "big.xlsx", {"Data": [[f"r{r}c{c}" for c in range(5)] for r in range(10)]}
    )
    result = _read(path)
    assert result.pages[0].text.count("\n") < 9
    assert any("Only the first 20 cells" in note for note in result.notes)


# -- Web pages, Markdown, text ------------------------------------------------------------------


def test_html_text_skips_scripts_and_styles_and_takes_the_title(tmp_path: Path) -> None:
    path = samples.make_html(
        tmp_path / "faq.html",
        "Pricing FAQ",
        '<meta name="description" content="Answers on billing"><h1>FAQ</h1>'
        "<p>Annual billing saves&nbsp;fifteen&nbsp;percent &amp; more.</p><ul><li>One</li><li>Two</li></ul>",
    )
    result = _read(path)
    assert result.media_type == "html"
    assert result.title == "Pricing FAQ"
    assert result.description == "Answers on billing"
    text = result.pages[0].text
    assert "Annual billing saves fifteen percent & more." in text
    assert "One\n" in text and "Two" in text
    assert "script text" not in text and "font-family" not in text
    assert result.pages[0].kind is PageKind.SECTION


def test_html_without_title_uses_its_first_h1(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text("<html><body><h1>Case study: Acme</h1><p>Body</p></body></html>", encoding="utf-8")
    assert _read(path).title == "Case study: Acme"


def test_latin1_html_is_decoded_using_its_meta_charset(tmp_path: Path) -> None:
    path = samples.make_html(
        tmp_path / "menu.html", "Café", "<p>Crème brûlée à la carte</p>", encoding="latin-1"
    )
    result = _read(path)
    assert result.title == "Café"
    assert "Crème brûlée à la carte" in result.pages[0].text


def test_markdown_is_split_at_top_level_headings_and_titled_by_the_first(tmp_path: Path) -> None:
    path = samples.make_text(
        tmp_path / "playbook.md",
        "# Onboarding checklist\n\nInvite the admins first.\n\n```\n# not a heading in code\n```\n"
        "## Week one\nTraining.\n\n# Renewals\nStart 90 days out.\n",
    )
    result = _read(path)
    assert result.media_type == "markdown"
    assert result.title == "Onboarding checklist"
    assert [(p.number, p.label) for p in result.pages] == [(1, "Onboarding checklist"), (2, "Renewals")]
    assert "# not a heading in code" in result.pages[0].text
    assert "Start 90 days out." in result.pages[1].text


ENCODED_TEXTS = [
    ("cp1252", "Café crème, naïve résumé — “quoted” for €5."),
    ("utf-16", "Hello wörld, 日本語 and émojis 🚀"),
    ("utf-8-sig", "BOM first: Grüße aus München"),
    ("shift_jis", "営業資料の検索はとても速いです。価格表と導入事例を確認してください。"),
    ("latin-1", "Señor Niño, ¿qué tal? Año nuevo en Málaga."),
    ("utf-8", "Plain UTF-8: Zażółć gęślą jaźń, Привет"),
]


@pytest.mark.parametrize(("encoding", "text"), ENCODED_TEXTS, ids=[e for e, _ in ENCODED_TEXTS])
def test_text_files_in_odd_encodings_are_decoded(tmp_path: Path, encoding: str, text: str) -> None:
    result = _read(samples.make_text(tmp_path / "notes.txt", text + "\n", encoding=encoding))
    assert result.text_status is TextStatus.OK
    assert result.media_type == "text"
    assert result.pages[0].text.strip() == text
    assert result.pages[0].kind is PageKind.SECTION


def test_csv_becomes_one_sheet_with_tab_separated_cells(tmp_path: Path) -> None:
    result = _read(samples.make_text(tmp_path / "leads.csv", 'name,seats\nAcme,10\n"Big, Co",20\n'))
    assert result.media_type == "csv"
    assert [(p.number, p.kind) for p in result.pages] == [(1, PageKind.SHEET)]
    assert result.pages[0].text == "name\tseats\nAcme\t10\nBig, Co\t20"


# -- Images, audio, video -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("maker", "name"), [(samples.make_png, "diagram.png"), (samples.make_jpeg, "photo.jpg")]
)
def test_images_have_no_text_but_size_and_a_thumbnail(
    tmp_path: Path, maker: Callable[[Path, int, int], Path], name: str
) -> None:
    result = _read(maker(tmp_path / name, 600, 400))
    assert result.text_status is TextStatus.NONE
    assert result.text_reason == "Images have no searchable text."
    assert result.metadata["width"] == "600"
    assert result.metadata["height"] == "400"
    assert _thumbnail_size(result) == (256, 171)


def test_audio_has_no_text_but_a_duration(tmp_path: Path) -> None:
    result = _read(samples.make_wav(tmp_path / "voicemail.wav", seconds=1.5))
    assert result.media_type == "wav"
    assert result.text_status is TextStatus.NONE
    assert result.text_reason == "Audio files have no searchable text."
    assert float(result.metadata["duration_s"]) == pytest.approx(1.5, abs=0.01)
    assert result.metadata["sample_rate"] == "8000"


def test_video_has_no_text_but_a_duration_from_its_header(tmp_path: Path) -> None:
    result = _read(samples.make_mp4_header(tmp_path / "demo.mp4", seconds=95.25))
    assert result.media_type == "mp4"
    assert result.text_status is TextStatus.NONE
    assert result.text_reason == "Videos have no searchable text."
    assert float(result.metadata["duration_s"]) == pytest.approx(95.25)


# -- File names ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["営業資料 2025.pdf", "عرض المبيعات.pdf", "🚀 launch plan.pdf", "Ünïcödé — «quotes».pdf"],
    ids=["japanese", "arabic", "emoji", "latin"],
)
def test_file_names_in_any_script_are_read(tmp_path: Path, name: str) -> None:
    path = samples.make_pdf(tmp_path / name, ["Content under a foreign name."])
    result = extract_file(path, name)
    assert result.text_status is TextStatus.OK
    assert result.pages[0].text == "Content under a foreign name."


@pytest.mark.parametrize(
    "name", ["提案書.docx", "خطة.pptx", "📊 numbers.xlsx", "メモ.md"], ids=["docx", "pptx", "xlsx", "md"]
)
def test_office_and_text_files_with_names_in_other_scripts_are_read(tmp_path: Path, name: str) -> None:
    target = tmp_path / name
    if name.endswith(".docx"):
        samples.make_docx(target, ["Proposal text"])
    elif name.endswith(".pptx"):
        samples.make_pptx(target, [("Plan", "Proposal text", "")])
    elif name.endswith(".xlsx"):
        samples.make_xlsx(target, {"Sheet": [["Proposal text"]]})
    else:
        samples.make_text(target, "# Memo\n\nProposal text\n")
    result = extract_file(target, name)
    assert result.text_status is TextStatus.OK
    assert any("Proposal text" in page.text for page in result.pages)
