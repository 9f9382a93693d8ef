"""The documents marketing teams keep besides Office files: OpenDocument, emails, legacy Office
and Keynote files, scans, video and deck links. Each file is generated here the way its tool
makes it; OCR tests run where Tesseract is installed (CI installs it with English and German)."""

from __future__ import annotations

import io
import os
import subprocess
import time
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image

from collateral_app.domain.enums import ImportStatus, PageKind, TextStatus
from collateral_app.domain.records import ReadOptions
from collateral_app.extract import extract_file, tools
from collateral_app.extract.mail import rtf_to_text
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.library.importer import ATTACHED_TO_KEY, Importer
from tests import file_samples, samples
from tests.cfb import write_cfb

needs_tesseract = pytest.mark.skipif(tools.tesseract() is None, reason="Tesseract is not installed")


@pytest.mark.skipif(not os.environ.get("COLLATERAL_REQUIRE_TESSERACT"), reason="OCR is optional here")
def test_tesseract_with_english_and_german_is_there_where_ocr_is_required() -> None:
    assert tools.tesseract() is not None, "scripts/system-deps.sh installs tesseract-ocr"
    assert {"eng", "deu"} <= tools.tesseract_languages()


needs_libreoffice = pytest.mark.skipif(tools.libreoffice() is None, reason="LibreOffice is not installed")
WHEN = datetime(2026, 3, 15, 9, 15, tzinfo=UTC)


def _thumbnail_size(png: bytes | None) -> tuple[int, int]:
    assert png is not None and png.startswith(b"\x89PNG")
    with Image.open(io.BytesIO(png)) as image:
        return image.size


# -- OpenDocument ---------------------------------------------------------------------------------


def test_odt_is_read_per_page_where_libreoffice_laid_out_pages(tmp_path: Path) -> None:
    path = file_samples.make_odt(
        tmp_path / "Kessler case study.odt",
        [
            [("Kessler Precision", "Kessler cut scrap by  twelve percent\tin one quarter.")],
            [("Results", "Payback came within nine months.")],
        ],
        title="Kessler Precision: case study",
        creator="Dana Ruiz",
        language="de-DE",
    )
    result = extract_file(path, path.name)
    assert result.media_type == "odt"
    assert result.text_status is TextStatus.OK
    assert (result.title, result.author, result.language) == (
        "Kessler Precision: case study",
        "Dana Ruiz",
        "de",
    )
    assert [(p.number, p.kind, p.label) for p in result.pages] == [
        (1, PageKind.PAGE, "Kessler Precision"),
        (2, PageKind.PAGE, "Results"),
    ]
    assert "scrap by twelve percent in one quarter" in result.pages[0].text  # encoded spaces and tabs
    assert "nine months" in result.pages[1].text
    assert max(_thumbnail_size(result.thumbnail_png)) <= 256


def test_odt_without_page_layout_is_split_into_sections_at_each_heading(tmp_path: Path) -> None:
    path = file_samples.make_odt(
        tmp_path / "whitepaper.odt",
        [[("Why zero trust", "Perimeters fail."), ("How to start", "Inventory every device.")]],
        soft_page_breaks=False,
    )
    result = extract_file(path, path.name)
    assert [(p.kind, p.label) for p in result.pages] == [
        (PageKind.SECTION, "Why zero trust"),
        (PageKind.SECTION, "How to start"),
    ]
    assert result.title == "Why zero trust"  # no title in the properties: the first heading


