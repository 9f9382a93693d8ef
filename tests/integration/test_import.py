from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from collateral_app.domain.enums import Dimension, ImportStatus, PageKind, TextStatus
from collateral_app.domain.records import ImportProgress
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.library.importer import Importer
from collateral_app.services.library.maintenance import check_library
from tests import samples


@pytest.fixture
def collateral_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "collateral"
    (folder / "Healthcare" / "Case Studies").mkdir(parents=True)
    (folder / "Retail").mkdir()
    samples.make_pdf(
        folder / "Healthcare" / "Case Studies" / "Mercy Regional.pdf",
        [
            "Mercy Regional is a mid-size hospital in Ohio.",
            "Within a year Mercy Regional reduced readmissions by 18 percent.",
        ],
        title="Mercy Regional cuts readmissions",
        author="Dana Marketing",
    )
    samples.make_pptx(
        folder / "Retail" / "Retail pitch deck.pptx",
        [
            ("Why Northwind", "Unified commerce analytics", "Open with the store count."),
            ("Inventory accuracy", "Shrink down 12 percent", "Mention the holiday pilot."),
        ],
    )
    samples.make_docx(
        folder / "security whitepaper.docx", ["Zero trust architecture explained."], title="Zero Trust"
    )
    samples.make_xlsx(folder / "ROI calculator.xlsx", {"Inputs": [["Seats", 250], ["Price", 40]]})
    samples.make_html(folder / "faq.html", "Pricing FAQ", "<p>Annual billing saves fifteen percent.</p>")
    samples.make_text(folder / "notes.md", "# Onboarding checklist\n\nInvite the admins first.\n")
    samples.make_png(folder / "architecture.png", 120, 80)
    return folder


def test_folder_import_reads_every_format_and_tags_from_folders(
    library: AssetLibrary, collateral_folder: Path
) -> None:
    outcomes = Importer(library).run([collateral_folder], recursive=True)
    assert [o.status for o in outcomes] == [ImportStatus.IMPORTED] * 7
    by_name = {Path(o.path).name: library.get_asset(o.asset_id or "") for o in outcomes}

    pdf = by_name["Mercy Regional.pdf"]
    assert pdf.title == "Mercy Regional cuts readmissions"
    assert pdf.owner == "Dana Marketing"
    assert pdf.page_count == 2
    assert pdf.type == "case-study"
    assert pdf.taxonomy[Dimension.INDUSTRY] == ("healthcare",)
    assert pdf.text_status is TextStatus.OK

    deck = by_name["Retail pitch deck.pptx"]
    assert deck.type == "deck"
    assert deck.taxonomy[Dimension.INDUSTRY] == ("retail",)
    slides = library.pages(deck.id)
    assert [p.kind for p in slides] == [PageKind.SLIDE, PageKind.SLIDE]
    assert "holiday pilot" in slides[1].text

    image = by_name["architecture.png"]
    assert image.text_status is TextStatus.NONE
    assert image.text_reason
    assert library.thumbnail_path(image.id) is not None


def test_search_finds_text_inside_files_with_page_and_snippet(
    library: AssetLibrary, collateral_folder: Path
) -> None:
    Importer(library).run([collateral_folder], recursive=True)
    result = library.search("readmissions")
    assert result.hits[0].title == "Mercy Regional cuts readmissions"
    assert result.hits[0].page == 2
    assert result.hits[0].page_kind is PageKind.PAGE
    assert "<b>readmissions</b>" in result.hits[0].snippet

    slide = library.search("holiday pilot").hits[0]
    assert slide.title.startswith("Retail") or slide.file_name == "Retail pitch deck.pptx"
    assert (slide.page, slide.page_kind) == (2, PageKind.SLIDE)


def test_same_file_twice_is_a_duplicate_of_the_first(library: AssetLibrary, tmp_path: Path) -> None:
    first = samples.make_text(tmp_path / "a.txt", "Battlecard: how we beat Contoso.")
    copy = tmp_path / "copy of a.txt"
    copy.write_bytes(first.read_bytes())
    outcomes = Importer(library).run([first, copy])
    assert outcomes[0].status is ImportStatus.IMPORTED
    assert outcomes[1].status is ImportStatus.DUPLICATE
    assert outcomes[1].asset_id == outcomes[0].asset_id
    again = Importer(library).run([first])
    assert again[0].status is ImportStatus.DUPLICATE
    assert library.asset_count() == 1


def test_folder_without_recursive_takes_only_its_own_files(library: AssetLibrary, tmp_path: Path) -> None:
    (tmp_path / "top" / "sub").mkdir(parents=True)
    samples.make_text(tmp_path / "top" / "a.txt", "alpha")
    samples.make_text(tmp_path / "top" / "sub" / "b.txt", "beta")
    samples.make_text(tmp_path / "top" / ".hidden.txt", "gamma")
    first = Importer(library).run([tmp_path / "top"])
    assert [(Path(o.path).name, o.status) for o in first] == [
        (".hidden.txt", ImportStatus.SKIPPED),  # listed with its reason, never dropped silently
        ("a.txt", ImportStatus.IMPORTED),
    ]
    assert first[0].reason == "A hidden file."
    again = Importer(library).run([tmp_path / "top"], recursive=True)
    assert [o.status for o in again] == [ImportStatus.SKIPPED, ImportStatus.DUPLICATE, ImportStatus.IMPORTED]


def test_missing_path_fails_with_a_reason_and_others_still_import(
    library: AssetLibrary, tmp_path: Path
) -> None:
    good = samples.make_text(tmp_path / "good.txt", "fine")
    outcomes = Importer(library).run([tmp_path / "nope.pdf", good])
    assert outcomes[0].status is ImportStatus.FAILED
    assert "No such file" in outcomes[0].reason
    assert outcomes[1].status is ImportStatus.IMPORTED


