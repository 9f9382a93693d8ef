"""The demo library a new user sees: seeded once for the module (real files, real extraction, real
SQLite and Whoosh), then checked for what makes it look like a living product."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest

from collateral_app.domain.enums import AssetStatus, Dimension, TextStatus
from collateral_app.domain.records import Asset
from collateral_app.services.demo.library import load_catalog, seed_demo_library
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.library.maintenance import check_library

# What the extractors call each format the demo writes, plus links.
MEDIA_TYPES = {"pdf", "pptx", "docx", "xlsx", "html", "markdown", "text", "png", "link"}
TEXT_MEDIA_TYPES = {"pdf", "pptx", "docx", "html", "markdown", "text"}


@dataclass(frozen=True)
class SeededDemo:
    library: AssetLibrary
    count: int
    assets: list[Asset]
    progress: list[tuple[int, int]]
    seconds: float


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SeededDemo]:
    library = AssetLibrary.open(tmp_path_factory.mktemp("demo") / "lib")
    progress: list[tuple[int, int]] = []
    started = time.monotonic()
    count = seed_demo_library(library, progress=lambda done, total: progress.append((done, total)))
    seconds = time.monotonic() - started
    try:
        yield SeededDemo(library, count, library.list_assets(), progress, seconds)
    finally:
        library.close()


def test_demo_library_holds_every_catalog_asset_and_returns_the_count(demo: SeededDemo) -> None:
    assert demo.count >= 40
    assert demo.count == demo.library.asset_count() == len(demo.assets)
    assert demo.count == len(load_catalog())


def test_every_taxonomy_value_of_every_dimension_is_used_by_some_asset(demo: SeededDemo) -> None:
    for dimension, entries in demo.library.taxonomy().items():
        if dimension is Dimension.TYPE:
            used = {asset.type for asset in demo.assets}
        else:
            used = {slug for asset in demo.assets for slug in asset.taxonomy.get(dimension, ())}
        unused = {entry.slug for entry in entries} - used
        assert not unused, f"{dimension.value} values no demo asset uses: {sorted(unused)}"


def test_every_file_format_and_links_are_present(demo: SeededDemo) -> None:
    assert {asset.media_type for asset in demo.assets} >= MEDIA_TYPES
    links = [asset for asset in demo.assets if asset.is_link]
    assert len(links) >= 2
    assert all(asset.url and asset.url.startswith("https://") for asset in links)


def test_documents_slides_and_pages_have_searchable_text(demo: SeededDemo) -> None:
    unread = [
        (asset.file_name, asset.text_reason)
        for asset in demo.assets
        if asset.media_type in TEXT_MEDIA_TYPES and asset.text_status is not TextStatus.OK
    ]
    assert not unread


def test_calculators_have_searchable_text(demo: SeededDemo) -> None:
    sheets = [asset for asset in demo.assets if asset.media_type == "xlsx"]
    assert sheets
    assert all(asset.text_status is TextStatus.OK for asset in sheets)


def test_search_for_readmissions_puts_the_healthcare_case_study_first_with_a_page_one_snippet(
    demo: SeededDemo,
) -> None:
    result = demo.library.search("readmissions")

    assert result.hits
    first = result.hits[0]
    asset = demo.library.get_asset(first.asset_id)
    assert asset.type == "case-study"
    assert "healthcare" in asset.taxonomy[Dimension.INDUSTRY]
    assert first.page == 1
    assert "<b>" in first.snippet
    assert "readmission" in first.snippet.lower()


def test_german_one_pager_is_found_by_a_german_word(demo: SeededDemo) -> None:
    result = demo.library.search("Stillstände")

    assert result.hits
    assert demo.library.get_asset(result.hits[0].asset_id).language == "de"


def test_newer_deck_supersedes_the_archived_older_one(demo: SeededDemo) -> None:
    newer = [asset for asset in demo.assets if asset.supersedes_id is not None]
    assert newer
    for asset in newer:
        older = demo.library.get_asset(asset.supersedes_id or "")
        assert older.superseded_by_id == asset.id
        assert older.type == asset.type == "deck"
        assert older.status is AssetStatus.ARCHIVED
        assert asset.status is AssetStatus.PUBLISHED


def test_demo_shows_drafts_archived_stale_and_expiring_collateral(demo: SeededDemo) -> None:
    today = date.today()
    statuses = {asset.status for asset in demo.assets}
    assert statuses == {AssetStatus.DRAFT, AssetStatus.PUBLISHED, AssetStatus.ARCHIVED}
    published = [asset for asset in demo.assets if asset.status is AssetStatus.PUBLISHED]
    assert any(asset.review_by is not None and asset.review_by < today for asset in published), "none stale"
    assert any(asset.review_by is not None and asset.review_by >= today for asset in published), "all stale"
    assert any(asset.expires_on is not None and asset.expires_on > today for asset in demo.assets)
    assert any(asset.expires_on is not None and asset.expires_on < today for asset in demo.assets)
    assert all(asset.published_on is not None and asset.published_on < today for asset in demo.assets)


def test_demo_has_an_owner_for_everything_a_foreign_language_and_a_non_latin_file_name(
    demo: SeededDemo,
) -> None:
    assert all(asset.owner for asset in demo.assets)
    assert {asset.language for asset in demo.assets} >= {"en", "de"}
    assert any(any(ord(ch) > 0x2FFF for ch in asset.file_name) for asset in demo.assets)


def test_progress_counts_up_to_its_total(demo: SeededDemo) -> None:
    done = [d for d, _ in demo.progress]
    assert done == sorted(done)
    assert demo.progress[-1][0] == demo.progress[-1][1]
    assert len({total for _, total in demo.progress}) == 1


def test_demo_library_is_consistent(demo: SeededDemo) -> None:
    report = check_library(demo.library)
    assert report.consistent, report.problems
    assert report.assets_checked == demo.count