def test_odp_gives_one_unit_per_slide_with_its_speaker_notes(tmp_path: Path) -> None:
    path = file_samples.make_odp(
        tmp_path / "pitch.odp",
        [
            ("Why now", "Budgets moved to security\nBoards ask for proof", "Pause for questions"),
            ("Pricing", "Three tiers", ""),
        ],
    )
    result = extract_file(path, path.name)
    assert result.media_type == "odp"
    assert [(p.number, p.kind, p.label) for p in result.pages] == [
        (1, PageKind.SLIDE, "Why now"),
        (2, PageKind.SLIDE, "Pricing"),
    ]
    assert result.pages[0].text.splitlines() == [
        "Why now",
        "Budgets moved to security",
        "Boards ask for proof",
        "Notes: Pause for questions",
    ]
    assert "Notes" not in result.pages[1].text
    assert result.title == "Why now"
    assert result.thumbnail_png is not None


def test_ods_gives_one_unit_per_sheet_and_ignores_the_padding_libreoffice_writes(tmp_path: Path) -> None:
    path = file_samples.make_ods(
        tmp_path / "ROI.ods",
        {
            "Inputs": [["Seats", 250], ["Price per seat", 40.5], ["", ""]],
            "Notes": [["Assumes annual billing"]],
        },
    )
    result = extract_file(path, path.name)
    assert result.media_type == "ods"
    assert [(p.kind, p.label) for p in result.pages] == [
        (PageKind.SHEET, "Inputs"),
        (PageKind.SHEET, "Notes"),
    ]
    assert result.pages[0].text == "Seats\t250\nPrice per seat\t40.5"
    assert result.pages[1].text == "Assumes annual billing"
    assert result.notes == ()  # a million repeated empty rows are not "cells" to cap


def test_an_odt_named_ods_is_read_as_what_it_is(tmp_path: Path) -> None:
    path = file_samples.make_odt(tmp_path / "renamed.ods", [[("Heading", "Body text.")]])
    result = extract_file(path, path.name)
    assert result.media_type == "odt"
    assert "Body text." in result.pages[0].text
    assert result.notes == ("The file's extension says .ods but it is an OpenDocument text.",)


# -- email -----------------------------------------------------------------------------------------


def _offer_eml(folder: Path) -> Path:
    return file_samples.make_eml(
        folder / "Offer for Acme.eml",
        subject="Your pricing for Acme Hospital – Expansion",
        sender="Dana Ruiz <dana@example.com>",
        to="Lee Park <lee@acme.example>",
        when=WHEN,
        html=(
            "<html><head><style>p {color: red}</style></head><body><p>Hello Lee,</p>"
            "<p>Attached is the <b>ROI calculator</b> we discussed.</p><img src='cid:logo123'></body></html>"
        ),
        attachments=[
            ("ROI calculator.pdf", "application/pdf", samples._pdf_bytes(["Payback in nine months."]))
        ],
        inline_image_cid="logo123",
    )


def test_eml_has_its_subject_as_title_sender_and_date_as_metadata_and_html_body_as_text(
    tmp_path: Path,
) -> None:
    result = extract_file(_offer_eml(tmp_path), "Offer for Acme.eml")
    assert result.media_type == "eml"
    assert result.title == "Your pricing for Acme Hospital – Expansion"
    assert result.author == "Dana Ruiz"
    assert result.metadata["from"] == "Dana Ruiz <dana@example.com>"
    assert result.metadata["to"] == "Lee Park <lee@acme.example>"
    assert result.metadata["date"] == "2026-03-15T09:15:00+00:00"
    text = result.pages[0].text
    assert "Attached is the ROI calculator we discussed." in text
    assert "<b>" not in text and "color: red" not in text and "Subject:" not in text and "From:" not in text
    # The inline logo is part of the body, not an attachment.
    assert [(a.name, a.media_type) for a in result.attachments] == [("ROI calculator.pdf", "pdf")]
    assert "ROI calculator.pdf" in result.metadata["attachments"]