def test_progress_reports_every_file_and_the_counts(library: AssetLibrary, tmp_path: Path) -> None:
    for n in range(5):
        samples.make_text(tmp_path / f"f{n}.txt", f"file number {n}")
    seen: list[ImportProgress] = []
    Importer(library).run([tmp_path], progress=seen.append)
    assert [p.done for p in seen] == [1, 2, 3, 4, 5]
    assert seen[-1].total == 5 and seen[-1].imported == 5


def test_cancel_stops_before_the_remaining_files(library: AssetLibrary, tmp_path: Path) -> None:
    for n in range(20):
        samples.make_text(tmp_path / f"f{n:02}.txt", f"file number {n}")
    seen: list[ImportProgress] = []
    outcomes = Importer(library, workers=1).run(
        [tmp_path], progress=seen.append, should_stop=lambda: len(seen) >= 3
    )
    imported = [o for o in outcomes if o.status is ImportStatus.IMPORTED]
    cancelled = [o for o in outcomes if "cancelled" in o.reason]
    assert len(outcomes) == 20
    assert 3 <= len(imported) < 20
    assert len(imported) + len(cancelled) == 20
    assert check_library(library).consistent


def test_file_names_in_any_script_are_kept(library: AssetLibrary, tmp_path: Path) -> None:
    names = ["提案書.txt", "عرض تقديمي.txt", "Präsentation 🚀.txt"]
    for name in names:
        samples.make_text(tmp_path / name, f"contents of {name}")
    outcomes = Importer(library).run([tmp_path])
    assert all(o.status is ImportStatus.IMPORTED for o in outcomes)
    assert sorted(library.get_asset(o.asset_id or "").file_name for o in outcomes) == sorted(names)


def test_file_that_vanishes_after_listing_fails_with_a_reason(
    library: AssetLibrary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doomed = samples.make_text(tmp_path / "doomed.txt", "here today")
    samples.make_text(tmp_path / "kept.txt", "still here")
    from collateral_app.services.library import importer

    real_collect = importer.collect_files

    def collect_then_delete(paths: list[Path], recursive: bool, **options: bool) -> object:
        items = list(real_collect(paths, recursive, **options))
        os.remove(doomed)  # the user moves the file away after the folder was listed
        return iter(items)

    monkeypatch.setattr(importer, "collect_files", collect_then_delete)
    outcomes = {Path(o.path).name: o for o in Importer(library).run([tmp_path])}
    assert outcomes["doomed.txt"].status is ImportStatus.FAILED
    assert "moved or deleted" in outcomes["doomed.txt"].reason
    assert outcomes["kept.txt"].status is ImportStatus.IMPORTED


def test_unreadable_file_is_still_stored_and_found_by_its_name(library: AssetLibrary, tmp_path: Path) -> None:
    broken = samples.make_truncated_pdf(tmp_path / "Quarterly pricing sheet.pdf")
    outcome = Importer(library).run([broken])[0]
    assert outcome.status is ImportStatus.IMPORTED
    assert outcome.reason
    asset = library.get_asset(outcome.asset_id or "")
    assert asset.text_status is TextStatus.FAILED
    assert library.file_path(asset.id) is not None
    assert [h.asset_id for h in library.search("pricing sheet").hits] == [asset.id]


def test_metadata_is_kept_as_json_serialisable_strings(library: AssetLibrary, tmp_path: Path) -> None:
    png = samples.make_png(tmp_path / "logo.png", 200, 100)
    asset = library.get_asset(Importer(library).run([png])[0].asset_id or "")
    assert json.loads(json.dumps(asset.metadata))["width"] in ("200", 200)


def test_full_disk_fails_the_file_with_a_reason_and_keeps_the_library_consistent(
    library: AssetLibrary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from collateral_app import blobs

    samples.make_text(tmp_path / "a.txt", "first file")
    real_fsync = blobs.os.fsync

    def no_space(fd: int) -> None:  # the system edge: the kernel reports ENOSPC
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(blobs.os, "fsync", no_space)
    outcome = Importer(library).run([tmp_path / "a.txt"])[0]
    monkeypatch.setattr(blobs.os, "fsync", real_fsync)
    assert outcome.status is ImportStatus.FAILED
    assert "full" in outcome.reason
    assert library.asset_count() == 0
    assert check_library(library).consistent
    assert Importer(library).run([tmp_path / "a.txt"])[0].status is ImportStatus.IMPORTED


@pytest.mark.slow
def test_a_2_gb_video_is_imported_with_its_metadata_in_bounded_memory(
    library: AssetLibrary, tmp_path: Path
) -> None:
    import resource
    import shutil

    size = 2 * 1024**3
    if shutil.disk_usage(tmp_path).free < 3 * size:
        pytest.skip("needs 6 GB of free disk to copy a 2 GB video into the library")
    video = samples.make_mp4_header(tmp_path / "Customer story.mp4", size)  # sparse: costs no disk
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    outcome = Importer(library).run([video])[0]
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert outcome.status is ImportStatus.IMPORTED
    asset = library.get_asset(outcome.asset_id or "")
    assert asset.size_bytes == size
    assert asset.media_type == "mp4"
    assert asset.type == "video"
    assert float(asset.metadata["duration_s"]) > 0
    assert grown_mb < 200, f"the import grew memory by {grown_mb:.0f} MB"
    assert [h.asset_id for h in library.search("customer story").hits] == [asset.id]