def test_an_email_is_found_by_its_body_and_its_snippet_shows_no_raw_headers(
    library: AssetLibrary, tmp_path: Path
) -> None:
    outcomes = Importer(library, workers=1).run([_offer_eml(tmp_path)])
    assert [o.status for o in outcomes] == [ImportStatus.IMPORTED]
    hit = library.search("ROI calculator discussed").hits[0]
    assert hit.asset_id == outcomes[0].asset_id
    assert hit.title == "Your pricing for Acme Hospital – Expansion"
    assert "Subject:" not in hit.snippet and "dana@" not in hit.snippet
    asset = library.get_asset(hit.asset_id)
    assert asset.type == "email-template"
    assert asset.metadata["from"] == "Dana Ruiz <dana@example.com>"


def test_attachments_are_imported_as_assets_of_their_own_when_asked(
    library: AssetLibrary, tmp_path: Path
) -> None:
    mail = _offer_eml(tmp_path)
    plain = Importer(library, workers=1).run([mail])
    assert len(plain) == 1  # not asked: the attachment is only listed

    outcomes = Importer(library, workers=1).import_attachments(plain[0].asset_id or "")
    assert [(Path(o.path).name, o.status) for o in outcomes] == [
        ("Offer for Acme.eml › ROI calculator.pdf", ImportStatus.IMPORTED)
    ]
    attached = library.get_asset(outcomes[0].asset_id or "")
    assert attached.title == "ROI calculator"
    assert attached.media_type == "pdf"
    assert attached.metadata[ATTACHED_TO_KEY] == plain[0].asset_id
    assert library.search("payback nine months").hits[0].asset_id == attached.id
    again = Importer(library, workers=1).import_attachments(plain[0].asset_id or "")
    assert [o.status for o in again] == [ImportStatus.DUPLICATE]


def test_an_import_with_attachments_imports_them_after_their_email(
    library: AssetLibrary, tmp_path: Path
) -> None:
    outcomes = Importer(library, workers=1).run([_offer_eml(tmp_path)], with_attachments=True)
    assert [o.status for o in outcomes] == [ImportStatus.IMPORTED, ImportStatus.IMPORTED]
    assert outcomes[1].attached_to == outcomes[0].asset_id
    assert outcomes[1].path.endswith("Offer for Acme.eml › ROI calculator.pdf")


def test_msg_gives_subject_sender_date_body_and_attachments(tmp_path: Path) -> None:
    path = file_samples.make_msg(
        tmp_path / "Fallstudie.msg",
        subject="Kessler: Fallstudie und Preise",
        sender_name="Dana Ruiz",
        sender_address="dana@example.com",
        to="Jürgen Müller <j.mueller@kessler.example>",
        when=WHEN,
        body="Guten Tag Herr Müller,\r\nanbei die Fallstudie.\r\n",
        attachments=[("Fallstudie Kessler.pdf", samples._pdf_bytes(["Ausschuss um zwölf Prozent gesenkt."]))],
    )
    result = extract_file(path, path.name, ReadOptions(attachments_dir=str(tmp_path / "saved")))
    assert result.media_type == "msg"
    assert result.title == "Kessler: Fallstudie und Preise"
    assert result.author == "Dana Ruiz"
    assert result.metadata["from"] == "Dana Ruiz <dana@example.com>"
    assert result.metadata["date"] == "2026-03-15T09:15:00+00:00"
    assert result.pages[0].text.startswith("Guten Tag Herr Müller,\nanbei die Fallstudie.")
    assert [a.name for a in result.attachments] == ["Fallstudie Kessler.pdf"]
    saved = tmp_path / "saved" / "001" / "Fallstudie Kessler.pdf"
    assert saved.read_bytes().startswith(b"%PDF")


def test_msg_with_only_an_rtf_body_is_read_as_plain_text(tmp_path: Path) -> None:
    import compressed_rtf  # type: ignore[import-untyped]

    rtf = (
        rb"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Calibri;}}\f0 Hello Lee,\par "
        rb"Pricing for M\'fcnchen \u8211? see below.\par}"
    )
    path = file_samples.make_msg(
        tmp_path / "rtf.msg",
        subject="RTF only",
        sender_name="Dana",
        sender_address="dana@example.com",
        to="lee@acme.example",
        when=WHEN,
        rtf_body=compressed_rtf.compress(rtf),
    )
    result = extract_file(path, path.name)
    assert result.pages[0].text == "Hello Lee,\nPricing for München – see below."


def test_rtf_encapsulating_html_keeps_the_text_only() -> None:
    rtf = (
        rb"{\rtf1\ansi\fromhtml1 {\*\htmltag64 <p>}\htmlrtf {\htmlrtf0 Quarterly "
        rb"{\*\htmltag84 <b>}\htmlrtf\b \htmlrtf0 numbers{\*\htmltag92 </b>}\htmlrtf\b0\htmlrtf0  attached."
        rb"{\*\htmltag72 </p>}\htmlrtf\par\htmlrtf0}}"
    )
    assert rtf_to_text(rtf) == "Quarterly numbers attached."


def test_a_file_that_is_no_email_says_so(tmp_path: Path) -> None:
    path = tmp_path / "notes.eml"
    path.write_text("just some words\nand more words\n", encoding="utf-8")
    result = extract_file(path, path.name)
    assert result.text_status is TextStatus.FAILED
    assert "no email headers" in result.text_reason


# -- legacy Office and Keynote -------------------------------------------------------------------


def test_a_doc_says_what_is_read_and_how_to_get_its_text(tmp_path: Path) -> None:
    path = write_cfb(
        tmp_path / "old proposal.doc", {"WordDocument": b"\xec\xa5" + b"\x00" * 600, "1Table": b"\x00" * 64}
    )
    result = extract_file(path, path.name)
    assert result.media_type == "doc"
    assert result.text_status is TextStatus.NONE
    assert "does not read the text of a Word 97-2003 document (.doc)" in result.text_reason
    assert "LibreOffice" in result.text_reason


def test_keynote_keeps_its_preview_and_says_its_text_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "Launch.key"
    preview = io.BytesIO()
    image = Image.new("RGB", (400, 300), "white")
    image.paste((20, 60, 160), (40, 40, 360, 120))
    image.save(preview, format="JPEG")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Index/Document.iwa", b"\x00\x10\x00\x00snappy")
        archive.writestr("preview.jpg", preview.getvalue())
        archive.writestr("Metadata/Properties.plist", b"<plist/>")
    result = extract_file(path, path.name)
    assert result.media_type == "key"
    assert result.text_status is TextStatus.NONE
    assert "Keynote presentation (.key)" in result.text_reason
    assert max(_thumbnail_size(result.thumbnail_png)) == 256


def _legacy_from_libreoffice(source: Path, target_ext: str, out: Path) -> Path:
    """A legacy file made the way people get them: saved by an office suite in the old format."""
    tool = tools.libreoffice()
    assert tool is not None
    profile = (out / "profile").as_uri()
    subprocess.run(
        [
            tool.path,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            target_ext,
            "--outdir",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return out / f"{source.stem}.{target_ext}"


@needs_libreoffice
def test_a_ppt_converted_with_libreoffice_gets_slide_text_and_a_page_preview(
    library: AssetLibrary, tmp_path: Path
) -> None:
    deck = samples.make_pptx(
        tmp_path / "src" / "Partner deck.pptx",
        [("Why partner", "Shared pipeline reviews", ""), ("Margins", "Tiered rebates", "")],
    )
    ppt = _legacy_from_libreoffice(deck, "ppt", tmp_path / "legacy")
    plain = Importer(library, workers=1).run([ppt])
    assert plain[0].text_status is TextStatus.NONE and plain[0].media_type == "ppt"

    again = Importer(library, workers=1).reread(
        [plain[0].asset_id or ""], options=ReadOptions(convert_legacy=True)
    )
    assert again[0].text_status is TextStatus.OK
    asset = library.get_asset(plain[0].asset_id or "")
    assert "LibreOffice" in asset.metadata["converted"]
    pages = library.pages(asset.id)
    assert [p.kind for p in pages] == [PageKind.SLIDE, PageKind.SLIDE]
    assert "Tiered rebates" in pages[1].text
    assert library.preview_pdf_of(asset) is not None
    assert library.search("tiered rebates").hits[0].asset_id == asset.id


@needs_libreoffice
def test_xls_cells_are_read_without_libreoffice_sheet_by_sheet(tmp_path: Path) -> None:
    workbook = samples.make_xlsx(
        tmp_path / "src" / "ROI.xlsx", {"Inputs": [["Seats", 250]], "Notes": [["Annual billing"]]}
    )
    xls = _legacy_from_libreoffice(workbook, "xls", tmp_path / "legacy")
    result = extract_file(xls, xls.name)
    assert result.media_type == "xls"
    assert [(p.kind, p.label, p.text) for p in result.pages] == [
        (PageKind.SHEET, "Inputs", "Seats\t250"),
        (PageKind.SHEET, "Notes", "Annual billing"),
    ]


def test_without_libreoffice_a_conversion_asked_for_says_how_to_get_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tools, "libreoffice", lambda: None)
    path = write_cfb(
        tmp_path / "old.ppt", {"PowerPoint Document": b"\x00" * 600, "Current User": b"\x00" * 40}
    )
    result = extract_file(path, path.name, ReadOptions(convert_legacy=True))
    assert result.media_type == "ppt"
    assert any("LibreOffice is not installed" in note and "apt install" in note for note in result.notes)


# -- scans ------------------------------------------------------------------------------------------

SCAN_LINES = [
    [
        "Northwind Hospital reduced readmissions by eighteen percent",
        "after the discharge checklist reached every ward.",
    ],
    ["The finance team measured quarterly savings", "across three regional clinics."],
]


@needs_tesseract
def test_a_scanned_pdf_is_read_by_ocr_and_found_by_search(library: AssetLibrary, tmp_path: Path) -> None:
    path = file_samples.make_scanned_text_pdf(tmp_path / "Northwind scan.pdf", SCAN_LINES, dpi=150)
    outcomes = Importer(library, workers=1).run([path])
    assert outcomes[0].text_status is TextStatus.OK
    asset_id = outcomes[0].asset_id or ""
    pages = library.pages(asset_id)
    assert [(p.number, p.ocr) for p in pages] == [(1, True), (2, True)]
    asset = library.get_asset(asset_id)
    assert "2 of 2 pages read by OCR" in asset.metadata["ocr"]
    hit = library.search("discharge checklist readmissions").hits[0]
    assert (hit.asset_id, hit.page) == (asset_id, 1)
    assert library.search("quarterly savings clinics").hits[0].page == 2


@needs_tesseract
@pytest.mark.skipif("deu" not in tools.tesseract_languages(), reason="no German data for Tesseract")
def test_a_german_scan_is_read_in_german(tmp_path: Path) -> None:
    lines = [
        "Die Fallstudie zeigt, wie der Ausschuss in der Fertigung gesenkt wurde.",
        "Für die Prüfung der Maßnahmen wurden zwölf Wochen veranschlagt, und die",
        "Ergebnisse sind in der Übersicht auf der nächsten Seite zusammengefasst.",
    ]
    path = file_samples.make_scanned_text_pdf(tmp_path / "Fallstudie.pdf", [lines])
    result = extract_file(path, path.name)
    assert result.language == "de"
    assert "deu" in result.metadata["ocr"]
    assert "Prüfung der Maßnahmen" in result.pages[0].text  # umlauts and ß need the German data


@needs_tesseract
def test_a_photographed_one_pager_is_read_but_a_photo_is_not(tmp_path: Path) -> None:
    text = extract_file(
        file_samples.make_photo_of_text(tmp_path / "one-pager.jpg", SCAN_LINES[0]), "one-pager.jpg"
    )
    assert text.text_status is TextStatus.OK
    assert text.pages[0].ocr and "discharge checklist" in text.pages[0].text
    photo = extract_file(samples.make_jpeg(tmp_path / "team.jpg", 800, 600), "team.jpg")
    assert photo.text_status is TextStatus.NONE
    assert photo.pages == ()


@needs_tesseract
def test_ocr_that_runs_out_of_time_keeps_what_it_read_and_lists_the_pages_left(tmp_path: Path) -> None:
    path = file_samples.make_scanned_text_pdf(tmp_path / "long scan.pdf", SCAN_LINES)
    result = extract_file(path, path.name, ReadOptions(deadline=time.monotonic()))
    assert result.text_status is TextStatus.NONE
    assert any(
        "OCR stopped before page 1" in note and "pages not read: 1, 2" in note for note in result.notes
    )


def test_without_tesseract_a_scan_says_its_text_needs_ocr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tools, "tesseract", lambda: None)
    path = file_samples.make_scanned_text_pdf(tmp_path / "scan.pdf", SCAN_LINES[:1])
    result = extract_file(path, path.name)
    assert result.text_status is TextStatus.NONE
    assert result.text_reason.startswith("Scanned: text needs OCR (install Tesseract")
    assert result.thumbnail_png is not None


# -- links -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "kind", "title"),
    [
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s", "video", "YouTube video dQw4w9WgXcQ"),
        ("https://youtu.be/dQw4w9WgXcQ", "video", "YouTube video dQw4w9WgXcQ"),
        ("https://vimeo.com/76979871", "video", "Vimeo video 76979871"),
        (
            "https://www.loom.com/share/Onboarding-walkthrough-for-admins-3f9e2b7c1d4a4e0f9a8b7c6d5e4f3a2b",
            "video",
            "Onboarding walkthrough for admins",
        ),
        (
            "https://docs.google.com/presentation/d/1AbCdEf/edit#slide=id.p",
            "deck",
            "Google Slides presentation",
        ),
        (
            "https://contoso.sharepoint.com/:p:/r/sites/Sales/Shared%20Documents/Q3%20Pitch%20Acme.pptx?d=w1",
            "deck",
            "Q3 Pitch Acme",
        ),
        (
            "https://contoso.sharepoint.com/:p:/s/Marketing/EaBcDeFg?e=xyz",
            "deck",
            "PowerPoint on SharePoint (Marketing)",
        ),
        (
            "https://onedrive.live.com/edit.aspx?resid=ABC!123&file=Partner%20Deck.pptx",
            "deck",
            "Partner Deck",
        ),
        (
            "https://example.com/blog/why-we-win-in-healthcare",
            "link",
            "Why we win in healthcare (example.com)",
        ),
    ],
)
def test_links_are_recognised_from_their_url_with_a_readable_title(
    library: AssetLibrary, url: str, kind: str, title: str
) -> None:
    asset = library.add_link(url)
    assert (asset.type, asset.title) == (kind, title)


def test_a_title_typed_for_a_link_wins_over_the_default(library: AssetLibrary) -> None:
    asset = library.add_link("https://youtu.be/dQw4w9WgXcQ", "Customer story: Kessler")
    assert (asset.type, asset.title, asset.metadata["provider"]) == (
        "video",
        "Customer story: Kessler",
        "YouTube",
    )


def test_the_import_summary_names_the_kind_so_legacy_files_can_be_offered_conversion(
    library: AssetLibrary, tmp_path: Path
) -> None:
    path = write_cfb(tmp_path / "old.xls", {"Workbook": b"\x09\x08" + b"\x00" * 700})
    outcome = Importer(library, workers=1).run([path])[0]
    assert (outcome.status, outcome.media_type) == (ImportStatus.IMPORTED, "xls")
    assert "The cells of this workbook could not be read." in outcome.reason
    assert "LibreOffice" in outcome.reason
